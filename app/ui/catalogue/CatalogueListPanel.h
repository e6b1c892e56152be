// What the catalogue's tabs share (services, document types, survey
// questions, approved answers): a list on one side and the chosen item's form
// on the other, with New, Save and Undo. Edits are kept until saved or undone:
// choosing another item or New while the form has unsaved changes is refused
// with a message, so nothing typed is lost by a stray click.
//
// A subclass sets up its form, calls bind() with its list, buttons and
// message label, connects its fields' edit signals to markChanged(), and
// implements load(), idAt(), fill() and save().
#pragma once

#include "core/Result.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

class CatalogueListPanel : public QWidget
{
    Q_OBJECT

public:
    // Reads the items again, keeping the chosen one when it is still there.
    void reload();
    bool hasChanges() const { return m_changed; }
    // The row chosen in the list, -1 while a new item is being written.
    int currentRow() const { return m_row; }
    // The message shown under the form (empty when none).
    QString message() const;

public slots:
    void startNew();
    void saveCurrent();
    void undoChanges();

signals:
    // After a successful save.
    void saved(qint64 id);

protected:
    explicit CatalogueListPanel(QWidget *parent = nullptr);

    void bind(QListWidget *list, QPushButton *newButton, QPushButton *saveButton,
              QPushButton *undoButton, QLabel *messageLabel);

    // Reads the items and fills the list, one row per item, in order.
    virtual Status load() = 0;
    virtual qint64 idAt(int row) const = 0;
    // Shows the item of row in the form; -1: an empty form for a new item.
    virtual void fill(int row) = 0;
    // Saves the form (as the item of row, or a new one for -1); the saved
    // item's id.
    virtual Result<qint64> save(int row) = 0;
    // The field to type in first for a new item.
    virtual QWidget *firstField() const = 0;

    void markChanged();
    void showMessage(const QString &text, bool error);
    void clearMessage();
    // Fills the form without the edits counting as changes.
    void fillQuietly(int row);
    QListWidget *list() const { return m_list; }

private:
    void onRowChosen(int row);
    void selectRow(int row);
    void updateButtons();

    QListWidget *m_list = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_message = nullptr;
    int m_row = -1;
    bool m_changed = false;
    bool m_filling = false;
};
