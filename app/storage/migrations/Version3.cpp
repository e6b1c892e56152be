#include "storage/migrations/Migrations.h"

namespace Migrations {

// The catalogue of approved answers to common inquiries and the answers given
// on each case (issue 4, counted by the monthly report), the manager's
// recommendations for each month (issue 5), and an index for the report's
// follow-up figures (cases entering a step by time).
QStringList version3(const SqlDialect &d)
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE approved_answers ("
                       " id {pk},"
                       " question TEXT NOT NULL,"
                       " answer TEXT NOT NULL,"
                       " source_document TEXT NOT NULL DEFAULT '',"
                       " search_key TEXT NOT NULL DEFAULT '',"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " updated_at BIGINT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE case_answers ("
                       " case_id BIGINT NOT NULL REFERENCES cases (id),"
                       " answer_id BIGINT NOT NULL REFERENCES approved_answers (id),"
                       " given_at BIGINT NOT NULL,"
                       " given_by BIGINT REFERENCES users (id),"
                       " PRIMARY KEY (case_id, answer_id))"),
        QStringLiteral("CREATE INDEX case_answers_answer ON case_answers (answer_id, given_at)"),
        QStringLiteral("CREATE TABLE monthly_recommendations ("
                       " period TEXT PRIMARY KEY,"
                       " body TEXT NOT NULL,"
                       " updated_at BIGINT NOT NULL,"
                       " updated_by BIGINT REFERENCES users (id),"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX step_events_to_step ON step_events (to_step, at)"),
        QStringLiteral("CREATE INDEX deliveries_approved ON deliveries (approved_at)"),
    };
    for (QString &s : sql)
        s = d.expand(s);
    return sql;
}

} // namespace Migrations
