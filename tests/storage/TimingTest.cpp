// Search and save times on a filled database (issue 6's comparison of the
// engines), run by hand:
//   ISTIQBAL_TIMING_DATABASE=postgresql://... test_storage "[.timing]"
//   ISTIQBAL_TIMING_DATABASE=/path/demo.sqlite test_storage "[.timing]"
// It writes a few records (the saves it times) into that database.
#include "StorageTestSupport.h"

#include "storage/BeneficiaryRepository.h"
#include "storage/BeneficiarySearch.h"
#include "storage/CaseRepository.h"
#include "storage/ReferralRepository.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace {

struct Timing
{
    double median = 0;
    double worst = 0;
};

Timing timeIt(int runs, const std::function<void()> &work)
{
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.last()};
}

QString text(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("Search and save times on a filled database", "[storage][.timing]")
{
    const QString location = qEnvironmentVariable("ISTIQBAL_TIMING_DATABASE");
    REQUIRE_FALSE(location.isEmpty());
    Database db;
    const Status opened = db.open(location);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    const qint64 count = BeneficiaryRepository(db).count().value();
    WARN(db.dialect().driverName().toStdString() << ": " << count << " beneficiaries");

    const QString someone = QStringLiteral("(SELECT MIN(id) + 4242 FROM beneficiaries)");
    const QString first = text(db, QStringLiteral("SELECT first_name FROM beneficiaries WHERE id "
                                                  "= %1")
                                       .arg(someone));
    const QString family = text(db, QStringLiteral("SELECT family_name FROM beneficiaries WHERE "
                                                   "id = %1")
                                        .arg(someone));
    const QString idNumber = text(db, QStringLiteral("SELECT id_number FROM beneficiaries WHERE "
                                                     "id = %1")
                                          .arg(someone));
    const QString phone = text(db, QStringLiteral("SELECT phone FROM beneficiaries WHERE "
                                                  "phone IS NOT NULL ORDER BY id LIMIT 1"));
    // The worst case: the name key most beneficiaries share.
    const QString common = text(db, QStringLiteral("SELECT key FROM name_tokens GROUP BY key "
                                                   "ORDER BY COUNT(*) DESC, key LIMIT 1"));
    const QString commonCount =
        text(db, QStringLiteral("SELECT COUNT(*) FROM name_tokens WHERE key = '%1'").arg(common));
    WARN("most common name key: " << common.toStdString() << " (" << commonCount.toStdString()
                                  << " beneficiaries)");
    const QStringList queries = {common,
                                 first,
                                 first + QLatin1Char(' ') + family,
                                 first.left(3),
                                 first + QLatin1Char(' ') + family.left(4),
                                 idNumber,
                                 idNumber.left(6),
                                 QLatin1Char('0') + phone.mid(4),
                                 QLatin1Char('0') + phone.mid(4, 4)};
    const QRegularExpression scan(db.dialect().tableScanPattern());
    BeneficiarySearch search(db);
    for (const QString &q : queries) {
        int found = 0;
        const Timing t = timeIt(15, [&] {
            const auto r = search.find(q, 50);
            REQUIRE(r.ok());
            found = int(r->size());
        });
        const auto plan = search.queryPlan(q, 50);
        REQUIRE(plan.ok());
        QStringList scans;
        static const QRegularExpression indexScan(
            QStringLiteral("Index (Only )?Scan (Backward )?using \\w+ on (\\w+)"));
        static const QStringList tables = {QStringLiteral("beneficiaries"),
                                           QStringLiteral("name_tokens"), QStringLiteral("cases")};
        for (int i = 0; i < plan->size(); ++i) {
            const QString &line = plan->at(i);
            const auto m = scan.match(line);
            if (m.hasMatch() && tables.contains(m.captured(1)))
                scans << m.captured(1);
            const auto ix = indexScan.match(line);
            if (db.dialect().isPostgreSQL() && ix.hasMatch()) {
                bool bounded = false;
                for (int j = i + 1; j < plan->size() && !plan->at(j).contains(QLatin1String("->"));
                     ++j)
                    bounded = bounded || plan->at(j).contains(QLatin1String("Index Cond:"));
                if (!bounded)
                    scans << QStringLiteral("whole index of ") + ix.captured(3);
            }
        }
        WARN("search \"" << q.toStdString() << "\": " << found << " shown, median " << t.median
                         << " ms, worst " << t.worst << " ms; table scans: "
                         << (scans.isEmpty() ? std::string("none")
                                             : scans.join(QLatin1Char(',')).toStdString()));
    }

    BeneficiaryRepository beneficiaries(db);
    CaseRepository cases(db);
    ReferralRepository referrals(db);
    const qint64 id = text(db, QStringLiteral("SELECT %1").arg(someone)).toLongLong();
    int n = 0;
    const Timing save = timeIt(20, [&] {
        Beneficiary b = beneficiaries.get(id).value();
        b.district = QStringLiteral("حي %1").arg(++n);
        REQUIRE(beneficiaries.update(b, 0).ok());
    });
    WARN("save a beneficiary (read, version check, update, audit): median "
         << save.median << " ms, worst " << save.worst);
    qint64 lastCase = 0;
    const Timing newCase = timeIt(20, [&] {
        Case c;
        c.beneficiaryId = id;
        c.channel = Channel::Interview;
        c.purpose = Purpose::ServiceRequest;
        const auto created = cases.create(c, 0, true);
        REQUIRE(created.ok());
        lastCase = created->id;
    });
    WARN("new case with its ticket number: median " << newCase.median << " ms, worst "
                                                    << newCase.worst);
    const Timing caseSave = timeIt(20, [&] {
        Case c = cases.get(lastCase).value();
        c.inquiryText += QLatin1Char('.');
        REQUIRE(cases.update(c, 0).ok());
    });
    WARN("save a case: median " << caseSave.median << " ms, worst " << caseSave.worst);
    const Timing refer = timeIt(20, [&] {
        Referral r;
        r.caseId = lastCase;
        r.question = QStringLiteral("سؤال");
        REQUIRE(referrals.create(r, 0).ok());
    });
    WARN("refer a case (with its notification): median " << refer.median << " ms, worst "
                                                         << refer.worst);
}
