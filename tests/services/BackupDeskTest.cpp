// BackupDesk (issue 11): who may make a backup copy (the manager and the
// administrator) and who may restore one (the administrator), checked in the
// service; a sealed copy opens again with its passphrase only.
#include "ServicesTestSupport.h"

#include "SqliteTool.h"
#include "core/SealedFile.h"
#include "services/BackupDesk.h"
#include "services/BeneficiaryDesk.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/DatabaseCheck.h"
#include "storage/PersonEraser.h"

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

TEST_CASE("Restoring an older backup anonymises again the people anonymised since it was made",
          "[services][backup][sqlite]")
{
    Fixture f;
    const QString database = f.db.path();
    BeneficiaryDesk people(f.db, *f.desk);
    const auto gone = people.registerBeneficiary(beneficiary(21));
    const auto kept = people.registerBeneficiary(beneficiary(22));
    const auto other = people.registerBeneficiary(beneficiary(23));
    REQUIRE((gone.ok() && kept.ok() && other.ok()));
    const QString backup = f.dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(BackupDesk(f.db, *f.manager).write(backup).ok());
    // In the backup, record #other is someone else's (registered at another
    // moment): it is left alone.
    SqliteTool::run(backup, {QStringLiteral("UPDATE beneficiaries SET created_at = created_at + 1 "
                                            "WHERE id = %1")
                                 .arg(other->id)});
    // Since the backup: three people anonymised, one of them registered after it.
    const auto later = people.registerBeneficiary(beneficiary(24));
    REQUIRE(later.ok());
    for (const qint64 id : {gone->id, other->id, later->id})
        REQUIRE(PersonEraser(f.db)
                    .erase(id, f.manager->userId(),
                           {{QStringLiteral("reason"), QStringLiteral("request")}})
                    .ok());
    // A database with anonymised people passes its check: a backup of it
    // is made (and checked) as any other.
    const auto checked = DatabaseCheck::run(f.db);
    REQUIRE(checked.ok());
    INFO(checked->findings.join(QLatin1Char(' ')).toStdString());
    CHECK(checked->intact());
    const auto second =
        BackupDesk(f.db, *f.manager).write(f.dir.filePath(QStringLiteral("later.sqlite")));
    INFO(second.error().toStdString());
    REQUIRE(second.ok());
    f.db.close();
    REQUIRE(contents(backup).contains(gone->idNumber.toLatin1()));

    const auto admin = [&](Database &) -> Result<Session> {
        return *f.admin;
    };
    const auto restored =
        BackupDesk::restore(backup, database, admin, {}, Clock::instance().nowUtc());
    INFO(restored.error().toStdString());
    REQUIRE(restored.ok());
    CHECK(restored->anonymisedAgain == 1);

    // Not a byte of the person is in the restored file, the other person's are.
    const QByteArray bytes = contents(database) + (QFile::exists(database + QStringLiteral("-wal"))
                                                       ? contents(database + QStringLiteral("-wal"))
                                                       : QByteArray());
    CHECK_FALSE(bytes.contains(gone->idNumber.toLatin1()));
    CHECK_FALSE(bytes.contains(gone->phone.toLatin1()));
    CHECK(bytes.contains(kept->idNumber.toLatin1()));
    REQUIRE(f.db.open(database).ok());
    const Beneficiary again = BeneficiaryRepository(f.db).get(gone->id).value();
    CHECK(again.isAnonymised());
    CHECK(again.idNumber.isEmpty());
    CHECK(again.name.first.isEmpty());
    CHECK_FALSE(BeneficiaryRepository(f.db).get(kept->id).value().isAnonymised());
    CHECK_FALSE(BeneficiaryRepository(f.db).get(other->id).value().isAnonymised());
    CHECK_FALSE(BeneficiaryRepository(f.db).get(later->id).ok()); // not in the backup
    // Audited as done by the administrator, naming the backup.
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                  "'beneficiary.anonymise' AND entity_id = %1 AND user_id = %2 "
                                  "AND details LIKE '%restored_from%copy.sqlite%'")
                       .arg(gone->id)
                       .arg(f.admin->userId())) == 1);
    // The restored database passes its checks (the audit trail's chain).
    const auto check = DatabaseCheck::run(f.db);
    REQUIRE(check.ok());
    INFO(check->findings.join(QLatin1Char(' ')).toStdString());
    CHECK(check->intact());
}
