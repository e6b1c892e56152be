// The breach report (issue 13, DOMAIN.md 6.6): for a range of days at the
// desk, whose personal data was seen or changed, by whom, when and how, read
// from the audit log (PersonEvents, month exports expanded by ExportReach),
// saved as PDF or CSV, never onto the open database, and itself recorded
// (breach.report). Needs Action::HandleDataRequests (the manager and the
// administrator).
#pragma once

#include "core/Result.h"
#include "reports/BreachReport.h"

#include <QCoreApplication>
#include <QDate>

class Database;
class Session;

class BreachReportDesk final
{
    Q_DECLARE_TR_FUNCTIONS(BreachReportDesk)

public:
    // A report longer than this is refused: a shorter range is asked for.
    static constexpr int maxRows = 20000;
    // Month exports in one range expanded at most.
    static constexpr int maxExports = 500;

    enum class Format
    {
        Pdf,
        Csv
    };

    BreachReportDesk(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // Everything in the report for the days from..to (inclusive, desk time).
    Result<BreachReportData> gather(const QDate &from, const QDate &to) const;

    // The format a path asks for by its extension (.pdf, .csv); anything
    // else refused in words.
    static Result<Format> formatOf(const QString &path);

    // Writes the report to path (a temporary file renamed into place, never
    // onto the open database), the PDF in language ("ar" or "en"), and
    // records it; returns its number of entries. Nothing is left when any of
    // it fails.
    Result<qint64> write(const QDate &from, const QDate &to, const QString &path,
                         const QString &language = QStringLiteral("ar"));

    // A file name to offer: "breach-report-2026-11-01-2026-11-30.pdf".
    static QString suggestedFileName(const QDate &from, const QDate &to, Format format);

private:
    Status addExports(const QDateTime &from, const QDateTime &to, QVector<BreachRow> &rows) const;
    Status addNames(BreachReportData &data) const;

    Database &m_db;
    const Session &m_session;
};
