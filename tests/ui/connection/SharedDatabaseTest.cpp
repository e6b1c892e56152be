// Several desks on one database (issue 6), in the window: a referral made at
// another desk shows in the officer's queue within a couple of seconds
// (ChangeNotifier); a stale save shows who changed the record and when, and
// reloading shows the other desk's version. Each "other desk" is a second
// Database connection to the same file (or, in the ui[pg] run, the same
// server database), as another computer would have.
#include "OfficerSupport.h"

#include "core/DeskText.h"
#include "services/CaseDesk.h"
#include "storage/BeneficiaryRepository.h"
#include "ui/beneficiary/BeneficiaryEditor.h"
#include "ui/case/CasePage.h"
#include "ui/officer/OfficerDeskPage.h"
#include "ui/officer/ReferralQueueModel.h"
#include "ui/officer/ReferralQueuePanel.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>

namespace {

using OfficerTest::ok;

struct SharedFixture : OfficerTest::Fixture
{
    Database other; // the other desk's connection

    SharedFixture()
    {
        const Status opened = other.open(db().location());
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
    }
};

} // namespace

TEST_CASE("A referral made at another desk shows in the officer's queue at once", "[gui][shared]")
{
    SharedFixture f;
    const qint64 id = f.foodCase(1);
    MainWindow &w = f.open();
    f.find<QAction>(&w, QStringLiteral("officerDeskAction"))->trigger();
    auto *desk = f.find<OfficerDeskPage>(&w, QStringLiteral("officerDeskPage"));
    ReferralQueueModel *queue = desk->referrals()->model();
    REQUIRE(queue->rowCount() == 0);

    // The receptionist refers the case from her own computer.
    const QString question = QString::fromUtf8("هل تستحق الأسرة السلة وهي تسكن مؤقتاً خارج الرياض؟");
    ok(CaseDesk(f.other, *f.reception).refer(id, question));

    // Well before the half-minute reading, within a couple of seconds.
    REQUIRE(UiTest::waitFor([&] { return queue->rowCount() == 1; }, 2000));
    CHECK(queue->itemAt(0).theCase.id == id);
    CHECK(queue->index(0, ReferralQueueModel::Question).data().toString() == question);
    CHECK(desk->tabTitle(OfficerDeskPage::Tab::Referrals).contains(DeskText::number(1)));
}

TEST_CASE("A stale save shows who changed the record and when, and reloading shows their version",
          "[gui][shared]")
{
    SharedFixture f;
    const qint64 id = f.foodCase(2);
    const qint64 beneficiaryId =
        ok(DeskQueries(f.db(), *f.reception).loadContext(id)).beneficiary->id;

    CasePage screen(f.db(), *f.reception);
    screen.resize(1280, 860);
    screen.show();
    REQUIRE(screen.openCase(id));
    REQUIRE(screen.shownStep() == Step::Information);
    auto *district = screen.findChild<QLineEdit *>(QStringLiteral("districtEdit"));
    REQUIRE(district);
    auto *reloadButton = screen.findChild<QPushButton *>(QStringLiteral("reloadRecordButton"));
    REQUIRE(reloadButton);
    CHECK(reloadButton->isHidden());

    // Another receptionist corrects the same record at her desk meanwhile.
    const User nora = f.signInAs(QStringLiteral("nora"), {Role::Receptionist});
    REQUIRE(nora.displayName == QStringLiteral("nora"));
    Session noraSession(nora);
    Beneficiary theirs = ok(BeneficiaryRepository(f.other).get(beneficiaryId));
    theirs.district = QString::fromUtf8("العليا");
    f.clock.clock().advanceSeconds(7 * 60);
    ok(CaseDesk(f.other, noraSession).information().updateBeneficiary(theirs));

    // This desk types its own correction over the copy it read before.
    district->selectAll();
    district->del();
    UiTest::type(district, QString::fromUtf8("الملز"));
    REQUIRE_FALSE(screen.save());
    CHECK(screen.messageIsError());
    CHECK(screen.offersReload());
    CHECK(reloadButton->isVisible());
    const QString message = screen.message();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("nora")));
    CHECK(message.contains(QStringLiteral("10:07")));
    // Nothing of this desk's copy was written over theirs.
    CHECK(ok(BeneficiaryRepository(f.db()).get(beneficiaryId)).district ==
          QString::fromUtf8("العليا"));
    // The page still holds what was typed until the reload is asked for.
    CHECK(district->text() == QString::fromUtf8("الملز"));

    QTest::mouseClick(reloadButton, Qt::LeftButton);
    CHECK_FALSE(screen.offersReload());
    CHECK(reloadButton->isHidden());
    CHECK_FALSE(screen.messageIsError());
    CHECK(district->text() == QString::fromUtf8("العليا"));
    // Saved again on the fresh copy, the change goes through.
    district->selectAll();
    district->del();
    UiTest::type(district, QString::fromUtf8("الملز"));
    REQUIRE(screen.save());
    CHECK(ok(BeneficiaryRepository(f.other).get(beneficiaryId)).district ==
          QString::fromUtf8("الملز"));
}
