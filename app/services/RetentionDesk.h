// Retention (issue 13, DOMAIN.md 6.5) for the manager: the period of years
// after a person's last closed case, the people past it with what
// anonymising them would remove, and anonymising them all as one job, one
// transaction per person, so that a cancel leaves only whole people done.
// Every step requires Action::DestroyPersonalData.
#pragma once

#include "core/Result.h"
#include "storage/PersonEraser.h"
#include "storage/RetentionRepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

class Authenticator;
class Database;
class Session;

// What a run of the job did.
struct RetentionRun
{
    int anonymised = 0;
    int total = 0;
    bool cancelled = false;
};

class RetentionDesk final
{
    Q_DECLARE_TR_FUNCTIONS(RetentionDesk)

public:
    // The most people one list or one run takes (the rest wait for the next).
    static constexpr int batchLimit = 5000;

    RetentionDesk(Database &db, const Session &session, Authenticator &authenticator)
        : m_db(db), m_session(session), m_auth(authenticator)
    {}

    // 0: none set (nobody is past it).
    Result<int> years() const;
    Status setYears(int years);

    // When a last case must have ended before to be past the period now;
    // invalid when no period is set.
    static QDateTime cutoff(int years, const QDateTime &nowUtc);

    // The people past the period now (none when no period is set).
    Result<QVector<PastRetention>> pastPeriod(int limit = batchLimit) const;
    Result<ErasurePreview> preview(qint64 beneficiaryId) const;

    // progress(done, total) after each person; returning false stops after
    // the person in hand.
    using Progress = std::function<bool(int done, int total)>;

    // Confirms the manager's password, then anonymises everyone past the
    // period, each in their own transaction, and appends retention.apply
    // with how many. A failure stops the run; those done stay done.
    Result<RetentionRun> apply(const QString &password, const Progress &progress = {});

    // The same once the password was confirmed (the window's job, on its own
    // thread with its own connection, after the dialog confirmed it).
    Result<RetentionRun> applyConfirmed(const Progress &progress = {});

    // applyConfirmed() for another thread: run there, it opens a connection
    // of its own to the same database, as the same person, and closes it.
    using Job = std::function<Result<RetentionRun>(const Progress &progress)>;
    Job confirmedJob() const;

private:
    Database &m_db;
    const Session &m_session;
    Authenticator &m_auth;
};
