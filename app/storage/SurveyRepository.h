// The satisfaction survey: the manager's questions and the responses taken at
// the desk or by phone (or declined).
#pragma once

#include "core/Result.h"
#include "core/Survey.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

class Database;

class SurveyRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyRepository)

public:
    explicit SurveyRepository(Database &db) : m_db(db) {}

    Result<SurveyQuestion> createQuestion(const SurveyQuestion &q, qint64 actorId);
    Result<SurveyQuestion> updateQuestion(const SurveyQuestion &q, qint64 actorId);
    // In their order.
    Result<QVector<SurveyQuestion>> questions(bool activeOnly = true) const;

    // Stores a response with its answers (scores 1..5; none when declined).
    // takenAt defaults to now and takenBy to the actor.
    Result<SurveyResponse> record(const SurveyResponse &r, qint64 actorId);
    // The latest response of the case, if any.
    Result<std::optional<SurveyResponse>> responseForCase(qint64 caseId) const;
    // Responses taken in [from, to), oldest first, paged.
    Result<QVector<SurveyResponse>> responses(const QDateTime &from, const QDateTime &to,
                                              int limit = 500, int offset = 0) const;

private:
    Result<QVector<SurveyResponse>> select(const QString &tail, const QVariantList &values) const;

    Database &m_db;
};
