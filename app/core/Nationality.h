// The nationalities a Saudi front desk meets most (two-letter ISO 3166 codes,
// as stored), with their names in the interface language. Any other code may
// be typed; it is shown as itself. One list for the beneficiary's record and
// the services' nationality rules.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Nationality final
{
    Q_DECLARE_TR_FUNCTIONS(Nationality)

public:
    // In the order the lists show them, Saudi first.
    static QStringList commonCodes();
    static bool isCommon(const QString &code);
    // "Saudi" (or its translation); the code itself when not in the list.
    static QString name(const QString &code);
    // "Saudi (SA)": a list's entry; the code alone when not in the list.
    static QString entry(const QString &code);
};
