// The breach report (issue 13, DOMAIN.md 6.6) on a real database, both
// engines: a person's file opened, their record corrected, a month export
// expanded to exactly the people it carried, the range's last day included
// and the next excluded, the desk refused; and the same export in the
// person's who-looked list. Also the case screen's opening of a case.
#include "ServicesTestSupport.h"

#include "reports/MonthlyCsvExport.h"
#include "services/AccessTrail.h"
#include "services/BeneficiaryDesk.h"
#include "services/BeneficiaryRecords.h"
#include "services/BreachReportDesk.h"
#include "services/CaseDesk.h"
#include "services/DeskQueries.h"
#include "services/InformationDesk.h"
#include "services/ReceptionDesk.h"
#include "services/RestrictionDesk.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ServicesTest;

namespace {

// Desk time (Riyadh, UTC+3) on a day of November 2026.
QDateTime riyadh(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second),
                     QTimeZone(QByteArrayLiteral("Asia/Riyadh")));
}

// Three people with a case each and one month export between them:
// A's case arrived before the export (carried), B was restricted before it
// (carried without who they are), C's case arrived after it (not in it).
struct Office
{
    Fixture f;
    qint64 a = 0, b = 0, c = 0;
    qint64 caseA = 0, caseB = 0, caseC = 0;

    qint64 personWithCase(qint64 serial, const QString &first, qint64 *caseId)
    {
        CaseDesk desk(f.db, *f.desk);
        const Case opened = ok(desk.reception().openCase(
            Channel::Interview, Purpose::ServiceRequest, QStringLiteral("سلة غذائية")));
        ok(desk.advance(opened.id));
        const Beneficiary made =
            ok(desk.information().registerBeneficiary(opened.id, beneficiary(serial, first)));
        *caseId = opened.id;
        return made.id;
    }

    Office()
    {
        f.clock.set(riyadh(22, 9));
        a = personWithCase(31, QStringLiteral("أسماء"), &caseA);
        b = personWithCase(32, QStringLiteral("بشرى"), &caseB);
        f.clock.set(riyadh(22, 10));
        ok(RestrictionDesk(f.db, *f.manager).restrict(b, QStringLiteral("نزاع على البيانات")));
        f.clock.set(riyadh(23, 8));
        const ReportPeriod november = *ReportPeriod::gregorian(2026, 11);
        REQUIRE(MonthlyCsvExport::recordExport(f.db, f.manager->userId(), november, 2).ok());
        f.clock.set(riyadh(23, 9));
        c = personWithCase(33, QStringLiteral("جميلة"), &caseC);
    }

    QVector<BreachRow> rowsFor(const BreachReportData &data, const QString &action)
    {
        QVector<BreachRow> out;
        for (const BreachRow &r : data.rows)
            if (r.action == action)
                out << r;
        return out;
    }
};

} // namespace

TEST_CASE("The breach report names whose data was seen or changed, by whom and when",
          "[services][breach]")
{
    Office o;
    Fixture &f = o.f;
    f.clock.set(riyadh(24, 11));
    REQUIRE(BeneficiaryRecords(f.db, *f.officer).open(o.a).ok());
    Beneficiary corrected = ok(BeneficiaryRecords(f.db, *f.desk).get(o.a));
    corrected.phone = QStringLiteral("0551239876");
    REQUIRE(BeneficiaryDesk(f.db, *f.desk).updateBeneficiary(corrected).ok());

    BreachReportDesk desk(f.db, *f.manager);
    const BreachReportData data = ok(desk.gather(QDate(2026, 11, 22), QDate(2026, 11, 24)));
    CHECK(data.madeBy == QStringLiteral("المدير"));

    const QVector<BreachRow> views = o.rowsFor(data, QStringLiteral("person.view"));
    REQUIRE(views.size() == 1);
    CHECK(views[0].beneficiaryId == o.a);
    CHECK(views[0].userId == f.officer->userId());
    CHECK(views[0].userName == QStringLiteral("خالد البرامج"));
    CHECK(views[0].personName.startsWith(QStringLiteral("أسماء")));
    CHECK(views[0].at == riyadh(24, 11).toUTC());

    const QVector<BreachRow> corrections = o.rowsFor(data, QStringLiteral("beneficiary.update"));
    REQUIRE(corrections.size() == 1);
    CHECK(corrections[0].userId == f.desk->userId());
    CHECK(corrections[0].beneficiaryId == o.a);

    // The export counts once, for the one person it carried with who they are.
    const QVector<BreachRow> exports = o.rowsFor(data, QStringLiteral("export.month"));
    REQUIRE(exports.size() == 1);
    CHECK(exports[0].beneficiaryId == o.a);
    CHECK(exports[0].caseId == o.caseA);
    CHECK(exports[0].userId == f.manager->userId());
    CHECK(exports[0].exportMonth == QStringLiteral("2026-11"));

    // The case work names the person through the case; oldest first.
    bool caseWork = false;
    for (const BreachRow &r : data.rows)
        caseWork = caseWork || (r.caseId == o.caseC && r.beneficiaryId == o.c);
    CHECK(caseWork);
    for (int i = 1; i < data.rows.size(); ++i)
        CHECK(data.rows[i - 1].at <= data.rows[i].at);
    // The restriction itself is about B, and nothing names anyone else.
    for (const BreachRow &r : data.rows) {
        CHECK((r.beneficiaryId == o.a || r.beneficiaryId == o.b || r.beneficiaryId == o.c));
        if (r.action == QStringLiteral("export.month"))
            CHECK(r.beneficiaryId == o.a);
    }
}

TEST_CASE("The breach report's range takes its last day whole and nothing after it",
          "[services][breach]")
{
    Office o;
    Fixture &f = o.f;
    f.clock.set(riyadh(24, 23, 59, 59));
    REQUIRE(BeneficiaryRecords(f.db, *f.officer).open(o.a).ok());
    f.clock.set(riyadh(25, 0));
    REQUIRE(BeneficiaryRecords(f.db, *f.manager).open(o.a).ok());

    BreachReportDesk desk(f.db, *f.admin);
    const BreachReportData upTo24 = ok(desk.gather(QDate(2026, 11, 24), QDate(2026, 11, 24)));
    REQUIRE(upTo24.rows.size() == 1);
    CHECK(upTo24.rows[0].userId == f.officer->userId());
    const BreachReportData on25 = ok(desk.gather(QDate(2026, 11, 25), QDate(2026, 11, 25)));
    REQUIRE(on25.rows.size() == 1);
    CHECK(on25.rows[0].userId == f.manager->userId());
    // The export on the 23rd and the cases of the 22nd are outside both.
    const BreachReportData on23 = ok(desk.gather(QDate(2026, 11, 23), QDate(2026, 11, 23)));
    CHECK(o.rowsFor(on23, QStringLiteral("export.month")).size() == 1);
    CHECK(o.rowsFor(upTo24, QStringLiteral("export.month")).isEmpty());

    const auto backwards = desk.gather(QDate(2026, 11, 25), QDate(2026, 11, 24));
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().contains(QStringLiteral("before the first")));
}

TEST_CASE("The breach report is refused to the desk and the officer, and writes nothing",
          "[services][breach]")
{
    Office o;
    Fixture &f = o.f;
    const qint64 rowsBefore = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const QString path = f.dir.filePath(QStringLiteral("breach.csv"));
    for (Session *who : {f.desk.get(), f.officer.get()}) {
        BreachReportDesk desk(f.db, *who);
        const auto gathered = desk.gather(QDate(2026, 11, 1), QDate(2026, 11, 30));
        REQUIRE_FALSE(gathered.ok());
        CHECK_FALSE(gathered.error().isEmpty());
        const auto written = desk.write(QDate(2026, 11, 1), QDate(2026, 11, 30), path);
        REQUIRE_FALSE(written.ok());
    }
    CHECK(BreachReportDesk(f.db, *f.desk)
              .gather(QDate(2026, 11, 1), QDate(2026, 11, 30))
              .error()
              .contains(QStringLiteral("receptionist"), Qt::CaseInsensitive));
    CHECK_FALSE(QFile::exists(path));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")) == rowsBefore);
}

TEST_CASE("The breach report saved as CSV is recorded with its range, rows and format",
          "[services][breach]")
{
    Office o;
    Fixture &f = o.f;
    BreachReportDesk desk(f.db, *f.manager);
    const QString path = f.dir.filePath(QStringLiteral("breach.csv"));
    CHECK_FALSE(desk.write(QDate(2026, 11, 1), QDate(2026, 11, 30),
                           f.dir.filePath(QStringLiteral("breach.txt")))
                    .ok());
    CHECK(f.auditCount(QStringLiteral("breach.report")) == 0);

    const qint64 rows = ok(desk.write(QDate(2026, 11, 1), QDate(2026, 11, 30), path));
    CHECK(rows == ok(desk.gather(QDate(2026, 11, 1), QDate(2026, 11, 30))).rows.size());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "at,at_hijri,user_id,user,action"));
    CHECK(bytes.count("\r\n") == rows + 1);
    CHECK(bytes.contains("export.month"));
    CHECK(bytes.contains(QStringLiteral("أسماء").toUtf8()));

    QSqlQuery q(f.db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT user_id, details FROM audit_log WHERE action = "
                                  "'breach.report'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == f.manager->userId());
    const QJsonObject details = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    CHECK(details.value(QStringLiteral("from")).toString() == QStringLiteral("2026-11-01"));
    CHECK(details.value(QStringLiteral("to")).toString() == QStringLiteral("2026-11-30"));
    CHECK(details.value(QStringLiteral("rows")).toInt() == rows);
    CHECK(details.value(QStringLiteral("format")).toString() == QStringLiteral("csv"));
    CHECK_FALSE(q.next());

    // Never onto the open database.
    if (!f.db.path().isEmpty()) {
        const auto onto = desk.write(QDate(2026, 11, 1), QDate(2026, 11, 30), f.db.path());
        CHECK_FALSE(onto.ok());
        CHECK(f.auditCount(QStringLiteral("breach.report")) == 1);
    }
}

TEST_CASE("A person's who-looked list shows the month exports that carried them",
          "[services][breach][wholooked]")
{
    Office o;
    Fixture &f = o.f;
    AccessTrail trail(f.db, *f.manager);
    auto exportsOf = [&](qint64 id) {
        QVector<AccessEntry> out;
        for (const AccessEntry &e : ok(trail.of(id)))
            if (e.action == QStringLiteral("export.month"))
                out << e;
        return out;
    };
    const QVector<AccessEntry> ofA = exportsOf(o.a);
    REQUIRE(ofA.size() == 1);
    CHECK(ofA[0].userId == f.manager->userId());
    CHECK(ofA[0].caseId == o.caseA);
    CHECK(ofA[0].at == riyadh(23, 8).toUTC());
    CHECK(exportsOf(o.b).isEmpty()); // restricted before the export
    CHECK(exportsOf(o.c).isEmpty()); // their case arrived after it
    // Newest first among the rows about A.
    const QVector<AccessEntry> all = ok(trail.of(o.a));
    for (int i = 1; i < all.size(); ++i)
        CHECK(all[i - 1].at >= all[i].at);
}

TEST_CASE("Opening a case of a known person records that their data was seen, once",
          "[services][wholooked]")
{
    Office o;
    Fixture &f = o.f;
    const qint64 before = f.auditCount(QStringLiteral("person.view"));
    DeskQueries queries(f.db, *f.desk);
    const CaseContext opened = ok(queries.openContext(o.caseA));
    REQUIRE(opened.beneficiary);
    CHECK(f.auditCount(QStringLiteral("person.view")) == before + 1);
    QSqlQuery q(f.db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT user_id, entity, entity_id, details FROM audit_log "
                                  "WHERE action = 'person.view' ORDER BY id DESC")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == f.desk->userId());
    CHECK(q.value(1).toString() == QStringLiteral("beneficiary"));
    CHECK(q.value(2).toLongLong() == o.a);
    CHECK(QJsonDocument::fromJson(q.value(3).toString().toUtf8())
              .object()
              .value(QStringLiteral("case"))
              .toInt() == o.caseA);
    // A refresh records nothing; a case without a person neither.
    REQUIRE(queries.loadContext(o.caseA).ok());
    const Case walkIn = ok(
        CaseDesk(f.db, *f.desk)
            .reception()
            .openCase(Channel::PhoneCall, Purpose::Inquiry, QStringLiteral("متى تفتح الجمعية؟")));
    REQUIRE(queries.openContext(walkIn.id).ok());
    CHECK(f.auditCount(QStringLiteral("person.view")) == before + 1);
}
