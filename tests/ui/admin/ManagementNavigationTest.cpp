// The manager's and the administrator's pages: the catalogue, the users, the
// association's identity and the audit viewer, driven as a person would.
#include "OfficeSupport.h"
#include "UiTestSupport.h"

#include "services/AuditReader.h"
#include "services/CaseDesk.h"
#include "services/CatalogueDesk.h"
#include "services/UserAdmin.h"
#include "storage/AssociationProfile.h"
#include "storage/ServiceRepository.h"
#include "storage/UserRepository.h"
#include "ui/admin/AssociationPage.h"
#include "ui/admin/AuditModel.h"
#include "ui/admin/AuditPage.h"
#include "core/AuditText.h"
#include "ui/admin/ManagementNavigation.h"
#include "ui/admin/UsersPage.h"
#include "ui/case/CasePage.h"
#include "ui/catalogue/CataloguePage.h"
#include "ui/catalogue/RuleEditor.h"
#include "ui/catalogue/ServicesPanel.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>

namespace {

using TestResult::ok;

using UiTest::child;

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    UiTest::type(edit, text);
}

void click(QWidget *parent, const char *name)
{
    auto *button = child<QPushButton>(parent, name);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Space on a check box, as the keyboard does.
void toggle(QCheckBox *check)
{
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
}

void clickRow(QListWidget *list, int row)
{
    REQUIRE(row < list->count());
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
}

int rowWithText(QListWidget *list, const QString &text)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text() == text)
            return i;
    }
    return -1;
}

struct WindowFixture : UiTest::FixedTime, UiTest::Fixture
{
    std::unique_ptr<MainWindow> window;

    MainWindow &open()
    {
        window = std::make_unique<MainWindow>(*workspace, *settings);
        window->resize(1366, 768);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        return *window;
    }

    void go(const char *actionName)
    {
        auto *action = window->findChild<QAction *>(QLatin1String(actionName));
        REQUIRE(action);
        REQUIRE(action->isVisible());
        action->trigger();
    }
};

QStringList g_modelWarnings;
void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_modelWarnings << message;
}

} // namespace

TEST_CASE("The manager changes a rule on the catalogue page and a new version is kept", "[gui]")
{
    WindowFixture f;
    f.signInAs(QStringLiteral("manager"), {Role::Manager});
    MainWindow &w = f.open();
    f.go("catalogueAction");
    auto *page = qobject_cast<CataloguePage *>(w.currentPage());
    REQUIRE(page);
    ServicesPanel *services = page->services();
    auto *list = child<QListWidget>(services, "servicesList");
    const int food = rowWithText(list, QString::fromUtf8("السلة الغذائية"));
    REQUIRE(food >= 0);
    clickRow(list, food);
    CHECK(child<QLineEdit>(services, "serviceNameEnEdit")->text() == QStringLiteral("Food basket"));

    // The income rule, 1,200 SAR a member: lowered to 1,000, typed in Arabic digits.
    auto *rules = child<QListWidget>(services, "rulesList");
    REQUIRE(rules->count() == 2);
    clickRow(rules, 0);
    auto *ceiling = child<QLineEdit>(services, "incomeCeilingEdit");
    REQUIRE(ceiling->isVisible());
    retype(ceiling, QString::fromUtf8("١٠٠٠"));
    CHECK(rules->item(0)->text().contains(QString::fromUtf8("١٬٠٠٠")));
    CHECK(services->hasChanges());

    // Another service cannot be chosen before saving or undoing.
    clickRow(list, food == 0 ? 1 : 0);
    CHECK(list->currentRow() == food);
    CHECK(services->message() == CatalogueListPanel::tr("Save or undo your changes first."));

    // A family of at least three is added too.
    auto *kinds = child<QComboBox>(services, "ruleKindCombo");
    kinds->setCurrentIndex(kinds->findData(int(EligibilityRule::Kind::MinFamilySize)));
    click(services, "addRuleButton");
    REQUIRE(rules->count() == 3);
    retype(child<QLineEdit>(services, "minimumFamilySizeEdit"), QStringLiteral("3"));

    click(services, "saveServiceButton");
    CHECK(services->message() == CatalogueListPanel::tr("Saved."));
    CHECK_FALSE(services->hasChanges());
    const Service stored = *ok(ServiceRepository(f.db()).findByCode(QStringLiteral("food_basket")));
    CHECK(stored.rulesVersion == 2);
    REQUIRE(stored.rules.size() == 3);
    CHECK(stored.rules.at(0).amount == 1000 * 100);
    CHECK(stored.rules.at(2).kind == EligibilityRule::Kind::MinFamilySize);
    CHECK(stored.rules.at(2).minimum == 3);
    // Version 1 is kept for the cases judged by it.
    CHECK(ok(ServiceRepository(f.db()).rulesAt(stored.id, 1)).at(0).amount == 1200 * 100);
    CHECK(child<QLabel>(services, "rulesVersionLabel")->text().contains(QString::fromUtf8("٢")));
    CHECK(list->currentRow() == food);
}

TEST_CASE("The manager adds a service with an eligibility rule and the desk then offers it",
          "[gui]")
{
    UiTest::Office office;
    using Office = UiTest::Office;
    const QString nameAr = QString::fromUtf8("ترميم المنازل");
    const QString nameEn = QStringLiteral("Home repairs");
    {
        MainWindow &w = office.signIn(QStringLiteral("manager"));
        UiTest::clickNavigation(w, "catalogueAction");
        auto *page = qobject_cast<CataloguePage *>(w.currentPage());
        REQUIRE(page);
        ServicesPanel *services = page->services();
        auto *list = child<QListWidget>(services, "servicesList");
        const int before = list->count();

        // A new service: its names typed, a family of at least four as its rule.
        click(services, "newServiceButton");
        auto *arabic = child<QLineEdit>(services, "serviceNameArEdit");
        QTest::mouseClick(arabic, Qt::LeftButton);
        UiTest::type(arabic, nameAr);
        auto *english = child<QLineEdit>(services, "serviceNameEnEdit");
        QTest::mouseClick(english, Qt::LeftButton);
        QTest::keyClicks(english, nameEn);
        auto *kinds = child<QComboBox>(services, "ruleKindCombo");
        kinds->setFocus();
        for (int i = 0; i < kinds->count() &&
                        kinds->currentData().toInt() != int(EligibilityRule::Kind::MinFamilySize);
             ++i)
            QTest::keyClick(kinds, Qt::Key_Down);
        REQUIRE(kinds->currentData().toInt() == int(EligibilityRule::Kind::MinFamilySize));
        click(services, "addRuleButton");
        REQUIRE(child<QListWidget>(services, "rulesList")->count() == 1);
        retype(child<QLineEdit>(services, "minimumFamilySizeEdit"), QString::fromUtf8("٤"));
        click(services, "saveServiceButton");
        CHECK(services->message() == CatalogueListPanel::tr("Saved."));
        CHECK_FALSE(services->hasChanges());
        CHECK(list->count() == before + 1);
        office.signOut();
    }

    // Kept in the catalogue, with its rule.
    const QVector<Service> catalogue =
        ok(CatalogueDesk(office.db(), office.sessionOf(QStringLiteral("manager"))).services());
    const auto added = std::find_if(catalogue.cbegin(), catalogue.cend(),
                                    [&](const Service &s) { return s.nameEn == nameEn; });
    REQUIRE(added != catalogue.cend());
    CHECK(added->nameAr == nameAr);
    CHECK(added->active);
    REQUIRE(added->rules.size() == 1);
    CHECK(added->rules.first().kind == EligibilityRule::Kind::MinFamilySize);
    CHECK(added->rules.first().minimum == 4);

    // The receptionist's next case offers it on step 2.
    MainWindow &w = office.signIn(QStringLiteral("reception"));
    Office::key(Qt::Key_N, Qt::ControlModifier);
    auto *casePage = child<CasePage>(&w, "casePage");
    REQUIRE(w.currentPage() == casePage);
    Office::key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(casePage->shownStep() == Step::Information);
    auto *offered = child<QComboBox>(casePage, "serviceCombo");
    const int at = offered->findData(added->id);
    REQUIRE(at >= 0);
    CHECK(offered->itemText(at) == nameAr);
}

TEST_CASE("A receptionist's catalogue page, made anyway, shows the refusal and saves nothing",
          "[gui]")
{
    WindowFixture f;
    CataloguePage page(f.db(), f.workspace->session());
    CHECK(page.services()->message() ==
          f.workspace->session().require(Action::EditCatalogue).error());
    CHECK(child<QListWidget>(page.services(), "servicesList")->count() == 0);
}

TEST_CASE("The administrator adds a user with roles on the users page", "[gui]")
{
    WindowFixture f;
    f.signInAs(QStringLiteral("admin"), {Role::Administrator});
    MainWindow &w = f.open();
    auto *page = qobject_cast<UsersPage *>(w.currentPage());
    REQUIRE(page);
    auto *table = child<QTableWidget>(page, "usersTable");
    const int before = table->rowCount();

    click(page, "newUserButton");
    retype(child<QLineEdit>(page, "userNameEdit"), QString::fromUtf8("هند العنزي"));
    retype(child<QLineEdit>(page, "userUsernameEdit"), QStringLiteral("hind"));
    REQUIRE(child<QCheckBox>(page, "roleReceptionistCheck")->isChecked()); // the usual start
    toggle(child<QCheckBox>(page, "roleReceptionistCheck"));
    toggle(child<QCheckBox>(page, "roleOfficerCheck"));
    retype(child<QLineEdit>(page, "newPasswordEdit"), QStringLiteral("officer password"));
    retype(child<QLineEdit>(page, "repeatPasswordEdit"), QStringLiteral("officer password"));
    click(page, "saveUserButton");
    INFO(page->message().toStdString());
    CHECK(table->rowCount() == before + 1);
    const auto hind = ok(UserRepository(f.db()).findByUsername(QStringLiteral("hind")));
    REQUIRE(hind.has_value());
    CHECK(hind->roles == QVector<Role>{Role::ProgramOfficer});
    CHECK(f.workspace->authenticator()
              .signIn(QStringLiteral("hind"), QStringLiteral("officer password"))
              .ok());

    // Deactivated from the same form.
    toggle(child<QCheckBox>(page, "userActiveCheck"));
    click(page, "saveUserButton");
    CHECK_FALSE(ok(UserRepository(f.db()).get(hind->id)).active);
    // The administrator cannot deactivate themselves.
    const int self = [&] {
        for (int i = 0; i < page->users().size(); ++i) {
            if (page->users().at(i).id == f.workspace->session().userId())
                return i;
        }
        return -1;
    }();
    REQUIRE(self >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                      table->visualItemRect(table->item(self, 0)).center());
    REQUIRE(page->currentRow() == self);
    toggle(child<QCheckBox>(page, "userActiveCheck"));
    click(page, "saveUserButton");
    CHECK(page->message() == UserAdmin::tr("You cannot deactivate your own account."));
    CHECK(ok(UserRepository(f.db()).get(f.workspace->session().userId())).active);
}

TEST_CASE("The administrator sets the association's identity and the header follows", "[gui]")
{
    WindowFixture f;
    f.signInAs(QStringLiteral("admin"), {Role::Administrator});
    MainWindow &w = f.open();
    f.go("associationAction");
    auto *page = qobject_cast<AssociationPage *>(w.currentPage());
    REQUIRE(page);

    QImage logo(300, 300, QImage::Format_RGB32);
    logo.fill(QColor(0x0f, 0x76, 0x6e));
    const QString file = f.dir.filePath(QStringLiteral("logo.png"));
    REQUIRE(logo.save(file));
    page->setLogoChooser([file](QWidget *) { return file; });

    retype(child<QLineEdit>(page, "associationNameEdit"),
           QString::fromUtf8("جمعية البر الخيرية بالرياض"));
    retype(child<QLineEdit>(page, "licenceNumberEdit"), QString::fromUtf8("١٢٣"));
    click(page, "chooseLogoButton");
    click(page, "saveAssociationButton");
    INFO(page->message().toStdString());
    const AssociationProfile p = ok(AssociationProfile::load(f.db()));
    CHECK(p.name == QString::fromUtf8("جمعية البر الخيرية بالرياض"));
    CHECK(p.licenceNumber == QStringLiteral("123"));
    CHECK(QImage::fromData(p.logoPng).width() == 256);
    CHECK(w.associationName() == QString::fromUtf8("جمعية البر الخيرية بالرياض"));
    CHECK(child<QLabel>(&w, "associationNameLabel")->text() == p.name);
}

TEST_CASE("The audit viewer reads pages and filters by user", "[gui]")
{
    WindowFixture f;
    const qint64 receptionist = f.userId();
    // The receptionist opens three cases; the manager adds a document type.
    CaseDesk desk(f.db(), f.workspace->session());
    QVector<qint64> cases;
    for (int i = 0; i < 3; ++i)
        cases << ok(desk.reception().openCase(Channel::Interview, Purpose::Inquiry, QString())).id;
    const User manager = f.signInAs(QStringLiteral("manager"), {Role::Manager});
    DocumentType deed;
    deed.nameAr = QString::fromUtf8("صك الملكية");
    deed.nameEn = QStringLiteral("Title deed");
    ok(CatalogueDesk(f.db(), f.workspace->session()).saveDocumentType(deed));

    MainWindow &w = f.open();
    f.go("auditAction");
    auto *page = qobject_cast<AuditPage *>(w.currentPage());
    REQUIRE(page);
    AuditModel *model = page->model();
    REQUIRE(model->rowCount() > 3);
    CHECK(model->index(0, AuditModel::What).data().toString() ==
          AuditText::action(QStringLiteral("document_type.create")));
    CHECK(model->index(0, AuditModel::Who).data().toString() == manager.displayName);

    auto *users = child<QComboBox>(page, "userFilterCombo");
    users->setCurrentIndex(users->findData(receptionist));
    click(page, "applyFilterButton");
    REQUIRE(model->rowCount() > 0);
    QSet<qint64> seen;
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->entryAt(row).userId == receptionist);
        if (model->entryAt(row).entity == QLatin1String("case"))
            seen.insert(model->entryAt(row).entityId);
    }
    CHECK(seen == QSet<qint64>(cases.begin(), cases.end()));

    // By case number, typed.
    click(page, "clearFilterButton");
    retype(child<QLineEdit>(page, "caseFilterEdit"), QString::number(cases.at(1)));
    QTest::keyClick(child<QLineEdit>(page, "caseFilterEdit"), Qt::Key_Return);
    REQUIRE(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->entryAt(row).entityId == cases.at(1));
    CHECK(child<QLabel>(page, "auditDetailsLabel")
              ->text()
              .contains(AuditText::record(QStringLiteral("case"), cases.at(1))));
}

TEST_CASE("The audit viewer shows the trail verified, or broken at the first entry that does "
          "not fit (issue 11)",
          "[gui]")
{
    WindowFixture f;
    CaseDesk desk(f.db(), f.workspace->session());
    for (int i = 0; i < 3; ++i)
        ok(desk.reception().openCase(Channel::Interview, Purpose::Inquiry, QString()));
    // The desk may not verify the trail either: the service refuses.
    const auto refused = AuditReader(f.db(), f.workspace->session()).verifyTrail();
    CHECK_FALSE(refused.ok());
    CHECK(refused.error() == f.workspace->session().require(Action::ViewAudit).error());

    f.signInAs(QStringLiteral("manager"), {Role::Manager});
    MainWindow &w = f.open();
    f.go("auditAction");
    auto *page = qobject_cast<AuditPage *>(w.currentPage());
    REQUIRE(page);
    auto *trail = child<QLabel>(page, "auditTrailLabel");
    CHECK(trail->isVisible());
    CHECK_FALSE(trail->property("broken").toBool());
    auto scalar = [&](const QString &sql) {
        QSqlQuery read(f.db().connection());
        REQUIRE(read.exec(sql));
        REQUIRE(read.next());
        return read.value(0).toLongLong();
    };
    const qint64 rows = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    CHECK(trail->text() == AuditPage::tr("The audit trail is verified: all %Ln entries are "
                                         "sealed and follow one another.",
                                         "", int(rows)));

    // Someone with the file drops the guard and rewrites an entry.
    const qint64 victim = scalar(QStringLiteral("SELECT MIN(id) FROM audit_log")) + 2;
    QSqlQuery q(f.db().connection());
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET details = '{\"forged\":1}' WHERE id = %1")
                       .arg(victim)));
    page->refresh();
    CHECK(trail->property("broken").toBool());
    const auto report = AuditReader(f.db(), f.workspace->session()).verifyTrail();
    REQUIRE(report.ok());
    CHECK(report->firstBadId == victim);
    CHECK(trail->text().contains(report->problem));
    CHECK(report->problem.contains(QString::number(victim)));
}

TEST_CASE("The audit model passes the model tester while it fetches page after page", "[gui]")
{
    WindowFixture f;
    CaseDesk desk(f.db(), f.workspace->session());
    for (int i = 0; i < 12; ++i)
        ok(desk.reception().openCase(Channel::PhoneCall, Purpose::Inquiry, QString()));
    f.signInAs(QStringLiteral("admin"), {Role::Administrator});
    AuditReader reader(f.db(), f.workspace->session());
    AuditModel model(reader);
    model.setPageSize(5);
    g_modelWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    {
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        model.reload();
        CHECK(model.rowCount() == 5);
        CHECK(model.canFetchMore(QModelIndex()));
        int pages = 1;
        while (model.canFetchMore(QModelIndex()) && pages < 20) {
            model.fetchMore(QModelIndex());
            ++pages;
        }
        CHECK(model.rowCount() >= 12);
        CHECK_FALSE(model.canFetchMore(QModelIndex()));
        AuditFilter none;
        none.userId = 999999;
        model.setFilter(none);
        CHECK(model.rowCount() == 0);
    }
    qInstallMessageHandler(previous);
    INFO(g_modelWarnings.join(QLatin1Char('\n')).toStdString());
    CHECK(g_modelWarnings.isEmpty());

    // The desk may not read the log, even through the model.
    f.signInAs(QStringLiteral("reception"), {Role::Receptionist});
    model.reload();
    CHECK(model.rowCount() == 0);
    CHECK(model.lastError() == f.workspace->session().require(Action::ViewAudit).error());
}
