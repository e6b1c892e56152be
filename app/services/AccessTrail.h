// Who looked at a person's data (issue 13, DOMAIN.md 6.6): records each read
// of it (their file opened, a case's paper printed or saved, a copy of their
// data) as an audit row naming the person, and lists everything seen or
// changed about them, newest first, for the file's "who looked" view.
#pragma once

#include "core/PersonTrail.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

class Database;
class Session;

class AccessTrail final
{
    Q_DECLARE_TR_FUNCTIONS(AccessTrail)

public:
    static constexpr int maxEntries = 2000;

    AccessTrail(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // Records a read by the session's user, who the caller checked may read.
    // A database opened read-only can keep no row: the read is let through.
    Status record(const QString &action, qint64 beneficiaryId, const QJsonObject &details = {});

    // Everything seen or changed about the person and their cases, newest
    // first, with the month exports that held them (ExportReach: a case of
    // theirs arrived in the month before the export, and they were not
    // restricted by then): HandleDataRequests.
    Result<QVector<AccessEntry>> of(qint64 beneficiaryId) const;

    // Display names of every user by id, for naming who did what.
    static Result<QHash<qint64, QString>> userNames(Database &db);

private:
    Status addExports(qint64 beneficiaryId, const QHash<qint64, QString> &names,
                      QVector<AccessEntry> &out) const;

    Database &m_db;
    const Session &m_session;
};
