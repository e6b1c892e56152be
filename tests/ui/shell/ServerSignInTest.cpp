// The window's sign-in on a server set up with roles (issue 11), against the
// test server with the real SignInFlow and SignInDialog, typed into as a
// person would: the window's connection becomes the signed-in person's own
// login (SELECT session_user), the server itself refuses what their role may
// not do, a wrong password changes nothing, and signing out leaves nothing of
// the person's rights behind. A desk whose address carries no password
// connects only when a person signs in. Tagged [pg].
#include "OfficeSupport.h"
#include "UiTestSupport.h"

#include "services/Authenticator.h"
#include "services/BeneficiaryDesk.h"
#include "storage/ServerRoles.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/SignInFlow.h"

#include <QAction>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using UiTest::child;
using UiTest::signIn;
using UiTest::signOut;

// An administrator, a receptionist and a manager with their own logins, on a
// database the owner set up as `istiqbal server-setup` does. Logins are the
// server's, shared by every test database: unique names.
struct People
{
    QString tag = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    QString admin = QStringLiteral("admin") + tag;
    QString receptionist = QStringLiteral("reception") + tag;
    QString manager = QStringLiteral("manager") + tag;
    QString adminPassword = QStringLiteral("the administrator's password");
    QString receptionistPassword = QString::fromUtf8("كلمة سر الاستقبال");
    QString managerPassword = QStringLiteral("the manager's password");

    explicit People(const QString &location)
    {
        Database db;
        REQUIRE(db.open(location).ok());
        const Status setUp = ServerRoles::setUp(db);
        INFO(setUp.error().toStdString());
        REQUIRE(setUp.ok());
        Authenticator auth(db);
        REQUIRE(auth.createFirstAdministrator(admin, QString(), adminPassword).ok());
        REQUIRE(auth.addUserAsSystem(receptionist, QString::fromUtf8("نورة"), {Role::Receptionist},
                                     receptionistPassword)
                    .ok());
        REQUIRE(auth.addUserAsSystem(manager, QString::fromUtf8("هدى"), {Role::Manager},
                                     managerPassword)
                    .ok());
    }
};

// The login the window's connection is, as the server says it; empty when
// there is no connection.
QString sessionUser(Workspace &ws)
{
    if (!ws.isConnected())
        return QString();
    QSqlQuery q(ws.database().connection());
    if (!q.exec(QStringLiteral("SELECT session_user::text")) || !q.next())
        return QString();
    return q.value(0).toString();
}

Beneficiary newBeneficiary()
{
    Beneficiary b;
    b.name = {QString::fromUtf8("سالم"), QString::fromUtf8("علي"), QString::fromUtf8("حسن"),
              QString::fromUtf8("الدوسري")};
    b.idType = IdType::NationalId;
    b.idNumber = UiTest::nationalId(QRandomGenerator::global()->bounded(1000000, 9999999));
    b.gender = Gender::Male;
    b.birthDate = QDate(1985, 3, 14);
    b.city = QString::fromUtf8("الرياض");
    b.district = QString::fromUtf8("النسيم");
    b.familySize = 5;
    b.monthlyIncome = 450000;
    b.nationality = QStringLiteral("SA");
    b.consentGiven = true;
    b.consentPurpose = QStringLiteral("services");
    b.consentAt = QDateTime::currentDateTimeUtc();
    return b;
}

// Points libpq at a password file that does not exist for the test's life:
// the desk has no ~/.pgpass.
class NoPasswordFile
{
public:
    explicit NoPasswordFile(const QString &path)
        : m_had(qEnvironmentVariableIsSet("PGPASSFILE")), m_old(qgetenv("PGPASSFILE"))
    {
        qputenv("PGPASSFILE", path.toLocal8Bit());
    }
    ~NoPasswordFile()
    {
        if (m_had)
            qputenv("PGPASSFILE", m_old);
        else
            qunsetenv("PGPASSFILE");
    }
    NoPasswordFile(const NoPasswordFile &) = delete;
    NoPasswordFile &operator=(const NoPasswordFile &) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

// A server database set up with People, and a desk's settings, in Arabic.
struct ServerDesk
{
    QTemporaryDir dir;
    TestDb::Fresh fresh; // before the workspace: dropped after it closed
    QString location;
    std::unique_ptr<People> people;
    std::unique_ptr<Settings> settings;
    std::shared_ptr<Workspace> workspace;

    explicit ServerDesk(const QString &name)
    {
        TestDb::requirePostgres();
        REQUIRE(dir.isValid());
        location = fresh.location(name);
        people = std::make_unique<People>(location);
        Application::applyLanguage(UiTest::app(), QStringLiteral("ar"));
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
    }

    // The workspace on address, opened as the window opens it.
    Workspace &open(const QString &address)
    {
        auto opened = Workspace::open(address);
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        workspace = *opened;
        return *workspace;
    }
};

} // namespace

TEST_CASE("On a server set up with roles the window works as the signed-in person's own login",
          "[gui][pg]")
{
    ServerDesk d(QStringLiteral("window_logins"));
    const People &people = *d.people;

    // The window opens with the address's login (here the test server's owner).
    Workspace &ws = d.open(d.location);
    const QString addressLogin = sessionUser(ws);
    REQUIRE_FALSE(addressLogin.isEmpty());
    SignInFlow flow(ws, *d.settings);
    QSignalSpy windows(&flow, &SignInFlow::windowOpened);
    flow.start();

    // A wrong password: refused in words, and the connection is as it was.
    CHECK(signIn(flow, people.receptionist, QString::fromUtf8("كلمة سر أخرى")) ==
          Authenticator::wrongCredentials());
    CHECK_FALSE(ws.isSignedIn());
    CHECK(sessionUser(ws) == addressLogin);

    // The receptionist's own login, with the Arabic password typed in.
    REQUIRE(signIn(flow, people.receptionist, people.receptionistPassword).isEmpty());
    REQUIRE(windows.count() == 1);
    CHECK(sessionUser(ws) == people.receptionist);
    CHECK(ws.session().hasRole(Role::Receptionist));
    // The desk's work goes through...
    BeneficiaryDesk desk(ws.database(), ws.session());
    const auto registered = desk.registerBeneficiary(newBeneficiary());
    INFO(registered.error().toStdString());
    CHECK(registered.ok());
    // ...a manager's write does not: the server refuses it, whatever the
    // client asks.
    {
        QSqlQuery q(ws.database().connection());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE services SET name_ar = name_ar")));
        CHECK(q.lastError().text().contains(QStringLiteral("permission denied")));
    }

    // Signing out: the connection is no longer the receptionist's.
    signOut(flow);
    CHECK_FALSE(ws.isSignedIn());
    CHECK(sessionUser(ws) == addressLogin);
    CHECK(sessionUser(ws) != people.receptionist);

    // The manager signs in next, as their own login, with a manager's rights.
    REQUIRE(signIn(flow, people.manager, people.managerPassword).isEmpty());
    REQUIRE(windows.count() == 2);
    CHECK(sessionUser(ws) == people.manager);
    {
        QSqlQuery q(ws.database().connection());
        CHECK(q.exec(QStringLiteral("UPDATE services SET name_ar = name_ar")));
    }
    signOut(flow);
    CHECK(sessionUser(ws) == addressLogin);
}

TEST_CASE("A desk whose address carries no password connects only as the person signing in",
          "[gui][pg]")
{
    ServerDesk d(QStringLiteral("desk_without_password"));
    const People &people = *d.people;
    const NoPasswordFile noPgpass(d.dir.filePath(QStringLiteral("no-pgpass")));

    // The README's desk address: a person's login, no password, none in
    // ~/.pgpass. The server refuses that login, so the window waits for a
    // sign-in instead of asking for a desk password.
    Workspace &ws = d.open(ServerRoles::loginLocation(d.location, people.receptionist, QString()));
    CHECK_FALSE(ws.isConnected());
    SignInFlow flow(ws, *d.settings);
    QSignalSpy windows(&flow, &SignInFlow::windowOpened);
    flow.start();

    CHECK(signIn(flow, people.manager, QStringLiteral("not the manager's password")) ==
          Authenticator::wrongCredentials());
    CHECK_FALSE(ws.isConnected());
    REQUIRE(signIn(flow, people.manager, people.managerPassword).isEmpty());
    REQUIRE(windows.count() == 1);
    CHECK(sessionUser(ws) == people.manager);

    // Signed out, the connection closes: the address alone cannot connect.
    signOut(flow);
    CHECK_FALSE(ws.isConnected());
    REQUIRE(signIn(flow, people.receptionist, people.receptionistPassword).isEmpty());
    CHECK(sessionUser(ws) == people.receptionist);
    signOut(flow);
    CHECK_FALSE(ws.isConnected());
}
