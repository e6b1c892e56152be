#include "OfficeSupport.h"

#include "storage/BeneficiaryRepository.h"
#include "ui/beneficiary/BeneficiaryFilePage.h"
#include "ui/privacy/AnonymiseDialog.h"
#include "ui/privacy/AnonymisePanel.h"
#include "ui/privacy/RetentionPage.h"
#include "ui/widgets/Message.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace UiTest;

namespace {

AnonymisePanel *panelOn(MainWindow &window, qint64 person)
{
    auto *panel =
        openFile(window, person)->findChild<AnonymisePanel *>(QStringLiteral("anonymisePanel"));
    REQUIRE(panel);
    return panel;
}

} // namespace

TEST_CASE("The manager anonymises a person from their file: preview, reason, password, and the "
          "file then says so",
          "[ui][privacy]")
{
    Office office;
    const qint64 person =
        office.registeredPerson(QStringLiteral("1000000008"), QStringLiteral("هند"));

    // The desk has no such button.
    {
        MainWindow &desk = office.signIn(QStringLiteral("reception"));
        CHECK_FALSE(panelOn(desk, person)->isVisible());
        office.signOut();
    }

    MainWindow &window = office.signIn(QStringLiteral("manager"));
    AnonymisePanel *panel = panelOn(window, person);
    REQUIRE(panel->isVisible());
    CHECK_FALSE(child<QLabel>(panel, "stateLabel")->isVisible());
    QTest::mouseClick(child<QPushButton>(panel, "anonymiseButton"), Qt::LeftButton);
    auto *dialog = panel->findChild<AnonymiseDialog *>(QStringLiteral("anonymiseDialog"));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *preview = child<QListWidget>(dialog, "previewList");
    CHECK(preview->count() >= 4); // names, ID number, phone, search keys
    for (int i = 0; i < preview->count(); ++i)
        CHECK_FALSE(preview->item(i)->text().contains(QStringLiteral("هند")));
    auto *go = child<QPushButton>(dialog, "anonymiseButton");
    CHECK_FALSE(go->isEnabled());

    // A wrong password: refused in the dialog, which stays, and nothing changes.
    typeInto(dialog, "reasonEdit", QStringLiteral("طلب رقم 3"));
    typeInto(dialog, "passwordEdit", QStringLiteral("not the password"));
    REQUIRE(go->isEnabled());
    QTest::mouseClick(go, Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(Message::isError(child<QLabel>(dialog, "messageLabel")));
    CHECK_FALSE(BeneficiaryRepository(office.db()).get(person).value().isAnonymised());

    typeInto(dialog, "passwordEdit", office.managerPassword);
    QTest::mouseClick(go, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog->isVisible(); }));
    const Beneficiary after = BeneficiaryRepository(office.db()).get(person).value();
    CHECK(after.isAnonymised());
    CHECK(after.idNumber.isEmpty());
    // The file read again: it says the record was anonymised, no button left.
    panel = panelOn(window, person);
    CHECK(child<QLabel>(panel, "stateLabel")->isVisible());
    CHECK_FALSE(child<QPushButton>(panel, "anonymiseButton")->isVisible());
    // Its heading names what it is now, not an empty name.
    CHECK(child<QLabel>(window.findChild<QWidget *>(QStringLiteral("beneficiaryFilePage")),
                        "nameLabel")
              ->text()
              .startsWith(QString::fromUtf8("سجل مُخفى الهوية رقم")));
}

TEST_CASE("Wrong passwords in the anonymise dialog slow the next attempts down, as at the "
          "sign-in",
          "[ui][privacy]")
{
    Office office;
    const qint64 person =
        office.registeredPerson(QStringLiteral("1000000032"), QStringLiteral("لمى"));
    MainWindow &window = office.signIn(QStringLiteral("manager"));
    AnonymisePanel *panel = panelOn(window, person);
    QTest::mouseClick(child<QPushButton>(panel, "anonymiseButton"), Qt::LeftButton);
    auto *dialog = panel->findChild<AnonymiseDialog *>(QStringLiteral("anonymiseDialog"));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *go = child<QPushButton>(dialog, "anonymiseButton");
    auto *message = child<QLabel>(dialog, "messageLabel");
    typeInto(dialog, "reasonEdit", QStringLiteral("طلب رقم 4"));

    Authenticator &signIn = office.workspace->authenticator();
    const QString manager = QStringLiteral("manager");
    for (int attempt = 1; attempt <= Authenticator::freeAttempts; ++attempt) {
        INFO(attempt);
        typeInto(dialog, "passwordEdit", QStringLiteral("a wrong password"));
        QTest::mouseClick(go, Qt::LeftButton);
        CHECK(Message::isError(message));
    }
    // The window's sign-in counted them: the next attempt must wait, even
    // with the right password, and a sign-in would have to wait too.
    CHECK(signIn.secondsToWait(manager) > 0);
    typeInto(dialog, "passwordEdit", office.managerPassword);
    QTest::mouseClick(go, Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(Message::isError(message));
    CHECK(dialog->message().contains(
        Authenticator::tr("Too many failed attempts. Try again in %n seconds.", "",
                          int(signIn.secondsToWait(manager)))));
    CHECK_FALSE(BeneficiaryRepository(office.db()).get(person).value().isAnonymised());

    // Once the wait is over, the right password does it.
    office.clock.clock().advanceSeconds(signIn.secondsToWait(manager) + 1);
    typeInto(dialog, "passwordEdit", office.managerPassword);
    QTest::mouseClick(go, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog->isVisible(); }));
    CHECK(BeneficiaryRepository(office.db()).get(person).value().isAnonymised());
}

TEST_CASE("The manager's retention page lists who is past the period and anonymises them with "
          "progress",
          "[ui][privacy]")
{
    Office office;
    office.clock.clock().set(deskTime(QDate(2018, 3, 4), 10));
    const qint64 old = office.registeredPerson(QStringLiteral("1000000016"), QStringLiteral("رهف"));
    office.clock.clock().set(deskTime(QDate(2026, 11, 22), 10));
    const qint64 recent =
        office.registeredPerson(QStringLiteral("1000000024"), QStringLiteral("جود"));

    MainWindow &window = office.signIn(QStringLiteral("manager"));
    clickNavigation(window, "retentionAction");
    auto *page = window.findChild<RetentionPage *>(QStringLiteral("retentionPage"));
    REQUIRE(page);
    REQUIRE(QTest::qWaitFor([&] { return page->isVisible(); }));
    auto *table = child<QTableWidget>(page, "peopleTable");
    CHECK(table->rowCount() == 0); // no period yet
    child<QSpinBox>(page, "yearsSpin")->setValue(5);
    QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, RetentionPage::RecordColumn)->text() == QStringLiteral("#%1").arg(old));
    CHECK(child<QListWidget>(page, "previewList")->count() >= 3);

    typeInto(page, "passwordEdit", office.managerPassword);
    QTest::mouseClick(child<QPushButton>(page, "anonymiseAllButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !page->isBusy(); }, 20000));
    CHECK(table->rowCount() == 0);
    CHECK_FALSE(Message::isError(child<QLabel>(page, "messageLabel")));
    CHECK(BeneficiaryRepository(office.db()).get(old).value().isAnonymised());
    CHECK_FALSE(BeneficiaryRepository(office.db()).get(recent).value().isAnonymised());
}
