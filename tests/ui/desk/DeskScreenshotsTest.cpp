// Renders the window's screens into PNG files for the README and for looking
// at them (DESIGN.md 6). Hidden: run by scripts/screenshots, which sets
//   ISTIQBAL_SCREENSHOT_DATABASE  a demo database
//   ISTIQBAL_SCREENSHOT_DIR       where the PNG files go
//   ISTIQBAL_SCREENSHOT_LANGUAGE  ar (default) or en
//   ISTIQBAL_SCREENSHOT_QUERY     the name to search for (default "محمد الشهري")
// Screens of later pages (the case screen's steps) are added as more sections.
#include "ScreenshotSupport.h"

#include "storage/UserRepository.h"
#include "ui/beneficiary/BeneficiaryFilePage.h"
#include "ui/beneficiary/BeneficiarySearchPanel.h"
#include "ui/desk/DeskModel.h"
#include "ui/desk/DeskPage.h"
#include "ui/shell/MainWindow.h"

#include <QDir>

#include <QScreen>
#include <algorithm>

namespace {

QString env(const char *name, const QString &fallback = QString())
{
    const QString v = qEnvironmentVariable(name);
    return v.isEmpty() ? fallback : v;
}

} // namespace

TEST_CASE("Screenshots of the desk, the search and a beneficiary's file", "[.screenshots]")
{
    const auto run = UiTest::ScreenshotRun::fromEnvironment();
    if (!run)
        return;
    const QString &database = run->database;

    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    const auto workspace = Workspace::open(database);
    INFO(workspace.error().toStdString());
    REQUIRE(workspace.ok());
    // The demo's first receptionist at the desk.
    (*workspace)->signInAs(UiTest::Demo::firstWith((*workspace)->database(), Role::Receptionist));

    MainWindow window(**workspace, settings);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // On a weekend the demo has no arrivals today: show every open case then.
    if (window.desk()->model()->totalCount() == 0)
        window.desk()->setScope(1);
    window.showDesk();
    run->save(window, QStringLiteral("desk"));

    window.showSearch();
    window.search()->setQuery(env("ISTIQBAL_SCREENSHOT_QUERY", QString::fromUtf8("محمد الشهري")));
    window.search()->searchNow();
    REQUIRE(window.search()->resultCount() > 0);
    run->save(window, QStringLiteral("search"));

    window.openBeneficiary(window.search()->highlightedBeneficiary());
    REQUIRE(window.beneficiaryFile()->beneficiaryId() != 0);
    run->save(window, QStringLiteral("beneficiary-file"));

    Application::applyLanguage(UiTest::app(), QStringLiteral("ar"));
}
