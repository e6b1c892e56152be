// Renders the data requests page with a few requests (one overdue, one
// closed), its two dialogs (a new request, closing one), the retention page,
// the audit page's breach report dialog and the catalogue's privacy notice
// tab into PNG files. Hidden: run by scripts/screenshots (see
// ManagementScreenshotsTest.cpp for its environment); the requests are added
// to a copy of the demo.
#include "ScreenshotSupport.h"

#include "services/DataRequestDesk.h"
#include "ui/admin/AuditPage.h"
#include "ui/admin/DataRequestCloseDialog.h"
#include "ui/admin/DataRequestDialog.h"
#include "ui/admin/DataRequestsPage.h"
#include "ui/catalogue/CataloguePage.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>

namespace {

// The demo's first beneficiaries, by record number.
QVector<qint64> firstPeople(Database &db, int count)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM beneficiaries ORDER BY id LIMIT %1").arg(count)));
    QVector<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    REQUIRE(out.size() == count);
    return out;
}

} // namespace

TEST_CASE("Screenshots of the data requests page and the privacy notice's tab", "[.screenshots]")
{
    const auto run = UiTest::ScreenshotRun::fromEnvironment();
    if (!run)
        return;
    UiTest::DemoCopy demo(*run, QStringLiteral("requests"));
    const Status signedIn =
        demo.workspace->signIn(QStringLiteral("manager"), QStringLiteral("istiqbal-demo"));
    INFO(signedIn.error().toStdString());
    REQUIRE(signedIn.ok());

    DataRequestDesk desk(demo.db(), demo.workspace->session());
    const QDate today = Clock::instance().today();
    const QVector<qint64> people = firstPeople(demo.db(), 4);
    const struct
    {
        DataRequest::Kind kind;
        Channel channel;
        int daysAgo;
        const char *details;
    } requests[] = {
        {DataRequest::Kind::Correction, Channel::Letter, 41, "تطلب تصحيح اسم الحي في ملفها"},
        {DataRequest::Kind::Copy, Channel::PhoneCall, 25, "يطلب نسخة من بياناته"},
        {DataRequest::Kind::WithdrawConsent, Channel::Interview, 3, ""},
        {DataRequest::Kind::Destruction, Channel::Interview, 12, "لم يعد يحتاج إلى خدمات الجمعية"},
    };
    for (int i = 0; i < 4; ++i) {
        DataRequest r;
        r.beneficiaryId = people[i];
        r.kind = requests[i].kind;
        r.channel = requests[i].channel;
        r.receivedOn = today.addDays(-requests[i].daysAgo);
        r.details = QString::fromUtf8(requests[i].details);
        const auto made = desk.record(r);
        INFO(made.error().toStdString());
        REQUIRE(made.ok());
        if (i == 3)
            REQUIRE(desk.close(made->id, made->version,
                               QString::fromUtf8("أُتلفت بياناته وأُبلغ بذلك هاتفيًا"))
                        .ok());
    }

    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
    MainWindow w(*demo.workspace, settings);
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.findChild<QAction *>(QStringLiteral("dataRequestsAction"))->trigger();
    auto *page = qobject_cast<DataRequestsPage *>(w.currentPage());
    REQUIRE(page);
    page->showAll(true);
    run->save(w, QStringLiteral("data-requests"));

    // Its dialogs, over the window: a new request, then closing the first
    // open one in the list.
    DataRequestDialog *recording = page->newRequest();
    REQUIRE(recording);
    run->save(w, QStringLiteral("data-request-new"));
    recording->reject();
    auto *view = page->findChild<QTableView *>(QStringLiteral("requestView"));
    REQUIRE(view);
    DataRequestCloseDialog *closing = nullptr;
    for (int row = 0; row < view->model()->rowCount() && !closing; ++row) {
        view->setCurrentIndex(view->model()->index(row, 0));
        closing = page->closeCurrent();
    }
    REQUIRE(closing);
    run->save(w, QStringLiteral("data-request-close"));
    closing->reject();

    // The retention period and who is past it.
    w.findChild<QAction *>(QStringLiteral("retentionAction"))->trigger();
    REQUIRE(w.currentPage()->objectName() == QStringLiteral("retentionPage"));
    run->save(w, QStringLiteral("retention"));

    // The breach report, opened from the audit page.
    w.findChild<QAction *>(QStringLiteral("auditAction"))->trigger();
    auto *audit = qobject_cast<AuditPage *>(w.currentPage());
    REQUIRE(audit);
    auto *breach = audit->findChild<QPushButton *>(QStringLiteral("breachReportButton"));
    REQUIRE(breach);
    REQUIRE(breach->isVisible());
    run->saveModal([breach] { breach->click(); }, QStringLiteral("breach-report"));

    w.findChild<QAction *>(QStringLiteral("catalogueAction"))->trigger();
    auto *catalogue = qobject_cast<CataloguePage *>(w.currentPage());
    REQUIRE(catalogue);
    catalogue->findChild<QTabWidget *>(QStringLiteral("catalogueTabs"))->setCurrentIndex(4);
    run->save(w, QStringLiteral("catalogue-privacy-notice"));
    Application::applyLanguage(UiTest::app(), QStringLiteral("ar"));
}
