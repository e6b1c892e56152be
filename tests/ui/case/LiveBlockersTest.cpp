// Issue 14: the "before the next step" list follows what is on the screen as
// it changes (a service chosen, a new record typed, documents and checks
// ticked), not what was last saved; and it names what saving will do when a
// new beneficiary is typed.
#include "CasePageTestSupport.h"

#include "core/DocumentChecklist.h"
#include "core/Eligibility.h"
#include "core/StepRequirements.h"
#include "ui/widgets/DualDateEdit.h"
#include "ui/widgets/NationalIdEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

using namespace CaseTest;

namespace {

const PersonName kHessa{u8("حصة"), u8("محمد"), u8("ناصر"), u8("الدوسري")};

bool listed(const CasePage &s, const QString &line)
{
    return s.blockers().contains(line);
}

} // namespace

TEST_CASE("Step 2's list follows the service chosen and the new record typed, unsaved", "[gui]")
{
    ScreenFixture f;
    CasePage &s = f.open();
    s.startNewCase();
    f.nextStep();
    REQUIRE(s.shownStep() == Step::Information);
    const qint64 id = s.caseId();
    auto *label = f.find<QLabel>(QStringLiteral("blockersLabel"));

    const QString noBeneficiary =
        StepRequirements::tr("No beneficiary has been found or registered for this case.");
    const QString noService = StepRequirements::tr("No service has been chosen.");
    const QString noConsent =
        StepRequirements::tr("The beneficiary's consent to the use of their data is not recorded.");
    REQUIRE(listed(s, noBeneficiary));
    REQUIRE(listed(s, noService));
    CHECK(s.saveWillDo().isEmpty());

    // The service, chosen on the screen: no longer "not chosen", and its
    // documents are listed as missing, though nothing is saved yet.
    auto *service = f.find<QComboBox>(QStringLiteral("serviceCombo"));
    const int basket = service->findData(f.serviceId(QStringLiteral("food_basket")));
    REQUIRE(basket > 0);
    service->setCurrentIndex(basket);
    CHECK_FALSE(listed(s, noService));
    CHECK_FALSE(label->text().contains(noService.toHtmlEscaped()));
    CHECK(f.context(id).theCase.serviceId == 0);

    // A new beneficiary typed: the list judges the record typed, and says that
    // saving or moving on is what registers it.
    f.key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(f.focus() == f.find<QLineEdit>(QStringLiteral("firstNameEdit")));
    for (const QString &part : {kHessa.first, kHessa.father, kHessa.grandfather, kHessa.family}) {
        f.type(part);
        f.enter();
    }
    CHECK_FALSE(listed(s, noBeneficiary));
    CHECK(s.saveWillDo().contains(kHessa.full()));
    CHECK(label->text().contains(s.saveWillDo().toHtmlEscaped()));
    f.enter(); // the ID type
    f.type(UiTest::nationalId(9191));
    REQUIRE(f.find<NationalIdEdit>(QStringLiteral("idNumberEdit"))->isValid());
    CHECK_FALSE(listed(s, StepRequirements::tr("The beneficiary's ID number is not recorded.")));
    CHECK(listed(s, noConsent));
    f.find<QCheckBox>(QStringLiteral("consentCheck"))->click();
    CHECK_FALSE(listed(s, noConsent));
    // The basket's income ceiling needs the income and the family's size.
    const QString noIncome =
        StepRequirements::tr("%1 The chosen service requires it.")
            .arg(Eligibility::notRecordedReason(Eligibility::Field::MonthlyIncome));
    CHECK(listed(s, noIncome));
    UiTest::typeInto(s.page(Step::Information), "familySizeEdit",
                     arabicDigits(QStringLiteral("5")));
    UiTest::typeInto(s.page(Step::Information), "incomeEdit", QStringLiteral("3500"));
    CHECK_FALSE(listed(s, noIncome));
    CHECK(f.context(id).theCase.beneficiaryId == 0);

    // The documents ticked with their expiry dates: nothing is missing, and
    // the list says so before anything is saved.
    const QString cardMissing =
        DocumentChecklist::tr("%1 has not been provided.")
            .arg(f.find<QCheckBox>(QStringLiteral("provided_id_card"))->text());
    CHECK(listed(s, cardMissing));
    for (const QString &code : {QStringLiteral("id_card"), QStringLiteral("family_record")}) {
        f.find<QCheckBox>(QStringLiteral("provided_") + code)->click();
        auto *expiry = f.find<DualDateEdit>(QStringLiteral("expiry_") + code);
        expiry->lineEdit()->setFocus();
        f.type(QStringLiteral("2028-06-30"));
    }
    CHECK_FALSE(listed(s, cardMissing));
    INFO(s.blockers().join(QLatin1Char('\n')).toStdString());
    CHECK(s.blockers().isEmpty());
    CHECK(f.context(id).documents.isEmpty());
    CHECK_FALSE(s.saveWillDo().isEmpty());

    // Moving on does what the list said: the record is registered, the case
    // moves to verification.
    f.nextStep();
    INFO(s.message().toStdString());
    REQUIRE(s.shownStep() == Step::Verification);
    const CaseContext saved = f.context(id);
    REQUIRE(saved.beneficiary);
    CHECK(saved.beneficiary->name == kHessa);
    CHECK(s.saveWillDo().isEmpty());
}

TEST_CASE("Step 2's list names what saving would refuse in the record typed", "[gui]")
{
    ScreenFixture f;
    const QString existingId = UiTest::nationalId(4343);
    f.addBeneficiary(kHessa, existingId);
    CasePage &s = f.open();
    s.startNewCase();
    f.nextStep();
    REQUIRE(s.shownStep() == Step::Information);

    // The same person typed again: the duplicate shows, and the list says
    // that saving is refused until the desk decides.
    f.key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    f.type(kHessa.first);
    f.enter();
    f.enter();
    f.enter();
    f.type(kHessa.family);
    f.enter();
    f.enter();
    f.type(existingId);
    auto *notDuplicate = f.find<QCheckBox>(QStringLiteral("notDuplicateCheck"));
    const QString tick = QString(notDuplicate->text()).remove(QLatin1Char('&'));
    QTRY_VERIFY(s.blockers().join(QLatin1Char('\n')).contains(tick));
    notDuplicate->click();
    CHECK_FALSE(s.blockers().join(QLatin1Char('\n')).contains(tick));
}

TEST_CASE("Step 4's list follows the checks as they are ticked, unsaved", "[gui]")
{
    ScreenFixture f;
    const qint64 id = f.caseAtVerification(kHessa, UiTest::nationalId(6161));
    CasePage &s = f.open();
    REQUIRE(s.openCase(id));
    REQUIRE(s.shownStep() == Step::Verification);

    const QString notVerified =
        StepRequirements::tr("The beneficiary's data has not been marked as verified.");
    REQUIRE(listed(s, notVerified));
    const QStringList checks = {QStringLiteral("nameCheck"),     QStringLiteral("idCheck"),
                                QStringLiteral("phoneCheck"),    QStringLiteral("birthCheck"),
                                QStringLiteral("familyCheck"),   QStringLiteral("addressCheck"),
                                QStringLiteral("documentsCheck")};
    for (const QString &name : checks) {
        CHECK(listed(s, notVerified));
        f.find<QCheckBox>(name)->click();
    }
    CHECK_FALSE(listed(s, notVerified));
    CHECK_FALSE(f.context(id).theCase.dataVerified);
    // One unticked again: listed again.
    f.find<QCheckBox>(QStringLiteral("idCheck"))->click();
    CHECK(listed(s, notVerified));
}
