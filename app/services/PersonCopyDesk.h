// The copy of a person's data that the law gives them on request (issue 13,
// DOMAIN.md 6.4): gathers everything held about the person (PersonCopyData)
// and writes it as a PDF for the person or JSON for a machine, chosen by the
// file's extension, and records the copy against them (person.copy). Needs
// Action::HandleDataRequests (the manager and the administrator).
#pragma once

#include "core/Result.h"
#include "reports/PersonCopy.h"

#include <QCoreApplication>

class Database;
class Session;

class PersonCopyDesk final
{
    Q_DECLARE_TR_FUNCTIONS(PersonCopyDesk)

public:
    enum class Format
    {
        Pdf,
        Json
    };

    PersonCopyDesk(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // The person named by their ID number, file number or # and record
    // number (Anonymiser::resolve); refuses one that matches no one.
    Result<qint64> find(const QString &key) const;

    // Everything held about the person; an unknown person is refused.
    Result<PersonCopyData> gather(qint64 beneficiaryId) const;

    // The format a path asks for by its extension (.pdf, .json); anything
    // else refused in words.
    static Result<Format> formatOf(const QString &path);

    // Writes the copy to path (a temporary file renamed into place, never
    // onto the open database) in language ("ar" or "en") for the PDF, and
    // records it; nothing is left when any of it fails.
    Status write(qint64 beneficiaryId, const QString &path,
                 const QString &language = QStringLiteral("ar"));

    // A file name to offer: "person-42-copy.pdf".
    static QString suggestedFileName(qint64 beneficiaryId, Format format);

private:
    Status gatherCases(PersonCopyData &data) const;
    Status gatherNames(PersonCopyData &data) const;

    Database &m_db;
    const Session &m_session;
};
