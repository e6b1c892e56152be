#include "OfficeSupport.h"

#include "services/BeneficiaryDesk.h"
#include "storage/BeneficiaryRepository.h"
#include "ui/beneficiary/BeneficiaryFilePage.h"
#include "ui/beneficiary/RestrictionPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace UiTest;

namespace {

qint64 registered(Office &office)
{
    const Session desk = office.sessionOf(QStringLiteral("reception"));
    Beneficiary b;
    b.name = {QStringLiteral("هند"), QStringLiteral("سالم"), QString(), QStringLiteral("الدوسري")};
    b.idNumber = QStringLiteral("1000000008");
    b.gender = Gender::Female;
    b.consentGiven = true;
    const Result<Beneficiary> saved = BeneficiaryDesk(office.db(), desk).registerBeneficiary(b);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved->id;
}

RestrictionPanel *panelOn(MainWindow &window, qint64 person)
{
    window.openBeneficiary(person);
    auto *file = window.findChild<BeneficiaryFilePage *>(QStringLiteral("beneficiaryFilePage"));
    REQUIRE(file);
    REQUIRE(file->isVisible());
    auto *panel = file->findChild<RestrictionPanel *>(QStringLiteral("restrictionPanel"));
    REQUIRE(panel);
    return panel;
}

} // namespace

TEST_CASE("The manager restricts a person's processing on their file and lifts it",
          "[ui][restriction]")
{
    Office office;
    const qint64 person = registered(office);

    // The desk sees no restriction control on an unrestricted file.
    {
        MainWindow &desk = office.signIn(QStringLiteral("reception"));
        CHECK_FALSE(panelOn(desk, person)->isVisible());
        office.signOut();
    }

    MainWindow &window = office.signIn(QStringLiteral("manager"));
    RestrictionPanel *panel = panelOn(window, person);
    REQUIRE(panel->isVisible());
    auto *button = child<QPushButton>(panel, "actionButton");
    CHECK_FALSE(button->isEnabled()); // no reason yet
    typeInto(panel, "reasonEdit", QString::fromUtf8("يعترض على بيانات دخله"));
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    const Beneficiary restricted = BeneficiaryRepository(office.db()).get(person).value();
    CHECK(restricted.isRestricted());
    CHECK(restricted.restrictionReason == QString::fromUtf8("يعترض على بيانات دخله"));
    panel = panelOn(window, person); // the file read again
    auto *state = child<QLabel>(panel, "stateLabel");
    CHECK(state->isVisible());
    CHECK(state->text().contains(QString::fromUtf8("يعترض على بيانات دخله")));
    CHECK(child<QLineEdit>(panel, "reasonEdit")->text().isEmpty());
    CHECK(button->text() == QString::fromUtf8("رفع التقييد"));

    // Lifting needs a reason too.
    typeInto(panel, "reasonEdit", QString::fromUtf8("صُحّحت البيانات"));
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK_FALSE(BeneficiaryRepository(office.db()).get(person).value().isRestricted());
    CHECK_FALSE(child<QLabel>(panel, "stateLabel")->isVisible());
    CHECK(child<QLabel>(panel, "messageLabel")->text() == QString::fromUtf8("رُفع التقييد."));
}
