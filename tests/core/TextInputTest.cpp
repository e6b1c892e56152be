#include "CatchQt.h"

#include "core/TextInput.h"

TEST_CASE("TextInput 1.1 normalises digits, removes spaces, dashes and bidi controls",
          "[core][text]")
{
    CHECK(TextInput::asciiDigits(QString::fromUtf8("٠١٢٣٤٥٦٧٨٩")) == QStringLiteral("0123456789"));
    CHECK(TextInput::asciiDigits(QString::fromUtf8("۰۱۲۳۴۵۶۷۸۹")) == QStringLiteral("0123456789"));
    CHECK(TextInput::normaliseNumber(QString::fromUtf8("١٠٠ ٠٠٠-٠٠٠٨\u200F")) ==
          QStringLiteral("1000000008"));
    CHECK(TextInput::normaliseNumber(QStringLiteral("10a")) == QStringLiteral("10a"));
    CHECK(TextInput::isAllAsciiDigits(QStringLiteral("0123")));
    CHECK_FALSE(TextInput::isAllAsciiDigits(QString()));
    CHECK_FALSE(TextInput::isAllAsciiDigits(QString::fromUtf8("١٢")));
}

TEST_CASE("TextInput 3.1 knows the whole Bidi_Control set and keeps ZWNJ", "[core][text]")
{
    int controls = 0;
    for (char32_t u = 0; u <= 0xFFFF; ++u) {
        if (TextInput::isBidiControl(QChar(char16_t(u))))
            ++controls;
    }
    CHECK(controls == 12); // U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069
    for (char16_t u : {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066,
                       0x2067, 0x2068, 0x2069})
        CHECK(TextInput::isBidiControl(QChar(u)));
    CHECK_FALSE(TextInput::isBidiControl(QChar(0x200C)));
    CHECK(TextInput::stripBidiControls(QStringLiteral("\u202Ea\u200Cb\u2069")) ==
          QStringLiteral("a\u200Cb"));
}
