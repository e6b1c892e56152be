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

    // Checks the permission, then in one transaction loads the case, runs work
    // on it and returns the case as saved.
    Result<Case> onCase(Action permission, const QString &name, qint64 caseId,
                        const std::function<Status(CaseContext &)> &work) const;

    Result<CaseContext> load(qint64 caseId) const;

    // Saves ctx.theCase (with a step event when its step or status changed)
    // and any referral the workflow added, answered or picked up since before.
    Status save(CaseContext &ctx, const QVector<Referral> &before, const QString &note) const;
    Status saveCase(CaseContext &ctx, const QString &note = QString()) const;

    Status audit(const QString &action, qint64 caseId, const QJsonObject &details = {}) const;

    // The service's eligibility rules judged for the case; no results when it
    // has no service or no beneficiary yet.
    static Eligibility evaluate(const CaseContext &ctx);

    // Refusals in words for a case that cannot change, or is not at one of steps.
    static Status checkChangeable(const CaseContext &ctx);
    static Status checkAtStep(const CaseContext &ctx, std::initializer_list<Step> steps);

    void setFaultInjector(FaultInjector injector) { m_fault = std::move(injector); }

private:
    Database &m_db;
    const Session &m_session;
    FaultInjector m_fault;
};
