#include "storage/BulkWriter.h"

#include "core/ArabicText.h"
#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/BeneficiaryRow.h"
#include "storage/Database.h"
#include "storage/Rows.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>
#include <QRegularExpression>

struct BulkWriter::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : beneficiary(db), token(db), fold(db), kase(db), stepEvent(db), referral(db), delivery(db),
          response(db), answer(db), given(db)
    {}
    QSqlQuery beneficiary, token, fold, kase, stepEvent, referral, delivery, response, answer,
        given;
    QHash<const QSqlQuery *, bool> ready;
};

BulkWriter::BulkWriter(Database &db, int batchSize) : m_db(db), m_batchSize(batchSize) {}

BulkWriter::~BulkWriter()
{
    if (m_active)
        abandon();
}

Status BulkWriter::begin()
{
    if (m_active)
        return Status::success();
    if (!m_db.isOpen())
        return Status::failure(tr("The database is not open."));
    if (m_db.inTransaction())
        return Status::failure(tr("A bulk write cannot start inside another transaction."));
    if (!m_st)
        m_st = std::make_unique<Statements>(m_db.connection());
    if (Status s = m_db.beginWrite(); !s)
        return s;
    m_active = true;
    m_inBatch = 0;
    return Status::success();
}

Result<QSqlQuery *> BulkWriter::prepared(QSqlQuery *q, const QString &sql)
{
    if (!m_st->ready.value(q)) {
        if (!q->prepare(sql))
            return Database::sqlFailure(tr("Could not prepare the bulk write."), q->lastError());
        m_st->ready.insert(q, true);
    }
    return q;
}

Result<qint64> BulkWriter::insert(QSqlQuery *q, const QString &sql, const QVariantList &values)
{
    if (!m_active)
        return Result<qint64>::failure(tr("The bulk write has not been started."));
    const Result<QSqlQuery *> p = prepared(q, sql);
    if (!p)
        return p.status();
    return Sql::insertPrepared(*q, values, tr("Could not write the records."));
}

Status BulkWriter::rowDone()
{
    ++m_rows;
    if (m_batchSize > 0 && ++m_inBatch >= m_batchSize)
        return commitBatch();
    return Status::success();
}

Status BulkWriter::saveSequences()
{
    QSqlQuery q(m_db.connection());
    for (auto it = m_fileSequences.cbegin(); it != m_fileSequences.cend(); ++it) {
        if (Status s = Sql::exec(
                q,
                QStringLiteral("INSERT INTO file_number_sequences (hijri_year, last_number) "
                               "VALUES (?, ?) ON CONFLICT (hijri_year) DO UPDATE SET last_number "
                               "= CASE WHEN excluded.last_number > "
                               "file_number_sequences.last_number THEN excluded.last_number "
                               "ELSE file_number_sequences.last_number END"),
                {it.key(), it.value()}, tr("Could not write the records."));
            !s)
            return s;
    }
    return Status::success();
}

Status BulkWriter::commitBatch()
{
    if (Status s = saveSequences(); !s)
        return s;
    if (Status s = m_db.endWrite(true); !s)
        return s;
    m_inBatch = 0;
    return m_db.beginWrite();
}

void BulkWriter::abandon()
{
    if (!m_active)
        return;
    // A rollback that fails keeps nothing either: the open transaction ends
    // with the connection, and abandon() has no one to tell.
    (void)m_db.endWrite(false);
    m_active = false;
    m_st.reset();
}

Status BulkWriter::finish(qint64 actorId, const QString &action)
{
    if (!m_active)
        return Status::failure(tr("The bulk write has not been started."));
    if (Status s = saveSequences(); !s) {
        abandon();
        return s;
    }
    const Status audited =
        AuditRepository(m_db).record(actorId, action, QStringLiteral("database"), 0,
                                     {{QStringLiteral("beneficiaries"), m_beneficiaries},
                                      {QStringLiteral("cases"), m_cases},
                                      {QStringLiteral("rows"), m_rows}});
    if (!audited) {
        abandon();
        return audited;
    }
    m_st.reset(); // finish the prepared statements before COMMIT
    const Status committed = m_db.endWrite(true);
    if (!committed) {
        m_active = false;
        return committed;
    }
    m_active = false;
    // The planner's statistics of the tables just filled (PostgreSQL), so
    // search keeps to its indexes at once.
    for (const QString &sql : m_db.dialect().afterBulkLoad()) {
        if (Status s = m_db.execute(sql, tr("Cannot save the changes.")); !s)
            return s;
    }
    return Status::success();
}

Result<qint64> BulkWriter::addBeneficiary(const Beneficiary &input)
{
    Beneficiary b = input;
    if (b.name.first.trimmed().isEmpty() || b.name.family.trimmed().isEmpty())
        return Result<qint64>::failure(tr("The first name and the family name are required."));
    if (!b.createdAt.isValid())
        b.createdAt = Clock::instance().nowUtc();
    if (!b.updatedAt.isValid())
        b.updatedAt = b.createdAt;
    if (b.version <= 0)
        b.version = 1;
    const Result<qint64> id =
        insert(&m_st->beneficiary, BeneficiaryRow::insertSql(), BeneficiaryRow::insertValues(b));
    if (!id)
        return id;
    const Result<QSqlQuery *> token = prepared(&m_st->token, Rows::nameTokenInsertSql());
    if (!token)
        return token.status();
    const QStringList keys = Rows::nameKeys(b.name);
    for (const QString &key : keys) {
        if (Status s =
                Sql::execPrepared(m_st->token, {*id, key}, tr("Could not write the records."));
            !s)
            return s;
    }
    const QStringList folds = ArabicText::secondaryKeys(keys);
    if (!folds.isEmpty()) {
        const Result<QSqlQuery *> fold = prepared(&m_st->fold, Rows::nameFoldInsertSql());
        if (!fold)
            return fold.status();
        for (const QString &key : folds) {
            if (Status s =
                    Sql::execPrepared(m_st->fold, {*id, key}, tr("Could not write the records."));
                !s)
                return s;
        }
    }
    static const QRegularExpression fileNumber(QStringLiteral("^(\\d{4})-(\\d+)$"));
    if (const auto m = fileNumber.match(b.fileNumber); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        m_fileSequences[year] = qMax(m_fileSequences.value(year), m.captured(2).toLongLong());
    }
    ++m_beneficiaries;
    if (Status s = rowDone(); !s)
        return s;
    return id;
}

Result<qint64> BulkWriter::addCase(const Case &input)
{
    Case c = input;
    if (!c.arrivalAt.isValid())
        c.arrivalAt = Clock::instance().nowUtc();
    if (c.version <= 0)
        c.version = 1;
    const Result<qint64> id = insert(&m_st->kase, Rows::caseInsertSql(), Rows::caseInsertValues(c));
    if (!id)
        return id;
    ++m_cases;
    if (Status s = rowDone(); !s)
        return s;
    return id;
}

Result<qint64> BulkWriter::addStepEvent(const StepEvent &e)
{
    const Result<qint64> id =
        insert(&m_st->stepEvent, Rows::stepEventInsertSql(), Rows::stepEventInsertValues(e));
    if (!id)
        return id;
    if (Status s = rowDone(); !s)
        return s;
    return id;
}

Result<qint64> BulkWriter::addReferral(const Referral &r)
{
    const Result<qint64> id =
        insert(&m_st->referral, Rows::referralInsertSql(), Rows::referralInsertValues(r));
    if (!id)
        return id;
    if (Status s = rowDone(); !s)
        return s;
    return id;
}

Result<qint64> BulkWriter::addDelivery(const Delivery &d)
{
    const Result<qint64> id =
        insert(&m_st->delivery, Rows::deliveryInsertSql(), Rows::deliveryInsertValues(d));
    if (!id)
        return id;
    if (Status s = rowDone(); !s)
        return s;
    return id;
}

Result<qint64> BulkWriter::addSurveyResponse(const SurveyResponse &r)
{
    const Result<qint64> id = insert(
        &m_st->response,
        QStringLiteral("INSERT INTO survey_responses (case_id, taken_at, taken_by, declined, "
                       "by_phone, comment) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {r.caseId, Sql::time(r.takenAt.isValid() ? r.takenAt : Clock::instance().nowUtc()),
         Sql::ref(r.takenBy), Sql::flag(r.declined), Sql::flag(r.byPhone), Sql::text(r.comment)});
    if (!id)
        return id;
    const Result<QSqlQuery *> answer = prepared(
        &m_st->answer, QStringLiteral("INSERT INTO survey_answers (response_id, question_id, "
                                      "score) VALUES (?, ?, ?)"));
    if (!answer)
        return answer.status();
    for (const SurveyAnswer &a : r.answers) {
        if (Status s = Sql::execPrepared(m_st->answer, {*id, a.questionId, a.score},
                                         tr("Could not write the records."));
            !s)
            return s;
    }
    if (Status s = rowDone(); !s)
        return s;
    return id;
}

Status BulkWriter::addGivenAnswer(const GivenAnswer &g)
{
    if (!m_active)
        return Status::failure(tr("The bulk write has not been started."));
    const Result<QSqlQuery *> q =
        prepared(&m_st->given, QStringLiteral("INSERT INTO case_answers (case_id, answer_id, "
                                              "given_at, given_by) VALUES (?, ?, ?, ?)"));
    if (!q)
        return q.status();
    if (Status s = Sql::execPrepared(
            m_st->given, {g.caseId, g.answerId, Sql::time(g.givenAt), Sql::ref(g.givenBy)},
            tr("Could not write the records."));
        !s)
        return s;
    return rowDone();
}
