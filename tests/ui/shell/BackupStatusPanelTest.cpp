// The window's line about the automatic backups (issue 11): when the last
// good one was made; the day's backup made when the window closes or once the
// day's work is over; the warning after two days without one for the manager
// and the administrator, not for the front desk.
#include "ScreenshotSupport.h"
#include "UiTestSupport.h"

#include "storage/BackupFolder.h"
#include "ui/shell/BackupStatusPanel.h"
#include "ui/shell/MainWindow.h"

#include <QDir>
#include <QLabel>
#include <QStatusBar>

using UiTest::deskTime;

namespace {

struct BackupWindow : UiTest::FixedTime, UiTest::Fixture
{
    std::unique_ptr<MainWindow> window;

    explicit BackupWindow(const QString &language = QStringLiteral("en"))
        : UiTest::Fixture(language)
    {}

    BackupStatusPanel &open(const QString &username, Role role)
    {
        window.reset();
        signInAs(username, {role});
        window = std::make_unique<MainWindow>(*workspace, *settings);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        BackupStatusPanel *status = window->backupStatus();
        REQUIRE(status);
        CHECK(status->isVisible());
        CHECK(window->statusBar()->isAncestorOf(status));
        return *status;
    }

    QVector<DailyBackupFile> backups() { return BackupFolder(db().path()).backups(); }
};

} // namespace

TEST_CASE("The window makes the day's backup when it closes and shows when it was made",
          "[ui][backup]")
{
    BackupWindow w;
    BackupStatusPanel &status = w.open(QStringLiteral("manager"), Role::Manager);
    auto *label = UiTest::child<QLabel>(&status, "backupStatusLabel");
    CHECK(label->text().startsWith(QStringLiteral("No backup has been made yet.")));
    CHECK(status.warning());
    CHECK(label->text().contains(QStringLiteral("istiqbal backup")));

    // 10:00: the day's work is not over; the timer leaves it.
    status.backUpIfDue(false);
    CHECK(w.backups().isEmpty());

    w.window->close();
    REQUIRE(w.backups().size() == 1);
    CHECK(w.backups().first().day == QDate(2026, 11, 22));
    CHECK(label->text().startsWith(QStringLiteral("Last good backup: today at")));
    CHECK_FALSE(status.warning());

    // Closed again the same day: no second backup.
    w.open(QStringLiteral("reception"), Role::Receptionist);
    w.window->close();
    CHECK(w.backups().size() == 1);

    // The next day at 16:00 the timer makes it while the window stays open.
    w.clock.clock().advanceSeconds(30 * 3600);
    BackupStatusPanel &next = w.open(QStringLiteral("reception"), Role::Receptionist);
    next.backUpIfDue(false);
    // On a thread of its own: the desk keeps working while it is made.
    CHECK(next.busy());
    CHECK(next.text() == QStringLiteral("Making today's backup…"));
    next.backUpIfDue(false); // the timer again meanwhile: still one
    QTRY_VERIFY_WITH_TIMEOUT(!next.busy(), 60000);
    REQUIRE(w.backups().size() == 2);
    CHECK(next.text().startsWith(QStringLiteral("Last good backup: today at")));
}

TEST_CASE("Closing the window while the day's backup is being made waits for it", "[ui][backup]")
{
    BackupWindow w;
    w.clock.clock().advanceSeconds(7 * 3600); // 17:00
    BackupStatusPanel &status = w.open(QStringLiteral("manager"), Role::Manager);
    status.backUpIfDue(false);
    CHECK(status.busy());
    w.window->close();
    w.window.reset();
    const QVector<DailyBackupFile> made = w.backups();
    REQUIRE(made.size() == 1);
    CHECK(made.first().day == QDate(2026, 11, 22));
    // Whole and checked, with nothing half-written beside it.
    CHECK(QDir(BackupFolder(w.db().path()).path()).entryList(QDir::Files | QDir::Hidden).size() ==
          1);
}

TEST_CASE("Two days without a backup warn the manager and the administrator, not the desk",
          "[ui][backup]")
{
    BackupWindow w;
    w.open(QStringLiteral("admin"), Role::Administrator);
    w.window->close();
    REQUIRE(w.backups().size() == 1);
    w.window.reset();

    w.clock.clock().advanceSeconds(2 * 24 * 3600);
    BackupStatusPanel &desk = w.open(QStringLiteral("reception"), Role::Receptionist);
    CHECK_FALSE(desk.warning());
    CHECK(desk.text().contains(QStringLiteral("2 days ago")));
    CHECK_FALSE(desk.text().contains(QStringLiteral("istiqbal backup")));

    BackupStatusPanel &manager = w.open(QStringLiteral("manager"), Role::Manager);
    CHECK(manager.warning());
    CHECK(manager.text().contains(QStringLiteral("2 days ago")));
    CHECK(manager.text().contains(QStringLiteral("istiqbal backup")));
    BackupStatusPanel &admin = w.open(QStringLiteral("admin"), Role::Administrator);
    CHECK(admin.warning());
}

// Hidden: run by scripts/screenshots (a demo database, which has no backup
// yet): the manager's window with the warning, then after closing it once.
TEST_CASE("Screenshots of the backup line: none yet, then today's", "[.screenshots]")
{
    const auto run = UiTest::ScreenshotRun::fromEnvironment();
    if (!run)
        return;
    auto workspace = Workspace::open(run->database);
    REQUIRE(workspace.ok());
    REQUIRE((*workspace)->signIn(QStringLiteral("manager"), QStringLiteral("istiqbal-demo")).ok());
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
    MainWindow window(**workspace, settings);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const auto shoot = [&](const QString &name) {
        QApplication::processEvents();
        const QString path = QDir(run->dir).filePath(name + QStringLiteral(".png"));
        REQUIRE(window.grab().save(path));
        WARN("wrote " << path.toStdString());
    };
    shoot(QStringLiteral("backup-warning"));
    window.close();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    shoot(QStringLiteral("backup-today"));
}
