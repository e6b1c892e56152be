// The automatic backup of a SQLite database (issue 11): at most one a desk
// day, made when the day's work is over — the window closes, or the desk's
// clock has passed endOfWorkHour — into BackupFolder, whatever the role of the
// person signed in (the copy stays beside the data). The state tells when the
// last good backup was made, and from BackupPolicy::warnAfterDays without
// one it warns those who answer for backups (Action::MakeBackup: the manager
// and the administrator), not the front desk. A server database is backed up
// on the server: there is nothing to do here.
#pragma once

#include "core/Result.h"
#include "storage/BackupFolder.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <optional>

class Database;
class Session;

// The day's backup as work that may run on another thread: it opens its own
// connection to the file, so the window stays responsive while a large
// database is copied and checked.
struct DailyBackupJob
{
    QString databasePath;
    QDate day;
    // True when the backup was made.
    Result<bool> run() const;
};

struct DailyBackupState
{
    bool applies = true; // false on a server
    QDate lastGood;      // invalid: none yet
    QDateTime lastWritten;
    int daysWithout = -1;     // -1: none yet
    bool responsible = false; // the person answers for backups (Action::MakeBackup)
    bool warn = false;        // overdue, and the person is responsible
};

class DailyBackup final
{
    Q_DECLARE_TR_FUNCTIONS(DailyBackup)

public:
    // From this hour at the desk the day's work is over.
    static constexpr int endOfWorkHour = 16;

    DailyBackup(Database &db, const Session &session) : m_db(db), m_session(session) {}
    DailyBackup(const DailyBackup &) = delete;
    DailyBackup &operator=(const DailyBackup &) = delete;

    DailyBackupState state() const;

    // Whether the day's backup is to be made now (closing: the window closes).
    bool dueNow(bool closing) const;
    // The day's backup to make, when dueNow().
    std::optional<DailyBackupJob> jobIfDue(bool closing) const;
    // Makes it here when dueNow(); true when one was made.
    Result<bool> runIfDue(bool closing);

private:
    Database &m_db;
    const Session &m_session;
};
