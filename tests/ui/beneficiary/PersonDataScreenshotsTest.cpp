// Pictures for docs/screenshots (scripts/screenshots): the who-looked tab of
// a demo person's file as the manager sees it (who-looked.png), and the
// first page of the copy of that person's data (person-copy.png, made with
// poppler's pdftoppm from the PDF written in a temporary folder; skipped,
// saying so, without pdftoppm).
#include "ScreenshotSupport.h"

#include "ui/beneficiary/BeneficiaryFilePage.h"
#include "ui/beneficiary/WhoLookedPanel.h"
#include "ui/shell/MainWindow.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

TEST_CASE("Screenshots of who looked at a person's data and the copy of it", "[.screenshots]")
{
    const auto run = UiTest::ScreenshotRun::fromEnvironment();
    if (!run)
        return;
    UiTest::DemoCopy demo(*run, QStringLiteral("who-looked"));
    demo.workspace->signInAs(UiTest::Demo::firstWith(demo.db(), Role::Manager));
    MainWindow window(*demo.workspace, *demo.settings);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const qint64 person = qEnvironmentVariableIntValue("ISTIQBAL_SCREENSHOT_PERSON") > 0
                              ? qEnvironmentVariableIntValue("ISTIQBAL_SCREENSHOT_PERSON")
                              : 1;
    window.openBeneficiary(person);
    BeneficiaryFilePage *file = window.beneficiaryFile();
    REQUIRE(file->beneficiaryId() == person);
    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    const QString pdf = scratch.filePath(QStringLiteral("person-copy.pdf"));
    REQUIRE(file->saveCopy(pdf).ok());
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty()) {
        WARN("pdftoppm (Debian package poppler-utils) is missing: no person-copy.png");
    } else {
        QProcess first;
        first.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                               QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                               QStringLiteral("1"), QStringLiteral("-singlefile"), pdf,
                               QDir(run->dir).filePath(QStringLiteral("person-copy"))});
        REQUIRE(first.waitForFinished(60000));
        INFO(first.readAllStandardError().toStdString());
        REQUIRE(first.exitCode() == 0);
        REQUIRE(QFileInfo::exists(QDir(run->dir).filePath(QStringLiteral("person-copy.png"))));
    }
    auto *tabs = file->findChild<QTabWidget *>(QStringLiteral("personDataTabs"));
    REQUIRE(tabs);
    tabs->setCurrentWidget(file->findChild<WhoLookedPanel *>(QStringLiteral("whoLookedPanel")));
    run->save(window, QStringLiteral("who-looked"));
}
