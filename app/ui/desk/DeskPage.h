// Today's desk: the open cases in a lazy table (DeskModel), a choice between
// today's arrivals and every open case, and a line that counts them. The
// list is read again, keeping the highlighted case, a moment after another
// desk changes a case or a referral (ListUpkeep), every half minute in
// any case, and on refresh() (the window calls it after its own changes).
// The waiting times move on every minute. Enter or a double click opens the
// highlighted case (caseActivated).
//
// Child object names: "deskView", "scopeCombo", "summaryLabel", "refreshButton".
#pragma once

#include <QWidget>

#include <memory>

class ListUpkeep;
class Database;
class Session;
class DeskModel;
class QModelIndex;

namespace Ui {
class DeskPage;
}

class DeskPage final : public QWidget
{
    Q_OBJECT

public:
    // Changes announced together are read once.

    DeskPage(Database &db, const Session &session, QWidget *parent = nullptr);
    ~DeskPage() override;

    DeskModel *model() const { return m_model; }
    // 0: today's arrivals, 1: every open case.
    int scope() const;
    void setScope(int scope);
    qint64 highlightedCase() const;

public slots:
    void refresh();
    // Listens for the other desks' changes again (after the database was
    // reopened) and reads the list.
    void listenAgain();

signals:
    void caseActivated(qint64 caseId);
    void scopeChanged(int scope);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onScopeChosen(int index);
    void onActivated(const QModelIndex &index);
    void rememberHighlight();
    void restoreHighlight();
    void showSummary();

    std::unique_ptr<Ui::DeskPage> m_ui;
    DeskModel *m_model = nullptr;
    ListUpkeep *m_upkeep = nullptr;
    qint64 m_highlighted = 0;
};
