// The manager's catalogue: document types and services with their required
// documents and eligibility rules. Rules are stored as JSON text; each change
// of a service's rules gets the next rules version and the old versions are
// kept, so a case can show the rules it was judged by.
#pragma once

#include "core/Result.h"
#include "core/Service.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

class Database;

class ServiceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRepository)

public:
    explicit ServiceRepository(Database &db) : m_db(db) {}

    Result<DocumentType> createDocumentType(const DocumentType &t, qint64 actorId);
    // Changes names and expiry; the code is permanent.
    Result<DocumentType> updateDocumentType(const DocumentType &t, qint64 actorId);
    Result<QVector<DocumentType>> documentTypes() const;

    // The stored service; rulesVersion is 1 on create and goes up by one on
    // each update that changes the rules (the given value is ignored).
    Result<Service> create(const Service &s, qint64 actorId);
    Result<Service> update(const Service &s, qint64 actorId);
    Result<Service> get(qint64 id) const;
    Result<std::optional<Service>> findByCode(const QString &code) const;
    Result<QVector<Service>> list(bool activeOnly = false) const;
    Result<QVector<EligibilityRule>> rulesAt(qint64 serviceId, int rulesVersion) const;

    static QString rulesToJson(const QVector<EligibilityRule> &rules);
    static std::optional<QVector<EligibilityRule>> rulesFromJson(const QString &json);

private:
    Status writeRequiredDocuments(qint64 serviceId, const QStringList &codes, bool replace);
    Status recordRulesVersion(qint64 serviceId, int version, const QString &json, qint64 actorId);
    Result<QVector<Service>> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};
