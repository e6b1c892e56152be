#include "ui/beneficiary/WhoLookedPanel.h"

#include "ui_WhoLookedPanel.h"

#include "core/AuditText.h"
#include "core/DeskText.h"
#include "ui/widgets/Message.h"

#include <QEvent>
#include <QHeaderView>

WhoLookedPanel::WhoLookedPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::WhoLookedPanel>())
{
    m_ui->setupUi(this);
    m_ui->whoLookedTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->whoLookedTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &WhoLookedPanel::copyRequested);
    fill();
}

WhoLookedPanel::~WhoLookedPanel() = default;

void WhoLookedPanel::setEntries(const QVector<AccessEntry> &entries)
{
    m_entries = entries;
    fill();
}

void WhoLookedPanel::setFailure(const QString &reason)
{
    m_entries.clear();
    fill();
    Message::show(m_ui->whoLookedNote, reason, Message::Kind::Error);
}

void WhoLookedPanel::showOutcome(const QString &text, bool failed)
{
    Message::show(m_ui->whoLookedNote, text, failed ? Message::Kind::Error : Message::Kind::Done);
}

void WhoLookedPanel::setCopyAvailable(bool available)
{
    m_ui->copyButton->setVisible(available);
}

void WhoLookedPanel::fill()
{
    QTableWidget *table = m_ui->whoLookedTable;
    table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const AccessEntry &e = m_entries.at(row);
        QString what = AuditText::action(e.action);
        const QString details = AuditText::details(e.details);
        if (!details.isEmpty())
            what += QStringLiteral(" (") + details + QLatin1Char(')');
        const QStringList cells = {DeskText::dateTime(e.at),
                                   e.userName.isEmpty() ? tr("The system") : e.userName, what,
                                   e.caseId != 0 ? DeskText::number(e.caseId) : QString()};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    Message::show(m_ui->whoLookedNote,
                  m_entries.isEmpty() ? tr("Nothing recorded about this person yet.")
                                      : tr("Who saw or changed this person's data, newest first."),
                  Message::Kind::Plain);
}

void WhoLookedPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QWidget::changeEvent(event);
}
