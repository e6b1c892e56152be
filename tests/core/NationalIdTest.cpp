#include <catch2/catch.hpp>

#include "core/NationalId.h"

TEST_CASE("NationalId accepts valid citizen and resident numbers", "[core][nationalid]")
{
    auto citizen = NationalId::parse(QStringLiteral("1000000008"));
    REQUIRE(citizen.ok());
    CHECK(citizen->kind() == NationalId::Kind::Citizen);
    CHECK(citizen->digits() == QStringLiteral("1000000008"));

    auto resident = NationalId::parse(QStringLiteral("2000000006"));
    REQUIRE(resident.ok());
    CHECK(resident->kind() == NationalId::Kind::Resident);
}

TEST_CASE("NationalId rejects a wrong checksum with the reason", "[core][nationalid]")
{
    auto r = NationalId::parse(QStringLiteral("1000000000"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("check digit")));
}

TEST_CASE("NationalId normalises Arabic-Indic and Persian digits, spaces, dashes, bidi controls",
          "[core][nationalid]")
{
    // ١٠٠٠٠٠٠٠٠٨ in Arabic-Indic digits
    auto arabicIndic = NationalId::parse(QString::fromUtf8("١٠٠٠٠٠٠٠٠٨"));
    REQUIRE(arabicIndic.ok());
    CHECK(arabicIndic->digits() == QStringLiteral("1000000008"));

    auto persian = NationalId::parse(QString::fromUtf8("۲۰۰۰۰۰۰۰۰۶"));
    REQUIRE(persian.ok());
    CHECK(persian->digits() == QStringLiteral("2000000006"));

    auto spaced = NationalId::parse(QStringLiteral("100 000-0008"));
    REQUIRE(spaced.ok());

    QString withBidi = QStringLiteral("\u202B1000000008\u202C\u200F");
    auto bidi = NationalId::parse(withBidi);
    REQUIRE(bidi.ok());
    CHECK(bidi->digits() == QStringLiteral("1000000008"));
}

TEST_CASE("NationalId names each failed rule", "[core][nationalid]")
{
    CHECK(NationalId::parse(QString()).error().contains(QStringLiteral("empty")));
    CHECK(NationalId::parse(QStringLiteral("10000a0008"))
              .error()
              .contains(QStringLiteral("digits only")));
    CHECK(NationalId::parse(QStringLiteral("100000008"))
              .error()
              .contains(QStringLiteral("10 digits")));
    CHECK(NationalId::parse(QStringLiteral("10000000080"))
              .error()
              .contains(QStringLiteral("10 digits")));
    // A border number (starts with 3 or 4) is not a national ID (rule 1.4).
    CHECK(NationalId::parse(QStringLiteral("3000000004"))
              .error()
              .contains(QStringLiteral("start with 1")));
    CHECK(NationalId::parse(QStringLiteral("4000000002"))
              .error()
              .contains(QStringLiteral("start with 1")));
}

TEST_CASE("Luhn checksum matches exactly one check digit", "[core][nationalid]")
{
    int valid = 0;
    for (int d = 0; d <= 9; ++d) {
        if (NationalId::checksumMatches(QStringLiteral("112345678") + QString::number(d)))
            ++valid;
    }
    CHECK(valid == 1);
}

TEST_CASE("withCheckDigit completes nine digits with the one check digit that passes",
          "[core][nationalid]")
{
    // Each completed number passes parse(), and no other last digit passes.
    const QStringList starts = {QStringLiteral("100000000"), QStringLiteral("212345678"),
                                QStringLiteral("198765432")};
    for (const QString &nine : starts) {
        const QString ten = NationalId::withCheckDigit(nine);
        REQUIRE(ten.size() == 10);
        CHECK(ten.startsWith(nine));
        CHECK(NationalId::parse(ten).ok());
        // Every other last digit fails the checksum.
        for (int d = 0; d <= 9; ++d) {
            const QString other = nine + QString::number(d);
            if (other != ten)
                CHECK_FALSE(NationalId::checksumMatches(other));
        }
    }
    CHECK(NationalId::withCheckDigit(QStringLiteral("12345678")).isEmpty());
    CHECK(NationalId::withCheckDigit(QStringLiteral("١٢٣٤٥٦٧٨٩")).isEmpty());
    CHECK(NationalId::withCheckDigit(QStringLiteral("12345678x")).isEmpty());
}
