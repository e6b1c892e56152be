// Anonymises one beneficiary (DOMAIN.md 6.5, issue 13): the one list of what
// destroying a person's data clears, applied in one transaction, and the
// preview of it. Their cases, steps, deliveries, scores, channels, services
// and times stay, so the figures of past months do not change.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

class Database;

// One kind of value that anonymisation removes, and how many there are.
struct ErasureItem
{
    QString label; // in the current language
    qint64 count = 0;
};

struct ErasurePreview
{
    qint64 beneficiaryId = 0;
    QDateTime anonymisedAt;     // valid: already done, nothing left to remove
    QVector<ErasureItem> items; // only the kinds with something to remove
};

class PersonEraser final
{
    Q_DECLARE_TR_FUNCTIONS(PersonEraser)

public:
    explicit PersonEraser(Database &db) : m_db(db) {}

    // What free text written about a person becomes: a mark, not nothing, so
    // that what counts written texts (the survey's comments, the reasons a
    // case closed) counts the same after as before.
    static QString removedMark() { return QStringLiteral("\u2014"); }

    // The record number of the beneficiary named by key: their ID number
    // (any type), their file number (1448-000123) or "#" and the record
    // number. Nothing when no one matches; refuses an ID number that two
    // records of different ID types share.
    Result<std::optional<qint64>> find(const QString &key) const;

    // Counts what erase() would remove; refuses an unknown person.
    Result<ErasurePreview> preview(qint64 beneficiaryId) const;

    // Clears every identifying value of the beneficiary and every free text
    // written about them, sets anonymised_at, and appends the audit row
    // beneficiary.anonymise with auditDetails (never a personal value: the
    // trail is hash-chained and cannot be cleared afterwards). One
    // transaction; refuses an unknown or already anonymised person. On a
    // SQLite file the freed bytes are zeroed (secure_delete, set for every
    // connection) and the write-ahead log is emptied into the file and
    // truncated once committed, so that the values are in neither file.
    Status erase(qint64 beneficiaryId, qint64 actorId, const QJsonObject &auditDetails);

    // erase() inside the caller's transaction and without emptying the log:
    // for a caller that anonymises several people as one change (a restore
    // anonymising again those anonymised since its backup), which calls
    // flush() once committed.
    Status eraseWithin(qint64 beneficiaryId, qint64 actorId, const QJsonObject &auditDetails);

    // Empties the write-ahead log into the database file and truncates it
    // (SQLite; nothing on a server). erase() calls it; so may a caller that
    // anonymised many people inside its own transactions.
    Status flush();

private:
    Database &m_db;
};
