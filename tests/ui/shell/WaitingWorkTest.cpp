// Issue 14, nothing waits unseen: the bar counts the answers waiting for the
// desk and the referrals waiting for the program officer, kept current; the
// officer starts on the referral queue when referrals wait; a case whose
// answer came back is first on the desk, marked; Arabic typed in a text box
// (the officer's answer) starts at the right.
#include "OfficeSupport.h"
#include "OfficerSupport.h"

#include "core/DeskText.h"
#include "services/CaseDesk.h"
#include "services/OfficerDesk.h"
#include "ui/desk/DeskModel.h"
#include "ui/desk/DeskPage.h"
#include "ui/officer/OfficerDeskPage.h"
#include "ui/officer/ReferralQueueModel.h"
#include "ui/officer/ReferralQueuePanel.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolBar>

using TestResult::ok;

namespace {

// A case opened at the desk, its beneficiary registered, referred with a question.
qint64 referredCase(UiTest::Office &office, const Session &reception, qint64 serial)
{
    CaseDesk desk(office.db(), reception);
    const qint64 id = ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest,
                                                   QString::fromUtf8("تسأل عن السلة")))
                          .id;
    ok(desk.advance(id));
    ok(desk.information().registerBeneficiary(id, OfficerTest::Fixture::person(serial)));
    ok(desk.refer(id, QString::fromUtf8("هل تستحق السلة؟")));
    return id;
}

QAction *barAction(MainWindow &w, const char *name)
{
    auto *action = UiTest::child<QAction>(&w, name);
    auto *bar = UiTest::child<QToolBar>(&w, "navigationBar");
    CHECK(bar->actions().contains(action));
    return action;
}

bool showsCount(QAction *action, qint64 n)
{
    return action->isVisible() && action->text().contains(DeskText::number(n)) &&
           action->font().bold() == (n > 0);
}

// Where the first line of a plain-text box starts and ends, in its viewport.
QRectF firstLine(QPlainTextEdit *box)
{
    const QTextBlock block = box->document()->firstBlock();
    REQUIRE(block.layout());
    REQUIRE(block.layout()->lineCount() > 0);
    return block.layout()->lineAt(0).naturalTextRect();
}

} // namespace

TEST_CASE("The bar counts what waits, the officer starts on the queue, the desk puts answers "
          "first",
          "[gui]")
{
    UiTest::Office office;
    using Office = UiTest::Office;
    const Session reception = office.sessionOf(QStringLiteral("reception"));
    const Session officer = office.sessionOf(QStringLiteral("officer"));
    const qint64 first = referredCase(office, reception, 11);
    office.clock.clock().advanceSeconds(10 * 60);
    const qint64 second = referredCase(office, reception, 12);
    office.clock.clock().advanceSeconds(10 * 60);

    {
        // The officer signs in: two referrals wait, so the window opens on them.
        MainWindow &w = office.signIn(QStringLiteral("officer"));
        auto *officerPage = UiTest::child<OfficerDeskPage>(&w, "officerDeskPage");
        REQUIRE(w.currentPage() == officerPage);
        CHECK(officerPage->currentTab() == OfficerDeskPage::Tab::Referrals);
        QAction *referrals = barAction(w, "referralsWaitingAction");
        QAction *answers = barAction(w, "answersWaitingAction");
        CHECK(showsCount(referrals, 2));
        CHECK(showsCount(answers, 0));

        // The answer box: Arabic typed into it starts at the right edge.
        ReferralQueuePanel *panel = officerPage->referrals();
        auto *view = UiTest::child<QTableView>(panel, "referralView");
        const int row = panel->model()->rowOfCase(second);
        REQUIRE(row >= 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(panel->model()->index(row, 0)).center());
        REQUIRE(panel->currentCaseId() == second);
        auto *edit = UiTest::child<QPlainTextEdit>(panel, "answerEdit");
        QTest::mouseClick(edit->viewport(), Qt::LeftButton);
        REQUIRE(QApplication::focusWidget() == edit);
        const QString answer = QString::fromUtf8("نعم، تستحقها");
        Office::typeHere(answer);
        const QRectF line = firstLine(edit);
        const qreal width = edit->viewport()->width();
        INFO("line " << line.left() << ".." << line.right() << " of " << width);
        CHECK(line.right() > width - 12);
        CHECK(line.left() > width / 2);

        // Sent from the window: the counts follow at once.
        Office::key(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(panel->model()->rowOfCase(second) < 0);
        CHECK(showsCount(referrals, 1));
        CHECK(showsCount(answers, 1));

        // The bar's count leads to the desk, where the answered case is first.
        UiTest::clickNavigation(w, "answersWaitingAction");
        REQUIRE(w.currentPage() == w.desk());
        DeskModel *desk = w.desk()->model();
        REQUIRE(desk->rowCount() == 2);
        CHECK(desk->caseIdAt(0) == second);
        CHECK(desk->referralState(0) == DeskModel::ReferralState::AnswerBack);
        CHECK(desk->index(0, DeskModel::Beneficiary).data(Qt::BackgroundRole).isValid());
        CHECK(desk->caseIdAt(1) == first);
        // And the other count to the referral queue.
        w.showDesk();
        UiTest::clickNavigation(w, "referralsWaitingAction");
        CHECK(w.currentPage() == officerPage);
        CHECK(officerPage->currentTab() == OfficerDeskPage::Tab::Referrals);
        office.signOut();
    }

    {
        // The receptionist: the desk, with one answer to pick up; no referral count.
        MainWindow &w = office.signIn(QStringLiteral("reception"));
        REQUIRE(w.currentPage() == w.desk());
        QAction *answers = barAction(w, "answersWaitingAction");
        CHECK(showsCount(answers, 1));
        CHECK_FALSE(UiTest::child<QAction>(&w, "referralsWaitingAction")->isVisible());
        CHECK(w.desk()->model()->caseIdAt(0) == second);

        // Another desk's officer answers the other referral: the count and
        // the desk follow without anyone asking.
        ok(OfficerDesk(office.db(), officer)
               .answerReferral(first, QString::fromUtf8("لا، الدخل أعلى من الحد")));
        QTRY_VERIFY_WITH_TIMEOUT(showsCount(answers, 2), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.desk()->model()->pinnedCount(), 2, 10000);
        office.signOut();
    }

    {
        // No referral waits now: the officer starts on the desk as before.
        MainWindow &w = office.signIn(QStringLiteral("officer"));
        CHECK(w.currentPage() == w.desk());
        CHECK(showsCount(barAction(w, "referralsWaitingAction"), 0));
        office.signOut();
    }
}

TEST_CASE("Every plain-text box of the window reads from the interface's side", "[gui]")
{
    UiTest::Office office;
    MainWindow &w = office.signIn(QStringLiteral("officer"));
    const auto side = [](QPlainTextEdit *box) {
        const Qt::Alignment a = box->document()->defaultTextOption().alignment();
        if (!(a & Qt::AlignAbsolute))
            return Qt::Alignment(); // Qt's own default: the left edge in either direction
        return a & Qt::AlignHorizontal_Mask & ~Qt::AlignAbsolute;
    };
    const QList<QPlainTextEdit *> boxes = w.findChildren<QPlainTextEdit *>();
    REQUIRE_FALSE(boxes.isEmpty());
    for (QPlainTextEdit *box : boxes) {
        box->ensurePolished();
        INFO(box->objectName().toStdString());
        CHECK(side(box) == Qt::AlignRight);
    }
    w.setLanguage(QStringLiteral("en"));
    for (QPlainTextEdit *box : boxes) {
        INFO(box->objectName().toStdString());
        CHECK(side(box) == Qt::AlignLeft);
    }
    w.setLanguage(QStringLiteral("ar"));
    for (QPlainTextEdit *box : boxes)
        CHECK(side(box) == Qt::AlignRight);
}
