#include "ui/reports/ReportsPage.h"

#include "core/Clock.h"
#include "core/DeskText.h"
#include "reports/ReportThread.h"
#include "services/ReportDesk.h"
#include "services/Session.h"

#include "ui_ReportsPage.h"

#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Message.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QProgressDialog>
#include <QShortcut>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>

ReportsPage::ReportsPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReportsPage>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    // Qt 6.4 lays a right-to-left horizontal splitter's rightmost child out
    // one pixel past the splitter's edge, which hides its frame's right line.
    m_ui->splitter->setContentsMargins(0, 0, 1, 0);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    // The preview takes most of the width; the editor keeps a readable column.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({380, 760});
    m_ui->previewArea->setAlignment(Qt::AlignHCenter);
    m_ui->pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportsPage::refreshPreview);

    const bool mayWrite = m_session.may(Action::WriteRecommendations);
    m_ui->recommendationsEdit->setReadOnly(!mayWrite);
    m_ui->saveButton->setEnabled(mayWrite);
    const bool mayExport = m_session.may(Action::ExportReport);
    m_ui->exportPdfButton->setEnabled(mayExport);
    m_ui->exportCsvButton->setEnabled(mayExport);
    m_ui->refreshButton->setEnabled(m_session.may(Action::ViewReports));

    connect(m_ui->monthPicker, &MonthPicker::periodChanged, this, &ReportsPage::periodChanged);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ReportsPage::saveRecommendations);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ReportsPage::refreshPreview);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this,
            &ReportsPage::saveRecommendations);
    connect(new QShortcut(QKeySequence(Qt::Key_F5), this), &QShortcut::activated, this,
            &ReportsPage::refreshPreview);

    m_editorPeriod = m_ui->monthPicker->period();
    loadRecommendations();
}

ReportsPage::~ReportsPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

ReportPeriod ReportsPage::period() const
{
    return m_ui->monthPicker->period();
}

void ReportsPage::setPeriod(const ReportPeriod &period)
{
    m_ui->monthPicker->setPeriod(period);
}

QString ReportsPage::message() const
{
    return m_ui->statusLabel->text();
}

QString ReportsPage::language() const
{
    return QLocale().language() == QLocale::Arabic ? QStringLiteral("ar") : QStringLiteral("en");
}

void ReportsPage::setStatus(QLabel *label, const QString &text, bool error)
{
    Message::show(label, text, error ? Message::Kind::Error : Message::Kind::Done);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_previewPages == 0 && !isBusy())
        m_previewTimer->start();
}

void ReportsPage::periodChanged(const ReportPeriod &period)
{
    // What was typed for the month before is kept, not lost.
    if (m_ui->recommendationsEdit->document()->isModified() &&
        m_session.may(Action::WriteRecommendations)) {
        const auto saved =
            ReportDesk(m_db, m_session)
                .saveRecommendations(m_editorPeriod, m_ui->recommendationsEdit->toPlainText());
        if (!saved)
            setStatus(m_ui->recommendationsMessage, saved.error(), true);
    }
    m_editorPeriod = period;
    loadRecommendations();
    m_previewTimer->start();
}

void ReportsPage::loadRecommendations()
{
    const auto text = ReportDesk(m_db, m_session).recommendations(m_editorPeriod);
    m_ui->recommendationsEdit->setPlainText(text ? *text : QString());
    m_ui->recommendationsEdit->document()->setModified(false);
    if (text)
        m_ui->recommendationsMessage->clear();
    else
        setStatus(m_ui->recommendationsMessage, text.error(), true);
}

bool ReportsPage::saveRecommendations()
{
    const auto saved =
        ReportDesk(m_db, m_session)
            .saveRecommendations(m_editorPeriod, m_ui->recommendationsEdit->toPlainText());
    if (!saved) {
        setStatus(m_ui->recommendationsMessage, saved.error(), true);
        return false;
    }
    m_ui->recommendationsEdit->document()->setModified(false);
    setStatus(m_ui->recommendationsMessage,
              DeskText::message(tr("Saved at %1."), {DeskText::time(saved->updatedAt)}), false);
    emit recommendationsSaved(m_editorPeriod);
    m_previewTimer->start();
    return true;
}

Result<ReportJobRequest> ReportsPage::request(ReportJobRequest::Kind kind) const
{
    Result<ReportJobRequest> asked = ReportDesk(m_db, m_session).jobRequest(kind, period());
    if (!asked)
        return asked;
    ReportJobRequest r = *asked;
    r.language = language();
    r.previewDpi = 56 * devicePixelRatioF();
    return r;
}

void ReportsPage::refreshPreview()
{
    if (!m_session.may(Action::ViewReports))
        return;
    m_previewTimer->stop();
    if (isBusy()) {
        // One job at a time: a newer month makes the running preview useless.
        m_previewWanted = true;
        if (!m_progress && m_cancel)
            m_cancel->store(true);
        return;
    }
    const Result<ReportJobRequest> r = request(ReportJobRequest::Kind::Preview);
    if (!r) {
        setStatus(m_ui->statusLabel, r.error(), true);
        return;
    }
    setStatus(m_ui->statusLabel,
              DeskText::message(tr("Preparing the preview of %1…"), {period().title(QLocale())}),
              false);
    start(*r);
}

QString ReportsPage::askFileName(ReportJobRequest::Kind kind)
{
    if (m_nextFileName) {
        const QString path = *m_nextFileName;
        m_nextFileName.reset();
        return path;
    }
    const bool pdf = kind == ReportJobRequest::Kind::Pdf;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(
        QStringLiteral("istiqbal-%1-%2.%3")
            .arg(pdf ? QStringLiteral("report") : QStringLiteral("cases"), period().code(),
                 pdf ? QStringLiteral("pdf") : QStringLiteral("csv")));
    return FileChooser::saveFileName(
        this, pdf ? tr("Export the monthly report") : tr("Export the month's cases"), suggested,
        pdf ? tr("PDF documents (*.pdf)") : tr("CSV spreadsheets (*.csv)"));
}

void ReportsPage::exportPdf()
{
    exportTo(ReportJobRequest::Kind::Pdf);
}

void ReportsPage::exportCsv()
{
    exportTo(ReportJobRequest::Kind::Csv);
}

void ReportsPage::exportTo(ReportJobRequest::Kind kind)
{
    Result<ReportJobRequest> asked = request(kind);
    if (!asked) {
        setStatus(m_ui->statusLabel, asked.error(), true);
        return;
    }
    if (m_ui->recommendationsEdit->document()->isModified() && !saveRecommendations())
        return;
    const QString path = askFileName(kind);
    if (path.isEmpty())
        return;
    ReportJobRequest r = *asked;
    r.outputPath = path;

    auto *dialog =
        new QProgressDialog(kind == ReportJobRequest::Kind::Pdf ? tr("Writing the monthly report…")
                                                                : tr("Writing the month's cases…"),
                            tr("Cancel"), 0, 100, this);
    dialog->setObjectName(QStringLiteral("exportProgress"));
    dialog->setWindowTitle(tr("Export"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    m_progress = dialog;
    m_ui->exportPdfButton->setEnabled(false);
    m_ui->exportCsvButton->setEnabled(false);
    setStatus(m_ui->statusLabel, dialog->labelText(), false);
    if (isBusy()) {
        // A preview is running: stop it, export next.
        m_queued = r;
        if (m_cancel)
            m_cancel->store(true);
    } else {
        start(r);
    }
    connect(dialog, &QProgressDialog::canceled, this, [this] {
        m_queued.reset();
        if (m_cancel)
            m_cancel->store(true);
        setStatus(m_ui->statusLabel, tr("Cancelling…"), false);
    });
}

void ReportsPage::start(const ReportJobRequest &r)
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_running = true;
    // The job reaches the page only through calls queued to the GUI thread,
    // which check that the page still exists; closing the page cancels it.
    const QPointer<ReportsPage> page(this);
    ReportThread::post([page, r, cancel] {
        const ReportJobResult result =
            ReportJob::run(r, [page, cancel](int percent, const QString &stage) {
                QMetaObject::invokeMethod(
                    qApp,
                    [page, percent, stage] {
                        if (page)
                            page->progressed(percent, stage);
                    },
                    Qt::QueuedConnection);
                return !cancel->load();
            });
        QMetaObject::invokeMethod(
            qApp,
            [page, r, result] {
                if (page)
                    page->finished(r, result);
            },
            Qt::QueuedConnection);
    });
}

void ReportsPage::progressed(int percent, const QString &stage)
{
    if (m_progress && !m_progress->wasCanceled()) {
        m_progress->setValue(percent);
        m_progress->setLabelText(stage);
    }
}

void ReportsPage::finished(const ReportJobRequest &r, const ReportJobResult &result)
{
    m_running = false;
    m_cancel.reset();
    const bool isExport = r.kind != ReportJobRequest::Kind::Preview;
    if (isExport) {
        if (m_progress) {
            m_progress->close();
            m_progress->deleteLater();
        }
        const bool mayExport = m_session.may(Action::ExportReport);
        m_ui->exportPdfButton->setEnabled(mayExport);
        m_ui->exportCsvButton->setEnabled(mayExport);
        if (result.cancelled)
            setStatus(m_ui->statusLabel, tr("The export was cancelled; no file was written."),
                      false);
        else if (!result.status)
            setStatus(m_ui->statusLabel, result.status.error(), true);
        else if (r.kind == ReportJobRequest::Kind::Pdf)
            setStatus(m_ui->statusLabel,
                      DeskText::message(tr("The report of %1 was written to %2 (%3 pages)."),
                                        {r.period.title(QLocale()), DeskText::path(r.outputPath),
                                         DeskText::number(result.pages)}),
                      false);
        else
            setStatus(m_ui->statusLabel,
                      DeskText::message(tr("%1 cases of %2 were written to %3."),
                                        {DeskText::number(result.rows), r.period.title(QLocale()),
                                         DeskText::path(r.outputPath)}),
                      false);
        emit exportFinished(result.status.ok() && !result.cancelled, r.outputPath);
    } else if (result.status) {
        if (r.period == period()) {
            showPages(result.images);
            setStatus(m_ui->statusLabel,
                      DeskText::message(tr("%1: %2 cases, %3 pages."),
                                        {r.period.title(QLocale()), DeskText::number(result.cases),
                                         DeskText::number(result.pages)}),
                      false);
            emit previewReady(result.pages);
        } else {
            m_previewWanted = true;
        }
    } else if (!result.cancelled) {
        setStatus(m_ui->statusLabel, result.status.error(), true);
    }

    if (m_queued) {
        const ReportJobRequest next = *m_queued;
        m_queued.reset();
        start(next);
    } else if (m_previewWanted) {
        m_previewWanted = false;
        refreshPreview();
    }
}

void ReportsPage::showPages(const QVector<QImage> &images)
{
    while (QLayoutItem *item = m_ui->pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int n = 0;
    for (const QImage &image : images) {
        auto *page = new QLabel(m_ui->pagesWidget);
        page->setObjectName(QStringLiteral("previewPage%1").arg(++n));
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        page->setPixmap(pixmap);
        page->setFrameShape(QFrame::Box);
        page->setStyleSheet(QStringLiteral("background: white; border: 1px solid #b0bec5;"));
        page->setAccessibleName(
            tr("Page %1 of %2").arg(DeskText::number(n), DeskText::number(images.size())));
        m_ui->pagesLayout->addWidget(page, 0, Qt::AlignHCenter);
    }
    m_previewPages = int(images.size());
}
