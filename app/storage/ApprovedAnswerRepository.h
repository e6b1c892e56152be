// The manager's catalogue of common inquiries with their approved answers, and
// the answers given on cases at reception. Answers are never deleted (a case
// keeps what it was told); an answer no longer offered is made inactive.
#pragma once

#include "core/ApprovedAnswer.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QVector>

class Database;

class ApprovedAnswerRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ApprovedAnswerRepository)

public:
    explicit ApprovedAnswerRepository(Database &db) : m_db(db) {}

    Result<ApprovedAnswer> create(const ApprovedAnswer &a, qint64 actorId);
    // Saves a if nobody saved the answer since a.version was read.
    Result<ApprovedAnswer> update(const ApprovedAnswer &a, qint64 actorId);
    Result<ApprovedAnswer> get(qint64 id) const;
    // Ordered by question.
    Result<QVector<ApprovedAnswer>> list(bool activeOnly = true) const;
    // Active answers whose question, answer or source holds every word of text
    // (Arabic search normalisation, DOMAIN.md section 4), at most limit.
    Result<QVector<ApprovedAnswer>> search(const QString &text, int limit = 20) const;

    // Records that the answer was given on the case (givenAt defaults to now,
    // givenBy to the actor); giving the same answer twice on a case keeps the
    // first record.
    Status recordGiven(const GivenAnswer &given, qint64 actorId);
    // The answers given on a case, in the order given.
    Result<QVector<GivenAnswer>> givenForCase(qint64 caseId) const;

    // The normalised text searched by search().
    static QString searchKey(const ApprovedAnswer &a);

private:
    Result<QVector<ApprovedAnswer>> select(const QString &tail, const QVariantList &values) const;
    // The answer trimmed and stamped now, or why it cannot be saved.
    static Result<ApprovedAnswer> cleaned(const ApprovedAnswer &input);

    Database &m_db;
};
