// When the automatic backup of the day is due, when the lack of one must be
// shown, and which old daily backups to keep: 7 daily, 4 weekly and 12
// monthly, each rule choosing the newest backup in each of its most recent
// periods that have one, and a backup kept when any rule chooses it (the
// rules of restic's `forget --keep-daily/--keep-weekly/--keep-monthly`).
// Days are days at the front desk (Clock::today()).
#pragma once

#include <QDate>
#include <QSet>
#include <QVector>

class Clock;

class BackupPolicy final
{
public:
    static constexpr int keepDaily = 7;
    static constexpr int keepWeekly = 4;
    static constexpr int keepMonthly = 12;
    // From this many days without a good backup, warn the manager and administrator.
    static constexpr int warnAfterDays = 2;

    // The days (one backup each) that the rules keep; the others go. With
    // oldestKept valid, a day before it goes whatever the rules say: no
    // backup outlives the retention period of people's data (issue 13).
    static QSet<QDate> toKeep(const QVector<QDate> &days, const QDate &oldestKept = QDate());

    // Whether today's backup is still to be made (at most one a day).
    static bool due(const QDate &lastGood, const Clock &clock);
    // Whole days since the last good backup (-1: none ever made).
    static int daysWithout(const QDate &lastGood, const Clock &clock);
    static bool overdue(const QDate &lastGood, const Clock &clock);
};
