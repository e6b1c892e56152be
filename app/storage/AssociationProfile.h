// The association's identity as people see it on screens and printouts: its
// name (Arabic, and optionally English), licence number, address and logo, kept
// in the database
// settings (SettingsRepository) so every desk shows the same. Missing values
// fall back to defaults.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Database;

struct AssociationProfile
{
    Q_DECLARE_TR_FUNCTIONS(AssociationProfile)

public:
    // Keys in the settings table.
    static QString nameKey();          // "association.name" (Arabic)
    static QString englishNameKey();   // "association.name_en" (optional)
    static QString logoKey();          // "association.logo": a PNG, base64
    static QString licenceNumberKey(); // "association.licence_number"
    static QString addressKey();       // "association.address"

    QString name;          // empty: not set
    QString englishName;   // empty: not set
    QByteArray logoPng;    // empty: no logo set
    QString licenceNumber; // the registration number with the national centre; empty: not set
    QString address;       // may hold several lines; empty: not set

    // The name to show in the given language ("ar" or "en"): the English name
    // in English when there is one, else the Arabic name, else the default.
    QString displayName(const QString &language) const;
    static QString defaultName();

    static Result<AssociationProfile> load(Database &db);
    // Stores the values (empty ones are removed), audited as actorId.
    static Status save(Database &db, const AssociationProfile &profile, qint64 actorId);
};
