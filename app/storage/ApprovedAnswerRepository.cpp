#include "storage/ApprovedAnswerRepository.h"

#include "core/ArabicText.h"
#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

namespace {

ApprovedAnswer answerFrom(const QSqlQuery &q)
{
    ApprovedAnswer a;
    a.id = q.value(0).toLongLong();
    a.question = q.value(1).toString();
    a.answer = q.value(2).toString();
    a.sourceDocument = q.value(3).toString();
    a.active = q.value(4).toInt() != 0;
    a.updatedAt = Sql::timeFrom(q.value(5));
    a.version = q.value(6).toInt();
    return a;
}

// LIKE wildcards in what a person typed match themselves.
QString likeEscaped(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('%'), QLatin1String("\\%"));
    out.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return out;
}

} // namespace

QString ApprovedAnswerRepository::searchKey(const ApprovedAnswer &a)
{
    return ArabicText::normalise(a.question + QLatin1Char(' ') + a.answer + QLatin1Char(' ') +
                                 a.sourceDocument);
}

Result<ApprovedAnswer> ApprovedAnswerRepository::cleaned(const ApprovedAnswer &input)
{
    ApprovedAnswer a = input;
    a.question = a.question.trimmed();
    a.answer = a.answer.trimmed();
    a.sourceDocument = a.sourceDocument.trimmed();
    if (a.question.isEmpty())
        return Status::failure(tr("Write the inquiry the answer is for."));
    if (a.answer.isEmpty())
        return Status::failure(tr("Write the approved answer."));
    a.updatedAt = Clock::instance().nowUtc();
    return a;
}

Result<QVector<ApprovedAnswer>> ApprovedAnswerRepository::select(const QString &tail,
                                                                 const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT id, question, answer, source_document, active, "
                                            "updated_at, version FROM approved_answers ") +
                                 tail,
                             values, tr("Could not read the approved answers."));
        !s)
        return s;
    QVector<ApprovedAnswer> out;
    while (q.next())
        out << answerFrom(q);
    return out;
}

Result<ApprovedAnswer> ApprovedAnswerRepository::create(const ApprovedAnswer &input, qint64 actorId)
{
    Result<ApprovedAnswer> checked = cleaned(input);
    if (!checked)
        return checked;
    ApprovedAnswer a = *checked;
    a.version = 1;
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        const Result<qint64> id = Sql::insert(
            q,
            QStringLiteral("INSERT INTO approved_answers (question, answer, source_document, "
                           "search_key, search_fold, active, updated_at, version) VALUES (?, ?, "
                           "?, ?, ?, ?, ?, ?) RETURNING id"),
            {a.question, a.answer, Sql::text(a.sourceDocument), searchKey(a),
             ArabicText::secondaryText(searchKey(a)), Sql::flag(a.active), Sql::time(a.updatedAt),
             a.version},
            tr("Could not save the approved answer."));
        if (!id)
            return id.status();
        a.id = *id;
        return AuditRepository(m_db).record(actorId, QStringLiteral("approved_answer.create"),
                                            QStringLiteral("approved_answer"), a.id);
    });
    if (!saved)
        return saved;
    return a;
}

Result<ApprovedAnswer> ApprovedAnswerRepository::update(const ApprovedAnswer &input, qint64 actorId)
{
    Result<ApprovedAnswer> checked = cleaned(input);
    if (!checked)
        return checked;
    ApprovedAnswer a = *checked;
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s =
                Sql::exec(q,
                          QStringLiteral(
                              "UPDATE approved_answers SET question = ?, answer = ?, "
                              "source_document = ?, search_key = ?, search_fold = ?, active = ?, "
                              "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
                          {a.question, a.answer, Sql::text(a.sourceDocument), searchKey(a),
                           ArabicText::secondaryText(searchKey(a)), Sql::flag(a.active),
                           Sql::time(a.updatedAt), a.id, a.version},
                          tr("Could not save the approved answer."));
            !s)
            return s;
        if (q.numRowsAffected() != 1) {
            const auto stored = get(a.id);
            if (!stored)
                return stored.status();
            return Status::failure(tr("Someone else changed this answer since you opened it; "
                                      "open it again to see their change."));
        }
        ++a.version;
        return AuditRepository(m_db).record(actorId, QStringLiteral("approved_answer.update"),
                                            QStringLiteral("approved_answer"), a.id,
                                            {{QStringLiteral("active"), a.active}});
    });
    if (!saved)
        return saved;
    return a;
}

Result<ApprovedAnswer> ApprovedAnswerRepository::get(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Result<ApprovedAnswer>::failure(
            tr("There is no approved answer with number %1.").arg(id));
    return found->first();
}

Result<QVector<ApprovedAnswer>> ApprovedAnswerRepository::list(bool activeOnly) const
{
    return select((activeOnly ? QStringLiteral("WHERE active = 1 ") : QString()) +
                      QStringLiteral("ORDER BY question, id"),
                  {});
}

Result<QVector<ApprovedAnswer>> ApprovedAnswerRepository::search(const QString &text,
                                                                 int limit) const
{
    // The catalogue is small (tens to a few hundred answers): a LIKE per word
    // over the normalised key is enough. Every word is looked for as typed
    // (normalised) and, in the hamza-folded text, folded (DOMAIN.md 4.6):
    // answers holding the words as typed come first.
    const QStringList words =
        ArabicText::normalise(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList exact{QStringLiteral("1 = 1")}, folded{QStringLiteral("1 = 1")};
    QVariantList exactValues, foldedValues;
    for (const QString &w : words) {
        exact << QStringLiteral("search_key LIKE ? ESCAPE '\\'");
        exactValues << QStringLiteral("%") + likeEscaped(w) + QStringLiteral("%");
        folded << QStringLiteral("search_fold LIKE ? ESCAPE '\\'");
        foldedValues << QStringLiteral("%") + likeEscaped(ArabicText::secondaryKey(w)) +
                            QStringLiteral("%");
    }
    const QString asTyped = exact.join(QLatin1String(" AND "));
    const QVariantList values = QVariantList()
                                << exactValues << foldedValues << exactValues << qMax(1, limit);
    return select(QStringLiteral("WHERE active = 1 AND ((%1) OR (%2)) ORDER BY CASE WHEN %1 "
                                 "THEN 0 ELSE 1 END, question, id LIMIT ?")
                      .arg(asTyped, folded.join(QLatin1String(" AND "))),
                  values);
}

Status ApprovedAnswerRepository::recordGiven(const GivenAnswer &input, qint64 actorId)
{
    GivenAnswer g = input;
    if (!g.givenAt.isValid())
        g.givenAt = Clock::instance().nowUtc();
    if (g.givenBy == 0)
        g.givenBy = actorId;
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(q,
                                 QStringLiteral("INSERT INTO case_answers (case_id, answer_id, "
                                                "given_at, given_by) VALUES (?, ?, ?, ?) "
                                                "ON CONFLICT (case_id, answer_id) DO NOTHING"),
                                 {g.caseId, g.answerId, Sql::time(g.givenAt), Sql::ref(g.givenBy)},
                                 tr("Could not record the answer given."));
            !s)
            return s;
        if (q.numRowsAffected() == 0)
            return Status::success();
        return AuditRepository(m_db).record(actorId, QStringLiteral("case.answer_given"),
                                            QStringLiteral("case"), g.caseId,
                                            {{QStringLiteral("answer"), g.answerId}});
    });
}

Result<QVector<GivenAnswer>> ApprovedAnswerRepository::givenForCase(qint64 caseId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT case_id, answer_id, given_at, given_by FROM "
                                            "case_answers WHERE case_id = ? ORDER BY given_at, "
                                            "answer_id"),
                             {caseId}, tr("Could not read the answers given."));
        !s)
        return s;
    QVector<GivenAnswer> out;
    while (q.next()) {
        GivenAnswer g;
        g.caseId = q.value(0).toLongLong();
        g.answerId = q.value(1).toLongLong();
        g.givenAt = Sql::timeFrom(q.value(2));
        g.givenBy = Sql::refFrom(q.value(3));
        out << g;
    }
    return out;
}
