// The retention period's values (DOMAIN.md 6.5, issue 13), as the services
// hand them to the screens: the longest period, and a person past it.
#pragma once

#include <QDateTime>
#include <QString>

namespace Retention {
// The longest period, in years after a person's last closed case.
constexpr int maxYears = 100;
} // namespace Retention

// A person whose data is past the retention period.
struct PastRetention
{
    qint64 beneficiaryId = 0;
    QString fileNumber;     // may be empty (never registered at the verification step)
    QDateTime lastActivity; // their last case's end, or the record's creation without a case
    qint64 cases = 0;
};
