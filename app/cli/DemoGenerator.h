// Fills a database with realistic, reproducible synthetic data: Arabic
// four-part names, valid national IDs and phones, and cases over the past
// twelve months at every step and outcome, with referrals, deliveries and
// surveys. The same seed gives the same data.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

class Database;

struct DemoOptions
{
    int beneficiaries = 2000;
    int cases = 3000;
    quint64 seed = 1;
    QDateTime now; // UTC; cases arrive in the twelve months before it
};

struct DemoCounts
{
    qint64 beneficiaries = 0;
    qint64 cases = 0;
    qint64 referrals = 0;
    qint64 deliveries = 0;
    qint64 surveys = 0;
};

class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    // The password of the demo accounts (reception1..3, officer, manager, admin).
    static QString demoPassword();

    // progress(done, total) is called now and then; returning false cancels
    // (what was written in earlier batches stays).
    static Result<DemoCounts> fill(Database &db, const DemoOptions &options,
                                   const std::function<bool(qint64, qint64)> &progress = {});
};
