#include "core/DeskText.h"
#include "core/Service.h"

#include <catch2/catch.hpp>

#include <QLocale>

namespace {

// Sets the interface language for one test and puts the old one back.
struct InterfaceLanguage
{
    explicit InterfaceLanguage(QLocale::Language language)
    {
        QLocale::setDefault(QLocale(language));
    }
    ~InterfaceLanguage() { QLocale::setDefault(before); }
    QLocale before;
};

} // namespace

TEST_CASE("A name kept in both languages shows in the interface's language", "[core]")
{
    const QString arabic = QStringLiteral("السلة الغذائية");
    const QString english = QStringLiteral("Food basket");
    {
        InterfaceLanguage en(QLocale::English);
        CHECK(DeskText::localName(arabic, english) == english);
        // No English name, or only spaces: the Arabic one.
        CHECK(DeskText::localName(arabic, QString()) == arabic);
        CHECK(DeskText::localName(arabic, QStringLiteral("  ")) == arabic);
        Service s;
        s.nameAr = arabic;
        s.nameEn = english;
        CHECK(s.displayName() == english);
    }
    {
        InterfaceLanguage ar(QLocale::Arabic);
        CHECK(DeskText::localName(arabic, english) == arabic);
        Service s;
        s.nameAr = arabic;
        s.nameEn = english;
        CHECK(s.displayName() == arabic);
    }
}
