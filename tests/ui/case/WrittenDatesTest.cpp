// Dates kept as written (DOMAIN.md 5.2a; issue 15) through the case screen's
// real widgets: a Hijri birth date with a day 30 (1395/11/30, a day the
// published calendar has and ICU's has not) and documents' expiry dates typed
// in either calendar are saved, and after the database is opened again the
// form shows each as it was typed.
#include "CasePageTestSupport.h"

#include "core/DeskText.h"
#include "storage/BeneficiaryRepository.h"
#include "ui/widgets/DualDateEdit.h"
#include "ui/widgets/NationalIdEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

using namespace CaseTest;

namespace {

const PersonName kNoura{u8("نورة"), u8("محمد"), u8("سعد"), u8("العتيبي")};

// Step 1 and 2 typed at the keyboard, as CasePageTest's walk-in, with the
// dates given; ends on verification. Returns the case.
qint64 typeNewBeneficiary(ScreenFixture &f, const QString &birth, const QString &cardExpiry,
                          const QString &familyExpiry)
{
    CasePage &s = f.open();
    s.startNewCase();
    f.enter();
    f.enter();
    f.type(u8("تطلب سلة غذائية"));
    f.enter();
    REQUIRE(s.shownStep() == Step::Information);
    f.key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(f.focus() == f.find<QLineEdit>(QStringLiteral("firstNameEdit")));
    for (const QString &part : {kNoura.first, kNoura.father, kNoura.grandfather, kNoura.family}) {
        f.type(part);
        f.enter();
    }
    f.enter(); // the ID type
    REQUIRE(f.focus() == f.find<NationalIdEdit>(QStringLiteral("idNumberEdit"))->lineEdit());
    f.type(UiTest::nationalId(1395));
    f.enter();
    f.type(QStringLiteral("0551234567"));
    f.enter();
    REQUIRE(f.focus() == f.find<DualDateEdit>(QStringLiteral("birthDateEdit"))->lineEdit());
    f.type(birth);
    f.enter();
    REQUIRE(f.focus() == f.find<QComboBox>(QStringLiteral("genderCombo")));
    f.key(Qt::Key_Down);
    f.key(Qt::Key_Down); // female
    f.enter();
    typeRecordTail(f, QStringLiteral("5"), QStringLiteral("3500"), u8("الرياض"), u8("النسيم"));
    pickFirstServiceWithDocuments(f, cardExpiry, familyExpiry);
    INFO(s.message().toStdString());
    REQUIRE(s.shownStep() == Step::Verification);
    return s.caseId();
}

// The database opened again (a new workspace on it), and the case's step 2
// looked back at.
void reopenAtInformation(ScreenFixture &f, qint64 caseId)
{
    f.screen.reset();
    f.workspace.reset();
    auto opened = Workspace::open(f.location());
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    f.workspace = *opened;
    f.signInAs(QStringLiteral("reception"), {Role::Receptionist});
    CasePage &s = f.open();
    REQUIRE(s.openCase(caseId));
    REQUIRE(s.shownStep() == Step::Verification);
    f.key(Qt::Key_2, Qt::AltModifier);
    REQUIRE(s.shownStep() == Step::Information);
}

} // namespace

TEST_CASE("A Hijri birth date with a day 30 is shown as typed after the database is reopened",
          "[gui][hijri][written]")
{
    ScreenFixture f;
    const qint64 id = typeNewBeneficiary(f, arabicDigits(QStringLiteral("1395/11/30")),
                                         arabicDigits(QStringLiteral("1450/01/30")),
                                         QStringLiteral("2028-06-30"));
    // Verification shows the birth date as typed, Hijri first.
    const QString shown = f.find<QLabel>(QStringLiteral("birthValue"))->text();
    CHECK(shown.startsWith(u8("٣٠ ذو القعدة ١٣٩٥هـ")));
    CHECK(shown.contains(u8("٣ ديسمبر ١٩٧٥م")));

    const Beneficiary stored = ok(BeneficiaryRepository(f.db()).get(f.context(id).beneficiary->id));
    CHECK(stored.birthDate == QDate(1975, 12, 3));
    CHECK(stored.birthCalendar == WrittenDate::Calendar::Hijri);
    CHECK(stored.birthHijri == HijriDate(1395, 11, 30));

    reopenAtInformation(f, id);
    CHECK(f.find<DualDateEdit>(QStringLiteral("birthDateEdit"))->text() ==
          arabicDigits(QStringLiteral("1395/11/30")));
    CHECK(f.find<DualDateEdit>(QStringLiteral("expiry_id_card"))->text() ==
          arabicDigits(QStringLiteral("1450/01/30")));
    // Typed Gregorian, shown Gregorian (before, the Arabic desk showed every
    // date back in Hijri).
    CHECK(f.find<DualDateEdit>(QStringLiteral("expiry_family_record"))->text() ==
          arabicDigits(QStringLiteral("2028-06-30")));
}

TEST_CASE("In English the Hijri birth date typed is shown back in Hijri", "[gui][hijri][written]")
{
    ScreenFixture f(QStringLiteral("en"));
    const qint64 id =
        typeNewBeneficiary(f, QStringLiteral("1395/11/30"), QStringLiteral("2030-01-31"),
                           QStringLiteral("1450/01/30"));
    CHECK(f.find<QLabel>(QStringLiteral("birthValue"))->text() ==
          QStringLiteral("3 December 1975 (30 Dhu al-Qa'dah 1395 AH)"));
    reopenAtInformation(f, id);
    CHECK(f.find<DualDateEdit>(QStringLiteral("birthDateEdit"))->text() ==
          QStringLiteral("1395/11/30"));
    CHECK(f.find<DualDateEdit>(QStringLiteral("expiry_family_record"))->text() ==
          QStringLiteral("1450/01/30"));
    CHECK(f.find<DualDateEdit>(QStringLiteral("expiry_id_card"))->text() ==
          QStringLiteral("2030-01-31"));
}
