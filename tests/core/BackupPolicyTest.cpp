#include <catch2/catch.hpp>

#include "core/BackupPolicy.h"
#include "core/Clock.h"

#include <QTimeZone>

namespace {

QVector<QDate> everyDay(const QDate &from, const QDate &to)
{
    QVector<QDate> days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        days << d;
    return days;
}

QSet<QDate> dates(std::initializer_list<QDate> list)
{
    return QSet<QDate>(list.begin(), list.end());
}

} // namespace

TEST_CASE("Backups kept: the newest of 7 days, 4 ISO weeks and 12 months", "[core][backup]")
{
    // 1 January 2026 is a Thursday; 1 March 2026 a Sunday, closing the ISO
    // week that began on Monday 23 February.
    const QVector<QDate> days = everyDay(QDate(2026, 1, 1), QDate(2026, 3, 1));
    REQUIRE(days.size() == 60);
    const QSet<QDate> expected = dates({
        QDate(2026, 3, 1), QDate(2026, 2, 28), QDate(2026, 2, 27), QDate(2026, 2, 26),
        QDate(2026, 2, 25), QDate(2026, 2, 24), QDate(2026, 2, 23), // 7 days
        QDate(2026, 2, 22), QDate(2026, 2, 15), QDate(2026, 2, 8),  // weeks 8, 7, 6
        QDate(2026, 1, 31),                                         // January
    });
    CHECK(BackupPolicy::toKeep(days) == expected);
    // Kept whatever order the folder lists them in, and an old set again
    // gives the same (the rules are stable).
    QVector<QDate> shuffled = days;
    std::reverse(shuffled.begin(), shuffled.end());
    CHECK(BackupPolicy::toKeep(shuffled) == expected);
    CHECK(BackupPolicy::toKeep(QVector<QDate>(expected.begin(), expected.end())) == expected);
}

TEST_CASE("Monthly backups older than twelve months go, across a year's end", "[core][backup]")
{
    QVector<QDate> days;
    for (int m = 0; m < 15; ++m)
        days << QDate(2025, 1, 10).addMonths(m); // 10 Jan 2025 .. 10 Mar 2026
    const QSet<QDate> keep = BackupPolicy::toKeep(days);
    CHECK(keep.size() == 12);
    CHECK(keep.contains(QDate(2026, 3, 10)));
    CHECK(keep.contains(QDate(2025, 4, 10)));
    CHECK_FALSE(keep.contains(QDate(2025, 3, 10)));
    CHECK_FALSE(keep.contains(QDate(2025, 1, 10)));
    // Days with a gap between them are still "the last 7 days with a backup".
    const QSet<QDate> sparse =
        BackupPolicy::toKeep({QDate(2026, 1, 1), QDate(2026, 1, 20), QDate(2026, 2, 14)});
    CHECK(sparse.size() == 3);
    CHECK(BackupPolicy::toKeep({}).isEmpty());
}

TEST_CASE("The day's backup is due once a day, and two days without one warn", "[core][backup]")
{
    // 22:30 UTC on 1 March is 01:30 on 2 March in Riyadh.
    FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(22, 30), QTimeZone::utc()));
    REQUIRE(clock.today() == QDate(2026, 3, 2));
    CHECK(BackupPolicy::due(QDate(), clock));
    CHECK(BackupPolicy::due(QDate(2026, 3, 1), clock));
    CHECK_FALSE(BackupPolicy::due(QDate(2026, 3, 2), clock));

    CHECK(BackupPolicy::daysWithout(QDate(2026, 3, 2), clock) == 0);
    CHECK(BackupPolicy::daysWithout(QDate(2026, 3, 1), clock) == 1);
    CHECK_FALSE(BackupPolicy::overdue(QDate(2026, 3, 1), clock));
    CHECK(BackupPolicy::overdue(QDate(2026, 2, 28), clock));
    CHECK(BackupPolicy::daysWithout(QDate(), clock) == -1);
    CHECK(BackupPolicy::overdue(QDate(), clock));
}

TEST_CASE("With a retention period no backup older than it is kept, whatever the rotation keeps",
          "[core][backup]")
{
    // A desk that made a backup one day in three months: the twelve monthly
    // backups then reach back three years.
    QVector<QDate> days;
    for (int q = 0; q <= 12; ++q)
        days << QDate(2023, 1, 10).addMonths(3 * q); // 10 Jan 2023 .. 10 Jan 2026
    const QSet<QDate> rotation = BackupPolicy::toKeep(days);
    CHECK(rotation.size() == 12);
    CHECK(rotation.contains(QDate(2023, 4, 10)));
    // A period of one year from 10 January 2026.
    const QSet<QDate> bounded = BackupPolicy::toKeep(days, QDate(2025, 1, 10));
    CHECK(bounded == dates({QDate(2025, 1, 10), QDate(2025, 4, 10), QDate(2025, 7, 10),
                            QDate(2025, 10, 10), QDate(2026, 1, 10)}));
    // The bound never removes what the rotation would not: an invalid one is none.
    CHECK(BackupPolicy::toKeep(days, QDate()) == rotation);
}
