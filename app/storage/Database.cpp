#include "storage/Database.h"

#include "storage/Schema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_LOGGING_CATEGORY(lcDatabase, "istiqbal.storage")

namespace {

QString nextConnectionName(const char *kind)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("istiqbal-%1-%2").arg(QLatin1String(kind)).arg(++counter);
}

// Removes a connection once no QSqlDatabase handle to it is left.
void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

constexpr char kSqliteMagic[] = "SQLite format 3";

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return Schema::latestVersion();
}

bool Database::isOpen() const
{
    return !m_name.isEmpty() && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    if (m_thread && QThread::currentThread() != m_thread)
        qCWarning(lcDatabase) << "connection" << m_name << "used from another thread";
    return QSqlDatabase::database(m_name, false);
}

void Database::close()
{
    if (m_name.isEmpty())
        return;
    if (m_depth > 0)
        qCWarning(lcDatabase) << "closing" << m_name << "inside a transaction";
    dropConnection(m_name);
    m_name.clear();
    m_path.clear();
    m_thread = nullptr;
    m_schemaVersion = 0;
    m_depth = 0;
}

Status Database::sqlFailure(const QString &sentence, const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    qCWarning(lcDatabase).noquote() << sentence << "| driver:" << detail;
    if (detail.trimmed().isEmpty())
        return Status::failure(sentence);
    return Status::failure(sentence + QLatin1Char(' ') +
                           tr("(Technical detail: %1)").arg(detail.trimmed()));
}

Status Database::open(const QString &path)
{
    close();
    if (path.trimmed().isEmpty())
        return Status::failure(tr("No database file was given."));

    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return Status::failure(tr("%1 is a folder, not a database file.").arg(path));
        if (const Status probe = probeExisting(info.absoluteFilePath()); !probe)
            return probe;
    } else if (!info.absoluteDir().exists()) {
        return Status::failure(tr("Cannot create the database: the folder %1 does not exist.")
                                   .arg(info.absolutePath()));
    }

    m_name = nextConnectionName("db");
    m_path = info.absoluteFilePath();
    m_thread = QThread::currentThread();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_dialect = SqlDialect::forDriver(db.driverName());
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            const Status failure =
                sqlFailure(tr("Cannot open the database file %1.").arg(path), db.lastError());
            close();
            return failure;
        }
    }
    if (Status s = configure(); !s) {
        close();
        return s;
    }
    if (Status s = migrate(); !s) {
        close();
        return s;
    }
    return Status::success();
}

// Looks at an existing file through a read-only connection before the real
// connection opens it: nothing here may write to the file.
Status Database::probeExisting(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() == 0)
        return Status::success(); // an empty file is a new database
    const QByteArray header = file.read(16);
    file.close();
    const QString shown = QDir::toNativeSeparators(path);
    if (header.size() < 16 || !header.startsWith(kSqliteMagic) || header.at(15) != '\0')
        return Status::failure(
            tr("%1 is not an Istiqbal database: it is not a database file at all, or it is "
               "damaged. The file was not changed.")
                .arg(shown));

    const QString name = nextConnectionName("probe");
    Status result = Status::success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const SqlDialect dialect = SqlDialect::forDriver(db.driverName());
        if (!db.open()) {
            result = sqlFailure(tr("Cannot open the database file %1.").arg(shown), db.lastError());
        } else {
            QSqlQuery q(db);
            int tables = 0;
            int version = 0;
            if (!q.exec(dialect.countTables()) || !q.next()) {
                result = sqlFailure(tr("%1 is damaged or is not a database; it cannot be opened. "
                                       "The file was not changed.")
                                        .arg(shown),
                                    q.lastError());
            } else {
                tables = q.value(0).toInt();
                if (!q.exec(dialect.readSchemaVersion()) || !q.next())
                    result = sqlFailure(tr("Cannot read the schema version of %1.").arg(shown),
                                        q.lastError());
                else
                    version = q.value(0).toInt();
            }
            q.finish();
            if (result && version > latestSchemaVersion()) {
                result = Status::failure(
                    tr("%1 was created by a newer version of Istiqbal (schema %2); this version "
                       "understands up to %3. Install the newer version to open it; the file "
                       "was not changed.")
                        .arg(shown)
                        .arg(version)
                        .arg(latestSchemaVersion()));
            } else if (result && version == 0 && tables > 0) {
                result = Status::failure(
                    tr("%1 is a database of another program, not an Istiqbal database. The file "
                       "was not changed.")
                        .arg(shown));
            }
        }
    }
    dropConnection(name);
    return result;
}

bool Database::rawExec(const QString &sql, QSqlError *error)
{
    QSqlQuery q(connection());
    const bool ok = q.exec(sql);
    if (!ok && error)
        *error = q.lastError();
    return ok;
}

Status Database::execute(const QString &sql, const QString &failureSentence)
{
    QSqlError error;
    if (!rawExec(sql, &error))
        return sqlFailure(failureSentence, error);
    return Status::success();
}

Status Database::configure()
{
    for (const QString &sql : m_dialect.connectionSetup()) {
        if (Status s = execute(sql, tr("Cannot prepare the database connection.")); !s)
            return s;
    }
    if (m_dialect.isSQLite()) {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
            return sqlFailure(tr("Cannot prepare the database connection."), q.lastError());
        const QString mode = q.value(0).toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcDatabase) << "journal_mode is" << mode << "instead of wal for" << m_path;
    }
    return Status::success();
}

Status Database::migrate()
{
    auto readVersion = [this](int *version) {
        QSqlQuery q(connection());
        if (!q.exec(m_dialect.readSchemaVersion()) || !q.next())
            return sqlFailure(tr("Cannot read the schema version of the database."), q.lastError());
        *version = q.value(0).toInt();
        return Status::success();
    };
    int current = 0;
    if (Status s = readVersion(&current); !s)
        return s;
    if (current > latestSchemaVersion())
        return Status::failure(tr("%1 was created by a newer version of Istiqbal (schema %2); "
                                  "this version understands up to %3.")
                                   .arg(QDir::toNativeSeparators(m_path))
                                   .arg(current)
                                   .arg(latestSchemaVersion()));

    for (const Migration &migration : Schema::migrations()) {
        if (migration.version <= current)
            continue;
        const Status applied = transaction([&]() -> Status {
            // Another process may have applied it while we waited for the lock.
            int now = 0;
            if (Status s = readVersion(&now); !s)
                return s;
            if (now >= migration.version)
                return Status::success();
            const QString failure =
                tr("Cannot upgrade the database to schema %1.").arg(migration.version);
            for (const QString &sql : migration.statements(m_dialect)) {
                if (Status s = execute(sql, failure); !s)
                    return s;
            }
            return execute(m_dialect.writeSchemaVersion(migration.version), failure);
        });
        if (!applied)
            return applied;
        current = migration.version;
    }
    m_schemaVersion = current;
    return Status::success();
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (!isOpen())
        return Status::failure(tr("The database is not open."));
    const bool nested = m_depth > 0;
    const QString savepoint = QStringLiteral("istiqbal_sp%1").arg(m_depth);
    QSqlError error;
    if (!rawExec(nested ? QStringLiteral("SAVEPOINT ") + savepoint : m_dialect.beginWrite(),
                 &error))
        return sqlFailure(tr("Cannot start saving: the database is busy or unavailable."), error);

    auto rollback = [&] {
        QSqlError rollbackError;
        const bool ok =
            nested
                ? rawExec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint, &rollbackError) &&
                      rawExec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint, &rollbackError)
                : rawExec(QStringLiteral("ROLLBACK"), &rollbackError);
        if (!ok)
            qCWarning(lcDatabase) << "rollback failed:" << rollbackError.databaseText();
    };

    ++m_depth;
    Status result = Status::success();
    try {
        result = work();
    } catch (...) {
        --m_depth;
        rollback();
        throw;
    }
    --m_depth;
    if (!result) {
        rollback();
        return result;
    }
    if (!rawExec(nested ? QStringLiteral("RELEASE SAVEPOINT ") + savepoint
                        : QStringLiteral("COMMIT"),
                 &error)) {
        const Status failure = sqlFailure(tr("Cannot save the changes."), error);
        rollback();
        return failure;
    }
    return Status::success();
}

Status Database::check() const
{
    if (!isOpen())
        return Status::failure(tr("The database is not open."));
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(m_dialect.integrityCheck()))
        return sqlFailure(tr("The integrity check could not run."), q.lastError());
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty()) {
        qCWarning(lcDatabase) << "integrity_check:" << problems;
        return Status::failure(tr("The database is damaged: %n problem(s) found. Restore the "
                                  "latest backup. First problem: %1",
                                  "", int(problems.size()))
                                   .arg(problems.first()));
    }
    if (!q.exec(m_dialect.foreignKeyCheck()))
        return sqlFailure(tr("The integrity check could not run."), q.lastError());
    int orphans = 0;
    QStringList tables;
    while (q.next()) {
        ++orphans;
        const QString table = q.value(0).toString();
        if (!tables.contains(table))
            tables << table;
    }
    if (orphans > 0)
        return Status::failure(
            tr("%n record(s) refer to records that do not exist (in: %1).", "", orphans)
                .arg(tables.join(QLatin1String(", "))));
    return Status::success();
}

Status Database::backup(const QString &toPath) const
{
    if (!isOpen())
        return Status::failure(tr("The database is not open."));
    if (m_depth > 0)
        return Status::failure(tr("A backup cannot be made while changes are being saved."));
    const QFileInfo target(toPath);
    if (target.exists())
        return Status::failure(tr("%1 already exists; choose a new file name for the backup.")
                                   .arg(QDir::toNativeSeparators(toPath)));
    if (!target.absoluteDir().exists())
        return Status::failure(tr("The folder %1 does not exist.")
                                   .arg(QDir::toNativeSeparators(target.absolutePath())));
    QSqlQuery q(connection());
    if (!q.prepare(m_dialect.backupInto()))
        return sqlFailure(tr("The backup could not be made."), q.lastError());
    q.addBindValue(target.absoluteFilePath());
    if (!q.exec())
        return sqlFailure(tr("The backup could not be made."), q.lastError());
    return Status::success();
}
