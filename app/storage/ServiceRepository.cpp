#include "storage/ServiceRepository.h"

#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Kind = EligibilityRule::Kind;

const QVector<QPair<Kind, QString>> &kindCodes()
{
    static const QVector<QPair<Kind, QString>> all = {
        {Kind::IncomePerMemberCeiling, QStringLiteral("income_per_member_ceiling")},
        {Kind::Nationality, QStringLiteral("nationality")},
        {Kind::City, QStringLiteral("city")},
        {Kind::AgeRange, QStringLiteral("age_range")},
        {Kind::MinFamilySize, QStringLiteral("min_family_size")},
        {Kind::RequiredDocumentsValid, QStringLiteral("required_documents_valid")},
    };
    return all;
}

} // namespace

QString ServiceRepository::rulesToJson(const QVector<EligibilityRule> &rules)
{
    QJsonArray array;
    for (const EligibilityRule &r : rules) {
        QString code;
        for (const auto &[kind, c] : kindCodes()) {
            if (kind == r.kind)
                code = c;
        }
        QJsonObject o{{QStringLiteral("kind"), code}};
        if (r.amount != 0)
            o.insert(QStringLiteral("amount"), r.amount);
        if (r.minimum != 0)
            o.insert(QStringLiteral("minimum"), r.minimum);
        if (r.maximum != 0)
            o.insert(QStringLiteral("maximum"), r.maximum);
        if (!r.values.isEmpty())
            o.insert(QStringLiteral("values"), QJsonArray::fromStringList(r.values));
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<QVector<EligibilityRule>> ServiceRepository::rulesFromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    QVector<EligibilityRule> rules;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("kind")).toString();
        std::optional<Kind> kind;
        for (const auto &[k, c] : kindCodes()) {
            if (c == code)
                kind = k;
        }
        if (!kind)
            return std::nullopt;
        EligibilityRule r;
        r.kind = *kind;
        r.amount = qint64(o.value(QStringLiteral("amount")).toDouble());
        r.minimum = o.value(QStringLiteral("minimum")).toInt();
        r.maximum = o.value(QStringLiteral("maximum")).toInt();
        for (const QJsonValue &s : o.value(QStringLiteral("values")).toArray())
            r.values << s.toString();
        rules << r;
    }
    return rules;
}

Result<DocumentType> ServiceRepository::createDocumentType(const DocumentType &input,
                                                           qint64 actorId)
{
    DocumentType t = input;
    t.code = t.code.trimmed();
    if (t.code.isEmpty() || t.nameAr.trimmed().isEmpty())
        return Result<DocumentType>::failure(
            tr("A document type needs a code and an Arabic name."));
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(q, QStringLiteral("SELECT id FROM document_types WHERE code = ?"),
                                 {t.code}, tr("Could not save the document type."));
            !s)
            return s;
        if (q.next())
            return Status::failure(
                tr("A document type with the code %1 already exists.").arg(t.code));
        const Result<qint64> id = Sql::insert(
            q,
            QStringLiteral("INSERT INTO document_types (code, name_ar, name_en, has_expiry) "
                           "VALUES (?, ?, ?, ?) RETURNING id"),
            {t.code, Sql::text(t.nameAr), Sql::text(t.nameEn), Sql::flag(t.hasExpiry)},
            tr("Could not save the document type."));
        if (!id)
            return id.status();
        t.id = *id;
        return AuditRepository(m_db).record(actorId, QStringLiteral("document_type.create"),
                                            QStringLiteral("document_type"), t.id,
                                            {{QStringLiteral("code"), t.code}});
    });
    if (!saved)
        return saved;
    return t;
}

Result<DocumentType> ServiceRepository::updateDocumentType(const DocumentType &t, qint64 actorId)
{
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s =
                Sql::exec(q,
                          QStringLiteral("UPDATE document_types SET name_ar = ?, "
                                         "name_en = ?, has_expiry = ? WHERE id = ?"),
                          {Sql::text(t.nameAr), Sql::text(t.nameEn), Sql::flag(t.hasExpiry), t.id},
                          tr("Could not save the document type."));
            !s)
            return s;
        if (q.numRowsAffected() != 1)
            return Status::failure(tr("There is no document type with number %1.").arg(t.id));
        return AuditRepository(m_db).record(actorId, QStringLiteral("document_type.update"),
                                            QStringLiteral("document_type"), t.id);
    });
    if (!saved)
        return saved;
    const auto all = documentTypes();
    if (!all)
        return all.status();
    for (const DocumentType &stored : *all) {
        if (stored.id == t.id)
            return stored;
    }
    return Result<DocumentType>::failure(tr("There is no document type with number %1.").arg(t.id));
}

Result<QVector<DocumentType>> ServiceRepository::documentTypes() const
{
    Sql::Cached statement(m_db, QStringLiteral("SELECT id, code, name_ar, name_en, has_expiry FROM "
                                               "document_types ORDER BY id"));
    if (Status s = statement.exec({}, tr("Could not read the document types.")); !s)
        return s;
    QSqlQuery &q = statement.query();
    QVector<DocumentType> out;
    while (q.next()) {
        DocumentType t;
        t.id = q.value(0).toLongLong();
        t.code = q.value(1).toString();
        t.nameAr = q.value(2).toString();
        t.nameEn = q.value(3).toString();
        t.hasExpiry = q.value(4).toInt() != 0;
        out << t;
    }
    return out;
}

Status ServiceRepository::writeRequiredDocuments(qint64 serviceId, const QStringList &codes,
                                                 bool replace)
{
    const QString failure = tr("Could not save the service's required documents.");
    QSqlQuery q(m_db.connection());
    if (replace) {
        if (Status s = Sql::exec(
                q, QStringLiteral("DELETE FROM service_required_documents WHERE service_id = ?"),
                {serviceId}, failure);
            !s)
            return s;
    }
    QStringList seen;
    for (const QString &code : codes) {
        if (seen.contains(code))
            continue;
        seen << code;
        if (Status s = Sql::exec(q, QStringLiteral("SELECT id FROM document_types WHERE code = ?"),
                                 {code}, failure);
            !s)
            return s;
        if (!q.next())
            return Status::failure(tr("The document type %1 does not exist.").arg(code));
        if (Status s =
                Sql::exec(q,
                          QStringLiteral("INSERT INTO service_required_documents "
                                         "(service_id, type_code, position) VALUES (?, ?, ?)"),
                          {serviceId, code, int(seen.size())}, failure);
            !s)
            return s;
    }
    return Status::success();
}

Status ServiceRepository::recordRulesVersion(qint64 serviceId, int version, const QString &json,
                                             qint64 actorId)
{
    QSqlQuery q(m_db.connection());
    return Sql::exec(
        q,
        QStringLiteral("INSERT INTO service_rule_versions (service_id, rules_version, "
                       "rules, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)"),
        {serviceId, version, json, Sql::time(Clock::instance().nowUtc()), Sql::ref(actorId)},
        tr("Could not save the service's rules."));
}

Result<Service> ServiceRepository::create(const Service &input, qint64 actorId)
{
    Service s = input;
    s.code = s.code.trimmed();
    if (s.code.isEmpty() || s.nameAr.trimmed().isEmpty())
        return Result<Service>::failure(tr("A service needs a code and an Arabic name."));
    s.rulesVersion = 1;
    const QString rules = rulesToJson(s.rules);
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status st = Sql::exec(q, QStringLiteral("SELECT id FROM services WHERE code = ?"),
                                  {s.code}, tr("Could not save the service."));
            !st)
            return st;
        if (q.next())
            return Status::failure(tr("A service with the code %1 already exists.").arg(s.code));
        const Result<qint64> id = Sql::insert(
            q,
            QStringLiteral("INSERT INTO services (code, name_ar, name_en, active, needs_approval, "
                           "rules, rules_version) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {s.code, Sql::text(s.nameAr), Sql::text(s.nameEn), Sql::flag(s.active),
             Sql::flag(s.needsApproval), rules, s.rulesVersion},
            tr("Could not save the service."));
        if (!id)
            return id.status();
        s.id = *id;
        if (Status st = writeRequiredDocuments(s.id, s.requiredDocuments, false); !st)
            return st;
        if (Status st = recordRulesVersion(s.id, s.rulesVersion, rules, actorId); !st)
            return st;
        return AuditRepository(m_db).record(actorId, QStringLiteral("service.create"),
                                            QStringLiteral("service"), s.id,
                                            {{QStringLiteral("code"), s.code}});
    });
    if (!saved)
        return saved;
    return get(s.id);
}

Result<Service> ServiceRepository::update(const Service &input, qint64 actorId)
{
    const QString rules = rulesToJson(input.rules);
    const Status saved = m_db.transaction([&]() -> Status {
        const Result<Service> stored = get(input.id);
        if (!stored)
            return stored.status();
        const bool rulesChanged = rulesToJson(stored->rules) != rules;
        const int version = stored->rulesVersion + (rulesChanged ? 1 : 0);
        QSqlQuery q(m_db.connection());
        if (Status st = Sql::exec(q,
                                  QStringLiteral("UPDATE services SET name_ar = ?, name_en = ?, "
                                                 "active = ?, needs_approval = ?, rules = ?, "
                                                 "rules_version = ?, version = version + 1 "
                                                 "WHERE id = ?"),
                                  {Sql::text(input.nameAr), Sql::text(input.nameEn),
                                   Sql::flag(input.active), Sql::flag(input.needsApproval), rules,
                                   version, input.id},
                                  tr("Could not save the service."));
            !st)
            return st;
        if (Status st = writeRequiredDocuments(input.id, input.requiredDocuments, true); !st)
            return st;
        if (rulesChanged) {
            if (Status st = recordRulesVersion(input.id, version, rules, actorId); !st)
                return st;
        }
        return AuditRepository(m_db).record(actorId, QStringLiteral("service.update"),
                                            QStringLiteral("service"), input.id,
                                            {{QStringLiteral("rules_version"), version}});
    });
    if (!saved)
        return saved;
    return get(input.id);
}

Result<QVector<Service>> ServiceRepository::select(const QString &where,
                                                   const QVariantList &values) const
{
    const QString failure = tr("Could not read the services.");
    Sql::Cached statement(m_db,
                          QStringLiteral("SELECT id, code, name_ar, name_en, active, "
                                         "needs_approval, rules, rules_version FROM services ") +
                              where + QStringLiteral(" ORDER BY id"));
    if (Status s = statement.exec(values, failure); !s)
        return s;
    QSqlQuery &q = statement.query();
    QVector<Service> out;
    QHash<qint64, int> index;
    while (q.next()) {
        Service s;
        s.id = q.value(0).toLongLong();
        s.code = q.value(1).toString();
        s.nameAr = q.value(2).toString();
        s.nameEn = q.value(3).toString();
        s.active = q.value(4).toInt() != 0;
        s.needsApproval = q.value(5).toInt() != 0;
        const auto rules = rulesFromJson(q.value(6).toString());
        if (!rules)
            return Result<QVector<Service>>::failure(
                tr("The rules of the service %1 are unreadable.").arg(s.code));
        s.rules = *rules;
        s.rulesVersion = q.value(7).toInt();
        index.insert(s.id, int(out.size()));
        out << s;
    }
    if (out.isEmpty())
        return out;
    QVariantList idValues;
    for (const Service &s : out)
        idValues << s.id;
    // A statement of its own: q stays the cached one it was prepared as.
    QSqlQuery documents(m_db.connection());
    documents.setForwardOnly(true);
    if (Status s = Sql::exec(documents,
                             QStringLiteral("SELECT service_id, type_code FROM "
                                            "service_required_documents WHERE service_id IN (%1) "
                                            "ORDER BY service_id, position")
                                 .arg(Sql::placeholders(int(idValues.size()))),
                             idValues, failure);
        !s)
        return s;
    while (documents.next())
        out[index.value(documents.value(0).toLongLong())].requiredDocuments
            << documents.value(1).toString();
    return out;
}

Result<Service> ServiceRepository::get(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Result<Service>::failure(tr("There is no service with number %1.").arg(id));
    return found->first();
}

Result<std::optional<Service>> ServiceRepository::findByCode(const QString &code) const
{
    const auto found = select(QStringLiteral("WHERE code = ?"), {code});
    if (!found)
        return found.status();
    if (found->isEmpty())
        return std::optional<Service>();
    return std::optional<Service>(found->first());
}

Result<QVector<Service>> ServiceRepository::list(bool activeOnly) const
{
    return activeOnly ? select(QStringLiteral("WHERE active = 1"), {}) : select(QString(), {});
}

Result<QVector<EligibilityRule>> ServiceRepository::rulesAt(qint64 serviceId,
                                                            int rulesVersion) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT rules FROM service_rule_versions WHERE "
                                            "service_id = ? AND rules_version = ?"),
                             {serviceId, rulesVersion}, tr("Could not read the service's rules."));
        !s)
        return s;
    if (!q.next())
        return Result<QVector<EligibilityRule>>::failure(
            tr("Version %1 of the service's rules does not exist.").arg(rulesVersion));
    const auto rules = rulesFromJson(q.value(0).toString());
    if (!rules)
        return Result<QVector<EligibilityRule>>::failure(
            tr("The rules of the service %1 are unreadable.").arg(serviceId));
    return *rules;
}
