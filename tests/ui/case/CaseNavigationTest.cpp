// The case screen in the window (CaseNavigation): new case (Ctrl+N) and the
// desk's list open it; Esc leaves the case where it stands.
#include "CasePageTestSupport.h"

#include "ui/desk/DeskModel.h"
#include "ui/desk/DeskPage.h"
#include "ui/shell/MainWindow.h"

#include <QTableView>

TEST_CASE("In the window, Ctrl+N and the desk open the case screen, Esc goes back", "[gui]")
{
    UiTest::ClockGuard clock;
    UiTest::Fixture f;
    MainWindow window(*f.workspace, *f.settings);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.currentPage() == window.desk());

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *screen = window.findChild<CasePage *>(QStringLiteral("casePage"));
    REQUIRE(screen);
    CHECK(window.currentPage() == screen);
    CHECK(screen->shownStep() == Step::Reception);
    CHECK(screen->caseId() == 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(UiTest::waitForPressedButtons());
    const qint64 id = screen->caseId();
    REQUIRE(id > 0);
    CHECK(screen->shownStep() == Step::Information);

    // Esc leaves the case where it stands; the desk lists it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    REQUIRE(UiTest::waitForPressedButtons());
    REQUIRE(window.currentPage() == window.desk());
    window.desk()->refresh();
    REQUIRE(window.desk()->model()->rowCount() == 1);

    // Enter on the desk opens it again at its step.
    window.desk()->setFocus();
    auto *deskView = window.findChild<QTableView *>(QStringLiteral("deskView"));
    REQUIRE(deskView);
    deskView->setFocus();
    deskView->setCurrentIndex(deskView->model()->index(0, 0));
    QTest::keyClick(deskView, Qt::Key_Return);
    CHECK(window.currentPage() == screen);
    CHECK(screen->caseId() == id);
    CHECK(screen->shownStep() == Step::Information);
}
