// Issue 11: a full disk, simulated with a file-size limit (RLIMIT_FSIZE, with
// SIGXFSZ ignored so the write fails instead of killing the process), for
// every file Istiqbal writes: the failure is reported in one line, nothing is
// left behind, and the database is unchanged.
#include "FaultSupport.h"

#include "cli/DemoGenerator.h"
#include "reports/CaseDocument.h"

#include <algorithm>

#include <QDate>
#include <QTemporaryDir>

namespace {

// Above what opening a database needs (its 32 KiB shared-memory file), below
// every output written here.
constexpr qint64 kLimit = 40 * 1024;

QString lastMonth()
{
    return QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
}

struct Demo
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("full.sqlite"));
    Demo()
    {
        const Fault::Finished r =
            Fault::run({QStringLiteral("demo"), QStringLiteral("--database"), db,
                        QStringLiteral("--beneficiaries"), QStringLiteral("600"),
                        QStringLiteral("--cases"), QStringLiteral("2400")});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        // Opened once, as any use does (its lock file is then beside it).
        const Fault::Finished check =
            Fault::run({QStringLiteral("check"), QStringLiteral("--database"), db});
        REQUIRE(check.code == 0);
    }
};

// What is in the folder besides the database and what SQLite and Istiqbal
// keep beside it (its -wal, -shm and lock file).
QStringList othersThan(const Demo &demo)
{
    const QString name = QFileInfo(demo.db).fileName();
    QStringList found = Fault::files(demo.dir.path());
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const QString &f) { return f.startsWith(name); }),
                found.end());
    return found;
}

// Runs args under the limit and checks what a full disk must leave: one line
// in words, no file, nothing beside it, and the database as it was (for a
// verb that signs in, whose sign-in is audited: whole and with every record).
void refusedWhole(const Demo &demo, const QStringList &args, const QString &target,
                  const QByteArray &password = QByteArray())
{
    const QByteArray before = Fault::fileHash(demo.db);
    const qint64 people = Fault::beneficiaries(demo.db);
    const QStringList filesBefore = othersThan(demo);
    const Fault::Finished r = Fault::run(args, password, kLimit);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(r.err.contains(QStringLiteral("server")));
    // The reason in words, not Qt's empty one.
    CHECK_FALSE(r.err.contains(QStringLiteral("Unknown error")));
    CHECK_FALSE(QFile::exists(target));
    CHECK(othersThan(demo).join(QLatin1Char(' ')).toStdString() ==
          filesBefore.join(QLatin1Char(' ')).toStdString());
    if (password.isEmpty())
        CHECK(Fault::fileHash(demo.db) == before);
    CHECK(Fault::checkFindings(demo.db).isEmpty());
    CHECK(Fault::beneficiaries(demo.db) == people);
    // Without the limit the same command works: the limit was the reason.
    const Fault::Finished again = Fault::run(args, password);
    INFO(again.err.toStdString());
    CHECK(again.code == 0);
    CHECK(QFileInfo(target).size() > kLimit);
}

} // namespace

TEST_CASE("a full disk: CSV, PDF, backup and demo database are reported and leave nothing",
          "[fault][disk]")
{
    const Demo demo;
    const QString csv = demo.dir.filePath(QStringLiteral("month.csv"));
    refusedWhole(demo,
                 {QStringLiteral("export"), QStringLiteral("--user"), QStringLiteral("manager"),
                  QStringLiteral("--database"), demo.db, QStringLiteral("--month"), lastMonth(),
                  QStringLiteral("--output"), csv},
                 csv, (DemoGenerator::demoPassword() + QLatin1Char('\n')).toUtf8());
    const QString pdf = demo.dir.filePath(QStringLiteral("month.pdf"));
    refusedWhole(demo,
                 {QStringLiteral("report"), QStringLiteral("--database"), demo.db,
                  QStringLiteral("--month"), lastMonth(), QStringLiteral("--output"), pdf},
                 pdf);
    const QString backup = demo.dir.filePath(QStringLiteral("copy.sqlite"));
    refusedWhole(demo,
                 {QStringLiteral("backup"), QStringLiteral("--user"), QStringLiteral("admin"),
                  QStringLiteral("--database"), demo.db, QStringLiteral("--output"), backup},
                 backup, (DemoGenerator::demoPassword() + QLatin1Char('\n')).toUtf8());
    const QString other = demo.dir.filePath(QStringLiteral("other.sqlite"));
    refusedWhole(demo,
                 {QStringLiteral("demo"), QStringLiteral("--database"), other,
                  QStringLiteral("--beneficiaries"), QStringLiteral("300"),
                  QStringLiteral("--cases"), QStringLiteral("300")},
                 other);
}

TEST_CASE("a full disk: the declaration PDF from the window is reported and leaves nothing",
          "[fault][disk]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("declaration.pdf"));
    CaseDocumentData data;
    data.associationName = QString::fromUtf8("جمعية البر");
    data.theCase.id = 7;
    Beneficiary b;
    b.name.first = QString::fromUtf8("سارة");
    b.name.family = QString::fromUtf8("الحربي");
    data.beneficiary = b;
    data.staffName = QString::fromUtf8("موظفة الاستقبال");
    data.printedAt = QDateTime::currentDateTimeUtc();

    rlimit saved{};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previousHandler = ::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 2048; // in this process: only while the PDF is written
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    const Status written =
        CaseDocument::writePdf(CaseDocument::Kind::Declaration, data, target, {});
    ::setrlimit(RLIMIT_FSIZE, &saved);
    ::signal(SIGXFSZ, previousHandler);

    INFO(written.error().toStdString());
    CHECK_FALSE(written);
    CHECK(written.error().contains(QStringLiteral("Nothing was written")));
    CHECK(written.error().contains(QStringLiteral("declaration.pdf")));
    CHECK(Fault::files(dir.path()).isEmpty());
    // Without the limit it is written.
    REQUIRE(CaseDocument::writePdf(CaseDocument::Kind::Declaration, data, target, {}));
    CHECK(Fault::files(dir.path()) == QStringList{QStringLiteral("declaration.pdf")});
}
