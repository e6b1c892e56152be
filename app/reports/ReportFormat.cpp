#include "reports/ReportFormat.h"

#include "core/Clock.h"
#include "core/DateInput.h"

#include <QTimeZone>

#include <cmath>

ReportFormat::ReportFormat(const QString &language)
    : m_language(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ar")),
      m_locale(m_language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                 : QLocale(QLocale::Arabic, QLocale::SaudiArabia))
{}

QString ReportFormat::count(qint64 n) const
{
    return m_locale.toString(n);
}

QString ReportFormat::decimal(double v, int precision) const
{
    return m_locale.toString(v, 'f', precision);
}

QString ReportFormat::percent(std::optional<double> share) const
{
    if (!share)
        return dash();
    return m_locale.toString(*share * 100.0, 'f', 1) + m_locale.percent();
}

QString ReportFormat::duration(std::optional<qint64> ms) const
{
    if (!ms)
        return dash();
    const qint64 minutes = qint64(std::llround(double(*ms) / 60000.0));
    if (minutes < 60)
        return tr("%1 min").arg(m_locale.toString(minutes));
    return tr("%1 h %2 min")
        .arg(m_locale.toString(minutes / 60))
        .arg(m_locale.toString(minutes % 60).rightJustified(2, m_locale.zeroDigit().at(0)));
}

QString ReportFormat::score(std::optional<double> mean) const
{
    return mean ? m_locale.toString(*mean, 'f', 2) : dash();
}

QString ReportFormat::amount(qint64 halalas) const
{
    const double riyals = double(halalas) / 100.0;
    const bool whole = halalas % 100 == 0;
    return tr("%1 SAR").arg(m_locale.toString(riyals, 'f', whole ? 0 : 2));
}

QString ReportFormat::quantity(double q) const
{
    const bool whole = std::fabs(q - std::round(q)) < 1e-9;
    return m_locale.toString(q, 'f', whole ? 0 : 2);
}

QString ReportFormat::signedNumber(double v, int precision) const
{
    const QString digits = m_locale.toString(std::fabs(v), 'f', precision);
    if (std::fabs(v) < 0.5 * std::pow(10.0, -precision))
        return m_locale.toString(0.0, 'f', precision);
    return (v > 0 ? m_locale.positiveSign() : m_locale.negativeSign()) + digits;
}

QString ReportFormat::changeCount(qint64 now, qint64 before) const
{
    const qint64 diff = now - before;
    QString out = signedNumber(double(diff), 0);
    if (before > 0 && diff != 0)
        out += QStringLiteral(" (%1%2)").arg(signedNumber(100.0 * double(diff) / double(before), 1),
                                             m_locale.percent());
    return out;
}

QString ReportFormat::changeDuration(std::optional<qint64> now, std::optional<qint64> before) const
{
    if (!now || !before)
        return dash();
    const qint64 minutes = qint64(std::llround(double(*now - *before) / 60000.0));
    return tr("%1 min").arg(signedNumber(double(minutes), 0));
}

QString ReportFormat::changePercent(std::optional<double> now, std::optional<double> before) const
{
    if (!now || !before)
        return dash();
    return tr("%1 points").arg(signedNumber((*now - *before) * 100.0, 1));
}

QString ReportFormat::changeScore(std::optional<double> now, std::optional<double> before) const
{
    if (!now || !before)
        return dash();
    return signedNumber(*now - *before, 2);
}

QString ReportFormat::date(const QDate &d) const
{
    return DateInput::formatBoth(d, m_locale);
}

QString ReportFormat::date(const WrittenDate &d) const
{
    return d.toDisplayString(m_locale);
}

QString ReportFormat::dateTime(const QDateTime &utc) const
{
    const QDateTime local = utc.toTimeZone(Clock::deskTimeZone());
    return tr("%1, %2").arg(date(local.date()),
                            m_locale.toString(local.time(), QStringLiteral("HH:mm")));
}

QString ReportFormat::name(const QString &arabic, const QString &english) const
{
    if (isArabic())
        return arabic.isEmpty() ? english : arabic;
    return english.isEmpty() ? arabic : english;
}
