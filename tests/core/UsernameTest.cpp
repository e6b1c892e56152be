#include <catch2/catch.hpp>

#include "core/Username.h"

TEST_CASE("A username is letters or digits joined by dots, dashes or underscores", "[core]")
{
    for (const QString &ok :
         {QStringLiteral("reception1"), QStringLiteral("sara.dosari"), QStringLiteral("abu_omar-2"),
          QString::fromUtf8("نورة"), QStringLiteral(" padded "), QString(40, QLatin1Char('a')),
          QString(31, QChar(0x0646))}) {
        INFO(ok.toStdString());
        CHECK(Username::check(ok).ok());
    }
    CHECK(Username::normalised(QStringLiteral(" Sara.Dosari ")) == QStringLiteral("sara.dosari"));
}

TEST_CASE("A username with control or direction characters, or too long, is refused in words",
          "[core]")
{
    // Every Unicode bidi control (Trojan Source), and control characters that
    // would act on a terminal or a log line.
    for (const char16_t c : {u'\u061C', u'\u200E', u'\u200F', u'\u202A', u'\u202B', u'\u202C',
                             u'\u202D', u'\u202E', u'\u2066', u'\u2067', u'\u2068', u'\u2069'}) {
        const Status s = Username::check(QStringLiteral("ali") + QChar(c) + QStringLiteral("x"));
        CHECK(s.error() == QStringLiteral("A username may not hold direction marks."));
    }
    for (const char16_t c : {u'\x00', u'\x07', u'\x1b', u'\x7f', u'\x85', u'\u200B', u'\u2028',
                             u'\uFEFF', u'\t', u'\n'}) {
        INFO(int(c));
        const Status s = Username::check(QStringLiteral("ali") + QChar(c) + QStringLiteral("x"));
        CHECK(s.error() == QStringLiteral("A username may not hold control characters."));
    }
    // 41 and 65 characters; 32 Arabic letters pass 40 characters but not the
    // 63 bytes a server login's name may hold.
    for (const QString &tooLong : {QString(41, QLatin1Char('a')), QString(65, QLatin1Char('a')),
                                   QString(32, QChar(0x0646))}) {
        CHECK(Username::check(tooLong).error().startsWith(QStringLiteral("A username is at most")));
    }
    for (const QString &bad : {QString(), QStringLiteral("a"), QStringLiteral("ali omar"),
                               QStringLiteral("ali@x"), QStringLiteral("'; DROP ROLE x; --")}) {
        INFO(bad.toStdString());
        CHECK(Username::check(bad).error().startsWith(QStringLiteral("A username is 2 to 40")));
    }
}
