#include "storage/PersonEraser.h"

#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/PersonalValues.h"
#include "storage/SqlSupport.h"

#include <QDebug>

namespace {

// The person's rows in each table: every ? is the beneficiary's id.
#define ISTIQBAL_THEIR_CASES "case_id IN (SELECT id FROM cases WHERE beneficiary_id = ?)"

// Free text written about a person, column by column. Everything that holds
// such text about a beneficiary is listed here and nowhere else.
struct FreeText
{
    const char *table;
    const char *column;
    const char *rows;
    const char *label;
    // Emptied rather than marked: an eligibility override is append-only
    // except that its reason may be set to '' (schema version 6).
    bool emptied = false;
};

const FreeText kFreeTexts[] = {
    {"beneficiaries", "restriction_reason", "id = ?",
     QT_TRANSLATE_NOOP("PersonEraser", "The reason for restricting the record")},
    {"cases", "inquiry_text", "beneficiary_id = ?",
     QT_TRANSLATE_NOOP("PersonEraser", "What they asked or came for, in their cases")},
    {"cases", "answer_text", "beneficiary_id = ?",
     QT_TRANSLATE_NOOP("PersonEraser", "Answers given at the desk")},
    {"cases", "closing_reason", "beneficiary_id = ?",
     QT_TRANSLATE_NOOP("PersonEraser", "Reasons a case closed (not eligible, withdrawn)")},
    {"step_events", "note", ISTIQBAL_THEIR_CASES,
     QT_TRANSLATE_NOOP("PersonEraser", "Notes on the steps of their cases")},
    {"referrals", "question", ISTIQBAL_THEIR_CASES,
     QT_TRANSLATE_NOOP("PersonEraser", "Questions referred to the program officer")},
    {"referrals", "answer", ISTIQBAL_THEIR_CASES,
     QT_TRANSLATE_NOOP("PersonEraser", "The program officer's answers")},
    {"deliveries", "notes", ISTIQBAL_THEIR_CASES,
     QT_TRANSLATE_NOOP("PersonEraser", "Notes on deliveries")},
    {"survey_responses", "comment", ISTIQBAL_THEIR_CASES,
     QT_TRANSLATE_NOOP("PersonEraser", "Survey comments")},
    {"eligibility_overrides", "reason", ISTIQBAL_THEIR_CASES,
     QT_TRANSLATE_NOOP("PersonEraser", "Reasons for overriding the eligibility rules"), true},
    // Follow-ups done: a document's belongs to the beneficiary, the other
    // kinds' through the case (as FollowUpRepository::doneFor reads them).
    {"follow_ups_done", "note",
     "(kind = 'document' AND ref_id IN (SELECT id FROM documents WHERE beneficiary_id = ?))"
     " OR (kind = 'survey' AND ref_id IN (SELECT id FROM cases WHERE beneficiary_id = ?))"
     " OR (kind = 'approval' AND ref_id IN (SELECT v.id FROM deliveries v JOIN cases c ON "
     "c.id = v.case_id WHERE c.beneficiary_id = ?))"
     " OR (kind = 'referral' AND ref_id IN (SELECT r.id FROM referrals r JOIN cases c ON "
     "c.id = r.case_id WHERE c.beneficiary_id = ?))",
     QT_TRANSLATE_NOOP("PersonEraser", "Notes on follow-ups done")},
    {"data_requests", "details", "beneficiary_id = ?",
     QT_TRANSLATE_NOOP("PersonEraser", "Details of their data requests")},
    {"data_requests", "outcome", "beneficiary_id = ?",
     QT_TRANSLATE_NOOP("PersonEraser", "What was done about their data requests")},
    // Programs they asked for themselves (issue 16): their words and the name
    // of whoever signed the declaration.
    {"program_requests", "program_text", "beneficiary_id = ?",
     QT_TRANSLATE_NOOP("PersonEraser", "Programs they asked for, in their words")},
    {"program_requests", "audience", "beneficiary_id = ?",
     QT_TRANSLATE_NOOP("PersonEraser", "The audience of programs they asked for")},
    {"program_requests", "place", "beneficiary_id = ?",
     QT_TRANSLATE_NOOP("PersonEraser", "The place of programs they asked for")},
    {"program_requests", "declarant_name", "beneficiary_id = ?",
     QT_TRANSLATE_NOOP("PersonEraser", "Who signed the declaration on their program requests")},
};

#undef ISTIQBAL_THEIR_CASES

// Rows removed whole: the search keys made from the names (both kinds, DOMAIN.md
// 4.6, counted as one), and the values corrections replaced (kept beside the
// audit trail for this purpose).
struct RemovedRows
{
    const char *table;
    const char *label;
    const char *alsoTable = nullptr;
};

const RemovedRows kRemovedRows[] = {
    {"name_tokens", QT_TRANSLATE_NOOP("PersonEraser", "Search keys made from the names"),
     "name_folds"},
    {"personal_values",
     QT_TRANSLATE_NOOP("PersonEraser", "Values kept from corrections and restrictions")},
};

QStringList tablesOf(const RemovedRows &r)
{
    QStringList out{QLatin1String(r.table)};
    if (r.alsoTable)
        out << QLatin1String(r.alsoTable);
    return out;
}

QVariantList idFor(const char *rows, qint64 id)
{
    return QVariantList(int(QByteArray(rows).count('?')), id);
}

QString textWhere(const FreeText &t)
{
    // (The mark is this program's constant, written into the SQL as is.)
    return QStringLiteral("(%1) AND %2 NOT IN ('', '%3')")
        .arg(QLatin1String(t.rows), QLatin1String(t.column), PersonEraser::removedMark());
}

struct Stored
{
    bool found = false;
    QDateTime anonymisedAt;
    QString birthDate;
    bool hasName = false;
    bool hasIdNumber = false;
    bool hasPhone = false;
    bool hasDistrict = false;
};

} // namespace

namespace {

Result<Stored> readStored(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT anonymised_at, birth_date, first_name || "
                                            "father_name || grandfather_name || family_name || "
                                            "full_name, id_number, phone, district FROM "
                                            "beneficiaries WHERE id = ?"),
                             {id}, PersonEraser::tr("Could not read the beneficiary."));
        !s)
        return s;
    Stored out;
    if (!q.next())
        return out;
    out.found = true;
    out.anonymisedAt = Sql::timeFrom(q.value(0));
    out.birthDate = q.value(1).toString();
    out.hasName = !q.value(2).toString().isEmpty();
    out.hasIdNumber = !q.value(3).toString().isEmpty();
    out.hasPhone = !q.value(4).toString().isEmpty();
    out.hasDistrict = !q.value(5).toString().isEmpty();
    return out;
}

Status unknownPerson(qint64 id)
{
    return Status::failure(
        PersonEraser::tr("There is no beneficiary with record number %1.").arg(id));
}

} // namespace

Result<std::optional<qint64>> PersonEraser::find(const QString &key) const
{
    const QString k = key.trimmed();
    if (k.isEmpty())
        return std::optional<qint64>();
    if (k.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const qint64 id = k.mid(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return std::optional<qint64>();
        const Result<Stored> stored = readStored(m_db, id);
        if (!stored)
            return stored.status();
        return stored->found ? std::optional<qint64>(id) : std::optional<qint64>();
    }
    QSqlQuery q(m_db.connection());
    if (Status s = Sql::exec(
            q,
            QStringLiteral("SELECT id FROM beneficiaries WHERE id_number = ? OR file_number = ? "
                           "ORDER BY id"),
            {k, k}, tr("Could not read the beneficiary."));
        !s)
        return s;
    QVector<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.size() > 1)
        return Status::failure(tr("%1 names more than one record; give the record number "
                                  "instead (#%2 or #%3).")
                                   .arg(k)
                                   .arg(ids.at(0))
                                   .arg(ids.at(1)));
    return ids.isEmpty() ? std::optional<qint64>() : std::optional<qint64>(ids.first());
}

Result<ErasurePreview> PersonEraser::preview(qint64 beneficiaryId) const
{
    const Result<Stored> stored = readStored(m_db, beneficiaryId);
    if (!stored)
        return stored.status();
    if (!stored->found)
        return unknownPerson(beneficiaryId);
    ErasurePreview p;
    p.beneficiaryId = beneficiaryId;
    p.anonymisedAt = stored->anonymisedAt;
    const auto add = [&p](const QString &label, qint64 count) {
        if (count > 0)
            p.items.push_back({label, count});
    };
    add(tr("Names"), stored->hasName);
    add(tr("ID number"), stored->hasIdNumber);
    add(tr("Phone"), stored->hasPhone);
    add(tr("Birth date (the year is kept)"), !stored->birthDate.isEmpty());
    add(tr("District"), stored->hasDistrict);
    QSqlQuery q(m_db.connection());
    const auto count = [&](const QString &sql, const QVariantList &values) -> Result<qint64> {
        if (Status s = Sql::exec(q, sql, values, tr("Could not read the beneficiary.")); !s)
            return s;
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    for (const RemovedRows &r : kRemovedRows) {
        qint64 rows = 0;
        for (const QString &table : tablesOf(r)) {
            const Result<qint64> n =
                count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE beneficiary_id = ?").arg(table),
                      {beneficiaryId});
            if (!n)
                return n.status();
            rows += *n;
        }
        add(tr(r.label), rows);
    }
    for (const FreeText &t : kFreeTexts) {
        const Result<qint64> n = count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2")
                                           .arg(QLatin1String(t.table), textWhere(t)),
                                       idFor(t.rows, beneficiaryId));
        if (!n)
            return n.status();
        add(tr(t.label), *n);
    }
    return p;
}

Status PersonEraser::erase(qint64 beneficiaryId, qint64 actorId, const QJsonObject &auditDetails)
{
    const Status done = eraseWithin(beneficiaryId, actorId, auditDetails);
    if (!done)
        return done;
    // Committed: the person is anonymised whatever the checkpoint does. One
    // that cannot finish now (another connection is reading) leaves the old
    // pages in the log until SQLite's next checkpoint, which is said in the
    // program's log.
    if (Status flushed = flush(); !flushed)
        qWarning().noquote() << flushed.error();
    return Status::success();
}

Status PersonEraser::eraseWithin(qint64 beneficiaryId, qint64 actorId,
                                 const QJsonObject &auditDetails)
{
    // (A transaction of its own, or a savepoint within the caller's.)
    return m_db.transaction([&]() -> Status {
        const Result<Stored> stored = readStored(m_db, beneficiaryId);
        if (!stored)
            return stored.status();
        if (!stored->found)
            return unknownPerson(beneficiaryId);
        if (stored->anonymisedAt.isValid())
            return Status::failure(tr("This beneficiary's record was already anonymised on %1.")
                                       .arg(Clock::deskMinute(stored->anonymisedAt)));
        const QDate born = QDate::fromString(stored->birthDate, Qt::ISODate);
        const QDateTime now = Clock::instance().nowUtc();
        const QString failure = tr("Could not anonymise the beneficiary's record.");
        QSqlQuery q(m_db.connection());
        // The names are NOT NULL columns: empty. The ID number and phone
        // become NULL, which their unique and search indexes leave out.
        if (Status s = Sql::exec(
                q,
                QStringLiteral(
                    "UPDATE beneficiaries SET first_name = '', father_name = '', "
                    "grandfather_name = '', family_name = '', full_name = '', id_number = NULL, "
                    "phone = NULL, birth_date = NULL, birth_year = ?, district = '', "
                    // A Hijri birth date as written keeps only its year too.
                    "birth_hijri = CASE WHEN birth_calendar = 'hijri' THEN "
                    "substr(birth_hijri, 1, 4) ELSE '' END, "
                    "anonymised_at = ?, updated_at = ?, version = version + 1 "
                    "WHERE id = ? AND anonymised_at IS NULL"),
                {born.isValid() ? born.year() : 0, Sql::time(now), Sql::time(now), beneficiaryId},
                failure);
            !s)
            return s;
        if (q.numRowsAffected() != 1)
            return Status::failure(failure);
        // The values corrections and restrictions replaced go through their
        // own class, which keeps them beside the audit trail for this.
        if (const Result<qint64> forgotten = PersonalValues(m_db).forget(beneficiaryId); !forgotten)
            return forgotten.status();
        for (const RemovedRows &r : kRemovedRows) {
            if (QLatin1String(r.table) == QLatin1String("personal_values"))
                continue;
            for (const QString &table : tablesOf(r)) {
                if (Status s = Sql::exec(
                        q, QStringLiteral("DELETE FROM %1 WHERE beneficiary_id = ?").arg(table),
                        {beneficiaryId}, failure);
                    !s)
                    return s;
            }
        }
        for (const FreeText &t : kFreeTexts) {
            QVariantList values{t.emptied ? QString(QLatin1String("")) : removedMark()};
            values += idFor(t.rows, beneficiaryId);
            if (Status s = Sql::exec(
                    q,
                    QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3")
                        .arg(QLatin1String(t.table), QLatin1String(t.column), textWhere(t)),
                    values, failure);
                !s)
                return s;
        }
        if (Status s = m_db.notifyChange(QStringLiteral("beneficiary"), beneficiaryId); !s)
            return s;
        return AuditRepository(m_db).record(actorId, QStringLiteral("beneficiary.anonymise"),
                                            QStringLiteral("beneficiary"), beneficiaryId,
                                            auditDetails);
    });
}

Status PersonEraser::flush()
{
    if (m_db.dialect().isPostgreSQL() || m_db.isReadOnly())
        return Status::success();
    QSqlQuery q(m_db.connection());
    if (Status s = Sql::exec(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {},
                             tr("Could not write the log of changes into the database file."));
        !s)
        return s;
    // (busy, frames in the log, frames written back): busy means a reader
    // kept the log from being emptied.
    if (q.next() && q.value(0).toInt() != 0)
        return Status::failure(tr("The log of changes could not be emptied into the database "
                                  "file now: another connection is reading it."));
    return Status::success();
}
