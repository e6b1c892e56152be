// The manager's catalogue: document types, services and their eligibility rules,
// and the checklist of documents a beneficiary has provided.
#pragma once

#include "core/WrittenDate.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

struct DocumentType
{
    qint64 id = 0;
    QString code; // stable, e.g. "national_id_card"
    QString nameAr;
    QString nameEn;
    bool hasExpiry = true;
};

// A document on the beneficiary's checklist (DOMAIN.md 6.3: a record that it
// was seen, not a scan).
struct Document
{
    qint64 id = 0;
    qint64 beneficiaryId = 0;
    QString typeCode;
    bool provided = false;
    bool verified = false;
    QDate expiry; // null when the type has no expiry
    // How the expiry date was written (DOMAIN.md 5.2a): set both through
    // setExpiry(WrittenDate) so that they agree.
    WrittenDate::Calendar expiryCalendar = WrittenDate::Calendar::Unknown;
    HijriDate expiryHijri = HijriDate();

    WrittenDate writtenExpiry() const
    {
        WrittenDate w(expiry);
        w.calendar = expiryCalendar;
        w.hijri = expiryHijri;
        return w;
    }
    void setExpiry(const WrittenDate &w)
    {
        expiry = w.date;
        expiryCalendar = w.calendar;
        expiryHijri = w.hijri;
    }
};

struct EligibilityRule
{
    enum class Kind
    {
        IncomePerMemberCeiling, // amount: monthly income / family size <= amount (halalas)
        Nationality,            // values: allowed ISO codes
        City,                   // values: allowed cities
        AgeRange,               // minimum..maximum years on the day
        MinFamilySize,          // minimum members
        RequiredDocumentsValid  // the service's required documents provided and unexpired
    };
    Kind kind = Kind::RequiredDocumentsValid;
    qint64 amount = 0;
    int minimum = 0;
    int maximum = 0;
    QStringList values;
};

struct Service
{
    qint64 id = 0;
    QString code;
    QString nameAr;
    QString nameEn;
    bool active = true;
    bool needsApproval = false;    // delivered only after the program officer approves
    QStringList requiredDocuments; // DocumentType codes
    QVector<EligibilityRule> rules;
    int rulesVersion = 1; // a case keeps the version it was evaluated against

    // The name in the window's language: English when the window is in
    // English and an English name exists, Arabic otherwise.
    QString displayName() const;
};
