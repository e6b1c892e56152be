// What scripts/screenshots hands the hidden [.screenshots] tests: the demo
// database to render from, the folder the PNG files go to, and the language;
// and what those tests share: a copy of the demo to add today's work to, the
// demo's people and services, and saving a picture.
#pragma once

#include "UiTestSupport.h"

#include "core/Service.h"
#include "storage/ServiceRepository.h"

#include <QDir>
#include <QFile>

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

    // Saves what widget shows as NAME.png in the folder.
    void save(QWidget &widget, const QString &name) const
    {
        QApplication::processEvents();
        const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
        INFO(path.toStdString());
        REQUIRE(widget.grab().save(path));
        WARN("wrote " << path.toStdString());
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
