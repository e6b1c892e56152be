#include "storage/SurveyRepository.h"

#include "core/Clock.h"
#include "core/SurveyRules.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QHash>

Result<SurveyQuestion> SurveyRepository::createQuestion(const SurveyQuestion &input, qint64 actorId)
{
    SurveyQuestion question = input;
    if (question.textAr.trimmed().isEmpty())
        return Result<SurveyQuestion>::failure(tr("A survey question needs its Arabic text."));
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        const Result<qint64> id = Sql::insert(
            q,
            QStringLiteral("INSERT INTO survey_questions (text_ar, text_en, position, active) "
                           "VALUES (?, ?, ?, ?) RETURNING id"),
            {question.textAr, Sql::text(question.textEn), question.order,
             Sql::flag(question.active)},
            tr("Could not save the survey question."));
        if (!id)
            return id.status();
        question.id = *id;
        return AuditRepository(m_db).record(actorId, QStringLiteral("survey_question.create"),
                                            QStringLiteral("survey_question"), question.id);
    });
    if (!saved)
        return saved;
    return question;
}

Result<SurveyQuestion> SurveyRepository::updateQuestion(const SurveyQuestion &question,
                                                        qint64 actorId)
{
    if (question.textAr.trimmed().isEmpty())
        return Result<SurveyQuestion>::failure(tr("A survey question needs its Arabic text."));
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s =
                Sql::exec(q,
                          QStringLiteral("UPDATE survey_questions SET text_ar = ?, "
                                         "text_en = ?, position = ?, active = ? WHERE id = ?"),
                          {question.textAr, Sql::text(question.textEn), question.order,
                           Sql::flag(question.active), question.id},
                          tr("Could not save the survey question."));
            !s)
            return s;
        if (q.numRowsAffected() != 1)
            return Status::failure(
                tr("There is no survey question with number %1.").arg(question.id));
        return AuditRepository(m_db).record(actorId, QStringLiteral("survey_question.update"),
                                            QStringLiteral("survey_question"), question.id);
    });
    if (!saved)
        return saved;
    return question;
}

Result<QVector<SurveyQuestion>> SurveyRepository::questions(bool activeOnly) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT id, text_ar, text_en, position, active FROM "
                                            "survey_questions ") +
                                 (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString()) +
                                 QStringLiteral("ORDER BY position, id"),
                             {}, tr("Could not read the survey questions."));
        !s)
        return s;
    QVector<SurveyQuestion> out;
    while (q.next()) {
        SurveyQuestion sq;
        sq.id = q.value(0).toLongLong();
        sq.textAr = q.value(1).toString();
        sq.textEn = q.value(2).toString();
        sq.order = q.value(3).toInt();
        sq.active = q.value(4).toInt() != 0;
        out << sq;
    }
    return out;
}

Result<SurveyResponse> SurveyRepository::record(const SurveyResponse &input, qint64 actorId)
{
    SurveyResponse r = input;
    if (!r.takenAt.isValid())
        r.takenAt = Clock::instance().nowUtc();
    if (r.takenBy == 0)
        r.takenBy = actorId;
    if (r.declined)
        r.answers.clear();
    for (const SurveyAnswer &a : r.answers) {
        if (!SurveyRules::isScore(a.score))
            return Result<SurveyResponse>::failure(
                tr("Each answer is a score from 1 to 5; %1 is not.").arg(a.score));
    }
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        const QString failure = tr("Could not save the survey response.");
        const Result<qint64> id = Sql::insert(
            q,
            QStringLiteral("INSERT INTO survey_responses (case_id, taken_at, taken_by, declined, "
                           "by_phone, comment) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {r.caseId, Sql::time(r.takenAt), Sql::ref(r.takenBy), Sql::flag(r.declined),
             Sql::flag(r.byPhone), Sql::text(r.comment)},
            failure);
        if (!id)
            return id.status();
        r.id = *id;
        if (!q.prepare(QStringLiteral("INSERT INTO survey_answers (response_id, question_id, "
                                      "score) VALUES (?, ?, ?)")))
            return Database::sqlFailure(failure, q.lastError());
        for (const SurveyAnswer &a : r.answers) {
            if (Status s = Sql::execPrepared(q, {r.id, a.questionId, a.score}, failure); !s)
                return s;
        }
        return AuditRepository(m_db).record(
            actorId, QStringLiteral("survey.record"), QStringLiteral("case"), r.caseId,
            {{QStringLiteral("response"), r.id}, {QStringLiteral("declined"), r.declined}});
    });
    if (!saved)
        return saved;
    return r;
}

Result<QVector<SurveyResponse>> SurveyRepository::select(const QString &tail,
                                                         const QVariantList &values) const
{
    const QString failure = tr("Could not read the survey responses.");
    Sql::Cached statement(m_db, QStringLiteral("SELECT id, case_id, taken_at, taken_by, declined, "
                                               "by_phone, comment FROM survey_responses ") +
                                    tail);
    if (Status s = statement.exec(values, failure); !s)
        return s;
    QSqlQuery &q = statement.query();
    QVector<SurveyResponse> out;
    QHash<qint64, int> index;
    QVariantList ids;
    while (q.next()) {
        SurveyResponse r;
        r.id = q.value(0).toLongLong();
        r.caseId = q.value(1).toLongLong();
        r.takenAt = Sql::timeFrom(q.value(2));
        r.takenBy = Sql::refFrom(q.value(3));
        r.declined = q.value(4).toInt() != 0;
        r.byPhone = q.value(5).toInt() != 0;
        r.comment = q.value(6).toString();
        index.insert(r.id, int(out.size()));
        ids << r.id;
        out << r;
    }
    if (out.isEmpty())
        return out;
    // A statement of its own: q stays the cached one it was prepared as.
    QSqlQuery a(m_db.connection());
    a.setForwardOnly(true);
    if (Status s = Sql::exec(a,
                             QStringLiteral("SELECT response_id, question_id, score FROM "
                                            "survey_answers WHERE response_id IN (%1) "
                                            "ORDER BY response_id, question_id")
                                 .arg(Sql::placeholders(int(ids.size()))),
                             ids, failure);
        !s)
        return s;
    while (a.next()) {
        out[index.value(a.value(0).toLongLong())].answers
            << SurveyAnswer{a.value(1).toLongLong(), a.value(2).toInt()};
    }
    return out;
}

Result<std::optional<SurveyResponse>> SurveyRepository::responseForCase(qint64 caseId) const
{
    const auto found = select(
        QStringLiteral("WHERE case_id = ? ORDER BY taken_at DESC, id DESC LIMIT 1"), {caseId});
    if (!found)
        return found.status();
    if (found->isEmpty())
        return std::optional<SurveyResponse>();
    return std::optional<SurveyResponse>(found->first());
}

Result<QVector<SurveyResponse>>
SurveyRepository::responses(const QDateTime &from, const QDateTime &to, int limit, int offset) const
{
    return select(QStringLiteral("WHERE taken_at >= ? AND taken_at < ? ORDER BY taken_at, id "
                                 "LIMIT ? OFFSET ?"),
                  {Sql::time(from), Sql::time(to), qBound(1, limit, 5000), qMax(0, offset)});
}
