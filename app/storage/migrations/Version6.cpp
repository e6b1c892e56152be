#include "storage/migrations/Migrations.h"

namespace Migrations {

// People's rights over their data (issue 13, DOMAIN.md section 6): the
// restriction of a person's record and its anonymisation; the log of their
// requests (copy, correction, destruction, restriction, withdrawal of
// consent), each to be answered within 30 days; and the values a correction
// replaced, kept beside the audit row that records the correction rather
// than in it, so that destroying a person's data can remove them without
// breaking the audit trail's hash chain. An eligibility override stays
// append-only except that its reason, free text about the person, may be
// erased.
QStringList version6(const SqlDialect &d)
{
    QStringList sql = {
        QStringLiteral("ALTER TABLE beneficiaries ADD COLUMN restricted_at BIGINT"),
        QStringLiteral(
            "ALTER TABLE beneficiaries ADD COLUMN restriction_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE beneficiaries ADD COLUMN anonymised_at BIGINT"),
        QStringLiteral(
            "ALTER TABLE beneficiaries ADD COLUMN birth_year INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE data_requests ("
                       " id {pk},"
                       " beneficiary_id BIGINT NOT NULL REFERENCES beneficiaries (id),"
                       " kind TEXT NOT NULL,"
                       " channel TEXT NOT NULL,"
                       " received_on TEXT NOT NULL,"
                       " due_on TEXT NOT NULL,"
                       " details TEXT NOT NULL DEFAULT '',"
                       " recorded_by BIGINT REFERENCES users (id),"
                       " recorded_at BIGINT NOT NULL,"
                       " closed_at BIGINT,"
                       " closed_by BIGINT REFERENCES users (id),"
                       " outcome TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX data_requests_due ON data_requests (closed_at, due_on)"),
        QStringLiteral("CREATE INDEX data_requests_beneficiary ON data_requests (beneficiary_id, "
                       "received_on)"),
        QStringLiteral("CREATE TABLE personal_values ("
                       " audit_id BIGINT PRIMARY KEY REFERENCES audit_log (id),"
                       " beneficiary_id BIGINT NOT NULL REFERENCES beneficiaries (id),"
                       " salt TEXT NOT NULL,"
                       " body TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX personal_values_beneficiary ON personal_values "
                       "(beneficiary_id, audit_id)"),
        QStringLiteral("CREATE INDEX cases_end ON cases (beneficiary_id, end_at)"),
    };
    for (QString &s : sql)
        s = d.expand(s);
    if (d.isPostgreSQL()) {
        // The trigger stays; its function now lets an update through that
        // only empties the reason.
        sql << QStringLiteral(
            "CREATE OR REPLACE FUNCTION eligibility_overrides_append_only() RETURNS trigger AS $$ "
            "BEGIN IF TG_OP = 'UPDATE' AND NEW.reason = '' AND (NEW.id, NEW.case_id, "
            "NEW.service_id, NEW.rules_version, NEW.failed_rules, NEW.overridden_by, "
            "NEW.overridden_at) IS NOT DISTINCT FROM (OLD.id, OLD.case_id, OLD.service_id, "
            "OLD.rules_version, OLD.failed_rules, OLD.overridden_by, OLD.overridden_at) THEN "
            "RETURN NEW; END IF; RAISE EXCEPTION 'eligibility_overrides is append-only: rows "
            "cannot be changed or deleted, only a reason erased'; END $$ LANGUAGE plpgsql");
    } else {
        sql << QStringLiteral("DROP TRIGGER eligibility_overrides_no_update")
            << QStringLiteral(
                   "CREATE TRIGGER eligibility_overrides_no_update BEFORE UPDATE ON "
                   "eligibility_overrides WHEN NOT (NEW.reason = '' AND NEW.id = OLD.id AND "
                   "NEW.case_id = OLD.case_id AND NEW.service_id = OLD.service_id AND "
                   "NEW.rules_version = OLD.rules_version AND NEW.failed_rules = OLD.failed_rules "
                   "AND NEW.overridden_by IS OLD.overridden_by AND NEW.overridden_at = "
                   "OLD.overridden_at) BEGIN SELECT RAISE(ABORT, 'eligibility_overrides is "
                   "append-only: rows cannot be changed, only a reason erased'); END");
    }
    return sql;
}

} // namespace Migrations
