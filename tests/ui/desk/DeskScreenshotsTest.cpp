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

void save(QWidget &window, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    INFO(path.toStdString());
    REQUIRE(window.grab().save(path));
    WARN("wrote " << path.toStdString());
}

} // namespace

TEST_CASE("Screenshots of the desk, the search and a beneficiary's file", "[.screenshots]")
{
    const auto run = UiTest::ScreenshotRun::fromEnvironment();
    if (!run)
        return;
    const QString &database = run->database;
    const QString &dir = run->dir;

    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    const auto workspace = Workspace::open(database);
    INFO(workspace.error().toStdString());
    REQUIRE(workspace.ok());
    // The demo's first receptionist at the desk.
    const auto users = UserRepository((*workspace)->database()).list(true);
    REQUIRE(users.ok());
    const auto receptionist = std::find_if(users->cbegin(), users->cend(), [](const User &u) {
        return u.hasRole(Role::Receptionist);
    });
    REQUIRE(receptionist != users->cend());
    (*workspace)->signInAs(*receptionist);

    MainWindow window(**workspace, settings);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // On a weekend the demo has no arrivals today: show every open case then.
    if (window.desk()->model()->totalCount() == 0)
        window.desk()->setScope(1);
    window.showDesk();
    save(window, dir, QStringLiteral("desk"));

    window.showSearch();
    window.search()->setQuery(env("ISTIQBAL_SCREENSHOT_QUERY", QString::fromUtf8("محمد الشهري")));
    window.search()->searchNow();
    REQUIRE(window.search()->resultCount() > 0);
    save(window, dir, QStringLiteral("search"));

    window.openBeneficiary(window.search()->highlightedBeneficiary());
    REQUIRE(window.beneficiaryFile()->beneficiaryId() != 0);
    save(window, dir, QStringLiteral("beneficiary-file"));

    Application::applyLanguage(UiTest::app(), QStringLiteral("ar"));
}
