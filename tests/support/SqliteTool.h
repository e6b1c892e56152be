// Changes a SQLite file as any other SQLite tool would, round Istiqbal: for
// the tests that tamper with a database or break it on purpose.
#pragma once

#include "CatchQt.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace SqliteTool {

// Runs the statements in turn on the file through a connection of its own,
// closed again before returning; the test stops at the first that fails.
inline void run(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("sqlite-tool");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        INFO(path.toStdString());
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            const bool ok = q.exec(sql);
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(ok);
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace SqliteTool
