#include "storage/migrations/Migrations.h"

namespace Migrations {

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

} // namespace Migrations
