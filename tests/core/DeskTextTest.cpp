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

TEST_CASE("A message keeps every embedded value whole in an isolate", "[core][bidi]")
{
    const QChar lri(0x2066), fsi(0x2068), pdi(0x2069);
    // The English survey line with an Arabic name: the comma and the date stay
    // after the name instead of being pulled into its right-to-left run.
    const QString name = QStringLiteral("نورة العتيبي");
    CHECK(DeskText::message(
              QStringLiteral("Survey taken %1 by %2, %3."),
              {QStringLiteral("at the desk"), name, QStringLiteral("7 December 2026")}) ==
          QStringLiteral("Survey taken ") + fsi + QStringLiteral("at the desk") + pdi +
              QStringLiteral(" by ") + fsi + name + pdi + QStringLiteral(", ") + fsi +
              QStringLiteral("7 December 2026") + pdi + QStringLiteral("."));
    // A path reads left to right, with the system's separators, isolated once.
    const QString path = DeskText::path(QStringLiteral("/home/desk/istiqbal-report-2026-11.pdf"));
    CHECK(path == lri + QStringLiteral("/home/desk/istiqbal-report-2026-11.pdf") + pdi);
    const QString written =
        DeskText::message(QStringLiteral("كُتب تقرير %1 في %2 (%3 صفحات)."),
                          {QStringLiteral("نوفمبر ٢٠٢٦م"), path, QStringLiteral("٧")});
    CHECK(written == QStringLiteral("كُتب تقرير ") + fsi + QStringLiteral("نوفمبر ٢٠٢٦م") + pdi +
                         QStringLiteral(" في ") + path + QStringLiteral(" (") + fsi +
                         QStringLiteral("٧") + pdi + QStringLiteral(" صفحات)."));
    // Markers by number, in any order; a value holding "%1" is not read again;
    // a marker without a value and a lone "%" stay as written.
    CHECK(DeskText::message(QStringLiteral("%2 then %1, %3 and 5%"),
                            {QStringLiteral("a%1"), QStringLiteral("b")}) ==
          fsi + QStringLiteral("b") + pdi + QStringLiteral(" then ") + fsi + QStringLiteral("a%1") +
              pdi + QStringLiteral(", %3 and 5%"));
}

TEST_CASE("A phone shows nationally when Saudi and left to right from abroad", "[core][bidi]")
{
    const QChar lri(0x2066), pdi(0x2069);
    {
        InterfaceLanguage en(QLocale::English);
        CHECK(DeskText::phone(QStringLiteral("+966501234567")) == QStringLiteral("0501234567"));
        CHECK(DeskText::phone(QStringLiteral("+201001234567")) ==
              lri + QStringLiteral("+20 100 123 4567") + pdi);
        CHECK(DeskText::phone(QString()).isEmpty());
    }
    {
        InterfaceLanguage ar(QLocale::Arabic);
        CHECK(DeskText::phone(QStringLiteral("+966501234567")) == QString::fromUtf8("٠٥٠١٢٣٤٥٦٧"));
        const QString abroad = DeskText::phone(QStringLiteral("+447911123456"));
        CHECK(abroad == lri + QString::fromUtf8("+٤٤ ٧٩١١ ١٢٣٤٥٦") + pdi);
        // Isolated once, even when a caller isolates it again.
        CHECK(DeskText::leftToRight(abroad) == abroad);
        // A number stored by older rules (015 was accepted) shows as stored.
        CHECK(DeskText::phone(QStringLiteral("+966153689607")) ==
              lri + QString::fromUtf8("+٩٦٦١٥٣٦٨٩٦٠٧") + pdi);
    }
}
