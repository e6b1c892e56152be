#include "core/Clock.h"

#include <QTimeZone>

namespace {
const SystemClock g_system;
const Clock *g_current = &g_system;
} // namespace

QTimeZone Clock::deskTimeZone()
{
    static const QTimeZone riyadh(QByteArrayLiteral("Asia/Riyadh"));
    // Riyadh has no daylight saving: a fixed +03:00 is exact if tzdata is absent.
    return riyadh.isValid() ? riyadh : QTimeZone(3 * 3600);
}

QString Clock::deskMinute(const QDateTime &at)
{
    return at.toTimeZone(deskTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QDate Clock::today() const
{
    return nowUtc().toTimeZone(deskTimeZone()).date();
}

const Clock &Clock::instance()
{
    return *g_current;
}

void Clock::install(const Clock *clock)
{
    g_current = clock ? clock : &g_system;
}
