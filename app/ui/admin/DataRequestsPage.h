// The manager's and the administrator's page of people's requests about
// their data (issue 13): the open ones (or all), earliest due first, overdue
// in red; "New request…" records one (DataRequestDialog), "Close…" closes
// the chosen one with what was done (DataRequestCloseDialog). The dialogs
// open window-modal and save through DataRequestDesk, which refuses anyone
// without Action::HandleDataRequests. The list can be narrowed to one
// person's requests (from the chosen line, or from the person's file), and a
// new request is then recorded for that person.
//
// Child object names: "stateCombo", "personFilterLabel", "personOnlyButton",
// "everyoneButton", "refreshButton", "newRequestButton",
// "closeRequestButton", "requestView", "requestsIntroLabel", "summaryLabel",
// "requestMessage".
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
    // Shows only this person's requests, open and closed (name as the list
    // shows it; empty for an anonymised record); a new request is for them.
    void showPerson(qint64 beneficiaryId, const QString &name);
    // Everyone's requests again.
    void showEveryone();
    qint64 shownPerson() const { return m_personId; }

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
    void showPersonFilter();
    void showIntro();
    QString personLabel() const;

    std::unique_ptr<Ui::DataRequestsPage> m_ui;
    Database &m_db;
    const Session &m_session;
    DataRequestModel *m_model = nullptr;
    qint64 m_personId = 0; // 0: everyone
    QString m_personName;
};
