// What scripts/screenshots hands the hidden [.screenshots] tests: the demo
// database to render from, the folder the PNG files go to, and the language.
#pragma once

#include "UiTestSupport.h"

#include <QDir>

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
};

} // namespace UiTest
