// import against inputs that could exhaust memory or time, run as the real
// program with its memory bounded, and what verbs print about such input.
#include <catch2/catch.hpp>

#include "CliTestSupport.h"
#include "cli/TerminalOutput.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/stat.h>

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif

struct Finished
{
    bool inTime = false;
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// The program with at most 1 GB of address space (today's import read
// /dev/zero until the kernel killed it at 24 GB) and 30 seconds. Under
// AddressSanitizer, whose shadow memory needs terabytes of address space, the
// sanitizer's own resident-memory limit bounds it instead.
Finished runBounded(const QStringList &args, const QByteArray &input = QByteArray())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (kAddressSanitizer)
        env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) +
                                                       QStringLiteral(":hard_rss_limit_mb=1024"));
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([] {
        if (!kAddressSanitizer) {
            const rlimit limit{1024L * 1024 * 1024, 1024L * 1024 * 1024};
            setrlimit(RLIMIT_AS, &limit);
        }
    });
    p.start(QStringLiteral(ISTIQBAL_BINARY), args);
    Finished f;
    REQUIRE(p.waitForStarted(10000));
    p.write(input);
    p.closeWriteChannel();
    f.inTime = p.waitForFinished(30000);
    if (!f.inTime) {
        p.kill();
        p.waitForFinished(5000);
    }
    f.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    f.out = p.readAllStandardOutput();
    f.err = p.readAllStandardError();
    return f;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("import of an endless device, a pipe or a huge file ends quickly with a refusal",
          "[cli][limits]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));

    const Finished zero = runBounded(
        {QStringLiteral("import"), QStringLiteral("--database"), db, QStringLiteral("/dev/zero")});
    REQUIRE(zero.inTime);
    INFO(zero.err.toStdString());
    CHECK(zero.code == 1);
    CHECK(zero.err.startsWith("istiqbal import: /dev/zero is not a file"));

    // A pipe nobody writes to: opening it would wait for ever.
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const Finished pipe =
        runBounded({QStringLiteral("import"), QStringLiteral("--database"), db, fifo});
    REQUIRE(pipe.inTime);
    CHECK(pipe.code == 1);
    CHECK(pipe.err.contains("is not a file but a folder, a device or a pipe"));

    // 40 MB of nothing (a sparse file: no disk used), over the stated size.
    const QString huge = dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(40LL * 1024 * 1024));
    }
    const Finished big =
        runBounded({QStringLiteral("import"), QStringLiteral("--database"), db, huge});
    REQUIRE(big.inTime);
    CHECK(big.code == 1);
    CHECK(big.err.contains("is larger than 32 MB"));

    // A file under the size limit whose second line never ends.
    const QString endless = dir.filePath(QStringLiteral("endless.csv"));
    QByteArray values = "national_id,first_name,family_name\n";
    while (values.size() < 20 * 1024 * 1024)
        values += QByteArray(999, 'x') + ',';
    writeFile(endless, values);
    const Finished line =
        runBounded({QStringLiteral("import"), QStringLiteral("--database"), db, endless});
    REQUIRE(line.inTime);
    CHECK(line.code == 1);
    CHECK(line.err.contains("Line 2 is longer than 64 KB"));
    CHECK(line.err.size() < 300);

    CHECK_FALSE(QFile::exists(db)); // nothing was created for a refused file
}

TEST_CASE("import names a long value by its line and column without echoing it", "[cli][limits]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("long.csv"));
    writeFile(csv, "national_id,first_name,family_name\n1000000008,Ali,Omar\n2000000006," +
                       QByteArray(5000, 'z') + ",Omar\n");
    const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--database"), db, csv});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Line 3, column 2")));
    CHECK_FALSE(r.err.contains(QStringLiteral("zzzzzzzzzz")));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("what verbs print about input never reaches the terminal with its control characters",
          "[cli][limits]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("escape.csv"));
    // An escape sequence that would clear the screen and recolour it, a
    // right-to-left override, a C1 control and a carriage return.
    writeFile(csv, "national_id,first_name,family_name,gender,extra\x1b[0m\n"
                   "1000000008,Ali,Omar,\"\x1b[2J\x1b[31mX\xe2\x80\xae\xc2\x9b\rY\",\n");
    REQUIRE(CliPeople::addPeople(db).code == 0);
    const Finished f = runBounded({QStringLiteral("import"), QStringLiteral("--database"), db,
                                   QStringLiteral("--user"), QStringLiteral("reception"), csv},
                                  CliPeople::line().toUtf8());
    REQUIRE(f.inTime);
    INFO(f.out.toStdString() << f.err.toStdString());
    CHECK(f.code == 0);
    const QByteArray all = f.out + f.err;
    CHECK_FALSE(all.contains('\x1b'));
    CHECK_FALSE(all.contains('\r'));
    CHECK_FALSE(all.contains("\xe2\x80\xae"));
    CHECK_FALSE(all.contains("\xc2\x9b"));
    CHECK(f.out.contains("\\u001B[2J\\u001B[31mX\\u202E\\u009B\\u000DY"));
    CHECK(f.out.contains("extra\\u001B[0m"));
}

TEST_CASE("the terminal filter keeps text and the marks Arabic messages use", "[cli][limits]")
{
    const QByteArray arabic = QString::fromUtf8("تم\u200F استيراد ١٢ مستفيدًا\n\tok").toUtf8();
    QByteArray pending;
    CHECK(TerminalOutput::escaped(arabic, pending) == arabic);
    CHECK(pending.isEmpty());

    // A control character split between two writes is still caught.
    const QByteArray override = "a\xe2\x80\xae"
                                "b";
    QByteArray out;
    for (char c : override)
        out += TerminalOutput::escaped(QByteArrayView(&c, 1), pending);
    CHECK(out == "a\\u202Eb");
    CHECK(TerminalOutput::escaped("\xe2\x81\xa6x\xe2\x81\xa9\x7f", pending) ==
          "\\u2066x\\u2069\\u007F");
}
