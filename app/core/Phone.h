// A phone number a beneficiary can be reached on, as DOMAIN.md section 2
// defines: a Saudi mobile or landline, or a foreign number written in
// international form. Parsed, checked and formatted by Google's
// libphonenumber; stored in one canonical form (E.164), shown in the national
// form for Saudi numbers and in the international form for others. Only
// accepted values exist; an accepted value may carry a warning (a Saudi
// mobile prefix the library's numbering data does not know yet).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class Phone final
{
    Q_DECLARE_TR_FUNCTIONS(Phone)

public:
    // Rules 2.1-2.4. Saudi: 05XXXXXXXX, 5XXXXXXXX, 9665XXXXXXXX, +9665XXXXXXXX,
    // 009665XXXXXXXX; landlines the same with an area code 11, 12, 13, 14, 16
    // or 17 and 7 digits (0112345678, 112345678, +966112345678). Foreign:
    // +CC... or 00CC..., valid for its country. Spaces, dashes, dots, brackets,
    // bidi controls and any digits of rule 1.1 are accepted. Service numbers
    // (800, 9200, 92...) are refused. The failure says what is wrong and which
    // form was expected, in words.
    static Result<Phone> parse(const QString &input);

    // What was typed, reduced to its digits (ASCII) with a leading + kept, when
    // it holds only digits and the separators people write (spaces, dashes,
    // dots, brackets, bidi controls); else an empty string.
    static QString compact(const QString &typed);
    // Rule 2.6: the E.164 form of what was typed when it is an accepted number,
    // else an empty string; so search finds a phone typed in any form.
    static QString searchKey(const QString &typed);
    // The E.164 start of a partly typed number ("0501" -> "+966501",
    // "+4479" -> "+4479"), or empty when the compact digits cannot start one:
    // for search by prefix.
    static QString e164Prefix(const QString &digits);

    QString e164() const { return m_e164; } // +9665XXXXXXXX, +447911123456
    // What the desk shows: 05XXXXXXXX for a Saudi number, the international
    // form ("+44 7911 123456") for a foreign one (to be kept left to right).
    QString shown() const { return m_shown; }
    // The national significant digits (5XXXXXXXX): what a person may write
    // of the number in free text.
    QString significantDigits() const { return m_significant; }
    bool isSaudi() const { return m_e164.startsWith(QLatin1String("+966")); }
    bool isMobile() const { return m_mobile; }
    // Why the number, although accepted, should be checked with its owner; or
    // an empty string.
    QString warning() const;
    bool hasWarning() const { return m_unknownPrefix; }

    bool operator==(const Phone &other) const { return m_e164 == other.m_e164; }
    bool operator!=(const Phone &other) const { return !(*this == other); }

private:
    Phone() = default;
    QString m_e164;
    QString m_shown;
    QString m_significant;
    bool m_mobile = false;
    bool m_unknownPrefix = false; // a Saudi mobile prefix unknown to the data
};
