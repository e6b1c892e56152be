// The audit log as people read it: what was done ("case.step" -> "Case moved
// to another step"), on which record ("Case 42", a beneficiary's name), and
// the details in words ("From: Reception (open) · To: Information (open)")
// instead of the stored JSON. Unknown actions and keys are shown as stored.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

class AuditText final
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    static QString action(const QString &code);
    // The action's English source text (for a translator of another
    // language than the window's); null when the code is unknown.
    static const char *actionSource(const QString &code);
    // names: display names of records by "entity:id" when known.
    static QString record(const QString &entity, qint64 id, const QString &name = QString());
    static QString details(const QString &json);
    // One detail value in words (roles, channels, steps, amounts, yes/no...).
    static QString value(const QString &key, const QString &raw);
    static QString keyLabel(const QString &key);
    static QString settingLabel(const QString &key);
};
