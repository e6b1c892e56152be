#include "UiTestSupport.h"
#include "core/DeskText.h"

#include "core/DateInput.h"
#include "core/NationalId.h"
#include "core/Phone.h"
#include "ui/widgets/DualDateEdit.h"
#include "ui/widgets/NationalIdEdit.h"
#include "ui/widgets/PhoneEdit.h"

#include <QLabel>
#include <QSignalSpy>

using UiTest::type;

namespace {

QLineEdit *editOf(QWidget *w)
{
    auto *edit = w->findChild<QLineEdit *>(QStringLiteral("edit"));
    REQUIRE(edit);
    return edit;
}

QLabel *messageOf(QWidget *w)
{
    auto *label = w->findChild<QLabel *>(QStringLiteral("messageLabel"));
    REQUIRE(label);
    return label;
}

} // namespace

TEST_CASE("NationalIdEdit explains a wrong check digit while it is typed", "[gui]")
{
    Application::applyLanguage(UiTest::app(), QStringLiteral("ar"));
    NationalIdEdit field;
    field.show();
    QLineEdit *edit = editOf(&field);
    QLabel *message = messageOf(&field);

    type(edit, QStringLiteral("10000"));
    CHECK(field.state() == ValidatedLineEdit::State::Incomplete);
    CHECK_FALSE(message->isHidden());

    type(edit, QStringLiteral("00000"));
    CHECK(field.text() == QStringLiteral("1000000000"));
    CHECK(field.state() == ValidatedLineEdit::State::Invalid);
    // The reason is the checksum rule, in words, shown under the field.
    CHECK(message->text() == NationalId::parse(QStringLiteral("1000000000")).error());
    CHECK(message->text() != NationalId::parse(QStringLiteral("100000000")).error());
    CHECK(message->isVisible());
    CHECK(field.digits().isEmpty());
}

TEST_CASE("NationalIdEdit accepts a valid ID typed in Arabic-Indic digits", "[gui]")
{
    Application::applyLanguage(UiTest::app(), QStringLiteral("ar"));
    NationalIdEdit field;
    field.show();
    QSignalSpy changed(&field, &NationalIdEdit::nationalIdChanged);
    type(editOf(&field), QString::fromUtf8("١٠٠٠٠٠٠٠٠٨"));
    CHECK(field.state() == ValidatedLineEdit::State::Valid);
    CHECK(field.isValid());
    CHECK(field.digits() == QStringLiteral("1000000008"));
    REQUIRE(changed.count() == 1);
    CHECK(changed.takeFirst().at(0).toString() == QStringLiteral("1000000008"));
    CHECK(messageOf(&field)->text() != NationalId::parse(QStringLiteral("1000000000")).error());
}

TEST_CASE("NationalIdEdit refuses at once what cannot become an ID", "[gui]")
{
    NationalIdEdit field;
    QLineEdit *edit = editOf(&field);

    SECTION("a wrong first digit")
    {
        type(edit, QStringLiteral("3"));
        CHECK(field.state() == ValidatedLineEdit::State::Invalid);
        CHECK(field.message() == NationalId::parse(QStringLiteral("3")).error());
    }
    SECTION("a letter")
    {
        type(edit, QStringLiteral("10a"));
        CHECK(field.state() == ValidatedLineEdit::State::Invalid);
    }
    SECTION("too few digits when the field is left")
    {
        type(edit, QStringLiteral("10000"));
        CHECK(field.state() == ValidatedLineEdit::State::Incomplete);
        QTest::keyClick(edit, Qt::Key_Return);
        CHECK(field.state() == ValidatedLineEdit::State::Invalid);
        CHECK(field.message() == NationalId::parse(QStringLiteral("10000")).error());
    }
    SECTION("emptied again")
    {
        type(edit, QStringLiteral("1"));
        edit->clear();
        CHECK(field.state() == ValidatedLineEdit::State::Empty);
        CHECK(field.message().isEmpty());
    }
}

TEST_CASE("PhoneEdit accepts a mobile in Arabic-Indic digits and keeps it in E.164", "[gui]")
{
    PhoneEdit field;
    QSignalSpy changed(&field, &PhoneEdit::phoneChanged);
    QLineEdit *edit = editOf(&field);
    type(edit, QString::fromUtf8("٠٥"));
    CHECK(field.state() == ValidatedLineEdit::State::Incomplete);
    type(edit, QString::fromUtf8("٠١٢٣٤٥٦٧"));
    CHECK(field.state() == ValidatedLineEdit::State::Valid);
    CHECK(field.e164() == QStringLiteral("+966501234567"));
    CHECK(field.shown() == QStringLiteral("0501234567"));
    CHECK(field.message().contains(DeskText::digits(QStringLiteral("0501234567"))));
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().at(0).toString() == QStringLiteral("+966501234567"));

    SECTION("a number from abroad is waited for while typed, then refused with the reason")
    {
        edit->clear();
        type(edit, QStringLiteral("+44 20"));
        CHECK(field.state() == ValidatedLineEdit::State::Incomplete);
        emit edit->editingFinished();
        CHECK(field.state() == ValidatedLineEdit::State::Invalid);
        CHECK(field.message() == Phone::parse(QStringLiteral("+44 20")).error());
        CHECK(field.e164().isEmpty());
    }
    SECTION("a valid number from abroad is kept in E.164 and shown left to right")
    {
        edit->clear();
        type(edit, QStringLiteral("+44 20 7946 0958"));
        CHECK(field.state() == ValidatedLineEdit::State::Valid);
        CHECK_FALSE(field.hasWarning());
        CHECK(field.e164() == QStringLiteral("+442079460958"));
        CHECK(field.shown() == QStringLiteral("+44 20 7946 0958"));
        CHECK(field.message().contains(
            DeskText::leftToRight(DeskText::digits(QStringLiteral("+44 20 7946 0958")))));
    }
    SECTION("issue 15: a mobile prefix newer than the numbering data is a warning, not an error")
    {
        edit->clear();
        type(edit, QStringLiteral("0574123456"));
        CHECK(field.state() == ValidatedLineEdit::State::Valid);
        CHECK(field.isValid());
        CHECK(field.hasWarning());
        CHECK(field.message() == Phone::parse(QStringLiteral("0574123456"))->warning());
        CHECK(field.e164() == QStringLiteral("+966574123456"));
        CHECK(edit->property("validationWarning").toBool());
        CHECK(changed.last().at(0).toString() == QStringLiteral("+966574123456"));
    }
    SECTION("a stored number shows in its national form")
    {
        field.setE164(QStringLiteral("+966551112233"));
        CHECK(field.text() == DeskText::digits(QStringLiteral("0551112233")));
        CHECK(field.isValid());
    }
}

TEST_CASE("DualDateEdit reads a Hijri date and shows both calendars", "[gui]")
{
    Application::applyLanguage(UiTest::app(), QStringLiteral("ar"));
    DualDateEdit field;
    field.show();
    QSignalSpy changed(&field, &DualDateEdit::dateChanged);
    QLineEdit *edit = editOf(&field);

    type(edit, QStringLiteral("1444/02/0"));
    CHECK(field.state() == ValidatedLineEdit::State::Incomplete);
    CHECK_FALSE(field.date().isValid());
    type(edit, QStringLiteral("4"));
    CHECK(field.state() == ValidatedLineEdit::State::Valid);
    CHECK(field.date() == QDate(2022, 8, 31));
    REQUIRE(changed.count() >= 1);
    CHECK(changed.last().at(0).toDate() == QDate(2022, 8, 31));
    CHECK(messageOf(&field)->text() == DateInput::formatBoth(QDate(2022, 8, 31)));
    CHECK(messageOf(&field)->text().contains(QString::fromUtf8("صفر")));

    SECTION("in English the Gregorian date reads first")
    {
        Application::applyLanguage(UiTest::app(), QStringLiteral("en"));
        CHECK(field.message().startsWith(QStringLiteral("31 August 2022")));
        Application::applyLanguage(UiTest::app(), QStringLiteral("ar"));
    }
    SECTION("Gregorian in Arabic-Indic digits gives the same day")
    {
        edit->clear();
        type(edit, QString::fromUtf8("٢٠٢٢-٠٨-٣١"));
        CHECK(field.date() == QDate(2022, 8, 31));
    }
    SECTION("a month that does not exist is refused with the reason")
    {
        edit->clear();
        type(edit, QStringLiteral("1444/13/01"));
        CHECK(field.state() == ValidatedLineEdit::State::Invalid);
        CHECK(field.message() == DateInput::parse(QStringLiteral("1444/13/01")).error());
        CHECK_FALSE(field.date().isValid());
    }
    SECTION("an extra rule refuses a birth date in the future")
    {
        field.setRule(
            [](const QDate &d) { return DateInput::checkBirthDate(d, QDate(2022, 8, 30)); });
        CHECK(field.state() == ValidatedLineEdit::State::Invalid);
        CHECK(field.message().contains(
            DateInput::checkBirthDate(QDate(2022, 8, 31), QDate(2022, 8, 30)).error()));
        CHECK_FALSE(field.date().isValid());
    }
    SECTION("setDate writes the Hijri date in Arabic, in Arabic-Indic digits")
    {
        // One digit system for every value shown (issue 14); typing takes either.
        field.setDate(QDate(2022, 8, 31));
        CHECK(field.text() == QString::fromUtf8("١٤٤٤/٠٢/٠٤"));
        CHECK(field.date() == QDate(2022, 8, 31));
    }
}
