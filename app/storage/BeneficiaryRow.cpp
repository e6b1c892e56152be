#include "storage/BeneficiaryRow.h"

#include "storage/SqlSupport.h"

namespace {

// When a column is written by the insert and the update: the file number
// and the creation time are set once, when the record is made; the
// restriction and the anonymisation only by their own statements.
enum class Written
{
    Always,
    OnInsert,
    Never
};

struct BeneficiaryColumn
{
    const char *name;
    Written written;
    QVariant (*value)(const Beneficiary &);
    // Null for what is not read back (the full name, made from the parts).
    void (*read)(Beneficiary &, const QVariant &);
};

using B = Beneficiary;
using V = QVariant;

// The birth date as written, when its Hijri date still names the stored day.
WrittenDate storedBirth(const B &b)
{
    return b.writtenBirthDate().checked();
}

// In the table's order; the statements list them in this order.
const BeneficiaryColumn kBeneficiaryColumns[] = {
    {"first_name", Written::Always, [](const B &b) { return Sql::text(b.name.first.trimmed()); },
     [](B &b, const V &v) {
         b.name.first = v.toString();
     }},
    {"father_name", Written::Always, [](const B &b) { return Sql::text(b.name.father.trimmed()); },
     [](B &b, const V &v) {
         b.name.father = v.toString();
     }},
    {"grandfather_name", Written::Always,
     [](const B &b) { return Sql::text(b.name.grandfather.trimmed()); },
     [](B &b, const V &v) {
         b.name.grandfather = v.toString();
     }},
    {"family_name", Written::Always, [](const B &b) { return Sql::text(b.name.family.trimmed()); },
     [](B &b, const V &v) {
         b.name.family = v.toString();
     }},
    {"full_name", Written::Always, [](const B &b) { return Sql::text(b.name.full()); }, nullptr},
    {"id_type", Written::Always, [](const B &b) { return V(Domain::code(b.idType)); },
     [](B &b, const V &v) {
         b.idType = Domain::idTypeFromCode(v.toString()).value_or(IdType::NationalId);
     }},
    {"id_number", Written::Always, [](const B &b) { return Sql::optionalText(b.idNumber); },
     [](B &b, const V &v) {
         b.idNumber = v.toString();
     }},
    {"gender", Written::Always, [](const B &b) { return Sql::text(Domain::code(b.gender)); },
     [](B &b, const V &v) {
         b.gender = Domain::genderFromCode(v.toString()).value_or(Gender::Unspecified);
     }},
    {"birth_date", Written::Always, [](const B &b) { return Sql::date(b.birthDate); },
     [](B &b, const V &v) {
         b.birthDate = Sql::dateFrom(v);
     }},
    {"phone", Written::Always, [](const B &b) { return Sql::optionalText(b.phone); },
     [](B &b, const V &v) {
         b.phone = v.toString();
     }},
    {"city", Written::Always, [](const B &b) { return Sql::text(b.city); },
     [](B &b, const V &v) {
         b.city = v.toString();
     }},
    {"district", Written::Always, [](const B &b) { return Sql::text(b.district); },
     [](B &b, const V &v) {
         b.district = v.toString();
     }},
    {"family_size", Written::Always, [](const B &b) { return V(b.familySize); },
     [](B &b, const V &v) {
         b.familySize = v.toInt();
     }},
    {"monthly_income", Written::Always,
     [](const B &b) { return b.monthlyIncome ? V(*b.monthlyIncome) : V(); },
     [](B &b, const V &v) {
         if (!v.isNull())
             b.monthlyIncome = v.toLongLong();
     }},
    {"nationality", Written::Always, [](const B &b) { return Sql::text(b.nationality); },
     [](B &b, const V &v) {
         b.nationality = v.toString();
     }},
    {"file_number", Written::OnInsert, [](const B &b) { return Sql::optionalText(b.fileNumber); },
     [](B &b, const V &v) {
         b.fileNumber = v.toString();
     }},
    {"consent_given", Written::Always, [](const B &b) { return Sql::flag(b.consentGiven); },
     [](B &b, const V &v) {
         b.consentGiven = v.toInt() != 0;
     }},
    {"consent_purpose", Written::Always, [](const B &b) { return Sql::text(b.consentPurpose); },
     [](B &b, const V &v) {
         b.consentPurpose = v.toString();
     }},
    {"consent_at", Written::Always, [](const B &b) { return Sql::time(b.consentAt); },
     [](B &b, const V &v) {
         b.consentAt = Sql::timeFrom(v);
     }},
    {"created_at", Written::OnInsert, [](const B &b) { return Sql::time(b.createdAt); },
     [](B &b, const V &v) {
         b.createdAt = Sql::timeFrom(v);
     }},
    {"updated_at", Written::Always, [](const B &b) { return Sql::time(b.updatedAt); },
     [](B &b, const V &v) {
         b.updatedAt = Sql::timeFrom(v);
     }},
    {"version", Written::Always, [](const B &b) { return V(b.version); },
     [](B &b, const V &v) {
         b.version = v.toInt();
     }},
    {"restricted_at", Written::Never, [](const B &b) { return Sql::time(b.restrictedAt); },
     [](B &b, const V &v) {
         b.restrictedAt = Sql::timeFrom(v);
     }},
    {"restriction_reason", Written::Never,
     [](const B &b) { return Sql::text(b.restrictionReason); },
     [](B &b, const V &v) {
         b.restrictionReason = v.toString();
     }},
    {"anonymised_at", Written::Never, [](const B &b) { return Sql::time(b.anonymisedAt); },
     [](B &b, const V &v) {
         b.anonymisedAt = Sql::timeFrom(v);
     }},
    {"birth_year", Written::Never, [](const B &b) { return V(b.birthYear); },
     [](B &b, const V &v) {
         b.birthYear = v.toInt();
     }},
    // How the birth date was written (schema 8): read after birth_date.
    {"birth_calendar", Written::Always,
     [](const B &b) { return Sql::text(storedBirth(b).calendarCode()); },
     [](B &b, const V &v) {
         b.birthCalendar = WrittenDate::calendarFromCode(v.toString());
     }},
    {"birth_hijri", Written::Always,
     [](const B &b) { return Sql::text(storedBirth(b).hijriText()); },
     [](B &b, const V &v) {
         b.setBirthDate(WrittenDate::fromStored(b.birthDate, WrittenDate::codeOf(b.birthCalendar),
                                                v.toString()));
     }},
};

} // namespace

namespace BeneficiaryRow {

QString insertSql()
{
    static const QString sql = [] {
        QStringList names;
        QStringList marks;
        for (const BeneficiaryColumn &c : kBeneficiaryColumns) {
            if (c.written == Written::Never)
                continue;
            names << QLatin1String(c.name);
            marks << QStringLiteral("?");
        }
        return QStringLiteral("INSERT INTO beneficiaries (%1) VALUES (%2) RETURNING id")
            .arg(names.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
    }();
    return sql;
}

QVariantList insertValues(const Beneficiary &b)
{
    QVariantList values;
    for (const BeneficiaryColumn &c : kBeneficiaryColumns) {
        if (c.written != Written::Never)
            values << c.value(b);
    }
    return values;
}

QString updateSql()
{
    static const QString sql = [] {
        QStringList sets;
        for (const BeneficiaryColumn &c : kBeneficiaryColumns) {
            if (c.written == Written::Always)
                sets << QLatin1String(c.name) + QStringLiteral(" = ?");
        }
        return QStringLiteral("UPDATE beneficiaries SET %1 WHERE id = ? AND version = ?")
            .arg(sets.join(QLatin1String(", ")));
    }();
    return sql;
}

QVariantList updateValues(const Beneficiary &b, int storedVersion)
{
    QVariantList values;
    for (const BeneficiaryColumn &c : kBeneficiaryColumns) {
        if (c.written == Written::Always)
            values << c.value(b);
    }
    return values << b.id << storedVersion;
}

QString selectSql()
{
    static const QString sql = [] {
        QStringList names{QStringLiteral("id")};
        for (const BeneficiaryColumn &c : kBeneficiaryColumns) {
            if (c.read)
                names << QLatin1String(c.name);
        }
        return QStringLiteral("SELECT %1 FROM beneficiaries").arg(names.join(QLatin1String(", ")));
    }();
    return sql;
}

Beneficiary from(const QSqlQuery &q)
{
    Beneficiary b;
    b.id = q.value(0).toLongLong();
    int index = 1;
    for (const BeneficiaryColumn &c : kBeneficiaryColumns) {
        if (c.read)
            c.read(b, q.value(index++));
    }
    return b;
}

} // namespace BeneficiaryRow
