#include "ui/privacy/RetentionPage.h"

#include "ui_RetentionPage.h"

#include "core/DeskText.h"
#include "services/Anonymiser.h"
#include "services/Authenticator.h"
#include "services/RetentionDesk.h"
#include "services/Session.h"
#include "ui/widgets/Message.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QProgressDialog>
#include <QThread>

RetentionPage::RetentionPage(Database &db, const Session &session, Authenticator &authenticator,
                             QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RetentionPage>()), m_db(db), m_session(session),
      m_auth(authenticator)
{
    m_ui->setupUi(this);
    // Qt 6.4 lays a right-to-left horizontal splitter's rightmost child out
    // one pixel past the splitter's edge, which hides its frame's right line.
    m_ui->splitter->setContentsMargins(0, 0, 1, 0);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->yearsSpin->setRange(0, Retention::maxYears);
    m_ui->peopleTable->setColumnCount(ColumnCount);
    m_ui->peopleTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->peopleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->peopleTable->verticalHeader()->hide();
    m_ui->peopleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->peopleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->peopleTable->setSelectionMode(QAbstractItemView::SingleSelection);
    setHeaders();
    Message::clear(m_ui->messageLabel);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &RetentionPage::saveYears);
    connect(m_ui->peopleTable, &QTableWidget::itemSelectionChanged, this,
            &RetentionPage::showPreview);
    connect(m_ui->anonymiseAllButton, &QPushButton::clicked, this, &RetentionPage::anonymiseAll);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &RetentionPage::anonymiseAll);
}

RetentionPage::~RetentionPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

QString RetentionPage::message() const
{
    return m_ui->messageLabel->text();
}

void RetentionPage::setHeaders()
{
    m_ui->peopleTable->setHorizontalHeaderLabels(
        {tr("Record"), tr("File number"), tr("Last case ended"), tr("Cases")});
    m_ui->yearsSpin->setSpecialValueText(tr("None"));
}

void RetentionPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void RetentionPage::reload()
{
    RetentionDesk desk(m_db, m_session, m_auth);
    const Result<int> years = desk.years();
    const Result<QVector<PastRetention>> past =
        years ? desk.pastPeriod() : Result<QVector<PastRetention>>(years.status());
    m_past = past ? *past : QVector<PastRetention>();
    if (years)
        m_ui->yearsSpin->setValue(*years);
    m_ui->peopleTable->setRowCount(int(m_past.size()));
    for (int row = 0; row < m_past.size(); ++row) {
        const PastRetention &p = m_past.at(row);
        const QStringList cells = {QStringLiteral("#%1").arg(p.beneficiaryId),
                                   p.fileNumber.isEmpty() ? QStringLiteral("—") : p.fileNumber,
                                   DeskText::date(DeskText::deskDate(p.lastActivity)),
                                   DeskText::number(p.cases)};
        for (int c = 0; c < ColumnCount; ++c)
            m_ui->peopleTable->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    if (!past)
        Message::show(m_ui->countLabel, past.error(), Message::Kind::Warning);
    else if (years && *years == 0)
        Message::show(m_ui->countLabel, tr("No retention period is set: nobody's data is past it."),
                      Message::Kind::Plain);
    else
        Message::show(m_ui->countLabel,
                      tr("%n person(s) past the retention period.", "", int(m_past.size())),
                      Message::Kind::Plain);
    m_ui->anonymiseAllButton->setEnabled(!m_past.isEmpty() && !isBusy());
    m_ui->passwordEdit->setEnabled(!m_past.isEmpty() && !isBusy());
    if (!m_past.isEmpty() && m_ui->peopleTable->currentRow() < 0)
        m_ui->peopleTable->setCurrentCell(0, 0);
    showPreview();
}

void RetentionPage::saveYears()
{
    const Status saved = RetentionDesk(m_db, m_session, m_auth).setYears(m_ui->yearsSpin->value());
    if (!saved) {
        Message::show(m_ui->messageLabel, saved.error(), Message::Kind::Error);
        return;
    }
    Message::show(m_ui->messageLabel, tr("The retention period is saved."), Message::Kind::Done);
    reload();
}

void RetentionPage::showPreview()
{
    m_ui->previewList->clear();
    int row = m_ui->peopleTable->currentRow();
    const QModelIndexList chosen = m_ui->peopleTable->selectionModel()->selectedRows();
    if (!chosen.isEmpty())
        row = chosen.first().row();
    if (row < 0 || row >= m_past.size())
        return;
    const Result<ErasurePreview> preview =
        RetentionDesk(m_db, m_session, m_auth).preview(m_past.at(row).beneficiaryId);
    if (!preview) {
        m_ui->previewList->addItem(preview.error());
        return;
    }
    for (const ErasureItem &item : preview->items)
        //: What anonymising removes: a kind of value, then how many
        m_ui->previewList->addItem(tr("%1: %2").arg(item.label, DeskText::number(item.count)));
}

void RetentionPage::anonymiseAll()
{
    if (isBusy() || m_past.isEmpty())
        return;
    // Through the window's authenticator: repeated failures slow down.
    const Status confirmed =
        Anonymiser(m_db, m_session, m_auth).confirmPassword(m_ui->passwordEdit->text());
    m_ui->passwordEdit->clear();
    if (!confirmed) {
        Message::show(m_ui->messageLabel, confirmed.error(), Message::Kind::Error);
        return;
    }
    auto *dialog = new QProgressDialog(tr("Anonymising the people past the retention period…"),
                                       tr("Cancel"), 0, int(m_past.size()), this);
    dialog->setObjectName(QStringLiteral("retentionProgress"));
    dialog->setWindowTitle(tr("Retention"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    m_progress = dialog;
    m_ui->anonymiseAllButton->setEnabled(false);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    connect(dialog, &QProgressDialog::canceled, this, [this, cancel] {
        cancel->store(true);
        Message::show(m_ui->messageLabel, tr("Stopping after the person in hand…"),
                      Message::Kind::Plain);
    });

    // The job has its own connection on its own thread (one connection per
    // thread); it reaches the page only through calls queued to the GUI
    // thread, which check that the page still exists.
    const RetentionDesk::Job job = RetentionDesk(m_db, m_session, m_auth).confirmedJob();
    const QPointer<RetentionPage> page(this);
    QThread *worker = QThread::create([job, cancel, page] {
        QString failure;
        RetentionRun run;
        const Result<RetentionRun> done = job([&](int n, int total) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [page, n, total] {
                    if (page)
                        page->progressed(n, total);
                },
                Qt::QueuedConnection);
            return !cancel->load();
        });
        if (done)
            run = *done;
        else
            failure = done.error();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [page, failure, run] {
                if (page)
                    page->finished(failure, run.anonymised, run.cancelled);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void RetentionPage::progressed(int done, int total)
{
    if (m_progress) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    }
}

void RetentionPage::finished(const QString &failure, int done, bool cancelled)
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    m_progress = nullptr;
    m_cancel.reset();
    if (!failure.isEmpty())
        Message::show(m_ui->messageLabel, failure, Message::Kind::Error);
    else if (cancelled)
        Message::show(
            m_ui->messageLabel,
            tr("Stopped: %n person(s) anonymised; the others are still listed.", "", done),
            Message::Kind::Done);
    else
        Message::show(m_ui->messageLabel, tr("%n person(s) anonymised.", "", done),
                      Message::Kind::Done);
    reload();
}

void RetentionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setHeaders();
        if (isVisible())
            reload();
    }
    QWidget::changeEvent(event);
}
