#include <catch2/catch.hpp>

#include "ui/Application.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QLabel>

TEST_CASE("The main window opens right-to-left in Arabic by default", "[gui]")
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    REQUIRE(app);
    Application::applyLanguage(*app, QStringLiteral("ar"));
    MainWindow window;
    window.show();
    CHECK(window.layoutDirection() == Qt::RightToLeft);
    CHECK(window.windowTitle().contains(QString::fromUtf8("استقبال")));

    Application::applyLanguage(*app, QStringLiteral("en"));
    CHECK(app->layoutDirection() == Qt::LeftToRight);
    Application::applyLanguage(*app, QStringLiteral("ar"));
}
