#include "CatchQt.h"
#include "CliTestSupport.h"

#include "cli/DemoGenerator.h"
#include "storage/Database.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

// person anonymise and retention list|set|apply (issue 13) on a demo database.

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

struct DemoOffice
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("istiqbal.sqlite"));

    DemoOffice()
    {
        const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--database"), db,
                                    QStringLiteral("--beneficiaries"), QStringLiteral("40"),
                                    QStringLiteral("--cases"), QStringLiteral("60")});
        INFO(demo.err.toStdString());
        REQUIRE(demo.code == 0);
    }

    CliRun run(const QStringList &args, const QString &stdinText = passwordLine())
    {
        QStringList all = args;
        all.insert(1, QStringLiteral("--database"));
        all.insert(2, db);
        return runCli(all, stdinText);
    }

    // A person with a case and a phone, and their values that no one else
    // shares (the demo's first and family names are common ones).
    struct Person
    {
        qint64 id = 0;
        QString idNumber;
        QStringList values;
    };
    Person someone()
    {
        Database d;
        REQUIRE(d.open(db).ok());
        QSqlQuery q(d.connection());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT b.id, b.id_number, b.full_name, b.phone FROM beneficiaries b WHERE b.phone "
            "IS NOT NULL AND b.id_number IS NOT NULL AND EXISTS (SELECT 1 FROM cases c WHERE "
            "c.beneficiary_id = b.id) ORDER BY b.id LIMIT 1")));
        REQUIRE(q.next());
        Person p;
        p.id = q.value(0).toLongLong();
        p.idNumber = q.value(1).toString();
        for (int i = 1; i < 4; ++i)
            p.values << q.value(i).toString();
        return p;
    }

    qint64 scalar(const QString &sql)
    {
        Database d;
        REQUIRE(d.open(db).ok());
        QSqlQuery q(d.connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

// How many of values are in the database file and its write-ahead log.
QStringList inFiles(const QString &db, const QStringList &values)
{
    const QByteArray bytes = bytesOf(db) + bytesOf(db + QStringLiteral("-wal"));
    QStringList found;
    for (const QString &v : values)
        if (bytes.contains(v.toUtf8()))
            found << v;
    return found;
}

} // namespace

TEST_CASE("person anonymise removes a person's values from the database file, by the manager "
          "only",
          "[cli][anonymise]")
{
    DemoOffice office;
    const DemoOffice::Person p = office.someone();
    REQUIRE(inFiles(office.db, p.values) == p.values);
    const QString reason = QStringLiteral("request 4");
    const QStringList args = {QStringLiteral("person"),
                              QStringLiteral("anonymise"),
                              p.idNumber,
                              QStringLiteral("--reason"),
                              reason,
                              QStringLiteral("--user")};

    // Refusals: no reason, not a manager, wrong password, nobody by that ID.
    const CliRun noReason =
        office.run({QStringLiteral("person"), QStringLiteral("anonymise"), p.idNumber,
                    QStringLiteral("--user"), QStringLiteral("manager")});
    CHECK(noReason.code == 2);
    CHECK(noReason.err.contains(QStringLiteral("--reason")));
    const CliRun desk = office.run(args + QStringList{QStringLiteral("reception1")});
    CHECK(desk.code == 1);
    CHECK(desk.err.contains(QStringLiteral("may not destroy")));
    const CliRun wrong = office.run(args + QStringList{QStringLiteral("manager")},
                                    QStringLiteral("not the password\n"));
    CHECK(wrong.code == 1);
    const CliRun nobody = office.run({QStringLiteral("person"), QStringLiteral("anonymise"),
                                      QStringLiteral("1999999999"), QStringLiteral("--reason"),
                                      reason, QStringLiteral("--user"), QStringLiteral("manager")});
    CHECK(nobody.code == 1);
    CHECK(nobody.err.contains(QStringLiteral("No beneficiary has")));
    const CliRun usage = office.run({QStringLiteral("person"), QStringLiteral("forget"), p.idNumber,
                                     QStringLiteral("--user"), QStringLiteral("manager")});
    CHECK(usage.code == 2);
    CHECK(office.scalar(QStringLiteral("SELECT COUNT(*) FROM beneficiaries WHERE anonymised_at "
                                       "IS NOT NULL")) == 0);
    CHECK(inFiles(office.db, p.values) == p.values);

    const CliRun done = office.run(args + QStringList{QStringLiteral("manager")});
    INFO(done.err.toStdString());
    REQUIRE(done.code == 0);
    CHECK(done.out.contains(QStringLiteral("Record #%1 is anonymised").arg(p.id)));
    CHECK(done.out.contains(QStringLiteral("Names: 1")));
    CHECK(inFiles(office.db, p.values) == QStringList());
    CHECK(office.scalar(
              QStringLiteral("SELECT COUNT(*) FROM cases WHERE beneficiary_id = %1").arg(p.id)) >
          0);

    // Once done, by its record number: refused, in words.
    const CliRun again = office.run({QStringLiteral("person"), QStringLiteral("anonymise"),
                                     QStringLiteral("#%1").arg(p.id), QStringLiteral("--reason"),
                                     reason, QStringLiteral("--user"), QStringLiteral("manager")});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already anonymised")));
}

TEST_CASE("retention set, list and apply: everyone past the period anonymised, by the manager",
          "[cli][retention]")
{
    DemoOffice office;
    const QStringList manager = {QStringLiteral("--user"), QStringLiteral("manager")};
    const CliRun none =
        office.run(QStringList{QStringLiteral("retention"), QStringLiteral("list")} + manager);
    REQUIRE(none.code == 0);
    CHECK(none.out.contains(QStringLiteral("No retention period is set")));

    const CliRun byDesk =
        office.run({QStringLiteral("retention"), QStringLiteral("set"), QStringLiteral("1"),
                    QStringLiteral("--user"), QStringLiteral("reception1")});
    CHECK(byDesk.code == 1);
    CHECK(office
              .run(QStringList{QStringLiteral("retention"), QStringLiteral("set"),
                               QStringLiteral("soon")} +
                   manager)
              .code == 2);
    const CliRun set = office.run(
        QStringList{QStringLiteral("retention"), QStringLiteral("set"), QStringLiteral("1")} +
        manager);
    INFO(set.err.toStdString());
    REQUIRE(set.code == 0);

    const CliRun listed =
        office.run(QStringList{QStringLiteral("retention"), QStringLiteral("list")} + manager);
    REQUIRE(listed.code == 0);
    const QStringList rows =
        listed.out.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^#\\d+\t")));
    // The demo's people registered up to two years ago, some without a case.
    REQUIRE(rows.size() > 0);
    CHECK(listed.out.contains(QStringLiteral("%1 person(s) past it").arg(rows.size())));

    const CliRun unasked =
        office.run(QStringList{QStringLiteral("retention"), QStringLiteral("apply")} + manager);
    CHECK(unasked.code == 2);
    CHECK(office.scalar(QStringLiteral("SELECT COUNT(*) FROM beneficiaries WHERE anonymised_at "
                                       "IS NOT NULL")) == 0);

    const CliRun applied = office.run(
        QStringList{QStringLiteral("retention"), QStringLiteral("apply"), QStringLiteral("--yes")} +
        manager);
    INFO(applied.err.toStdString());
    REQUIRE(applied.code == 0);
    CHECK(applied.out.contains(QStringLiteral("%1 person(s)").arg(rows.size())));
    CHECK(applied.err.contains(QStringLiteral("anonymised %1 of %1").arg(rows.size())));
    CHECK(office.scalar(QStringLiteral("SELECT COUNT(*) FROM beneficiaries WHERE anonymised_at "
                                       "IS NOT NULL")) == rows.size());
    CHECK(office.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                       "'retention.apply'")) == 1);
    const CliRun after =
        office.run(QStringList{QStringLiteral("retention"), QStringLiteral("list")} + manager);
    CHECK(after.out.contains(QStringLiteral("0 person(s) past it")));
}

TEST_CASE("person copy writes the copy of a person's data as JSON or PDF, recorded against them",
          "[cli][personcopy]")
{
    DemoOffice office;
    const DemoOffice::Person p = office.someone();
    const QString json = office.dir.filePath(QStringLiteral("copy.json"));
    const QString pdf = office.dir.filePath(QStringLiteral("copy.pdf"));
    auto copy = [&](const QString &key, const QString &output, const QString &user) {
        return office.run({QStringLiteral("person"), QStringLiteral("copy"), key,
                           QStringLiteral("--output"), output, QStringLiteral("--user"), user});
    };

    // Refusals, nothing written: an unknown person, a format it does not
    // write, the desk (not theirs to give).
    const CliRun nobody = copy(QStringLiteral("1999999999"), json, QStringLiteral("manager"));
    CHECK(nobody.code == 1);
    CHECK(nobody.err.contains(QStringLiteral("No beneficiary has")));
    const CliRun text = copy(p.idNumber, office.dir.filePath(QStringLiteral("copy.txt")),
                             QStringLiteral("manager"));
    CHECK(text.code == 2);
    const CliRun desk = copy(p.idNumber, json, QStringLiteral("reception1"));
    CHECK(desk.code == 1);
    CHECK(desk.err.contains(QStringLiteral("may not handle")));
    CHECK_FALSE(QFile::exists(json));
    CHECK(office.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                       "'person.copy'")) == 0);

    const CliRun machine = copy(p.idNumber, json, QStringLiteral("manager"));
    INFO(machine.err.toStdString());
    REQUIRE(machine.code == 0);
    const QByteArray written = bytesOf(json);
    CHECK(written.contains(p.idNumber.toUtf8()));
    CHECK(written.contains(p.values.at(1).toUtf8())); // the full name
    // The PDF is laid out by the program with its graphics libraries (a
    // verb in this test, without them, says so); the password on its input.
    CHECK(
        copy(p.idNumber, pdf, QStringLiteral("manager")).err.contains(QStringLiteral("graphics")));
    QProcess program;
    program.start(QStringLiteral(ISTIQBAL_BINARY),
                  {QStringLiteral("person"), QStringLiteral("--database"), office.db,
                   QStringLiteral("copy"), QStringLiteral("#%1").arg(p.id),
                   QStringLiteral("--output"), pdf, QStringLiteral("--user"),
                   QStringLiteral("manager")});
    REQUIRE(program.waitForStarted());
    program.write(passwordLine().toUtf8());
    program.closeWriteChannel();
    REQUIRE(program.waitForFinished(60000));
    INFO(program.readAllStandardError().toStdString());
    REQUIRE(program.exitCode() == 0);
    CHECK(bytesOf(pdf).startsWith("%PDF"));
    CHECK(office.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                       "'person.copy' AND entity_id = %1")
                            .arg(p.id)) == 2);
}
