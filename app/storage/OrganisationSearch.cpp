#include "storage/OrganisationSearch.h"

#include "core/ArabicText.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QSqlRecord>

#include <algorithm>

namespace {

constexpr int kMinOrganisationPrefix = 2;

QStringList distinct(const QStringList &in)
{
    QStringList out;
    for (const QString &s : in) {
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

// How the query meets the name: on its exact spelling first, else on both
// folded (ArabicText's own matching, on the keys the statement found).
OrganisationMatch::Kind rank(const QString &query, const QString &name)
{
    using Kind = OrganisationMatch::Kind;
    const ArabicText::Match exact = ArabicText::match(query, name);
    if (exact == ArabicText::Match::Whole)
        return Kind::WholeWords;
    const ArabicText::Match folded =
        ArabicText::match(ArabicText::secondaryText(ArabicText::normalise(query)),
                          ArabicText::secondaryText(ArabicText::normalise(name)));
    if (folded == ArabicText::Match::Whole)
        return Kind::SecondaryWholeWords;
    return exact == ArabicText::Match::Prefix ? Kind::Prefix : Kind::SecondaryPrefix;
}

} // namespace

OrganisationSearch::Statement OrganisationSearch::statementFor(const QString &query) const
{
    const QStringList words = ArabicText::tokens(query);
    if (words.isEmpty())
        return {};
    const SqlDialect &dialect = m_db.dialect();
    QVariantList values;
    // One set of ids per word: its forms on the exact keys, their folded
    // forms on the exact keys (a key without a hamza seat is its own fold)
    // and on the folded keys; the last word's also by their start.
    const auto lookup = [&](const QString &table, const QStringList &keys, bool prefix) {
        QString body = QStringLiteral("SELECT organisation_id FROM %1 WHERE key IN (%2)")
                           .arg(table, Sql::placeholders(int(keys.size())));
        for (const QString &k : keys)
            values << k;
        for (const QString &k : keys) {
            if (!prefix || k.size() < kMinOrganisationPrefix)
                continue;
            body += QStringLiteral(" UNION SELECT organisation_id FROM %1 WHERE key >= ? AND "
                                   "key < ?")
                        .arg(table);
            values << k << dialect.prefixUpperBound(k);
        }
        return body;
    };
    QStringList ctes, sets;
    for (int i = 0; i < words.size(); ++i) {
        const QStringList forms = distinct(ArabicText::queryForms(words.at(i)) << words.at(i));
        QStringList folded;
        for (const QString &f : forms)
            folded << ArabicText::secondaryKey(f);
        const QStringList keys = distinct(forms + folded);
        const bool last = i == words.size() - 1;
        const QString exact = lookup(QStringLiteral("organisation_name_tokens"), keys, last);
        const QString folds =
            lookup(QStringLiteral("organisation_name_folds"), distinct(folded), last);
        ctes << QStringLiteral("w%1 (id) AS (%2 UNION %3)").arg(i).arg(exact, folds);
        sets << QStringLiteral("SELECT id FROM w%1").arg(i);
    }
    ctes << QStringLiteral("hits (id) AS (%1)").arg(sets.join(QLatin1String(" INTERSECT ")));
    ctes << QStringLiteral("top AS (SELECT id FROM hits ORDER BY id LIMIT ?)");
    values << maxCandidates;
    // Each row read through its key, as BeneficiarySearch does.
    QStringList columns;
    for (const char *column : {"name", "kind", "supervising", "contact_person", "contact_phone",
                               "created_at", "version"})
        columns << QStringLiteral("(SELECT o.%1 FROM organisations o WHERE o.id = top.id)")
                       .arg(QLatin1String(column));
    return {
        QStringLiteral("WITH ") + ctes.join(QLatin1String(", ")) +
            QStringLiteral(" SELECT top.id, %1 FROM top").arg(columns.join(QLatin1String(", "))),
        values};
}

Result<QVector<OrganisationMatch>> OrganisationSearch::find(const QString &query, int limit) const
{
    const Statement st = statementFor(query);
    QVector<OrganisationMatch> out;
    if (st.sql.isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q, st.sql, st.values, tr("The search could not run.")); !s)
        return s;
    while (q.next()) {
        OrganisationMatch m;
        Organisation &o = m.organisation;
        o.id = q.value(0).toLongLong();
        o.name = q.value(1).toString();
        o.kind =
            OrganisationKinds::fromCode(q.value(2).toString()).value_or(OrganisationKind::Other);
        o.supervising = q.value(3).toInt() != 0;
        o.contactPerson = q.value(4).toString();
        o.contactPhone = q.value(5).toString();
        o.createdAt = Sql::timeFrom(q.value(6));
        o.version = q.value(7).toInt();
        m.kind = rank(query, o.name);
        out << m;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const OrganisationMatch &a, const OrganisationMatch &b) {
                         if (a.kind != b.kind)
                             return a.kind < b.kind;
                         return a.organisation.name < b.organisation.name;
                     });
    if (out.size() > qBound(1, limit, maxCandidates))
        out.resize(qBound(1, limit, maxCandidates));
    return out;
}

Result<QStringList> OrganisationSearch::queryPlan(const QString &query) const
{
    const Statement st = statementFor(query);
    if (st.sql.isEmpty())
        return QStringList();
    return Sql::queryPlan(m_db, st.sql, st.values, tr("The search could not run."));
}
