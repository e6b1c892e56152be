// The cases received in a range, one row each, read forward-only in arrival
// order for the monthly CSV export: never more than one row in memory. The
// identity of a person whose processing is restricted is left out.
#pragma once

#include "core/Result.h"
#include "storage/SummaryQueries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

class Database;

struct ExportRow
{
    qint64 caseId = 0;
    QString fileNumber;
    QString idType; // Domain code; empty without a beneficiary
    QString idNumber;
    QString beneficiaryName;
    QString channel; // Domain codes
    QString purpose;
    QString status;
    QString step;
    QDateTime arrivalAt; // UTC
    QString serviceNameAr;
    QString serviceNameEn;
    std::optional<double> surveyMean; // mean of the case's answered scores
};

class MonthExportQuery final
{
    Q_DECLARE_TR_FUNCTIONS(MonthExportQuery)

public:
    explicit MonthExportQuery(Database &db) : m_db(db) {}

    // Calls row for each case; stops early (and returns what was read) when it
    // returns false. Returns the number of rows given.
    Result<qint64> forEach(const TimeRange &r, const std::function<bool(const ExportRow &)> &row);

private:
    Database &m_db;
};
