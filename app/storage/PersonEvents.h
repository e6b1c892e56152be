// The audit rows about people, for the breach report and a person's
// who-looked list (issue 13, DOMAIN.md 6.6): each row that names a person
// directly (their record, their documents, a read of their data), through
// one of their cases, or through a data request of theirs, with the person
// resolved; and the cases that arrived in a range with their person, to
// expand a recorded month export to the people it held.
#pragma once

#include "core/Result.h"
#include "storage/SummaryQueries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

class Database;

// One audit row about one person.
struct PersonEvent
{
    qint64 auditId = 0;
    QDateTime at; // UTC
    qint64 userId = 0;
    QString action;
    QString entity;
    qint64 entityId = 0;
    QString details; // the row's compact JSON
    qint64 beneficiaryId = 0;
    qint64 caseId = 0; // the case the row is about, when it is one
};

// One case that arrived, with the person it belongs to as they are now.
struct CaseArrival
{
    qint64 caseId = 0;
    qint64 beneficiaryId = 0;
    QDateTime arrivalAt;    // UTC
    QDateTime restrictedAt; // invalid: not restricted now
};

class PersonEvents final
{
    Q_DECLARE_TR_FUNCTIONS(PersonEvents)

public:
    explicit PersonEvents(Database &db) : m_db(db) {}

    // The rows about a person recorded in the range, oldest first; at most
    // limit rows (the caller asks one more to learn that there are more).
    Result<QVector<PersonEvent>> inRange(const TimeRange &range, int limit) const;

    // The cases with a person that arrived in the range, in arrival order;
    // only the person's when beneficiaryId is not 0 (and then the range may
    // be open: invalid bounds). At most limit rows.
    Result<QVector<CaseArrival>> arrivals(const TimeRange &range, qint64 beneficiaryId,
                                          int limit) const;

private:
    Database &m_db;
};
