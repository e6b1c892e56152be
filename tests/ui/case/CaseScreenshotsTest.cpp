// Renders the case screen at each of its seven steps into
// docs/screenshots/step-1-reception.png .. step-7-survey.png, with the demo
// database (hidden: run by scripts/screenshots, which sets the variables of
// ScreenshotsTest.cpp). The demo's cases lie in past months, so a copy of the
// database gets one case of today per step through the real services, for
// demo beneficiaries where one fits, and the screen is then opened on each in
// the window as the receptionist would find it.
#include "ScreenshotSupport.h"

#include "services/CaseDesk.h"
#include "services/OfficerDesk.h"
#include "storage/ServiceRepository.h"
#include "storage/UserRepository.h"
#include "ui/beneficiary/BeneficiarySearchPanel.h"
#include "ui/case/CaseNavigation.h"
#include "ui/case/CasePage.h"
#include "ui/case/InformationPage.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

using TestResult::ok;

using namespace UiTest::Demo;

Beneficiary person(const char *first, const char *father, const char *grandfather,
                   const char *family, qint64 serial, qint64 incomeRiyals, int familySize)
{
    Beneficiary b;
    b.name = {u8(first), u8(father), u8(grandfather), u8(family)};
    b.idType = IdType::NationalId;
    b.idNumber = UiTest::nationalId(70000 + serial);
    b.gender = Gender::Female;
    b.birthDate = QDate(1983, 2, 9);
    b.phone = QStringLiteral("05%1").arg(58000000 + serial, 8, 10, QLatin1Char('0'));
    b.city = u8("الرياض");
    b.district = u8("الملز");
    b.familySize = familySize;
    b.monthlyIncome = incomeRiyals * 100;
    b.nationality = QStringLiteral("SA");
    b.consentGiven = true;
    b.consentPurpose = u8("تقديم خدمات الجمعية ومتابعتها");
    return b;
}

// One case of today per step, written at earlier times of the morning.
struct TodaysCases
{
    qint64 reception = 0, information = 0, referral = 0, verification = 0, registration = 0,
           delivery = 0, survey = 0;
    QString searchedName;
};

TodaysCases addTodaysCases(Database &db, FixedClock &clock, const QDateTime &now)
{
    const Session desk(user(db, QStringLiteral("reception1")));
    const Session officer(user(db, QStringLiteral("officer")));
    CaseDesk cases(db, desk);
    const QDate today = now.toTimeZone(Clock::deskTimeZone()).date();
    const QDate nextYear = today.addYears(1);
    const auto at = [&](int minutesAgo) {
        clock.set(now.addSecs(-60 * minutesAgo));
    };
    TodaysCases out;

    // A demo beneficiary to find again at step 2.
    CaseFilter served;
    served.statuses = {CaseStatus::Closed};
    CasePageRequest page;
    page.limit = 20;
    page.newestFirst = true;
    qint64 known = 0;
    for (const Case &c : ok(CaseRepository(db).list(served, page)).cases) {
        if (c.beneficiaryId != 0) {
            known = c.beneficiaryId;
            break;
        }
    }
    REQUIRE(known != 0);

    // 7: served this morning, the survey on the screen.
    at(140);
    Case c = ok(
        cases.reception().openCase(Channel::Interview, Purpose::ServiceRequest, u8("سلة غذائية")));
    ok(cases.advance(c.id));
    ok(cases.information().registerBeneficiary(
        c.id, person("هيا", "محمد", "علي", "السبيعي", 1, 3200, 6)));
    ok(cases.information().chooseService(c.id, service(db, "food_basket")));
    ok(cases.information().saveDocuments(
        c.id, {document("id_card", nextYear), document("family_record", nextYear)}));
    ok(cases.advance(c.id));
    ok(cases.verification().markVerified(c.id, true));
    ok(cases.verification().recordDeclarationSigned(c.id));
    ok(cases.advance(c.id));
    ok(cases.verification().issueFileNumber(c.id));
    ok(cases.advance(c.id));
    ok(cases.delivery().recordDelivery(c.id, 1, 0, u8("سلة غذائية كاملة")));
    ok(cases.advance(c.id));
    out.survey = c.id;

    // 6: registered; the delivery being recorded.
    at(95);
    c = ok(
        cases.reception().openCase(Channel::Interview, Purpose::ServiceRequest, u8("سلة غذائية")));
    ok(cases.advance(c.id));
    ok(cases.information().registerBeneficiary(
        c.id, person("نوف", "سالم", "حمد", "العتيبي", 2, 2400, 4)));
    ok(cases.information().chooseService(c.id, service(db, "food_basket")));
    ok(cases.information().saveDocuments(
        c.id, {document("id_card", nextYear), document("family_record", nextYear)}));
    ok(cases.advance(c.id));
    ok(cases.verification().markVerified(c.id, true));
    ok(cases.verification().recordDeclarationSigned(c.id));
    ok(cases.advance(c.id));
    ok(cases.verification().issueFileNumber(c.id));
    ok(cases.advance(c.id));
    out.delivery = c.id;

    // 5: verified and signed; the file number issued.
    at(70);
    c = ok(cases.reception().openCase(Channel::ERegistration, Purpose::ServiceRequest,
                                      u8("التسجيل في برنامج التدريب")));
    ok(cases.advance(c.id));
    ok(cases.information().registerBeneficiary(
        c.id, person("ريم", "عبدالعزيز", "فهد", "الحربي", 3, 5000, 3)));
    ok(cases.information().chooseService(c.id, service(db, "training")));
    ok(cases.information().saveDocuments(c.id, {document("id_card", nextYear)}));
    ok(cases.advance(c.id));
    ok(cases.verification().markVerified(c.id, true));
    ok(cases.verification().recordDeclarationSigned(c.id));
    ok(cases.advance(c.id));
    ok(cases.verification().issueFileNumber(c.id));
    out.registration = c.id;

    // 4: monthly support; one rule fails (income per member over the ceiling).
    at(50);
    c = ok(cases.reception().openCase(Channel::Interview, Purpose::ServiceRequest,
                                      u8("التسجيل في الإعانة الشهرية")));
    ok(cases.advance(c.id));
    ok(cases.information().registerBeneficiary(
        c.id, person("لطيفة", "ناصر", "سعد", "الدوسري", 4, 5200, 5)));
    ok(cases.information().chooseService(c.id, service(db, "monthly_support")));
    ok(cases.information().saveDocuments(
        c.id, {document("id_card", nextYear), document("family_record", nextYear),
               document("income_proof", nextYear), document("bank_iban", QDate())}));
    ok(cases.advance(c.id));
    out.verification = c.id;

    // 3: referred from step 2, and answered.
    at(35);
    c = ok(cases.reception().openCase(Channel::PhoneCall, Purpose::ServiceRequest,
                                      u8("مساعدة في إيجار الشقة")));
    ok(cases.advance(c.id));
    ok(cases.information().attachBeneficiary(c.id, known));
    ok(cases.information().chooseService(c.id, service(db, "rent_aid")));
    ok(cases.refer(c.id, u8("عقد الإيجار باسم الأخ الأكبر لا باسم المستفيدة، هل يُقبل "
                            "لإثبات السكن؟")));
    at(20);
    ok(OfficerDesk(db, officer)
           .answerReferral(c.id, u8("نعم، يُقبل مع إقرار من الأخ بأن المستفيدة تسكن معه، "
                                    "ويُرفق صك الإعالة.")));
    out.referral = c.id;

    // 2: the demo beneficiary found; a document expired.
    at(12);
    c = ok(cases.reception().openCase(Channel::Interview, Purpose::ServiceRequest,
                                      u8("التسجيل في الإعانة الشهرية")));
    ok(cases.advance(c.id));
    ok(cases.information().attachBeneficiary(c.id, known));
    ok(cases.information().chooseService(c.id, service(db, "monthly_support")));
    ok(cases.information().saveDocuments(c.id, {document("id_card", nextYear),
                                                document("family_record", today.addDays(-20)),
                                                document("income_proof", QDate(), false)}));
    out.information = c.id;
    out.searchedName = ok(BeneficiaryRepository(db).get(known)).name.full();

    // 1: a walk-in who just arrived with a question the catalogue answers.
    at(2);
    c = ok(cases.reception().openCase(Channel::Interview, Purpose::Inquiry, u8("متى يصرف الدعم")));
    out.reception = c.id;

    clock.set(now);
    return out;
}

} // namespace

TEST_CASE("Screenshots of the case screen at each step", "[.screenshots]")
{
    const auto run = UiTest::ScreenshotRun::fromEnvironment();
    if (!run)
        return;
    UiTest::DemoCopy demo(*run, QStringLiteral("cases"));
    Settings &settings = *demo.settings;
    Workspace &workspace = *demo.workspace;
    Database &db = demo.db();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    FixedClock clock(now);
    Clock::install(&clock);
    const TodaysCases cases = addTodaysCases(db, clock, now);
    workspace.signInAs(user(db, QStringLiteral("reception1")));

    {
        MainWindow window(workspace, settings);
        window.resize(1366, 1024);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        emit window.caseRequested(cases.reception);
        auto *screen = window.findChild<CasePage *>(QStringLiteral("casePage"));
        REQUIRE(screen);
        REQUIRE(window.currentPage() == screen);

        run->save(window, QStringLiteral("step-1-reception"));

        REQUIRE(screen->openCase(cases.information));
        auto *info = qobject_cast<InformationPage *>(screen->page(Step::Information));
        run->save(window, QStringLiteral("step-2-information"));
        // Looking for someone else: the search takes the record's place.
        info->findChild<QPushButton *>(QStringLiteral("findBeneficiaryButton"))->click();
        info->search()->setQuery(cases.searchedName);
        info->search()->searchNow();
        run->save(window, QStringLiteral("step-2-search"));

        REQUIRE(screen->openCase(cases.referral));
        run->save(window, QStringLiteral("step-3-referral"));

        REQUIRE(screen->openCase(cases.verification));
        for (const char *check : {"nameCheck", "idCheck", "phoneCheck", "birthCheck"})
            screen->findChild<QAbstractButton *>(QLatin1String(check))->setChecked(true);
        run->save(window, QStringLiteral("step-4-verification"));
        // The declaration's print preview, as the desk opens it to print.
        run->saveModal(
            [&] {
                QTest::mouseClick(
                    screen->findChild<QPushButton *>(QStringLiteral("printDeclarationButton")),
                    Qt::LeftButton);
            },
            QStringLiteral("print-preview"));

        REQUIRE(screen->openCase(cases.registration));
        run->save(window, QStringLiteral("step-5-registration"));

        REQUIRE(screen->openCase(cases.delivery));
        screen->findChild<QLineEdit *>(QStringLiteral("quantityEdit"))->setText(u8("١"));
        screen->findChild<QLineEdit *>(QStringLiteral("notesEdit"))
            ->setText(u8("سلة غذائية كاملة لشهر جمادى الآخرة"));
        run->save(window, QStringLiteral("step-6-delivery"));

        REQUIRE(screen->openCase(cases.survey));
        for (const QString &name : {QStringLiteral("score_1_5"), QStringLiteral("score_2_4"),
                                    QStringLiteral("score_3_5")}) {
            if (auto *b = screen->findChild<QAbstractButton *>(name))
                b->setChecked(true);
        }
        run->save(window, QStringLiteral("step-7-survey"));
        screen->closeCase();
    }
    Clock::install(nullptr);
    Application::applyLanguage(UiTest::app(), QStringLiteral("ar"));
}
