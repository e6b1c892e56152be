// breach-report on a demo database (issue 13): a month export expanded to the
// people it carried, the report recorded, refused to the desk and for bad
// options before anything is opened; the PDF through the program itself.
#include <catch2/catch.hpp>

#include "CliTestSupport.h"

#include "cli/DemoGenerator.h"
#include "core/Clock.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

QString passwordLine()
{
    return DemoGenerator::demoPassword() + QLatin1Char('\n');
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

qint64 scalar(const QString &database, const QString &sql)
{
    const QString connection = QStringLiteral("breach-read");
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(database);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        value = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

struct Demo
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    QString today = QDateTime::currentDateTimeUtc()
                        .toTimeZone(Clock::deskTimeZone())
                        .date()
                        .toString(Qt::ISODate);

    Demo()
    {
        const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--database"), db,
                                    QStringLiteral("--beneficiaries"), QStringLiteral("60"),
                                    QStringLiteral("--cases"), QStringLiteral("120")});
        INFO(demo.err.toStdString());
        REQUIRE(demo.code == 0);
    }

    CliRun breach(const QString &output, const QString &user, const QString &from = QString(),
                  const QString &to = QString())
    {
        return runCli({QStringLiteral("breach-report"), QStringLiteral("--database"), db,
                       QStringLiteral("--from"), from.isEmpty() ? today : from,
                       QStringLiteral("--to"), to.isEmpty() ? today : to,
                       QStringLiteral("--output"), output, QStringLiteral("--user"), user},
                      passwordLine());
    }
};

} // namespace

TEST_CASE("breach-report expands today's month export to the people it carried", "[cli][breach]")
{
    Demo d;
    const QString month = QDateTime::currentDateTimeUtc()
                              .toTimeZone(Clock::deskTimeZone())
                              .date()
                              .addMonths(-1)
                              .toString(QStringLiteral("yyyy-MM"));
    const CliRun exported = runCli({QStringLiteral("export"), QStringLiteral("--database"), d.db,
                                    QStringLiteral("--month"), month, QStringLiteral("--output"),
                                    d.dir.filePath(QStringLiteral("month.csv")),
                                    QStringLiteral("--user"), QStringLiteral("manager")},
                                   passwordLine());
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);

    const QString csv = d.dir.filePath(QStringLiteral("breach.csv"));
    const CliRun r = d.breach(csv, QStringLiteral("manager"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QByteArray bytes = bytesOf(csv);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"
                             "at,at_hijri,"));
    // One line per person the export carried with who they are.
    const QList<QByteArray> lines = bytes.split('\n');
    qint64 exportLines = 0;
    QSet<QByteArray> people;
    for (const QByteArray &line : lines) {
        if (line.contains(",export.month,")) {
            ++exportLines;
            people.insert(line.split(',').value(6));
        }
    }
    CHECK(exportLines > 0);
    CHECK(people.size() == exportLines);
    CHECK(r.out.contains(QStringLiteral("entries written to")));
    CHECK(scalar(d.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'breach.report'")) == 1);
}

TEST_CASE("breach-report is refused to the desk and for bad options, writing nothing",
          "[cli][breach]")
{
    Demo d;
    const QString csv = d.dir.filePath(QStringLiteral("breach.csv"));
    const CliRun desk = d.breach(csv, QStringLiteral("reception1"));
    CHECK(desk.code == 1);
    CHECK(desk.err.contains(QStringLiteral("may not")));
    const CliRun text =
        d.breach(d.dir.filePath(QStringLiteral("breach.txt")), QStringLiteral("manager"));
    CHECK(text.code == 2);
    const CliRun date = d.breach(csv, QStringLiteral("manager"), QStringLiteral("2026-02-30"));
    CHECK(date.code == 2);
    CHECK(date.err.contains(QStringLiteral("--from")));
    const CliRun backwards = d.breach(csv, QStringLiteral("manager"), QStringLiteral("2026-11-10"),
                                      QStringLiteral("2026-11-01"));
    CHECK(backwards.code == 2);
    CHECK(backwards.err.contains(QStringLiteral("--to is before --from")));
    const CliRun onto = d.breach(d.db, QStringLiteral("manager"));
    CHECK(onto.code != 0);
    CHECK_FALSE(QFile::exists(csv));
    CHECK(scalar(d.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'breach.report'")) == 0);
    CHECK(runCli({QStringLiteral("help")}).out.contains(QStringLiteral("breach-report")));
}

TEST_CASE("breach-report writes its PDF through the program", "[cli][breach]")
{
    Demo d;
    const QString pdf = d.dir.filePath(QStringLiteral("breach.pdf"));
    // Without the graphics libraries (this test's process) the verb says why.
    CHECK(d.breach(pdf, QStringLiteral("manager")).err.contains(QStringLiteral("graphics")));
    QProcess program;
    program.start(QStringLiteral(ISTIQBAL_BINARY),
                  {QStringLiteral("breach-report"), QStringLiteral("--database"), d.db,
                   QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                   d.today, QStringLiteral("--output"), pdf, QStringLiteral("--user"),
                   QStringLiteral("manager")});
    REQUIRE(program.waitForStarted());
    program.write(passwordLine().toUtf8());
    program.closeWriteChannel();
    REQUIRE(program.waitForFinished(60000));
    INFO(program.readAllStandardError().toStdString());
    REQUIRE(program.exitCode() == 0);
    CHECK(bytesOf(pdf).startsWith("%PDF"));
    CHECK(scalar(d.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'breach.report' AND details LIKE '%\"format\":\"pdf\"%'")) ==
          1);
}
