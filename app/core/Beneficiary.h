// A beneficiary as the association knows them: only what a service needs
// (DOMAIN.md section 6). Unknown optional fields stay empty/null.
#pragma once

#include "core/Domain.h"
#include "core/WrittenDate.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// The four-part name (rule 3.3): first and family required; father and
// grandfather may be empty for residents.
struct PersonName
{
    QString first;
    QString father;
    QString grandfather;
    QString family;

    QString full() const; // non-empty parts joined by one space
    bool operator==(const PersonName &o) const
    {
        return first == o.first && father == o.father && grandfather == o.grandfather &&
               family == o.family;
    }
};

struct Beneficiary
{
    qint64 id = 0;
    PersonName name;
    IdType idType = IdType::NationalId;
    QString idNumber; // ASCII digits for national ID, iqama and border number
    Gender gender = Gender::Unspecified;
    QDate birthDate; // null when unknown; the date all arithmetic uses
    // How the birth date was written (DOMAIN.md 5.2a): set both through
    // setBirthDate(WrittenDate) so that they agree.
    WrittenDate::Calendar birthCalendar = WrittenDate::Calendar::Unknown;
    HijriDate birthHijri = HijriDate(); // as typed, when written in Hijri
    QString phone;        // canonical E.164 (+9665XXXXXXXX) or empty
    QString city;
    QString district;
    int familySize = 0;                  // 0 when unknown
    std::optional<qint64> monthlyIncome; // in halalas (SAR/100)
    QString nationality;                 // ISO 3166 alpha-2, e.g. "SA"
    QString fileNumber;                  // issued at registration (e.g. 1448-000123)
    bool consentGiven = false;           // PDPL Art. 5
    QString consentPurpose;
    QDateTime consentAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // row version for stale-save detection

    // Processing restricted while a dispute is settled (PDPL; issue 13): the
    // record can be seen but not used for new cases, exports or documents.
    QDateTime restrictedAt; // null: not restricted
    QString restrictionReason;
    // Set when every identifying value was removed (DOMAIN.md 6.5): the
    // record stays only so that its cases still count in the figures.
    QDateTime anonymisedAt;
    int birthYear = 0; // an anonymised record's birth year; 0 otherwise

    WrittenDate writtenBirthDate() const
    {
        WrittenDate w(birthDate);
        w.calendar = birthCalendar;
        w.hijri = birthHijri;
        return w;
    }
    void setBirthDate(const WrittenDate &w)
    {
        birthDate = w.date;
        birthCalendar = w.calendar;
        birthHijri = w.hijri;
    }

    bool isRestricted() const { return restrictedAt.isValid(); }
    bool isAnonymised() const { return anonymisedAt.isValid(); }
};
