#include "core/BeneficiaryImport.h"

#include "core/DateInput.h"
#include "core/NamePart.h"
#include "core/NationalId.h"
#include "core/Phone.h"
#include "core/TextInput.h"

#include <QHash>

namespace {

struct Column
{
    const char *key;
    const char *arabic; // UTF-8
};

const Column kColumns[] = {
    {"national_id", "رقم الهوية"},
    {"first_name", "الاسم الأول"},
    {"father_name", "اسم الأب"},
    {"grandfather_name", "اسم الجد"},
    {"family_name", "اسم العائلة"},
    {"gender", "الجنس"},
    {"birth_date", "تاريخ الميلاد"},
    {"phone", "الجوال"},
    {"city", "المدينة"},
    {"family_size", "عدد أفراد الأسرة"},
    {"monthly_income", "الدخل الشهري"},
};

QString headerKey(const QString &header)
{
    const QString h = TextInput::stripBidiControls(header).simplified();
    for (const Column &c : kColumns) {
        if (h.compare(QLatin1String(c.key), Qt::CaseInsensitive) == 0 ||
            h == QString::fromUtf8(c.arabic))
            return QLatin1String(c.key);
    }
    return {};
}

constexpr int kMaxFamilySize = 50;

} // namespace

const QStringList &BeneficiaryImport::columnKeys()
{
    static const QStringList keys = [] {
        QStringList k;
        for (const Column &c : kColumns)
            k << QLatin1String(c.key);
        return k;
    }();
    return keys;
}

QString BeneficiaryImport::arabicColumnName(const QString &key)
{
    for (const Column &c : kColumns) {
        if (key == QLatin1String(c.key))
            return QString::fromUtf8(c.arabic);
    }
    return {};
}

Result<qint64> BeneficiaryImport::parseAmount(const QString &text)
{
    QString t = TextInput::asciiDigits(TextInput::stripBidiControls(text)).trimmed();
    t.replace(QChar(0x066B), u'.'); // Arabic decimal separator
    t.remove(QChar(0x066C));        // Arabic thousands separator
    t.remove(u',');
    t.remove(u' ');
    const qsizetype dot = t.indexOf(u'.');
    const QString whole = dot < 0 ? t : t.left(dot);
    const QString frac = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() || !TextInput::isAllAsciiDigits(whole) ||
        (!frac.isEmpty() && !TextInput::isAllAsciiDigits(frac)) || frac.size() > 2 ||
        whole.size() > 9)
        return Status::failure(
            tr("the monthly income \"%1\" is not an amount in riyals (for example 4500 or 4500.50)")
                .arg(text.trimmed()));
    qint64 halalas = whole.toLongLong() * 100;
    if (!frac.isEmpty())
        halalas += (frac.size() == 1 ? frac.toInt() * 10 : frac.toInt());
    return halalas;
}

Result<Gender> BeneficiaryImport::parseGender(const QString &text)
{
    const QString t = TextInput::stripBidiControls(text).trimmed().toLower();
    if (t == QLatin1String("m") || t == QLatin1String("male") || t == QString::fromUtf8("ذكر"))
        return Gender::Male;
    if (t == QLatin1String("f") || t == QLatin1String("female") || t == QString::fromUtf8("أنثى") ||
        t == QString::fromUtf8("انثى"))
        return Gender::Female;
    return Status::failure(
        tr("the gender \"%1\" is not one of M, F, male, female, ذكر, أنثى").arg(text.trimmed()));
}

Result<ImportPlan>
BeneficiaryImport::plan(const QVector<CsvRecord> &records, const QDate &today,
                        const std::function<bool(const QString &)> &existsInDatabase)
{
    if (records.isEmpty())
        return Status::failure(
            tr("The file is empty: it needs a header row and at least one row."));

    ImportPlan result;
    const CsvRecord &header = records.first();
    QHash<QString, int> columnOf;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString key = headerKey(header.fields.at(i));
        if (key.isEmpty()) {
            if (!header.fields.at(i).trimmed().isEmpty())
                result.ignoredColumns << header.fields.at(i).trimmed();
            continue;
        }
        if (columnOf.contains(key))
            return Status::failure(tr("Line 1: the column \"%1\" appears twice.").arg(key));
        columnOf.insert(key, i);
    }
    for (const char *required : {"national_id", "first_name", "family_name"}) {
        if (!columnOf.contains(QLatin1String(required)))
            return Status::failure(
                tr("Line 1: the required column \"%1\" (%2) is missing.")
                    .arg(QLatin1String(required), arabicColumnName(QLatin1String(required))));
    }

    QSet<QString> seenIds;
    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        auto value = [&](const char *key) {
            const int col = columnOf.value(QLatin1String(key), -1);
            return col >= 0 && col < rec.fields.size() ? rec.fields.at(col) : QString();
        };
        auto has = [&](const char *key) {
            return !value(key).trimmed().isEmpty();
        };
        auto reject = [&](const QString &reason) {
            result.rejected.push_back({rec.line, reason});
        };

        if (rec.fields.size() > header.fields.size()) {
            reject(tr("the row has %1 values but the header has %2 columns")
                       .arg(rec.fields.size())
                       .arg(header.fields.size()));
            continue;
        }

        Beneficiary b;
        const auto id = NationalId::parse(value("national_id"));
        if (!id) {
            reject(id.error());
            continue;
        }
        b.idNumber = id->digits();
        b.idType = id->kind() == NationalId::Kind::Citizen ? IdType::NationalId : IdType::Iqama;
        if (id->kind() == NationalId::Kind::Citizen)
            b.nationality = QStringLiteral("SA");
        if (seenIds.contains(b.idNumber)) {
            reject(tr("the national ID %1 appears earlier in the file").arg(b.idNumber));
            continue;
        }
        if (existsInDatabase && existsInDatabase(b.idNumber)) {
            reject(tr("the national ID %1 is already registered").arg(b.idNumber));
            continue;
        }

        QString error;
        auto namePart = [&](const char *key, bool required, QString &out) {
            if (!error.isEmpty())
                return;
            const auto cleaned = NamePart::clean(value(key), required);
            if (!cleaned)
                error = QStringLiteral("%1: %2").arg(QLatin1String(key), cleaned.error());
            else
                out = cleaned.value();
        };
        namePart("first_name", true, b.name.first);
        namePart("father_name", false, b.name.father);
        namePart("grandfather_name", false, b.name.grandfather);
        namePart("family_name", true, b.name.family);

        if (error.isEmpty() && has("gender")) {
            const auto g = parseGender(value("gender"));
            g ? void(b.gender = *g) : void(error = g.error());
        }
        if (error.isEmpty() && has("birth_date")) {
            const auto d = DateInput::parse(value("birth_date"));
            if (!d) {
                error = d.error();
            } else if (const Status s = DateInput::checkBirthDate(*d, today); !s) {
                error = s.error();
            } else {
                b.birthDate = *d;
            }
        }
        if (error.isEmpty() && has("phone")) {
            const auto p = Phone::parse(value("phone"));
            p ? void(b.phone = p->e164()) : void(error = p.error());
        }
        if (error.isEmpty() && has("city")) {
            const auto c = NamePart::clean(value("city"), true);
            c ? void(b.city = *c) : void(error = c.error());
        }
        if (error.isEmpty() && has("family_size")) {
            const QString t = TextInput::normaliseNumber(value("family_size"));
            const int n = TextInput::isAllAsciiDigits(t) && t.size() <= 3 ? t.toInt() : -1;
            if (n < 1 || n > kMaxFamilySize)
                error = tr("the family size \"%1\" is not a whole number from 1 to %2")
                            .arg(value("family_size").trimmed())
                            .arg(kMaxFamilySize);
            else
                b.familySize = n;
        }
        if (error.isEmpty() && has("monthly_income")) {
            const auto a = parseAmount(value("monthly_income"));
            a ? void(b.monthlyIncome = *a) : void(error = a.error());
        }
        if (!error.isEmpty()) {
            reject(error);
            continue;
        }
        seenIds.insert(b.idNumber);
        result.accepted.push_back({rec.line, b});
    }
    return result;
}
