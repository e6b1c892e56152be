#include <catch2/catch.hpp>

#include "CliTestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QJsonArray searchJson(const QString &db, const QString &query)
{
    const CliRun r = runCli({QStringLiteral("search"), QStringLiteral("--database"), db,
                             QStringLiteral("--json"), query});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace

TEST_CASE("import reports rejected rows by line and imports the rest in one go", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("people.csv"));
    writeFile(csv, QString::fromUtf8("رقم الهوية,الاسم الأول,اسم الأب,اسم العائلة,الجوال\n"
                                     "1000000008,أحمد,عبد الله,الشهري,0501234567\n"
                                     "1000000000,سارة,,القحطاني,\n"
                                     "2000000006,فاطمة,,الزهراني,+966 55 000 1111\n"
                                     "1000000008,خالد,,العمري,\n")
                       .toUtf8());
    const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--database"), db,
                             QStringLiteral("--json"), csv});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(result.value(QStringLiteral("imported")).toInt() == 2);
    const QJsonArray rejected = result.value(QStringLiteral("rejected")).toArray();
    REQUIRE(rejected.size() == 2);
    CHECK(rejected.at(0).toObject().value(QStringLiteral("line")).toInt() == 3);
    CHECK(rejected.at(1).toObject().value(QStringLiteral("line")).toInt() == 5);
    CHECK(rejected.at(1)
              .toObject()
              .value(QStringLiteral("reason"))
              .toString()
              .contains(QStringLiteral("earlier in the file")));

    // Importing the same file again rejects every row as already registered.
    const CliRun again = runCli({QStringLiteral("import"), QStringLiteral("--database"), db,
                                 QStringLiteral("--json"), csv});
    const QJsonObject second = QJsonDocument::fromJson(again.out.toUtf8()).object();
    CHECK(second.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(second.value(QStringLiteral("rejected"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("reason"))
              .toString()
              .contains(QStringLiteral("already registered")));

    // Search finds them by name variant, ID and phone in any form.
    const QJsonArray byName = searchJson(db, QString::fromUtf8("احمد الشهري"));
    REQUIRE(byName.size() == 1);
    const QJsonObject ahmad = byName.at(0).toObject();
    CHECK(ahmad.value(QStringLiteral("national_id")).toString() == QStringLiteral("1000000008"));
    CHECK(ahmad.value(QStringLiteral("phone")).toString() == QStringLiteral("0501234567"));
    CHECK(ahmad.value(QStringLiteral("name")).toString() ==
          QString::fromUtf8("أحمد عبد الله الشهري"));
    CHECK(searchJson(db, QString::fromUtf8("عبدالله")).size() == 1);
    CHECK(searchJson(db, QString::fromUtf8("فاطمه")).size() == 1);
    CHECK(searchJson(db, QString::fromUtf8("١٠٠٠٠٠٠٠٠٨")).size() == 1);
    CHECK(searchJson(db, QStringLiteral("+966501234567")).size() == 1);
    CHECK(searchJson(db, QStringLiteral("0550001111"))
              .at(0)
              .toObject()
              .value(QStringLiteral("national_id"))
              .toString() == QStringLiteral("2000000006"));
    CHECK(searchJson(db, QString::fromUtf8("محمود")).isEmpty());
}

TEST_CASE("import refuses a bad file without creating or touching the database", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    writeFile(csv, "first_name,family_name\nAli,Omar\n");
    const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--database"), db, csv});
    CHECK(r.code != 0);
    CHECK(r.err.startsWith(QStringLiteral("istiqbal import: ")));
    CHECK(r.err.contains(QStringLiteral("national_id")));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("check and search refuse a file that is not a database and leave it as it was", "[cli]")
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    writeFile(junk, QByteArray(4096, 'x'));
    const QByteArray before = fileHash(junk);
    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--database"), junk});
    CHECK(check.code != 0);
    CHECK(check.err.startsWith(QStringLiteral("istiqbal check: ")));
    const CliRun search =
        runCli({QStringLiteral("search"), QStringLiteral("--database"), junk, QStringLiteral("x")});
    CHECK(search.code != 0);
    CHECK(fileHash(junk) == before);

    const CliRun missing = runCli({QStringLiteral("check"), QStringLiteral("--database"),
                                   dir.filePath(QStringLiteral("absent.sqlite"))});
    CHECK(missing.code != 0);
    CHECK(missing.err.contains(QStringLiteral("no database")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("absent.sqlite"))));
}

TEST_CASE("bad arguments give a one-line reason and a usage exit code", "[cli]")
{
    const CliRun unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown verb")));

    const CliRun badOption =
        runCli({QStringLiteral("search"), QStringLiteral("--nope"), QStringLiteral("x")});
    CHECK(badOption.code == 2);
    CHECK(badOption.err.count(QLatin1Char('\n')) == 1);

    const CliRun badLimit = runCli({QStringLiteral("search"), QStringLiteral("--limit"),
                                    QStringLiteral("zero"), QStringLiteral("x")});
    CHECK(badLimit.code == 2);

    const CliRun badCount =
        runCli({QStringLiteral("demo"), QStringLiteral("--beneficiaries"), QStringLiteral("-5")});
    CHECK(badCount.code == 2);
    CHECK(badCount.err.contains(QStringLiteral("--beneficiaries")));

    const CliRun help = runCli({QStringLiteral("search"), QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("--limit")));
}

TEST_CASE("demo fills a new database reproducibly and refuses one with data", "[cli]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    for (const QString &db : {a, b}) {
        const CliRun r = runCli({QStringLiteral("demo"), QStringLiteral("--database"), db,
                                 QStringLiteral("--beneficiaries"), QStringLiteral("300"),
                                 QStringLiteral("--cases"), QStringLiteral("500"),
                                 QStringLiteral("--seed"), QStringLiteral("7")});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(r.out.contains(QStringLiteral("300 beneficiaries, 500 cases")));
    }
    // Same seed, same people.
    const QJsonArray inA = searchJson(a, QString::fromUtf8("محمد"));
    const QJsonArray inB = searchJson(b, QString::fromUtf8("محمد"));
    REQUIRE(inA.size() > 0);
    CHECK(inA == inB);

    const CliRun again = runCli({QStringLiteral("demo"), QStringLiteral("--database"), a});
    CHECK(again.code != 0);
    CHECK(again.err.contains(QStringLiteral("new database only")));

    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--database"), a});
    CHECK(check.code == 0);
    CHECK(check.out.contains(QStringLiteral("intact")));

    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    const CliRun backup = runCli({QStringLiteral("backup"), QStringLiteral("--database"), a,
                                  QStringLiteral("--output"), copy});
    CHECK(backup.code == 0);
    CHECK(searchJson(copy, QString::fromUtf8("محمد")) == inA);
}

TEST_CASE("users add reads the password from standard input and the user can sign in", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("u.sqlite"));
    const CliRun added =
        runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"), db,
                QStringLiteral("--role"), QStringLiteral("manager"), QStringLiteral("--role"),
                QStringLiteral("admin"), QStringLiteral("huda")},
               QStringLiteral("a long enough secret\n"));
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    CHECK(added.out.contains(QStringLiteral("manager, admin")));
    CHECK_FALSE(added.out.contains(QStringLiteral("secret")));

    const CliRun weak =
        runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"), db,
                QStringLiteral("--role"), QStringLiteral("officer"), QStringLiteral("ali")},
               QStringLiteral("short\n"));
    CHECK(weak.code != 0);
    CHECK(weak.err.contains(QStringLiteral("at least 8")));

    const CliRun badRole =
        runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"), db,
                QStringLiteral("--role"), QStringLiteral("king"), QStringLiteral("ali")},
               QStringLiteral("a long enough secret\n"));
    CHECK(badRole.code == 2);
}

TEST_CASE("migrate-to wants a server address and says so in one line", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("desk.db"));
    const CliRun noTarget =
        runCli({QStringLiteral("migrate-to"), QStringLiteral("--database"), db});
    CHECK(noTarget.code == 2);
    CHECK(noTarget.err.count(QLatin1Char('\n')) == 1);
    const CliRun file = runCli({QStringLiteral("migrate-to"), QStringLiteral("--database"), db,
                                dir.filePath(QStringLiteral("other.db"))});
    CHECK(file.code == 2);
    CHECK(file.err.contains(QStringLiteral("not a server address")));
    const CliRun missing = runCli({QStringLiteral("migrate-to"), QStringLiteral("--database"), db,
                                   QStringLiteral("postgresql://desk@127.0.0.1:1/istiqbal")});
    CHECK(missing.code == 1);
    CHECK(missing.err.startsWith(QStringLiteral("istiqbal migrate-to: no database at")));
    CHECK_FALSE(QFile::exists(db));
    CHECK(
        runCli({QStringLiteral("help")}).out.contains(QStringLiteral("migrate-to postgresql://")));
}
