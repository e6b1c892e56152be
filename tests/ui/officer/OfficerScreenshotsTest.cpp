// Renders the program officer's desk and the follow-ups into PNG files, with
// the demo database (hidden: run by scripts/screenshots, which sets the same
// variables as ScreenshotsTest.cpp). The demo's past months leave the
// officer's queues nearly empty, so a copy of the database gets a few of
// today's cases through the real services first: referrals waiting, cases
// blocked by an eligibility rule, deliveries awaiting approval.
#include "ScreenshotSupport.h"

#include "services/CaseDesk.h"
#include "storage/ServiceRepository.h"
#include "ui/followup/FollowUpModel.h"
#include "ui/followup/FollowUpsPage.h"
#include "ui/officer/EligibilityReviewPanel.h"
#include "ui/officer/OfficerDeskPage.h"
#include "ui/officer/OfficerNavigation.h"
#include "ui/officer/ReferralQueueModel.h"
#include "ui/officer/ReferralQueuePanel.h"
#include "ui/shell/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QPlainTextEdit>

namespace {

using TestResult::ok;

using namespace UiTest::Demo;

Beneficiary newcomer(const QString &first, const QString &father, const QString &family,
                     qint64 serial, qint64 incomeRiyals, int familySize)
{
    Beneficiary b;
    b.name = {first, father, QString(), family};
    b.idType = IdType::NationalId;
    b.idNumber = UiTest::nationalId(90000 + serial);
    b.gender = Gender::Male;
    b.birthDate = QDate(1979, 6, 12);
    b.phone = QStringLiteral("05%1").arg(67000000 + serial, 8, 10, QLatin1Char('0'));
    b.city = QString::fromUtf8("الرياض");
    b.district = QString::fromUtf8("السويدي");
    b.familySize = familySize;
    b.monthlyIncome = incomeRiyals * 100;
    b.nationality = QStringLiteral("SA");
    b.consentGiven = true;
    b.consentPurpose = QStringLiteral("services");
    return b;
}

// Today's work for the officer, written through the services at earlier times.
void addTodaysWork(Database &db, FixedClock &clock, const QDateTime &now)
{
    const Session desk(user(db, QStringLiteral("reception1")));
    CaseDesk cases(db, desk);
    const QDate today = now.toTimeZone(Clock::deskTimeZone()).date();
    const QDate nextYear = today.addYears(1);

    // Beneficiaries of past cases, to refer new questions about.
    CaseFilter served;
    served.statuses = {CaseStatus::Closed};
    CasePageRequest page;
    page.limit = 40;
    page.newestFirst = true;
    QVector<qint64> known;
    for (const Case &c : ok(CaseRepository(db).list(served, page)).cases) {
        if (c.beneficiaryId != 0 && !known.contains(c.beneficiaryId))
            known << c.beneficiaryId;
    }
    REQUIRE(known.size() >= 4);

    const struct
    {
        int minutesAgo;
        Channel channel;
        const char *service;
        const char *inquiry;
        const char *question;
    } referrals[] = {
        {185, Channel::Interview, "food_basket", "سلة غذائية لأسرة من سبعة أفراد",
         "الأسرة انتقلت حديثاً من جدة ولم تحدّث عنوانها في السجل، هل تُصرف لها السلة هذا الشهر؟"},
        {95, Channel::PhoneCall, "rent_aid", "مساعدة في إيجار الشقة",
         "عقد الإيجار باسم الأخ الأكبر لا باسم المستفيد، هل يُقبل لإثبات السكن؟"},
        {42, Channel::Interview, "monthly_support", "التسجيل في الإعانة الشهرية",
         "المستفيدة أرملة تعول أربعة أيتام ودخلها يزيد قليلاً عن الحد، هل تُحال للجنة؟"},
        {12, Channel::Letter, "medical_aid", "المساعدة في تكاليف عملية جراحية",
         "التقرير الطبي صادر من مستشفى خاص، هل يكفي أم يلزم تقرير حكومي؟"},
    };
    int i = 0;
    for (const auto &r : referrals) {
        clock.set(now.addSecs(-60 * r.minutesAgo));
        const Case c = ok(cases.reception().openCase(r.channel, Purpose::ServiceRequest,
                                                     QString::fromUtf8(r.inquiry)));
        ok(cases.advance(c.id));
        ok(cases.information().attachBeneficiary(c.id, known.at(i++)));
        ok(cases.information().chooseService(c.id, service(db, r.service)));
        clock.set(now.addSecs(-60 * r.minutesAgo + 240));
        ok(cases.refer(c.id, QString::fromUtf8(r.question)));
    }

    // Blocked at verification: the income per member is over the ceiling.
    const struct
    {
        int minutesAgo;
        const char *first, *father, *family;
        qint64 income;
        int members;
        const char *service;
    } blocked[] = {
        {150, "سلمان", "ناصر", "الدوسري", 6400, 4, "monthly_support"},
        {70, "عبدالرحمن", "سعيد", "الزهراني", 8200, 5, "food_basket"},
    };
    int serial = 1;
    for (const auto &b : blocked) {
        clock.set(now.addSecs(-60 * b.minutesAgo));
        const Case c =
            ok(cases.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()));
        ok(cases.advance(c.id));
        ok(cases.information().registerBeneficiary(
            c.id, newcomer(QString::fromUtf8(b.first), QString::fromUtf8(b.father),
                           QString::fromUtf8(b.family), serial++, b.income, b.members)));
        ok(cases.information().chooseService(c.id, service(db, b.service)));
        ok(cases.information().saveDocuments(
            c.id, {document("id_card", nextYear), document("family_record", nextYear),
                   document("income_proof", nextYear), document("bank_iban", QDate())}));
        ok(cases.advance(c.id));
        ok(cases.verification().markVerified(c.id, true));
        ok(cases.verification().recordDeclarationSigned(c.id));
    }

    // Rent assistance delivered and waiting for approval.
    const struct
    {
        int minutesAgo;
        const char *first, *father, *family;
        qint64 amount;
        const char *notes;
    } approvals[] = {
        {240, "مها", "فهد", "العنزي", 250000, "دفعة إيجار الربع الأول"},
        {30, "تركي", "عبدالله", "الشمري", 180000, "متأخرات إيجار شهرين"},
    };
    for (const auto &a : approvals) {
        clock.set(now.addSecs(-60 * a.minutesAgo));
        const Case c =
            ok(cases.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()));
        ok(cases.advance(c.id));
        ok(cases.information().registerBeneficiary(
            c.id, newcomer(QString::fromUtf8(a.first), QString::fromUtf8(a.father),
                           QString::fromUtf8(a.family), serial++, 3000, 5)));
        ok(cases.information().chooseService(c.id, service(db, "rent_aid")));
        ok(cases.information().saveDocuments(c.id, {document("id_card", nextYear),
                                                    document("lease", nextYear),
                                                    document("income_proof", nextYear)}));
        ok(cases.advance(c.id));
        ok(cases.verification().markVerified(c.id, true));
        ok(cases.verification().recordDeclarationSigned(c.id));
        ok(cases.advance(c.id));
        ok(cases.verification().issueFileNumber(c.id));
        ok(cases.advance(c.id));
        clock.set(now.addSecs(-60 * a.minutesAgo + 900));
        ok(cases.delivery().recordDelivery(c.id, 1, a.amount, QString::fromUtf8(a.notes)));
    }
    clock.set(now);
}

} // namespace

TEST_CASE("Screenshots of the officer's desk and the follow-ups", "[.screenshots]")
{
    const auto run = UiTest::ScreenshotRun::fromEnvironment();
    if (!run)
        return;
    UiTest::DemoCopy demo(*run, QStringLiteral("officer"));
    Settings &settings = *demo.settings;
    Workspace &workspace = *demo.workspace;
    Database &db = demo.db();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    FixedClock clock(now);
    Clock::install(&clock);
    addTodaysWork(db, clock, now);
    workspace.signInAs(user(db, QStringLiteral("officer")));

    {
        MainWindow window(workspace, settings);
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        OfficerNavigation *pages = window.officerNavigation();
        REQUIRE(pages->officerDesk());

        pages->showOfficerDesk();
        OfficerDeskPage *officer = pages->officerDesk();
        officer->showTab(OfficerDeskPage::Tab::Referrals);
        REQUIRE(officer->referrals()->model()->rowCount() > 0);
        // An answer being written for the oldest referral.
        auto *answer =
            officer->referrals()->findChild<QPlainTextEdit *>(QStringLiteral("answerEdit"));
        REQUIRE(answer);
        answer->setPlainText(QString::fromUtf8(
            "نعم، تُصرف السلة بعد تحديث العنوان في السجل وإرفاق صورة عقد السكن الجديد."));
        run->save(window, QStringLiteral("officer-desk"));

        officer->showTab(OfficerDeskPage::Tab::Eligibility);
        run->save(window, QStringLiteral("officer-eligibility"));
        officer->showTab(OfficerDeskPage::Tab::Approvals);
        run->save(window, QStringLiteral("officer-approvals"));

        pages->showFollowUps();
        REQUIRE(pages->followUps()->model()->rowCount() > 0);
        run->save(window, QStringLiteral("follow-ups"));
    }
    Clock::install(nullptr);
    Application::applyLanguage(UiTest::app(), QStringLiteral("ar"));
}
