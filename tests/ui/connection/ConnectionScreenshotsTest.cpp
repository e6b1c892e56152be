// Renders the connection dialog (a server that does not answer, explained in
// words) and the banner of a lost server connection into PNG files for the
// README. Hidden: run by scripts/screenshots (see ScreenshotsTest.cpp for the
// environment it sets).
#include "ScreenshotSupport.h"

#include "services/ConnectionKeeper.h"
#include "storage/UserRepository.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/desk/DeskModel.h"
#include "ui/desk/DeskPage.h"
#include "ui/shell/MainWindow.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

#include <algorithm>

namespace {

using UiTest::child;

} // namespace

TEST_CASE("Screenshots of the connection dialog and the lost-connection banner", "[.screenshots]")
{
    const auto run = UiTest::ScreenshotRun::fromEnvironment();
    if (!run)
        return;
    const QString &database = run->database;
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));

    {
        // A shared server, typed as an administrator would, that does not
        // answer on that port: the dialog says so in words.
        ConnectionDialog dialog(settings, database);
        child<QRadioButton>(&dialog, "serverRadio")->click();
        child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
        child<QSpinBox>(&dialog, "portSpin")->setValue(1);
        child<QLineEdit>(&dialog, "databaseEdit")->setText(QStringLiteral("istiqbal"));
        child<QLineEdit>(&dialog, "userEdit")->setText(QStringLiteral("reception1"));
        child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("not shown"));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        child<QPushButton>(&dialog, "testButton")->click();
        run->save(dialog, QStringLiteral("connection-dialog"));
    }

    const auto workspace = Workspace::open(database);
    INFO(workspace.error().toStdString());
    REQUIRE(workspace.ok());
    (*workspace)->signInAs(UiTest::Demo::firstWith((*workspace)->database(), Role::Receptionist));

    MainWindow window(**workspace, settings);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    if (window.desk()->model()->totalCount() == 0)
        window.desk()->setScope(1);
    window.showDesk();
    // The banner as a lost server shows it (no retry during the picture).
    window.connectionKeeper()->setRetryInterval(60 * 60 * 1000);
    window.connectionKeeper()->reportLost(QStringLiteral("server closed the connection"));
    run->save(window, QStringLiteral("connection-lost"));
}
