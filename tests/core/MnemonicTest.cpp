#include <catch2/catch.hpp>

#include "core/Mnemonic.h"

TEST_CASE("A mnemonic inside or after an Arabic word splits it", "[core][mnemonic]")
{
    CHECK(Mnemonic::splitsArabicWord(QString::fromUtf8("ال&شهر:")));
    CHECK(Mnemonic::splitsArabicWord(QString::fromUtf8("الشهر&")));
    CHECK(Mnemonic::splitsArabicWord(QString::fromUtf8("أل&غِ")));
    CHECK(Mnemonic::splitsArabicWord(QString::fromUtf8("تحديث ال&معاينة")));
    // After a mark (a haraka) the letter before still joins the marked one.
    CHECK(Mnemonic::splitsArabicWord(QString::fromUtf8("أعطِ&هذه")));
    // At a word's start (underlined only while Alt is held), before a Latin
    // word, a literal ampersand, or no Arabic at all: whole.
    CHECK_FALSE(Mnemonic::splitsArabicWord(QString::fromUtf8("&تحديث المعاينة")));
    CHECK_FALSE(Mnemonic::splitsArabicWord(QString::fromUtf8("تحديث &المعاينة")));
    CHECK_FALSE(Mnemonic::splitsArabicWord(QString::fromUtf8("(&حفظ)")));
    CHECK_FALSE(Mnemonic::splitsArabicWord(QString::fromUtf8("تصدير &PDF…")));
    CHECK_FALSE(Mnemonic::splitsArabicWord(QString::fromUtf8("الاسم && العنوان")));
    CHECK_FALSE(Mnemonic::splitsArabicWord(QString::fromUtf8("بحث&&تصفية")));
    CHECK_FALSE(Mnemonic::splitsArabicWord(QStringLiteral("&Refresh preview")));
    CHECK_FALSE(Mnemonic::splitsArabicWord(QString()));
}

TEST_CASE("Mnemonics leave the inside of Arabic words and stay at their start", "[core][mnemonic]")
{
    CHECK(Mnemonic::dropFromArabicWords(QString::fromUtf8("ا&حفظ")) == QString::fromUtf8("احفظ"));
    CHECK(Mnemonic::dropFromArabicWords(QString::fromUtf8("&تحديث ال&معاينة")) ==
          QString::fromUtf8("&تحديث المعاينة"));
    CHECK(Mnemonic::dropFromArabicWords(QString::fromUtf8("تصدير &PDF… && &حفظ")) ==
          QString::fromUtf8("تصدير &PDF… && &حفظ"));
    CHECK(Mnemonic::dropFromArabicWords(QStringLiteral("&Save")) == QStringLiteral("&Save"));
    // A missing translation stays missing (null), as QTranslator reports it.
    CHECK(Mnemonic::dropFromArabicWords(QString()).isNull());
}

TEST_CASE("A text marks an access key with a single ampersand", "[core][mnemonic]")
{
    CHECK(Mnemonic::hasMnemonic(QStringLiteral("&Save")));
    CHECK(Mnemonic::hasMnemonic(QString::fromUtf8("تحديث &المعاينة")));
    CHECK(Mnemonic::hasMnemonic(QStringLiteral("Save && &close")));
    CHECK_FALSE(Mnemonic::hasMnemonic(QStringLiteral("Save && close")));
    CHECK_FALSE(Mnemonic::hasMnemonic(QStringLiteral("A & B")));
    CHECK_FALSE(Mnemonic::hasMnemonic(QStringLiteral("Save&")));
    CHECK_FALSE(Mnemonic::hasMnemonic(QString()));
}
