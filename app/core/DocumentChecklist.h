// Judges a service's required documents against the checklist a beneficiary
// has shown, on a given day: each must be marked provided and, when it has an
// expiry date, not be expired on that day (a document expiring on the day
// itself is still valid). Problems are named by document, in words.
#pragma once

#include "core/Service.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class DocumentChecklist final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentChecklist)

public:
    // Gives the name people know a document type by; empty or unset: the code.
    using Namer = std::function<QString(const QString &typeCode)>;

    enum class Problem
    {
        NotProvided, // no entry on the checklist, or not marked provided
        NoExpiry,    // the type expires (per the catalogue) but no date was recorded
        Expired      // the expiry date is before the day
    };

    struct Finding
    {
        QString typeCode;
        Problem problem = Problem::NotProvided;
        QDate expiry;   // for Expired
        QString reason; // in words, naming the document
    };

    // types: the catalogue, used only to know which types must carry an expiry
    // date; without it a provided document with no date is taken not to expire.
    explicit DocumentChecklist(Namer namer = {}, QVector<DocumentType> types = {});

    // One finding per required document that is not in order on the day; empty
    // when all are. A type listed twice is judged once.
    QVector<Finding> check(const QStringList &required, const QVector<Document> &documents,
                           const QDate &day) const;

    QString nameOf(const QString &typeCode) const;

private:
    bool typeExpires(const QString &typeCode) const;

    Namer m_namer;
    QVector<DocumentType> m_types;
};
