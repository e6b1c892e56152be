#include "core/Nationality.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>

TEST_CASE("The common nationalities are two-letter codes, Saudi first, each once", "[core]")
{
    const QStringList codes = Nationality::commonCodes();
    REQUIRE(codes.size() == 13);
    CHECK(codes.first() == QLatin1String("SA"));
    const QRegularExpression iso(QStringLiteral("^[A-Z]{2}$"));
    for (const QString &code : codes) {
        INFO(code.toStdString());
        CHECK(iso.match(code).hasMatch());
        CHECK(Nationality::isCommon(code));
        CHECK(Nationality::name(code) != code);
    }
    CHECK(QSet<QString>(codes.begin(), codes.end()).size() == codes.size());
}

TEST_CASE("A nationality outside the list is shown as its code", "[core]")
{
    CHECK_FALSE(Nationality::isCommon(QStringLiteral("FR")));
    CHECK_FALSE(Nationality::isCommon(QStringLiteral("sa")));
    CHECK_FALSE(Nationality::isCommon(QString()));
    CHECK(Nationality::name(QStringLiteral("FR")) == QLatin1String("FR"));
    CHECK(Nationality::name(QStringLiteral("YE")) == QLatin1String("Yemeni"));
    CHECK(Nationality::entry(QStringLiteral("SA")) == QLatin1String("Saudi (SA)"));
    CHECK(Nationality::entry(QStringLiteral("FR")) == QLatin1String("FR"));
}
