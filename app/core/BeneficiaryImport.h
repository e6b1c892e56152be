// Turns the rows of a beneficiaries spreadsheet (CSV) into validated
// Beneficiary records, or says for each rejected row why, by line number.
#pragma once

#include "core/Beneficiary.h"
#include "core/CsvReader.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QVector>

#include <functional>

struct ImportedRow
{
    int line = 0;
    Beneficiary beneficiary;
    QStringList warnings; // accepted, but to be checked (Phone::warning)
};

struct RejectedRow
{
    int line = 0;
    QString reason;
};

struct ImportPlan
{
    QVector<ImportedRow> accepted;
    QVector<RejectedRow> rejected;
    QStringList ignoredColumns; // headers that are not beneficiary fields
};

class BeneficiaryImport final
{
    Q_DECLARE_TR_FUNCTIONS(BeneficiaryImport)

public:
    // existsInDatabase answers whether a national ID (ASCII digits) is already
    // registered. today bounds birth dates (DOMAIN.md 5.5).
    static Result<ImportPlan> plan(const QVector<CsvRecord> &records, const QDate &today,
                                   const std::function<bool(const QString &)> &existsInDatabase);
    // The same, reading the records one at a time: only the accepted values
    // and the reasons are kept. Fails when the reader refuses the input.
    static Result<ImportPlan> plan(CsvReader &reader, const QDate &today,
                                   const std::function<bool(const QString &)> &existsInDatabase);

    // The columns, by English key; each also accepted under its Arabic name.
    static const QStringList &columnKeys();
    static QString arabicColumnName(const QString &key);

    // Monthly income as people write it ("4,500", "٤٬٥٠٠٫٥٠", "3200.5") in
    // halalas (NumberInput's rule); failure when it is not a well-formed,
    // non-negative amount.
    static Result<qint64> parseAmount(const QString &text);
    static Result<Gender> parseGender(const QString &text);

    // The largest family size anyone records (the window's form and the
    // services check against this one too).
    static constexpr int maxFamilySize = 50;

private:
    class Planner;
};
