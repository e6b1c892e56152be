// Issue 15 (DOMAIN.md 2.1): a mobile prefix newer than libphonenumber's
// numbering data is a warning at the desk, never a refusal: the field says so
// in the warning colour, and the record is saved with the number.
#include "CasePageTestSupport.h"

#include "core/Phone.h"
#include "ui/widgets/NationalIdEdit.h"
#include "ui/widgets/PhoneEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

using namespace CaseTest;

namespace {

const PersonName kHind{u8("هند"), u8("سالم"), u8("علي"), u8("الشهري")};

} // namespace

TEST_CASE("A mobile prefix the numbering data does not know is warned about and saved",
          "[gui][phone]")
{
    ScreenFixture f;
    CasePage &s = f.open();
    s.startNewCase();
    f.enter();
    f.enter();
    f.type(u8("تطلب سلة غذائية"));
    f.enter();
    REQUIRE(s.shownStep() == Step::Information);
    const qint64 id = s.caseId();

    f.key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(f.focus() == f.find<QLineEdit>(QStringLiteral("firstNameEdit")));
    for (const QString &part : {kHind.first, kHind.father, kHind.grandfather, kHind.family}) {
        f.type(part);
        f.enter();
    }
    f.enter(); // the ID type
    f.type(arabicDigits(UiTest::nationalId(1515)));
    f.enter();
    auto *phone = f.find<PhoneEdit>(QStringLiteral("phoneEdit"));
    REQUIRE(f.focus() == phone->lineEdit());
    f.type(arabicDigits(QStringLiteral("0574123456")));
    CHECK(phone->isValid());
    CHECK(phone->hasWarning());
    const QString warning = Phone::parse(QStringLiteral("0574123456"))->warning();
    CHECK(phone->message() == warning);
    // Shown as a warning, not in the error's red.
    auto *message = phone->findChild<QLabel *>(QStringLiteral("messageLabel"));
    REQUIRE(message);
    CHECK(message->isVisible());
    const QColor shownIn = message->palette().color(QPalette::WindowText);
    CHECK(shownIn != QColor(0xb3, 0x26, 0x1e));
    CHECK(phone->lineEdit()->palette().color(QPalette::Base) != QColor(0xfd, 0xec, 0xea));
    f.enter();
    f.enter(); // no birth date
    REQUIRE(f.focus() == f.find<QComboBox>(QStringLiteral("genderCombo")));
    f.key(Qt::Key_Down);
    f.key(Qt::Key_Down);
    f.enter();
    typeRecordTail(f, QStringLiteral("4"), QStringLiteral("2000"), u8("أبها"), u8("المنسك"));
    // Saved, and on to verification, by the last Enter.
    pickFirstServiceWithDocuments(f, QStringLiteral("2029-01-01"), QStringLiteral("2028-06-30"));
    INFO(s.message().toStdString());
    REQUIRE(s.shownStep() == Step::Verification);
    const CaseContext ctx = f.context(id);
    REQUIRE(ctx.beneficiary);
    CHECK(ctx.beneficiary->name == kHind);
    CHECK(ctx.beneficiary->phone == QStringLiteral("+966574123456"));
}
