#include "services/DailyBackup.h"

#include "core/BackupPolicy.h"
#include "core/Clock.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/RetentionRepository.h"

#include <QTimeZone>

DailyBackupState DailyBackup::state() const
{
    DailyBackupState s;
    if (m_db.isServer()) {
        s.applies = false;
        return s;
    }
    if (const auto newest = BackupFolder(m_db.path()).newest()) {
        s.lastGood = newest->day;
        s.lastWritten = newest->written;
    }
    const Clock &clock = Clock::instance();
    s.daysWithout = BackupPolicy::daysWithout(s.lastGood, clock);
    s.responsible = m_session.may(Action::MakeBackup);
    s.warn = s.responsible && BackupPolicy::overdue(s.lastGood, clock);
    return s;
}

bool DailyBackup::dueNow(bool closing) const
{
    if (m_db.isServer() || !m_db.isOpen() || m_session.userId() == 0)
        return false;
    const Clock &clock = Clock::instance();
    const QDateTime atDesk = clock.nowUtc().toTimeZone(Clock::deskTimeZone());
    if (!closing && atDesk.time().hour() < endOfWorkHour)
        return false;
    const auto newest = BackupFolder(m_db.path()).newest();
    return BackupPolicy::due(newest ? newest->day : QDate(), clock);
}

std::optional<DailyBackupJob> DailyBackup::jobIfDue(bool closing) const
{
    if (!dueNow(closing))
        return std::nullopt;
    return DailyBackupJob{m_db.path(), Clock::instance().today()};
}

Result<bool> DailyBackup::runIfDue(bool closing)
{
    const std::optional<DailyBackupJob> job = jobIfDue(closing);
    return job ? job->run() : Result<bool>(false);
}

Result<bool> DailyBackupJob::run() const
{
    const auto failed = [](const QString &why) {
        return Result<bool>::failure(
            DailyBackup::tr("Today's automatic backup failed: %1").arg(why));
    };
    Database db;
    if (Status s = db.open(databasePath); !s)
        return failed(s.error());
    // No backup is kept longer than people's data (the retention period,
    // issue 13): a person anonymised today stays only in the backups made
    // before, and those go once they are older than the period.
    const Result<int> years = RetentionRepository(db).years();
    if (!years)
        return failed(years.error());
    const QDate oldestKept = *years > 0 ? day.addYears(-*years) : QDate();
    const Result<BackupWritten> written = BackupFolder(databasePath).write(db, day, oldestKept);
    if (!written)
        return failed(written.error());
    return true;
}
