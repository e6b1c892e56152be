#include "services/DeskQueries.h"

#include "core/ArabicText.h"
#include "core/Clock.h"
#include "core/DeskText.h"
#include "core/Permissions.h"
#include "services/AccessTrail.h"
#include "services/CaseLoader.h"
#include "services/DeskAction.h"
#include "services/Session.h"
#include "storage/ApprovedAnswerRepository.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/Database.h"
#include "storage/EligibilityRepository.h"
#include "storage/OfficerQueues.h"
#include "storage/ServiceRepository.h"
#include "storage/SurveyRepository.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

struct DeskQueries::Names
{
    QHash<qint64, QString> beneficiaries;
    QHash<qint64, QString> services;
    bool servicesLoaded = false;
};

namespace {

qint64 secondsSince(const QDateTime &from)
{
    if (!from.isValid())
        return 0;
    return qMax<qint64>(0, from.secsTo(Clock::instance().nowUtc()));
}

// What the officer's two queues show alike, waiting since since.
template <typename Item> Item queueItem(const OfficerQueueRow &row, const QDateTime &since)
{
    Item item;
    item.theCase = row.theCase;
    item.beneficiaryName = row.beneficiaryName;
    item.serviceName = DeskText::localName(row.serviceNameAr, row.serviceNameEn);
    item.waitingSeconds = secondsSince(since);
    return item;
}

} // namespace

Result<QString> DeskQueries::beneficiaryName(qint64 id, Names &cache) const
{
    if (id == 0)
        return QString();
    if (const auto it = cache.beneficiaries.constFind(id); it != cache.beneficiaries.constEnd())
        return *it;
    const Result<Beneficiary> b = BeneficiaryRepository(m_db).get(id);
    if (!b)
        return b.status();
    cache.beneficiaries.insert(id, b->name.full());
    return b->name.full();
}

Result<QString> DeskQueries::serviceName(qint64 id, Names &cache) const
{
    if (id == 0)
        return QString();
    if (!cache.servicesLoaded) {
        const auto all = ServiceRepository(m_db).list(false);
        if (!all)
            return all.status();
        for (const Service &s : *all)
            cache.services.insert(s.id, DeskText::localName(s.nameAr, s.nameEn));
        cache.servicesLoaded = true;
    }
    return cache.services.value(id);
}

Result<CaseContext> DeskQueries::loadContext(qint64 caseId) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    return CaseLoader(m_db).load(caseId);
}

Result<CaseContext> DeskQueries::openContext(qint64 caseId) const
{
    Result<CaseContext> ctx = loadContext(caseId);
    if (!ctx || !ctx->beneficiary)
        return ctx;
    if (Status s = AccessTrail(m_db, m_session)
                       .record(QStringLiteral("person.view"), ctx->beneficiary->id,
                               {{QStringLiteral("case"), caseId}});
        !s)
        return s;
    return ctx;
}

Result<QVector<EligibilityOverride>> DeskQueries::overrides(qint64 caseId) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    return EligibilityRepository(m_db).overridesForCase(caseId);
}

EligibilityView DeskQueries::eligibility(const CaseContext &ctx,
                                         const QVector<EligibilityOverride> &overrides)
{
    EligibilityView view;
    view.applicable = ctx.service.has_value() && ctx.beneficiary.has_value();
    view.rulesVersion = ctx.service ? ctx.service->rulesVersion : 0;
    view.result = DeskAction::evaluate(ctx);
    view.overridden = ctx.eligibilityOverridden;
    view.overrides = overrides;
    return view;
}

Result<EligibilityView> DeskQueries::eligibility(qint64 caseId) const
{
    const Result<CaseContext> ctx = loadContext(caseId);
    if (!ctx)
        return ctx.status();
    const auto all = EligibilityRepository(m_db).overridesForCase(caseId);
    if (!all)
        return all.status();
    return eligibility(*ctx, *all);
}

Result<DeskListPage> DeskQueries::openCases(const QDate &day, const CasePageRequest &page) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    CaseFilter filter;
    filter.statuses = {CaseStatus::Open, CaseStatus::WaitingReferral};
    if (day.isValid()) {
        const QTimeZone zone = Clock::deskTimeZone();
        filter.arrivedFrom = QDateTime(day, QTime(0, 0), zone).toUTC();
        filter.arrivedTo = QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC();
    }
    const Result<CaseListPage> cases = CaseRepository(m_db).list(filter, page);
    if (!cases)
        return cases.status();
    DeskListPage out;
    out.next = cases->next;
    Names names;
    for (const Case &c : cases->cases) {
        DeskRow row;
        row.theCase = c;
        const Result<QString> who = beneficiaryName(c.beneficiaryId, names);
        if (!who)
            return who.status();
        row.beneficiaryName = *who;
        const Result<QString> what = serviceName(c.serviceId, names);
        if (!what)
            return what.status();
        row.serviceName = *what;
        row.waitingSeconds = secondsSince(c.arrivalAt);
        // At the referral step and open again: the officer has answered.
        row.answerToPickUp = c.step == Step::Referral && c.status == CaseStatus::Open;
        out.rows << row;
    }
    return out;
}

Result<DeskListPage> DeskQueries::todaysCases(const CasePageRequest &page) const
{
    return openCases(Clock::instance().today(), page);
}

Result<QVector<ReferralQueueItem>> DeskQueries::referralQueue(int limit, int offset) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    const auto waiting = OfficerQueues(m_db).referrals(limit, offset);
    if (!waiting)
        return waiting.status();
    QVector<ReferralQueueItem> out;
    for (const WaitingReferral &row : *waiting) {
        auto item = queueItem<ReferralQueueItem>(row, row.referral.referredAt);
        item.referral = row.referral;
        out << item;
    }
    return out;
}

Result<WaitingWork> DeskQueries::waitingWork() const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    CaseFilter answered;
    answered.statuses = {CaseStatus::Open, CaseStatus::WaitingReferral};
    answered.answerToPickUp = true;
    const Result<qint64> answers = CaseRepository(m_db).count(answered);
    if (!answers)
        return answers.status();
    const Result<qint64> referrals = OfficerQueues(m_db).referralCount();
    if (!referrals)
        return referrals.status();
    WaitingWork out;
    out.answersToPickUp = *answers;
    out.referralsToAnswer = *referrals;
    return out;
}

Result<QVector<ApprovalQueueItem>> DeskQueries::approvalQueue(int limit, int offset) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    const auto waiting = OfficerQueues(m_db).deliveries(limit, offset);
    if (!waiting)
        return waiting.status();
    QVector<ApprovalQueueItem> out;
    for (const WaitingDelivery &row : *waiting) {
        auto item = queueItem<ApprovalQueueItem>(row, row.delivery.deliveredAt);
        item.delivery = row.delivery;
        out << item;
    }
    return out;
}

Result<QVector<BeneficiaryMatch>> DeskQueries::possibleDuplicates(const Beneficiary &b,
                                                                  int limit) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    using Kind = BeneficiaryMatch::Kind;
    struct Probe
    {
        QString query;
        QVector<Kind> kinds;
    };
    const QVector<Probe> probes = {
        {b.idNumber, {Kind::ExactId}},
        {b.phone, {Kind::ExactPhone}},
        // An everyday spelling of the same name (عايشة for عائشة) is as likely
        // the same person (DOMAIN.md 4.6).
        {b.name.full(), {Kind::WholeWords, Kind::SecondaryWholeWords}},
    };
    BeneficiarySearch search(m_db);
    QVector<BeneficiaryMatch> out;
    QSet<qint64> seen;
    for (const Probe &p : probes) {
        if (p.query.trimmed().isEmpty())
            continue;
        const auto found = search.find(p.query, limit);
        if (!found)
            return found.status();
        for (const BeneficiaryMatch &m : *found) {
            if (m.id == b.id || seen.contains(m.id) || !p.kinds.contains(m.kind))
                continue;
            seen.insert(m.id);
            out << m;
            if (out.size() >= limit)
                return out;
        }
    }
    return out;
}

Result<QVector<Service>> DeskQueries::services(bool activeOnly) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    return ServiceRepository(m_db).list(activeOnly);
}

Result<QVector<DocumentType>> DeskQueries::documentTypes() const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    return ServiceRepository(m_db).documentTypes();
}

Result<QVector<SurveyQuestion>> DeskQueries::surveyQuestions() const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    return SurveyRepository(m_db).questions(true);
}

Result<QVector<ApprovedAnswer>> DeskQueries::approvedAnswers(const QString &text, int limit) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    if (ArabicText::normalise(text).trimmed().isEmpty())
        return QVector<ApprovedAnswer>();
    return ApprovedAnswerRepository(m_db).search(text, limit);
}

Result<QVector<ApprovedAnswer>> DeskQueries::answersGiven(qint64 caseId) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    const ApprovedAnswerRepository answers(m_db);
    const Result<QVector<GivenAnswer>> given = answers.givenForCase(caseId);
    if (!given)
        return given.status();
    QVector<ApprovedAnswer> out;
    for (const GivenAnswer &g : *given) {
        const Result<ApprovedAnswer> a = answers.get(g.answerId);
        if (!a)
            return a.status();
        out << *a;
    }
    return out;
}
