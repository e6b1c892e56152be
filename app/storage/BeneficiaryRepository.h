// Beneficiaries: create, update with a row version (a stale save is refused),
// look up, and issue file numbers. Keeps the name search index in step with
// the names, in the same transaction, and writes the audit log.
#pragma once

#include "core/Beneficiary.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <optional>

class Database;

class BeneficiaryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(BeneficiaryRepository)

public:
    explicit BeneficiaryRepository(Database &db) : m_db(db) {}

    // Stores a new beneficiary (id and file number of b are ignored). Returns
    // the stored record with its id, version 1 and times set.
    Result<Beneficiary> create(const Beneficiary &b, qint64 actorId);

    // Saves b if nobody saved it since b.version was read; returns the stored
    // record (version + 1). The file number and creation time are kept. A
    // stale copy is refused with Status::Code::Stale, saying who saved the
    // record since and when.
    Result<Beneficiary> update(const Beneficiary &b, qint64 actorId);

    Result<Beneficiary> get(qint64 id) const;
    Result<std::optional<Beneficiary>> findByIdNumber(IdType type, const QString &number) const;
    Result<qint64> count() const;
    // Full names by record number for the given ids (a page of a list, at
    // most a few hundred); ids without a record are left out.
    Result<QHash<qint64, QString>> fullNames(const QVector<qint64> &ids) const;

    // Issues the next file number of the Hijri year (e.g. 1448-000123) to the
    // beneficiary, atomically; a beneficiary who has one keeps it.
    Result<QString> issueFileNumber(qint64 beneficiaryId, int hijriYear, qint64 actorId);

    static QString formatFileNumber(int hijriYear, qint64 sequence);

    // Restricts the processing of the beneficiary's data with a reason, or
    // lifts the restriction with one (issue 13); the reason is kept beside
    // the audit row (PersonalValues), erasable with the person's data. An
    // anonymised record, or one already in the state asked for, is refused.
    Result<Beneficiary> setRestriction(qint64 beneficiaryId, bool restricted, const QString &reason,
                                       qint64 actorId);

private:
    Status validate(const Beneficiary &b) const;
    Status checkUniqueId(const Beneficiary &b) const;
    Status staleRefusal(qint64 beneficiaryId) const;
    // The correction's audit row, and the values it replaced (PersonalValues).
    Status recordCorrection(const Beneficiary &before, const Beneficiary &after, qint64 actorId);
    Status writeNameKeys(qint64 beneficiaryId, const PersonName &name, bool replace);
    Result<qint64> nextSequence(int hijriYear);

    Database &m_db;
};
