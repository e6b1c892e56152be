#include "storage/migrations/Migrations.h"

namespace Migrations {

// Follow-ups marked done (issue 4): what was done about a document expiring, a
// delivery awaiting approval, a survey owed or a referral answer, by whom.
QStringList version4(const SqlDialect &d)
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE follow_ups_done ("
                       " kind TEXT NOT NULL,"
                       " ref_id BIGINT NOT NULL,"
                       " due TEXT NOT NULL DEFAULT '',"
                       " done_by BIGINT REFERENCES users (id),"
                       " done_at BIGINT NOT NULL,"
                       " note TEXT NOT NULL,"
                       " PRIMARY KEY (kind, ref_id, due))"),
        QStringLiteral("CREATE INDEX follow_ups_done_at ON follow_ups_done (done_at)"),
    };
    for (QString &s : sql)
        s = d.expand(s);
    return sql;
}

} // namespace Migrations
