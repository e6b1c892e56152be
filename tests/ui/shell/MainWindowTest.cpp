#include "UiTestSupport.h"

#include "core/DeskText.h"
#include "storage/AssociationProfile.h"
#include "storage/DocumentRepository.h"
#include "storage/ServiceRepository.h"
#include "storage/UserRepository.h"
#include "ui/beneficiary/BeneficiaryCasesModel.h"
#include "ui/beneficiary/BeneficiaryFilePage.h"
#include "ui/beneficiary/BeneficiarySearchPanel.h"
#include "ui/case/CaseHistoryModel.h"
#include "ui/desk/DeskPage.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>

using UiTest::deskTime;

namespace {

const QString kName = QString::fromUtf8("جمعية البر الخيرية بالرياض");

struct WindowFixture : UiTest::FixedTime, UiTest::Fixture
{
    std::unique_ptr<MainWindow> window;

    explicit WindowFixture(const QString &language = QStringLiteral("ar"))
        : UiTest::Fixture(language)
    {
        AssociationProfile profile;
        profile.name = kName;
        profile.englishName = QStringLiteral("Al-Birr Charitable Society, Riyadh");
        REQUIRE(AssociationProfile::save(db(), profile, userId()).ok());
    }

    MainWindow &open()
    {
        window = std::make_unique<MainWindow>(*workspace, *settings);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        return *window;
    }

    template <typename T> T *find(const QString &name)
    {
        T *found = window->findChild<T *>(name);
        INFO(name.toStdString());
        REQUIRE(found);
        return found;
    }
};

} // namespace

TEST_CASE("The main window opens right-to-left in Arabic with the association's name", "[gui]")
{
    WindowFixture f;
    MainWindow &w = f.open();
    CHECK(w.layoutDirection() == Qt::RightToLeft);
    CHECK(w.windowTitle().contains(kName));
    CHECK(f.find<QLabel>(QStringLiteral("associationNameLabel"))->text() == kName);
    CHECK_FALSE(f.find<QLabel>(QStringLiteral("logoLabel"))->pixmap().isNull());
    CHECK(f.find<QStackedWidget>(QStringLiteral("pages"))->currentWidget() == w.desk());
    CHECK(f.find<QAction>(QStringLiteral("deskAction"))->isChecked());
    // The desk's table reads right to left too.
    CHECK(f.find<QTableView>(QStringLiteral("deskView"))->isRightToLeft());
}

TEST_CASE("The language switch turns the window English at once and is remembered", "[gui]")
{
    WindowFixture f;
    MainWindow &w = f.open();
    QAction *language = f.find<QAction>(QStringLiteral("languageAction"));
    CHECK(language->text() == QStringLiteral("English"));

    language->trigger();
    CHECK(QApplication::layoutDirection() == Qt::LeftToRight);
    CHECK(w.layoutDirection() == Qt::LeftToRight);
    CHECK(w.windowTitle().contains(QStringLiteral("Al-Birr Charitable Society")));
    CHECK(f.find<QAction>(QStringLiteral("deskAction"))->text() == QStringLiteral("Today's desk"));
    CHECK(language->text() == QString::fromUtf8("العربية"));
    CHECK(f.settings->language() == QStringLiteral("en"));
    f.settings->sync();
    CHECK(Settings(f.dir.filePath(QStringLiteral("settings.ini"))).language() ==
          QStringLiteral("en"));

    language->trigger();
    CHECK(w.layoutDirection() == Qt::RightToLeft);
    CHECK(f.settings->language() == QStringLiteral("ar"));
}

TEST_CASE("Ctrl+F finds a beneficiary by a spelling variant and Enter opens their file", "[gui]")
{
    WindowFixture f;
    const qint64 id = f.addBeneficiary({QString::fromUtf8("أحمد"), QString::fromUtf8("عبدالله"),
                                        QString::fromUtf8("سعد"), QString::fromUtf8("الشهري")},
                                       UiTest::nationalId(42), QStringLiteral("+966501234567"));
    f.addBeneficiary(
        {QString::fromUtf8("محمود"), QString(), QString(), QString::fromUtf8("العتيبي")},
        UiTest::nationalId(43));
    const Case visit =
        f.addCase(deskTime(QDate(2026, 11, 1), 9), id, CaseStatus::Closed, Step::Survey);
    Case open = f.addCase(deskTime(QDate(2026, 11, 22), 8, 30), id);
    open.step = Step::Information;
    REQUIRE(CaseRepository(f.db()).update(open, f.userId()).ok());

    MainWindow &w = f.open();
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    auto *pages = f.find<QStackedWidget>(QStringLiteral("pages"));
    REQUIRE(pages->currentWidget() == w.search());
    auto *searchEdit = f.find<QLineEdit>(QStringLiteral("searchEdit"));
    CHECK(QApplication::focusWidget() == searchEdit);

    // "احمد" without hamza, and "شهري" without the article.
    UiTest::type(QApplication::focusWidget(), QString::fromUtf8("احمد شهري"));
    QSignalSpy searched(w.search(), &BeneficiarySearchPanel::searched);
    REQUIRE(QTest::qWaitFor([&] { return !searched.isEmpty(); }, 3000));
    CHECK(w.search()->resultCount() == 1);
    auto *results = f.find<QTableView>(QStringLiteral("resultsView"));
    CHECK(results->model()->index(0, 0).data().toString() ==
          QString::fromUtf8("أحمد عبدالله سعد الشهري"));
    CHECK(results->model()->index(0, 2).data().toString() ==
          DeskText::digits(QStringLiteral("0501234567")));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(pages->currentWidget() == w.beneficiaryFile());
    CHECK(w.beneficiaryFile()->beneficiaryId() == id);
    CHECK(f.find<QLabel>(QStringLiteral("nameLabel"))->text() ==
          QString::fromUtf8("أحمد عبدالله سعد الشهري"));
    CHECK(f.find<QLabel>(QStringLiteral("phoneValue"))->text() ==
          DeskText::digits(QStringLiteral("0501234567")));
    CHECK(f.find<QLabel>(QStringLiteral("idNumberValue"))
              ->text()
              .contains(DeskText::digits(UiTest::nationalId(42))));

    // The cases, newest first, and the history of the highlighted one.
    BeneficiaryCasesModel *cases = w.beneficiaryFile()->casesModel();
    REQUIRE(cases->rowCount() == 2);
    CHECK(cases->caseIdAt(0) == open.id);
    CHECK(cases->caseIdAt(1) == visit.id);
    CaseHistoryModel *history = w.beneficiaryFile()->historyModel();
    CHECK(history->caseId() == open.id);
    REQUIRE(history->rowCount() == 1);
    CHECK(history->index(0, CaseHistoryModel::To).data().toString() ==
          Domain::label(Step::Information));

    // Enter on a case opens the case screen (CaseNavigation); Esc closes it, back to
    // the file; Esc again goes back to the search.
    QSignalSpy requested(&w, &MainWindow::caseRequested);
    auto *casesView = f.find<QTableView>(QStringLiteral("casesView"));
    casesView->setFocus();
    QTest::keyClick(casesView, Qt::Key_Return);
    REQUIRE(requested.count() == 1);
    CHECK(requested.first().at(0).toLongLong() == open.id);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("casePage"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    REQUIRE(UiTest::waitForPressedButtons()); // the close button's key presses it visibly first
    CHECK(pages->currentWidget() == w.beneficiaryFile());
    casesView->setFocus();
    QTest::keyClick(casesView, Qt::Key_Escape);
    CHECK(pages->currentWidget() == w.search());
}

TEST_CASE("The beneficiary's file flags an expired document", "[gui]")
{
    WindowFixture f;
    const qint64 id = f.addBeneficiary(
        {QString::fromUtf8("نورة"), QString(), QString(), QString::fromUtf8("العتيبي")},
        UiTest::nationalId(44));
    const auto types = ServiceRepository(f.db()).documentTypes();
    REQUIRE(types.ok());
    REQUIRE(types->size() >= 2);
    Document expired;
    expired.beneficiaryId = id;
    expired.typeCode = types->at(0).code;
    expired.provided = true;
    expired.expiry = QDate(2026, 1, 1);
    Document valid = expired;
    valid.typeCode = types->at(1).code;
    valid.verified = true;
    valid.expiry = QDate(2027, 6, 1);
    REQUIRE(DocumentRepository(f.db()).save(expired, f.userId()).ok());
    REQUIRE(DocumentRepository(f.db()).save(valid, f.userId()).ok());

    MainWindow &w = f.open();
    w.openBeneficiary(id);
    auto *table = f.find<QTableWidget>(QStringLiteral("documentsTable"));
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 2)->text() ==
          BeneficiaryFilePage::tr("Expired: %1").arg(DeskText::date(QDate(2026, 1, 1))));
    CHECK(table->item(1, 2)->text() == DeskText::date(QDate(2027, 6, 1)));
    CHECK(f.find<QLabel>(QStringLiteral("caseDetailLabel"))->text() ==
          BeneficiaryFilePage::tr("No cases yet."));
}

TEST_CASE("Ctrl+N asks for a new case and Ctrl+1 returns to the desk", "[gui]")
{
    WindowFixture f;
    MainWindow &w = f.open();
    QSignalSpy newCase(&w, &MainWindow::newCaseRequested);
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
    CHECK(newCase.count() == 1);
    w.showSearch();
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    CHECK(w.currentPage() == w.desk());
}

TEST_CASE("The desk's choice and the window's size are remembered", "[gui]")
{
    WindowFixture f;
    QSize chosen;
    {
        MainWindow &w = f.open();
        w.desk()->setScope(1);
        chosen = w.minimumSizeHint() + QSize(30, 10);
        w.resize(chosen);
        w.close();
    }
    CHECK(f.settings->deskScope() == 1);
    CHECK_FALSE(f.settings->windowGeometry().isEmpty());
    MainWindow again(*f.workspace, *f.settings);
    CHECK(again.desk()->scope() == 1);
    INFO("size " << again.width() << "x" << again.height());
    CHECK(again.size() == chosen);
}

TEST_CASE("Settings have defaults and keep what is set", "[gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        Settings s(path);
        CHECK(s.language() == QStringLiteral("ar"));
        CHECK(s.databasePath().isEmpty());
        CHECK(s.deskScope() == 0);
        CHECK(s.windowGeometry().isEmpty());
        s.setLanguage(QStringLiteral("fr")); // not offered: ignored
        CHECK(s.language() == QStringLiteral("ar"));
        s.setLanguage(QStringLiteral("en"));
        s.setDatabasePath(QStringLiteral("/tmp/a.sqlite"));
    }
    Settings s(path);
    CHECK(s.language() == QStringLiteral("en"));
    CHECK(s.databasePath() == QStringLiteral("/tmp/a.sqlite"));
    s.reset(Settings::Key::Language);
    CHECK(s.language() == QStringLiteral("ar"));
}

TEST_CASE("The window's command line and its database", "[gui]")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    const QString program = QStringLiteral("istiqbal");

    SECTION("--database and --language")
    {
        const auto o = Application::parseWindowArguments(
            {program, QStringLiteral("--database"), QStringLiteral("/tmp/x.sqlite"),
             QStringLiteral("--language"), QStringLiteral("en")},
            settings);
        REQUIRE(o.ok());
        CHECK(o->databasePath == QStringLiteral("/tmp/x.sqlite"));
        CHECK(o->language == QStringLiteral("en"));
    }
    SECTION("defaults from the settings")
    {
        settings.setLanguage(QStringLiteral("en"));
        const auto o = Application::parseWindowArguments({program}, settings);
        REQUIRE(o.ok());
        CHECK(o->language == QStringLiteral("en"));
        CHECK(o->databasePath.endsWith(QStringLiteral("istiqbal.sqlite")));
    }
    SECTION("a language that is not offered")
    {
        const auto o = Application::parseWindowArguments(
            {program, QStringLiteral("--language"), QStringLiteral("fr")}, settings);
        CHECK_FALSE(o.ok());
        CHECK(o.error().contains(QStringLiteral("fr")));
    }
    SECTION("a file that is not a database is refused, untouched, with the reason")
    {
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("These are not the droids you are looking for.\n");
        file.close();
        const auto ws = Workspace::open(path);
        CHECK_FALSE(ws.ok());
        CHECK(ws.error().contains(QStringLiteral("notes.sqlite")));
        QFile again(path);
        REQUIRE(again.open(QIODevice::ReadOnly));
        CHECK(again.readAll().startsWith("These are not"));
    }
    SECTION("a new database gets the default services and asks for the first administrator")
    {
        const auto ws = Workspace::open(dir.filePath(QStringLiteral("new.sqlite")));
        REQUIRE(ws.ok());
        const auto services = ServiceRepository((*ws)->database()).list(true);
        REQUIRE(services.ok());
        CHECK_FALSE(services->isEmpty());
        // Nobody is signed in and no account is made up.
        CHECK_FALSE((*ws)->isSignedIn());
        CHECK((*ws)->session().userId() == 0);
        CHECK(*(*ws)->authenticator().needsFirstAdministrator());
        const auto users = UserRepository((*ws)->database()).count();
        REQUIRE(users.ok());
        CHECK(*users == 0);
    }
}
