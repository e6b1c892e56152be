// BackupDesk (issue 11): who may make a backup copy (the manager and the
// administrator) and who may restore one (the administrator), checked in the
// service; a sealed copy opens again with its passphrase only.
#include "ServicesTestSupport.h"

#include "core/SealedFile.h"
#include "services/BackupDesk.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace ServicesTest;

namespace {

QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".istiqbal-*"), QStringLiteral("*.istiqbal-part"),
                                   QStringLiteral("*-journal")},
                                  QDir::Files | QDir::Hidden);
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("A backup copy is the manager's or the administrator's, checked and recorded",
          "[services][backup][sqlite]")
{
    Fixture f;
    const QString folder = f.dir.path();
    const QString plain = f.dir.filePath(QStringLiteral("plain.sqlite"));

    for (const Session *refused : {f.desk.get(), f.officer.get()}) {
        const auto r = BackupDesk(f.db, *refused).write(plain);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("may not make a backup copy")));
        CHECK_FALSE(QFile::exists(plain));
    }

    const auto made = BackupDesk(f.db, *f.manager).write(plain);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    CHECK_FALSE(made->sealed);
    CHECK(made->schemaVersion == Database::latestSchemaVersion());
    CHECK(made->auditEntries > 0);
    CHECK(contents(plain).startsWith("SQLite format 3"));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'backup.made' "
                                  "AND user_id = %1")
                       .arg(f.manager->userId())) == 1);
    CHECK(leftovers(folder).isEmpty());

    // Never over an existing file.
    const auto again = BackupDesk(f.db, *f.admin).write(plain);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already exists")));
}

TEST_CASE("A sealed backup holds the checked copy and opens with its passphrase only",
          "[services][backup][sqlite]")
{
    Fixture f;
    const QString sealed = f.dir.filePath(QStringLiteral("usb.iqb"));
    const QByteArray passphrase = QStringLiteral("عبارة مرور طويلة").toUtf8();

    const auto tooShort =
        BackupDesk(f.db, *f.admin).write(sealed, "short", SealedFile::Cost::Interactive);
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().contains(QStringLiteral("too short")));
    CHECK_FALSE(QFile::exists(sealed));

    const auto made =
        BackupDesk(f.db, *f.admin).write(sealed, passphrase, SealedFile::Cost::Interactive);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    CHECK(made->sealed);
    CHECK(made->bytes == QFileInfo(sealed).size());
    const QByteArray file = contents(sealed);
    CHECK(file.startsWith("IQBSEAL1"));
    CHECK_FALSE(file.contains("SQLite format 3"));
    CHECK_FALSE(file.contains("backup.made"));
    // No plain copy is left beside the database or the backup.
    CHECK(leftovers(f.dir.path()).isEmpty());

    QFile in(sealed);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QBuffer opened;
    opened.open(QIODevice::WriteOnly);
    REQUIRE(SealedFile::open(in, opened, passphrase).ok());
    CHECK(opened.data().startsWith("SQLite format 3"));
    in.seek(0);
    QBuffer wrong;
    wrong.open(QIODevice::WriteOnly);
    CHECK_FALSE(SealedFile::open(in, wrong, "another passphrase").ok());
}

TEST_CASE("Restoring is the administrator's, signed in on the database or else on the backup",
          "[services][backup][sqlite]")
{
    Fixture f;
    const QString database = f.db.path();
    const QString backup = f.dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(BackupDesk(f.db, *f.manager).write(backup).ok());
    f.db.close();
    const QByteArray before = contents(database);

    QStringList signedInOn;
    const auto as = [&signedInOn](const Session &who) {
        return [&signedInOn, who](Database &db) -> Result<Session> {
            signedInOn << db.path();
            return who;
        };
    };
    const QDateTime now = Clock::instance().nowUtc();
    const auto byManager = BackupDesk::restore(backup, database, as(*f.manager), {}, now);
    REQUIRE_FALSE(byManager.ok());
    CHECK(byManager.error().contains(QStringLiteral("may not restore a backup")));
    CHECK(contents(database) == before);
    CHECK(signedInOn == QStringList{database});

    const auto byAdmin = BackupDesk::restore(backup, database, as(*f.admin), {}, now);
    INFO(byAdmin.error().toStdString());
    REQUIRE(byAdmin.ok());
    CHECK_FALSE(byAdmin->keptAside.isEmpty());

    // With the database gone, the administrator signs in on the checked backup.
    REQUIRE(QFile::remove(database));
    signedInOn.clear();
    const auto missingByManager = BackupDesk::restore(backup, database, as(*f.manager), {}, now);
    REQUIRE_FALSE(missingByManager.ok());
    CHECK_FALSE(QFile::exists(database));
    REQUIRE(signedInOn.size() == 1);
    CHECK(signedInOn.first() != database);
    const auto missingByAdmin = BackupDesk::restore(backup, database, as(*f.admin), {}, now);
    INFO(missingByAdmin.error().toStdString());
    REQUIRE(missingByAdmin.ok());
    CHECK(QFile::exists(database));
}
