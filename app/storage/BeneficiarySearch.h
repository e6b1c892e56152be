// Finds beneficiaries by name (any spelling variant, DOMAIN.md section 4),
// national ID or phone, through indexes only: never a scan of the table.
//
// A name query is split with ArabicText::tokens(); every word must equal an
// indexed key in one of its ArabicText::queryForms() (any name part, any
// order); the last word may also match as a prefix (two letters or more).
// A query of digits (after rule 1.1) matches an ID number exactly or by its
// start, and a phone in any accepted form (Phone::searchKey), exactly or by its
// start (four digits or more for a start).
// Names are matched on their primary keys (exact spellings) and, for the
// names those miss, on the secondary keys of rule 4.6 (hamza seats folded:
// عايشة finds عائشة and back).
// Rank: exact ID or phone, then every word whole (exact spelling, then
// secondary), then prefixes (likewise); ties by the most recent visit (latest
// case arrival), then record number.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantList>
#include <QVector>

class Database;

struct BeneficiaryMatch
{
    enum class Kind
    {
        ExactId,
        ExactPhone,
        WholeWords,
        SecondaryWholeWords, // every word whole on the hamza-folded key only (4.6)
        NamePrefix,
        SecondaryPrefix,
        IdPrefix,
        PhonePrefix
    };

    qint64 id = 0;
    QString idNumber;
    QString fullName;
    QString phone; // E.164
    Kind kind = Kind::WholeWords;
    QDateTime lastVisit; // invalid when the beneficiary has no case
};

class BeneficiarySearch final
{
    Q_DECLARE_TR_FUNCTIONS(BeneficiarySearch)

public:
    explicit BeneficiarySearch(Database &db) : m_db(db) {}

    Result<QVector<BeneficiaryMatch>> find(const QString &query, int limit = 50) const;

    // The engine's plan for the statement find() runs (one line per step),
    // for tests and diagnostics.
    Result<QStringList> queryPlan(const QString &query, int limit = 50) const;

private:
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    // Empty sql when the query has nothing to look for.
    Statement statementFor(const QString &query, int limit) const;
    Statement numberStatement(const QString &digits, int limit) const;
    Statement nameStatement(const QStringList &words, int limit) const;

    Database &m_db;
};
