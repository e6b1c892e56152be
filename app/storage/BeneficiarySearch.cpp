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
    const QString rank = QStringLiteral("CASE WHEN %1kind <= 1 THEN 0 WHEN %1kind = 2 THEN 1 "
                                        "ELSE 2 END, COALESCE(%1last_visit, 0) DESC, %1id");
    ctes << QStringLiteral("m (id, kind) AS MATERIALIZED (%1)").arg(matches)
         << QStringLiteral("r AS MATERIALIZED (SELECT m.id AS id, m.kind AS kind, "
                           "(SELECT MAX(c.arrival_at) FROM cases c WHERE c.beneficiary_id = m.id) "
                           "AS last_visit FROM m)")
         << QStringLiteral("top AS MATERIALIZED (SELECT id, kind, last_visit FROM r ORDER BY %1 "
                           "LIMIT ?)")
                .arg(rank.arg(QString()));
    return QStringLiteral("WITH ") + ctes.join(QLatin1String(", ")) +
           QStringLiteral(" SELECT b.id, b.id_number, b.full_name, b.phone, top.kind, "
                          "top.last_visit FROM top JOIN beneficiaries b ON b.id = top.id "
                          "ORDER BY ") +
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
    // kind codes: 0 exact ID, 1 exact phone, 4 ID prefix, 5 phone prefix.
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
            parts << QStringLiteral("SELECT id, 4 AS kind FROM beneficiaries WHERE id_number >= ? "
                                    "AND id_number < ?");
        if (phonePrefix)
            parts << QStringLiteral(
                "SELECT id, 5 AS kind FROM beneficiaries WHERE phone >= ? AND phone < ?");
        const QString matches = QStringLiteral("SELECT id, MIN(kind) FROM (%1) u GROUP BY id")
                                    .arg(parts.join(QLatin1String(" UNION ALL ")));
        sql = rankedSelect({}, matches);
    }
    return {sql, values};
}

BeneficiarySearch::Statement BeneficiarySearch::nameStatement(const QStringList &words,
                                                              int limit) const
{
    // kind codes: 2 every word whole, 3 the last word only as a prefix.
    const SqlDialect &dialect = m_db.dialect();
    QStringList ctes;
    QVariantList values;
    QStringList lastForms;
    for (int i = 0; i < words.size(); ++i) {
        const QStringList forms = unique(ArabicText::queryForms(words.at(i)) << words.at(i));
        QString body =
            QStringLiteral("SELECT beneficiary_id AS id FROM name_tokens WHERE key IN (%1)")
                .arg(Sql::placeholders(int(forms.size())));
        for (const QString &f : forms)
            values << f;
        const bool last = i == words.size() - 1;
        if (last) {
            lastForms = forms;
            for (const QString &f : forms) {
                if (f.size() < kMinNamePrefix)
                    continue;
                body += QStringLiteral(
                    " UNION SELECT beneficiary_id FROM name_tokens WHERE key >= ? AND key < ?");
                values << f << dialect.prefixUpperBound(f);
            }
        }
        ctes << QStringLiteral("w%1 (id) AS (%2)").arg(i).arg(body);
    }
    QStringList intersect;
    for (int i = 0; i < words.size(); ++i)
        intersect << QStringLiteral("SELECT id FROM w%1").arg(i);
    ctes << QStringLiteral("hits (id) AS (%1)").arg(intersect.join(QLatin1String(" INTERSECT ")));

    const QString kind =
        QStringLiteral("CASE WHEN EXISTS (SELECT 1 FROM name_tokens t WHERE t.beneficiary_id = "
                       "hits.id AND t.key IN (%1)) THEN 2 ELSE 3 END")
            .arg(Sql::placeholders(int(lastForms.size())));
    for (const QString &f : lastForms)
        values << f;
    values << limit;
    return {rankedSelect(ctes, QStringLiteral("SELECT id, %1 FROM hits").arg(kind)), values};
}

BeneficiarySearch::Statement BeneficiarySearch::statementFor(const QString &query, int limit) const
{
    const int bounded = qBound(1, limit, 1000);
    const QString number = TextInput::normaliseNumber(query.trimmed());
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
            m.kind = BeneficiaryMatch::Kind::NamePrefix;
            break;
        case 4:
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
    QStringList out;
    if (st.sql.isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const SqlDialect &dialect = m_db.dialect();
    if (dialect.explainNeedsLiterals()) {
        const QString sql = dialect.explainQueryPlan() +
                            Sql::inlined(m_db.connection().driver(), st.sql, st.values);
        if (!q.exec(sql))
            return Database::sqlFailure(tr("The search could not run."), q.lastError());
    } else if (Status s = Sql::exec(q, dialect.explainQueryPlan() + st.sql, st.values,
                                    tr("The search could not run."));
               !s) {
        return s;
    }
    const int detail = q.record().count() - 1;
    while (q.next())
        out << q.value(detail).toString();
    return out;
}
