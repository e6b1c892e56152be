// Renders the sign-in, the first administrator, the lock screen and the
// manager's and administrator's pages into PNG files (DESIGN.md 6: every
// screen is looked at). Hidden: run by scripts/screenshots with
//   ISTIQBAL_SCREENSHOT_DATABASE  a demo database (accounts reception1,
//                                 manager, admin; password istiqbal-demo)
//   ISTIQBAL_SCREENSHOT_DIR       where the PNG files go
//   ISTIQBAL_SCREENSHOT_LANGUAGE  ar (default) or en
#include "ScreenshotSupport.h"

#include "services/CatalogueDesk.h"
#include "ui/admin/AuditPage.h"
#include "ui/catalogue/CataloguePage.h"
#include "ui/catalogue/RuleEditor.h"
#include "ui/catalogue/ServicesPanel.h"
#include "ui/reports/ReportsPage.h"
#include "ui/shell/FirstAdministratorDialog.h"
#include "ui/shell/IdleLock.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"

#include <QAction>
#include <QDir>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>

namespace {

// The demo signed in as its people, each in a window of their own.
struct Shots
{
    const UiTest::ScreenshotRun &run;
    QTemporaryDir settingsDir;
    std::unique_ptr<Settings> settings =
        std::make_unique<Settings>(settingsDir.filePath(QStringLiteral("s.ini")));

    explicit Shots(const UiTest::ScreenshotRun &r) : run(r) {}

    std::shared_ptr<Workspace> signedIn(const QString &username)
    {
        auto workspace = Workspace::open(run.database);
        INFO(workspace.error().toStdString());
        REQUIRE(workspace.ok());
        const Status s = (*workspace)->signIn(username, QStringLiteral("istiqbal-demo"));
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
        return *workspace;
    }

    std::unique_ptr<MainWindow> window(Workspace &workspace)
    {
        auto w = std::make_unique<MainWindow>(workspace, *settings);
        w->resize(1366, 768);
        w->show();
        REQUIRE(QTest::qWaitForWindowExposed(w.get()));
        return w;
    }
};

// A few common inquiries, when the demo has none, so the tab shows some.
void addAnswers(Workspace &workspace)
{
    CatalogueDesk editor(workspace.database(), workspace.session());
    const auto existing = editor.approvedAnswers();
    REQUIRE(existing.ok());
    if (!existing->isEmpty())
        return;
    const char *answers[][3] = {
        {"متى يُصرف الدعم الشهري؟",
         "يُصرف الدعم الشهري في الأسبوع الأول من كل شهر هجري لمن اكتمل ملفه واعتُمد.", "سياسة الدعم"},
        {"ما المستندات المطلوبة للسلة الغذائية؟",
         "الهوية الوطنية أو الإقامة سارية المفعول، وسجل الأسرة.", "دليل السياسات والإجراءات"},
        {"هل يمكن التسجيل دون الحضور إلى الجمعية؟",
         "نعم، بالتسجيل الإلكتروني في موقع الجمعية، ويُستكمل التحقق من البيانات في أول زيارة.",
         "اللائحة الأساسية للجمعية"},
    };
    for (const auto &a : answers) {
        ApprovedAnswer answer;
        answer.question = QString::fromUtf8(a[0]);
        answer.answer = QString::fromUtf8(a[1]);
        answer.sourceDocument = QString::fromUtf8(a[2]);
        REQUIRE(editor.saveApprovedAnswer(answer).ok());
    }
}

} // namespace

TEST_CASE("Screenshots of signing in, the lock, the catalogue, users, association and audit",
          "[.screenshots]")
{
    const auto run = UiTest::ScreenshotRun::fromEnvironment();
    if (!run)
        return;
    Shots s(*run);

    {
        QTemporaryDir empty;
        auto fresh = Workspace::open(empty.filePath(QStringLiteral("new.sqlite")));
        REQUIRE(fresh.ok());
        FirstAdministratorDialog first(**fresh);
        first.show();
        REQUIRE(QTest::qWaitForWindowExposed(&first));
        first.findChild<QLineEdit *>(QStringLiteral("adminNameEdit"))
            ->setText(QString::fromUtf8("سعاد الحربي"));
        run->save(first, QStringLiteral("first-administrator"));
    }
    {
        auto workspace = Workspace::open(run->database);
        REQUIRE(workspace.ok());
        SignInDialog dialog(**workspace);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        dialog.setUsername(QStringLiteral("reception1"));
        run->save(dialog, QStringLiteral("sign-in"));
    }
    {
        auto workspace = s.signedIn(QStringLiteral("reception1"));
        auto w = s.window(*workspace);
        w->idleLock()->lock();
        REQUIRE(w->idleLock()->isLocked());
        run->save(*w, QStringLiteral("lock-screen"));
    }
    {
        auto workspace = s.signedIn(QStringLiteral("manager"));
        addAnswers(*workspace);
        auto w = s.window(*workspace);
        w->findChild<QAction *>(QStringLiteral("catalogueAction"))->trigger();
        auto *catalogue = qobject_cast<CataloguePage *>(w->currentPage());
        REQUIRE(catalogue);
        REQUIRE(catalogue->services()->selectService(QStringLiteral("monthly_support")));
        catalogue->services()->ruleEditor()->selectRule(0);
        run->save(*w, QStringLiteral("catalogue"));
        catalogue->services()->ruleEditor()->selectRule(1);
        run->save(*w, QStringLiteral("catalogue-rule-nationality"));
        auto *tabs = catalogue->findChild<QTabWidget *>(QStringLiteral("catalogueTabs"));
        tabs->setCurrentIndex(2);
        run->save(*w, QStringLiteral("catalogue-survey"));
        tabs->setCurrentIndex(3);
        run->save(*w, QStringLiteral("catalogue-answers"));

        w->findChild<QAction *>(QStringLiteral("auditAction"))->trigger();
        REQUIRE(qobject_cast<AuditPage *>(w->currentPage()));
        run->save(*w, QStringLiteral("audit"));

        // The monthly report: the month before last, whole, beside its own
        // month before; then the save dialog its export asks with.
        w->findChild<QAction *>(QStringLiteral("reportsAction"))->trigger();
        auto *reports = qobject_cast<ReportsPage *>(w->currentPage());
        REQUIRE(reports);
        const QDate shown = QDate::currentDate().addMonths(-2);
        reports->setPeriod(ReportPeriod::gregorian(shown.year(), shown.month()).value());
        REQUIRE(QTest::qWaitFor(
            [&] { return !reports->isBusy() && reports->previewPageCount() > 0; }, 60000));
        run->save(*w, QStringLiteral("reports"));
        run->saveModal(
            [&] {
                QTest::mouseClick(
                    reports->findChild<QPushButton *>(QStringLiteral("exportPdfButton")),
                    Qt::LeftButton);
            },
            QStringLiteral("file-dialog"));
    }
    {
        auto workspace = s.signedIn(QStringLiteral("admin"));
        auto w = s.window(*workspace);
        run->save(*w, QStringLiteral("users"));
        w->findChild<QAction *>(QStringLiteral("associationAction"))->trigger();
        w->findChild<QPlainTextEdit *>(QStringLiteral("addressEdit"))
            ->setPlainText(QString::fromUtf8("طريق الملك فهد، حي العليا\nالرياض ١٢٢١١"));
        run->save(*w, QStringLiteral("association"));
    }
    Application::applyLanguage(UiTest::app(), QStringLiteral("ar"));
}
