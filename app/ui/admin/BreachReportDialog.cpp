#include "ui/admin/BreachReportDialog.h"

#include "core/Clock.h"
#include "core/DeskText.h"
#include "services/BreachReportDesk.h"
#include "ui/widgets/DualDateEdit.h"
#include "ui/widgets/Message.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace {
std::optional<QString> nextPath;
} // namespace

BreachReportDialog::BreachReportDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Breach report"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Whose personal data was seen or changed, by whom, when and how: every file opened, "
           "paper printed, copy made, correction and case work, and each month export counted "
           "for each person it carried. The law asks for a breach to be reported to the "
           "authority within 72 hours."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_from = new DualDateEdit(this);
    m_from->setObjectName(QStringLiteral("breachFromEdit"));
    m_to = new DualDateEdit(this);
    m_to->setObjectName(QStringLiteral("breachToEdit"));
    form->addRow(tr("First day:"), m_from);
    form->addRow(tr("Last day:"), m_to);
    layout->addLayout(form);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("breachCountLabel"));
    m_count->setWordWrap(true);
    layout->addWidget(m_count);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("breachOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcome);
    Message::clear(m_outcome);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("breachPdfButton"));
    m_csv = buttons->addButton(tr("Save as CSV…"), QDialogButtonBox::ActionRole);
    m_csv->setObjectName(QStringLiteral("breachCsvButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pdf, &QPushButton::clicked, this, [this] { saveAs(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { saveAs(false); });
    connect(m_from, &DualDateEdit::dateChanged, this, &BreachReportDialog::count);
    connect(m_to, &DualDateEdit::dateChanged, this, &BreachReportDialog::count);

    // The last week, today included: a breach is reported within 72 hours.
    const QDate today = Clock::instance().today();
    setRange(today.addDays(-6), today);
    setMinimumWidth(560);
}

void BreachReportDialog::setNextPath(const QString &path)
{
    nextPath = path;
}

void BreachReportDialog::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    count();
}

void BreachReportDialog::count()
{
    Message::clear(m_outcome);
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    bool ready = from.isValid() && to.isValid();
    if (!ready) {
        m_count->setText(tr("Write the first and the last day of the range."));
    } else {
        const Result<BreachReportData> data = BreachReportDesk(m_db, m_session).gather(from, to);
        ready = data.ok();
        if (!data)
            m_count->setText(data.error());
        else if (data->rows.isEmpty())
            m_count->setText(tr("No one's personal data was seen or changed in this range."));
        else
            m_count->setText(tr("Entries in this range: %1, about %2 people, by %3 staff members.")
                                 .arg(DeskText::number(data->rows.size()),
                                      DeskText::number(data->people()),
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
        const QString suggested =
            BreachReportDesk::suggestedFileName(m_from->date(), m_to->date(), format);
        path = QFileDialog::getSaveFileName(this, tr("Save the breach report"), suggested,
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
    const Result<qint64> rows =
        BreachReportDesk(m_db, m_session)
            .write(m_from->date(), m_to->date(), path, DeskText::language());
    if (!rows) {
        Message::show(m_outcome, rows.error(), Message::Kind::Error);
        return rows.status();
    }
    Message::show(m_outcome,
                  tr("The breach report (%1 entries) was saved to %2.")
                      .arg(DeskText::number(*rows),
                           // isolated left to right: the path reads in its order
                           QChar(0x2066) + QDir::toNativeSeparators(path) + QChar(0x2069)),
                  Message::Kind::Done);
    return Status::success();
}
