// What every desk action shares (internal to app/services): the permission
// check first, then one transaction in which the case is loaded, changed
// through the Workflow and saved with its step event, its referral changes and
// the audit. A test may inject a failure at the end of an action's work to see
// that nothing of the action is kept.
#pragma once

#include "core/CaseContext.h"
#include "core/Eligibility.h"
#include "core/Permissions.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <initializer_list>
#include <optional>

class Database;
class Session;

class DeskAction final
{
    Q_DECLARE_TR_FUNCTIONS(DeskAction)

public:
    // Called with the action's name (e.g. "case.advance") after its work and
    // before the commit; a failure rolls the whole action back.
    using FaultInjector = std::function<Status(const QString &action)>;

    DeskAction(Database &db, const Session &session) : m_db(db), m_session(session) {}

    Database &db() const { return m_db; }
    const Session &session() const { return m_session; }
    qint64 actor() const;
    static QDateTime now();

    Status permit(Action action) const;

    // Runs work as one transaction named name.
    Status run(const QString &name, const std::function<Status()> &work) const;

    // run() for work that makes something: what it made, once the
    // transaction has committed.
    template <typename T>
    Result<T> make(const QString &name, const std::function<Result<T>()> &work) const
    {
        std::optional<T> made;
        const Status done = run(name, [&]() -> Status {
            Result<T> result = work();
            if (!result)
                return result.status();
            made = std::move(result).value();
            return Status::success();
        });
        if (!done)
            return done;
        return std::move(*made);
    }

    // Checks the permission, then in one transaction loads the case, runs work
    // on it and returns the case as saved.
    Result<Case> onCase(Action permission, const QString &name, qint64 caseId,
                        const std::function<Status(CaseContext &)> &work) const;
    // The same for an action that gives something other than the case.
    template <typename T>
    Result<T> onCaseMaking(Action permission, const QString &name, qint64 caseId,
                           const std::function<Result<T>(CaseContext &)> &work) const
    {
        if (Status s = permit(permission); !s)
            return s;
        return make<T>(name, [&]() -> Result<T> {
            Result<CaseContext> ctx = load(caseId);
            if (!ctx)
                return ctx.status();
            if (Status s = checkUsable(permission, ctx.value()); !s)
                return s;
            return work(ctx.value());
        });
    }

    Result<CaseContext> load(qint64 caseId) const;

    // Saves ctx.theCase (with a step event when its step or status changed)
    // and any referral the workflow added, answered or picked up since before.
    Status save(CaseContext &ctx, const QVector<Referral> &before, const QString &note) const;
    Status saveCase(CaseContext &ctx, const QString &note = QString()) const;
    // A Workflow transition (e.g. Workflow::resume), told who makes it and when.
    using Transition =
        std::function<Result<StepEvent>(CaseContext &, qint64 userId, const QDateTime &at)>;
    // Runs the transition on ctx as the session's user, now, and saves the
    // case with its step event and the referral changes it made.
    Status move(CaseContext &ctx, const Transition &transition) const;
    // onCase() for an action that is one transition and nothing else.
    Result<Case> onCaseMove(Action permission, const QString &name, qint64 caseId,
                            const Transition &transition) const;

    // Fixes the version of the service's rules the case is judged by, when
    // the case has a service and no version fixed yet.
    Status pinRules(const CaseContext &ctx) const;

    Status audit(const QString &action, qint64 caseId, const QJsonObject &details = {}) const;

    // The service's eligibility rules judged for the case; no results when it
    // has no service or no beneficiary yet.
    static Eligibility evaluate(const CaseContext &ctx);

    // The refusal of work on the case of a person whose data may not be used
    // (ProcessingRestriction); a withdrawal, which ends the work, is let through.
    static Status checkUsable(Action permission, const CaseContext &ctx);

    // Refusals in words for a case that cannot change, or is not at one of steps.
    static Status checkChangeable(const CaseContext &ctx);
    static Status checkAtStep(const CaseContext &ctx, std::initializer_list<Step> steps);

    void setFaultInjector(FaultInjector injector) { m_fault = std::move(injector); }

private:
    Database &m_db;
    const Session &m_session;
    FaultInjector m_fault;
};
