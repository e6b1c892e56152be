// What the breach report holds (issue 13, DOMAIN.md 6.6): for a range of days
// at the desk, every time a person's data was seen or changed, by whom, when
// and how, oldest first; a month export counts once for each person it held.
// Gathered by services/BreachReportDesk, written by BreachReportPdf and
// BreachReportCsv.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QVector>

struct BreachRow
{
    QDateTime at; // UTC
    qint64 userId = 0;
    QString userName; // empty: the system, or an unknown user
    QString action;   // the audit code, e.g. "person.view", "export.month"
    qint64 beneficiaryId = 0;
    QString personName;
    qint64 caseId = 0;
    QString exportMonth; // for an export: the month exported ("2026-11")
    QString details;     // the audit row's compact JSON
};

struct BreachReportData
{
    QDate from; // first day at the desk, inclusive
    QDate to;   // last day at the desk, inclusive
    QDateTime madeAt;
    QString madeBy;
    QString associationName;
    QVector<BreachRow> rows;

    int people() const
    {
        QSet<qint64> ids;
        for (const BreachRow &r : rows)
            ids.insert(r.beneficiaryId);
        return int(ids.size());
    }
    int staff() const
    {
        QSet<qint64> ids;
        for (const BreachRow &r : rows)
            ids.insert(r.userId);
        return int(ids.size());
    }
};
