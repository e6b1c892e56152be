// What the audit trail says about one person (issue 13): each correction of
// their record with its old and new value, and each time their data was seen
// or changed. Read by services/FieldHistory and services/AccessTrail; shown on
// their file and in the copy of their data.
#pragma once

#include <QDateTime>
#include <QString>

// One field of one correction.
struct FieldChange
{
    enum class Values
    {
        Kept,    // before and after are the values the correction replaced and wrote
        Removed, // the values were erased with the person's data
        Altered, // the values kept no longer match the audit row's digest
        NotKept  // a correction made before values were kept
    };
    QString field; // storage/BeneficiaryChanges' code: "name", "phone", ...
    QString before;
    QString after;
    Values values = Values::Kept;
    qint64 userId = 0;
    QString userName;
    QDateTime at; // UTC
};

// One thing done with a person's data: who, when, what, on which case.
struct AccessEntry
{
    QDateTime at; // UTC
    qint64 userId = 0;
    QString userName; // empty: the system, or an unknown user
    QString action;   // the audit code, e.g. "person.view", "beneficiary.update"
    qint64 caseId = 0;
    QString details; // the audit row's compact JSON
};
