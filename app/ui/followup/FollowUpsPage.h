// The follow-ups (issue 4; seed 000 item 4: reach beneficiaries without their
// asking): one list of what is due (FollowUpModel), overdue first and marked,
// narrowed to one kind if wished. Each item opens the right place in one
// action (Enter, a double click or Open): the case for a survey owed or a
// referral answer, the beneficiary's file for a document, the approvals of
// the officer's desk for a delivery awaiting approval (the case for someone
// who may not approve). Mark done asks what was done (FollowUpDoneDialog) and
// keeps the note (FollowUpList::markDone). The list is read again when shown,
// every minute while shown and on refresh().
//
// Keyboard: Enter opens, Ctrl+D marks done, F5 refreshes.
// Object names: "followUpView", "kindCombo", "summaryLabel",
// "followUpMessage", "openButton", "markDoneButton", "refreshButton".
#pragma once

#include "core/FollowUp.h"

#include <QWidget>

#include <memory>
#include <optional>

class Database;
class FollowUpModel;
class QSortFilterProxyModel;
class QTimer;
class Session;

namespace Ui {
class FollowUpsPage;
}

class FollowUpsPage final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int refreshIntervalMs = 60 * 1000;

    FollowUpsPage(Database &db, const Session &session, QWidget *parent = nullptr);
    ~FollowUpsPage() override;

    FollowUpModel *model() const { return m_model; }
    // What the view shows (the kind chosen), over model().
    QSortFilterProxyModel *shown() const { return m_proxy; }
    std::optional<FollowUp> currentItem() const;
    bool selectItem(FollowUp::Kind kind, qint64 refId);
    // Shows only one kind; none: everything due.
    void showKind(std::optional<FollowUp::Kind> kind);
    QString message() const;

public slots:
    void refresh();
    // Opens the right place for the highlighted item.
    bool openCurrent();
    // Asks what was done, then marks the highlighted item done.
    bool markCurrentDone();

signals:
    void caseRequested(qint64 caseId);
    void beneficiaryRequested(qint64 beneficiaryId);
    void approvalRequested(qint64 deliveryId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillKinds();
    void onKindChosen(int index);
    void rememberSelection();
    void restoreSelection();
    void updateButtons();
    void updateSummary();

    std::unique_ptr<Ui::FollowUpsPage> m_ui;
    Database &m_db;
    const Session &m_session;
    FollowUpModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTimer *m_refreshTimer = nullptr;
    std::optional<FollowUp> m_selected;
    int m_selectedRow = -1;
    bool m_shownOnce = false;
};
