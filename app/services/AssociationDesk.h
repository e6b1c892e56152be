// The association's identity (issue 4): name in Arabic and English, licence
// number, address and logo, as the window header, the declaration and the
// reports show them. Reading and saving need Action::EditAssociation (the
// administrator), checked here; anyone may read the profile through
// AssociationProfile::load for display.
#pragma once

#include "core/Result.h"
#include "storage/AssociationProfile.h"

#include <QByteArray>
#include <QCoreApplication>

class Database;
class Session;

class AssociationDesk final
{
    Q_DECLARE_TR_FUNCTIONS(AssociationDesk)

public:
    // The longest side of a stored logo, in pixels.
    static constexpr int logoSide = 256;

    AssociationDesk(Database &db, const Session &session) : m_db(db), m_session(session) {}
    AssociationDesk(const AssociationDesk &) = delete;
    AssociationDesk &operator=(const AssociationDesk &) = delete;

    Result<AssociationProfile> load() const;
    // What every screen shows of the association, signed in or not (the
    // sign-in dialog, the window's title, printed documents): public, so no
    // permission is asked.
    static Result<AssociationProfile> shown(Database &db);
    // Saves the profile after checking it: an Arabic name is required; the
    // licence number is digits (any digits are accepted and stored as ASCII).
    // Only what changed is written, each change audited.
    Status save(const AssociationProfile &profile);

    // An image file's bytes (PNG, JPEG, ...) as the PNG to store: scaled down
    // to logoSide when larger. Refused with the reason when not an image.
    static Result<QByteArray> logoFromImage(const QByteArray &imageData);

private:
    Database &m_db;
    const Session &m_session;
};
