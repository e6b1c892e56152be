// A person who signs in, with the roles that decide what they may change.
#pragma once

#include "core/Domain.h"

#include <QDateTime>
#include <QString>
#include <QVector>

struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QVector<Role> roles;
    bool active = true;
    QDateTime createdAt;

    bool hasRole(Role r) const { return roles.contains(r); }
};

// One line of the append-only audit log: who did what to which record, when.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0;
    QString action; // e.g. "case.advance", "beneficiary.create"
    QString entity; // e.g. "case", "beneficiary"
    qint64 entityId = 0;
    QString details; // compact JSON
};
