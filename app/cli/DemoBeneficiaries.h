// The demo's beneficiaries, one at a time: citizens and residents with
// Arabic four-part names, valid and unique ID numbers, phones, cities and
// districts, families and incomes spread as a desk sees them, and a file
// number for most.
#pragma once

#include "cli/DemoDice.h"
#include "core/Beneficiary.h"

#include <QDateTime>
#include <QHash>

class DemoBeneficiaries final
{
public:
    // now: the moment the demo is made for (UTC); today: the desk's date then.
    DemoBeneficiaries(DemoDice &dice, quint64 seed, const QDateTime &now, const QDate &today);

    // The index-th beneficiary (0, 1, ...), drawn in order from the dice.
    Beneficiary make(int index);

private:
    DemoDice &m_dice;
    quint64 m_idOffset;
    QDateTime m_now;
    QDate m_today;
    QHash<int, int> m_fileSequence; // Hijri year -> last file number issued
};
