#include "storage/StatementCache.h"

#include "storage/SqlFailure.h"

#include <QSqlQuery>

StatementCache::StatementCache(int capacity) : m_capacity(capacity) {}

StatementCache::~StatementCache() = default;

void StatementCache::clear()
{
    m_entries.clear();
}

Result<QSqlQuery *> StatementCache::statement(const QSqlDatabase &connection, const QString &sql,
                                              const QString &failureSentence)
{
    ++m_uses;
    const auto found = m_entries.find(sql);
    if (found != m_entries.end()) {
        found->second.lastUsed = m_uses;
        return found->second.query.get();
    }
    auto query = std::make_unique<QSqlQuery>(connection);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return SqlFailure::ofQuery(failureSentence, *query);
    if (m_entries.size() >= size_t(m_capacity)) {
        // The least recently used that nobody is reading now.
        auto oldest = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (!it->second.query->isActive() &&
                (oldest == m_entries.end() || it->second.lastUsed < oldest->second.lastUsed))
                oldest = it;
        }
        if (oldest != m_entries.end())
            m_entries.erase(oldest);
    }
    QSqlQuery *out = query.get();
    m_entries[sql] = Entry{std::move(query), m_uses};
    return out;
}
