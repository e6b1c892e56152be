#include "ui/catalogue/CatalogueListPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>

CatalogueListPanel::CatalogueListPanel(QWidget *parent) : QWidget(parent) {}

void CatalogueListPanel::bind(QListWidget *list, QPushButton *newButton, QPushButton *saveButton,
                              QPushButton *undoButton, QLabel *messageLabel)
{
    m_list = list;
    m_save = saveButton;
    m_undo = undoButton;
    m_message = messageLabel;
    m_message->setWordWrap(true);
    m_message->hide();
    connect(m_list, &QListWidget::currentRowChanged, this, &CatalogueListPanel::onRowChosen);
    connect(newButton, &QPushButton::clicked, this, &CatalogueListPanel::startNew);
    connect(saveButton, &QPushButton::clicked, this, &CatalogueListPanel::saveCurrent);
    connect(undoButton, &QPushButton::clicked, this, &CatalogueListPanel::undoChanges);
    updateButtons();
}

QString CatalogueListPanel::message() const
{
    return m_message && !m_message->isHidden() ? m_message->text() : QString();
}

void CatalogueListPanel::reload()
{
    const qint64 keep = m_row >= 0 ? idAt(m_row) : 0;
    {
        const QSignalBlocker blocker(m_list);
        if (const Status s = load(); !s) {
            showMessage(s.error(), true);
            return;
        }
    }
    int row = m_list->count() > 0 ? 0 : -1;
    for (int i = 0; keep != 0 && i < m_list->count(); ++i) {
        if (idAt(i) == keep)
            row = i;
    }
    selectRow(row);
    fillQuietly(row);
}

void CatalogueListPanel::selectRow(int row)
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(row);
    m_row = row;
}

void CatalogueListPanel::fillQuietly(int row)
{
    m_filling = true;
    fill(row);
    m_filling = false;
    m_changed = false;
    updateButtons();
}

void CatalogueListPanel::markChanged()
{
    if (m_filling)
        return;
    m_changed = true;
    clearMessage();
    updateButtons();
}

void CatalogueListPanel::updateButtons()
{
    if (m_save)
        m_save->setEnabled(m_changed);
    if (m_undo)
        m_undo->setEnabled(m_changed);
}

void CatalogueListPanel::onRowChosen(int row)
{
    if (row == m_row)
        return;
    if (m_changed) {
        selectRow(m_row);
        showMessage(tr("Save or undo your changes first."), true);
        return;
    }
    m_row = row;
    clearMessage();
    fillQuietly(row);
}

void CatalogueListPanel::startNew()
{
    if (m_changed) {
        showMessage(tr("Save or undo your changes first."), true);
        return;
    }
    selectRow(-1);
    m_list->clearSelection();
    clearMessage();
    fillQuietly(-1);
    if (QWidget *first = firstField())
        first->setFocus(Qt::OtherFocusReason);
}

void CatalogueListPanel::saveCurrent()
{
    const Result<qint64> id = save(m_row);
    if (!id) {
        showMessage(id.error(), true);
        return;
    }
    m_changed = false;
    {
        const QSignalBlocker blocker(m_list);
        if (const Status s = load(); !s) {
            showMessage(s.error(), true);
            return;
        }
    }
    int row = -1;
    for (int i = 0; i < m_list->count(); ++i) {
        if (idAt(i) == *id)
            row = i;
    }
    selectRow(row);
    fillQuietly(row);
    showMessage(tr("Saved."), false);
    emit saved(*id);
}

void CatalogueListPanel::undoChanges()
{
    clearMessage();
    fillQuietly(m_row);
}

void CatalogueListPanel::showMessage(const QString &text, bool error)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xb3, 0x26, 0x1e) : QColor(0x1b, 0x6e, 0x3c));
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->show();
}

void CatalogueListPanel::clearMessage()
{
    m_message->clear();
    m_message->hide();
}
