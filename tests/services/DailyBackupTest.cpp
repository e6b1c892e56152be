// DailyBackup (issue 11): at most one automatic backup a desk day, once the
// day's work is over, kept 7 daily / 4 weekly / 12 monthly in "backups"
// beside the database; the warning after two days without one is for the
// manager and the administrator only.
#include "ServicesTestSupport.h"

#include "services/DailyBackup.h"
#include "storage/BackupFolder.h"
#include "storage/RetentionRepository.h"

#include <QDir>
#include <QFileInfo>

using namespace ServicesTest;

namespace {

constexpr qint64 kHour = 3600;

} // namespace

TEST_CASE("The daily backup is made once a desk day, when the day's work is over",
          "[services][backup][sqlite]")
{
    Fixture f; // 09:00 at the desk
    BackupFolder folder(f.db.path());
    CHECK(folder.path() ==
          QFileInfo(f.db.path()).absoluteDir().filePath(QStringLiteral("backups")));
    DailyBackup daily(f.db, *f.desk);

    // In the morning only closing the window makes it.
    CHECK_FALSE(daily.dueNow(false));
    CHECK(daily.dueNow(true));
    auto made = daily.runIfDue(false);
    REQUIRE(made.ok());
    CHECK_FALSE(*made);
    CHECK(folder.backups().isEmpty());

    made = daily.runIfDue(true);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    CHECK(*made);
    REQUIRE(folder.backups().size() == 1);
    CHECK(folder.backups().first().day == QDate(2026, 11, 22));
    CHECK(QFile::exists(folder.fileFor(QDate(2026, 11, 22))));

    // Not twice the same day, whatever the hour.
    f.clock.advanceSeconds(9 * kHour); // 18:00
    CHECK_FALSE(daily.dueNow(true));
    CHECK_FALSE(*daily.runIfDue(true));
    CHECK(folder.backups().size() == 1);

    // The next day, after the end of the day's work, the timer's turn.
    f.clock.advanceSeconds(24 * kHour - 3 * kHour); // next day 15:00
    CHECK_FALSE(daily.dueNow(false));
    f.clock.advanceSeconds(kHour); // 16:00
    CHECK(daily.dueNow(false));
    REQUIRE(*daily.runIfDue(false));
    CHECK(folder.backups().size() == 2);
    CHECK(folder.newest()->day == QDate(2026, 11, 23));
    // Nothing of the work is left in the folders.
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size() == 2);
}

TEST_CASE("Two days without a good backup warn the manager and the administrator only",
          "[services][backup][sqlite]")
{
    Fixture f;
    // None ever made: the ones who answer for backups are told at once.
    CHECK(DailyBackup(f.db, *f.manager).state().warn);
    CHECK(DailyBackup(f.db, *f.admin).state().warn);
    CHECK_FALSE(DailyBackup(f.db, *f.desk).state().warn);
    CHECK(DailyBackup(f.db, *f.manager).state().daysWithout == -1);

    REQUIRE(*DailyBackup(f.db, *f.desk).runIfDue(true));
    DailyBackupState s = DailyBackup(f.db, *f.manager).state();
    CHECK(s.lastGood == QDate(2026, 11, 22));
    CHECK(s.daysWithout == 0);
    CHECK_FALSE(s.warn);

    f.clock.advanceSeconds(24 * kHour);
    CHECK_FALSE(DailyBackup(f.db, *f.manager).state().warn);
    f.clock.advanceSeconds(24 * kHour);
    s = DailyBackup(f.db, *f.manager).state();
    CHECK(s.daysWithout == 2);
    CHECK(s.warn);
    CHECK(DailyBackup(f.db, *f.admin).state().warn);
    CHECK_FALSE(DailyBackup(f.db, *f.desk).state().warn);
    CHECK_FALSE(DailyBackup(f.db, *f.officer).state().warn);
}

TEST_CASE("With a retention period the daily backup removes the backups older than it",
          "[services][backup][sqlite]")
{
    Fixture f; // 22 November 2026
    BackupFolder folder(f.db.path());
    REQUIRE(QDir().mkpath(folder.path()));
    // Two monthly backups the rotation keeps: one from before the period.
    for (const QDate &day : {QDate(2025, 6, 1), QDate(2026, 1, 1)}) {
        QFile old(folder.fileFor(day));
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("an old backup");
    }
    REQUIRE(RetentionRepository(f.db).setYears(1, f.manager->userId()).ok());

    const auto made = DailyBackup(f.db, *f.manager).runIfDue(true);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    REQUIRE(*made);
    QVector<QDate> kept;
    for (const DailyBackupFile &b : folder.backups())
        kept << b.day;
    CHECK(kept == QVector<QDate>{QDate(2026, 11, 22), QDate(2026, 1, 1)});
}
