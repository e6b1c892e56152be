// How the monthly report writes its numbers, times, amounts, dates and changes
// in the report's language: Arabic (Saudi Arabia: Arabic-Indic digits, the
// locale's signs) or English. Durations are in minutes; amounts in riyals.
#pragma once

#include "core/WrittenDate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

class ReportFormat final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    // language: "ar" (default) or "en".
    explicit ReportFormat(const QString &language = QStringLiteral("ar"));

    const QString &language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }
    bool isArabic() const { return m_language != QLatin1String("en"); }
    Qt::LayoutDirection direction() const { return isArabic() ? Qt::RightToLeft : Qt::LeftToRight; }

    QString count(qint64 n) const;
    QString decimal(double v, int precision = 1) const;
    // A share of 0..1 as a percentage; a dash when there is none.
    QString percent(std::optional<double> share) const;
    // Milliseconds as whole minutes ("14 min", "1 h 05 min"); a dash when none.
    QString duration(std::optional<qint64> ms) const;
    QString score(std::optional<double> mean) const; // "4.2"
    QString amount(qint64 halalas) const;            // "1,250 SAR"
    QString quantity(double q) const;

    // The change from last period: "+12 (+5.3%)", "−3 min", "+2.1 points", "+0.2".
    QString changeCount(qint64 now, qint64 before) const;
    QString changeDuration(std::optional<qint64> now, std::optional<qint64> before) const;
    QString changePercent(std::optional<double> now, std::optional<double> before) const;
    QString changeScore(std::optional<double> now, std::optional<double> before) const;

    // A day in both calendars (Hijri first in Arabic), and an instant in desk time.
    QString date(const QDate &d) const;
    // A date typed from a document, as written (DOMAIN.md 5.2a).
    QString date(const WrittenDate &d) const;
    QString dateTime(const QDateTime &utc) const;

    // The Arabic or English name of a catalogue entry, the other when one is empty.
    QString name(const QString &arabic, const QString &english) const;

    static QString dash() { return QStringLiteral("—"); }

private:
    QString signedNumber(double v, int precision) const;

    QString m_language;
    QLocale m_locale;
};
