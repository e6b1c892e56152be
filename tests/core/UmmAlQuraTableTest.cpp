#include "CatchQt.h"

#include "core/HijriDate.h"
#include "core/UmmAlQuraTable.h"

#include <QFile>

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <cmath>
#include <cstring>
#include <memory>

namespace {

// ICU's islamic-umalqura month start, the reference the table replaces.
QDate icuMonthStart(int year, int month)
{
    static const std::unique_ptr<icu::Calendar> calendar = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Calendar> c(icu::Calendar::createInstance(
            *icu::TimeZone::getGMT(), icu::Locale("ar_SA@calendar=islamic-umalqura"), status));
        REQUIRE(U_SUCCESS(status));
        REQUIRE(std::strcmp(c->getType(), "islamic-umalqura") == 0);
        return c;
    }();
    UErrorCode status = U_ZERO_ERROR;
    calendar->clear();
    calendar->set(UCAL_EXTENDED_YEAR, year);
    calendar->set(UCAL_MONTH, month - 1);
    calendar->set(UCAL_DATE, 1);
    const UDate ms = calendar->getTime(status);
    REQUIRE(U_SUCCESS(status));
    return QDate(1970, 1, 1).addDays(qint64(std::floor(ms / 86400000.0)));
}

QByteArray builtInText()
{
    QFile file(QStringLiteral(":/calendar/umm-al-qura.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The built-in Umm al-Qura table covers 1343-1500 AH as published", "[core][hijri]")
{
    const UmmAlQuraTable &table = UmmAlQuraTable::builtIn();
    REQUIRE(table.isLoaded());
    CHECK(table.firstDay() == QDate(1924, 8, 1));
    CHECK(table.lastDay() == QDate(2077, 11, 16));
    // DOMAIN.md 5.2's checks.
    CHECK(table.monthStart(1460, 1) == QDate(2038, 2, 5));
    CHECK(HijriDate(1460, 1, 1).toGregorian().value() == QDate(2038, 2, 5));
    CHECK(HijriDate(1444, 2, 4).toGregorian().value() == QDate(2022, 8, 31));
    CHECK(HijriDate::fromGregorian(QDate(2038, 2, 5)).value() == HijriDate(1460, 1, 1));
}

TEST_CASE("The table and ICU's islamic-umalqura differ outside 1420-1450 AH only", "[core][hijri]")
{
    const UmmAlQuraTable &table = UmmAlQuraTable::builtIn();
    int differing = 0;
    int differingInside = 0;
    int twoDaysOff = 0;
    for (int year = UmmAlQuraTable::firstYear; year <= UmmAlQuraTable::lastYear; ++year) {
        for (int month = 1; month <= 12; ++month) {
            const qint64 off = icuMonthStart(year, month).daysTo(table.monthStart(year, month));
            if (off == 0)
                continue;
            ++differing;
            if (qAbs(off) >= 2)
                ++twoDaysOff;
            if (year >= 1420 && year <= 1450)
                ++differingInside;
        }
    }
    // Exact counts: a change of either source shows up here.
    CHECK(differingInside == 0);
    CHECK(differing == 740);
    CHECK(twoDaysOff == 17);
    WARN("month starts differing from ICU: " << differing
                                             << ", of which two days or more: " << twoDaysOff);
}

TEST_CASE("A day 30 of 1395 AH that the published calendar has is accepted", "[core][hijri]")
{
    // A month of 1395 with 30 days in the table and 29 in ICU's calendar: the
    // date printed on an old card must be accepted as written.
    const UmmAlQuraTable &table = UmmAlQuraTable::builtIn();
    int found = 0;
    for (int month = 1; month <= 12 && found == 0; ++month) {
        const int icuDays =
            int(icuMonthStart(1395, month)
                    .daysTo(month == 12 ? icuMonthStart(1396, 1) : icuMonthStart(1395, month + 1)));
        if (table.daysInMonth(1395, month) == 30 && icuDays == 29)
            found = month;
    }
    REQUIRE(found != 0);
    const HijriDate thirtieth(1395, found, 30);
    REQUIRE(thirtieth.isValid());
    const QDate day = thirtieth.toGregorian().value();
    CHECK(HijriDate::fromGregorian(day).value() == thirtieth);
    CHECK(HijriDate::parse(QStringLiteral("1395/%1/30").arg(found)).value() == thirtieth);
}

TEST_CASE("A damaged Umm al-Qura table is not used", "[core][hijri]")
{
    const QByteArray good = builtInText();
    REQUIRE(UmmAlQuraTable(good).isLoaded());
    QList<QByteArray> lines = good.split('\n');
    const int first = int(lines.indexOf(QByteArrayLiteral("1343 01 1924-08-01")));
    REQUIRE(first >= 0);

    auto without = [&](int i) {
        QList<QByteArray> l = lines;
        l.removeAt(i);
        return l.join('\n');
    };
    auto replaced = [&](int i, const QByteArray &line) {
        QList<QByteArray> l = lines;
        l[i] = line;
        return l.join('\n');
    };
    CHECK_FALSE(UmmAlQuraTable(QByteArray()).isLoaded());
    CHECK_FALSE(UmmAlQuraTable(without(first + 100)).isLoaded());           // a month missing
    CHECK_FALSE(UmmAlQuraTable(without(int(lines.size()) - 2)).isLoaded()); // no end line
    CHECK_FALSE(UmmAlQuraTable(good + "1501 02 2077-12-16\n").isLoaded());  // one too many
    CHECK_FALSE(UmmAlQuraTable(replaced(first + 1, "1343 02 1924-09-05")).isLoaded()); // 35 days
    CHECK_FALSE(UmmAlQuraTable(replaced(first + 1, "1343 03 1924-08-31")).isLoaded()); // order
    CHECK_FALSE(UmmAlQuraTable(replaced(first + 1, "1343 02 1924-02-30")).isLoaded()); // no day
    CHECK_FALSE(UmmAlQuraTable(replaced(first + 1, "1343 02")).isLoaded());
    const UmmAlQuraTable empty(QByteArray("# nothing\n"));
    int y = 0, m = 0, d = 0;
    CHECK_FALSE(empty.find(QDate(2026, 1, 1), y, m, d));
    CHECK(empty.daysInMonth(1444, 1) == 0);
    CHECK_FALSE(empty.monthStart(1444, 1).isValid());
}

TEST_CASE("Months last 29 or 30 days, except the few printed otherwise in the early years",
          "[core][hijri]")
{
    const UmmAlQuraTable &table = UmmAlQuraTable::builtIn();
    QStringList unusual;
    for (int year = UmmAlQuraTable::firstYear; year <= UmmAlQuraTable::lastYear; ++year) {
        for (int month = 1; month <= 12; ++month) {
            const int days = table.daysInMonth(year, month);
            if (days != 29 && days != 30)
                unusual << QStringLiteral("%1/%2:%3").arg(year).arg(month).arg(days);
        }
    }
    CHECK(unusual.join(u' ') == QStringLiteral("1343/9:28 1345/5:31 1345/8:28 1348/11:31 "
                                               "1348/12:28 1349/10:28 1349/11:31 1364/8:28"));
    // And years of 354 or 355 days, but for these.
    QStringList years;
    for (int year = UmmAlQuraTable::firstYear; year <= UmmAlQuraTable::lastYear; ++year) {
        const qint64 days = table.monthStart(year, 1).daysTo(year < UmmAlQuraTable::lastYear
                                                                 ? table.monthStart(year + 1, 1)
                                                                 : table.lastDay().addDays(1));
        if (days != 354 && days != 355)
            years << QStringLiteral("%1:%2").arg(year).arg(days);
    }
    CHECK(years.join(u' ') == QStringLiteral("1343:356 1344:353 1349:356 1356:353 1401:353"));
}
