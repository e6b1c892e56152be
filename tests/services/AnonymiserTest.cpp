#include "ErasureSupport.h"

#include "reports/MonthlyCsvExport.h"
#include "services/Anonymiser.h"
#include "services/Authenticator.h"
#include "services/PasswordHasher.h"
#include "services/RestrictionDesk.h"
#include "storage/BeneficiarySearch.h"

#include <QBuffer>
#include <QJsonDocument>

using namespace ErasureTest;

namespace {

const QString kPassword = QStringLiteral("manager-pass-2026");

void givePassword(Fixture &f, const Session &who)
{
    REQUIRE(UserRepository(f.db)
                .setPasswordHash(who.userId(), ok(PasswordHasher::hash(kPassword)), 0)
                .ok());
}

QString csvOf(Fixture &f)
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    ok(MonthlyCsvExport::write(f.db, ok(ReportPeriod::gregorian(2026, 11)), &buffer));
    return QString::fromUtf8(buffer.data());
}

QStringList searchHits(Fixture &f, const QStringList &queries)
{
    QStringList hits;
    for (const QString &q : queries)
        for (const BeneficiaryMatch &m : ok(BeneficiarySearch(f.db).find(q)))
            hits << QStringLiteral("%1 -> #%2").arg(q).arg(m.id);
    return hits;
}

} // namespace

TEST_CASE("A person anonymised: none of their values is left in any table, search, export or "
          "file, and the month's figures are the same",
          "[services][anonymise]")
{
    Fixture f;
    givePassword(f, *f.manager);
    Seeded gone = seedPerson(f, 41, QStringLiteral("ق"));
    const Seeded kept = seedPerson(f, 42, QStringLiteral("ك"));
    const QStringList searches = {gone.firstName, gone.familyName, gone.idNumber,
                                  gone.nationalPhone};
    const ReportPeriod november = ok(ReportPeriod::gregorian(2026, 11));
    const MonthlySummary before =
        ok(MonthlySummaryBuilder::compute(f.db, november, f.clock.nowUtc()));

    // Before: every value can be found, so that the checks after can fail.
    CHECK(foundIn(gone.values, everyTableText(f.db)) == gone.values);
    CHECK(searchHits(f, searches).size() == searches.size());
    CHECK(csvOf(f).contains(gone.idNumber));
    // Restricted too, with a reason (kept beside the audit trail).
    const QString why = QStringLiteral("تنازع على عنوان زبرجدةق");
    ok(RestrictionDesk(f.db, *f.manager).restrict(gone.beneficiaryId, why));
    gone.values << why;

    Authenticator auth(f.db);
    Anonymiser anonymiser(f.db, *f.manager, auth);
    const ErasurePreview preview = ok(anonymiser.preview(gone.beneficiaryId));
    QStringList labels;
    qint64 texts = 0;
    for (const ErasureItem &item : preview.items) {
        labels << item.label;
        texts += item.count;
        // The preview says what goes, never a value of the person.
        CHECK(foundIn(gone.values, {item.label}).isEmpty());
    }
    CHECK(labels.contains(QStringLiteral("Names")));
    CHECK(labels.contains(QStringLiteral("ID number")));
    CHECK(labels.contains(QStringLiteral("Survey comments")));
    CHECK(labels.contains(QStringLiteral("Values kept from corrections and restrictions")));
    CHECK(texts >= 20);

    const qint64 audits = f.auditCount(QStringLiteral("beneficiary.anonymise"));
    const Status done =
        anonymiser.anonymise(gone.beneficiaryId, QStringLiteral("طلب حذف رقم 7"), kPassword);
    INFO(done.error().toStdString());
    REQUIRE(done.ok());
    CHECK(f.auditCount(QStringLiteral("beneficiary.anonymise")) == audits + 1);

    // No table holds a value of theirs; the other person's are all there.
    const QStringList everything = everyTableText(f.db);
    CHECK(foundIn(gone.values, everything) == QStringList());
    CHECK(foundIn(kept.values, everything) == kept.values);
    // No search finds them, the month's CSV does not name them.
    CHECK(searchHits(f, searches) == QStringList());
    CHECK(foundIn(gone.values, {csvOf(f)}) == QStringList());
    CHECK(csvOf(f).contains(kept.idNumber));
    // The file and its write-ahead log hold none of their bytes.
    if (!TestDb::isPostgres()) {
        const QString file = f.db.path();
        CHECK(
            foundInBytes(gone.values, fileBytes(file) + fileBytes(file + QStringLiteral("-wal"))) ==
            QStringList());
    }

    // What stays: the record, its birth year, the cases and their figures.
    const Beneficiary after = ok(BeneficiaryRepository(f.db).get(gone.beneficiaryId));
    CHECK(after.isAnonymised());
    CHECK(after.birthYear == 1979);
    CHECK(after.name.full().isEmpty());
    CHECK(after.idNumber.isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE beneficiary_id = %1")
                       .arg(gone.beneficiaryId)) == 2);
    // Nobody can write their values back into the record.
    Beneficiary edited = after;
    edited.name.first = gone.firstName;
    edited.name.family = gone.familyName;
    edited.idNumber = gone.idNumber;
    const auto rewritten = InformationDesk(f.db, *f.desk).updateBeneficiary(edited);
    REQUIRE_FALSE(rewritten.ok());
    CHECK(rewritten.error().contains(QStringLiteral("destroyed")));
    const MonthlySummary again =
        ok(MonthlySummaryBuilder::compute(f.db, november, f.clock.nowUtc()));
    CHECK(figures(again) == figures(before));

    // The audit row says it happened and why, not what was removed.
    QSqlQuery q(f.db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT details, user_id FROM audit_log WHERE action = "
                                  "'beneficiary.anonymise'")));
    REQUIRE(q.next());
    const QJsonObject details = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    CHECK(details.value(QStringLiteral("reason")).toString() == QStringLiteral("طلب حذف رقم 7"));
    CHECK(q.value(1).toLongLong() == f.manager->userId());
}

TEST_CASE("Anonymising is refused to anyone but the manager, with a wrong password, a reason "
          "naming the person, an unknown or an anonymised person, and changes nothing",
          "[services][anonymise]")
{
    Fixture f;
    givePassword(f, *f.manager);
    givePassword(f, *f.admin);
    const Seeded person = seedPerson(f, 51, QStringLiteral("ر"));
    Authenticator auth(f.db);
    const QString reason = QStringLiteral("Request 12");

    for (const Session *who : {f.desk.get(), f.officer.get(), f.admin.get()}) {
        Anonymiser notAllowed(f.db, *who, auth);
        const auto before = f.snapshot();
        const Status refused = notAllowed.anonymise(person.beneficiaryId, reason, kPassword);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("may not")));
        CHECK_FALSE(notAllowed.preview(person.beneficiaryId).ok());
        CHECK(f.snapshot() == before);
    }

    Anonymiser anonymiser(f.db, *f.manager, auth);
    const auto before = f.snapshot();
    const Status wrong = anonymiser.anonymise(person.beneficiaryId, reason, QStringLiteral("nope"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error() == QStringLiteral("The password is not right; nothing was changed."));

    for (const QString &naming :
         {QStringLiteral("طلبت زبرجدةر الحذف"), QStringLiteral("ID %1").arg(person.idNumber),
          QStringLiteral("phone %1").arg(person.nationalPhone), QString(),
          QString(Anonymiser::maxReasonLength + 1, QLatin1Char('x'))}) {
        const Status refused = anonymiser.anonymise(person.beneficiaryId, naming, kPassword);
        INFO(naming.toStdString());
        CHECK_FALSE(refused.ok());
    }
    const Status unknown = anonymiser.anonymise(999999, reason, kPassword);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error() == QStringLiteral("There is no beneficiary with record number 999999."));
    CHECK_FALSE(anonymiser.find(QStringLiteral("1000000000")).ok());
    // (The failed password leaves its audit row, as every failed sign-in does.)
    auto after = f.snapshot();
    after["audit_log"] = before.at("audit_log");
    CHECK(after == before);
    CHECK(foundIn(person.values, everyTableText(f.db)) == person.values);

    // Found by ID number, file number or record number.
    CHECK(ok(anonymiser.find(person.idNumber)) == person.beneficiaryId);
    CHECK(ok(anonymiser.find(QStringLiteral("#%1").arg(person.beneficiaryId))) ==
          person.beneficiaryId);
    const QString fileNumber = ok(BeneficiaryRepository(f.db).get(person.beneficiaryId)).fileNumber;
    CHECK(ok(anonymiser.find(fileNumber)) == person.beneficiaryId);

    REQUIRE(anonymiser.anonymise(person.beneficiaryId, reason, kPassword).ok());
    const auto done = f.snapshot();
    const Status twice = anonymiser.anonymise(person.beneficiaryId, reason, kPassword);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().contains(QStringLiteral("already anonymised")));
    CHECK(f.snapshot() == done);
    CHECK(ok(anonymiser.preview(person.beneficiaryId)).anonymisedAt.isValid());
    for (const ErasureItem &item : ok(anonymiser.preview(person.beneficiaryId)).items)
        FAIL_CHECK("left after anonymising: " << item.label.toStdString() << " " << item.count);
}
