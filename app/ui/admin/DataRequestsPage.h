// The manager's and the administrator's page of people's requests about
// their data (issue 13): the open ones (or all), earliest due first, overdue
// in red; "New request…" records one (DataRequestDialog), "Close…" closes
// the chosen one with what was done (DataRequestCloseDialog). The dialogs
// open window-modal and save through DataRequestDesk, which refuses anyone
// without Action::HandleDataRequests.
//
// Child object names: "stateCombo", "refreshButton", "newRequestButton",
// "closeRequestButton", "requestView", "summaryLabel", "requestMessage".
#pragma once

#include <QWidget>

#include <memory>

class DataRequestCloseDialog;
class DataRequestDialog;
class DataRequestModel;
class Database;
class Session;

namespace Ui {
class DataRequestsPage;
}

class DataRequestsPage final : public QWidget
{
    Q_OBJECT

public:
    DataRequestsPage(Database &db, const Session &session, QWidget *parent = nullptr);
    ~DataRequestsPage() override;

    DataRequestModel *model() const { return m_model; }
    // Shows all requests, or only the open ones.
    void showAll(bool all);

public slots:
    void refresh();
    // Opens the dialogs (window-modal); they give themselves back.
    DataRequestDialog *newRequest();
    DataRequestCloseDialog *closeCurrent();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillStates();
    void updateButtons();

    std::unique_ptr<Ui::DataRequestsPage> m_ui;
    Database &m_db;
    const Session &m_session;
    DataRequestModel *m_model = nullptr;
};
