#include <catch2/catch.hpp>

#include "CliTestSupport.h"

#include "cli/DemoGenerator.h"
#include "core/Clock.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

// A small demo database; its cases fall in the twelve months before today.
QString demoDatabase(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const CliRun r = runCli({QStringLiteral("demo"), QStringLiteral("--database"), db,
                             QStringLiteral("--beneficiaries"), QStringLiteral("200"),
                             QStringLiteral("--cases"), QStringLiteral("600")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return db;
}

QString demoPasswordLine()
{
    return DemoGenerator::demoPassword() + QLatin1Char('\n');
}

// Who (username) and the details of each audit row of the action, oldest first.
QVector<QStringList> auditRows(const QString &database, const QString &action)
{
    QVector<QStringList> rows;
    const QString connection = QStringLiteral("audit-read");
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        sql.setDatabaseName(database);
        REQUIRE(sql.open());
        QSqlQuery q(sql);
        REQUIRE(q.prepare(QStringLiteral("SELECT u.username, a.details FROM audit_log a LEFT "
                                         "JOIN users u ON u.id = a.user_id WHERE a.action = ? "
                                         "ORDER BY a.id")));
        q.addBindValue(action);
        REQUIRE(q.exec());
        while (q.next())
            rows << QStringList{q.value(0).toString(), q.value(1).toString()};
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

QString lastMonth()
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(Clock::deskTimeZone()).date();
    return today.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("export writes the month's cases as CSV with a BOM", "[cli][reports]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QString csv = dir.filePath(QStringLiteral("month.csv"));
    const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("--database"), db,
                             QStringLiteral("--month"), lastMonth(), QStringLiteral("--output"),
                             csv, QStringLiteral("--language"), QStringLiteral("en"),
                             QStringLiteral("--user"), QStringLiteral("manager")},
                            demoPasswordLine());
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QByteArray bytes = readAll(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "case_number,file_number,"));
    const int rows = int(bytes.count("\r\n")) - 1;
    CHECK(rows > 10);
    CHECK(r.out.contains(QStringLiteral("%1 cases of %2").arg(rows).arg(lastMonth())));

    // The Hijri month that holds today's date is a month too.
    const CliRun hijri = runCli({QStringLiteral("export"), QStringLiteral("--database"), db,
                                 QStringLiteral("--month"), QStringLiteral("1447-09"),
                                 QStringLiteral("--output"), dir.filePath(QStringLiteral("h.csv")),
                                 QStringLiteral("--user"), QStringLiteral("manager")},
                                demoPasswordLine());
    CHECK(hijri.code == 0);

    // Each export is one audit row naming who, the month and the rows, not a
    // row per person.
    const QVector<QStringList> exports = auditRows(db, QStringLiteral("export.month"));
    REQUIRE(exports.size() == 2);
    CHECK(exports[0].at(0) == QStringLiteral("manager"));
    CHECK(exports[0].at(1).contains(QStringLiteral("\"month\":\"%1\"").arg(lastMonth())));
    CHECK(exports[0].at(1).contains(QStringLiteral("\"rows\":%1").arg(rows)));
    CHECK(exports[1].at(1).contains(QStringLiteral("\"month\":\"1447-09\"")));
}

TEST_CASE("export carries names and IDs: it signs in, and only a manager may", "[cli][reports]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QString csv = dir.filePath(QStringLiteral("month.csv"));
    const QStringList args = {QStringLiteral("export"),
                              QStringLiteral("--database"),
                              db,
                              QStringLiteral("--month"),
                              lastMonth(),
                              QStringLiteral("--output"),
                              csv};
    const CliRun nobody = runCli(args);
    CHECK(nobody.code != 0);
    CHECK(nobody.err.contains(QStringLiteral("--user")));
    const CliRun desk =
        runCli(args + QStringList{QStringLiteral("--user"), QStringLiteral("reception1")},
               demoPasswordLine());
    CHECK(desk.code == 1);
    CHECK(desk.err.count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(QFile::exists(csv));
    CHECK(auditRows(db, QStringLiteral("export.month")).isEmpty());
}

TEST_CASE("report and export refuse bad options with a one-line reason", "[cli][reports]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("none.sqlite"));
    const CliRun noMonth = runCli({QStringLiteral("export"), QStringLiteral("--database"), db,
                                   QStringLiteral("--output"), dir.filePath(QStringLiteral("x"))});
    CHECK(noMonth.code == 2);
    CHECK(noMonth.err.startsWith(QStringLiteral("istiqbal export: --month")));
    const CliRun badMonth =
        runCli({QStringLiteral("report"), QStringLiteral("--database"), db,
                QStringLiteral("--month"), QStringLiteral("2025-13"), QStringLiteral("--output"),
                dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(badMonth.code == 2);
    CHECK(badMonth.err.count(QLatin1Char('\n')) == 1);
    const CliRun badLanguage =
        runCli({QStringLiteral("report"), QStringLiteral("--database"), db,
                QStringLiteral("--month"), QStringLiteral("2025-03"), QStringLiteral("--output"),
                dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--language"),
                QStringLiteral("fr")});
    CHECK(badLanguage.code == 2);
    const CliRun noDatabase =
        runCli({QStringLiteral("export"), QStringLiteral("--database"), db,
                QStringLiteral("--month"), QStringLiteral("2025-03"), QStringLiteral("--output"),
                dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--user"),
                QStringLiteral("manager")},
               demoPasswordLine());
    CHECK(noDatabase.code == 1);
    CHECK_FALSE(QFile::exists(db)); // a mistyped path does not become a database
    CHECK(runCli({QStringLiteral("help")}).out.contains(QStringLiteral("report --month")));
}

TEST_CASE("report writes the PDF headless through the program", "[cli][reports]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display: the program must not need one.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ISTIQBAL_BINARY),
            {QStringLiteral("report"), QStringLiteral("--database"), db, QStringLiteral("--month"),
             lastMonth(), QStringLiteral("--output"), pdf, QStringLiteral("--language"),
             QStringLiteral("en")});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    CHECK(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("pages")));
    CHECK(readAll(pdf).startsWith("%PDF-"));

    // In a program without a QApplication (this test), the verb says why it cannot.
    const CliRun inProcess =
        runCli({QStringLiteral("report"), QStringLiteral("--database"), db,
                QStringLiteral("--month"), lastMonth(), QStringLiteral("--output"), pdf});
    CHECK(inProcess.code == 1);
    CHECK(inProcess.err.contains(QStringLiteral("graphics")));
}
