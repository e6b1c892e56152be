#include "cli/DemoCases.h"

#include "cli/DemoNames.h"
#include "core/Clock.h"

#include <QTimeZone>

#include <algorithm>

namespace {

QDateTime demoDeskTime(const QDate &day, int minutesAfterMidnight)
{
    return QDateTime(day, QTime(0, 0), Clock::deskTimeZone())
        .addSecs(qint64(minutesAfterMidnight) * 60)
        .toUTC();
}

// A working day (Sunday to Thursday) within the last `days` days before today.
QDate workingDayBefore(DemoDice &dice, const QDate &today, int days)
{
    for (;;) {
        const QDate d = today.addDays(-dice.below(days));
        if (d.dayOfWeek() != Qt::Friday && d.dayOfWeek() != Qt::Saturday)
            return d;
    }
}

} // namespace

// What a case's story is made of while it is drawn.
struct DemoCases::Draft
{
    Case c;
    QVector<StepEvent> events;
    bool recent = false;    // arrived in the last three days: still open somewhere
    bool stillOwed = false; // a survey may still be owed by phone
    QDateTime start;        // served from
    QDateTime end;          // served until
    const Service *service = nullptr;
    qint64 givenAnswer = 0;
    std::optional<Referral> referral;
    bool delivered = false;
    bool surveyed = false;
    bool declined = false;

    void event(Step from, CaseStatus fromStatus, Step to, CaseStatus toStatus, const QDateTime &at,
               qint64 user, const QString &note = QString())
    {
        StepEvent e;
        e.fromStep = from;
        e.fromStatus = fromStatus;
        e.toStep = to;
        e.toStatus = toStatus;
        e.at = at;
        e.userId = user;
        e.note = note;
        events << e;
    }
};

DemoCases::DemoCases(DemoDice &dice, const DemoStaff &staff, const DemoCatalogue &catalogue,
                     const QVector<qint64> &beneficiaryIds, const QDateTime &now,
                     const QDate &today)
    : m_dice(dice), m_staff(staff), m_catalogue(catalogue), m_beneficiaryIds(beneficiaryIds),
      m_now(now), m_today(today)
{}

QVector<QDateTime> DemoCases::arrivals(int count)
{
    QVector<QDateTime> arrivals;
    arrivals.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QDate day = workingDayBefore(m_dice, m_today, 365);
        QDateTime at = demoDeskTime(day, 8 * 60 + m_dice.below(7 * 60 + 30));
        if (at > m_now)
            at = m_now.addSecs(-60 * m_dice.between(5, 120));
        arrivals << at;
    }
    std::sort(arrivals.begin(), arrivals.end());
    return arrivals;
}

qint64 DemoCases::anyBeneficiary()
{
    return m_beneficiaryIds.at(m_dice.below(int(m_beneficiaryIds.size())));
}

DemoCaseStory DemoCases::make(const QDateTime &arrival)
{
    DemoDice &dice = m_dice;
    Draft d;
    Case &c = d.c;
    c.arrivalAt = arrival;
    c.channel = Domain::channels().at(dice.weighted({40, 25, 8, 5, 4, 10, 8}));
    c.purpose = Domain::purposes().at(dice.weighted({28, 57, 5, 10}));
    c.receivedBy = m_staff.receptionists.at(dice.below(int(m_staff.receptionists.size())));
    if (c.channel == Channel::Interview)
        c.queueNumber = 1 + dice.below(60);
    d.recent = c.arrivalAt.daysTo(m_now) < 3;
    d.stillOwed = c.arrivalAt.daysTo(m_now) < 21;
    const double waitMinutes = 2 + dice.exponential(c.channel == Channel::Interview ? 14 : 6);
    const double serviceMinutes = 5 + dice.exponential(18);
    d.start = c.arrivalAt.addSecs(qint64(waitMinutes * 60));
    d.end = d.start.addSecs(qint64(serviceMinutes * 60));
    d.service = &m_catalogue.services.at(dice.below(int(m_catalogue.services.size())));

    if (c.purpose == Purpose::Inquiry || c.purpose == Purpose::SuggestionOrComplaint)
        inquiry(d);
    else
        serviceRequest(d);
    if (c.endAt.isValid() && c.endAt > m_now)
        c.endAt = m_now;

    DemoCaseStory story;
    story.theCase = c;
    story.events = d.events;
    if (d.givenAnswer != 0 && c.serviceStartAt.isValid()) {
        GivenAnswer g;
        g.answerId = d.givenAnswer;
        g.givenAt = c.serviceStartAt;
        g.givenBy = c.receivedBy;
        story.givenAnswer = g;
    }
    story.referral = d.referral;
    if (d.delivered)
        story.delivery = delivery(d);
    if ((d.surveyed || d.declined) && c.endAt.isValid())
        story.survey = survey(d);
    return story;
}

void DemoCases::inquiry(Draft &d)
{
    DemoDice &dice = m_dice;
    Case &c = d.c;
    // Most inquiries are the common ones, a few ask the same few things far
    // more often than the rest.
    const QVector<ApprovedAnswer> &answers = m_catalogue.answers;
    QString givenAnswerText;
    if (c.purpose == Purpose::Inquiry && !answers.isEmpty() && dice.chance(0.8)) {
        const int k = int(answers.size());
        int pick = 0;
        while (pick < k - 1 && dice.chance(0.6))
            ++pick;
        d.givenAnswer = answers.at(pick).id;
        givenAnswerText = answers.at(pick).answer;
        c.inquiryText = answers.at(pick).question;
    } else {
        c.inquiryText = dice.pick(DemoNames::inquiries());
    }
    if (dice.chance(0.35))
        c.beneficiaryId = anyBeneficiary();
    if (d.recent && dice.chance(0.5)) {
        c.step = Step::Reception;
        return;
    }
    c.answerText = d.givenAnswer != 0
                       ? givenAnswerText
                       : QString::fromUtf8("تمت الإجابة وتزويد المراجع بالمعلومات اللازمة.");
    c.serviceStartAt = d.start;
    d.event(Step::Reception, CaseStatus::Open, Step::Survey, CaseStatus::Open, d.start,
            c.receivedBy);
    // A survey is still owed by phone only for a few weeks; older ones were
    // taken or declined by then.
    const int outcome = d.recent ? 2 : dice.weighted({60, 12, d.stillOwed ? 28.0 : 0.0});
    d.surveyed = outcome == 0;
    d.declined = outcome == 1;
    c.step = Step::Survey;
    if (outcome == 2)
        return; // the survey still owed (by phone)
    c.status = CaseStatus::InquiryAnswered;
    c.endAt = d.end;
    d.event(Step::Survey, CaseStatus::Open, Step::Survey, CaseStatus::InquiryAnswered, d.end,
            c.receivedBy);
}

void DemoCases::serviceRequest(Draft &d)
{
    DemoDice &dice = m_dice;
    Case &c = d.c;
    c.beneficiaryId = anyBeneficiary();
    c.serviceId = d.service->id;
    c.inquiryText = d.service->nameAr;
    const bool referred = dice.chance(0.12);
    // How far the case got: recent cases are still open somewhere.
    const int reached = d.recent ? dice.between(1, 7) : 8;
    const int ending = dice.weighted({82, 8, 5, 5}); // served, not eligible, withdrawn, owed
    c.serviceStartAt = reached > 1 ? d.start : QDateTime();
    Step at = Step::Reception;
    if (reached > 1) {
        d.event(Step::Reception, CaseStatus::Open, Step::Information, CaseStatus::Open, d.start,
                c.receivedBy);
        at = Step::Information;
    }
    if (referred && reached > 2)
        referral(d, at);
    if (c.status != CaseStatus::WaitingReferral)
        onward(d, at, reached, ending);
    c.step = at;
}

void DemoCases::referral(Draft &d, Step &at)
{
    DemoDice &dice = m_dice;
    Case &c = d.c;
    Referral r;
    r.question = QString::fromUtf8("هل يستحق المستفيد الخدمة مع أن دخله قريب من الحد الأعلى؟");
    r.referredBy = c.receivedBy;
    r.referredAt = d.start.addSecs(300);
    r.fromStep = Step::Information;
    d.event(Step::Information, CaseStatus::Open, Step::Referral, CaseStatus::WaitingReferral,
            r.referredAt, c.receivedBy);
    const bool answered = !d.recent || dice.chance(0.6);
    if (answered) {
        r.answer = QString::fromUtf8("نعم، يُستكمل التسجيل بعد التحقق من إثبات الدخل.");
        r.answeredBy = m_staff.officer;
        r.answeredAt =
            r.referredAt.addSecs(qint64(60 * (10 + dice.exponential(d.recent ? 60 : 240))));
        r.pickedUpAt = r.answeredAt.addSecs(60 * dice.between(5, 90));
        d.event(Step::Referral, CaseStatus::WaitingReferral, Step::Referral, CaseStatus::Open,
                r.answeredAt, m_staff.officer);
        d.event(Step::Referral, CaseStatus::Open, Step::Information, CaseStatus::Open, r.pickedUpAt,
                c.receivedBy);
    } else {
        at = Step::Referral;
        c.status = CaseStatus::WaitingReferral;
    }
    d.referral = r;
}

void DemoCases::onward(Draft &d, Step &at, int reached, int ending)
{
    Case &c = d.c;
    auto go = [&](Step to, const QDateTime &when) {
        d.event(at, CaseStatus::Open, to, CaseStatus::Open, when, c.receivedBy);
        at = to;
    };
    const QDateTime later =
        d.referral && d.referral->pickedUpAt.isValid() ? d.referral->pickedUpAt : d.start;
    if (!d.recent && ending == 1) {
        c.status = CaseStatus::NotEligible;
        c.closingReason = QString::fromUtf8("دخل الفرد في الأسرة أعلى من الحد الأعلى للخدمة.");
        go(Step::Verification, later.addSecs(400));
        d.event(at, CaseStatus::Open, at, CaseStatus::NotEligible, later.addSecs(500),
                c.receivedBy);
        c.endAt = later.addSecs(500);
        return;
    }
    if (!d.recent && ending == 2) {
        c.status = CaseStatus::Withdrawn;
        c.closingReason = QString::fromUtf8("انسحب المستفيد لعدم توفر المستندات.");
        d.event(at, CaseStatus::Open, at, CaseStatus::Withdrawn, later.addSecs(300), c.receivedBy);
        c.endAt = later.addSecs(300);
        return;
    }
    const Step path[] = {Step::Verification, Step::Registration, Step::Delivery, Step::Survey};
    const int stepsToTake = reached >= 8 ? 4 : std::max(0, reached - 3);
    for (int s = 0; s < stepsToTake; ++s)
        go(path[s], later.addSecs(120 * (s + 1)));
    if (stepsToTake >= 1) {
        c.dataVerified = true;
        c.declarationSignedAt = later.addSecs(200);
        c.declarationRecordedBy = c.receivedBy;
    }
    d.delivered = stepsToTake >= 3;
    if (stepsToTake < 4 || d.recent)
        return;
    const int outcome = ending == 3 ? (d.stillOwed ? 2 : 1) : m_dice.weighted({75, 12, 0});
    d.surveyed = outcome == 0;
    d.declined = outcome == 1;
    if (outcome == 2)
        return;
    c.status = CaseStatus::Closed;
    c.endAt = d.end.addSecs(600);
    d.event(Step::Survey, CaseStatus::Open, Step::Survey, CaseStatus::Closed, c.endAt,
            c.receivedBy);
}

Delivery DemoCases::delivery(const Draft &d)
{
    DemoDice &dice = m_dice;
    const Service &service = *d.service;
    Delivery delivery;
    delivery.serviceId = d.c.serviceId;
    delivery.deliveredAt = d.end;
    delivery.deliveredBy = d.c.receivedBy;
    delivery.quantity = service.code == QLatin1String("food_basket") ? dice.between(1, 3) : 1;
    if (service.code == QLatin1String("monthly_support") ||
        service.code == QLatin1String("rent_aid") || service.code == QLatin1String("medical_aid"))
        delivery.amount = qint64(dice.between(5, 40)) * 10000;
    delivery.awaitingApproval = service.needsApproval && d.recent && dice.chance(0.5);
    if (service.needsApproval && !delivery.awaitingApproval) {
        delivery.approvedBy = m_staff.officer;
        delivery.approvedAt = d.end.addSecs(-300);
    }
    return delivery;
}

SurveyResponse DemoCases::survey(const Draft &d)
{
    DemoDice &dice = m_dice;
    SurveyResponse r;
    r.takenAt = d.c.endAt;
    r.takenBy = d.c.receivedBy;
    r.declined = d.declined;
    r.byPhone = d.c.channel == Channel::PhoneCall || dice.chance(0.15);
    if (d.declined)
        return r;
    const int mood = dice.weighted({5, 10, 35, 50}); // how the visit went
    for (const SurveyQuestion &q : m_catalogue.questions) {
        const int score =
            std::clamp(2 + mood + dice.between(-1, 1) - (dice.chance(0.1) ? 1 : 0), 1, 5);
        r.answers.push_back({q.id, score});
    }
    if (dice.chance(0.2))
        r.comment = dice.pick(DemoNames::surveyComments());
    return r;
}
