#include <catch2/catch.hpp>

#include "core/Clock.h"

#include <QTimeZone>

TEST_CASE("A moment is told in the desk's time, to the minute", "[core][clock]")
{
    const QDateTime utc(QDate(2024, 5, 12), QTime(22, 30, 59), QTimeZone::utc());
    // Riyadh is UTC+3 all year: half past ten at night in UTC is the next day there.
    CHECK(Clock::deskMinute(utc) == QStringLiteral("2024-05-13 01:30"));
    // The same moment given in another zone reads the same.
    CHECK(Clock::deskMinute(utc.toTimeZone(QTimeZone(-5 * 3600))) ==
          QStringLiteral("2024-05-13 01:30"));
}
