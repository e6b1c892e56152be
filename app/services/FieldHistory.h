// The history of each field of a person's record (issue 13, "corrections
// traced"): every correction's old and new value, who made it and when, read
// from the audit trail and the values kept beside it (storage/PersonalValues).
// Whoever may open the file may read it (Action::ViewCases).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

class Database;
class Session;

struct FieldChange
{
    enum class Values
    {
        Kept,    // before and after are the values the correction replaced and wrote
        Removed, // the values were erased with the person's data
        Altered, // the values kept no longer match the audit row's digest
        NotKept  // a correction made before values were kept
    };
    QString field; // BeneficiaryChanges' code: "name", "phone", ...
    QString before;
    QString after;
    Values values = Values::Kept;
    qint64 userId = 0;
    QString userName;
    QDateTime at; // UTC
};

class FieldHistory final
{
    Q_DECLARE_TR_FUNCTIONS(FieldHistory)

public:
    FieldHistory(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // Newest first; one entry per field changed by each correction.
    Result<QVector<FieldChange>> of(qint64 beneficiaryId) const;

private:
    Database &m_db;
    const Session &m_session;
};
