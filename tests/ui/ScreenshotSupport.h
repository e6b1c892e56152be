// What scripts/screenshots hands the hidden [.screenshots] tests: the demo
// database to render from, the folder the PNG files go to, and the language;
// and what those tests share: a copy of the demo to add today's work to, the
// demo's people and services, and saving a picture.
#pragma once

#include "UiTestSupport.h"

#include "core/Service.h"
#include "storage/ServiceRepository.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QTimer>

#include <functional>

#include <optional>

namespace UiTest {

struct ScreenshotRun
{
    QString database;
    QString dir;
    QString language;

    // From ISTIQBAL_SCREENSHOT_DATABASE, _DIR and _LANGUAGE (default ar), with
    // the language applied and the folder made; none, with a warning, when
    // the test was not started by scripts/screenshots.
    static std::optional<ScreenshotRun> fromEnvironment()
    {
        ScreenshotRun run;
        run.database = qEnvironmentVariable("ISTIQBAL_SCREENSHOT_DATABASE");
        run.dir = qEnvironmentVariable("ISTIQBAL_SCREENSHOT_DIR");
        if (run.database.isEmpty() || run.dir.isEmpty()) {
            WARN("set ISTIQBAL_SCREENSHOT_DATABASE and ISTIQBAL_SCREENSHOT_DIR "
                 "(scripts/screenshots)");
            return std::nullopt;
        }
        REQUIRE(QDir().mkpath(run.dir));
        run.language = qEnvironmentVariable("ISTIQBAL_SCREENSHOT_LANGUAGE", QStringLiteral("ar"));
        Application::applyLanguage(app(), run.language);
        return run;
    }

    // Whether the pictures are taken on a real X display (scripts/screenshots
    // runs Xvfb with a window manager): then they show what a person sees,
    // window frames, dialogs and popups included.
    static bool onScreen() { return QGuiApplication::platformName() == QLatin1String("xcb"); }

    // Saves what widget's window shows as NAME.png in the folder. On a real
    // display: the screen's pixels over the window's frame and every dialog
    // or popup open over it, the main window maximised as at the desk; offscreen:
    // the widget as it draws itself.
    void save(QWidget &widget, const QString &name) const
    {
        QApplication::processEvents();
        const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
        INFO(path.toStdString());
        if (!onScreen()) {
            REQUIRE(widget.grab().save(path));
            WARN("wrote " << path.toStdString());
            return;
        }
        QWidget *top = widget.window();
        if (qobject_cast<QMainWindow *>(top) && !top->isMaximized()) {
            top->showMaximized();
            REQUIRE(QTest::qWaitForWindowExposed(top));
        }
        if (!QApplication::activeModalWidget()) {
            top->raise();
            top->activateWindow();
        }
        // The window manager's frame and the last repaint take a moment.
        QTest::qWait(400);
        QRect area = top->frameGeometry();
        for (QWidget *other : QApplication::topLevelWidgets()) {
            QWidget *owner = other->parentWidget() ? other->parentWidget()->window() : nullptr;
            if (other->isVisible() && other != top && (owner == top || top->isAncestorOf(other)))
                area |= other->frameGeometry();
        }
        QScreen *screen = top->screen();
        area &= screen->geometry();
        const QPixmap shot = screen->grabWindow(0, area.x(), area.y(), area.width(), area.height());
        REQUIRE(shot.save(path));
        WARN("wrote " << path.toStdString());
    }

    // Opens a modal dialog with open (a click that calls exec(), say), saves
    // the screen as NAME.png once the dialog shows, and closes the dialog.
    void saveModal(const std::function<void()> &open, const QString &name) const
    {
        bool shot = false;
        auto *poll = new QTimer;
        poll->setInterval(100);
        QObject::connect(poll, &QTimer::timeout, poll, [&, poll] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            poll->stop();
            QTest::qWait(600); // the dialog's contents (a preview's pages) are drawn
            // Over the window it belongs to, as a person sees it.
            save(modal->parentWidget() ? *modal->parentWidget() : *modal, name);
            shot = true;
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
        });
        poll->start();
        open();
        delete poll;
        CHECK(shot);
    }
};

// A copy of the demo database, opened as the window opens it, with settings
// of its own: for pictures of work added today (the other screens are
// rendered from the demo as it is).
struct DemoCopy
{
    QTemporaryDir work;
    std::unique_ptr<Settings> settings;
    std::shared_ptr<Workspace> workspace;

    DemoCopy(const ScreenshotRun &run, const QString &name)
    {
        const QString copy = work.filePath(name + QStringLiteral(".sqlite"));
        REQUIRE(QFile::copy(run.database, copy));
        if (QFile::exists(run.database + QStringLiteral("-wal")))
            REQUIRE(
                QFile::copy(run.database + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        settings = std::make_unique<Settings>(work.filePath(QStringLiteral("settings.ini")));
        auto opened = Workspace::open(copy);
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        workspace = *opened;
    }

    Database &db() { return workspace->database(); }
};

// The demo's people, services and documents, for the work added to a copy.
namespace Demo {

// The user with the username.
inline User user(Database &db, const QString &username)
{
    const auto found = UserRepository(db).findByUsername(username);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return found->value();
}

// The first active user with the role (the demo's first receptionist, say).
inline User firstWith(Database &db, Role role)
{
    const auto users = UserRepository(db).list(true);
    REQUIRE(users.ok());
    for (const User &u : *users) {
        if (u.hasRole(role))
            return u;
    }
    FAIL("the demo has no one with the role");
    return User();
}

// The id of the catalogue's service with the code.
inline qint64 service(Database &db, const char *code)
{
    const auto found = ServiceRepository(db).findByCode(QString::fromLatin1(code));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return (*found)->id;
}

// A document of the type, provided and verified (or neither), valid until expiry.
inline Document document(const char *type, const QDate &expiry, bool provided = true)
{
    Document d;
    d.typeCode = QString::fromLatin1(type);
    d.provided = provided;
    d.verified = provided;
    d.expiry = expiry;
    return d;
}

} // namespace Demo

} // namespace UiTest
