// The privacy notice's text, kept in the settings per language and edited by
// the manager in the catalogue (Action::EditCatalogue, audited as
// setting.set; an empty value stands for the default), and the notice the
// desk prints when consent is recorded (Action::ViewCases or EditCatalogue).
#pragma once

#include "core/Result.h"
#include "reports/PrivacyNotice.h"

#include <QCoreApplication>

class Database;
class Session;

class PrivacyNoticeDesk final
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyNoticeDesk)

public:
    PrivacyNoticeDesk(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // "privacy_notice.ar" or "privacy_notice.en".
    static QString key(const QString &language);

    // The text as the manager edits it: theirs, or the default.
    Result<QString> text(const QString &language) const;
    // Whether the manager has written their own text for the language.
    Result<bool> isCustom(const QString &language) const;
    // Saves the manager's text (bidi controls removed); an empty text, or the
    // default itself, puts the default back.
    Status save(const QString &language, const QString &text);
    // The notice to print or save, in the language, as of now.
    Result<PrivacyNoticeData> notice(const QString &language) const;
    // Writes the notice as a PDF at path, refused when path is or leads to
    // the open database.
    Status writePdf(const PrivacyNoticeData &data, const QString &path) const;

private:
    Status mayRead() const;
    Result<QString> stored(const QString &language) const;

    Database &m_db;
    const Session &m_session;
};
