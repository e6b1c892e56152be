// An office as its people meet it, for the tests that drive the whole window:
// a database where an administrator, a receptionist, a program officer and a manager have
// passwords, the real SignInFlow, and each person signing in by typing into
// the sign-in dialog and reaching pages with the navigation bar's buttons or
// their shortcuts. What the people did is then read back through the services.
#pragma once

#include "UiTestSupport.h"

#include "services/Authenticator.h"
#include "services/BeneficiaryDesk.h"
#include "services/Session.h"
#include "ui/beneficiary/BeneficiaryFilePage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/SignInFlow.h"

#include <QAction>
#include <QPushButton>
#include <QToolBar>

namespace UiTest {

// Types the username and password into the flow's sign-in dialog and clicks
// Sign in; returns the dialog's message (empty when it let the person in).
inline QString signIn(SignInFlow &flow, const QString &username, const QString &password)
{
    auto *dialog = qobject_cast<SignInDialog *>(flow.currentDialog());
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    typeInto(dialog, "usernameEdit", username);
    typeInto(dialog, "passwordEdit", password);
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    return flow.window() ? QString() : dialog->message();
}

// Clicks the navigation bar's button for the window's action called name.
inline void clickNavigation(MainWindow &window, const char *name)
{
    auto *action = window.findChild<QAction *>(QLatin1String(name));
    INFO(name);
    REQUIRE(action);
    auto *bar = child<QToolBar>(&window, "navigationBar");
    QWidget *button = bar->widgetForAction(action);
    REQUIRE(button);
    REQUIRE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Signs out with the navigation bar's button: the window goes, the sign-in
// dialog comes back.
inline void signOut(SignInFlow &flow)
{
    REQUIRE(flow.window());
    flow.window()->resize(1366, 768); // a desk's screen: every navigation button shows
    clickNavigation(*flow.window(), "signOutAction");
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    REQUIRE_FALSE(flow.window());
}

// Opens the person's file in the window, as choosing them in the search
// does; the file page, shown.
inline BeneficiaryFilePage *openFile(MainWindow &window, qint64 person)
{
    window.openBeneficiary(person);
    auto *file = window.findChild<BeneficiaryFilePage *>(QStringLiteral("beneficiaryFilePage"));
    REQUIRE(file);
    REQUIRE(file->isVisible());
    return file;
}

struct Office : FixedTime
{
    const QString receptionPassword = QString::fromUtf8("كلمة سر الاستقبال");
    const QString officerPassword = QStringLiteral("the officer's password");
    const QString managerPassword = QStringLiteral("the manager's password");

    QTemporaryDir dir;
    TestDb::Fresh fresh; // before the workspace: dropped after it closed
    std::unique_ptr<Settings> settings;
    std::shared_ptr<Workspace> workspace;
    std::unique_ptr<SignInFlow> flow;

    Office()
    {
        REQUIRE(dir.isValid());
        Application::applyLanguage(app(), QStringLiteral("ar"));
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
        auto opened =
            Workspace::open(TestDb::isPostgres() ? fresh.location()
                                                 : dir.filePath(QStringLiteral("istiqbal.sqlite")));
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        workspace = *opened;
        Authenticator &auth = workspace->authenticator();
        REQUIRE(auth.createFirstAdministrator(QStringLiteral("admin"), QString(),
                                              QStringLiteral("the administrator's password"))
                    .ok());
        REQUIRE(auth.addUserAsSystem(QStringLiteral("reception"),
                                     QString::fromUtf8("مكتب الاستقبال"), {Role::Receptionist},
                                     receptionPassword)
                    .ok());
        REQUIRE(auth.addUserAsSystem(QStringLiteral("officer"), QString::fromUtf8("مسؤول البرامج"),
                                     {Role::ProgramOfficer}, officerPassword)
                    .ok());
        REQUIRE(auth.addUserAsSystem(QStringLiteral("manager"), QString::fromUtf8("المديرة"),
                                     {Role::Manager}, managerPassword)
                    .ok());
        flow = std::make_unique<SignInFlow>(*workspace, *settings);
        flow->start();
    }
    ~Office()
    {
        flow.reset(); // closes the window or dialog still open, before the workspace
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        Application::applyLanguage(app(), QStringLiteral("ar"));
    }
    Office(const Office &) = delete;
    Office &operator=(const Office &) = delete;

    Database &db() { return workspace->database(); }

    // The person signs in with their password, typed into the sign-in dialog;
    // their window opens, active and large enough for every navigation button.
    MainWindow &signIn(const QString &username)
    {
        const QString password = username == QLatin1String("officer")   ? officerPassword
                                 : username == QLatin1String("manager") ? managerPassword
                                                                        : receptionPassword;
        const QString refused = UiTest::signIn(*flow, username, password);
        INFO(refused.toStdString());
        REQUIRE(refused.isEmpty());
        MainWindow *window = flow->window();
        REQUIRE(window);
        REQUIRE(workspace->session().user().username == username);
        window->resize(1366, 768);
        QApplication::setActiveWindow(window);
        REQUIRE(QTest::qWaitForWindowActive(window));
        return *window;
    }

    void signOut() { UiTest::signOut(*flow); }

    // A woman registered by the receptionist, as the desk's form would:
    // Hind Salem Al-Dosari by default, with a phone and consent.
    qint64 registeredPerson(const QString &idNumber = QStringLiteral("1000000008"),
                            const QString &first = QString::fromUtf8("هند"))
    {
        Beneficiary b;
        b.name = {first, QString::fromUtf8("سالم"), QString(), QString::fromUtf8("الدوسري")};
        b.idNumber = idNumber;
        b.gender = Gender::Female;
        b.phone = QStringLiteral("0551234567");
        b.consentGiven = true;
        const Result<Beneficiary> saved =
            BeneficiaryDesk(db(), sessionOf(QStringLiteral("reception"))).registerBeneficiary(b);
        INFO(saved.error().toStdString());
        REQUIRE(saved.ok());
        return saved->id;
    }

    // A session of the person, for reading back through the services what the
    // window did (the window's own session ends when they sign out).
    Session sessionOf(const QString &username)
    {
        const auto found = UserRepository(db()).findByUsername(username);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        return Session(found->value());
    }

    // Keys go where the keyboard's focus is, as a person's would; a button's
    // shortcut presses it visibly (animateClick): wait for the click.
    static void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *w = QApplication::focusWidget() ? QApplication::focusWidget()
                                                 : QApplication::activeWindow();
        REQUIRE(w);
        QTest::keyClick(w, k, mods);
        REQUIRE(waitForPressedButtons());
    }
    static void typeHere(const QString &text)
    {
        QWidget *w = QApplication::focusWidget();
        REQUIRE(w);
        type(w, text);
    }
};

} // namespace UiTest
