// Real processes for the fault tests: the istiqbal program and the fault
// child, started, killed with SIGKILL, or run with a file-size limit that makes
// every write past it fail as on a full disk.
#pragma once

#include "storage/BeneficiaryRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <chrono>
#include <memory>
#include <random>
#include <thread>

#include <signal.h>
#include <sys/resource.h>

namespace Fault {

inline QString program()
{
    return QStringLiteral(ISTIQBAL_BINARY);
}

// The password of every person the fault tests sign in as.
inline QByteArray passwordLine()
{
    return QByteArrayLiteral("a long enough secret\n");
}

// Starts path with args and input on its standard input; with fileLimit > 0
// no file it writes may grow past fileLimit bytes (the write fails with
// EFBIG, as on a full disk, instead of the process being killed).
inline std::unique_ptr<QProcess> start(const QString &path, const QStringList &args,
                                       const QByteArray &input = QByteArray(), qint64 fileLimit = 0)
{
    auto p = std::make_unique<QProcess>();
    if (fileLimit > 0) {
        p->setChildProcessModifier([fileLimit] {
            const rlimit limit{rlim_t(fileLimit), rlim_t(fileLimit)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_IGN);
        });
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p->setProcessEnvironment(env);
    p->start(path, args);
    REQUIRE(p->waitForStarted(10000));
    if (!input.isEmpty())
        p->write(input);
    p->closeWriteChannel();
    return p;
}

struct Finished
{
    int code = -1;
    QString out;
    QString err;
};

inline Finished run(const QStringList &args, const QByteArray &input = QByteArray(),
                    qint64 fileLimit = 0)
{
    auto p = start(program(), args, input, fileLimit);
    REQUIRE(p->waitForFinished(120000));
    return {p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
            QString::fromUtf8(p->readAllStandardOutput()),
            QString::fromUtf8(p->readAllStandardError())};
}

inline void killNow(QProcess &p)
{
    ::kill(pid_t(p.processId()), SIGKILL);
    REQUIRE(p.waitForFinished(10000));
}

inline void sleepMs(qint64 ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

// A seeded generator; the seed is in the test's output to repeat a run.
inline std::mt19937 &randomness()
{
    static std::mt19937 generator = [] {
        const unsigned seed = qEnvironmentVariableIsSet("ISTIQBAL_FAULT_SEED")
                                  ? unsigned(qEnvironmentVariableIntValue("ISTIQBAL_FAULT_SEED"))
                                  : std::random_device{}();
        UNSCOPED_INFO("ISTIQBAL_FAULT_SEED=" << seed);
        return std::mt19937(seed);
    }();
    return generator;
}

inline qint64 between(qint64 low, qint64 high)
{
    return std::uniform_int_distribution<qint64>(low, high)(randomness());
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

// The files in folder, hidden ones included.
inline QStringList files(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// Opens the database as the program would and runs every check on it.
inline QStringList checkFindings(const QString &path)
{
    Database db;
    const Status opened = db.open(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened);
    const Result<DatabaseCheckReport> report = DatabaseCheck::run(db);
    INFO(report.error().toStdString());
    REQUIRE(report);
    return report->findings;
}

inline qint64 beneficiaries(const QString &path)
{
    Database db;
    REQUIRE(db.open(path));
    const Result<qint64> n = BeneficiaryRepository(db).count();
    REQUIRE(n);
    return *n;
}

// Removes a database file and what SQLite keeps beside it.
inline void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace Fault
