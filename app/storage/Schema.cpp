#include "storage/Schema.h"

#include "core/ArabicText.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

// Portable SQL only: {pk} is the dialect's auto-numbered integer key, {key}
// text searched by prefix ranges (plain TEXT on SQLite, so its schema is as it
// always was); times are UTC epoch milliseconds (BIGINT), dates ISO text, flags
// INTEGER 0/1, enums their stable Domain codes.

namespace {

QStringList version1(const SqlDialect &d)
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE users ("
                       " id {pk},"
                       " username TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL,"
                       " roles TEXT NOT NULL DEFAULT '',"
                       " password_hash TEXT,"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " created_at BIGINT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),

        QStringLiteral("CREATE TABLE beneficiaries ("
                       " id {pk},"
                       " first_name TEXT NOT NULL,"
                       " father_name TEXT NOT NULL DEFAULT '',"
                       " grandfather_name TEXT NOT NULL DEFAULT '',"
                       " family_name TEXT NOT NULL,"
                       " full_name TEXT NOT NULL,"
                       " id_type TEXT NOT NULL,"
                       " id_number {key},"
                       " gender TEXT NOT NULL DEFAULT '',"
                       " birth_date TEXT,"
                       " phone {key},"
                       " city TEXT NOT NULL DEFAULT '',"
                       " district TEXT NOT NULL DEFAULT '',"
                       " family_size INTEGER NOT NULL DEFAULT 0,"
                       " monthly_income BIGINT,"
                       " nationality TEXT NOT NULL DEFAULT '',"
                       " file_number TEXT UNIQUE,"
                       " consent_given INTEGER NOT NULL DEFAULT 0,"
                       " consent_purpose TEXT NOT NULL DEFAULT '',"
                       " consent_at BIGINT,"
                       " created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        // Unique per ID type; leading id_number also serves exact and prefix search.
        QStringLiteral(
            "CREATE UNIQUE INDEX beneficiaries_id_number ON beneficiaries (id_number, id_type)"),
        QStringLiteral("CREATE INDEX beneficiaries_phone ON beneficiaries (phone)"),

        QStringLiteral("CREATE TABLE name_tokens ("
                       " beneficiary_id BIGINT NOT NULL REFERENCES beneficiaries (id)"
                       " ON DELETE CASCADE,"
                       " key {key} NOT NULL,"
                       " PRIMARY KEY (beneficiary_id, key))"),
        QStringLiteral("CREATE INDEX name_tokens_key ON name_tokens (key, beneficiary_id)"),

        QStringLiteral("CREATE TABLE document_types ("
                       " id {pk},"
                       " code TEXT NOT NULL UNIQUE,"
                       " name_ar TEXT NOT NULL,"
                       " name_en TEXT NOT NULL DEFAULT '',"
                       " has_expiry INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE documents ("
                       " id {pk},"
                       " beneficiary_id BIGINT NOT NULL REFERENCES beneficiaries (id),"
                       " type_code TEXT NOT NULL REFERENCES document_types (code),"
                       " provided INTEGER NOT NULL DEFAULT 0,"
                       " verified INTEGER NOT NULL DEFAULT 0,"
                       " expiry TEXT,"
                       " updated_at BIGINT NOT NULL,"
                       " UNIQUE (beneficiary_id, type_code))"),
        QStringLiteral("CREATE INDEX documents_expiry ON documents (expiry)"),

        QStringLiteral("CREATE TABLE services ("
                       " id {pk},"
                       " code TEXT NOT NULL UNIQUE,"
                       " name_ar TEXT NOT NULL,"
                       " name_en TEXT NOT NULL DEFAULT '',"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " needs_approval INTEGER NOT NULL DEFAULT 0,"
                       " rules TEXT NOT NULL DEFAULT '[]',"
                       " rules_version INTEGER NOT NULL DEFAULT 1,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE service_required_documents ("
                       " service_id BIGINT NOT NULL REFERENCES services (id) ON DELETE CASCADE,"
                       " type_code TEXT NOT NULL REFERENCES document_types (code),"
                       " position INTEGER NOT NULL,"
                       " PRIMARY KEY (service_id, type_code))"),
        // Every version of a service's rules, so a case can show what it was judged by.
        QStringLiteral("CREATE TABLE service_rule_versions ("
                       " service_id BIGINT NOT NULL REFERENCES services (id),"
                       " rules_version INTEGER NOT NULL,"
                       " rules TEXT NOT NULL,"
                       " changed_at BIGINT NOT NULL,"
                       " changed_by BIGINT REFERENCES users (id),"
                       " PRIMARY KEY (service_id, rules_version))"),

        QStringLiteral("CREATE TABLE cases ("
                       " id {pk},"
                       " beneficiary_id BIGINT REFERENCES beneficiaries (id),"
                       " channel TEXT NOT NULL,"
                       " purpose TEXT NOT NULL,"
                       " inquiry_text TEXT NOT NULL DEFAULT '',"
                       " answer_text TEXT NOT NULL DEFAULT '',"
                       " step TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " service_id BIGINT REFERENCES services (id),"
                       " queue_number INTEGER NOT NULL DEFAULT 0,"
                       " arrival_at BIGINT NOT NULL,"
                       " service_start_at BIGINT,"
                       " end_at BIGINT,"
                       " received_by BIGINT REFERENCES users (id),"
                       " data_verified INTEGER NOT NULL DEFAULT 0,"
                       " declaration_signed_at BIGINT,"
                       " declaration_recorded_by BIGINT REFERENCES users (id),"
                       " closing_reason TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX cases_desk ON cases (status, step, arrival_at)"),
        QStringLiteral("CREATE INDEX cases_arrival ON cases (arrival_at)"),
        QStringLiteral("CREATE INDEX cases_beneficiary ON cases (beneficiary_id, arrival_at)"),
        QStringLiteral("CREATE INDEX cases_service ON cases (service_id, arrival_at)"),
        QStringLiteral("CREATE INDEX cases_received_by ON cases (received_by, arrival_at)"),

        QStringLiteral("CREATE TABLE step_events ("
                       " id {pk},"
                       " case_id BIGINT NOT NULL REFERENCES cases (id),"
                       " from_step TEXT NOT NULL,"
                       " from_status TEXT NOT NULL,"
                       " to_step TEXT NOT NULL,"
                       " to_status TEXT NOT NULL,"
                       " user_id BIGINT REFERENCES users (id),"
                       " at BIGINT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX step_events_case ON step_events (case_id, at)"),
        QStringLiteral("CREATE INDEX step_events_at ON step_events (at)"),

        QStringLiteral("CREATE TABLE referrals ("
                       " id {pk},"
                       " case_id BIGINT NOT NULL REFERENCES cases (id),"
                       " question TEXT NOT NULL,"
                       " from_step TEXT NOT NULL,"
                       " referred_by BIGINT REFERENCES users (id),"
                       " referred_at BIGINT NOT NULL,"
                       " answer TEXT NOT NULL DEFAULT '',"
                       " answered_by BIGINT REFERENCES users (id),"
                       " answered_at BIGINT,"
                       " picked_up_at BIGINT)"),
        QStringLiteral("CREATE INDEX referrals_case ON referrals (case_id)"),
        QStringLiteral("CREATE INDEX referrals_queue ON referrals (answered_at, referred_at)"),
        QStringLiteral("CREATE INDEX referrals_pickup ON referrals (picked_up_at, answered_at)"),

        QStringLiteral("CREATE TABLE deliveries ("
                       " id {pk},"
                       " case_id BIGINT NOT NULL REFERENCES cases (id),"
                       " service_id BIGINT REFERENCES services (id),"
                       " delivered_at BIGINT NOT NULL,"
                       " delivered_by BIGINT REFERENCES users (id),"
                       " quantity DOUBLE PRECISION NOT NULL DEFAULT 0,"
                       " amount BIGINT NOT NULL DEFAULT 0,"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " awaiting_approval INTEGER NOT NULL DEFAULT 0,"
                       " approved_by BIGINT REFERENCES users (id),"
                       " approved_at BIGINT)"),
        QStringLiteral("CREATE INDEX deliveries_case ON deliveries (case_id)"),
        QStringLiteral("CREATE INDEX deliveries_at ON deliveries (delivered_at)"),
        QStringLiteral(
            "CREATE INDEX deliveries_approval ON deliveries (awaiting_approval, delivered_at)"),

        QStringLiteral("CREATE TABLE survey_questions ("
                       " id {pk},"
                       " text_ar TEXT NOT NULL,"
                       " text_en TEXT NOT NULL DEFAULT '',"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE survey_responses ("
                       " id {pk},"
                       " case_id BIGINT NOT NULL REFERENCES cases (id),"
                       " taken_at BIGINT NOT NULL,"
                       " taken_by BIGINT REFERENCES users (id),"
                       " declined INTEGER NOT NULL DEFAULT 0,"
                       " by_phone INTEGER NOT NULL DEFAULT 0,"
                       " comment TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX survey_responses_case ON survey_responses (case_id)"),
        QStringLiteral("CREATE INDEX survey_responses_at ON survey_responses (taken_at)"),
        QStringLiteral("CREATE TABLE survey_answers ("
                       " response_id BIGINT NOT NULL REFERENCES survey_responses (id)"
                       " ON DELETE CASCADE,"
                       " question_id BIGINT NOT NULL REFERENCES survey_questions (id),"
                       " score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),"
                       " PRIMARY KEY (response_id, question_id))"),
        QStringLiteral("CREATE INDEX survey_answers_question ON survey_answers (question_id)"),

        QStringLiteral("CREATE TABLE file_number_sequences ("
                       " hijri_year INTEGER PRIMARY KEY,"
                       " last_number INTEGER NOT NULL)"),

        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),

        QStringLiteral("CREATE TABLE audit_log ("
                       " id {pk},"
                       " at BIGINT NOT NULL,"
                       " user_id BIGINT,"
                       " action TEXT NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " entity_id BIGINT,"
                       " details TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at)"),
        QStringLiteral("CREATE INDEX audit_log_user ON audit_log (user_id, at)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
    };
    if (d.engine() == SqlDialect::Engine::PostgreSQL)
        sql.prepend(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                                   "NOT NULL)"));
    for (QString &s : sql)
        s = d.expand(s);
    sql << d.appendOnlyTriggers(QStringLiteral("audit_log"));
    return sql;
}

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

// Everyday hamza spellings (issue 15, DOMAIN.md 4.6): the secondary search
// keys of names, kept beside name_tokens only where they differ from the keys
// there (ArabicText::secondaryKeys), and the same fold of an approved answer's
// search text. The rows already there get theirs from what they hold
// (version7Finish).
QStringList version7(const SqlDialect &d)
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE name_folds ("
                       " beneficiary_id BIGINT NOT NULL REFERENCES beneficiaries (id)"
                       " ON DELETE CASCADE,"
                       " key {key} NOT NULL,"
                       " PRIMARY KEY (beneficiary_id, key))"),
        QStringLiteral("CREATE INDEX name_folds_key ON name_folds (key, beneficiary_id)"),
        QStringLiteral(
            "ALTER TABLE approved_answers ADD COLUMN search_fold TEXT NOT NULL DEFAULT ''"),
    };
    for (QString &s : sql)
        s = d.expand(s);
    return sql;
}

// A name's secondary keys follow from its stored keys alone (the fold is made
// on each key), so the names themselves are not read again: an anonymised
// record, which has no keys, gets none.
Status version7Finish(Database &db)
{
    const QString failure = QCoreApplication::translate("BeneficiaryRepository",
                                                        "Could not update the name search index.");
    QSqlQuery read(db.connection());
    read.setForwardOnly(true);
    if (Status s = Sql::exec(read,
                             QStringLiteral("SELECT beneficiary_id, key FROM name_tokens ORDER BY "
                                            "beneficiary_id, key"),
                             {}, failure);
        !s)
        return s;
    QVector<QPair<qint64, QString>> folds;
    qint64 current = 0;
    QStringList keys;
    const auto flush = [&]() {
        for (const QString &key : ArabicText::secondaryKeys(keys))
            folds.append({current, key});
        keys.clear();
    };
    while (read.next()) {
        const qint64 id = read.value(0).toLongLong();
        if (id != current)
            flush();
        current = id;
        keys << read.value(1).toString();
    }
    flush();
    read.finish();

    QSqlQuery write(db.connection());
    if (!write.prepare(
            QStringLiteral("INSERT INTO name_folds (beneficiary_id, key) VALUES (?, ?)")))
        return Database::sqlFailure(failure, write.lastError());
    for (const auto &fold : folds) {
        if (Status s = Sql::execPrepared(write, {fold.first, fold.second}, failure); !s)
            return s;
    }

    if (Status s = Sql::exec(read, QStringLiteral("SELECT id, search_key FROM approved_answers"),
                             {}, failure);
        !s)
        return s;
    QVector<QPair<qint64, QString>> answers;
    while (read.next())
        answers.append(
            {read.value(0).toLongLong(), ArabicText::secondaryText(read.value(1).toString())});
    read.finish();
    if (!write.prepare(QStringLiteral("UPDATE approved_answers SET search_fold = ? WHERE id = ?")))
        return Database::sqlFailure(failure, write.lastError());
    for (const auto &answer : answers) {
        if (Status s = Sql::execPrepared(write, {answer.second, answer.first}, failure); !s)
            return s;
    }
    return Status::success();
}

} // namespace

namespace Schema {

const QVector<Migration> &migrations()
{
    static const QVector<Migration> all = {
        {1, &version1},
        {2, &version2},
        {3, &version3},
        {4, &version4},
        {5, &version5, &version5Finish, &auditGuards},
        {6, &version6},
        {7, &version7, &version7Finish},
    };
    return all;
}

int latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

} // namespace Schema
