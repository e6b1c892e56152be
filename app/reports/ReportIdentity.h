// The association as the report's header shows it: name, licence number and
// logo, read from the settings table (the keys the association's profile uses:
// "association.name", "association.name_en", "association.logo" as a base64
// PNG, and "association.licence_number"), with defaults for what is not set.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

class Database;

struct ReportIdentity
{
    Q_DECLARE_TR_FUNCTIONS(ReportIdentity)

public:
    static QString nameKey();
    static QString englishNameKey();
    static QString logoKey();
    static QString licenceKey();

    QString name;        // Arabic; empty: not set
    QString englishName; // empty: not set
    QString licenceNumber;
    QImage logo; // null: none set (the header draws the name's first letter)

    // In English the English name when there is one; else the Arabic name;
    // else a default.
    QString displayName(const QString &language) const;

    static Result<ReportIdentity> load(Database &db);
};
