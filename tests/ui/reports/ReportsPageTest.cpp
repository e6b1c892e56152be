#include "CatchQt.h"

#include "core/Clock.h"
#include "reports/ReportThread.h"
#include "services/Session.h"
#include "storage/BulkWriter.h"
#include "storage/CatalogueSetup.h"
#include "storage/Database.h"
#include "storage/RecommendationRepository.h"
#include "storage/UserRepository.h"
#include "ui/reports/MonthPicker.h"
#include "ui/reports/ReportsPage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>

namespace {

QDateTime riyadh(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(3 * 3600)).toUTC();
}

// Types Arabic one character at a time (QTest::keyClicks cannot).
void typeText(QWidget *w, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

struct ReportsFixture
{
    FixedClock clock{riyadh(2025, 5, 10, 10)}; // last month: April 2025
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<Session> manager;
    std::unique_ptr<Session> desk;

    ReportsFixture()
    {
        Clock::install(&clock);
        REQUIRE(db.open(dir.filePath(QStringLiteral("ui-reports.sqlite"))).ok());
        REQUIRE(CatalogueSetup::ensureDefaults(db, 0).ok());
        manager = std::make_unique<Session>(user(QStringLiteral("manager"), Role::Manager));
        desk = std::make_unique<Session>(user(QStringLiteral("desk"), Role::Receptionist));
        BulkWriter w(db, 0);
        REQUIRE(w.begin().ok());
        for (int i = 0; i < 60; ++i) {
            Case c;
            c.arrivalAt = riyadh(2025, 3, 2 + i % 25, 9).addSecs(i * 60);
            c.serviceStartAt = c.arrivalAt.addSecs(600 + i * 7);
            c.channel = Domain::channels().at(i % 7);
            c.status = i % 3 ? CaseStatus::Closed : CaseStatus::Open;
            c.step = Step::Survey;
            c.endAt = c.status == CaseStatus::Closed ? c.serviceStartAt.addSecs(900) : QDateTime();
            c.receivedBy = desk->userId();
            REQUIRE(w.addCase(c).ok());
        }
        REQUIRE(w.finish(0).ok());
    }
    ~ReportsFixture()
    {
        db.close();
        Clock::install(nullptr);
    }

    User user(const QString &name, Role role)
    {
        User u;
        u.username = name;
        u.displayName = name;
        u.roles = {role};
        const auto created = UserRepository(db).create(u, QString(), 0);
        REQUIRE(created.ok());
        return *created;
    }

    QString recommendations(const QString &key)
    {
        const auto r = RecommendationRepository(db).get(key);
        REQUIRE(r.ok());
        return r->has_value() ? r->value().text : QString();
    }
};

template <typename T> T *child(QWidget &w, const char *name)
{
    T *found = w.findChild<T *>(QLatin1String(name));
    INFO("no widget named " << name);
    REQUIRE(found);
    return found;
}

void pickMonth(QWidget &page, int year, int month)
{
    child<QComboBox>(page, "calendarCombo")->setCurrentIndex(0); // Gregorian
    child<QSpinBox>(page, "yearSpin")->setValue(year);
    child<QComboBox>(page, "monthCombo")->setCurrentIndex(month - 1);
}

} // namespace

TEST_CASE("The reports page saves the month's recommendations and exports the report",
          "[gui][reports]")
{
    ReportsFixture f;
    ReportsPage page(f.db, *f.manager);
    page.resize(1100, 700);
    page.show();
    CHECK(page.period().code() == QStringLiteral("2025-04")); // last month by default

    pickMonth(page, 2025, 3);
    REQUIRE(page.period().code() == QStringLiteral("2025-03"));

    auto *editor = child<QPlainTextEdit>(page, "recommendationsEdit");
    editor->setFocus();
    const QString text = QStringLiteral("زيادة عدد موظفي الاستقبال في أيام الأحد");
    typeText(editor, text);
    CHECK(editor->toPlainText() == text);
    QSignalSpy saved(&page, &ReportsPage::recommendationsSaved);
    QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
    CHECK(saved.count() == 1);
    CHECK(f.recommendations(QStringLiteral("G2025-03")) == text);

    // Another month has its own text; what is typed there is kept on switching.
    pickMonth(page, 2025, 4);
    CHECK(editor->toPlainText().isEmpty());
    editor->setFocus();
    typeText(editor, QStringLiteral("أبريل"));
    pickMonth(page, 2025, 3);
    CHECK(editor->toPlainText() == text);
    CHECK(f.recommendations(QStringLiteral("G2025-04")) == QStringLiteral("أبريل"));

    // The same month picked by its Hijri name: Ramadan 1446 is a month of its own.
    child<QComboBox>(page, "calendarCombo")->setCurrentIndex(1);
    CHECK(page.period().key() == QStringLiteral("H1446-09"));
    CHECK(editor->toPlainText().isEmpty());
    pickMonth(page, 2025, 3);

    // The preview shows the month's pages.
    QSignalSpy preview(&page, &ReportsPage::previewReady);
    page.refreshPreview();
    REQUIRE((preview.count() > 0 || preview.wait(30000)));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
    CHECK(page.previewPageCount() >= 2);
    CHECK(page.findChild<QLabel *>(QStringLiteral("previewPage1")));

    // Export: off the GUI thread, into the file the dialog gave.
    const QString pdf = f.dir.filePath(QStringLiteral("march.pdf"));
    page.setNextSaveFileName(pdf);
    QSignalSpy exported(&page, &ReportsPage::exportFinished);
    QTest::mouseClick(child<QPushButton>(page, "exportPdfButton"), Qt::LeftButton);
    REQUIRE((exported.count() > 0 || exported.wait(30000)));
    CHECK(exported.first().at(0).toBool());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(file.size() > 10000);
    CHECK(page.message().contains(QStringLiteral("march.pdf")));

    const QString csv = f.dir.filePath(QStringLiteral("march.csv"));
    page.setNextSaveFileName(csv);
    exported.clear();
    QTest::mouseClick(child<QPushButton>(page, "exportCsvButton"), Qt::LeftButton);
    REQUIRE((exported.count() > 0 || exported.wait(30000)));
    CHECK(exported.first().at(0).toBool());
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CHECK(csvFile.readAll().count('\n') == 61); // header and 60 cases
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
}

TEST_CASE("Closing the page while its report is drawn cancels the work safely", "[gui][reports]")
{
    ReportsFixture f;
    auto *page = new ReportsPage(f.db, *f.manager);
    page->setPeriod(*ReportPeriod::gregorian(2025, 3));
    page->refreshPreview();
    CHECK(page->isBusy());
    delete page;
    // Work on the report thread runs in order: once this runs, the job is over.
    std::atomic<bool> drained{false};
    ReportThread::post([&drained] { drained = true; });
    QTRY_VERIFY_WITH_TIMEOUT(drained.load(), 30000);
    QTest::qWait(50); // the job's last queued calls find no page
}

TEST_CASE("A receptionist may not write recommendations or export the report", "[gui][reports]")
{
    ReportsFixture f;
    ReportsPage page(f.db, *f.desk);
    page.show();
    CHECK(child<QPlainTextEdit>(page, "recommendationsEdit")->isReadOnly());
    CHECK_FALSE(child<QPushButton>(page, "saveButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "exportPdfButton")->isEnabled());
    // Even when asked directly, the core refuses.
    page.setNextSaveFileName(f.dir.filePath(QStringLiteral("x.pdf")));
    page.exportPdf();
    CHECK_FALSE(page.isBusy());
    CHECK_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("x.pdf"))));
    CHECK_FALSE(page.message().isEmpty());
    CHECK_FALSE(page.saveRecommendations());
    CHECK(f.recommendations(page.period().key()).isEmpty());
}
