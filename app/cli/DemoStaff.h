// The demo's accounts: three receptionists, the program officer, the manager
// and the administrator, all with the published demo password. Accounts that
// already exist are kept as they are.
#pragma once

#include "core/Result.h"

#include <QVector>

class Database;

struct DemoStaff
{
    QVector<qint64> receptionists;
    qint64 officer = 0;

    // Creates whichever demo account is missing; the ids of those who serve.
    static Result<DemoStaff> ensure(Database &db);
};
