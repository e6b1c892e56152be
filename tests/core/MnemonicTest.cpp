#include <catch2/catch.hpp>

#include "core/Mnemonic.h"

TEST_CASE("A mnemonic beside an Arabic letter splits the word", "[core][mnemonic]")
{
    CHECK(Mnemonic::splitsArabicWord(QString::fromUtf8("&تحديث المعاينة")));
    CHECK(Mnemonic::splitsArabicWord(QString::fromUtf8("ال&شهر:")));
    CHECK(Mnemonic::splitsArabicWord(QString::fromUtf8("الشهر&")));
    CHECK(Mnemonic::splitsArabicWord(QString::fromUtf8("أل&غِ")));
    // Before a Latin word, a literal ampersand, or no Arabic at all: whole.
    CHECK_FALSE(Mnemonic::splitsArabicWord(QString::fromUtf8("تصدير &PDF…")));
    CHECK_FALSE(Mnemonic::splitsArabicWord(QString::fromUtf8("الاسم && العنوان")));
    CHECK_FALSE(Mnemonic::splitsArabicWord(QString::fromUtf8("بحث&&تصفية")));
    CHECK_FALSE(Mnemonic::splitsArabicWord(QStringLiteral("&Refresh preview")));
    CHECK_FALSE(Mnemonic::splitsArabicWord(QString()));
}

TEST_CASE("Mnemonics leave Arabic words and stay before Latin ones", "[core][mnemonic]")
{
    CHECK(Mnemonic::dropFromArabicWords(QString::fromUtf8("ا&حفظ")) == QString::fromUtf8("احفظ"));
    CHECK(Mnemonic::dropFromArabicWords(QString::fromUtf8("&تحديث ال&معاينة")) ==
          QString::fromUtf8("تحديث المعاينة"));
    CHECK(Mnemonic::dropFromArabicWords(QString::fromUtf8("تصدير &PDF… && &حفظ")) ==
          QString::fromUtf8("تصدير &PDF… && حفظ"));
    CHECK(Mnemonic::dropFromArabicWords(QStringLiteral("&Save")) == QStringLiteral("&Save"));
    // A missing translation stays missing (null), as QTranslator reports it.
    CHECK(Mnemonic::dropFromArabicWords(QString()).isNull());
}
