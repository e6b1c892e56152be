// The program officer's desk: the referral queue, the eligibility review and
// the program approvals, driven as the officer drives them (typing Arabic,
// clicking), against a real database; and the window's navigation for roles.
#include "OfficeSupport.h"
#include "OfficerSupport.h"

#include "core/DeskText.h"
#include "core/Workflow.h"
#include "services/CaseDesk.h"
#include "services/DeskQueries.h"
#include "services/OfficerDesk.h"
#include "storage/ServiceRepository.h"
#include "ui/case/CasePage.h"
#include "ui/case/CasePrompts.h"
#include "ui/desk/DeskModel.h"
#include "ui/desk/DeskPage.h"
#include "ui/officer/ApprovalQueueModel.h"
#include "ui/officer/ApprovalQueuePanel.h"
#include "ui/officer/EligibilityReviewModel.h"
#include "ui/officer/EligibilityReviewPanel.h"
#include "ui/officer/OfficerDeskPage.h"
#include "ui/officer/ReferralQueueModel.h"
#include "ui/officer/ReferralQueuePanel.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>

namespace {

using OfficerTest::ok;
using OfficerFixture = OfficerTest::Fixture;

} // namespace

TEST_CASE("The receptionist refers a case, the officer answers it on the officer's desk and the "
          "answer is back at the reception desk",
          "[gui]")
{
    UiTest::Office office;
    using Office = UiTest::Office;
    const Session reception = office.sessionOf(QStringLiteral("reception"));
    const Session officer = office.sessionOf(QStringLiteral("officer"));
    // An older referral, already waiting.
    const qint64 older = ok(CaseDesk(office.db(), reception)
                                .reception()
                                .openCase(Channel::Interview, Purpose::ServiceRequest,
                                          QString::fromUtf8("سؤال أقدم")))
                             .id;
    ok(CaseDesk(office.db(), reception).advance(older));
    ok(CaseDesk(office.db(), reception)
           .information()
           .registerBeneficiary(older, OfficerFixture::person(2)));
    ok(CaseDesk(office.db(), reception).refer(older, QString::fromUtf8("سؤال أقدم")));
    office.clock.clock().advanceSeconds(20 * 60);

    // The receptionist signs in, starts a case (Ctrl+N), opens it (Ctrl+Enter)
    // and refers it (Ctrl+R) with a question typed in Arabic.
    const QString question = QString::fromUtf8("الأسرة تسكن خارج الرياض مؤقتاً، هل تستحق السلة؟");
    qint64 id = 0;
    {
        MainWindow &w = office.signIn(QStringLiteral("reception"));
        REQUIRE(w.currentPage() == w.desk());
        Office::key(Qt::Key_N, Qt::ControlModifier);
        auto *page = UiTest::child<CasePage>(&w, "casePage");
        REQUIRE(w.currentPage() == page);
        REQUIRE(page->shownStep() == Step::Reception);
        Office::key(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(page->shownStep() == Step::Information);
        id = page->caseId();
        REQUIRE(id > 0);
        Office::key(Qt::Key_R, Qt::ControlModifier);
        REQUIRE(page->shownStep() == Step::Referral);
        REQUIRE(QApplication::focusWidget() == UiTest::child<QTextEdit>(page, "questionEdit"));
        Office::typeHere(question);
        Office::key(Qt::Key_Return, Qt::ControlModifier);
        CHECK(ok(DeskQueries(office.db(), reception).loadContext(id)).theCase.status ==
              CaseStatus::WaitingReferral);
        // Esc closes the case; the desk shows it waiting for the officer.
        Office::key(Qt::Key_Escape);
        REQUIRE(w.currentPage() == w.desk());
        const int row = w.desk()->model()->rowOfCase(id);
        REQUIRE(row >= 0);
        CHECK(w.desk()->model()->referralState(row) == DeskModel::ReferralState::Waiting);
        office.signOut();
    }
    office.clock.clock().advanceSeconds(25 * 60);

    // The officer signs in and reaches the officer's desk with Ctrl+2: the
    // referrals, oldest first, with the waiting time and the question.
    const QString answer = QString::fromUtf8("نعم، ما دام عنوانه الدائم في الرياض");
    {
        MainWindow &w = office.signIn(QStringLiteral("officer"));
        Office::key(Qt::Key_2, Qt::ControlModifier);
        auto *officerPage = UiTest::child<OfficerDeskPage>(&w, "officerDeskPage");
        REQUIRE(w.currentPage() == officerPage);
        CHECK(UiTest::child<QAction>(&w, "officerDeskAction")->isChecked());
        CHECK(officerPage->currentTab() == OfficerDeskPage::Tab::Referrals);
        CHECK(officerPage->tabTitle(OfficerDeskPage::Tab::Referrals).contains(DeskText::number(2)));
        ReferralQueuePanel *panel = officerPage->referrals();
        ReferralQueueModel *queue = panel->model();
        REQUIRE(queue->rowCount() == 2);
        CHECK(queue->itemAt(0).theCase.id == older);
        CHECK(queue->itemAt(1).theCase.id == id);
        CHECK(queue->index(1, ReferralQueueModel::Waiting).data(ReferralQueueModel::RawRole) ==
              25 * 60);
        CHECK(queue->index(1, ReferralQueueModel::Waiting).data().toString() ==
              DeskText::duration(25 * 60));
        CHECK(queue->index(1, ReferralQueueModel::Question).data().toString() == question);
        CHECK(queue->index(0, ReferralQueueModel::Beneficiary).data().toString() ==
              QString::fromUtf8("فاطمة عبدالله سعد القحطاني"));

        // A click on the referral shows it in full.
        auto *view = UiTest::child<QTableView>(panel, "referralView");
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(queue->index(1, ReferralQueueModel::Question)).center());
        REQUIRE(panel->currentCaseId() == id);
        CHECK(UiTest::child<QLabel>(panel, "questionValue")->text() == question);

        // An empty answer is refused in words, and nothing changes.
        auto *send = UiTest::child<QPushButton>(panel, "answerButton");
        QTest::mouseClick(send, Qt::LeftButton);
        CHECK(panel->message() == Workflow::tr("Write the program officer's answer."));
        CHECK(queue->rowCount() == 2);
        CHECK(ok(DeskQueries(office.db(), reception).loadContext(id)).theCase.status ==
              CaseStatus::WaitingReferral);

        // The answer, typed into its box and sent with Ctrl+Enter.
        auto *edit = UiTest::child<QPlainTextEdit>(panel, "answerEdit");
        QTest::mouseClick(edit->viewport(), Qt::LeftButton);
        REQUIRE(QApplication::focusWidget() == edit);
        Office::typeHere(answer);
        Office::key(Qt::Key_Return, Qt::ControlModifier);
        CHECK(panel->message() == ReferralQueuePanel::tr("Answer sent: the case is back at the "
                                                         "reception desk, where the answer is "
                                                         "waiting."));
        // The case leaves the queue; the next one is highlighted, the editor empty.
        REQUIRE(queue->rowCount() == 1);
        CHECK(queue->rowOfCase(id) < 0);
        CHECK(panel->currentCaseId() == older);
        CHECK(edit->toPlainText().isEmpty());
        // The next one shows who is asked about: their ID and phone.
        const QString who = UiTest::child<QLabel>(panel, "beneficiaryValue")->text();
        CHECK(who.contains(DeskText::digits(UiTest::nationalId(2))));
        CHECK(who.contains(DeskText::digits(QStringLiteral("0550000002"))));
        CHECK(officerPage->tabTitle(OfficerDeskPage::Tab::Referrals).contains(DeskText::number(1)));
        office.signOut();
    }
    // Kept: the answer, who gave it, and the case back at the desk.
    const CaseContext answered = ok(DeskQueries(office.db(), reception).loadContext(id));
    REQUIRE(answered.referrals.size() == 1);
    CHECK(answered.referrals.first().answer == answer);
    CHECK(answered.referrals.first().answeredBy == officer.userId());
    CHECK(answered.theCase.status != CaseStatus::WaitingReferral);
    CHECK(ok(DeskQueries(office.db(), reception).loadContext(older)).theCase.status ==
          CaseStatus::WaitingReferral);

    // The receptionist's desk shows the answer back; Enter on the case opens it
    // at the referral, with the officer's answer.
    MainWindow &w = office.signIn(QStringLiteral("reception"));
    REQUIRE(w.currentPage() == w.desk());
    DeskModel *desk = w.desk()->model();
    const int back = desk->rowOfCase(id);
    REQUIRE(back >= 0);
    CHECK(desk->referralState(back) == DeskModel::ReferralState::AnswerBack);
    CHECK(desk->index(back, DeskModel::Referral).data().toString() ==
          DeskModel::tr("Answer received"));
    auto *deskView = UiTest::child<QTableView>(&w, "deskView");
    QTest::mouseClick(deskView->viewport(), Qt::LeftButton, {},
                      deskView->visualRect(desk->index(back, 0)).center());
    Office::key(Qt::Key_Return);
    auto *page = UiTest::child<CasePage>(&w, "casePage");
    REQUIRE(w.currentPage() == page);
    CHECK(page->caseId() == id);
    CHECK(page->shownStep() == Step::Referral);
    CHECK(UiTest::child<QLabel>(page, "answerValue")->text() == answer);
}

TEST_CASE("An answer being written stays with its referral while the queue refreshes", "[gui]")
{
    OfficerFixture f;
    const qint64 first = f.foodCase(1);
    ok(CaseDesk(f.db(), *f.reception).refer(first, QString::fromUtf8("سؤال أول")));
    const qint64 second = f.foodCase(2);
    ok(CaseDesk(f.db(), *f.reception).refer(second, QString::fromUtf8("سؤال ثان")));

    ReferralQueuePanel panel(f.db(), *f.officer);
    panel.show();
    REQUIRE(panel.selectCase(first));
    auto *edit = f.find<QPlainTextEdit>(&panel, QStringLiteral("answerEdit"));
    UiTest::type(edit, QString::fromUtf8("مسودة"));
    REQUIRE(panel.selectCase(second));
    CHECK(edit->toPlainText().isEmpty());
    panel.refresh();
    CHECK(panel.currentCaseId() == second);
    REQUIRE(panel.selectCase(first));
    CHECK(edit->toPlainText() == QString::fromUtf8("مسودة"));
}

TEST_CASE("Eligibility review: an override needs a written reason, is kept and audited", "[gui]")
{
    OfficerFixture f;
    const qint64 id = f.blockedCase(4);
    const qint64 passing = f.foodCase(5); // meets the rules: not listed
    {
        CaseDesk desk(f.db(), *f.reception);
        ok(desk.advance(passing));
    }

    OfficerDeskPage officerDesk(f.db(), *f.officer);
    officerDesk.resize(1200, 700);
    officerDesk.show();
    officerDesk.showTab(OfficerDeskPage::Tab::Eligibility);
    EligibilityReviewPanel *panel = officerDesk.eligibility();
    EligibilityReviewModel *model = panel->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->rowOfCase(passing) < 0);
    CHECK(officerDesk.tabTitle(OfficerDeskPage::Tab::Eligibility).contains(DeskText::number(1)));

    // Each failing rule with its reason.
    REQUIRE(panel->selectCase(id));
    const EligibilityReviewItem &item = model->itemAt(0);
    REQUIRE(item.failed.size() == 1);
    CHECK(item.failed.first().rule.kind == EligibilityRule::Kind::IncomePerMemberCeiling);
    const QStringList shown = panel->shownRules();
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().contains(Eligibility::describe(item.failed.first().rule)));
    CHECK(shown.first().contains(item.failed.first().reason));

    // Without a reason: refused in words, nothing recorded.
    auto *approve = f.find<QPushButton>(panel, QStringLiteral("overrideButton"));
    QTest::mouseClick(approve, Qt::LeftButton);
    CHECK(panel->message() == OfficerDesk::tr("Write the reason for overriding the eligibility "
                                              "rules."));
    CHECK(f.auditCount(QStringLiteral("case.eligibility_override")) == 0);
    CHECK(model->rowOfCase(id) == 0);

    // With a reason: recorded with who and why, audited, and off the list.
    const QString reason = QString::fromUtf8("الأسرة تعيل أقارب مرضى");
    UiTest::type(f.find<QPlainTextEdit>(panel, QStringLiteral("decisionReasonEdit")), reason);
    QTest::mouseClick(approve, Qt::LeftButton);
    CHECK(panel->message().contains(QString::fromUtf8("فاطمة")));
    CHECK(model->rowCount() == 0);
    CHECK(f.auditCount(QStringLiteral("case.eligibility_override")) == 1);
    const auto overrides = ok(DeskQueries(f.db(), *f.reception).overrides(id));
    REQUIRE(overrides.size() == 1);
    CHECK(overrides.first().reason == reason);
    CHECK(overrides.first().overriddenBy == f.officer->userId());
    REQUIRE(overrides.first().failedRules.size() == 1);

    // The case goes on.
    CHECK(ok(CaseDesk(f.db(), *f.reception).advance(id)).step == Step::Registration);
}

TEST_CASE("Eligibility review: not eligible needs a reason and ends the case so", "[gui]")
{
    OfficerFixture f;
    const qint64 id = f.blockedCase(6);
    EligibilityReviewPanel panel(f.db(), *f.officer);
    panel.show();
    REQUIRE(panel.selectCase(id));

    auto *notEligible = f.find<QPushButton>(&panel, QStringLiteral("notEligibleButton"));
    QTest::mouseClick(notEligible, Qt::LeftButton);
    CHECK(panel.message() ==
          EligibilityReviewPanel::tr("Write the reason the beneficiary is not eligible."));

    const QString reason = QString::fromUtf8("الدخل أعلى من حد الخدمة");
    UiTest::type(f.find<QPlainTextEdit>(&panel, QStringLiteral("decisionReasonEdit")), reason);
    // Cancelled at the confirmation: nothing happens.
    CasePrompts::setNextConfirm(false);
    QTest::mouseClick(notEligible, Qt::LeftButton);
    CHECK(panel.model()->rowOfCase(id) == 0);

    CasePrompts::setNextConfirm(true);
    QTest::mouseClick(notEligible, Qt::LeftButton);
    CasePrompts::clearSeams();
    CHECK(panel.model()->rowCount() == 0);
    const CaseContext ctx = ok(DeskQueries(f.db(), *f.reception).loadContext(id));
    CHECK(ctx.theCase.status == CaseStatus::NotEligible);
    CHECK(ctx.theCase.closingReason.startsWith(reason));
    CHECK(f.auditCount(QStringLiteral("case.not_eligible")) == 1);
}

TEST_CASE("Program approvals: a delivery waiting for approval is approved from the list", "[gui]")
{
    OfficerFixture f;
    // Counselling has no rules or documents; make it need approval.
    ServiceRepository services(f.db());
    Service counselling = *ok(services.findByCode(QStringLiteral("family_counselling")));
    counselling.needsApproval = true;
    ok(services.update(counselling, 0));
    CaseDesk desk(f.db(), *f.reception);
    const Case c =
        ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()));
    ok(desk.advance(c.id));
    ok(desk.information().registerBeneficiary(c.id, f.person(7)));
    ok(desk.information().chooseService(c.id, counselling.id));
    ok(desk.advance(c.id));
    ok(desk.verification().markVerified(c.id, true));
    ok(desk.verification().recordDeclarationSigned(c.id));
    ok(desk.advance(c.id));
    ok(desk.verification().issueFileNumber(c.id));
    ok(desk.advance(c.id));
    const Delivery d =
        ok(desk.delivery().recordDelivery(c.id, 1, 0, QString::fromUtf8("جلسة أولى")));
    f.clock.clock().advanceSeconds(3 * 3600);

    ApprovalQueuePanel panel(f.db(), *f.officer);
    panel.show();
    ApprovalQueueModel *model = panel.model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, ApprovalQueueModel::Waiting).data().toString() ==
          DeskText::duration(3 * 3600));
    CHECK(model->index(0, ApprovalQueueModel::Notes).data().toString() ==
          QString::fromUtf8("جلسة أولى"));
    REQUIRE(panel.selectDelivery(d.id));
    QTest::mouseClick(f.find<QPushButton>(&panel, QStringLiteral("approveButton")), Qt::LeftButton);
    CHECK(model->rowCount() == 0);
    CHECK(ok(desk.advance(c.id)).step == Step::Survey);
}

TEST_CASE("The officer's pages show only for the roles allowed", "[gui]")
{
    SECTION("a receptionist sees the follow-ups, not the officer's desk")
    {
        OfficerFixture f;
        f.signInAs(QStringLiteral("reception"), {Role::Receptionist});
        MainWindow &w = f.open();
        CHECK_FALSE(f.find<QAction>(&w, QStringLiteral("officerDeskAction"))->isVisible());
        CHECK(f.find<QAction>(&w, QStringLiteral("followUpsAction"))->isVisible());
        CHECK(w.findChild<OfficerDeskPage *>() == nullptr);
    }
    SECTION("a program officer sees both; Ctrl+2 and Ctrl+3 reach them")
    {
        OfficerFixture f;
        MainWindow &w = f.open();
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        CHECK(w.currentPage()->objectName() == QStringLiteral("officerDeskPage"));
        CHECK(f.find<QAction>(&w, QStringLiteral("officerDeskAction"))->isChecked());
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        CHECK(w.currentPage()->objectName() == QStringLiteral("followUpsPage"));
    }
    SECTION("a manager sees the follow-ups (for the data requests), not the officer's desk")
    {
        OfficerFixture f;
        f.signInAs(QStringLiteral("manager"), {Role::Manager});
        MainWindow &w = f.open();
        CHECK_FALSE(f.find<QAction>(&w, QStringLiteral("officerDeskAction"))->isVisible());
        CHECK(f.find<QAction>(&w, QStringLiteral("followUpsAction"))->isVisible());
    }
}
