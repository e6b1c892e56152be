#include "storage/migrations/Migrations.h"

namespace Migrations {

// Program requests (issue 16, seed 000 steps 1-3): requesters that are
// organisations, with their names' search keys kept as a person's are
// (name_tokens and name_folds: the same ArabicText keys, so a search finds an
// organisation by any spelling through an index); the catalogue's program
// kinds (filled by CatalogueSetup, as the services are: rows written by a
// migration would leave the target of a copy not empty); the requests
// themselves, from an organisation or a person, with the papers attached as
// a checklist.
QStringList version9(const SqlDialect &d)
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE organisations ("
                       " id {pk},"
                       " name TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " supervising INTEGER NOT NULL DEFAULT 0,"
                       " contact_person TEXT NOT NULL DEFAULT '',"
                       " contact_phone TEXT NOT NULL DEFAULT '',"
                       " created_at BIGINT NOT NULL,"
                       " created_by BIGINT REFERENCES users (id),"
                       " updated_at BIGINT,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE organisation_name_tokens ("
                       " organisation_id BIGINT NOT NULL REFERENCES organisations (id)"
                       " ON DELETE CASCADE,"
                       " key {key} NOT NULL,"
                       " PRIMARY KEY (organisation_id, key))"),
        QStringLiteral("CREATE INDEX organisation_name_tokens_key ON organisation_name_tokens "
                       "(key, organisation_id)"),
        QStringLiteral("CREATE TABLE organisation_name_folds ("
                       " organisation_id BIGINT NOT NULL REFERENCES organisations (id)"
                       " ON DELETE CASCADE,"
                       " key {key} NOT NULL,"
                       " PRIMARY KEY (organisation_id, key))"),
        QStringLiteral("CREATE INDEX organisation_name_folds_key ON organisation_name_folds "
                       "(key, organisation_id)"),
        QStringLiteral("CREATE TABLE program_kinds ("
                       " id {pk},"
                       " name_ar TEXT NOT NULL,"
                       " name_en TEXT NOT NULL DEFAULT '',"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE program_requests ("
                       " id {pk},"
                       " state TEXT NOT NULL,"
                       " decision TEXT NOT NULL DEFAULT '',"
                       " organisation_id BIGINT REFERENCES organisations (id),"
                       " beneficiary_id BIGINT REFERENCES beneficiaries (id),"
                       " channel TEXT NOT NULL,"
                       " received_at BIGINT NOT NULL,"
                       " received_by BIGINT REFERENCES users (id),"
                       " program_kind_id BIGINT REFERENCES program_kinds (id),"
                       " program_text TEXT NOT NULL DEFAULT '',"
                       " audience TEXT NOT NULL DEFAULT '',"
                       " expected_participants INTEGER NOT NULL DEFAULT 0,"
                       " place TEXT NOT NULL DEFAULT '',"
                       " proposed_from TEXT,"
                       " proposed_to TEXT,"
                       " letter_number TEXT NOT NULL DEFAULT '',"
                       " letter_date TEXT,"
                       " declarant_name TEXT NOT NULL DEFAULT '',"
                       " declared_on TEXT,"
                       " declaration_recorded_by BIGINT REFERENCES users (id),"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " CHECK ((organisation_id IS NULL) <> (beneficiary_id IS NULL)))"),
        QStringLiteral("CREATE INDEX program_requests_state ON program_requests "
                       "(state, received_at)"),
        QStringLiteral("CREATE INDEX program_requests_organisation ON program_requests "
                       "(organisation_id, received_at)"),
        QStringLiteral("CREATE INDEX program_requests_beneficiary ON program_requests "
                       "(beneficiary_id, received_at)"),
        QStringLiteral("CREATE TABLE program_request_attachments ("
                       " request_id BIGINT NOT NULL REFERENCES program_requests (id)"
                       " ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " label TEXT NOT NULL,"
                       " received INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (request_id, position))"),
    };
    for (QString &s : sql)
        s = d.expand(s);
    return sql;
}

} // namespace Migrations
