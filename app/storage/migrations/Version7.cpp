#include "storage/migrations/Migrations.h"

#include "core/ArabicText.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Migrations {

// Everyday hamza spellings (issue 15, DOMAIN.md 4.6): the secondary search
// keys of names, kept beside name_tokens only where they differ from the keys
// there (ArabicText::secondaryKeys), and the same fold of an approved answer's
// search text. The rows already there get theirs from what they hold
// (version7Finish).
QStringList version7(const SqlDialect &d)
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE name_folds ("
                       " beneficiary_id BIGINT NOT NULL REFERENCES beneficiaries (id)"
                       " ON DELETE CASCADE,"
                       " key {key} NOT NULL,"
                       " PRIMARY KEY (beneficiary_id, key))"),
        QStringLiteral("CREATE INDEX name_folds_key ON name_folds (key, beneficiary_id)"),
        QStringLiteral(
            "ALTER TABLE approved_answers ADD COLUMN search_fold TEXT NOT NULL DEFAULT ''"),
    };
    for (QString &s : sql)
        s = d.expand(s);
    return sql;
}

// A name's secondary keys follow from its stored keys alone (the fold is made
// on each key), so the names themselves are not read again: an anonymised
// record, which has no keys, gets none.
Status version7Finish(Database &db)
{
    const QString failure = QCoreApplication::translate("BeneficiaryRepository",
                                                        "Could not update the name search index.");
    QSqlQuery read(db.connection());
    read.setForwardOnly(true);
    if (Status s = Sql::exec(read,
                             QStringLiteral("SELECT beneficiary_id, key FROM name_tokens ORDER BY "
                                            "beneficiary_id, key"),
                             {}, failure);
        !s)
        return s;
    QVector<QPair<qint64, QString>> folds;
    qint64 current = 0;
    QStringList keys;
    const auto flush = [&]() {
        for (const QString &key : ArabicText::secondaryKeys(keys))
            folds.append({current, key});
        keys.clear();
    };
    while (read.next()) {
        const qint64 id = read.value(0).toLongLong();
        if (id != current)
            flush();
        current = id;
        keys << read.value(1).toString();
    }
    flush();
    read.finish();

    QSqlQuery write(db.connection());
    if (!write.prepare(
            QStringLiteral("INSERT INTO name_folds (beneficiary_id, key) VALUES (?, ?)")))
        return Database::sqlFailure(failure, write.lastError());
    for (const auto &fold : folds) {
        if (Status s = Sql::execPrepared(write, {fold.first, fold.second}, failure); !s)
            return s;
    }

    if (Status s = Sql::exec(read, QStringLiteral("SELECT id, search_key FROM approved_answers"),
                             {}, failure);
        !s)
        return s;
    QVector<QPair<qint64, QString>> answers;
    while (read.next())
        answers.append(
            {read.value(0).toLongLong(), ArabicText::secondaryText(read.value(1).toString())});
    read.finish();
    if (!write.prepare(QStringLiteral("UPDATE approved_answers SET search_fold = ? WHERE id = ?")))
        return Database::sqlFailure(failure, write.lastError());
    for (const auto &answer : answers) {
        if (Status s = Sql::execPrepared(write, {answer.second, answer.first}, failure); !s)
            return s;
    }
    return Status::success();
}

} // namespace Migrations
