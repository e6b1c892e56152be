// Signing in (the first administrator, refusals, the slow-down), the idle lock
// and what each role's navigation shows.
#include "UiTestSupport.h"

#include "services/Authenticator.h"
#include "ui/admin/UsersPage.h"
#include "ui/beneficiary/BeneficiarySearchPanel.h"
#include "ui/catalogue/CataloguePage.h"
#include "ui/desk/DeskPage.h"
#include "ui/shell/FirstAdministratorDialog.h"
#include "ui/shell/IdleLock.h"
#include "ui/shell/LockScreen.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/SignInFlow.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

using UiTest::child;

using UiTest::typeInto;

void click(QWidget *parent, const char *name)
{
    auto *button = child<QPushButton>(parent, name);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// A database nobody can sign in to yet, opened as the window opens it.
struct EmptyWorkspace
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::shared_ptr<Workspace> workspace;

    EmptyWorkspace()
    {
        REQUIRE(dir.isValid());
        Application::applyLanguage(UiTest::app(), QStringLiteral("ar"));
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
        auto opened = Workspace::open(dir.filePath(QStringLiteral("istiqbal.sqlite")));
        REQUIRE(opened.ok());
        workspace = *opened;
    }
};

struct WindowFixture : UiTest::FixedTime, UiTest::Fixture
{
    std::unique_ptr<MainWindow> window;

    MainWindow &open()
    {
        window = std::make_unique<MainWindow>(*workspace, *settings);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        return *window;
    }

    // The signed-in receptionist gets a password the lock can check, then the
    // window opens.
    MainWindow &openWithPassword(const QString &password)
    {
        REQUIRE(workspace->authenticator()
                    .addUserAsSystem(QStringLiteral("reception"), QString(), {Role::Receptionist},
                                     password)
                    .ok());
        return open();
    }

    bool offers(const char *actionName)
    {
        auto *action = window->findChild<QAction *>(QLatin1String(actionName));
        return action && action->isVisible() && action->isEnabled();
    }
};

} // namespace

TEST_CASE("An empty database asks for the first administrator, who then signs in", "[gui]")
{
    UiTest::ClockGuard clock;
    EmptyWorkspace e;
    SignInFlow flow(*e.workspace, *e.settings);
    QSignalSpy quit(&flow, &SignInFlow::quitRequested);
    QSignalSpy opened(&flow, &SignInFlow::windowOpened);
    flow.start();

    auto *first = qobject_cast<FirstAdministratorDialog *>(flow.currentDialog());
    REQUIRE(first);
    REQUIRE(QTest::qWaitForWindowExposed(first));
    CHECK(first->layoutDirection() == Qt::RightToLeft);
    typeInto(first, "adminNameEdit", QString::fromUtf8("سعاد الحربي"));
    typeInto(first, "adminUsernameEdit", QStringLiteral("suad"));
    typeInto(first, "adminPasswordEdit", QStringLiteral("board of trustees"));
    typeInto(first, "adminRepeatEdit", QStringLiteral("board of trustee"));
    click(first, "createAdminButton");
    CHECK(first->message() ==
          FirstAdministratorDialog::tr("The two passwords are not the same; type them again."));
    CHECK(first->isVisible());
    typeInto(first, "adminPasswordEdit", QStringLiteral("board of trustees"));
    typeInto(first, "adminRepeatEdit", QStringLiteral("board of trustees"));
    click(first, "createAdminButton");

    // Then the sign-in, with the new username filled in.
    auto *signIn = qobject_cast<SignInDialog *>(flow.currentDialog());
    REQUIRE(signIn);
    REQUIRE(QTest::qWaitForWindowExposed(signIn));
    CHECK(child<QLineEdit>(signIn, "usernameEdit")->text() == QStringLiteral("suad"));
    CHECK_FALSE(e.workspace->isSignedIn());

    // A wrong password: the same words whatever was wrong, and no window.
    typeInto(signIn, "passwordEdit", QStringLiteral("board of trustee"));
    click(signIn, "signInButton");
    CHECK(signIn->message() == Authenticator::wrongCredentials());
    CHECK(child<QLineEdit>(signIn, "passwordEdit")->text().isEmpty());
    typeInto(signIn, "usernameEdit", QStringLiteral("nobody"));
    typeInto(signIn, "passwordEdit", QStringLiteral("board of trustees"));
    click(signIn, "signInButton");
    CHECK(signIn->message() == Authenticator::wrongCredentials());
    CHECK(opened.isEmpty());
    CHECK_FALSE(e.workspace->isSignedIn());

    typeInto(signIn, "usernameEdit", QStringLiteral("suad"));
    typeInto(signIn, "passwordEdit", QStringLiteral("board of trustees"));
    click(signIn, "signInButton");
    REQUIRE(opened.count() == 1);
    MainWindow *window = flow.window();
    REQUIRE(window);
    CHECK(e.workspace->session().hasRole(Role::Administrator));
    CHECK(e.workspace->session().user().displayName == QString::fromUtf8("سعاد الحربي"));
    // The administrator's window opens on the users page; no desk.
    CHECK(window->currentPage()->objectName() == QStringLiteral("usersPage"));
    CHECK_FALSE(window->findChild<QAction *>(QStringLiteral("deskAction"))->isVisible());
    CHECK(quit.isEmpty());

    // Signing out closes the window and asks who signs in next.
    window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    CHECK_FALSE(e.workspace->isSignedIn());
    auto *next = qobject_cast<SignInDialog *>(flow.currentDialog());
    REQUIRE(next);
    CHECK(child<QLineEdit>(next, "usernameEdit")->text() == QStringLiteral("suad"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(flow.window());
    CHECK(quit.isEmpty());
    // Quitting there ends the program.
    click(next, "quitButton");
    CHECK(quit.count() == 1);
}

TEST_CASE("Repeated wrong passwords slow signing in down", "[gui]")
{
    UiTest::ClockGuard clock;
    EmptyWorkspace e;
    REQUIRE(e.workspace->authenticator()
                .addUserAsSystem(QStringLiteral("sara"), QString::fromUtf8("سارة"),
                                 {Role::Receptionist}, QStringLiteral("desk password"))
                .ok());
    SignInDialog dialog(*e.workspace);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    typeInto(&dialog, "usernameEdit", QStringLiteral("sara"));
    for (int i = 0; i < Authenticator::freeAttempts; ++i) {
        typeInto(&dialog, "passwordEdit", QStringLiteral("not the password"));
        click(&dialog, "signInButton");
        CHECK(dialog.message() == Authenticator::wrongCredentials());
    }
    // Even the right password waits now, and says for how long.
    typeInto(&dialog, "passwordEdit", QStringLiteral("desk password"));
    click(&dialog, "signInButton");
    CHECK(dialog.message() ==
          Authenticator::tr("Too many failed attempts. Try again in %n seconds.", "", 1));
    CHECK_FALSE(e.workspace->isSignedIn());
    clock.clock().advanceSeconds(2);
    typeInto(&dialog, "passwordEdit", QStringLiteral("desk password"));
    click(&dialog, "signInButton");
    CHECK(e.workspace->isSignedIn());
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("The idle window locks, keeps what was typed, and opens only with the password", "[gui]")
{
    WindowFixture f;
    MainWindow &w = f.openWithPassword(QStringLiteral("desk password"));
    IdleLock *lock = w.idleLock();
    REQUIRE(lock);
    CHECK(lock->interval() == IdleLock::minutesToMs(10)); // the default in Settings
    CHECK(lock->timer()->isActive());

    // Input restarts the timer.
    lock->timer()->stop();
    w.showSearch();
    auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    REQUIRE(search);
    REQUIRE(QApplication::focusWidget() == search);
    UiTest::type(search, QString::fromUtf8("محمد الشه"));
    CHECK(lock->timer()->isActive());
    CHECK(lock->timer()->remainingTime() > IdleLock::minutesToMs(10) - 5000);

    // A short interval: the lock comes by itself.
    lock->setInterval(20);
    REQUIRE(QTest::qWaitFor([&] { return lock->isLocked(); }, 3000));
    LockScreen *screen = lock->screen();
    CHECK(screen->isVisible());
    CHECK(screen->geometry() == w.rect());
    CHECK_FALSE(w.centralWidget()->isEnabled());
    CHECK_FALSE(w.findChild<QWidget *>(QStringLiteral("navigationBar"))->isEnabled());
    auto *password = child<QLineEdit>(screen, "lockPasswordEdit");
    CHECK(QApplication::focusWidget() == password);
    CHECK(child<QLabel>(screen, "lockUserLabel")->text().contains(QString::fromUtf8("مكتب")));

    // Keys go to the lock, not to the page underneath; Tab stays on the lock.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(screen->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == password);
    QTest::keyClicks(password, QStringLiteral("wrong password"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(lock->isLocked());
    CHECK(child<QLabel>(screen, "lockMessageLabel")->text() == Authenticator::wrongCredentials());
    CHECK(search->text() == QString::fromUtf8("محمد الشه"));

    QTest::keyClicks(password, QStringLiteral("desk password"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK_FALSE(lock->isLocked());
    CHECK_FALSE(screen->isVisible());
    CHECK(w.centralWidget()->isEnabled());
    CHECK(w.currentPage() == w.search());
    CHECK(search->text() == QString::fromUtf8("محمد الشه"));
    CHECK(QApplication::focusWidget() == search);
    CHECK(lock->timer()->isActive());

    // Ctrl+L locks at once; the lock's sign-out asks the window to sign out.
    QSignalSpy signOut(&w, &MainWindow::signOutRequested);
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(lock->isLocked());
    click(screen, "lockSignOutButton");
    CHECK(signOut.count() == 1);
}

TEST_CASE("A dialog open when the window locks is covered, takes no input, and keeps its text",
          "[gui]")
{
    WindowFixture f;
    MainWindow &w = f.openWithPassword(QStringLiteral("desk password"));
    IdleLock *lock = w.idleLock();
    REQUIRE(lock);

    // A modal dialog with a reason half written, as the officer's are.
    QDialog dialog(&w);
    dialog.setWindowModality(Qt::ApplicationModal);
    auto *layout = new QVBoxLayout(&dialog);
    auto *reason = new QLineEdit(&dialog);
    layout->addWidget(reason);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    reason->setFocus();
    UiTest::type(reason, QString::fromUtf8("دخل الأسرة أقل من الحد"));
    REQUIRE(QApplication::activeModalWidget() == &dialog);

    lock->lock();
    REQUIRE(lock->isLocked());
    LockScreen *screen = lock->screen();
    CHECK(screen->isVisible());
    CHECK_FALSE(reason->isVisible()); // nothing of it shows
    CHECK(QApplication::activeModalWidget() == screen);
    auto *password = child<QLineEdit>(screen, "lockPasswordEdit");
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == password; }, 2000));

    // Keys go to the lock, not to the dialog.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("desk password"));
    CHECK(reason->text() == QString::fromUtf8("دخل الأسرة أقل من الحد"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK_FALSE(lock->isLocked());
    CHECK_FALSE(screen->isVisible());
    CHECK_FALSE(screen->isWindow());
    CHECK(dialog.isVisible());
    CHECK(reason->isVisible());
    CHECK(reason->text() == QString::fromUtf8("دخل الأسرة أقل من الحد"));
    CHECK(QApplication::activeModalWidget() == &dialog);
    dialog.reject();

    // Without a dialog the lock is the window's own cover again.
    lock->lock();
    CHECK_FALSE(screen->isWindow());
    CHECK(screen->geometry() == w.rect());
    QTest::keyClicks(child<QLineEdit>(screen, "lockPasswordEdit"), QStringLiteral("desk password"));
    QTest::keyClick(child<QLineEdit>(screen, "lockPasswordEdit"), Qt::Key_Return);
    CHECK_FALSE(lock->isLocked());
}

TEST_CASE("Each role's navigation shows only the pages its roles allow", "[gui]")
{
    WindowFixture f;
    SECTION("a receptionist: the desk, no catalogue, users or audit")
    {
        MainWindow &w = f.open();
        CHECK(f.offers("deskAction"));
        CHECK(f.offers("newCaseAction"));
        CHECK(f.offers("findAction"));
        CHECK(f.offers("signOutAction"));
        CHECK(f.offers("lockAction"));
        for (const char *name : {"catalogueAction", "usersAction", "auditAction",
                                 "associationAction", "reportsAction", "retentionAction"})
            CHECK_FALSE(f.offers(name));
        CHECK_FALSE(w.findChild<CataloguePage *>());
        CHECK_FALSE(w.findChild<UsersPage *>());
        CHECK_FALSE(w.findChild<QWidget *>(QStringLiteral("auditPage")));
        CHECK(w.currentPage() == w.desk());
        // Ctrl+N and Ctrl+1 still work for the desk.
        QSignalSpy newCase(&w, &MainWindow::newCaseRequested);
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        CHECK(newCase.count() == 1);
    }
    SECTION("a manager: the desk's lists, the catalogue and the audit; no new case, no users")
    {
        f.signInAs(QStringLiteral("manager"), {Role::Manager});
        MainWindow &w = f.open();
        CHECK(f.offers("deskAction"));
        CHECK_FALSE(f.offers("newCaseAction"));
        CHECK(f.offers("catalogueAction"));
        CHECK(f.offers("auditAction"));
        CHECK(f.offers("reportsAction"));
        CHECK(f.offers("retentionAction"));
        CHECK_FALSE(f.offers("usersAction"));
        CHECK_FALSE(f.offers("associationAction"));
        w.findChild<QAction *>(QStringLiteral("reportsAction"))->trigger();
        CHECK(w.currentPage()->objectName() == QStringLiteral("reportsPage"));
        QSignalSpy newCase(&w, &MainWindow::newCaseRequested);
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        CHECK(newCase.isEmpty());
        w.findChild<QAction *>(QStringLiteral("catalogueAction"))->trigger();
        CHECK(w.currentPage()->objectName() == QStringLiteral("cataloguePage"));
        // Every page fits a 1366x768 screen.
        INFO("minimum " << w.minimumSizeHint().width() << "x" << w.minimumSizeHint().height());
        CHECK(w.minimumSizeHint().height() <= 700);
        CHECK(w.minimumSizeHint().width() <= 1366);
        CHECK(w.findChild<QAction *>(QStringLiteral("catalogueAction"))->isChecked());
        CHECK_FALSE(w.findChild<QAction *>(QStringLiteral("deskAction"))->isChecked());
    }
    SECTION("an administrator: users, the association and the audit; no desk")
    {
        f.signInAs(QStringLiteral("admin"), {Role::Administrator});
        MainWindow &w = f.open();
        for (const char *name : {"deskAction", "newCaseAction", "findAction", "catalogueAction"})
            CHECK_FALSE(f.offers(name));
        CHECK(f.offers("usersAction"));
        CHECK(f.offers("associationAction"));
        CHECK(f.offers("auditAction"));
        CHECK(w.currentPage()->objectName() == QStringLiteral("usersPage"));
        INFO("minimum " << w.minimumSizeHint().width() << "x" << w.minimumSizeHint().height());
        CHECK(w.minimumSizeHint().height() <= 700);
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        CHECK(w.currentPage()->objectName() == QStringLiteral("usersPage"));
    }
}
