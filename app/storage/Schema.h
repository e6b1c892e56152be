// The numbered, forward-only schema migrations. A migration is never edited
// once released: a change to the schema is a new migration at the end.
#pragma once

#include "storage/SqlDialect.h"

#include <QStringList>
#include <QVector>

struct Migration
{
    int version = 0;
    QStringList (*statements)(const SqlDialect &dialect) = nullptr;
};

namespace Schema {

const QVector<Migration> &migrations();
int latestVersion();

} // namespace Schema
