#include "ui/beneficiary/FieldHistoryPanel.h"

#include "ui_FieldHistoryPanel.h"

#include "core/DeskText.h"
#include "core/PersonFields.h"

#include <QEvent>
#include <QHeaderView>

FieldHistoryPanel::FieldHistoryPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FieldHistoryPanel>())
{
    m_ui->setupUi(this);
    m_ui->fieldHistoryTable->horizontalHeader()->setSectionResizeMode(
        QHeaderView::ResizeToContents);
    m_ui->fieldHistoryTable->horizontalHeader()->setStretchLastSection(true);
    fill();
}

FieldHistoryPanel::~FieldHistoryPanel() = default;

void FieldHistoryPanel::setChanges(const QVector<FieldChange> &changes)
{
    m_changes = changes;
    fill();
}

void FieldHistoryPanel::setFailure(const QString &reason)
{
    m_changes.clear();
    fill();
    m_ui->fieldHistoryNote->setText(reason);
}

void FieldHistoryPanel::fill()
{
    QTableWidget *table = m_ui->fieldHistoryTable;
    table->setRowCount(int(m_changes.size()));
    for (int row = 0; row < m_changes.size(); ++row) {
        const FieldChange &c = m_changes.at(row);
        QString before = PersonFields::value(c.field, c.before);
        QString after = PersonFields::value(c.field, c.after);
        switch (c.values) {
        case FieldChange::Values::Kept:
            break;
        case FieldChange::Values::Removed:
            before = after = tr("Removed with the person's data");
            break;
        case FieldChange::Values::Altered:
            before = after = tr("Changed outside Istiqbal: not shown");
            break;
        case FieldChange::Values::NotKept:
            before = after = tr("Not kept (corrected before values were kept)");
            break;
        }
        const QStringList cells = {DeskText::dateTime(c.at),
                                   c.userName.isEmpty() ? tr("The system") : c.userName,
                                   PersonFields::label(c.field), before, after};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_ui->fieldHistoryNote->setText(
        m_changes.isEmpty()
            ? tr("No correction since the record was made.")
            : tr("Each correction of the record: the old and the new value, who made it and "
                 "when."));
}

void FieldHistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QWidget::changeEvent(event);
}
