#include <catch2/catch.hpp>

#include "ServicesTestSupport.h"

#include "services/CaseDesk.h"
#include "services/InformationDesk.h"
#include "services/ReceptionDesk.h"
#include "services/RestrictionDesk.h"
#include "services/VerificationDesk.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/MonthExportQuery.h"
#include "storage/PersonalValues.h"

#include <QJsonDocument>

using ServicesTest::Fixture;
using ServicesTest::ok;

namespace {

// A case at step 2 with the beneficiary (serial) registered on it.
qint64 caseWithBeneficiary(CaseDesk &desk, qint64 serial, qint64 *beneficiaryId,
                           const QString &first = QStringLiteral("فاطمة"))
{
    const Case c = ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest,
                                                QStringLiteral("سلة غذائية")));
    ok(desk.advance(c.id));
    *beneficiaryId =
        ok(desk.information().registerBeneficiary(c.id, ServicesTest::beneficiary(serial, first)))
            .id;
    return c.id;
}

QStringList exportedNames(Fixture &f)
{
    QStringList names;
    const TimeRange day{f.clock.nowUtc().addDays(-1), f.clock.nowUtc().addDays(1)};
    const Result<qint64> rows = MonthExportQuery(f.db).forEach(day, [&](const ExportRow &r) {
        names << r.beneficiaryName + QLatin1Char('|') + r.idNumber;
        return true;
    });
    REQUIRE(rows.ok());
    return names;
}

} // namespace

TEST_CASE("A restricted person's data is seen but not used until the restriction is lifted",
          "[services][restriction]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    RestrictionDesk restrictions(f.db, *f.manager);
    qint64 person = 0;
    const qint64 caseId = caseWithBeneficiary(desk, 1, &person);
    qint64 other = 0;
    const qint64 otherCase = caseWithBeneficiary(desk, 2, &other, QStringLiteral("سارة"));
    const QString fullName = ok(BeneficiaryRepository(f.db).get(person)).name.full();

    const Beneficiary restricted =
        ok(restrictions.restrict(person, QStringLiteral("  يعترض على صحة دخله المسجل \u202E ")));
    CHECK(restricted.isRestricted());
    CHECK(restricted.restrictedAt == f.clock.nowUtc());
    CHECK(restricted.restrictionReason == QStringLiteral("يعترض على صحة دخله المسجل"));
    CHECK(ok(BeneficiaryRepository(f.db).get(person)).isRestricted());

    // Seen: the record reads as before. Not used: no work on their case, no
    // new case with them, and the export leaves out who they are.
    const auto advance = desk.advance(caseId);
    REQUIRE_FALSE(advance.ok());
    CHECK(advance.error().contains(QStringLiteral("restricted")));
    CHECK(advance.error().contains(QStringLiteral("يعترض على صحة دخله المسجل")));
    CHECK_FALSE(desk.verification().markVerified(caseId, true).ok());
    const Case fresh =
        ok(desk.reception().openCase(Channel::PhoneCall, Purpose::ServiceRequest, QString()));
    ok(desk.advance(fresh.id));
    const auto linked = desk.information().attachBeneficiary(fresh.id, person);
    REQUIRE_FALSE(linked.ok());
    CHECK(linked.error().contains(QStringLiteral("restricted")));
    const QStringList exported = exportedNames(f);
    CHECK_FALSE(exported.join(QLatin1Char(' ')).contains(fullName));
    CHECK(exported.contains(QStringLiteral("|")));              // their case still counts
    CHECK(exported.filter(QStringLiteral("سارة")).size() == 1); // the other person is there
    CHECK(ok(desk.information().attachBeneficiary(otherCase, other)).beneficiaryId == other);

    // Ending the work is not using the data: a withdrawal goes through.
    CHECK(ok(desk.withdraw(caseId, QStringLiteral("لا يرغب في المتابعة"))).status ==
          CaseStatus::Withdrawn);

    // Lifted with a reason: usable again.
    CHECK_FALSE(ok(restrictions.lift(person, QStringLiteral("صُحّح الدخل"))).isRestricted());
    CHECK(ok(desk.information().attachBeneficiary(fresh.id, person)).beneficiaryId == person);
    CHECK(exportedNames(f).join(QLatin1Char(' ')).contains(fullName));

    // Audited without the reasons in the chained details: they are kept
    // beside the rows, erasable, and match the rows' digests.
    QSqlQuery q(f.db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, action, details, user_id FROM audit_log WHERE "
                                  "action LIKE 'beneficiary.%restrict' ORDER BY id")));
    QVector<qint64> ids;
    QStringList actions;
    while (q.next()) {
        ids << q.value(0).toLongLong();
        actions << q.value(1).toString();
        CHECK_FALSE(q.value(2).toString().contains(QStringLiteral("دخل")));
        CHECK(q.value(3).toLongLong() == f.manager->userId());
        const QJsonObject details =
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        CHECK(ok(PersonalValues(f.db).matches(ids.last(), details)));
    }
    CHECK(actions == QStringList{QStringLiteral("beneficiary.restrict"),
                                 QStringLiteral("beneficiary.unrestrict")});
    const auto kept = ok(PersonalValues(f.db).forAudit(ids));
    CHECK(kept.value(ids.first()).value(QStringLiteral("reason")).toString() ==
          QStringLiteral("يعترض على صحة دخله المسجل"));
    CHECK(kept.value(ids.last()).value(QStringLiteral("reason")).toString() ==
          QStringLiteral("صُحّح الدخل"));
    CHECK(ok(PersonalValues(f.db).forget(person)) == 2);
    CHECK_FALSE(ok(PersonalValues(f.db).matches(ids.first(), {})));
}

TEST_CASE("A restriction is refused in words and changes nothing", "[services][restriction]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    qint64 person = 0;
    caseWithBeneficiary(desk, 1, &person);
    const auto before = f.snapshot();

    const auto byDesk = RestrictionDesk(f.db, *f.desk).restrict(person, QStringLiteral("سبب"));
    REQUIRE_FALSE(byDesk.ok());
    CHECK(byDesk.error() == QStringLiteral("A receptionist may not handle a person's requests "
                                           "about their data; ask the manager or the "
                                           "administrator."));
    RestrictionDesk admin(f.db, *f.admin);
    CHECK(admin.restrict(person, QStringLiteral(" \u200F ")).error() ==
          QStringLiteral("Write the reason."));
    CHECK(admin.restrict(person, QString(501, QChar(0x0633)))
              .error()
              .contains(QStringLiteral("longer than 500")));
    CHECK(admin.restrict(999999, QStringLiteral("سبب"))
              .error()
              .contains(QStringLiteral("no beneficiary")));
    CHECK(admin.lift(person, QStringLiteral("سبب")).error() ==
          QStringLiteral("The processing of this person's data is not restricted."));
    CHECK(f.snapshot() == before);

    // The administrator may restrict; twice is refused; a copy of the record
    // read before the restriction can no longer be saved over it.
    const Beneficiary read = ok(BeneficiaryRepository(f.db).get(person));
    ok(admin.restrict(person, QStringLiteral("نزاع على الهوية")));
    CHECK(admin.restrict(person, QStringLiteral("سبب")).error() ==
          QStringLiteral("The processing of this person's data is already restricted."));
    Beneficiary edited = read;
    edited.district = QStringLiteral("الملز");
    const auto stale = desk.information().updateBeneficiary(edited);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().contains(QStringLiteral("مدير النظام")));
}
