// The database connection in the window (issue 6): the connection dialog
// tests for real and says in words what failed, saves the choice without a
// password, and is reached from the sign-in dialog; on PostgreSQL, a server
// connection lost while a page is saved shows the banner, keeps the page and
// saves it once the connection is back.
#include "OfficerSupport.h"
#include "UiTestSupport.h"

#include "core/DeskText.h"
#include "services/ConnectionCheck.h"
#include "services/ConnectionKeeper.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/DatabaseAddress.h"
#include "ui/case/CasePage.h"
#include "ui/connection/ConnectionBanner.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/SignInFlow.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>

namespace {

using UiTest::child;

void setText(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->clear();
    UiTest::type(edit, text);
}

void click(QWidget *parent, const char *name)
{
    auto *button = child<QAbstractButton>(parent, name);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

TEST_CASE("The connection dialog says in words why a database cannot be used, and saves none",
          "[gui]")
{
    UiTest::Fixture f;
    const QString before = f.settings->databasePath();
    ConnectionDialog dialog(*f.settings, f.db().path());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.layoutDirection() == Qt::RightToLeft);
    CHECK_FALSE(dialog.isServer());

    // A file that is not a database.
    const QString notes = f.dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(notes);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("these are the desk's notes, not a database\n");
    file.close();
    setText(&dialog, "fileEdit", notes);
    click(&dialog, "testButton");
    CHECK(dialog.resultIsError());
    CHECK(dialog.result().contains(QStringLiteral("notes.sqlite")));
    // A folder that is not there.
    setText(&dialog, "fileEdit", f.dir.filePath(QStringLiteral("gone/istiqbal.sqlite")));
    click(&dialog, "testButton");
    CHECK(dialog.resultIsError());
    CHECK(dialog.result().contains(QStringLiteral("gone")));

    // A server nobody answers at: said plainly, without the password.
    child<QRadioButton>(&dialog, "serverRadio")->click();
    CHECK(dialog.isServer());
    CHECK_FALSE(child<QLineEdit>(&dialog, "fileEdit")->isEnabled());
    setText(&dialog, "hostEdit", QStringLiteral("127.0.0.1"));
    child<QSpinBox>(&dialog, "portSpin")->setValue(1);
    setText(&dialog, "databaseEdit", QStringLiteral("istiqbal"));
    setText(&dialog, "userEdit", QStringLiteral("desk"));
    setText(&dialog, "passwordEdit", QStringLiteral("s3cret-word"));
    click(&dialog, "testButton");
    CHECK(dialog.resultIsError());
    const QString refused = dialog.result();
    INFO(refused.toStdString());
    CHECK(refused.contains(ConnectionCheck::explainServerFailure(
        QStringLiteral("Connection refused"), QStringLiteral("127.0.0.1"), 1,
        QStringLiteral("istiqbal"), QStringLiteral("desk"))));
    CHECK_FALSE(refused.contains(QStringLiteral("s3cret-word")));

    // Saving tests first and keeps nothing that failed.
    click(&dialog, "saveButton");
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == refused);
    CHECK(f.settings->databasePath() == before);
}

TEST_CASE("The usual server refusals are explained in words", "[gui]")
{
    UiTest::Fixture f("en");
    const auto explain = [](const char *detail) {
        return ConnectionCheck::explainServerFailure(
            QLatin1String(detail), QStringLiteral("db.local"), 5432, QStringLiteral("istiqbal"),
            QStringLiteral("desk"));
    };
    CHECK(explain("could not translate host name \"db.local\" to address: Name or service not "
                  "known")
              .contains(QStringLiteral("not known")));
    CHECK(explain("FATAL:  password authentication failed for user \"desk\"")
              .contains(QStringLiteral("refused the user")));
    CHECK(explain("fe_sendauth: no password supplied").contains(QStringLiteral(".pgpass")));
    CHECK(explain("FATAL:  database \"istiqbal\" does not exist")
              .contains(QStringLiteral("no database named")));
    CHECK(
        explain("FATAL:  role \"desk\" does not exist").contains(QStringLiteral("no user named")));
    CHECK(explain("something else entirely").isEmpty());
}

TEST_CASE("The connection dialog tests a file and saves it for the next start", "[gui]")
{
    UiTest::Fixture f("en");
    ConnectionDialog dialog(*f.settings, f.db().path());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(child<QLineEdit>(&dialog, "fileEdit")->text() == QDir::toNativeSeparators(f.db().path()));

    // The database open now: an Istiqbal database, up to date.
    click(&dialog, "testButton");
    CHECK_FALSE(dialog.resultIsError());
    CHECK(dialog.result().contains(QStringLiteral("up to date")));

    // A new file: created when Istiqbal starts, not by the test.
    const QString fresh = f.dir.filePath(QStringLiteral("branch.sqlite"));
    setText(&dialog, "fileEdit", fresh);
    click(&dialog, "testButton");
    CHECK_FALSE(dialog.resultIsError());
    CHECK(dialog.result().contains(QStringLiteral("creates it there")));
    CHECK_FALSE(QFile::exists(fresh));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    click(&dialog, "saveButton");
    CHECK(accepted.count() == 1);
    CHECK(dialog.location() == fresh);
    CHECK(f.settings->databasePath() == fresh);
    // Read back as the next start reads it.
    Settings again(f.dir.filePath(QStringLiteral("settings.ini")));
    CHECK(again.databasePath() == fresh);
}

TEST_CASE("The sign-in dialog opens the connection dialog and hands on the database chosen",
          "[gui]")
{
    UiTest::Fixture f;
    User admin;
    admin.username = QStringLiteral("admin");
    admin.displayName = QStringLiteral("admin");
    admin.roles = {Role::Administrator};
    REQUIRE(UserRepository(f.db()).create(admin, QStringLiteral("(a password hash)"), 0).ok());
    f.workspace->signOut();
    SignInFlow flow(*f.workspace, *f.settings);
    QSignalSpy chosen(&flow, &SignInFlow::databaseChosen);
    QSignalSpy quit(&flow, &SignInFlow::quitRequested);
    flow.start();
    auto *signIn = qobject_cast<SignInDialog *>(flow.currentDialog());
    REQUIRE(signIn);
    REQUIRE(QTest::qWaitForWindowExposed(signIn));
    click(signIn, "connectionButton");
    ConnectionDialog *dialog = flow.connectionDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));

    // Cancelled: back to signing in, nothing chosen, nobody quits.
    click(dialog, "cancelButton");
    QTRY_VERIFY(!flow.connectionDialog()); // closed and deleted
    CHECK(chosen.isEmpty());
    CHECK(quit.isEmpty());
    CHECK(flow.currentDialog() == signIn);

    click(signIn, "connectionButton");
    dialog = flow.connectionDialog();
    REQUIRE(dialog);
    const QString branch = f.dir.filePath(QStringLiteral("branch.sqlite"));
    setText(dialog, "fileEdit", branch);
    click(dialog, "saveButton");
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.first().first().toString() == branch);
    CHECK(f.settings->databasePath() == branch);
    CHECK(quit.isEmpty());
}

TEST_CASE("A server database is tested for real and saved without its password", "[gui][pg]")
{
    TestDb::requirePostgres();
    UiTest::Fixture f("en");
    REQUIRE(f.db().isServer());
    const auto address = DatabaseAddress::parse(f.location());
    REQUIRE(address.ok());
    ConnectionDialog dialog(*f.settings, QString());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    child<QRadioButton>(&dialog, "serverRadio")->click();
    setText(&dialog, "hostEdit", address->host());
    child<QSpinBox>(&dialog, "portSpin")->setValue(address->port());
    setText(&dialog, "userEdit", address->userName());
    setText(&dialog, "passwordEdit", QStringLiteral("only-for-this-session"));

    // A database the server does not have.
    setText(&dialog, "databaseEdit", QStringLiteral("istiqbal_nowhere"));
    click(&dialog, "testButton");
    CHECK(dialog.resultIsError());
    CHECK(dialog.result().contains(QStringLiteral("no database named")));
    CHECK(dialog.result().contains(QStringLiteral("istiqbal_nowhere")));

    setText(&dialog, "databaseEdit", address->databaseName());
    click(&dialog, "testButton");
    INFO(dialog.result().toStdString());
    CHECK_FALSE(dialog.resultIsError());
    CHECK(dialog.result().contains(QStringLiteral("Connected to the database")));
    CHECK(dialog.result().contains(QStringLiteral("up to date")));

    click(&dialog, "saveButton");
    CHECK(dialog.result() != QString()); // still shows what was found
    const QString saved = f.settings->databasePath();
    CHECK(saved.startsWith(QStringLiteral("postgresql://")));
    CHECK(saved.contains(address->databaseName()));
    CHECK_FALSE(saved.contains(QStringLiteral("only-for-this-session")));
    // The session's address keeps the password typed, in memory.
    CHECK(DatabaseAddress::parse(dialog.location())->password() ==
          QStringLiteral("only-for-this-session"));
    QFile ini(f.dir.filePath(QStringLiteral("settings.ini")));
    REQUIRE(ini.open(QIODevice::ReadOnly));
    CHECK_FALSE(ini.readAll().contains("only-for-this-session"));
}

TEST_CASE("A lost server connection shows the banner, keeps the page and saves it when back",
          "[gui][pg]")
{
    TestDb::requirePostgres();
    OfficerTest::Fixture f;
    REQUIRE(f.db().isServer());
    const qint64 id = f.foodCase(3);
    const qint64 beneficiaryId =
        OfficerTest::ok(DeskQueries(f.db(), *f.reception).loadContext(id)).beneficiary->id;
    f.signInAs(QStringLiteral("reception"), {Role::Receptionist});
    MainWindow &w = f.open();
    ConnectionKeeper *keeper = w.connectionKeeper();
    keeper->setRetryInterval(100);
    ConnectionBanner *banner = w.connectionBanner();
    CHECK(banner->isHidden());

    emit w.caseRequested(id);
    auto *screen = f.find<CasePage>(&w, QStringLiteral("casePage"));
    REQUIRE(screen->shownStep() == Step::Information);
    auto *district = f.find<QLineEdit>(screen, QStringLiteral("districtEdit"));
    district->selectAll();
    district->del();
    UiTest::type(district, QString::fromUtf8("الروضة"));

    // The server drops this desk and, for now, lets nobody back in.
    QSqlQuery q(f.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT pg_backend_pid(), current_database()")));
    REQUIRE(q.next());
    const qint64 pid = q.value(0).toLongLong();
    const QString database = q.value(1).toString();
    q.finish();
    TestDb::adminExec(
        QStringLiteral("ALTER DATABASE \"%1\" WITH ALLOW_CONNECTIONS false").arg(database));
    TestDb::adminExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));

    REQUIRE_FALSE(screen->save());
    CHECK(screen->waitsForConnection());
    CHECK(screen->messageIsError());
    CHECK(keeper->isLost());
    CHECK(banner->isVisible());
    CHECK(banner->title() ==
          ConnectionBanner::tr("The connection to the database server was lost; retrying…"));
    // The page stays as typed while the keeper retries, in vain so far.
    REQUIRE(UiTest::waitFor([&] { return keeper->attempts() >= 2; }, 5000));
    CHECK(keeper->isLost());
    CHECK(banner->isVisible());
    CHECK(banner->detail().contains(DeskText::number(keeper->attempts())));
    CHECK(district->text() == QString::fromUtf8("الروضة"));

    // The server lets the desk in again: the banner goes, the page is saved.
    TestDb::adminExec(
        QStringLiteral("ALTER DATABASE \"%1\" WITH ALLOW_CONNECTIONS true").arg(database));
    REQUIRE(UiTest::waitFor([&] { return !keeper->isLost(); }, 5000));
    CHECK(banner->isHidden());
    CHECK_FALSE(screen->waitsForConnection());
    CHECK_FALSE(screen->messageIsError());
    CHECK(screen->message().contains(
        CasePage::tr("The connection is back and this page was saved.")));
    CHECK(OfficerTest::ok(BeneficiaryRepository(f.db()).get(beneficiaryId)).district ==
          QString::fromUtf8("الروضة"));
}
