// BackupFolder (issue 11): a checked backup a day in "backups" beside the
// database, thinned to 7 daily, 4 weekly and 12 monthly; other files there
// are left alone.
#include "CatchQt.h"

#include "storage/BackupFolder.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

TEST_CASE("Daily backups are kept 7 daily, 4 weekly and 12 monthly", "[storage][backup][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    Database db;
    REQUIRE(db.open(path).ok());
    BackupFolder folder(path);
    CHECK_FALSE(folder.newest().has_value());

    // Someone's own file in the folder, and another database's backup.
    REQUIRE(QDir().mkpath(folder.path()));
    const QStringList foreign = {QStringLiteral("notes.txt"),
                                 QStringLiteral("office-copy-2026-01-01.sqlite"),
                                 QStringLiteral("other-2026-01-01.sqlite")};
    for (const QString &name : foreign) {
        QFile f(QDir(folder.path()).filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("kept");
    }

    // Sixty consecutive days, Monday 2026-09-07 to Thursday 2026-11-05.
    const QDate first(2026, 9, 7);
    for (int i = 0; i < 60; ++i) {
        const auto written = folder.write(db, first.addDays(i));
        INFO(written.error().toStdString());
        REQUIRE(written.ok());
    }
    const QDate last = first.addDays(59);
    QVector<QDate> kept;
    for (const DailyBackupFile &b : folder.backups())
        kept << b.day;
    // The 7 newest days (Oct 30 to Nov 5); the newest of the 4 newest ISO
    // weeks adds Sundays Oct 25 and Oct 18; the newest of each month adds
    // Sep 30 (Oct 31 and Nov 5 are kept already): 10, worked out by hand and
    // by a short Python script of restic's rules.
    const QVector<QDate> expected = {last,
                                     last.addDays(-1),
                                     last.addDays(-2),
                                     last.addDays(-3),
                                     last.addDays(-4),
                                     last.addDays(-5),
                                     last.addDays(-6),
                                     QDate(2026, 10, 25),
                                     QDate(2026, 10, 18),
                                     QDate(2026, 9, 30)};
    CHECK(kept.size() == 10);
    for (const QDate &d : expected) {
        INFO(d.toString(Qt::ISODate).toStdString());
        CHECK(kept.contains(d));
    }
    CHECK(folder.newest()->day == last);
    for (const QString &name : foreign)
        CHECK(QFile::exists(QDir(folder.path()).filePath(name)));

    // The day's file is never written twice.
    const auto again = folder.write(db, last);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already exists")));
}
