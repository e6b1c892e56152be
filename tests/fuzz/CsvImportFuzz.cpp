// Fuzz target: the CSV reader with import's row validation, as `import` runs
// them: records streamed from a device within limits, then judged row by row.
// Invariants: the reader refuses or reads within its limits; the streamed plan
// equals the plan of the same records read whole; every accepted row holds
// only values the import promises (a mobile, a family size 1-50, a
// non-negative income, a valid national ID).
#include "FuzzInput.h"

#include "core/BeneficiaryImport.h"
#include "core/NationalId.h"
#include "core/Phone.h"

#include <QBuffer>

#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

Result<ImportPlan> streamed(const QByteArray &bytes, const CsvLimits &limits)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, limits);
    return BeneficiaryImport::plan(reader, QDate(2026, 12, 7), [](const QString &id) {
        return id.endsWith(QLatin1Char('6')); // some IDs "already registered"
    });
}

void checkPlan(const ImportPlan &plan, const CsvLimits &limits)
{
    require(plan.accepted.size() + plan.rejected.size() < limits.maxRecords);
    for (const ImportedRow &row : plan.accepted) {
        const Beneficiary &b = row.beneficiary;
        require(NationalId::parse(b.idNumber).ok());
        require(!b.name.first.isEmpty() && !b.name.family.isEmpty());
        require(b.familySize >= 0 && b.familySize <= BeneficiaryImport::maxFamilySize);
        require(!b.monthlyIncome || *b.monthlyIncome >= 0);
        if (!b.phone.isEmpty()) {
            const Result<Phone> phone = Phone::parse(b.phone);
            require(phone.ok() && phone->isMobile());
        }
    }
    for (const RejectedRow &row : plan.rejected)
        require(!row.reason.isEmpty() && row.line >= 2);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    CsvLimits small;
    small.maxFileBytes = 6000;
    small.maxLineBytes = 300;
    small.maxFieldCharacters = 60;
    small.maxFields = 12;
    small.maxRecords = 40;
    for (const CsvLimits &limits : {CsvLimits(), small}) {
        const Result<ImportPlan> plan = streamed(bytes, limits);
        const Result<QVector<CsvRecord>> records = CsvReader::parse(bytes, limits);
        require(plan.ok() || !plan.error().isEmpty());
        if (!records) {
            require(!records.error().isEmpty());
            require(!plan.ok()); // the reader's refusal reaches the import
            continue;
        }
        for (const CsvRecord &r : *records) {
            require(r.fields.size() <= limits.maxFields);
            for (const QString &field : r.fields)
                require(field.size() <= limits.maxFieldCharacters);
        }
        const Result<ImportPlan> whole =
            BeneficiaryImport::plan(*records, QDate(2026, 12, 7), [](const QString &id) {
                return id.endsWith(QLatin1Char('6'));
            });
        require(whole.ok() == plan.ok());
        if (!plan)
            continue;
        require(whole->accepted.size() == plan->accepted.size());
        require(whole->rejected.size() == plan->rejected.size());
        checkPlan(*plan, limits);
    }
    return 0;
}
