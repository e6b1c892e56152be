#include "ReportsTestSupport.h"

#include "reports/ReportJob.h"

#include <QFile>

using namespace ReportsTest;

namespace {

ReportJobRequest job(Fixture &f, ReportJobRequest::Kind kind, const User &user)
{
    ReportJobRequest r;
    r.kind = kind;
    r.databasePath = f.path();
    r.user = user;
    r.period = *ReportPeriod::gregorian(2025, 3);
    r.language = QStringLiteral("en");
    r.outputPath = f.dir.filePath(kind == ReportJobRequest::Kind::Csv ? QStringLiteral("m.csv")
                                                                      : QStringLiteral("m.pdf"));
    r.previewDpi = 30;
    return r;
}

User person(qint64 id, Role role)
{
    User u;
    u.id = id;
    u.username = QStringLiteral("user%1").arg(id);
    u.displayName = u.username;
    u.roles = {role};
    return u;
}

} // namespace

// The jobs run here on the test's thread: Qt Charts draws on one thread per
// process (ReportThread), and this suite draws on its main thread. The GUI
// test runs them on the report thread.
TEST_CASE("A report job writes the file whole, with progress", "[reports][job]")
{
    Fixture f;
    const User manager = person(f.w.staff.first().id, Role::Manager);
    for (const auto kind : {ReportJobRequest::Kind::Pdf, ReportJobRequest::Kind::Csv}) {
        const ReportJobRequest r = job(f, kind, manager);
        int lastPercent = -1;
        bool ordered = true;
        const ReportJobResult result = ReportJob::run(r, [&](int percent, const QString &) {
            ordered = ordered && percent >= lastPercent;
            lastPercent = percent;
            return true;
        });
        INFO(result.status.error().toStdString());
        REQUIRE(result.status.ok());
        CHECK(ordered);
        CHECK(lastPercent == 100);
        QFile file(r.outputPath);
        REQUIRE(file.open(QIODevice::ReadOnly));
        if (kind == ReportJobRequest::Kind::Pdf) {
            CHECK(file.read(5) == QByteArray("%PDF-"));
            CHECK(result.pages > 1);
        } else {
            CHECK(file.read(3) == QByteArray("\xEF\xBB\xBF"));
            CHECK(result.rows == result.cases);
        }
    }
    const ReportJobResult preview =
        ReportJob::run(job(f, ReportJobRequest::Kind::Preview, manager));
    REQUIRE(preview.status.ok());
    CHECK(preview.images.size() == preview.pages);
}

TEST_CASE("A cancelled job leaves no file, a receptionist's job is refused", "[reports][job]")
{
    Fixture f;
    const User manager = person(f.w.staff.first().id, Role::Manager);
    ReportJobRequest r = job(f, ReportJobRequest::Kind::Pdf, manager);
    int calls = 0;
    const ReportJobResult cancelled =
        ReportJob::run(r, [&](int, const QString &) { return ++calls < 5; });
    CHECK(cancelled.cancelled);
    CHECK_FALSE(cancelled.status.ok());
    CHECK_FALSE(QFile::exists(r.outputPath));

    const ReportJobResult refused = ReportJob::run(
        job(f, ReportJobRequest::Kind::Pdf, person(f.w.staff.first().id, Role::Receptionist)));
    CHECK_FALSE(refused.status.ok());
    CHECK_FALSE(refused.cancelled);
    CHECK_FALSE(QFile::exists(r.outputPath));
    // A receptionist may see neither the preview.
    CHECK_FALSE(ReportJob::run(job(f, ReportJobRequest::Kind::Preview,
                                   person(f.w.staff.first().id, Role::Receptionist)))
                    .status.ok());
}

TEST_CASE("The month's CSV export leaves one audit row naming who, the month and the rows",
          "[reports][job][wholooked]")
{
    Fixture f;
    const User manager = person(f.w.staff.first().id, Role::Manager);
    auto exports = [&f] {
        QSqlQuery q(f.db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT user_id, entity, details FROM audit_log WHERE "
                                      "action = 'export.month' ORDER BY id")));
        QVector<QStringList> rows;
        while (q.next())
            rows << QStringList{q.value(0).toString(), q.value(1).toString(),
                                q.value(2).toString()};
        return rows;
    };
    REQUIRE(exports().isEmpty());
    const ReportJobResult pdf = ReportJob::run(job(f, ReportJobRequest::Kind::Pdf, manager));
    REQUIRE(pdf.status.ok());
    CHECK(exports().isEmpty()); // the figures name no one
    const ReportJobResult csv = ReportJob::run(job(f, ReportJobRequest::Kind::Csv, manager));
    INFO(csv.status.error().toStdString());
    REQUIRE(csv.status.ok());
    REQUIRE(csv.rows > 0);
    const QVector<QStringList> rows = exports();
    REQUIRE(rows.size() == 1); // one for the month, not one per person
    CHECK(rows[0].at(0).toLongLong() == manager.id);
    CHECK(rows[0].at(1) == QStringLiteral("export"));
    CHECK(rows[0].at(2).contains(QStringLiteral("\"month\":\"2025-03\"")));
    CHECK(rows[0].at(2).contains(QStringLiteral("\"rows\":%1").arg(csv.rows)));
}
