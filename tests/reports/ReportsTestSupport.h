// A prepared database for the report tests: the default catalogue, three
// receptionists and an officer, and several hundred cases around March 2025
// (at every status and step, with referrals, deliveries, surveys, overrides,
// follow-ups marked done and approved answers, and cases on the month's
// edges), written through BulkWriter and the repositories, on SQLite or (with
// ISTIQBAL_TEST_ENGINE=postgresql) PostgreSQL. Everything written is also kept
// in World, so each test counts the expected figures itself, in C++, without
// the SQL.
#pragma once

#include "CatchQt.h"
#include "TestDatabase.h"

#include "core/ApprovedAnswer.h"
#include "core/Beneficiary.h"
#include "core/Case.h"
#include "core/Clock.h"
#include "core/Service.h"
#include "core/Survey.h"
#include "storage/ApprovedAnswerRepository.h"
#include "storage/BulkWriter.h"
#include "storage/CatalogueSetup.h"
#include "storage/Database.h"
#include "storage/EligibilityRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/ServiceRepository.h"
#include "storage/SurveyRepository.h"
#include "storage/UserRepository.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <random>

namespace ReportsTest {

// Riyadh is UTC+3 all year.
inline QDateTime desk(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone(3 * 3600)).toUTC();
}

struct World
{
    QVector<User> staff; // receptionists first, the officer last
    QVector<Service> services;
    QVector<SurveyQuestion> questions;
    QVector<ApprovedAnswer> answers;
    QVector<Beneficiary> beneficiaries;
    QVector<Case> cases;
    QVector<StepEvent> events;
    QVector<Referral> referrals;
    QVector<Delivery> deliveries;
    QVector<SurveyResponse> responses;
    QVector<EligibilityOverride> overrides;
    QVector<GivenAnswer> given;
    QVector<FollowUpDone> marked;

    const Case &caseById(qint64 id) const
    {
        for (const Case &c : cases)
            if (c.id == id)
                return c;
        static const Case none;
        return none;
    }
};

class Dice
{
public:
    explicit Dice(quint64 seed) : m_engine(seed) {}
    int below(int n) { return int(m_engine() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::mt19937_64 m_engine;
};

struct Fixture
{
    TestDb::Fresh fresh; // SQLite, or PostgreSQL with ISTIQBAL_TEST_ENGINE=postgresql
    QTemporaryDir dir;   // the files a test writes
    Database db;
    World w;
    // The clock stands after every generated time, so "now" outcomes are final.
    FixedClock clock{desk(2025, 4, 20, 10)};

    explicit Fixture(bool populate = true, quint64 seed = 7)
    {
        Clock::install(&clock);
        REQUIRE(dir.isValid());
        const Status opened = db.open(path());
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        REQUIRE(CatalogueSetup::ensureDefaults(db, 0).ok());
        w.services = *ServiceRepository(db).list(false);
        w.questions = *SurveyRepository(db).questions(true);
        REQUIRE(w.services.size() >= 3);
        REQUIRE(w.questions.size() >= 2);
        const char *names[] = {"نورة العتيبي", "خالد الشهري", "منى القحطاني", "عبدالله الغامدي"};
        for (int i = 0; i < 4; ++i) {
            User u;
            u.username = QStringLiteral("user%1").arg(i);
            u.displayName = QString::fromUtf8(names[i]);
            u.roles = {i < 3 ? Role::Receptionist : Role::ProgramOfficer};
            const auto created = UserRepository(db).create(u, QString(), 0);
            REQUIRE(created.ok());
            w.staff << *created;
        }
        if (populate)
            generate(seed);
    }
    ~Fixture()
    {
        db.close();
        Clock::install(nullptr);
    }

    // Where the database is: a file, or a server address.
    QString path() { return fresh.location(QStringLiteral("reports")); }
    qint64 officer() const { return w.staff.last().id; }

    void generate(quint64 seed);
};

inline void Fixture::generate(quint64 seed)
{
    Dice dice(seed);
    ApprovedAnswerRepository answers(db);
    const QStringList questions = {QStringLiteral("ما أوقات الدوام الرسمي؟"),
                                   QStringLiteral("ما المستندات المطلوبة للتسجيل؟"),
                                   QStringLiteral("متى يصرف الدعم الشهري؟")};
    for (int i = 0; i < questions.size(); ++i) {
        ApprovedAnswer a;
        a.question = questions.at(i);
        a.answer = QStringLiteral("الجواب المعتمد رقم %1").arg(i + 1);
        a.sourceDocument = i == 1 ? QString() : QStringLiteral("دليل الإجراءات");
        const auto created = answers.create(a, 0);
        REQUIRE(created.ok());
        w.answers << *created;
    }

    BulkWriter writer(db, 0);
    REQUIRE(writer.begin().ok());
    // Beneficiaries, including names a spreadsheet would run as formulas.
    const QStringList firsts = {QStringLiteral("سارة"),     QStringLiteral("=HYPERLINK(\"x\")"),
                                QStringLiteral("-2+3"),     QStringLiteral("@SUM(A1)"),
                                QStringLiteral("+1"),       QStringLiteral("\tTab"),
                                QStringLiteral("\rReturn"), QStringLiteral("نورة")};
    for (int i = 0; i < 12; ++i) {
        Beneficiary b;
        b.name = {firsts.at(i % firsts.size()), QStringLiteral("محمد"), QString(),
                  i % 3 == 0 ? QStringLiteral("القحطاني, \"أم علي\"") : QStringLiteral("الشهري")};
        b.idType = IdType::NationalId;
        b.idNumber = QStringLiteral("10000000%1").arg(i, 2, 10, QLatin1Char('0'));
        b.fileNumber = QStringLiteral("1446-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        b.consentGiven = true;
        const auto id = writer.addBeneficiary(b);
        REQUIRE(id.ok());
        b.id = *id;
        w.beneficiaries << b;
    }

    const QStringList notEligibleReasons = {QStringLiteral("الدخل أعلى من الحد"),
                                            QStringLiteral("خارج المدينة"), QString()};
    const QStringList withdrawnReasons = {QStringLiteral("لم يكمل المستندات"),
                                          QStringLiteral("سافر")};
    const QStringList comments = {QStringLiteral("خدمة ممتازة"), QStringLiteral("الانتظار طويل"),
                                  QStringLiteral("شكرًا لكم"), QString(), QString()};

    // Arrivals: fixed edge cases, then random ones from 20 Feb to 5 Apr.
    QVector<QDateTime> arrivals = {desk(2025, 3, 1, 0, 0, 0),     desk(2025, 2, 28, 23, 59, 59),
                                   desk(2025, 3, 31, 23, 59, 59), desk(2025, 4, 1, 0, 0, 0),
                                   desk(2025, 3, 15, 9, 0),       desk(2025, 3, 15, 9, 0)};
    for (int i = 0; i < 420; ++i)
        arrivals << desk(2025, 2, 20, 7)
                        .addSecs(qint64(dice.below(44)) * 86400 + qint64(dice.below(9 * 3600)));
    std::sort(arrivals.begin(), arrivals.end());

    for (const QDateTime &arrival : arrivals) {
        Case c;
        c.arrivalAt = arrival;
        c.channel = Domain::channels().at(dice.below(int(Domain::channels().size())));
        c.purpose = Domain::purposes().at(dice.below(int(Domain::purposes().size())));
        c.receivedBy = w.staff.at(dice.below(3)).id;
        if (dice.chance(70))
            c.beneficiaryId = w.beneficiaries.at(dice.below(int(w.beneficiaries.size()))).id;
        const bool inquiry = c.purpose == Purpose::Inquiry;
        if (!inquiry && dice.chance(85))
            c.serviceId = w.services.at(dice.below(int(w.services.size()))).id;
        if (dice.chance(88))
            c.serviceStartAt = arrival.addSecs(qint64(dice.between(0, 40)) * 60 + dice.below(60));
        // What became of it.
        const int fate = dice.below(100);
        QVector<StepEvent> events;
        auto event = [&](Step from, CaseStatus fromStatus, Step to, CaseStatus toStatus,
                         const QDateTime &at) {
            StepEvent e;
            e.fromStep = from;
            e.fromStatus = fromStatus;
            e.toStep = to;
            e.toStatus = toStatus;
            e.at = at;
            e.userId = c.receivedBy;
            events << e;
        };
        const QDateTime base = c.serviceStartAt.isValid() ? c.serviceStartAt : arrival;
        if (fate < 40) {
            c.status = inquiry ? CaseStatus::InquiryAnswered : CaseStatus::Closed;
            c.step = Step::Survey;
            const QDateTime survey = base.addSecs(60 * dice.between(5, 50));
            event(inquiry ? Step::Reception : Step::Delivery, CaseStatus::Open, Step::Survey,
                  CaseStatus::Open, survey);
            c.endAt = survey.addSecs(60 * dice.between(1, 30));
            event(Step::Survey, CaseStatus::Open, Step::Survey, c.status, c.endAt);
            if (!c.serviceStartAt.isValid())
                c.endAt = QDateTime(); // an ending without a start is not timed
        } else if (fate < 52) {
            c.status = CaseStatus::NotEligible;
            c.step = Step::Verification;
            c.closingReason = notEligibleReasons.at(dice.below(3));
            c.endAt = base.addSecs(60 * dice.between(5, 30));
            event(Step::Verification, CaseStatus::Open, Step::Verification, c.status, c.endAt);
        } else if (fate < 60) {
            c.status = CaseStatus::Withdrawn;
            c.step = Step::Information;
            c.closingReason = withdrawnReasons.at(dice.below(2));
            c.endAt = base.addSecs(60 * dice.between(5, 30));
            event(Step::Information, CaseStatus::Open, Step::Information, c.status, c.endAt);
        } else if (fate < 80) {
            // Served but the survey is owed; some surveyed later, a few closed later.
            c.step = Step::Survey;
            const QDateTime survey = base.addSecs(60 * dice.between(5, 50));
            event(Step::Delivery, CaseStatus::Open, Step::Survey, CaseStatus::Open, survey);
            if (dice.chance(20)) {
                c.status = CaseStatus::Closed;
                c.endAt = survey.addSecs(qint64(dice.between(1, 12)) * 86400);
                event(Step::Survey, CaseStatus::Open, Step::Survey, c.status, c.endAt);
            }
        } else if (fate < 88) {
            c.step = Step::Referral;
            c.status = CaseStatus::WaitingReferral;
        } else {
            c.step = Domain::steps().at(dice.below(6));
        }
        const auto id = writer.addCase(c);
        REQUIRE(id.ok());
        c.id = *id;
        for (StepEvent &e : events) {
            e.caseId = c.id;
            REQUIRE(writer.addStepEvent(e).ok());
            w.events << e;
        }

        if (c.status == CaseStatus::WaitingReferral || dice.chance(15)) {
            Referral r;
            r.caseId = c.id;
            r.question = QStringLiteral("هل يستحق؟");
            r.referredBy = c.receivedBy;
            r.referredAt = base.addSecs(60 * dice.between(1, 20));
            if (c.status != CaseStatus::WaitingReferral && dice.chance(85)) {
                r.answer = QStringLiteral("نعم");
                r.answeredBy = officer();
                r.answeredAt = r.referredAt.addSecs(60 * dice.between(5, 4000));
                if (dice.chance(80))
                    r.pickedUpAt = r.answeredAt.addSecs(60 * dice.between(1, 5000));
            }
            REQUIRE(writer.addReferral(r).ok());
            w.referrals << r;
        }
        if (c.serviceId != 0 && (c.status == CaseStatus::Closed || dice.chance(30))) {
            Delivery d;
            d.caseId = c.id;
            d.serviceId = dice.chance(95) ? c.serviceId : 0;
            d.deliveredAt = base.addSecs(qint64(dice.between(0, 3 * 86400)));
            d.deliveredBy = c.receivedBy;
            d.quantity = dice.between(1, 3) + (dice.chance(20) ? 0.5 : 0.0);
            d.amount = qint64(dice.between(0, 40)) * 2550;
            if (dice.chance(20)) {
                d.awaitingApproval = true;
            } else if (dice.chance(40)) {
                d.approvedBy = officer();
                d.approvedAt = d.deliveredAt.addSecs(qint64(dice.between(1, 6 * 86400)));
            }
            REQUIRE(writer.addDelivery(d).ok());
            w.deliveries << d;
        }
        const bool surveyable = c.status == CaseStatus::Closed ||
                                c.status == CaseStatus::InquiryAnswered ||
                                (c.step == Step::Survey && dice.chance(30));
        const int responses = !surveyable ? 0 : dice.chance(10) ? 2 : dice.chance(85) ? 1 : 0;
        for (int k = 0; k < responses; ++k) {
            SurveyResponse r;
            r.caseId = c.id;
            r.takenAt = (c.endAt.isValid() ? c.endAt : base)
                            .addSecs(qint64(k) * 86400 * 3 + dice.between(0, 4 * 86400));
            r.takenBy = c.receivedBy;
            r.byPhone = dice.chance(35);
            r.declined = (k == 0 && responses == 2) || dice.chance(12);
            if (!r.declined) {
                for (const SurveyQuestion &q : w.questions)
                    if (dice.chance(92))
                        r.answers.push_back({q.id, dice.between(1, 5)});
                r.comment = comments.at(dice.below(int(comments.size())));
            }
            REQUIRE(writer.addSurveyResponse(r).ok());
            w.responses << r;
        }
        w.cases << c;
    }
    REQUIRE(writer.finish(0).ok());

    // Overrides and the approved answers given, through their repositories.
    EligibilityRepository eligibility(db);
    const QStringList reasons = {QStringLiteral("حالة إنسانية عاجلة"),
                                 QStringLiteral("الدخل قريب من الحد")};
    for (int i = 0; i < 14; ++i) {
        const Case &c = w.cases.at(dice.below(int(w.cases.size())));
        EligibilityOverride o;
        o.caseId = c.id;
        o.serviceId = w.services.first().id;
        o.rulesVersion = 1;
        o.reason = reasons.at(dice.below(2));
        o.overriddenAt = desk(2025, 2, 24).addSecs(qint64(dice.below(40)) * 86400);
        const auto saved = eligibility.addOverride(o, officer());
        REQUIRE(saved.ok());
        w.overrides << *saved;
    }
    // Follow-ups marked done in the list, around the month.
    const FollowUp::Kind kinds[] = {FollowUp::Kind::DocumentExpiring,
                                    FollowUp::Kind::ApprovalPending, FollowUp::Kind::SurveyOwed,
                                    FollowUp::Kind::ReferralAnswer};
    for (int i = 0; i < 24; ++i) {
        FollowUpDone d;
        d.kind = kinds[i % 4];
        d.refId = 1000 + i;
        d.due = QDate(2025, 3, 10);
        d.doneAt = desk(2025, 2, 25).addSecs(qint64(dice.below(40)) * 86400);
        d.note = QStringLiteral("تم الاتصال بالمستفيد");
        REQUIRE(FollowUpRepository(db).markDone(d, officer()).ok());
        w.marked << d;
    }
    for (const Case &c : std::as_const(w.cases)) {
        if (c.purpose != Purpose::Inquiry || !dice.chance(60))
            continue;
        for (const ApprovedAnswer &a : std::as_const(w.answers)) {
            if (!dice.chance(a.id == w.answers.first().id ? 70 : 35))
                continue;
            GivenAnswer g;
            g.caseId = c.id;
            g.answerId = a.id;
            g.givenAt = c.arrivalAt.addSecs(120);
            REQUIRE(answers.recordGiven(g, c.receivedBy).ok());
            w.given << g;
        }
    }
}

} // namespace ReportsTest
