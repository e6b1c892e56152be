#include "ErasureSupport.h"

#include "services/Authenticator.h"
#include "services/PasswordHasher.h"
#include "services/RetentionDesk.h"

#include <QJsonDocument>

using namespace ErasureTest;

namespace {

const QString kSecret = QStringLiteral("retention-pass-2026");

QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(7, 0), QTimeZone::utc());
}

QSet<qint64> idsOf(const QVector<PastRetention> &past)
{
    QSet<qint64> ids;
    for (const PastRetention &p : past)
        ids << p.beneficiaryId;
    return ids;
}

struct Office
{
    Fixture f;
    Seeded closedLongAgo, openAgain, recent;
    qint64 neverCame = 0;
    Authenticator auth{f.db};

    Office()
    {
        REQUIRE(UserRepository(f.db)
                    .setPasswordHash(f.manager->userId(), ok(PasswordHasher::hash(kSecret)), 0)
                    .ok());
        f.clock.set(at(2019, 3, 3));
        closedLongAgo = seedPerson(f, 61, QStringLiteral("أ"));
        openAgain = seedPerson(f, 62, QStringLiteral("ب"));
        f.clock.set(at(2018, 1, 7));
        neverCame = ok(BeneficiaryRepository(f.db).create(
                           beneficiary(63, QStringLiteral("ثامرة"), QStringLiteral("الغيداني")),
                           f.desk->userId()))
                        .id;
        f.clock.set(at(2026, 11, 1));
        recent = seedPerson(f, 64, QStringLiteral("ج"));
        // A case opened again this month, still open: its person is kept.
        CaseDesk desk(f.db, *f.desk);
        const Case c =
            ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()));
        ok(desk.advance(c.id));
        ok(desk.information().attachBeneficiary(c.id, openAgain.beneficiaryId));
        f.clock.set(at(2026, 11, 22));
    }
};

} // namespace

TEST_CASE("Retention: the people past the period are those with no open case whose last case "
          "ended before it, or who never had one",
          "[services][retention]")
{
    Office o;
    RetentionDesk retention(o.f.db, *o.f.manager, o.auth);
    CHECK(ok(retention.years()) == 0);
    CHECK(ok(retention.pastPeriod()).isEmpty());
    CHECK_FALSE(retention.applyConfirmed().ok());

    REQUIRE(retention.setYears(5).ok());
    CHECK(ok(retention.years()) == 5);
    CHECK(o.f.auditCount(QStringLiteral("retention.set")) == 1);
    const QVector<PastRetention> past = ok(retention.pastPeriod());
    CHECK(idsOf(past) == QSet<qint64>{o.closedLongAgo.beneficiaryId, o.neverCame});
    for (const PastRetention &p : past) {
        CHECK(p.lastActivity < at(2021, 11, 22));
        CHECK(p.cases == (p.beneficiaryId == o.neverCame ? 0 : 2));
    }
    CHECK_FALSE(ok(retention.preview(o.closedLongAgo.beneficiaryId)).items.isEmpty());

    // Eight years: only who never came (registered in January 2018).
    REQUIRE(retention.setYears(8).ok());
    CHECK(idsOf(ok(retention.pastPeriod())) == QSet<qint64>{o.neverCame});
    o.f.clock.set(at(2027, 3, 4));
    CHECK(idsOf(ok(retention.pastPeriod())) ==
          QSet<qint64>{o.closedLongAgo.beneficiaryId, o.neverCame});

    CHECK_FALSE(retention.setYears(-1).ok());
    CHECK_FALSE(retention.setYears(RetentionRepository::maxYears + 1).ok());
    CHECK(ok(retention.years()) == 8);

    // Only the manager.
    for (const Session *who : {o.f.desk.get(), o.f.officer.get(), o.f.admin.get()}) {
        RetentionDesk notAllowed(o.f.db, *who, o.auth);
        CHECK_FALSE(notAllowed.setYears(1).ok());
        CHECK_FALSE(notAllowed.pastPeriod().ok());
        CHECK_FALSE(notAllowed.apply(kSecret).ok());
    }
    CHECK(ok(retention.years()) == 8);
}

TEST_CASE("Retention applied as one job: one person per transaction, a cancel leaves whole "
          "people done, and the rest go on the next run",
          "[services][retention]")
{
    Office o;
    RetentionDesk retention(o.f.db, *o.f.manager, o.auth);
    REQUIRE(retention.setYears(5).ok());
    const ReportPeriod march = ok(ReportPeriod::gregorian(2019, 3));
    const MonthlySummary before =
        ok(MonthlySummaryBuilder::compute(o.f.db, march, o.f.clock.nowUtc()));

    const auto snapshot = o.f.snapshot();
    const auto wrong = retention.apply(QStringLiteral("wrong password"));
    REQUIRE_FALSE(wrong.ok());
    auto after = o.f.snapshot();
    after["audit_log"] = snapshot.at("audit_log"); // the failed sign-in's row
    CHECK(after == snapshot);

    int calls = 0;
    const RetentionRun first = ok(retention.apply(kSecret, [&](int done, int total) {
        ++calls;
        CHECK(done == 1);
        CHECK(total == 2);
        return false; // cancel after the first person
    }));
    CHECK(calls == 1);
    CHECK(first.anonymised == 1);
    CHECK(first.total == 2);
    CHECK(first.cancelled);
    // Whole people: one is entirely gone, the other entirely there.
    const QStringList text = everyTableText(o.f.db);
    const QVector<PastRetention> left = ok(retention.pastPeriod());
    REQUIRE(left.size() == 1);
    const bool neverCameLeft = left.first().beneficiaryId == o.neverCame;
    CHECK(foundIn(o.closedLongAgo.values, text) ==
          (neverCameLeft ? QStringList() : o.closedLongAgo.values));
    CHECK(foundIn(o.openAgain.values, text) == o.openAgain.values);
    CHECK(foundIn(o.recent.values, text) == o.recent.values);

    const RetentionRun second = ok(retention.apply(kSecret));
    CHECK(second.anonymised == 1);
    CHECK(second.total == 1);
    CHECK_FALSE(second.cancelled);
    CHECK(ok(retention.pastPeriod()).isEmpty());
    const QStringList textAfter = everyTableText(o.f.db);
    CHECK(foundIn(o.closedLongAgo.values, textAfter) == QStringList());
    CHECK(foundIn(o.openAgain.values, textAfter) == o.openAgain.values);
    CHECK(ok(BeneficiaryRepository(o.f.db).get(o.neverCame)).isAnonymised());

    // Audited: each person, and each run with how many.
    CHECK(o.f.auditCount(QStringLiteral("beneficiary.anonymise")) == 2);
    CHECK(o.f.auditCount(QStringLiteral("retention.apply")) == 2);
    QSqlQuery q(o.f.db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                  "'beneficiary.anonymise'")));
    while (q.next())
        CHECK(QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                  .object()
                  .value(QStringLiteral("retention_years"))
                  .toInt() == 5);

    // The figures of the month their cases were in are the same.
    const MonthlySummary again =
        ok(MonthlySummaryBuilder::compute(o.f.db, march, o.f.clock.nowUtc()));
    CHECK(again.current.casesReceived == 4);
    CHECK(figures(again) == figures(before));
}
