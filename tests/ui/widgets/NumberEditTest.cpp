#include "UiTestSupport.h"

#include "ui/widgets/NumberEdit.h"

TEST_CASE("NumberEdit reads numbers by core's rule and never reads 1,2,3 as 123", "[gui]")
{
    UiTest::app();
    NumberEdit income;
    income.setDecimals(2);
    income.setRange(0, 10000000);

    income.setText(QString::fromUtf8("٤٬٥٠٠٫٥٠"));
    REQUIRE(income.value().has_value());
    CHECK(*income.value() == Approx(4500.5));
    income.setText(QStringLiteral("4,500"));
    CHECK(*income.value() == Approx(4500));

    // Set from code (paste), a malformed number is no value and not acceptable.
    income.setText(QStringLiteral("1,2,3"));
    CHECK_FALSE(income.value().has_value());
    CHECK_FALSE(income.isAcceptable());

    // Typed, the keystroke that would make it malformed is refused.
    income.clear();
    income.show();
    income.setFocus();
    for (const char *key : {"1", ",", "2", ",", "3"})
        QTest::keyClicks(&income, QString::fromLatin1(key));
    CHECK(income.text() == QStringLiteral("1,23"));
    CHECK_FALSE(income.isAcceptable());

    NumberEdit familySize;
    familySize.setRange(1, 50);
    familySize.show();
    familySize.setFocus();
    QTest::keyClicks(&familySize, QStringLiteral("-1"));
    CHECK(familySize.text() == QStringLiteral("1")); // no minus sign in a family size
    familySize.setText(QStringLiteral("-1"));
    CHECK_FALSE(familySize.value().has_value());
    familySize.setText(QStringLiteral("2.5"));
    CHECK_FALSE(familySize.value().has_value());
    familySize.setText(QString::fromUtf8("٥"));
    CHECK(familySize.value() == 5.0);
}
