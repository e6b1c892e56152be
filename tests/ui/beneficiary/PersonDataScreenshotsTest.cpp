// Pictures for docs/screenshots (scripts/screenshots): the who-looked tab of
// a demo person's file as the manager sees it (who-looked.png), and the
// first page of the copy of that person's data (person-copy.pdf, turned
// into person-copy.png with pdftoppm by whoever looks at it).
#include "ScreenshotSupport.h"

#include "ui/beneficiary/BeneficiaryFilePage.h"
#include "ui/beneficiary/WhoLookedPanel.h"
#include "ui/shell/MainWindow.h"

#include <QTabWidget>

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
    const QString pdf = QDir(run->dir).filePath(QStringLiteral("person-copy.pdf"));
    REQUIRE(file->saveCopy(pdf).ok());
    auto *tabs = file->findChild<QTabWidget *>(QStringLiteral("personDataTabs"));
    REQUIRE(tabs);
    tabs->setCurrentWidget(file->findChild<WhoLookedPanel *>(QStringLiteral("whoLookedPanel")));
    run->save(window, QStringLiteral("who-looked"));
}
