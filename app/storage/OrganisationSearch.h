// Finds organisations by name in any spelling (DOMAIN.md section 4, as people
// are found: BeneficiarySearch), through the name-key indexes only, never a
// scan of the table. Every query word must equal a key of the name in one of
// its ArabicText::queryForms() or their hamza-folded forms (rule 4.6); the
// last word may be the start of one (two letters or more).
// Rank: every word whole in its exact spelling, then whole on the folded
// spelling, then by a prefix (likewise); ties by name.
#pragma once

#include "core/Organisation.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QVariantList>
#include <QVector>

class Database;

struct OrganisationMatch
{
    enum class Kind
    {
        WholeWords,
        SecondaryWholeWords,
        Prefix,
        SecondaryPrefix
    };
    Organisation organisation;
    Kind kind = Kind::WholeWords;
};

class OrganisationSearch final
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationSearch)

public:
    // Organisations are a few hundred at most: the statement reads up to this
    // many matching names, which are then ranked here.
    static constexpr int maxCandidates = 500;

    explicit OrganisationSearch(Database &db) : m_db(db) {}

    Result<QVector<OrganisationMatch>> find(const QString &query, int limit = 50) const;
    // The engine's plan for the statement find() runs, for tests.
    Result<QStringList> queryPlan(const QString &query) const;

private:
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    Statement statementFor(const QString &query) const;

    Database &m_db;
};
