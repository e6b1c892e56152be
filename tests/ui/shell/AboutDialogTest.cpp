// The About box: reached from the window with F1 and the navigation bar, it
// shows the version, the licence, Qt's version and where the database is,
// in Arabic right to left.
#include "ScreenshotSupport.h"

#include "ui/shell/AboutDialog.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>

namespace {

struct AboutFixture : UiTest::FixedTime, UiTest::Fixture
{
    std::unique_ptr<MainWindow> window;

    explicit AboutFixture(const QString &language) : UiTest::Fixture(language)
    {
        window = std::make_unique<MainWindow>(*workspace, *settings);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    // Presses F1 in the window and returns the About box it opened.
    AboutDialog *pressF1()
    {
        QTest::keyClick(window.get(), Qt::Key_F1);
        AboutDialog *about = nullptr;
        REQUIRE(UiTest::waitFor([&] {
            about = window->findChild<AboutDialog *>();
            return about && about->isVisible();
        }));
        return about;
    }
};

QString text(QWidget *dialog, const char *name)
{
    return UiTest::child<QLabel>(dialog, name)->text();
}

} // namespace

TEST_CASE("F1 opens the About box with the version, licence, Qt and the database", "[gui]")
{
    AboutFixture f(QStringLiteral("en"));
    QAction *action = UiTest::child<QAction>(f.window.get(), "aboutAction");
    CHECK(action->shortcut() == QKeySequence(Qt::Key_F1));
    CHECK(action->text() == QStringLiteral("About"));

    AboutDialog *about = f.pressF1();
    CHECK(about->isModal());
    CHECK(about->windowTitle() == QStringLiteral("About Istiqbal"));
    CHECK(text(about, "versionValue").contains(QStringLiteral(ISTIQBAL_VERSION)));
    CHECK(AboutDialog::version() == QStringLiteral(ISTIQBAL_VERSION));
    CHECK(text(about, "licenceValue").contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(text(about, "qtValue").contains(QString::fromLatin1(qVersion())));
    const QString where = text(about, "databaseValue");
    INFO(where.toStdString());
    CHECK(where.contains(QDir::toNativeSeparators(f.db().path())));

    // Closed with its button, it is gone and the window has the keyboard again.
    UiTest::child<QDialogButtonBox>(about, "buttonBox")->button(QDialogButtonBox::Close)->click();
    REQUIRE(UiTest::waitFor([&] { return f.window->findChild<AboutDialog *>() == nullptr; }));
}

TEST_CASE("The About box reads right to left in Arabic and follows a language switch", "[gui]")
{
    AboutFixture f(QStringLiteral("ar"));
    AboutDialog *about = f.pressF1();
    CHECK(about->isRightToLeft());
    CHECK(about->windowTitle() == QString::fromUtf8("حول استقبال"));
    CHECK(UiTest::child<QLabel>(about, "licenceCaption")->text() == QString::fromUtf8("الترخيص:"));
    // The version and the path read left to right but stand on the right,
    // beside their captions, as the lines of a right-to-left paragraph.
    for (const char *value : {"versionValue", "qtValue", "databaseValue"}) {
        INFO(value);
        CHECK(text(about, value).isRightToLeft());
    }

    Application::applyLanguage(UiTest::app(), QStringLiteral("en"));
    CHECK(about->windowTitle() == QStringLiteral("About Istiqbal"));
    CHECK(text(about, "versionValue").contains(QStringLiteral(ISTIQBAL_VERSION)));
    CHECK_FALSE(text(about, "versionValue").isRightToLeft());
}

TEST_CASE("Screenshot of the About box", "[.screenshots]")
{
    const auto run = UiTest::ScreenshotRun::fromEnvironment();
    if (!run)
        return;
    AboutFixture f(run->language);
    AboutDialog *about = f.pressF1();
    QApplication::processEvents();
    const QString path = QDir(run->dir).filePath(QStringLiteral("about.png"));
    REQUIRE(about->grab().save(path));
    WARN("wrote " << path.toStdString());
    // Under Xvfb, the whole screen too: the box over the window, once the X
    // server shows it (offscreen there is no screen to grab).
    REQUIRE(QTest::qWaitForWindowExposed(about));
    const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
    if (!screen.isNull())
        REQUIRE(screen.save(QDir(run->dir).filePath(QStringLiteral("about-screen.png"))));
}
