// Destroys a person's data at the manager's word (issue 13, DOMAIN.md 6.5):
// the manager (Action::DestroyPersonalData) gives a reason and their password
// again; the record then keeps only what the figures need. Also the preview
// of what would go, for the dialog, the command line and the retention list.
#pragma once

#include "core/Result.h"
#include "storage/PersonEraser.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class Authenticator;
class Database;
class Session;

class Anonymiser final
{
    Q_DECLARE_TR_FUNCTIONS(Anonymiser)

public:
    // The longest reason kept.
    static constexpr int maxReasonLength = 300;

    Anonymiser(Database &db, const Session &session, Authenticator &authenticator)
        : m_db(db), m_session(session), m_auth(authenticator)
    {}

    // The record number of the person named by their ID number, file number
    // or #record number (PersonEraser::find); refuses one that matches no one.
    Result<qint64> find(const QString &key) const;
    // find() without the permission check, for the services that have made
    // their own (the copy of a person's data).
    static Result<qint64> resolve(Database &db, const QString &key);

    Result<ErasurePreview> preview(qint64 beneficiaryId) const;

    // Anonymises the beneficiary once the signed-in manager's password is
    // confirmed (on a server set up with roles, by their own login
    // connecting again). The reason goes into the audit trail, which is
    // hash-chained and can never be cleared: so that the trail says why the
    // data was destroyed without keeping any of it, a reason holding one of
    // the person's own values (a name, the ID number, the phone, the
    // district) is refused. Nothing changes on a refusal.
    Status anonymise(qint64 beneficiaryId, const QString &reason, const QString &password);

    // The retention job's step for one person past the period of years
    // (the password was confirmed when the job started): the audit row says
    // the period, no reason is typed.
    Status anonymiseForRetention(qint64 beneficiaryId, int years);

    // The reason's refusal in words, or success: empty, too long, or naming
    // the person.
    Status checkReason(qint64 beneficiaryId, const QString &reason) const;

    // Confirms the signed-in person's password (the dialog and the job ask
    // for it before acting). Give the window's own authenticator (the
    // sign-in's): its failures slow the next attempts down, the sign-in's
    // and these alike.
    Status confirmPassword(const QString &password);

private:
    Database &m_db;
    const Session &m_session;
    Authenticator &m_auth;
};
