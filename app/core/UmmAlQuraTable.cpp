#include "core/UmmAlQuraTable.h"

#include <QFile>
#include <QList>

#include <algorithm>

namespace {

constexpr int kMonths = (UmmAlQuraTable::lastYear - UmmAlQuraTable::firstYear + 1) * 12;

int indexOf(int year, int month)
{
    if (year < UmmAlQuraTable::firstYear || year > UmmAlQuraTable::lastYear || month < 1 ||
        month > 12)
        return -1;
    return (year - UmmAlQuraTable::firstYear) * 12 + month - 1;
}

QByteArray builtInText()
{
    QFile file(QStringLiteral(":/calendar/umm-al-qura.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    // About 37 KB; a damaged resource larger than this is not read.
    return file.read(256 * 1024);
}

} // namespace

const UmmAlQuraTable &UmmAlQuraTable::builtIn()
{
    static const UmmAlQuraTable table(builtInText());
    return table;
}

UmmAlQuraTable::UmmAlQuraTable(const QByteArray &text)
{
    QVector<qint64> starts;
    starts.reserve(kMonths + 1);
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() != 3)
            return;
        const int n = int(starts.size());
        // Every month in order, then the first day after the table.
        const int year = firstYear + n / 12;
        const int month = n % 12 + 1;
        bool yearOk = false;
        bool monthOk = false;
        if (n > kMonths || fields[0].toInt(&yearOk) != year || fields[1].toInt(&monthOk) != month ||
            !yearOk || !monthOk)
            return;
        const QDate day = QDate::fromString(QString::fromLatin1(fields[2]), Qt::ISODate);
        if (!day.isValid())
            return;
        const qint64 jd = day.toJulianDay();
        if (n > 0) {
            const qint64 length = jd - starts.last();
            if (length < 28 || length > 31)
                return;
        }
        starts << jd;
    }
    if (starts.size() == kMonths + 1)
        m_starts = starts;
}

QDate UmmAlQuraTable::firstDay() const
{
    return isLoaded() ? QDate::fromJulianDay(m_starts.first()) : QDate();
}

QDate UmmAlQuraTable::lastDay() const
{
    return isLoaded() ? QDate::fromJulianDay(m_starts.last() - 1) : QDate();
}

QDate UmmAlQuraTable::monthStart(int year, int month) const
{
    const int i = indexOf(year, month);
    return isLoaded() && i >= 0 ? QDate::fromJulianDay(m_starts[i]) : QDate();
}

int UmmAlQuraTable::daysInMonth(int year, int month) const
{
    const int i = indexOf(year, month);
    return isLoaded() && i >= 0 ? int(m_starts[i + 1] - m_starts[i]) : 0;
}

bool UmmAlQuraTable::find(const QDate &date, int &year, int &month, int &day) const
{
    if (!isLoaded() || !date.isValid())
        return false;
    const qint64 jd = date.toJulianDay();
    if (jd < m_starts.first() || jd >= m_starts.last())
        return false;
    // The last month starting on or before the day.
    const auto after = std::upper_bound(m_starts.cbegin(), m_starts.cend(), jd);
    const int i = int(after - m_starts.cbegin()) - 1;
    year = firstYear + i / 12;
    month = i % 12 + 1;
    day = int(jd - m_starts[i]) + 1;
    return true;
}
