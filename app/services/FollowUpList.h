// The one list of what is due (issue 4, seed 000 item 4: reach beneficiaries
// without their asking), overdue first, and marking an item done with a note.
#pragma once

#include "core/FollowUp.h"
#include "core/Result.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QVector>

class Database;
class FollowUpRepository;

class FollowUpList final
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpList)

public:
    FollowUpList(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // Everything due, earliest due date first (so overdue items lead), at most
    // limitPerKind of each kind: the desk's items for Action::ViewCases, the
    // data requests for Action::HandleDataRequests.
    Result<QVector<FollowUp>> due(const QDate &today, int limitPerKind = 200) const;

    // A data request's item is done by closing the request with the note as
    // its outcome (Action::HandleDataRequests); the others need EditCase.
    Status markDone(const FollowUp &item, const QString &note);

    static bool isOverdue(const FollowUp &item, const QDate &today) { return item.due < today; }
    static QString kindLabel(FollowUp::Kind kind);

private:
    // What the desk follows up (Action::ViewCases): documents, approvals,
    // surveys and referral answers.
    Result<QVector<FollowUp>> deskItems(FollowUpRepository &repo, const QDate &today,
                                        int limitPerKind) const;

    Database &m_db;
    const Session &m_session;
};
