#include "ui/admin/BreachReportDialog.h"

#include "ui_BreachReportDialog.h"

#include "core/Clock.h"
#include "core/DeskText.h"
#include "services/BreachReportDesk.h"
#include "ui/widgets/DualDateEdit.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Message.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

#include <optional>

namespace {
std::optional<QString> nextPath;
} // namespace

BreachReportDialog::BreachReportDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session),
      m_ui(std::make_unique<Ui::BreachReportDialog>())
{
    m_ui->setupUi(this);
    Message::clear(m_ui->breachOutcomeLabel);
    m_pdf = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("breachPdfButton"));
    m_csv = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_csv->setObjectName(QStringLiteral("breachCsvButton"));
    retranslate();
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pdf, &QPushButton::clicked, this, [this] { saveAs(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { saveAs(false); });
    connect(m_ui->breachFromEdit, &DualDateEdit::dateChanged, this, &BreachReportDialog::count);
    connect(m_ui->breachToEdit, &DualDateEdit::dateChanged, this, &BreachReportDialog::count);

    // The last week, today included: a breach is reported within 72 hours.
    const QDate today = Clock::instance().today();
    setRange(today.addDays(-6), today);
}

BreachReportDialog::~BreachReportDialog() = default;

void BreachReportDialog::retranslate()
{
    m_pdf->setText(tr("Save as PDF…"));
    m_csv->setText(tr("Save as CSV…"));
}

void BreachReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        count();
    }
    QDialog::changeEvent(event);
}

void BreachReportDialog::setNextPath(const QString &path)
{
    nextPath = path;
}

void BreachReportDialog::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_ui->breachFromEdit);
    const QSignalBlocker blockTo(m_ui->breachToEdit);
    m_ui->breachFromEdit->setDate(from);
    m_ui->breachToEdit->setDate(to);
    count();
}

void BreachReportDialog::count()
{
    Message::clear(m_ui->breachOutcomeLabel);
    const QDate from = m_ui->breachFromEdit->date();
    const QDate to = m_ui->breachToEdit->date();
    bool ready = from.isValid() && to.isValid();
    if (!ready) {
        m_ui->breachCountLabel->setText(tr("Write the first and the last day of the range."));
    } else {
        const Result<BreachReportData> data = BreachReportDesk(m_db, m_session).gather(from, to);
        ready = data.ok();
        if (!data)
            m_ui->breachCountLabel->setText(data.error());
        else if (data->rows.isEmpty())
            m_ui->breachCountLabel->setText(
                tr("No one's personal data was seen or changed in this range."));
        else
            m_ui->breachCountLabel->setText(
                tr("Entries in this range: %1, about %2 people, by %3 staff members.")
                    .arg(DeskText::number(data->rows.size()), DeskText::number(data->people()),
                         DeskText::number(data->staff())));
    }
    m_pdf->setEnabled(ready);
    m_csv->setEnabled(ready);
}

void BreachReportDialog::saveAs(bool pdf)
{
    QString path;
    if (nextPath) {
        path = *nextPath;
        nextPath.reset();
    } else {
        const BreachReportDesk::Format format =
            pdf ? BreachReportDesk::Format::Pdf : BreachReportDesk::Format::Csv;
        const QString suggested = BreachReportDesk::suggestedFileName(
            m_ui->breachFromEdit->date(), m_ui->breachToEdit->date(), format);
        path = FileChooser::saveFileName(this, tr("Save the breach report"), suggested,
                                         pdf ? tr("PDF (*.pdf)")
                                             : tr("CSV for a spreadsheet (*.csv)"));
    }
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv");
    // save() shows its own outcome.
    (void)save(path);
}

Status BreachReportDialog::save(const QString &path)
{
    const Result<qint64> rows = BreachReportDesk(m_db, m_session)
                                    .write(m_ui->breachFromEdit->date(), m_ui->breachToEdit->date(),
                                           path, DeskText::language());
    if (!rows) {
        Message::show(m_ui->breachOutcomeLabel, rows.error(), Message::Kind::Error);
        return rows.status();
    }
    Message::show(m_ui->breachOutcomeLabel,
                  tr("The breach report (%1 entries) was saved to %2.")
                      .arg(DeskText::number(*rows),
                           // isolated left to right: the path reads in its order
                           QChar(0x2066) + QDir::toNativeSeparators(path) + QChar(0x2069)),
                  Message::Kind::Done);
    return Status::success();
}
