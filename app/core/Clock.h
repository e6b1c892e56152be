// "Now", injected: waiting times, expiry, due dates and idle lock all depend on
// it, and tests need to fix it.
#pragma once

#include <QDateTime>

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // Today as the front desk sees it (Asia/Riyadh unless configured).
    QDate today() const;
    static QTimeZone deskTimeZone();
    // A moment as the desk reads it in a message: the desk's time zone, to the
    // minute ("2024-05-12 09:30").
    static QString deskMinute(const QDateTime &at);

    // The process-wide clock; tests may install a FixedClock.
    static const Clock &instance();
    static void install(const Clock *clock); // nullptr restores the system clock
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(now.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};
