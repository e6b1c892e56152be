// A Saudi phone number, mobile or landline, as DOMAIN.md section 2 defines.
// Stored in one canonical form (E.164) and shown in the national form. Only
// valid values exist.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class Phone final
{
    Q_DECLARE_TR_FUNCTIONS(Phone)

public:
    // Rules 2.1 and 2.2. Mobile: 05XXXXXXXX, 5XXXXXXXX, 9665XXXXXXXX,
    // +9665XXXXXXXX, 009665XXXXXXXX. Landline: 01AXXXXXXX (area digit A 1-7,
    // e.g. 011 for Riyadh), +9661A..., 009661A... Spaces, dashes, bidi
    // controls and any digits of rule 1.1 are accepted. Operator prefixes are
    // not hard-coded. The failure says what is wrong, in words.
    static Result<Phone> parse(const QString &input);

    // Rule 2.3: the E.164 form of what was typed when it is a valid Saudi
    // number, else an empty string; so search finds a phone typed in any form.
    static QString searchKey(const QString &typed);
    // The E.164 start of a partly typed Saudi number ("0501" -> "+966501"),
    // or empty when the digits (ASCII) cannot start one: for search by prefix.
    static QString e164Prefix(const QString &digits);

    QString e164() const { return QStringLiteral("+966") + m_national; }  // +9665XXXXXXXX
    QString national() const { return QStringLiteral("0") + m_national; } // 05XXXXXXXX
    bool isMobile() const { return m_national.startsWith(u'5'); }

    bool operator==(const Phone &other) const { return m_national == other.m_national; }
    bool operator!=(const Phone &other) const { return !(*this == other); }

private:
    // The nine national significant digits, without the trunk 0 or +966.
    explicit Phone(QString national) : m_national(std::move(national)) {}
    QString m_national;
};
