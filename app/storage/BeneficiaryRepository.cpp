#include "storage/BeneficiaryRepository.h"

#include "core/ArabicText.h"

#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/BeneficiaryChanges.h"
#include "storage/BeneficiaryRow.h"
#include "storage/Database.h"
#include "storage/PersonalValues.h"
#include "storage/Rows.h"
#include "storage/SqlSupport.h"

#include <QJsonArray>
#include <QJsonObject>

Status BeneficiaryRepository::recordCorrection(const Beneficiary &before, const Beneficiary &after,
                                               qint64 actorId)
{
    // The chained details name the fields; the values go beside the row
    // (PersonalValues), where destroying the person's data can reach them.
    const QJsonObject details{
        {QStringLiteral("fields"),
         QJsonArray::fromStringList(BeneficiaryChanges::fields(before, after))},
        {QStringLiteral("version"), after.version}};
    const QJsonObject values = BeneficiaryChanges::between(before, after);
    if (values.isEmpty())
        return AuditRepository(m_db).record(actorId, QStringLiteral("beneficiary.update"),
                                            QStringLiteral("beneficiary"), after.id, details);
    return PersonalValues(m_db)
        .record(actorId, QStringLiteral("beneficiary.update"), QStringLiteral("beneficiary"),
                after.id, details, after.id, values)
        .status();
}

Status BeneficiaryRepository::staleRefusal(qint64 beneficiaryId) const
{
    return AuditRepository(m_db).staleRefusal(
        QStringLiteral("beneficiary"), beneficiaryId,
        {QStringLiteral("beneficiary.update"), QStringLiteral("beneficiary.file_number"),
         QStringLiteral("beneficiary.restrict"), QStringLiteral("beneficiary.unrestrict")},
        tr("%1 saved this beneficiary's record at %2, after you opened it. Reload the record to "
           "see their changes, then make yours again."),
        tr("Someone else saved this beneficiary's record at %1, after you opened it. Reload the "
           "record to see their changes, then make yours again."),
        tr("Someone else saved this beneficiary's record after you opened it. Reload it "
           "and make your changes again."));
}

QString BeneficiaryRepository::formatFileNumber(int hijriYear, qint64 sequence)
{
    return QStringLiteral("%1-%2").arg(hijriYear).arg(sequence, 6, 10, QLatin1Char('0'));
}

Status BeneficiaryRepository::validate(const Beneficiary &b) const
{
    if (b.name.first.trimmed().isEmpty() || b.name.family.trimmed().isEmpty())
        return Status::failure(tr("The first name and the family name are required."));
    return Status::success();
}

Status BeneficiaryRepository::checkUniqueId(const Beneficiary &b) const
{
    if (b.idNumber.isEmpty())
        return Status::success();
    QSqlQuery q(m_db.connection());
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT id, full_name FROM beneficiaries "
                                            "WHERE id_number = ? AND id_type = ? AND id <> ?"),
                             {b.idNumber, Domain::code(b.idType), b.id},
                             tr("Could not check the identity number."));
        !s)
        return s;
    if (q.next())
        return Status::failure(
            tr("Another beneficiary, %1, is already registered with this %2 "
               "(%3).")
                .arg(q.value(1).toString(), Domain::label(b.idType), b.idNumber));
    return Status::success();
}

Status BeneficiaryRepository::writeNameKeys(qint64 beneficiaryId, const PersonName &name,
                                            bool replace)
{
    const QString failure = tr("Could not update the name search index.");
    QSqlQuery q(m_db.connection());
    if (replace) {
        for (const char *table : {"name_tokens", "name_folds"}) {
            if (Status s = Sql::exec(q,
                                     QStringLiteral("DELETE FROM %1 WHERE beneficiary_id = ?")
                                         .arg(QLatin1String(table)),
                                     {beneficiaryId}, failure);
                !s)
                return s;
        }
    }
    const QStringList keys = Rows::nameKeys(name);
    if (!q.prepare(Rows::nameTokenInsertSql()))
        return Database::sqlFailure(failure, q.lastError());
    for (const QString &key : keys) {
        if (Status s = Sql::execPrepared(q, {beneficiaryId, key}, failure); !s)
            return s;
    }
    const QStringList folds = ArabicText::secondaryKeys(keys);
    if (folds.isEmpty())
        return Status::success();
    if (!q.prepare(Rows::nameFoldInsertSql()))
        return Database::sqlFailure(failure, q.lastError());
    for (const QString &key : folds) {
        if (Status s = Sql::execPrepared(q, {beneficiaryId, key}, failure); !s)
            return s;
    }
    return Status::success();
}

Result<Beneficiary> BeneficiaryRepository::create(const Beneficiary &input, qint64 actorId)
{
    if (Status s = validate(input); !s)
        return s;
    Beneficiary b = input;
    b.id = 0;
    b.fileNumber.clear();
    b.createdAt = b.updatedAt = Clock::instance().nowUtc();
    b.version = 1;
    const Status saved = m_db.transaction([&]() -> Status {
        if (Status s = checkUniqueId(b); !s)
            return s;
        QSqlQuery q(m_db.connection());
        const Result<qint64> id =
            Sql::insert(q, BeneficiaryRow::insertSql(), BeneficiaryRow::insertValues(b),
                        tr("Could not save the new beneficiary."));
        if (!id)
            return id.status();
        b.id = *id;
        if (Status s = writeNameKeys(b.id, b.name, false); !s)
            return s;
        if (Status s = m_db.notifyChange(QStringLiteral("beneficiary"), b.id); !s)
            return s;
        return AuditRepository(m_db).record(actorId, QStringLiteral("beneficiary.create"),
                                            QStringLiteral("beneficiary"), b.id);
    });
    if (!saved)
        return saved;
    return b;
}

Result<Beneficiary> BeneficiaryRepository::update(const Beneficiary &input, qint64 actorId)
{
    if (Status s = validate(input); !s)
        return s;
    Beneficiary b = input;
    const Status saved = m_db.transaction([&]() -> Status {
        const Result<Beneficiary> stored = get(b.id);
        if (!stored)
            return stored.status();
        // Anonymised for good (issue 13): writing values again would undo it.
        if (stored->isAnonymised())
            return Status::failure(
                tr("This person's data was destroyed; their record can no longer be changed."));
        if (stored->version != b.version)
            return staleRefusal(b.id);
        if (Status s = checkUniqueId(b); !s)
            return s;
        b.fileNumber = stored->fileNumber;
        b.createdAt = stored->createdAt;
        b.updatedAt = Clock::instance().nowUtc();
        b.version = stored->version + 1;
        QSqlQuery q(m_db.connection());
        const QString failure = tr("Could not save the beneficiary.");
        if (Status s = Sql::exec(q, BeneficiaryRow::updateSql(),
                                 BeneficiaryRow::updateValues(b, stored->version), failure);
            !s)
            return s;
        if (q.numRowsAffected() != 1)
            return staleRefusal(b.id);
        if (!(stored->name == b.name)) {
            if (Status s = writeNameKeys(b.id, b.name, true); !s)
                return s;
        }
        if (Status s = m_db.notifyChange(QStringLiteral("beneficiary"), b.id); !s)
            return s;
        return recordCorrection(*stored, b, actorId);
    });
    if (!saved)
        return saved;
    return b;
}

Result<Beneficiary> BeneficiaryRepository::get(qint64 id) const
{
    Sql::Cached statement(m_db, BeneficiaryRow::selectSql() + QStringLiteral(" WHERE id = ?"));
    if (Status s = statement.exec({id}, tr("Could not read the beneficiary.")); !s)
        return s;
    QSqlQuery &q = statement.query();
    if (!q.next())
        return Status::failure(tr("There is no beneficiary with record number %1.").arg(id));
    return BeneficiaryRow::from(q);
}

Result<std::optional<Beneficiary>>
BeneficiaryRepository::findByIdNumber(IdType type, const QString &number) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(
            q, BeneficiaryRow::selectSql() + QStringLiteral(" WHERE id_number = ? AND id_type = ?"),
            {number, Domain::code(type)}, tr("Could not read the beneficiary."));
        !s)
        return s;
    if (!q.next())
        return std::optional<Beneficiary>();
    return std::optional<Beneficiary>(BeneficiaryRow::from(q));
}

Result<qint64> BeneficiaryRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (Status s = Sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM beneficiaries"), {},
                             tr("Could not count the beneficiaries."));
        !s)
        return s;
    if (!q.next())
        return Database::sqlFailure(tr("Could not count the beneficiaries."), q.lastError());
    return q.value(0).toLongLong();
}

Result<qint64> BeneficiaryRepository::nextSequence(int hijriYear)
{
    QSqlQuery q(m_db.connection());
    return Sql::insert(q,
                       QStringLiteral("INSERT INTO file_number_sequences (hijri_year, last_number) "
                                      "VALUES (?, 1) ON CONFLICT (hijri_year) DO UPDATE SET "
                                      "last_number = file_number_sequences.last_number + 1 "
                                      "RETURNING last_number"),
                       {hijriYear}, tr("Could not issue a file number."));
}

Result<QString> BeneficiaryRepository::issueFileNumber(qint64 beneficiaryId, int hijriYear,
                                                       qint64 actorId)
{
    if (hijriYear < 1300 || hijriYear > 1700)
        return Result<QString>::failure(tr("%1 is not a valid Hijri year.").arg(hijriYear));
    QString number;
    const Status saved = m_db.transaction([&]() -> Status {
        const Result<Beneficiary> stored = get(beneficiaryId);
        if (!stored)
            return stored.status();
        if (!stored->fileNumber.isEmpty()) {
            number = stored->fileNumber;
            return Status::success();
        }
        const Result<qint64> sequence = nextSequence(hijriYear);
        if (!sequence)
            return sequence.status();
        number = formatFileNumber(hijriYear, *sequence);
        QSqlQuery q(m_db.connection());
        if (Status s =
                Sql::exec(q,
                          QStringLiteral("UPDATE beneficiaries SET file_number = ?, "
                                         "updated_at = ?, version = version + 1 WHERE id = ?"),
                          {number, Sql::time(Clock::instance().nowUtc()), beneficiaryId},
                          tr("Could not issue a file number."));
            !s)
            return s;
        if (Status s = m_db.notifyChange(QStringLiteral("beneficiary"), beneficiaryId); !s)
            return s;
        return AuditRepository(m_db).record(actorId, QStringLiteral("beneficiary.file_number"),
                                            QStringLiteral("beneficiary"), beneficiaryId,
                                            {{QStringLiteral("file_number"), number}});
    });
    if (!saved)
        return saved;
    return number;
}

Result<QHash<qint64, QString>> BeneficiaryRepository::fullNames(const QVector<qint64> &ids) const
{
    QHash<qint64, QString> out;
    if (ids.isEmpty())
        return out;
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s =
            Sql::exec(q,
                      QStringLiteral("SELECT id, full_name FROM beneficiaries WHERE id IN (%1)")
                          .arg(Sql::placeholders(int(values.size()))),
                      values, tr("Could not read the beneficiaries' names."));
        !s)
        return s;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Result<Beneficiary> BeneficiaryRepository::setRestriction(qint64 beneficiaryId, bool restricted,
                                                          const QString &reason, qint64 actorId)
{
    Beneficiary b;
    const Status saved = m_db.transaction([&]() -> Status {
        const Result<Beneficiary> stored = get(beneficiaryId);
        if (!stored)
            return stored.status();
        b = *stored;
        if (b.isAnonymised())
            return Status::failure(
                tr("This person's data was destroyed; there is nothing left to restrict."));
        if (b.isRestricted() == restricted)
            return Status::failure(restricted
                                       ? tr("The processing of this person's data is already "
                                            "restricted.")
                                       : tr("The processing of this person's data is not "
                                            "restricted."));
        const QDateTime now = Clock::instance().nowUtc();
        b.restrictedAt = restricted ? now : QDateTime();
        b.restrictionReason = restricted ? reason : QString();
        b.updatedAt = now;
        b.version = stored->version + 1;
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(q,
                                 QStringLiteral("UPDATE beneficiaries SET restricted_at = ?, "
                                                "restriction_reason = ?, updated_at = ?, "
                                                "version = ? WHERE id = ? AND version = ?"),
                                 {Sql::time(b.restrictedAt), Sql::text(b.restrictionReason),
                                  Sql::time(now), b.version, b.id, stored->version},
                                 tr("Could not save the restriction."));
            !s)
            return s;
        if (q.numRowsAffected() != 1)
            return staleRefusal(b.id);
        if (Status s = m_db.notifyChange(QStringLiteral("beneficiary"), b.id); !s)
            return s;
        return PersonalValues(m_db)
            .record(actorId,
                    restricted ? QStringLiteral("beneficiary.restrict")
                               : QStringLiteral("beneficiary.unrestrict"),
                    QStringLiteral("beneficiary"), b.id, {{QStringLiteral("version"), b.version}},
                    b.id, {{QStringLiteral("reason"), reason}})
            .status();
    });
    if (!saved)
        return saved;
    return b;
}
