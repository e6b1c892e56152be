// The history of each field of a person's record (issue 13, "corrections
// traced"): every correction's old and new value, who made it and when, read
// from the audit trail and the values kept beside it (storage/PersonalValues).
// Whoever may open the file may read it (Action::ViewCases).
#pragma once

#include "core/PersonTrail.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QVector>

class Database;
class Session;

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
