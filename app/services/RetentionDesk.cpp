#include "services/RetentionDesk.h"

#include "core/Clock.h"
#include "services/Anonymiser.h"
#include "services/Authenticator.h"
#include "services/Session.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"

#include <QJsonObject>

Result<int> RetentionDesk::years() const
{
    if (Status s = m_session.require(Action::DestroyPersonalData); !s)
        return s;
    return RetentionRepository(m_db).years();
}

Status RetentionDesk::setYears(int years)
{
    if (Status s = m_session.require(Action::DestroyPersonalData); !s)
        return s;
    return RetentionRepository(m_db).setYears(years, m_session.userId());
}

QDateTime RetentionDesk::cutoff(int years, const QDateTime &nowUtc)
{
    return years > 0 ? nowUtc.toUTC().addYears(-years) : QDateTime();
}

Result<QVector<PastRetention>> RetentionDesk::pastPeriod(int limit) const
{
    const Result<int> period = years();
    if (!period)
        return period.status();
    if (*period == 0)
        return QVector<PastRetention>();
    return RetentionRepository(m_db).pastCutoff(cutoff(*period, Clock::instance().nowUtc()), limit);
}

Result<ErasurePreview> RetentionDesk::preview(qint64 beneficiaryId) const
{
    if (Status s = m_session.require(Action::DestroyPersonalData); !s)
        return s;
    return PersonEraser(m_db).preview(beneficiaryId);
}

Result<RetentionRun> RetentionDesk::apply(const QString &password, const Progress &progress)
{
    if (Status s = Anonymiser(m_db, m_session, m_auth).confirmPassword(password); !s)
        return s;
    return applyConfirmed(progress);
}

Result<RetentionRun> RetentionDesk::applyConfirmed(const Progress &progress)
{
    const Result<int> period = years();
    if (!period)
        return period.status();
    if (*period == 0)
        return Status::failure(tr("No retention period is set: nobody's data is past it."));
    const Result<QVector<PastRetention>> past = pastPeriod();
    if (!past)
        return past.status();
    RetentionRun run;
    run.total = int(past->size());
    Anonymiser anonymiser(m_db, m_session, m_auth);
    Status failed = Status::success();
    for (const PastRetention &p : *past) {
        failed = anonymiser.anonymiseForRetention(p.beneficiaryId, *period);
        if (!failed)
            break;
        ++run.anonymised;
        if (progress && !progress(run.anonymised, run.total) && run.anonymised < run.total) {
            run.cancelled = true;
            break;
        }
    }
    // Said once for the run, whatever stopped it: how many, by which period.
    if (run.anonymised > 0) {
        if (Status s =
                AuditRepository(m_db).record(m_session.userId(), QStringLiteral("retention.apply"),
                                             QStringLiteral("database"), 0,
                                             {{QStringLiteral("people"), run.anonymised},
                                              {QStringLiteral("years"), *period},
                                              {QStringLiteral("cancelled"), run.cancelled}});
            !s)
            return s;
    }
    if (!failed)
        return Status::failure(tr("%1 of %2 people were anonymised; then: %3")
                                   .arg(run.anonymised)
                                   .arg(run.total)
                                   .arg(failed.error()));
    return run;
}

RetentionDesk::Job RetentionDesk::confirmedJob() const
{
    const QString location = m_db.location();
    const User user = m_session.user();
    return [location, user](const Progress &progress) -> Result<RetentionRun> {
        Database db;
        if (Status opened = db.open(location); !opened)
            return opened;
        const Session session(user);
        Authenticator auth(db);
        return RetentionDesk(db, session, auth).applyConfirmed(progress);
    };
}
