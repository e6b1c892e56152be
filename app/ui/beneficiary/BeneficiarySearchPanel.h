// Finds a beneficiary as the name, ID or phone is typed (DOMAIN.md section 4,
// through BeneficiarySearch): the search runs a moment after the last key,
// the results show name, ID, phone (05...) and last visit. Up and Down move
// through the results from the search field; Enter chooses the highlighted
// one (the first when none is), and so does a double click. Used on its own
// page and inside the case screen.
//
// Child object names: "searchEdit", "statusLabel", "resultsView".
#pragma once

#include <QWidget>

#include <memory>

class BeneficiaryMatchModel;
class Database;
class Session;
class QModelIndex;
class QTimer;

namespace Ui {
class BeneficiarySearchPanel;
}

class BeneficiarySearchPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int debounceMs = 250;
    static constexpr int resultLimit = 50;

    BeneficiarySearchPanel(Database &db, const Session &session, QWidget *parent = nullptr);
    ~BeneficiarySearchPanel() override;

    QString query() const;
    void setQuery(const QString &query); // searches after the pause
    // Runs the pending search at once.
    void searchNow();
    // Puts the cursor in the search field with its text selected.
    void focusSearch();

    int resultCount() const;
    const BeneficiaryMatchModel *results() const { return m_model; }
    qint64 highlightedBeneficiary() const;

signals:
    void beneficiaryChosen(qint64 beneficiaryId);
    // After each search, with how many were found.
    void searched(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onQueryEdited();
    void chooseHighlighted();
    void onActivated(const QModelIndex &index);
    void moveHighlight(int delta);
    void showStatus();

    std::unique_ptr<Ui::BeneficiarySearchPanel> m_ui;
    Database &m_db;
    const Session &m_session;
    BeneficiaryMatchModel *m_model = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_searchedQuery;
    QString m_error;
    bool m_tooShort = true;
};
