#include "services/EligibilityReview.h"

#include "core/Clock.h"
#include "services/CaseLoader.h"
#include "services/DeskAction.h"
#include "services/Session.h"

#include <QLocale>

namespace {} // namespace

Result<EligibilityReviewPage>
EligibilityReview::blocked(int limit, const std::optional<CaseCursor> &after, int scanLimit) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    limit = qMax(1, limit);
    scanLimit = qMax(limit, scanLimit);

    CaseFilter filter;
    filter.statuses = {CaseStatus::Open};
    filter.step = Step::Verification;
    CasePageRequest request;
    request.after = after;
    request.limit = qMin(100, scanLimit);

    CaseRepository cases(m_db);
    CaseLoader loader(m_db);
    const QDateTime now = Clock::instance().nowUtc();
    EligibilityReviewPage out;
    int scanned = 0;
    while (true) {
        const Result<CaseListPage> page = cases.list(filter, request);
        if (!page)
            return page.status();
        for (const Case &c : page->cases) {
            ++scanned;
            out.next = CaseCursor{c.arrivalAt, c.id};
            if (c.serviceId == 0 || c.beneficiaryId == 0)
                continue;
            const Result<CaseContext> ctx = loader.load(c.id);
            if (!ctx)
                return ctx.status();
            if (ctx->eligibilityOverridden || !ctx->service || !ctx->beneficiary)
                continue;
            const Eligibility e = DeskAction::evaluate(*ctx);
            if (e.passed())
                continue;
            EligibilityReviewItem item;
            item.theCase = ctx->theCase;
            item.beneficiaryName = ctx->beneficiary->name.full();
            item.serviceName = ctx->service->displayName();
            item.rulesVersion = ctx->service->rulesVersion;
            item.failed = e.failures();
            item.waitingSeconds = qMax<qint64>(0, c.arrivalAt.secsTo(now));
            out.items << item;
            if (out.items.size() >= limit)
                return out; // next: the last case read
        }
        if (!page->next) {
            out.next.reset();
            return out;
        }
        if (scanned >= scanLimit)
            return out;
        request.after = page->next;
    }
}
