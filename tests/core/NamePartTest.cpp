#include "CatchQt.h"

#include "core/NamePart.h"

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString cleaned(const QString &input)
{
    const Result<QString> r = NamePart::clean(input, true);
    REQUIRE(r.ok());
    return r.value();
}

QString refusal(const QString &input)
{
    const Result<QString> r = NamePart::clean(input, true);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

} // namespace

TEST_CASE("NamePart 3.1 removes every bidi control and keeps ZWNJ", "[core][name]")
{
    const QString name = s("محمد");
    for (char16_t bidi : {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066,
                          0x2067, 0x2068, 0x2069}) {
        INFO(QString::number(bidi, 16).toStdString());
        CHECK(cleaned(QChar(bidi) + name + QChar(bidi)) == name);
        CHECK(cleaned(s("مح") + QChar(bidi) + s("مد")) == name);
    }
    // "Trojan Source": an override hiding reversed text is removed, not refused.
    CHECK(cleaned(QStringLiteral("\u202EAli\u202C")) == QStringLiteral("Ali"));
    // ZWNJ is legitimate in Persian and stays in stored text.
    const QString persian = QStringLiteral("\u0646\u0627\u0645\u200C\u062F\u0627\u0631");
    CHECK(cleaned(persian) == persian);
}

TEST_CASE("NamePart 3.2 accepts letters of any script with marks, tatweel, spaces, hyphens, "
          "apostrophes",
          "[core][name]")
{
    CHECK(cleaned(s("مُحَمَّد")) == s("مُحَمَّد")); // harakat kept in stored text
    CHECK(cleaned(s("محمـــود")) == s("محمـــود"));
    CHECK(cleaned(s("عبد الله")) == s("عبد الله"));
    CHECK(cleaned(QStringLiteral("Jean-Luc")) == QStringLiteral("Jean-Luc"));
    CHECK(cleaned(QStringLiteral("O'Brien")) == QStringLiteral("O'Brien"));
    CHECK(cleaned(s("D’Souza")) == s("D’Souza"));
    CHECK(cleaned(s("Zoë")) == s("Zoë"));
    CHECK(cleaned(s("Иван")) == s("Иван"));
    CHECK(cleaned(s("अनिल")) == s("अनिल")); // Devanagari with a vowel sign (Mc)
    CHECK(cleaned(s("李小龙")) == s("李小龙"));
    CHECK(cleaned(s("ئەحمەد")) == s("ئەحمەد")); // Kurdish
    CHECK(cleaned(s("ء")) == s("ء"));           // one character is enough
    // Decomposed input is stored composed (NFC).
    CHECK(cleaned(QStringLiteral("Zoe\u0308")) == s("Zoë"));
}

TEST_CASE("NamePart 3.2 trims and collapses runs of spaces", "[core][name]")
{
    CHECK(cleaned(s("  عبد    الله  ")) == s("عبد الله"));
    CHECK(cleaned(s("\tعبد\u00A0\u00A0الرحمن\n")) == s("عبد الرحمن"));
    CHECK(cleaned(QStringLiteral("\u200F  Ali   Hassan \u200E")) == QStringLiteral("Ali Hassan"));
}

TEST_CASE("NamePart 3.2 counts 1 to 50 characters after trimming", "[core][name]")
{
    CHECK(cleaned(QStringLiteral("   ") + QString(50, u'a') + QStringLiteral("   ")).size() == 50);
    const QString tooLong = refusal(QString(51, u'a'));
    CHECK(tooLong.contains(QStringLiteral("too long")));
    CHECK(tooLong.contains(QStringLiteral("50")));
    CHECK(tooLong.contains(QStringLiteral("51")));
    CHECK(refusal(QString()).contains(QStringLiteral("empty")));
    CHECK(refusal(QStringLiteral("   ")).contains(QStringLiteral("empty")));
    CHECK(refusal(QStringLiteral("\u200F\u202B")).contains(QStringLiteral("empty")));
    // Not required: empty is fine and gives an empty part.
    const Result<QString> optional = NamePart::clean(QStringLiteral("  "), false);
    REQUIRE(optional.ok());
    CHECK(optional->isEmpty());
    // Combining marks count as characters: 25 letters with a haraka each fill the 50.
    QString marked;
    for (int i = 0; i < 25; ++i)
        marked += QStringLiteral("\u0628\u064E");
    CHECK(cleaned(marked) == marked);
    CHECK(refusal(marked + QChar(0x0628)).contains(QStringLiteral("this one has 51")));
}

TEST_CASE("NamePart 3.2 refuses digits, symbols and brackets, naming the character", "[core][name]")
{
    const QString digit = refusal(QStringLiteral("Ali2"));
    CHECK(digit.contains(QStringLiteral("digits")));
    CHECK(digit.contains(QStringLiteral("\"2\"")));
    CHECK(refusal(s("محمد٣")).contains(s("\"٣\"")));
    CHECK(refusal(s("محمد۳")).contains(QStringLiteral("digits")));
    for (const char *symbol : {"=", "@", "(", ")",  "[", "]", "{", "}",  "<", ">", ".", ",",
                               "!", "_", "/", "\\", "+", "*", "#", "\"", ";", ":", "،", "؟"}) {
        INFO(symbol);
        const QString reason = refusal(s("محمد") + s(symbol) + s("علي"));
        CHECK(reason.contains(QStringLiteral("may not contain \"") + s(symbol) + u'"'));
        CHECK(reason.contains(QStringLiteral("only letters, spaces, hyphens and apostrophes")));
    }
    // A formula injected through a spreadsheet never reaches the database.
    CHECK(refusal(QStringLiteral("=HYPERLINK(\"x\")")).contains(QStringLiteral("\"=\"")));
    // Invisible characters are named by code point.
    CHECK(refusal(QStringLiteral("Ali\u200BHassan")).contains(QStringLiteral("U+200B")));
    CHECK(refusal(QStringLiteral("Ali\u0007")).contains(QStringLiteral("U+0007")));
    // Emoji are not letters.
    CHECK(refusal(s("Ali😀")).contains(s("\"😀\"")));
}

TEST_CASE("NamePart 3.2 wants letters: marks need a letter, punctuation alone is no name",
          "[core][name]")
{
    CHECK(refusal(QStringLiteral("\u064E\u0645\u062D\u0645\u062F"))
              .contains(QStringLiteral("must follow a letter")));
    CHECK(refusal(QStringLiteral("- \u064E")).contains(QStringLiteral("must follow a letter")));
    CHECK(refusal(QStringLiteral("-")).contains(QStringLiteral("at least one letter")));
    CHECK(refusal(QStringLiteral("' -")).contains(QStringLiteral("at least one letter")));
    CHECK(refusal(QStringLiteral("\u0640\u0640")).contains(QStringLiteral("at least one letter")));
}

TEST_CASE("NamePart 3.3 requires first and family names only", "[core][name]")
{
    PersonName citizen{s(" محمد "), s("عبد  الله"), s("سعد"), s("آل سعود")};
    const Result<PersonName> full = NamePart::validate(citizen);
    REQUIRE(full.ok());
    CHECK(full->first == s("محمد"));
    CHECK(full->father == s("عبد الله"));
    CHECK(full->grandfather == s("سعد"));
    CHECK(full->family == s("آل سعود"));

    PersonName resident{QStringLiteral("Ali"), QString(), QStringLiteral("  "),
                        QStringLiteral("Khan")};
    const Result<PersonName> twoParts = NamePart::validate(resident);
    REQUIRE(twoParts.ok());
    CHECK(twoParts->father.isEmpty());
    CHECK(twoParts->grandfather.isEmpty());
    CHECK(twoParts->full() == QStringLiteral("Ali Khan"));

    const Result<PersonName> noFirst =
        NamePart::validate({QString(), s("علي"), s("حسن"), s("القحطاني")});
    REQUIRE_FALSE(noFirst.ok());
    CHECK(noFirst.error() == QStringLiteral("The first name is required."));

    const Result<PersonName> noFamily =
        NamePart::validate({s("محمد"), s("علي"), QString(), QStringLiteral("\u200F ")});
    REQUIRE_FALSE(noFamily.ok());
    CHECK(noFamily.error() == QStringLiteral("The family name is required."));
}

TEST_CASE("NamePart 3.3 says which part holds a bad character", "[core][name]")
{
    const auto error = [](const PersonName &n) {
        const Result<PersonName> r = NamePart::validate(n);
        REQUIRE_FALSE(r.ok());
        return r.error();
    };
    CHECK(error({QStringLiteral("Ali1"), {}, {}, QStringLiteral("Khan")})
              .startsWith(QStringLiteral("First name: ")));
    CHECK(error({QStringLiteral("Ali"), QStringLiteral("H@ssan"), {}, QStringLiteral("Khan")})
              .startsWith(QStringLiteral("Father's name: ")));
    CHECK(error({QStringLiteral("Ali"), {}, QStringLiteral("Omar="), QStringLiteral("Khan")})
              .startsWith(QStringLiteral("Grandfather's name: ")));
    const QString family = error({QStringLiteral("Ali"), {}, {}, QStringLiteral("Khan (2)")});
    CHECK(family.startsWith(QStringLiteral("Family name: ")));
    CHECK(family.contains(QStringLiteral("\"(\"")));
    CHECK(error({QString(60, u'x'), {}, {}, QStringLiteral("Khan")})
              .contains(QStringLiteral("too long")));
}
