// A requester that is not a person (issue 16, seed 000 step 1): a mosque, a
// school, an association, a government body such as the supervising ministry,
// a company; with the person to contact and their phone.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

enum class OrganisationKind
{
    Mosque,
    School,
    Association,
    GovernmentBody,
    Company,
    Other
};

struct Organisation
{
    static constexpr int maxNameLength = 150;
    static constexpr int maxContactLength = 100;

    qint64 id = 0;
    QString name;
    OrganisationKind kind = OrganisationKind::Other;
    // A government body that supervises the association (the Ministry of
    // Islamic Affairs): its requests are the supervising authority's.
    bool supervising = false;
    QString contactPerson;
    QString contactPhone; // E.164 (core/Phone), or empty
    QDateTime createdAt;
    int version = 0;
};

class OrganisationKinds final
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationKinds)

public:
    static const QVector<OrganisationKind> &all();
    // Stable ASCII code stored in the database; never translated.
    static QString code(OrganisationKind kind);
    static std::optional<OrganisationKind> fromCode(const QString &code);
    // For people, in the current language.
    static QString label(OrganisationKind kind);
};

// The checks an organisation's record passes before it is kept.
class OrganisationRules final
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationRules)

public:
    // Cleans the typed text (FieldText), puts the phone in its E.164 form and
    // checks every field; the refusal says what is wrong, in words. Only a
    // government body may be the supervising authority.
    static Status check(Organisation &organisation);
};
