#include "reports/ReportHtml.h"

#include "core/FollowUp.h"
#include "reports/HtmlTable.h"
#include "reports/MonthlySummaryBuilder.h"
#include "reports/ReportCharts.h"

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString ReportHtml::styleSheet()
{
    return QStringLiteral(
        "h1 { font-size: 17pt; color: #16465a; margin-bottom: 2px; }"
        "h2 { font-size: 12.5pt; color: #16465a; margin-top: 14px; margin-bottom: 5px; }"
        "h3 { font-size: 10.5pt; color: #2b5a6c; margin-top: 8px; margin-bottom: 3px; }"
        "p { margin-top: 2px; margin-bottom: 4px; }"
        "th { font-weight: bold; color: #16465a; }"
        ".period { font-size: 13pt; font-weight: bold; color: #263238; }"
        ".note { font-size: 8pt; color: #5f6f78; }"
        ".empty { font-size: 14pt; font-weight: bold; color: #16465a; }");
}

QString ReportHtml::section(const QString &title) const
{
    return QStringLiteral("<h2>%1</h2>").arg(esc(title));
}

QString ReportHtml::note(const QString &text) const
{
    return QStringLiteral("<p class=\"note\">%1</p>").arg(esc(text));
}

QString ReportHtml::paragraph(const QString &text) const
{
    return QStringLiteral("<p>%1</p>").arg(esc(text));
}

QString ReportHtml::chart(int index) const
{
    if (index < 0)
        return QString();
    return QStringLiteral("<p align=\"center\">%1</p>").arg(ReportCharts::marker(index));
}

QString ReportHtml::document(const ChartIndexes &charts) const
{
    if (!m_s.hasCases())
        return titleBlock() + emptyMonth();
    return titleBlock() + headlines() + received(charts.channels) + outcomes(charts.outcomes) +
           times(charts.waiting) + referrals() + deliveries() + overrides() +
           survey(charts.satisfaction) + followUps() + inquiries() + recommendations();
}

QString ReportHtml::titleBlock() const
{
    const QLocale &l = m_f.locale();
    const QString hijri = m_s.period.hijriSpan(l);
    const QString gregorian = m_s.period.gregorianSpan(l);
    QString out = QStringLiteral("<h1>%1</h1>")
                      .arg(esc(tr("Monthly summary of beneficiary "
                                  "relations")));
    out += QStringLiteral("<p class=\"period\">%1</p>").arg(esc(m_s.period.title(l)));
    QStringList spans;
    const QString hijriLine = tr("Hijri (Umm al-Qura): %1").arg(hijri);
    const QString gregorianLine = tr("Gregorian: %1").arg(gregorian);
    if (m_f.isArabic())
        spans << hijriLine << gregorianLine;
    else
        spans << gregorianLine << hijriLine;
    for (const QString &s : spans)
        out += paragraph(s);
    out += note(
        tr("Prepared on %1. Outcomes are as they stood then.").arg(m_f.dateTime(m_s.generatedAt)));
    return out;
}

QString ReportHtml::emptyMonth() const
{
    QString out = QStringLiteral("<p>&nbsp;</p><p class=\"empty\">%1</p>")
                      .arg(esc(tr("No cases were received in this month.")));
    out += paragraph(tr("There is nothing to count: no visit, call, letter or registration was "
                        "recorded between the first and the last day above."));
    if (m_s.previousPeriod.isValid())
        out += paragraph(tr("Last month (%1): %2 cases received.")
                             .arg(m_s.previousPeriod.title(m_f.locale()),
                                  m_f.count(m_s.previous.casesReceived)));
    if (!m_s.recommendations.trimmed().isEmpty())
        out += recommendations();
    return out;
}

QString ReportHtml::headlines() const
{
    const HeadlineFigures &a = m_s.current;
    const HeadlineFigures &b = m_s.previous;
    HtmlTable t(m_f.direction(), {40, 18, 18, 24});
    t.header({tr("Figure"), tr("This month"), tr("Last month"), tr("Change")});
    auto count = [&](const QString &label, qint64 now, qint64 before) {
        t.row({label, m_f.count(now), m_f.count(before), m_f.changeCount(now, before)});
    };
    auto duration = [&](const QString &label, std::optional<qint64> now,
                        std::optional<qint64> before) {
        t.row({label, m_f.duration(now), m_f.duration(before), m_f.changeDuration(now, before)});
    };
    count(tr("Cases received"), a.casesReceived, b.casesReceived);
    count(tr("Served"), a.served, b.served);
    count(tr("Inquiries answered at the desk"), a.inquiriesAnswered, b.inquiriesAnswered);
    count(tr("Not eligible"), a.notEligible, b.notEligible);
    count(tr("Withdrawn"), a.withdrawn, b.withdrawn);
    count(tr("Still open"), a.stillOpen, b.stillOpen);
    duration(tr("Median waiting time"), a.medianWaitMs, b.medianWaitMs);
    duration(tr("90th percentile waiting time"), a.p90WaitMs, b.p90WaitMs);
    duration(tr("Median service time"), a.medianServiceMs, b.medianServiceMs);
    count(tr("Referrals to the program officer"), a.referrals, b.referrals);
    count(tr("Services delivered"), a.deliveries, b.deliveries);
    count(tr("Eligibility overrides"), a.overrides, b.overrides);
    t.row({tr("Survey response rate"), m_f.percent(a.responseRate), m_f.percent(b.responseRate),
           m_f.changePercent(a.responseRate, b.responseRate)});
    t.row({tr("Mean satisfaction (1 to 5)"), m_f.score(a.meanSatisfaction),
           m_f.score(b.meanSatisfaction), m_f.changeScore(a.meanSatisfaction, b.meanSatisfaction)});
    count(tr("Follow-ups overdue at month end"), a.followUpsOverdue, b.followUpsOverdue);
    return section(tr("The month at a glance")) + t.html() +
           note(tr("Last month: %1.").arg(m_s.previousPeriod.title(m_f.locale())));
}

QString ReportHtml::received(int chartIndex) const
{
    const qint64 total = m_s.current.casesReceived;
    auto share = [&](qint64 n) {
        return m_f.percent(total > 0 ? double(n) / total : 0.0);
    };
    HtmlTable channels(m_f.direction(), {46, 18, 18, 18});
    channels.header({tr("Channel"), tr("This month"), tr("Share"), tr("Last month")});
    for (const ChannelCount &c : m_s.byChannel)
        channels.row(
            {Domain::label(c.channel), m_f.count(c.count), share(c.count), m_f.count(c.previous)});
    channels.total(
        {tr("Total"), m_f.count(total), share(total), m_f.count(m_s.previous.casesReceived)});
    HtmlTable purposes(m_f.direction(), {46, 18, 18, 18});
    purposes.header({tr("Visit purpose"), tr("This month"), tr("Share"), tr("Last month")});
    for (const PurposeCount &p : m_s.byPurpose)
        purposes.row(
            {Domain::label(p.purpose), m_f.count(p.count), share(p.count), m_f.count(p.previous)});
    return section(tr("Cases received")) + channels.html() + chart(chartIndex) +
           QStringLiteral("<h3>%1</h3>").arg(esc(tr("By purpose of the visit"))) + purposes.html();
}

QString ReportHtml::reasons(const QVector<TextCount> &rows, const QString &countTitle) const
{
    HtmlTable t(m_f.direction(), {80, 20});
    t.header({tr("Reason"), countTitle});
    for (const TextCount &r : rows)
        t.row(
            {r.text.trimmed().isEmpty() ? tr("(no reason written)") : r.text, m_f.count(r.count)});
    return t.html();
}

QString ReportHtml::outcomes(int chartIndex) const
{
    const Outcomes &o = m_s.outcomes;
    const qint64 total = m_s.current.casesReceived;
    auto share = [&](qint64 n) {
        return m_f.percent(total > 0 ? double(n) / total : 0.0);
    };
    HtmlTable t(m_f.direction(), {60, 20, 20});
    t.header({tr("Outcome"), tr("Cases"), tr("Share")});
    t.row({tr("Served"), m_f.count(o.served), share(o.served)});
    t.row({Domain::label(CaseStatus::InquiryAnswered), m_f.count(o.inquiryAnswered),
           share(o.inquiryAnswered)});
    t.row({Domain::label(CaseStatus::NotEligible), m_f.count(o.notEligible), share(o.notEligible)});
    t.row({Domain::label(CaseStatus::Withdrawn), m_f.count(o.withdrawn), share(o.withdrawn)});
    t.row({tr("Still open"), m_f.count(o.open), share(o.open)});
    t.total({tr("Total"), m_f.count(total), share(total)});
    QString out = section(tr("Outcomes")) + t.html() +
                  note(tr("Served: the service was given (or the inquiry answered after a "
                          "referral) and the survey taken or declined. Still open: open or "
                          "waiting for the program officer when this report was prepared.")) +
                  chart(chartIndex);
    if (!o.openByStep.isEmpty()) {
        HtmlTable steps(m_f.direction(), {80, 20});
        steps.header({tr("Step the open cases are at"), tr("Cases")});
        for (const StepCount &s : o.openByStep)
            steps.row({Domain::label(s.step), m_f.count(s.count)});
        out += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Still open, by step"))) + steps.html();
    }
    if (!o.notEligibleReasons.isEmpty())
        out += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Not eligible: the reasons"))) +
               reasons(o.notEligibleReasons, tr("Cases"));
    if (!o.withdrawnReasons.isEmpty())
        out += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Withdrawn: the reasons"))) +
               reasons(o.withdrawnReasons, tr("Cases"));
    return out;
}

QString ReportHtml::times(int chartIndex) const
{
    HtmlTable t(m_f.direction(), {28, 12, 15, 15, 15, 15});
    t.header({tr("Channel"), tr("Cases timed"), tr("Median wait"), tr("90th percentile wait"),
              tr("Median service"), tr("90th percentile service")});
    for (const TimesRow &r : m_s.times) {
        const QStringList cells = {r.channel ? Domain::label(*r.channel) : tr("All channels"),
                                   m_f.count(r.waiting.count),
                                   m_f.duration(r.waiting.median),
                                   m_f.duration(r.waiting.p90),
                                   m_f.duration(r.service.median),
                                   m_f.duration(r.service.p90)};
        if (r.channel)
            t.row(cells);
        else
            t.total(cells);
    }
    return section(tr("Waiting and service times")) + t.html() +
           note(tr("Waiting runs from arrival to the start of service, service from the start "
                   "to the end of the case. Medians and 90th percentiles are nearest-rank values "
                   "over the cases with both times recorded; \"cases timed\" counts those with a "
                   "waiting time.")) +
           chart(chartIndex);
}

QString ReportHtml::referrals() const
{
    const ReferralFigures &r = m_s.referrals;
    HtmlTable t(m_f.direction(), {70, 30});
    t.header({tr("Referrals to the program officer"), tr("Figure")});
    t.row({tr("Referred this month"), m_f.count(r.made)});
    t.row({tr("Answered so far"), m_f.count(r.answered)});
    t.row({tr("Median time to answer"), m_f.duration(r.medianAnswerMs)});
    t.row({tr("Unanswered at month end (referred in any month)"), m_f.count(r.unansweredAtEnd)});
    return section(tr("Referrals")) + t.html();
}

QString ReportHtml::deliveries() const
{
    QString out = section(tr("Services delivered"));
    if (m_s.deliveries.isEmpty())
        return out + paragraph(tr("No service was delivered this month."));
    HtmlTable t(m_f.direction(), {36, 14, 14, 20, 16});
    t.header(
        {tr("Service"), tr("Deliveries"), tr("Quantity"), tr("Amount"), tr("Awaiting approval")});
    qint64 count = 0, amount = 0, awaiting = 0;
    double quantity = 0;
    for (const DeliveryFigures &d : m_s.deliveries) {
        const QString name =
            d.serviceId == 0 ? tr("(no service recorded)") : m_f.name(d.nameAr, d.nameEn);
        t.row({name, m_f.count(d.count), m_f.quantity(d.quantity), m_f.amount(d.amount),
               m_f.count(d.awaitingApproval)});
        count += d.count;
        quantity += d.quantity;
        amount += d.amount;
        awaiting += d.awaitingApproval;
    }
    t.total({tr("Total"), m_f.count(count), m_f.quantity(quantity), m_f.amount(amount),
             m_f.count(awaiting)});
    return out + t.html() +
           note(tr("Deliveries recorded this month, whichever month their case was received in."));
}

QString ReportHtml::overrides() const
{
    QString out = section(tr("Eligibility overrides"));
    out += paragraph(tr("Overrides of a failed eligibility rule approved by the program officer "
                        "this month: %1.")
                         .arg(m_f.count(m_s.overrides)));
    if (!m_s.overrideReasons.isEmpty())
        out += reasons(m_s.overrideReasons, tr("Overrides"));
    return out;
}

QString ReportHtml::scoreGroups(const QVector<ScoreGroup> &rows, const QString &nameTitle,
                                const QString &noneName) const
{
    HtmlTable t(m_f.direction(), {60, 20, 20});
    t.header({nameTitle, tr("Responses"), tr("Mean")});
    for (const ScoreGroup &g : rows)
        t.row({g.id == 0 ? noneName : m_f.name(g.nameAr, g.nameEn), m_f.count(g.responses),
               m_f.score(g.mean)});
    return t.html();
}

QString ReportHtml::survey(int chartIndex) const
{
    const SurveySummary &s = m_s.survey;
    QString out = section(tr("Satisfaction survey"));
    out += paragraph(tr("Of %1 cases that reached the survey, %2 answered it (%3) and %4 "
                        "declined. Mean of every answer: %5 out of 5.")
                         .arg(m_f.count(s.counts.offered), m_f.count(s.counts.answered),
                              m_f.percent(s.responseRate), m_f.count(s.counts.declined),
                              m_f.score(s.mean)));
    if (s.questions.isEmpty())
        return out + paragraph(tr("No survey was answered for this month's cases."));
    HtmlTable t(m_f.direction(), {37, 8, 8, 8, 8, 8, 11, 12});
    QStringList head = {tr("Question")};
    for (int score = 1; score <= 5; ++score)
        head << m_f.count(score);
    head << tr("Answers") << tr("Mean");
    t.header(head);
    for (const QuestionSummary &q : s.questions) {
        QStringList row = {m_f.name(q.textAr, q.textEn)};
        for (qint64 n : q.counts)
            row << m_f.count(n);
        row << m_f.count(q.total) << m_f.score(q.mean);
        t.row(row);
    }
    out += t.html() +
           note(tr("Columns 1 to 5: how many answers gave that score (5 is the most satisfied).")) +
           chart(chartIndex);
    out += QStringLiteral("<h3>%1</h3>").arg(esc(tr("By service"))) +
           scoreGroups(s.byService, tr("Service"), tr("No service (inquiries)"));
    out += QStringLiteral("<h3>%1</h3>").arg(esc(tr("By staff member who received the case"))) +
           scoreGroups(s.byStaff, tr("Staff member"), tr("(not recorded)"));
    if (!s.comments.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Comments")));
        HtmlTable t(m_f.direction(), {85, 15});
        t.header({tr("Comment"), tr("Times written")});
        for (const TextCount &c : s.comments)
            t.row({c.text.simplified(), m_f.count(c.count)});
        out += t.html();
        if (s.commentDistinct > s.comments.size())
            out += note(tr("The %1 most frequent of %2 different comments (%3 in all).")
                            .arg(m_f.count(s.comments.size()), m_f.count(s.commentDistinct),
                                 m_f.count(s.commentTotal)));
    }
    return out;
}

QString ReportHtml::followUps() const
{
    const FollowUpFigures &f = m_s.followUps;
    HtmlTable t(m_f.direction(), {46, 18, 18, 18});
    t.header({tr("Follow-up"), tr("Done this month"), tr("Marked done in the list"),
              tr("Overdue at month end")});
    t.row({tr("Deliveries awaiting the program officer's approval"), m_f.count(f.approvalsDone),
           m_f.count(f.approvalsMarked), m_f.count(f.approvalsOverdue)});
    t.row({tr("Referral answers to pick up at the desk"), m_f.count(f.answersPickedUp),
           m_f.count(f.answersMarked), m_f.count(f.answersOverdue)});
    t.row({tr("Surveys owed, taken later by phone"), m_f.count(f.phoneSurveysDone),
           m_f.count(f.surveysMarked), m_f.count(f.surveysOverdue)});
    t.row({tr("Documents about to expire"), ReportFormat::dash(), m_f.count(f.documentsMarked),
           ReportFormat::dash()});
    t.total({tr("Total"), m_f.count(f.approvalsDone + f.answersPickedUp + f.phoneSurveysDone),
             m_f.count(f.approvalsMarked + f.answersMarked + f.surveysMarked + f.documentsMarked),
             m_f.count(f.approvalsOverdue + f.answersOverdue + f.surveysOverdue)});
    return section(tr("Follow-ups")) + t.html() +
           note(tr("Overdue: still pending when the month ended although due before: an approval "
                   "within %1 working days of the delivery, a survey by phone within %2 working "
                   "days of reaching the survey step (for up to %3 days), a referral answer on "
                   "the day it was given.")
                    .arg(m_f.count(FollowUp::approvalWorkingDays),
                         m_f.count(FollowUp::surveyWorkingDays),
                         m_f.count(SummaryQueries::surveyOwedDays)));
}

QString ReportHtml::inquiries() const
{
    QString out = section(tr("Most asked inquiries"));
    if (m_s.topInquiries.isEmpty())
        return out + paragraph(tr("No approved answer was recorded on this month's cases."));
    HtmlTable t(m_f.direction(), {56, 30, 14});
    t.header({tr("Inquiry"), tr("Source document"), tr("Cases")});
    for (const AnswerCount &a : m_s.topInquiries)
        t.row({a.question, a.sourceDocument.isEmpty() ? ReportFormat::dash() : a.sourceDocument,
               m_f.count(a.cases)});
    return out + t.html() +
           note(tr("From the approved answers given at reception; %1 of the month's cases "
                   "received at least one.")
                    .arg(m_f.count(m_s.casesWithAnswers)));
}

QString ReportHtml::recommendations() const
{
    QString out = section(tr("The manager's recommendations"));
    const QString text = m_s.recommendations.trimmed();
    if (text.isEmpty())
        return out + paragraph(tr("No recommendations were written for this month."));
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += line.trimmed().isEmpty() ? QStringLiteral("<p>&nbsp;</p>") : paragraph(line);
    return out;
}
