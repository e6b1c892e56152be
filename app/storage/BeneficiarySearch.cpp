#include "storage/BeneficiarySearch.h"

#include "core/ArabicText.h"
#include "core/Phone.h"
#include "core/TextInput.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QHash>
#include <QSqlRecord>

namespace {

constexpr int kMinNumberPrefix = 4;
constexpr int kMinNamePrefix = 2;

// The statement around a set of matches (id, kind): each match is read once
// (its last visit computed once, materialised), ranked and cut to the limit;
// only the rows shown are then read from beneficiaries, each through its key
// (so even a name thousands share never reads the table through). ctes are
// the word sets the matches refer to, if any.
QString rankedSelect(QStringList ctes, const QString &matches)
{
    // The kind codes are in rank order, but the two exact matches rank alike,
    // and so do the two number prefixes.
    const QString rank = QStringLiteral("CASE WHEN %1kind <= 1 THEN 0 WHEN %1kind >= 6 THEN 6 "
                                        "ELSE %1kind END, COALESCE(%1last_visit, 0) DESC, %1id");
    ctes << QStringLiteral("m (id, kind) AS MATERIALIZED (%1)").arg(matches)
         << QStringLiteral("r AS MATERIALIZED (SELECT m.id AS id, m.kind AS kind, "
                           "(SELECT MAX(c.arrival_at) FROM cases c WHERE c.beneficiary_id = m.id) "
                           "AS last_visit FROM m)")
         << QStringLiteral("top AS MATERIALIZED (SELECT id, kind, last_visit FROM r ORDER BY %1 "
                           "LIMIT ?)")
                .arg(rank.arg(QString()));
    // Each shown row's columns are read through its key one by one: joined,
    // PostgreSQL may hash a small table's whole key index instead when it
    // expects a few dozen matches.
    QStringList columns;
    for (const char *column : {"id_number", "full_name", "phone"})
        columns << QStringLiteral("(SELECT b.%1 FROM beneficiaries b WHERE b.id = top.id)")
                       .arg(QLatin1String(column));
    return QStringLiteral("WITH ") + ctes.join(QLatin1String(", ")) +
           QStringLiteral(" SELECT top.id, %1, top.kind, top.last_visit FROM top ORDER BY ")
               .arg(columns.join(QLatin1String(", "))) +
           rank.arg(QStringLiteral("top."));
}

QStringList unique(const QStringList &in)
{
    QStringList out;
    for (const QString &s : in) {
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

} // namespace

BeneficiarySearch::Statement BeneficiarySearch::numberStatement(const QString &digits,
                                                                int limit) const
{
    // kind codes: 0 exact ID, 1 exact phone, 6 ID prefix, 7 phone prefix.
    const SqlDialect &dialect = m_db.dialect();
    QVariantList values;
    const QString bare = digits.startsWith(QLatin1Char('+')) ? digits.mid(1) : digits;
    values << bare;
    const QString phone = Phone::searchKey(digits);
    const bool exactPhone = !phone.isEmpty();
    if (exactPhone)
        values << phone;
    const bool idPrefix = bare.size() >= kMinNumberPrefix;
    bool phonePrefix = false;
    if (idPrefix) {
        values << bare << dialect.prefixUpperBound(bare);
        const QString phoneStart = Phone::e164Prefix(digits);
        phonePrefix = !phoneStart.isEmpty() && !exactPhone;
        if (phonePrefix)
            values << phoneStart << dialect.prefixUpperBound(phoneStart);
    }
    values << limit;

    // The statement has one of a few shapes: its text is made once per shape
    // (per thread), as making it cost a fifth of an ID search (issue 7).
    const int shape = (exactPhone ? 1 : 0) | (idPrefix ? 2 : 0) | (phonePrefix ? 4 : 0);
    thread_local QHash<int, QString> made;
    QString &sql = made[shape];
    if (sql.isEmpty()) {
        QStringList parts;
        parts << QStringLiteral("SELECT id, 0 AS kind FROM beneficiaries WHERE id_number = ?");
        if (exactPhone)
            parts << QStringLiteral("SELECT id, 1 AS kind FROM beneficiaries WHERE phone = ?");
        if (idPrefix)
            parts << QStringLiteral("SELECT id, 6 AS kind FROM beneficiaries WHERE id_number >= ? "
                                    "AND id_number < ?");
        if (phonePrefix)
            parts << QStringLiteral(
                "SELECT id, 7 AS kind FROM beneficiaries WHERE phone >= ? AND phone < ?");
        const QString matches = QStringLiteral("SELECT id, MIN(kind) FROM (%1) u GROUP BY id")
                                    .arg(parts.join(QLatin1String(" UNION ALL ")));
        sql = rankedSelect({}, matches);
    }
    return {sql, values};
}

BeneficiarySearch::Statement BeneficiarySearch::nameStatement(const QStringList &words,
                                                              int limit) const
{
    // kind codes: 2 every word whole, 4 the last word only as a prefix (on the
    // primary keys, exact spellings); 3 and 5 the same on the secondary keys
    // (rule 4.6); a name found both ways keeps the better. A name's
    // secondary keys are its primary keys that fold to themselves (name_tokens)
    // and the folded forms of the others (name_folds).
    const SqlDialect &dialect = m_db.dialect();
    QStringList ctes;
    QVariantList values;
    QStringList lastForms, lastFolded;
    const auto lookup = [&](const QString &table, const QStringList &keys, bool prefix) {
        QString body = QStringLiteral("SELECT beneficiary_id AS id FROM %1 WHERE key IN (%2)")
                           .arg(table, Sql::placeholders(int(keys.size())));
        for (const QString &k : keys)
            values << k;
        for (const QString &k : keys) {
            if (!prefix || k.size() < kMinNamePrefix)
                continue;
            body += QStringLiteral(" UNION SELECT beneficiary_id FROM %1 WHERE key >= ? AND "
                                   "key < ?")
                        .arg(table);
            values << k << dialect.prefixUpperBound(k);
        }
        return body;
    };
    const QString tokens = QStringLiteral("name_tokens");
    const QString folds = QStringLiteral("name_folds");
    for (int i = 0; i < words.size(); ++i) {
        const QStringList forms = unique(ArabicText::queryForms(words.at(i)) << words.at(i));
        QStringList folded;
        for (const QString &f : forms)
            folded << ArabicText::secondaryKey(f);
        folded = unique(folded);
        const bool last = i == words.size() - 1;
        if (last) {
            lastForms = forms;
            lastFolded = folded;
        }
        // (One call a statement: each adds its values in the order of the text.)
        ctes << QStringLiteral("w%1 (id) AS (%2)").arg(i).arg(lookup(tokens, forms, last));
        const QString foldedTokens = lookup(tokens, folded, last);
        const QString foldedKeys = lookup(folds, folded, last);
        ctes << QStringLiteral("v%1 (id) AS (%2 UNION %3)").arg(i).arg(foldedTokens, foldedKeys);
    }
    QStringList exact, secondary;
    for (int i = 0; i < words.size(); ++i) {
        exact << QStringLiteral("SELECT id FROM w%1").arg(i);
        secondary << QStringLiteral("SELECT id FROM v%1").arg(i);
    }
    ctes << QStringLiteral("hits (id) AS (%1)").arg(exact.join(QLatin1String(" INTERSECT ")));
    ctes << QStringLiteral("folded (id) AS (%1)").arg(secondary.join(QLatin1String(" INTERSECT ")));

    const auto whole = [&](const QString &table, const QString &from, const QStringList &keys) {
        for (const QString &k : keys)
            values << k;
        return QStringLiteral("EXISTS (SELECT 1 FROM %1 t WHERE t.beneficiary_id = %2.id AND "
                              "t.key IN (%3))")
            .arg(table, from, Sql::placeholders(int(keys.size())));
    };
    const QString exactKind = QStringLiteral("CASE WHEN %1 THEN 2 ELSE 4 END")
                                  .arg(whole(tokens, QStringLiteral("hits"), lastForms));
    const QString foldedWhole = whole(tokens, QStringLiteral("folded"), lastFolded);
    const QString foldedWholeKey = whole(folds, QStringLiteral("folded"), lastFolded);
    const QString foldedKind =
        QStringLiteral("CASE WHEN %1 OR %2 THEN 3 ELSE 5 END").arg(foldedWhole, foldedWholeKey);
    values << limit;
    // A name found both ways keeps its better rank: هياء is only the start of
    // هيا typed, but the whole of it on the secondary key.
    return {rankedSelect(ctes, QStringLiteral("SELECT id, MIN(kind) FROM (SELECT id, %1 AS kind "
                                              "FROM hits UNION ALL SELECT id, %2 AS kind FROM "
                                              "folded) u GROUP BY id")
                                   .arg(exactKind, foldedKind)),
            values};
}

BeneficiarySearch::Statement BeneficiarySearch::statementFor(const QString &query, int limit) const
{
    const int bounded = qBound(1, limit, 1000);
    // Digits with the separators people write in a phone ("(056) 766 2002",
    // "056.454.6779") are a number too.
    const QString number = Phone::compact(query);
    const QString bare = number.startsWith(QLatin1Char('+')) ? number.mid(1) : number;
    if (TextInput::isAllAsciiDigits(bare))
        return numberStatement(number, bounded);
    const QStringList words = ArabicText::tokens(query);
    if (words.isEmpty())
        return {};
    return nameStatement(words, bounded);
}

Result<QVector<BeneficiaryMatch>> BeneficiarySearch::find(const QString &query, int limit) const
{
    const Statement st = statementFor(query, limit);
    QVector<BeneficiaryMatch> out;
    if (st.sql.isEmpty())
        return out;
    // Prepared once per connection: preparing this statement costs SQLite
    // several times what running it does (issue 7).
    Sql::Cached statement(m_db, st.sql);
    if (Status s = statement.exec(st.values, tr("The search could not run.")); !s)
        return s;
    QSqlQuery &q = statement.query();
    while (q.next()) {
        BeneficiaryMatch m;
        m.id = q.value(0).toLongLong();
        m.idNumber = q.value(1).toString();
        m.fullName = q.value(2).toString();
        m.phone = q.value(3).toString();
        switch (q.value(4).toInt()) {
        case 0:
            m.kind = BeneficiaryMatch::Kind::ExactId;
            break;
        case 1:
            m.kind = BeneficiaryMatch::Kind::ExactPhone;
            break;
        case 2:
            m.kind = BeneficiaryMatch::Kind::WholeWords;
            break;
        case 3:
            m.kind = BeneficiaryMatch::Kind::SecondaryWholeWords;
            break;
        case 4:
            m.kind = BeneficiaryMatch::Kind::NamePrefix;
            break;
        case 5:
            m.kind = BeneficiaryMatch::Kind::SecondaryPrefix;
            break;
        case 6:
            m.kind = BeneficiaryMatch::Kind::IdPrefix;
            break;
        default:
            m.kind = BeneficiaryMatch::Kind::PhonePrefix;
            break;
        }
        m.lastVisit = Sql::timeFrom(q.value(5));
        out << m;
    }
    return out;
}

Result<QStringList> BeneficiarySearch::queryPlan(const QString &query, int limit) const
{
    const Statement st = statementFor(query, limit);
    if (st.sql.isEmpty())
        return QStringList();
    return Sql::queryPlan(m_db, st.sql, st.values, tr("The search could not run."));
}
