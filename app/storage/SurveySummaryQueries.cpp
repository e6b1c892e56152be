#include "storage/SurveySummaryQueries.h"

#include "core/Domain.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

namespace {

// The range's cases: "c.arrival_at >= ? AND c.arrival_at < ?".
const QString kCasesInRange = QStringLiteral("c.arrival_at >= ? AND c.arrival_at < ?");

} // namespace

Result<SurveyCounts> SurveySummaryQueries::counts(const TimeRange &r) const
{
    SummaryQueries base(m_db);
    SurveyCounts out;
    const Result<qint64> offered = base.scalar(
        QStringLiteral("SELECT COUNT(*) FROM cases c WHERE ") + kCasesInRange +
            QStringLiteral(" AND (c.status IN (?, ?) OR (c.status = ? AND c.step = ?))"),
        {Sql::time(r.from), Sql::time(r.to), Domain::code(CaseStatus::Closed),
         Domain::code(CaseStatus::InquiryAnswered), Domain::code(CaseStatus::Open),
         Domain::code(Step::Survey)});
    if (!offered)
        return offered.status();
    out.offered = *offered;
    const Result<qint64> answered = base.scalar(
        QStringLiteral("SELECT COUNT(DISTINCT r.case_id) FROM survey_responses r JOIN cases c "
                       "ON c.id = r.case_id WHERE ") +
            kCasesInRange + QStringLiteral(" AND r.declined = 0"),
        SummaryQueries::bounds(r));
    if (!answered)
        return answered.status();
    out.answered = *answered;
    const Result<qint64> declined = base.scalar(
        QStringLiteral("SELECT COUNT(DISTINCT r.case_id) FROM survey_responses r JOIN cases c "
                       "ON c.id = r.case_id WHERE ") +
            kCasesInRange +
            QStringLiteral(" AND r.declined = 1 AND NOT EXISTS (SELECT 1 FROM survey_responses "
                           "a WHERE a.case_id = r.case_id AND a.declined = 0)"),
        SummaryQueries::bounds(r));
    if (!declined)
        return declined.status();
    out.declined = *declined;
    return out;
}

Result<QVector<QuestionScoreCount>>
SurveySummaryQueries::scoreDistribution(const TimeRange &r) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(
            q,
            QStringLiteral("SELECT a.question_id, qu.text_ar, qu.text_en, qu.position, a.score, "
                           "COUNT(*) FROM survey_answers a "
                           "JOIN survey_responses r ON r.id = a.response_id "
                           "JOIN cases c ON c.id = r.case_id "
                           "JOIN survey_questions qu ON qu.id = a.question_id WHERE ") +
                kCasesInRange +
                QStringLiteral(" AND r.declined = 0 GROUP BY a.question_id, qu.text_ar, "
                               "qu.text_en, qu.position, a.score "
                               "ORDER BY qu.position, a.question_id, a.score"),
            SummaryQueries::bounds(r), tr("Could not compute the survey figures."));
        !s)
        return s;
    QVector<QuestionScoreCount> out;
    while (q.next()) {
        QuestionScoreCount row;
        row.questionId = q.value(0).toLongLong();
        row.textAr = q.value(1).toString();
        row.textEn = q.value(2).toString();
        row.position = q.value(3).toInt();
        row.score = q.value(4).toInt();
        row.count = q.value(5).toLongLong();
        out << row;
    }
    return out;
}

Result<QVector<GroupScores>> SurveySummaryQueries::scoresBy(const QString &idColumn,
                                                            const QString &join,
                                                            const QString &names,
                                                            const TimeRange &r) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s =
            Sql::exec(q,
                      QStringLiteral("SELECT %1, %2, COUNT(DISTINCT r.id), COUNT(*), SUM(a.score) "
                                     "FROM survey_answers a "
                                     "JOIN survey_responses r ON r.id = a.response_id "
                                     "JOIN cases c ON c.id = r.case_id %3 WHERE ")
                              .arg(idColumn, names, join) +
                          kCasesInRange +
                          QStringLiteral(" AND r.declined = 0 GROUP BY %1, %2 "
                                         "ORDER BY COUNT(DISTINCT r.id) DESC, %1")
                              .arg(idColumn, names),
                      SummaryQueries::bounds(r), tr("Could not compute the survey figures."));
        !s)
        return s;
    QVector<GroupScores> out;
    while (q.next()) {
        GroupScores g;
        g.id = Sql::refFrom(q.value(0));
        g.nameAr = q.value(1).toString();
        g.nameEn = q.value(2).toString();
        g.responses = q.value(3).toLongLong();
        g.answers = q.value(4).toLongLong();
        g.scoreSum = q.value(5).toLongLong();
        out << g;
    }
    return out;
}

Result<QVector<GroupScores>> SurveySummaryQueries::scoresByService(const TimeRange &r) const
{
    return scoresBy(QStringLiteral("c.service_id"),
                    QStringLiteral("LEFT JOIN services n ON n.id = c.service_id"),
                    QStringLiteral("n.name_ar, n.name_en"), r);
}

Result<QVector<GroupScores>> SurveySummaryQueries::scoresByStaff(const TimeRange &r) const
{
    return scoresBy(QStringLiteral("c.received_by"),
                    QStringLiteral("LEFT JOIN users n ON n.id = c.received_by"),
                    QStringLiteral("n.display_name, n.username"), r);
}

Result<QVector<TextCount>> SurveySummaryQueries::comments(const TimeRange &r, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT r.comment, COUNT(*) AS n FROM survey_responses "
                                            "r JOIN cases c ON c.id = r.case_id WHERE ") +
                                 kCasesInRange +
                                 QStringLiteral(" AND r.comment <> '' GROUP BY r.comment "
                                                "ORDER BY n DESC, r.comment LIMIT ?"),
                             {Sql::time(r.from), Sql::time(r.to), qMax(0, limit)},
                             tr("Could not compute the survey figures."));
        !s)
        return s;
    QVector<TextCount> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

Result<CommentCount> SurveySummaryQueries::commentCount(const TimeRange &r) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s =
            Sql::exec(q,
                      QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT r.comment) FROM "
                                     "survey_responses r JOIN cases c ON c.id = "
                                     "r.case_id WHERE ") +
                          kCasesInRange + QStringLiteral(" AND r.comment <> ''"),
                      SummaryQueries::bounds(r), tr("Could not compute the survey figures."));
        !s)
        return s;
    CommentCount out;
    if (q.next()) {
        out.total = q.value(0).toLongLong();
        out.distinct = q.value(1).toLongLong();
    }
    return out;
}

Result<QVector<AnswerCount>> SurveySummaryQueries::mostGivenAnswers(const TimeRange &r,
                                                                    int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(
            q,
            QStringLiteral("SELECT g.answer_id, a.question, a.source_document, COUNT(*) AS n "
                           "FROM case_answers g JOIN cases c ON c.id = g.case_id "
                           "JOIN approved_answers a ON a.id = g.answer_id WHERE ") +
                kCasesInRange +
                QStringLiteral(" GROUP BY g.answer_id, a.question, a.source_document "
                               "ORDER BY n DESC, g.answer_id LIMIT ?"),
            {Sql::time(r.from), Sql::time(r.to), qMax(0, limit)},
            tr("Could not compute the inquiry figures."));
        !s)
        return s;
    QVector<AnswerCount> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toLongLong()});
    return out;
}

Result<qint64> SurveySummaryQueries::casesWithGivenAnswers(const TimeRange &r) const
{
    return SummaryQueries(m_db).scalar(
        QStringLiteral("SELECT COUNT(DISTINCT g.case_id) FROM case_answers g JOIN cases c ON "
                       "c.id = g.case_id WHERE ") +
            kCasesInRange,
        SummaryQueries::bounds(r));
}
