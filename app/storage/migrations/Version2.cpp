#include "storage/migrations/Migrations.h"

namespace Migrations {

// The eligibility of a case: the version of its service's rules the case is
// judged by (fixed when the service is chosen, so a later rule change does not
// alter it), and the program officer's overrides, kept forever.
QStringList version2(const SqlDialect &d)
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE case_service_rules ("
                       " case_id BIGINT PRIMARY KEY REFERENCES cases (id),"
                       " service_id BIGINT NOT NULL REFERENCES services (id),"
                       " rules_version INTEGER NOT NULL,"
                       " pinned_at BIGINT NOT NULL,"
                       " pinned_by BIGINT REFERENCES users (id))"),
        QStringLiteral("CREATE TABLE eligibility_overrides ("
                       " id {pk},"
                       " case_id BIGINT NOT NULL REFERENCES cases (id),"
                       " service_id BIGINT NOT NULL REFERENCES services (id),"
                       " rules_version INTEGER NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " failed_rules TEXT NOT NULL DEFAULT '',"
                       " overridden_by BIGINT REFERENCES users (id),"
                       " overridden_at BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX eligibility_overrides_case ON eligibility_overrides (case_id, id)"),
        QStringLiteral(
            "CREATE INDEX eligibility_overrides_at ON eligibility_overrides (overridden_at)"),
    };
    for (QString &s : sql)
        s = d.expand(s);
    sql << d.appendOnlyTriggers(QStringLiteral("eligibility_overrides"));
    return sql;
}

} // namespace Migrations
