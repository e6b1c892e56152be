#include "OfficeSupport.h"

#include "storage/BeneficiaryRepository.h"
#include "ui/beneficiary/BeneficiaryFilePage.h"
#include "ui/beneficiary/RestrictionPanel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace UiTest;

namespace {

RestrictionPanel *panelOn(MainWindow &window, qint64 person)
{
    auto *panel =
        openFile(window, person)->findChild<RestrictionPanel *>(QStringLiteral("restrictionPanel"));
    REQUIRE(panel);
    return panel;
}

} // namespace

TEST_CASE("The manager restricts a person's processing on their file and lifts it",
          "[ui][restriction]")
{
    Office office;
    const qint64 person = office.registeredPerson();

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
    auto *confirm = child<QPushButton>(panel, "confirmButton");
    // The reason is asked for only once the manager means to restrict.
    CHECK_FALSE(child<QLineEdit>(panel, "reasonEdit")->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(child<QLineEdit>(panel, "reasonEdit")->isVisible());
    CHECK_FALSE(confirm->isEnabled()); // no reason yet
    typeInto(panel, "reasonEdit", QString::fromUtf8("يعترض على بيانات دخله"));
    REQUIRE(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);

    const Beneficiary restricted = BeneficiaryRepository(office.db()).get(person).value();
    CHECK(restricted.isRestricted());
    CHECK(restricted.restrictionReason == QString::fromUtf8("يعترض على بيانات دخله"));
    panel = panelOn(window, person); // the file read again
    auto *state = child<QLabel>(panel, "stateLabel");
    CHECK(state->isVisible());
    CHECK(state->text().contains(QString::fromUtf8("يعترض على بيانات دخله")));
    CHECK(child<QLineEdit>(panel, "reasonEdit")->text().isEmpty());
    CHECK_FALSE(child<QLineEdit>(panel, "reasonEdit")->isVisible());
    CHECK(button->text() == QString::fromUtf8("رفع التقييد…"));

    // Cancel closes the reason and changes nothing.
    QTest::mouseClick(button, Qt::LeftButton);
    typeInto(panel, "reasonEdit", QString::fromUtf8("لا شيء"));
    QTest::mouseClick(child<QPushButton>(panel, "cancelButton"), Qt::LeftButton);
    CHECK_FALSE(child<QLineEdit>(panel, "reasonEdit")->isVisible());
    CHECK(BeneficiaryRepository(office.db()).get(person).value().isRestricted());

    // Lifting needs a reason too.
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(child<QLineEdit>(panel, "reasonEdit")->text().isEmpty());
    typeInto(panel, "reasonEdit", QString::fromUtf8("صُحّحت البيانات"));
    CHECK(confirm->text() == QString::fromUtf8("رفع التقييد"));
    QTest::mouseClick(confirm, Qt::LeftButton);
    CHECK_FALSE(BeneficiaryRepository(office.db()).get(person).value().isRestricted());
    CHECK_FALSE(child<QLabel>(panel, "stateLabel")->isVisible());
    CHECK(child<QLabel>(panel, "messageLabel")->text() == QString::fromUtf8("رُفع التقييد."));
}

TEST_CASE("The manager's file fits a 1366x768 screen with its actions and cases in view",
          "[ui][restriction]")
{
    Office office;
    const qint64 person = office.registeredPerson();
    MainWindow &window = office.signIn(QStringLiteral("manager"));
    // What a maximised window gets on a 768-pixel screen under a title bar.
    window.resize(1366, 740);
    RestrictionPanel *panel = panelOn(window, person);
    auto *file = window.findChild<BeneficiaryFilePage *>(QStringLiteral("beneficiaryFilePage"));
    QApplication::processEvents();

    // Both of the manager's actions on the person's data are whole, not squeezed.
    auto *restrict = child<QPushButton>(panel, "actionButton");
    auto *anonymise = child<QPushButton>(file, "anonymiseButton");
    for (QPushButton *button : {restrict, anonymise}) {
        INFO(button->objectName().toStdString() << " " << button->height());
        CHECK(button->isVisible());
        CHECK(button->height() >= button->minimumSizeHint().height());
    }
    // The cases get room for several rows.
    auto *cases = child<QTableView>(file, "casesView");
    const int row = cases->verticalHeader()->defaultSectionSize();
    INFO("cases viewport " << cases->viewport()->height() << " row " << row);
    CHECK(cases->viewport()->height() >= 3 * row);
}
