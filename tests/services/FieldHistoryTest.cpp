#include "ServicesTestSupport.h"

#include "services/BeneficiaryDesk.h"
#include "services/FieldHistory.h"
#include "storage/AuditChainCheck.h"

using namespace ServicesTest;

namespace {

Beneficiary registered(Fixture &f)
{
    const auto made = BeneficiaryDesk(f.db, *f.desk).registerBeneficiary(beneficiary(7));
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    return *made;
}

} // namespace

TEST_CASE("A correction keeps the old and new values beside its audit row",
          "[services][history]")
{
    Fixture f;
    const Beneficiary first = registered(f);
    Beneficiary corrected = first;
    corrected.phone = QStringLiteral("0551234567");
    corrected.name.first = QStringLiteral("نورة");
    f.clock.advanceSeconds(3600);
    const auto saved = BeneficiaryDesk(f.db, *f.desk).updateBeneficiary(corrected);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());

    // The chained details carry the fields and a digest, never the values.
    QSqlQuery q(f.db.connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT details FROM audit_log WHERE action = 'beneficiary.update'")));
    REQUIRE(q.next());
    const QString details = q.value(0).toString();
    CHECK(details.contains(QStringLiteral("\"phone\"")));
    CHECK_FALSE(details.contains(QStringLiteral("0551234567")));
    CHECK_FALSE(details.contains(QStringLiteral("فاطمة")));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM personal_values")) == 1);

    const auto history = FieldHistory(f.db, *f.desk).of(first.id);
    INFO(history.error().toStdString());
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    const FieldChange &name = history->at(0);
    CHECK(name.field == QStringLiteral("name"));
    CHECK(name.values == FieldChange::Values::Kept);
    CHECK(name.before == first.name.full());
    CHECK(name.after == saved->name.full());
    CHECK(name.userId == f.desk->userId());
    CHECK(name.userName == QStringLiteral("نورة الاستقبال"));
    CHECK(name.at == f.clock.nowUtc());
    const FieldChange &phone = history->at(1);
    CHECK(phone.field == QStringLiteral("phone"));
    CHECK(phone.before == first.phone);
    CHECK(phone.after == saved->phone);
    CHECK(phone.before != phone.after);

    // The audit chain holds, with the values and without them.
    CHECK(AuditChainCheck(f.db).status().ok());
    SECTION("values changed outside Istiqbal no longer match their digest")
    {
        REQUIRE(q.exec(QStringLiteral(
            "UPDATE personal_values SET body = '{\"phone\":[\"1\",\"2\"]}'")));
        const auto altered = FieldHistory(f.db, *f.desk).of(first.id);
        REQUIRE(altered.ok());
        REQUIRE(altered->size() == 2);
        CHECK(altered->at(1).values == FieldChange::Values::Altered);
        CHECK(altered->at(1).before.isEmpty());
    }
    SECTION("erased values are said to be removed, and the chain still verifies")
    {
        REQUIRE(q.exec(QStringLiteral("DELETE FROM personal_values")));
        const auto removed = FieldHistory(f.db, *f.desk).of(first.id);
        REQUIRE(removed.ok());
        REQUIRE(removed->size() == 2);
        for (const FieldChange &c : *removed) {
            CHECK(c.values == FieldChange::Values::Removed);
            CHECK(c.before.isEmpty());
            CHECK(c.after.isEmpty());
            CHECK(c.userId == f.desk->userId());
        }
        const auto chain = AuditChainCheck(f.db).run();
        REQUIRE(chain.ok());
        CHECK(chain->intact());
    }
}

TEST_CASE("A save that changes nothing keeps no values, and the history needs the file's readers",
          "[services][history]")
{
    Fixture f;
    const Beneficiary first = registered(f);
    const auto same = BeneficiaryDesk(f.db, *f.desk).updateBeneficiary(first);
    REQUIRE(same.ok());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM personal_values")) == 0);
    const auto history = FieldHistory(f.db, *f.desk).of(first.id);
    REQUIRE(history.ok());
    CHECK(history->isEmpty());

    const Session nobody = Session::forUser(999, {});
    const auto refused = FieldHistory(f.db, nobody).of(first.id);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().isEmpty());
}
