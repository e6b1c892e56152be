// One connection's prepared statements, kept by their SQL (the most recently
// used ones): for the searches that run as a person types (issue 7).
#pragma once

#include "core/Result.h"

#include <QHash> // std::hash<QString>, for the map below
#include <QString>

#include <memory>
#include <unordered_map>

class QSqlDatabase;
class QSqlQuery;

class StatementCache final
{
public:
    explicit StatementCache(int capacity);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The forward-only statement for sql, prepared on connection the first
    // time; when full, the least recently used one nobody is reading goes.
    Result<QSqlQuery *> statement(const QSqlDatabase &connection, const QString &sql,
                                  const QString &failureSentence);
    // Forgets them all (before the connection closes).
    void clear();

private:
    struct Entry
    {
        std::unique_ptr<QSqlQuery> query;
        quint64 lastUsed = 0;
    };
    int m_capacity;
    std::unordered_map<QString, Entry> m_entries;
    quint64 m_uses = 0;
};
