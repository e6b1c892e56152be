// The copy of a person's data for the person (issue 13): an A4 PDF of every
// section of PersonCopyData, in the report's language (Arabic, right to
// left, by default; dates in both calendars), with the association's name at
// its head. Written to any device, a test's buffer or the file OutputFile
// puts in place.
#pragma once

#include "core/Result.h"
#include "reports/PersonCopy.h"
#include "reports/ReportFormat.h"

#include <QCoreApplication>

class QIODevice;

class PersonCopyPdf final
{
    Q_DECLARE_TR_FUNCTIONS(PersonCopyPdf)

public:
    PersonCopyPdf(const PersonCopyData &data, const ReportFormat &format) : m_d(data), m_f(format)
    {}

    // The rich text the pages are laid out from.
    QString html() const;
    Status write(QIODevice *out) const;

private:
    QString title() const;
    QString profile() const;
    // An anonymised record's birth year (in both calendars when it was written in Hijri).
    QString keptBirthYear(const Beneficiary &b) const;
    QString documents() const;
    QString cases() const;
    QString oneCase(const PersonCopyCase &record) const;
    QString requests() const;
    QString corrections() const;
    QString trail() const;

    QString when(const QDateTime &utc) const;
    QString who(qint64 userId) const;
    QString table(const QStringList &header, const QVector<QStringList> &rows,
                  const QVector<int> &widths) const;
    static QString section(const QString &title);
    static QString none(const QString &text);

    const PersonCopyData &m_d;
    const ReportFormat &m_f;
};
