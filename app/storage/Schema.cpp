#include "storage/Schema.h"

#include "storage/migrations/Migrations.h"

namespace Schema {

const QVector<Migration> &migrations()
{
    using namespace Migrations;
    static const QVector<Migration> all = {
        {1, &version1},
        {2, &version2},
        {3, &version3},
        {4, &version4},
        {5, &version5, &version5Finish, &auditGuards},
        {6, &version6},
        {7, &version7, &version7Finish},
        {8, &version8},
        {9, &version9},
    };
    return all;
}

int latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

} // namespace Schema
