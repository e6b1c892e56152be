#include "core/BackupPolicy.h"

#include "core/Clock.h"

#include <algorithm>
#include <functional>

namespace {

// The newest day in each of the n most recent periods that have one.
void keepNewestPerPeriod(const QVector<QDate> &newestFirst, int n,
                         const std::function<qint64(const QDate &)> &period, QSet<QDate> &keep)
{
    qint64 last = 0;
    bool any = false;
    int periods = 0;
    for (const QDate &day : newestFirst) {
        if (periods == n)
            return;
        const qint64 p = period(day);
        if (any && p == last)
            continue;
        any = true;
        last = p;
        ++periods;
        keep.insert(day);
    }
}

} // namespace

QSet<QDate> BackupPolicy::toKeep(const QVector<QDate> &days, const QDate &oldestKept)
{
    QVector<QDate> newestFirst;
    for (const QDate &d : days) {
        if (oldestKept.isValid() && d < oldestKept)
            continue;
        if (d.isValid() && !newestFirst.contains(d))
            newestFirst << d;
    }
    std::sort(newestFirst.begin(), newestFirst.end(), std::greater<QDate>());
    QSet<QDate> keep;
    keepNewestPerPeriod(
        newestFirst, keepDaily, [](const QDate &d) { return d.toJulianDay(); }, keep);
    keepNewestPerPeriod(
        newestFirst, keepWeekly,
        [](const QDate &d) {
            int year = 0;
            const int week = d.weekNumber(&year); // ISO 8601 weeks, as restic's
            return qint64(year) * 100 + week;
        },
        keep);
    keepNewestPerPeriod(
        newestFirst, keepMonthly, [](const QDate &d) { return qint64(d.year()) * 100 + d.month(); },
        keep);
    return keep;
}

bool BackupPolicy::due(const QDate &lastGood, const Clock &clock)
{
    return !lastGood.isValid() || lastGood < clock.today();
}

int BackupPolicy::daysWithout(const QDate &lastGood, const Clock &clock)
{
    if (!lastGood.isValid())
        return -1;
    return int(qMax<qint64>(0, lastGood.daysTo(clock.today())));
}

bool BackupPolicy::overdue(const QDate &lastGood, const Clock &clock)
{
    const int days = daysWithout(lastGood, clock);
    return days < 0 || days >= warnAfterDays;
}
