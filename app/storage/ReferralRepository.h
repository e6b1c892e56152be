// Referrals of a case to the program officer: asked, answered once, and picked
// up by the desk. The officer's queue and the desk's "answers to pick up" list
// are paged.
#pragma once

#include "core/Case.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

class Database;

class ReferralRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ReferralRepository)

public:
    explicit ReferralRepository(Database &db) : m_db(db) {}

    // referredAt defaults to now and referredBy to the actor.
    Result<Referral> create(const Referral &r, qint64 actorId);
    // Refused when the referral was already answered.
    Result<Referral> answer(qint64 referralId, const QString &answer, qint64 actorId);
    Result<Referral> markPickedUp(qint64 referralId, qint64 actorId);

    Result<Referral> get(qint64 id) const;
    Result<QVector<Referral>> forCase(qint64 caseId) const;
    // Answered but not yet picked up by the desk, oldest answer first.
    Result<QVector<Referral>> answeredNotPickedUp(int limit = 50, int offset = 0) const;
    // Of the given cases (a page of a list, at most a few hundred), those with
    // an answered referral the desk has not picked up yet.
    Result<QSet<qint64>> casesWithAnswerToPickUp(const QVector<qint64> &caseIds) const;

private:
    Result<QVector<Referral>> select(const QString &tail, const QVariantList &values) const;

    Database &m_db;
};
