#include "services/FollowUpList.h"

#include "core/Clock.h"
#include "core/DateInput.h"
#include "services/DataRequestDesk.h"
#include "storage/FollowUpRepository.h"

#include <QTimeZone>

#include <algorithm>

namespace {

QDate deskDate(const QDateTime &utc)
{
    return utc.toTimeZone(Clock::deskTimeZone()).date();
}

} // namespace

QString FollowUpList::kindLabel(FollowUp::Kind kind)
{
    switch (kind) {
    case FollowUp::Kind::DocumentExpiring:
        return tr("Document expiring");
    case FollowUp::Kind::ApprovalPending:
        return tr("Delivery awaiting approval");
    case FollowUp::Kind::SurveyOwed:
        return tr("Survey owed (call the beneficiary)");
    case FollowUp::Kind::ReferralAnswer:
        return tr("Referral answer to pick up");
    case FollowUp::Kind::DataRequestDue:
        return tr("Data request to answer");
    }
    return {};
}

Result<QVector<FollowUp>> FollowUpList::deskItems(FollowUpRepository &repo, const QDate &today,
                                                  int limitPerKind) const
{
    QVector<FollowUp> all;
    // Documents that expired recently are overdue follow-ups too; a month back
    // is enough for the desk to have seen them.
    const QDateTime activeSince = Clock::instance().nowUtc().addDays(-FollowUp::activeWithinDays);
    const auto documents = repo.expiringDocuments(today.addDays(-FollowUp::documentWindowDays),
                                                  today.addDays(FollowUp::documentWindowDays),
                                                  activeSince, limitPerKind);
    if (!documents)
        return documents.status();
    all += *documents;

    const auto approvals = repo.pendingApprovals(limitPerKind);
    if (!approvals)
        return approvals.status();
    for (FollowUp f : *approvals) {
        f.due = DateInput::addWorkingDays(deskDate(f.since), FollowUp::approvalWorkingDays);
        all << f;
    }
    const auto surveys = repo.surveysOwed(limitPerKind);
    if (!surveys)
        return surveys.status();
    for (FollowUp f : *surveys) {
        f.due = DateInput::addWorkingDays(deskDate(f.since), FollowUp::surveyWorkingDays);
        all << f;
    }
    const auto answers = repo.referralAnswers(limitPerKind);
    if (!answers)
        return answers.status();
    for (FollowUp f : *answers) {
        f.due = deskDate(f.since);
        all << f;
    }
    return all;
}

Result<QVector<FollowUp>> FollowUpList::due(const QDate &today, int limitPerKind) const
{
    FollowUpRepository repo(m_db);
    QVector<FollowUp> all;
    if (m_session.may(Action::ViewCases)) {
        const auto desk = deskItems(repo, today, limitPerKind);
        if (!desk)
            return desk.status();
        all = *desk;
    } else if (!m_session.may(Action::HandleDataRequests)) {
        return m_session.require(Action::ViewCases);
    }

    // Data requests only for those who answer them; they show a week before
    // their due date and stay, overdue, until closed.
    if (m_session.may(Action::HandleDataRequests)) {
        const auto requests =
            repo.dataRequestsDue(today.addDays(FollowUp::dataRequestNoticeDays), limitPerKind);
        if (!requests)
            return requests.status();
        all += *requests;
    }
    std::stable_sort(all.begin(), all.end(), [](const FollowUp &a, const FollowUp &b) {
        if (a.due != b.due)
            return a.due < b.due;
        return int(a.kind) < int(b.kind);
    });
    return all;
}

Status FollowUpList::markDone(const FollowUp &item, const QString &note)
{
    // One truth: a data request's follow-up is done when the request is
    // closed, with the note as its outcome.
    if (item.kind == FollowUp::Kind::DataRequestDue) {
        DataRequestDesk requests(m_db, m_session);
        const auto request = requests.get(item.refId);
        if (!request)
            return request.status();
        return requests.close(request->id, request->version, note).status();
    }
    if (const Status s = m_session.require(Action::EditCase); !s)
        return s;
    FollowUpDone done;
    done.kind = item.kind;
    done.refId = item.refId;
    done.due = item.due;
    done.note = note;
    return FollowUpRepository(m_db).markDone(done, m_session.userId());
}
