#include "storage/migrations/Migrations.h"

#include "storage/AuditChain.h"
#include "storage/Database.h"

namespace Migrations {

// The tamper-evident audit trail (issue 11): each row's hash and the hash of
// the row before it, and the end of the chain (the last row's number and
// hash, and the row count) so that removing the last rows shows. The
// append-only triggers come off while the rows already there are hashed
// (version5Finish) and go back on with it, with two more guards: SQLite's
// INSERT OR REPLACE over an existing row deletes it without firing a DELETE
// trigger, and the chain's end may only move forward.
QStringList version5(const SqlDialect &d)
{
    QStringList sql;
    if (d.isPostgreSQL())
        sql << QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")
            << QStringLiteral("DROP FUNCTION audit_log_append_only()");
    else
        sql << QStringLiteral("DROP TRIGGER audit_log_no_update")
            << QStringLiteral("DROP TRIGGER audit_log_no_delete");
    sql << QStringLiteral("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''")
        << QStringLiteral("ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''")
        << QStringLiteral("CREATE TABLE audit_chain ("
                          " id INTEGER PRIMARY KEY CHECK (id = 1),"
                          " last_id BIGINT NOT NULL,"
                          " row_count BIGINT NOT NULL,"
                          " head_hash TEXT NOT NULL)");
    return sql;
}

QStringList auditGuards(const SqlDialect &d)
{
    QStringList sql = d.appendOnlyTriggers(QStringLiteral("audit_log"));
    if (d.isPostgreSQL()) {
        sql << QStringLiteral(
                   "CREATE FUNCTION audit_chain_forward_only() RETURNS trigger AS $$ BEGIN "
                   "IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'audit_chain only moves forward'; "
                   "END IF; IF NEW.row_count < OLD.row_count OR NEW.last_id < OLD.last_id THEN "
                   "RAISE EXCEPTION 'audit_chain only moves forward'; END IF; RETURN NEW; END "
                   "$$ LANGUAGE plpgsql")
            << QStringLiteral("CREATE TRIGGER audit_chain_forward BEFORE UPDATE OR DELETE ON "
                              "audit_chain FOR EACH ROW EXECUTE FUNCTION "
                              "audit_chain_forward_only()");
        return sql;
    }
    sql << QStringLiteral("CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log WHEN "
                          "EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) BEGIN SELECT "
                          "RAISE(ABORT, 'audit_log is append-only: rows cannot be replaced'); "
                          "END")
        << QStringLiteral("CREATE TRIGGER audit_chain_no_rewind BEFORE UPDATE ON audit_chain "
                          "WHEN NEW.row_count < OLD.row_count OR NEW.last_id < OLD.last_id "
                          "BEGIN SELECT RAISE(ABORT, 'audit_chain only moves forward'); END")
        << QStringLiteral("CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain "
                          "BEGIN SELECT RAISE(ABORT, 'audit_chain only moves forward'); END");
    return sql;
}

Status version5Finish(Database &db)
{
    if (Status s = AuditChain::sealExisting(db); !s)
        return s;
    for (const QString &sql : auditGuards(db.dialect())) {
        if (Status s = db.execute(sql, AuditChain::tr("Could not seal the audit trail.")); !s)
            return s;
    }
    return Status::success();
}

} // namespace Migrations
