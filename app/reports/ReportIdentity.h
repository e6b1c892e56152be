// The association as the report's header shows it: name, licence number,
// address and logo, from the association's profile in the settings
// (AssociationProfile), with its defaults for what is not set.
#pragma once

#include "core/Result.h"
#include "storage/AssociationProfile.h"

#include <QImage>
#include <QString>

class Database;

struct ReportIdentity
{
    static QString nameKey() { return AssociationProfile::nameKey(); }
    static QString englishNameKey() { return AssociationProfile::englishNameKey(); }
    static QString logoKey() { return AssociationProfile::logoKey(); }
    static QString licenceKey() { return AssociationProfile::licenceNumberKey(); }

    AssociationProfile profile;
    QImage logo; // null: none set (the header draws the name's first letter)

    // In English the English name when there is one; else the Arabic name;
    // else the default.
    QString displayName(const QString &language) const { return profile.displayName(language); }
    const QString &licenceNumber() const { return profile.licenceNumber; }
    // The address's first line.
    QString address() const { return profile.address.section(QLatin1Char('\n'), 0, 0).trimmed(); }

    static Result<ReportIdentity> load(Database &db);
};
