#include "storage/migrations/Migrations.h"

namespace Migrations {

// Dates kept as written (issue 15, DOMAIN.md 5.2a): a birth date or a
// document's expiry typed in Hijri keeps its Hijri year, month and day as
// typed ("1395/09/30") beside the Gregorian date, which stays the one stored
// for arithmetic. The calendar is "gregorian" or "hijri"; rows already there
// keep '' (written in a calendar nobody recorded) and are shown as before.
QStringList version8(const SqlDialect &)
{
    return {
        QStringLiteral("ALTER TABLE beneficiaries ADD COLUMN birth_calendar TEXT NOT NULL "
                       "DEFAULT ''"),
        QStringLiteral("ALTER TABLE beneficiaries ADD COLUMN birth_hijri TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN expiry_calendar TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN expiry_hijri TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace Migrations
