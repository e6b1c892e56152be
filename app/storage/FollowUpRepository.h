// The raw material of the follow-up list, each kind read through an index
// with a bound, minus what was already marked done; and the done marks.
#pragma once

#include "core/FollowUp.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QVector>

class Database;

class FollowUpRepository final
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpRepository)

public:
    explicit FollowUpRepository(Database &db) : m_db(db) {}

    static QString code(FollowUp::Kind kind);

    // Provided documents expiring between from and to (inclusive) of
    // beneficiaries with an open case or a delivery since activeSince.
    Result<QVector<FollowUp>> expiringDocuments(const QDate &from, const QDate &to,
                                                const QDateTime &activeSince, int limit) const;
    // Deliveries waiting for the program officer's approval, oldest first.
    Result<QVector<FollowUp>> pendingApprovals(int limit) const;
    // Cases served and waiting for their survey (step 7, still open), oldest first.
    Result<QVector<FollowUp>> surveysOwed(int limit) const;
    // Referral answers the desk has not picked up, oldest first.
    Result<QVector<FollowUp>> referralAnswers(int limit) const;
    // Open data requests due on or before the day, earliest due first. They
    // are never marked done here: closing the request ends them.
    Result<QVector<FollowUp>> dataRequestsDue(const QDate &until, int limit) const;

    // Marks one follow-up done (due identifies a document's expiry, so a
    // renewed document comes back when its new date nears).
    Status markDone(const FollowUpDone &done, qint64 actorId);
    Result<QVector<FollowUpDone>> doneFor(qint64 beneficiaryId) const;

private:
    Result<QVector<FollowUp>> select(FollowUp::Kind kind, const QString &sql,
                                     const QVariantList &values) const;

    Database &m_db;
};
