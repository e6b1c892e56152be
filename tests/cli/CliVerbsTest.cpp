#include <catch2/catch.hpp>

#include "CliTestSupport.h"
#include "cli/DemoGenerator.h"
#include "services/Authenticator.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
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
    REQUIRE(CliPeople::addPeople(db).code == 0);
    const QString csv = dir.filePath(QStringLiteral("people.csv"));
    writeFile(csv, QString::fromUtf8("رقم الهوية,الاسم الأول,اسم الأب,اسم العائلة,الجوال\n"
                                     "1000000008,أحمد,عبد الله,الشهري,0501234567\n"
                                     "1000000000,سارة,,القحطاني,\n"
                                     "2000000006,فاطمة,,الزهراني,+966 55 000 1111\n"
                                     "1000000008,خالد,,العمري,\n")
                       .toUtf8());
    const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--database"), db,
                             QStringLiteral("--user"), QStringLiteral("reception"),
                             QStringLiteral("--json"), csv},
                            CliPeople::line());
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
                                 QStringLiteral("--user"), QStringLiteral("reception"),
                                 QStringLiteral("--json"), csv},
                                CliPeople::line());
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
    const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--database"), db,
                             QStringLiteral("--user"), QStringLiteral("reception"), csv},
                            CliPeople::line());
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
    const CliRun backup =
        runCli({QStringLiteral("backup"), QStringLiteral("--database"), a, QStringLiteral("--user"),
                QStringLiteral("manager"), QStringLiteral("--output"), copy},
               DemoGenerator::demoPassword() + QLatin1Char('\n'));
    CHECK(backup.code == 0);
    CHECK(searchJson(copy, QString::fromUtf8("محمد")) == inA);
}

TEST_CASE("users add reads the password from standard input and the user can sign in", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("u.sqlite"));
    // The first administrator of a new database: the one user added without
    // signing in.
    const CliRun added =
        runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"), db,
                QStringLiteral("--role"), QStringLiteral("manager"), QStringLiteral("--role"),
                QStringLiteral("admin"), QStringLiteral("huda")},
               QStringLiteral("a long enough secret\n"));
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    CHECK(added.out.contains(QStringLiteral("manager, admin")));
    CHECK_FALSE(added.out.contains(QStringLiteral("secret")));

    // Everyone after is added by a signed-in administrator, whose password is
    // the first line.
    const CliRun weak =
        runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"), db,
                QStringLiteral("--user"), QStringLiteral("huda"), QStringLiteral("--role"),
                QStringLiteral("officer"), QStringLiteral("ali")},
               QStringLiteral("a long enough secret\nshort\n"));
    CHECK(weak.code != 0);
    CHECK(weak.err.contains(QStringLiteral("at least 8")));

    const CliRun ali =
        runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"), db,
                QStringLiteral("--user"), QStringLiteral("huda"), QStringLiteral("--role"),
                QStringLiteral("officer"), QStringLiteral("ali")},
               QStringLiteral("a long enough secret\nali's own secret\n"));
    INFO(ali.err.toStdString());
    CHECK(ali.code == 0);
    CHECK(ali.out.contains(QStringLiteral("officer")));
    Database opened;
    REQUIRE(opened.open(db).ok());
    Authenticator auth(opened);
    CHECK(auth.signIn(QStringLiteral("ali"), QStringLiteral("ali's own secret")).ok());
    CHECK_FALSE(auth.signIn(QStringLiteral("ali"), QStringLiteral("a long enough secret")).ok());

    const CliRun badRole =
        runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"), db,
                QStringLiteral("--role"), QStringLiteral("king"), QStringLiteral("ali")},
               QStringLiteral("a long enough secret\n"));
    CHECK(badRole.code == 2);
}

TEST_CASE("users add, import and migrate-to run only for a signed-in person with the right role",
          "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("roles.sqlite"));
    {
        const CliRun people = CliPeople::addPeople(db);
        INFO(people.err.toStdString());
        REQUIRE(people.code == 0);
    }
    const auto canSignIn = [&](const QString &name, const QString &password) {
        Database opened;
        REQUIRE(opened.open(db).ok());
        return Authenticator(opened).signIn(name, password).ok();
    };
    const auto addUser = [&](const QStringList &signIn, const QString &input) {
        QStringList args{QStringLiteral("users"), QStringLiteral("add"),
                         QStringLiteral("--database"), db};
        args << signIn
             << QStringList{QStringLiteral("--role"), QStringLiteral("admin"),
                            QStringLiteral("mallory")};
        return runCli(args, input);
    };

    // Issue 11: with no sign-in anyone who could reach the database made
    // themselves administrator.
    const CliRun nobody = addUser({}, QStringLiteral("mallory's long password\n"));
    CHECK(nobody.code != 0);
    CHECK(nobody.err.contains(QStringLiteral("--user")));
    CHECK(nobody.err.count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(canSignIn(QStringLiteral("mallory"), QStringLiteral("mallory's long password")));

    const CliRun wrongPassword =
        addUser({QStringLiteral("--user"), QStringLiteral("admin")},
                QStringLiteral("not the password\nmallory's long password\n"));
    CHECK(wrongPassword.code == 1);
    CHECK(wrongPassword.err.contains(QStringLiteral("username or password is not right")));
    const CliRun receptionist =
        addUser({QStringLiteral("--user"), QStringLiteral("reception")},
                CliPeople::line() + QStringLiteral("mallory's long password\n"));
    CHECK(receptionist.code == 1);
    CHECK(receptionist.err.contains(QStringLiteral("receptionist")));
    CHECK_FALSE(canSignIn(QStringLiteral("mallory"), QStringLiteral("mallory's long password")));

    // import: the receptionist's work, not the manager's; the audit names who.
    const QString csv = dir.filePath(QStringLiteral("people.csv"));
    writeFile(csv, QString::fromUtf8("national_id,first_name,family_name\n"
                                     "1000000008,أحمد,الشهري\n")
                       .toUtf8());
    const auto import = [&](const QStringList &signIn, const QString &input) {
        QStringList args{QStringLiteral("import"), QStringLiteral("--database"), db};
        return runCli(args << signIn << csv, input);
    };
    const CliRun anonymous = import({}, CliPeople::line());
    CHECK(anonymous.code == 1);
    CHECK(anonymous.err.contains(QStringLiteral("--user NAME")));
    const CliRun manager =
        import({QStringLiteral("--user"), QStringLiteral("manager")}, CliPeople::line());
    CHECK(manager.code == 1);
    CHECK(manager.err.contains(QStringLiteral("manager")));
    CHECK(import({QStringLiteral("--user"), QStringLiteral("reception")}, QStringLiteral("wrong\n"))
              .code == 1);
    CHECK(searchJson(db, QStringLiteral("1000000008")).isEmpty());
    const CliRun imported =
        import({QStringLiteral("--user"), QStringLiteral("reception")}, CliPeople::line());
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(searchJson(db, QStringLiteral("1000000008")).size() == 1);
    {
        Database opened;
        REQUIRE(opened.open(db).ok());
        QSqlQuery q(opened.connection());
        REQUIRE(q.exec(
            QStringLiteral("SELECT u.username FROM audit_log a JOIN users u ON u.id = a.user_id "
                           "WHERE a.action = 'beneficiary.create'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("reception"));
        CHECK_FALSE(q.next());
    }

    // migrate-to takes the whole register away: an administrator's decision.
    const CliRun officer = runCli({QStringLiteral("migrate-to"), QStringLiteral("--database"), db,
                                   QStringLiteral("--user"), QStringLiteral("officer"),
                                   QStringLiteral("postgresql://desk@127.0.0.1:1/istiqbal")},
                                  CliPeople::line());
    CHECK(officer.code == 1);
    CHECK(officer.err.contains(QStringLiteral("officer")));
}

TEST_CASE("users add refuses user names with control or direction characters, or too long", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("names.sqlite"));
    REQUIRE(CliPeople::addPeople(db).code == 0);
    const auto add = [&](const QString &name) {
        return runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"),
                       db, QStringLiteral("--user"), QStringLiteral("admin"),
                       QStringLiteral("--role"), QStringLiteral("officer"), name},
                      CliPeople::line() + CliPeople::line());
    };
    const QString bidi = QStringLiteral("ali") + QChar(0x202E) + QStringLiteral("nimda");
    const QString control = QStringLiteral("ali") + QChar(0x1b) + QStringLiteral("[2J");
    const QString longName(65, QLatin1Char('a'));
    for (const QString &name : {bidi, control, longName, QStringLiteral("x")}) {
        const CliRun r = add(name);
        CHECK(r.code == 1);
        CHECK(r.err.startsWith(QStringLiteral("istiqbal users: A username")));
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK_FALSE(r.err.contains(QChar(0x1b)));
    }
    CHECK(add(QString::fromUtf8("نورة.العتيبي")).code == 0);
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
                                   QStringLiteral("--user"), QStringLiteral("admin"),
                                   QStringLiteral("postgresql://desk@127.0.0.1:1/istiqbal")},
                                  CliPeople::line());
    CHECK(missing.code == 1);
    CHECK(missing.err.startsWith(QStringLiteral("istiqbal migrate-to: no database at")));
    CHECK_FALSE(QFile::exists(db));
    CHECK(
        runCli({QStringLiteral("help")}).out.contains(QStringLiteral("migrate-to postgresql://")));
}

TEST_CASE("Issue 15: import takes a new mobile prefix with a warning and numbers from abroad, "
          "refuses 015 and service numbers; search shows them",
          "[cli][phone]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    REQUIRE(CliPeople::addPeople(db).code == 0);
    const QString csv = dir.filePath(QStringLiteral("people.csv"));
    writeFile(csv, QString::fromUtf8("رقم الهوية,الاسم الأول,اسم العائلة,الجوال\n"
                                     "1000001519,هند,الشهري,٠٥٧٤١٢٣٤٥٦\n"
                                     "2000001517,نوال,المصري,+20 100 123 4567\n"
                                     "1000001527,سلمى,اليامي,(056) 766 2002\n"
                                     "1000001535,ريم,العنزي,0153689607\n"
                                     "1000001543,منى,الغامدي,9200 12345\n")
                       .toUtf8());
    const QStringList args{QStringLiteral("import"), QStringLiteral("--database"), db,
                           QStringLiteral("--user"), QStringLiteral("reception"),  csv};
    const CliRun r = runCli(args, CliPeople::line());
    INFO(r.out.toStdString() + r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Imported 3 beneficiaries.")));
    CHECK(r.out.contains(QStringLiteral("Line 2 imported, to check: The mobile prefix 0574")));
    CHECK(r.out.contains(QStringLiteral("Line 5 rejected: Saudi Arabia has no landline area "
                                        "code 015")));
    CHECK(r.out.contains(QStringLiteral("Line 6 rejected: 920012345 is a service number")));

    const QJsonArray hind = searchJson(db, QStringLiteral("0574123456"));
    REQUIRE(hind.size() == 1);
    CHECK(hind.at(0).toObject().value(QStringLiteral("phone")).toString() ==
          QStringLiteral("0574123456"));
    const QJsonArray nawal = searchJson(db, QStringLiteral("00201001234567"));
    REQUIRE(nawal.size() == 1);
    CHECK(nawal.at(0).toObject().value(QStringLiteral("phone")).toString() ==
          QStringLiteral("+20 100 123 4567"));
    CHECK(searchJson(db, QStringLiteral("056.766.2002")).size() == 1);

    // --json lists the warnings beside the rejected rows.
    const QString csv2 = dir.filePath(QStringLiteral("more.csv"));
    writeFile(csv2, QString::fromUtf8("رقم الهوية,الاسم الأول,اسم العائلة,الجوال\n"
                                      "1000001550,عبير,القرني,+966 579 212 345\n")
                        .toUtf8());
    const CliRun j = runCli({QStringLiteral("import"), QStringLiteral("--database"), db,
                             QStringLiteral("--user"), QStringLiteral("reception"),
                             QStringLiteral("--json"), csv2},
                            CliPeople::line());
    REQUIRE(j.code == 0);
    const QJsonObject result = QJsonDocument::fromJson(j.out.toUtf8()).object();
    CHECK(result.value(QStringLiteral("imported")).toInt() == 1);
    const QJsonArray warnings = result.value(QStringLiteral("warnings")).toArray();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.at(0).toObject().value(QStringLiteral("line")).toInt() == 2);
    CHECK(warnings.at(0)
              .toObject()
              .value(QStringLiteral("warning"))
              .toString()
              .contains(QStringLiteral("0579")));
}
