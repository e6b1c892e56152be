#include "core/BeneficiaryImport.h"

#include "core/DateInput.h"
#include "core/NamePart.h"
#include "core/NationalId.h"
#include "core/NumberInput.h"
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

constexpr qint64 kMaxIncomeHalalas = Q_INT64_C(99999999999); // under a billion riyals

// What an import message quotes of a value: the value itself when short, its
// beginning otherwise (the reader already bounds every value).
QString quoted(const QString &value)
{
    return TextInput::excerpt(value.trimmed());
}

} // namespace

// Reads the header, then judges one row at a time into an ImportPlan.
class BeneficiaryImport::Planner
{
public:
    Planner(const QDate &today, const std::function<bool(const QString &)> &exists)
        : m_today(today), m_exists(exists)
    {}
    Status header(const CsvRecord &header);
    void row(const CsvRecord &rec);
    ImportPlan &result() { return m_result; }

private:
    QString judge(const CsvRecord &rec, Beneficiary &b, QStringList &warnings);

    QDate m_today;
    std::function<bool(const QString &)> m_exists;
    ImportPlan m_result;
    QHash<QString, int> m_columnOf;
    int m_headerSize = 0;
    QSet<QString> m_seenIds;
};

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
    const auto refused = [&](const QString &why) {
        return Status::failure(tr("the monthly income \"%1\" %2 (write an amount in riyals such "
                                  "as 4500, 4,500.50 or ٤٬٥٠٠٫٥٠)")
                                   .arg(quoted(text), why));
    };
    const Result<qint64> halalas = NumberInput::parseScaled(text, 2);
    if (!halalas)
        return refused(halalas.error());
    if (*halalas < 0)
        return refused(tr("is negative"));
    if (*halalas > kMaxIncomeHalalas)
        return refused(tr("is too large"));
    return *halalas;
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
        tr("the gender \"%1\" is not one of M, F, male, female, ذكر, أنثى").arg(quoted(text)));
}

Status BeneficiaryImport::Planner::header(const CsvRecord &header)
{
    m_headerSize = int(header.fields.size());
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString key = headerKey(header.fields.at(i));
        if (key.isEmpty()) {
            if (!header.fields.at(i).trimmed().isEmpty())
                m_result.ignoredColumns << quoted(header.fields.at(i));
            continue;
        }
        if (m_columnOf.contains(key))
            return Status::failure(
                BeneficiaryImport::tr("Line 1: the column \"%1\" appears twice.").arg(key));
        m_columnOf.insert(key, i);
    }
    for (const char *required : {"national_id", "first_name", "family_name"}) {
        if (!m_columnOf.contains(QLatin1String(required)))
            return Status::failure(
                BeneficiaryImport::tr("Line 1: the required column \"%1\" (%2) is missing.")
                    .arg(QLatin1String(required), arabicColumnName(QLatin1String(required))));
    }
    return Status::success();
}

void BeneficiaryImport::Planner::row(const CsvRecord &rec)
{
    Beneficiary b;
    QStringList warnings;
    const QString error = judge(rec, b, warnings);
    if (!error.isEmpty()) {
        m_result.rejected.push_back({rec.line, error});
        return;
    }
    m_seenIds.insert(b.idNumber);
    m_result.accepted.push_back({rec.line, b, warnings});
}

// The reason the row is refused, or empty when b holds its values; what to
// check on an accepted row goes to warnings.
QString BeneficiaryImport::Planner::judge(const CsvRecord &rec, Beneficiary &b,
                                          QStringList &warnings)
{
    auto value = [&](const char *key) {
        const int col = m_columnOf.value(QLatin1String(key), -1);
        return col >= 0 && col < rec.fields.size() ? rec.fields.at(col) : QString();
    };
    auto has = [&](const char *key) {
        return !value(key).trimmed().isEmpty();
    };

    if (rec.fields.size() > m_headerSize)
        return BeneficiaryImport::tr("the row has %1 values but the header has %2 columns")
            .arg(rec.fields.size())
            .arg(m_headerSize);

    const auto id = NationalId::parse(value("national_id"));
    if (!id)
        return id.error();
    b.idNumber = id->digits();
    b.idType = id->kind() == NationalId::Kind::Citizen ? IdType::NationalId : IdType::Iqama;
    if (id->kind() == NationalId::Kind::Citizen)
        b.nationality = QStringLiteral("SA");
    if (m_seenIds.contains(b.idNumber))
        return BeneficiaryImport::tr("the national ID %1 appears earlier in the file")
            .arg(b.idNumber);
    if (m_exists && m_exists(b.idNumber))
        return BeneficiaryImport::tr("the national ID %1 is already registered").arg(b.idNumber);

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
    if (!error.isEmpty())
        return error;

    if (has("gender")) {
        const auto g = parseGender(value("gender"));
        if (!g)
            return g.error();
        b.gender = *g;
    }
    if (has("birth_date")) {
        // A Hijri date in the file keeps its form as written (DOMAIN.md 5.2a).
        const auto d = DateInput::parseWritten(value("birth_date"));
        if (!d)
            return d.error();
        if (const Status s = DateInput::checkBirthDate(d->date, m_today); !s)
            return s.error();
        b.setBirthDate(*d);
    }
    if (has("phone")) {
        const auto p = Phone::parse(value("phone"));
        if (!p)
            return p.error();
        // The column is the mobile (الجوال): a landline there is a mistake in
        // the sheet, not a mobile to call.
        if (!p->isMobile())
            return BeneficiaryImport::tr(
                       "the phone %1 is a landline number; the phone column (الجوال) takes a "
                       "mobile number, 05XXXXXXXX")
                .arg(p->shown());
        // Rule 2.1: a mobile prefix newer than the numbering data is imported,
        // and the row says so.
        if (p->hasWarning())
            warnings << p->warning();
        b.phone = p->e164();
    }
    if (has("city")) {
        const auto c = NamePart::clean(value("city"), true);
        if (!c)
            return c.error();
        b.city = *c;
    }
    if (has("family_size")) {
        const QString text = value("family_size");
        const Result<qint64> n = NumberInput::parseWhole(text);
        if (!n)
            return BeneficiaryImport::tr("the family size \"%1\" %2 (write a whole number from 1 "
                                         "to %3)")
                .arg(quoted(text), n.error())
                .arg(maxFamilySize);
        if (*n < 1 || *n > maxFamilySize)
            return BeneficiaryImport::tr(
                       "the family size \"%1\" is not a whole number from 1 to %2")
                .arg(quoted(text))
                .arg(maxFamilySize);
        b.familySize = int(*n);
    }
    if (has("monthly_income")) {
        const auto a = parseAmount(value("monthly_income"));
        if (!a)
            return a.error();
        b.monthlyIncome = *a;
    }
    return QString();
}

Result<ImportPlan>
BeneficiaryImport::plan(const QVector<CsvRecord> &records, const QDate &today,
                        const std::function<bool(const QString &)> &existsInDatabase)
{
    if (records.isEmpty())
        return Status::failure(
            tr("The file is empty: it needs a header row and at least one row."));
    Planner planner(today, existsInDatabase);
    if (const Status s = planner.header(records.first()); !s)
        return s;
    for (int r = 1; r < records.size(); ++r)
        planner.row(records.at(r));
    return std::move(planner.result());
}

Result<ImportPlan>
BeneficiaryImport::plan(CsvReader &reader, const QDate &today,
                        const std::function<bool(const QString &)> &existsInDatabase)
{
    CsvRecord record;
    if (!reader.next(record)) {
        if (!reader.status())
            return reader.status();
        return Status::failure(
            tr("The file is empty: it needs a header row and at least one row."));
    }
    Planner planner(today, existsInDatabase);
    if (const Status s = planner.header(record); !s)
        return s;
    while (reader.next(record))
        planner.row(record);
    if (!reader.status())
        return reader.status();
    return std::move(planner.result());
}
