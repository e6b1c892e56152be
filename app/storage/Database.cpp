#include "storage/Database.h"

#include "core/IoFailure.h"
#include "core/OutputFile.h"
#include "storage/ChangeHub.h"
#include "storage/DatabaseUse.h"
#include "storage/Schema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <mutex>

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
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

// Whether this user can change the file and create its journal beside it.
bool writable(const QFileInfo &file)
{
    return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

// Points a QSQLITE connection at path, read-only. In a folder that cannot be
// written, a database in WAL mode cannot make its shared-memory file: then it
// is read as immutable (nobody can be writing it there without a log file).
void setReadOnly(QSqlDatabase &db, const QString &path)
{
    const QFileInfo info(path);
    const bool immutable = !QFileInfo(info.absolutePath()).isWritable() &&
                           !QFileInfo::exists(path + QStringLiteral("-wal"));
    db.setDatabaseName(QStringLiteral("file:") +
                       QString::fromLatin1(QUrl::toPercentEncoding(info.absoluteFilePath(), "/")) +
                       QStringLiteral("?mode=ro") +
                       (immutable ? QStringLiteral("&immutable=1") : QString()));
    db.setConnectOptions(
        QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"));
}

// Each open SQLite connection's shared use of its file (DatabaseUse), by
// connection name: held from opening to closing, so that no restore replaces
// the file under an open Istiqbal and a restore refuses while one is open.
std::mutex g_usesMutex;
std::unordered_map<QString, std::unique_ptr<DatabaseUse>> g_uses;

void keepUse(const QString &connection, std::unique_ptr<DatabaseUse> use)
{
    const std::lock_guard<std::mutex> lock(g_usesMutex);
    g_uses[connection] = std::move(use);
}

void dropUse(const QString &connection)
{
    const std::lock_guard<std::mutex> lock(g_usesMutex);
    g_uses.erase(connection);
}

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
    m_statements.clear(); // before the connection goes
    dropConnection(m_name);
    dropUse(m_name); // after the connection, which may still have written
    m_name.clear();
    m_path.clear();
    m_thread = nullptr;
    m_schemaVersion = 0;
    m_depth = 0;
    m_bulkWrite = false;
    m_pendingChanges.clear();
    m_savepointMarks.clear();
}

namespace {

// A server that went away, as opposed to a statement the server refused.
bool isConnectionLoss(const QSqlError &error)
{
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString code = error.nativeErrorCode();
    // SQLSTATE class 08 (connection exception), 57P01-57P03 (server shutting
    // down or starting).
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P0")))
        return true;
    // libpq reports a dropped connection without a SQLSTATE.
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    for (const char *sign : {"server closed the connection", "no connection to the server",
                             "terminating connection", "could not receive data from server",
                             "could not send data to server", "connection to server"}) {
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

Status Database::sqlFailure(const QString &sentence, const QSqlError &error)
{
    return failureOf(sentence, error, true);
}

Status Database::fileFailure(const QString &sentence, const QSqlError &error)
{
    return failureOf(sentence, error, false);
}

Status Database::engineFailure(const QString &sentence, const QSqlError &error) const
{
    return failureOf(sentence, error, m_address.isServer());
}

// A local file has no connection to lose: QSQLITE reports a file it cannot
// open as a "connection error", which must not read as a lost server.
Status Database::failureOf(const QString &sentence, const QSqlError &error, bool server)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    qCWarning(lcDatabase).noquote() << sentence << "| driver:" << detail;
    if (server && isConnectionLoss(error))
        return Status::failure(sentence + QLatin1Char(' ') +
                                   tr("The connection to the database server was lost; "
                                      "nothing of this was saved."),
                               Status::Code::ConnectionLost);
    if (detail.trimmed().isEmpty())
        return Status::failure(sentence);
    return Status::failure(sentence + QLatin1Char(' ') +
                           tr("(Technical detail: %1)").arg(detail.trimmed()));
}

Status Database::openReadOnly(const QString &location)
{
    return openLocation(location, {true, false, false});
}

Status Database::openWithoutMigrating(const QString &location)
{
    return openLocation(location, {false, false, false});
}

Status Database::sqlFailure(const QString &sentence, const QSqlQuery &query)
{
    const QSqlDriver *driver = query.driver();
    if (driver && driver->dbmsType() == QSqlDriver::SQLite)
        return failureOf(sentence, query.lastError(), false);
    if (driver && !driver->isOpen() && !isConnectionLoss(query.lastError())) {
        qCWarning(lcDatabase).noquote() << sentence << "| the connection is closed";
        return Status::failure(sentence + QLatin1Char(' ') +
                                   tr("The connection to the database server was lost; "
                                      "nothing of this was saved."),
                               Status::Code::ConnectionLost);
    }
    return sqlFailure(sentence, query.lastError());
}

// Why nothing can be done: closed by the program, or (a server) lost.
Status Database::notOpen() const
{
    if (!m_name.isEmpty() && m_address.isServer())
        return Status::failure(tr("The connection to the database server was lost; nothing of "
                                  "this was saved."),
                               Status::Code::ConnectionLost);
    return Status::failure(tr("The database is not open."));
}

Status Database::open(const QString &location)
{
    return openLocation(location, {false, true, false});
}

Status Database::openOrCreate(const QString &location)
{
    return openLocation(location, {false, true, true});
}

Status Database::openLocation(const QString &location, OpenWay way)
{
    // Read-only stays for reopen(); migrating and taking an empty file as new
    // are for this opening only.
    m_readOnly = way.readOnly;
    m_migrate = way.migrate;
    m_emptyIsNew = way.emptyIsNew;
    const Status opened = openAddress(location);
    m_migrate = true;
    m_emptyIsNew = false;
    return opened;
}

Status Database::openAddress(const QString &location)
{
    close();
    if (location.trimmed().isEmpty())
        return Status::failure(tr("No database file was given."));
    const Result<DatabaseAddress> address = DatabaseAddress::parse(location);
    if (!address)
        return address.status();
    m_address = *address;
    m_location = location;
    if (m_origin.isEmpty())
        m_origin = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return m_address.isServer() ? openServer() : openFile(location);
}

Result<QSqlQuery *> Database::cachedStatement(const QString &sql, const QString &failureSentence)
{
    if (!isOpen())
        return notOpen();
    ++m_statementUses;
    const auto found = m_statements.find(sql);
    if (found != m_statements.end()) {
        found->second.lastUsed = m_statementUses;
        return found->second.query.get();
    }
    auto query = std::make_unique<QSqlQuery>(connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return sqlFailure(failureSentence, *query);
    if (m_statements.size() >= size_t(statementCacheSize)) {
        // The least recently used that nobody is reading now.
        auto oldest = m_statements.end();
        for (auto it = m_statements.begin(); it != m_statements.end(); ++it) {
            if (!it->second.query->isActive() &&
                (oldest == m_statements.end() || it->second.lastUsed < oldest->second.lastUsed))
                oldest = it;
        }
        if (oldest != m_statements.end())
            m_statements.erase(oldest);
    }
    QSqlQuery *out = query.get();
    m_statements[sql] = CachedStatement{std::move(query), m_statementUses};
    return out;
}

Status Database::reopen()
{
    if (m_address.isServer())
        return openServer();
    const QString path = m_address.filePath();
    close();
    return openFile(path);
}

Status Database::openServer()
{
    close();
    m_name = nextConnectionName("pg");
    m_path = m_address.display();
    m_thread = QThread::currentThread();
    Status connected = Status::success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (!db.isValid())
            connected = Status::failure(tr("Cannot connect to %1: the PostgreSQL driver for Qt "
                                           "is not installed (Debian package libqt6sql6-psql).")
                                            .arg(m_address.display()));
    }
    if (!connected) {
        close();
        return connected;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        m_dialect = SqlDialect::forDriver(db.driverName());
        db.setHostName(m_address.host());
        if (m_address.port() > 0)
            db.setPort(m_address.port());
        db.setUserName(m_address.userName());
        if (!m_address.password().isEmpty())
            db.setPassword(m_address.password());
        db.setDatabaseName(m_address.databaseName());
        QStringList options = m_address.options();
        auto setDefault = [&options](const QString &key, const QString &value) {
            for (const QString &o : options) {
                if (o.startsWith(key + QLatin1Char('=')))
                    return;
            }
            options << key + QLatin1Char('=') + value;
        };
        setDefault(QStringLiteral("connect_timeout"), QStringLiteral("10"));
        setDefault(QStringLiteral("application_name"), QStringLiteral("istiqbal"));
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            const QString detail =
                error.databaseText().isEmpty() ? error.text() : error.databaseText();
            qCWarning(lcDatabase).noquote() << "cannot connect to" << m_path << "|" << detail;
            connected = Status::failure(tr("Cannot connect to the database server at %1: %2")
                                            .arg(m_path, detail.simplified()),
                                        Status::Code::ConnectionLost);
        }
    }
    if (!connected) {
        close();
        return connected;
    }
    for (auto step : {&Database::configure, &Database::probeServer, &Database::migrate}) {
        if (Status s = (this->*step)(); !s) {
            close();
            return s;
        }
    }
    return Status::success();
}

// Looks at the server database before anything is written to it.
Status Database::probeServer()
{
    QSqlQuery q(connection());
    if (!q.exec(m_dialect.countTables()) || !q.next())
        return sqlFailure(tr("Cannot read the database %1.").arg(m_path), q.lastError());
    const int tables = q.value(0).toInt();
    q.finish();
    int version = 0;
    bool readable = false;
    if (Status s = readSchemaVersion(&version, &readable); !s)
        return s;
    if (version > latestSchemaVersion())
        return Status::failure(
            tr("%1 was created by a newer version of Istiqbal (schema %2); this version "
               "understands up to %3. Install the newer version to open it; the database "
               "was not changed.")
                .arg(m_path)
                .arg(version)
                .arg(latestSchemaVersion()));
    if (tables > 0 && (!readable || version == 0))
        return Status::failure(
            tr("%1 holds the tables of another program, not an Istiqbal database. The "
               "database was not changed.")
                .arg(m_path));
    return Status::success();
}

Status Database::readSchemaVersion(int *version, bool *readable)
{
    QSqlQuery q(connection());
    if (!q.exec(m_dialect.schemaVersionReadable()) || !q.next())
        return engineFailure(tr("Cannot read the schema version of the database."), q.lastError());
    const bool canRead = q.value(0).toInt() > 0;
    if (readable)
        *readable = canRead;
    *version = 0;
    if (!canRead)
        return Status::success();
    if (!q.exec(m_dialect.readSchemaVersion()) || !q.next())
        return engineFailure(tr("Cannot read the schema version of the database."), q.lastError());
    *version = q.value(0).toInt();
    return Status::success();
}

Status Database::openFile(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.exists()) {
        if (info.isDir())
            return Status::failure(tr("%1 is a folder, not a database file.").arg(path));
        if (const Status probe = probeExisting(info.absoluteFilePath()); !probe)
            return probe;
        if (!m_readOnly && !writable(info))
            return Status::failure(
                tr("The database %1 is read-only: this user cannot change the file or its "
                   "folder. It can still be checked, searched, reported on and backed up; to "
                   "work in it, ask for write access or copy it to a folder you can write to. "
                   "The file was not changed.")
                    .arg(shown));
    } else if (m_readOnly) {
        return Status::failure(tr("There is no database at %1.").arg(shown));
    } else if (!info.absoluteDir().exists()) {
        return Status::failure(tr("Cannot create the database: the folder %1 does not exist.")
                                   .arg(info.absolutePath()));
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        return Status::failure(tr("Cannot create the database: the folder %1 is read-only.")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    auto use = DatabaseUse::share(info.absoluteFilePath());
    if (!use)
        return use.status();
    m_name = nextConnectionName("db");
    keepUse(m_name, std::move(use).value());
    m_path = info.absoluteFilePath();
    m_thread = QThread::currentThread();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_dialect = SqlDialect::forDriver(db.driverName());
        if (m_readOnly) {
            setReadOnly(db, m_path);
        } else {
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
        if (!db.open()) {
            const Status failed =
                fileFailure(tr("Cannot open the database file %1.").arg(path), db.lastError());
            close();
            return failed;
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
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), IoFailure::reason(file)));
    if (file.size() == 0) {
        if (m_emptyIsNew)
            return Status::success();
        return Status::failure(tr("%1 is empty (0 bytes): it is not a database, perhaps what is "
                                  "left of a copy that failed. Choose another file or restore a "
                                  "backup. The file was not changed.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
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
        setReadOnly(db, path);
        const SqlDialect dialect = SqlDialect::forDriver(db.driverName());
        if (!db.open()) {
            result =
                fileFailure(tr("Cannot open the database file %1.").arg(shown), db.lastError());
        } else {
            QSqlQuery q(db);
            int tables = 0;
            int version = 0;
            if (!q.exec(dialect.countTables()) || !q.next()) {
                // Only SQLite's own verdict (corrupt, not a database) means
                // damaged; anything else is a file that cannot be read here.
                const int code = q.lastError().nativeErrorCode().toInt();
                result = fileFailure(code == kSqliteCorrupt || code == kSqliteNotADatabase
                                         ? tr("%1 is damaged or is not a database; it cannot be "
                                              "opened. The file was not changed.")
                                               .arg(shown)
                                         : tr("Cannot read the database file %1. The file was "
                                              "not changed.")
                                               .arg(shown),
                                     q.lastError());
            } else {
                tables = q.value(0).toInt();
                if (!q.exec(dialect.readSchemaVersion()) || !q.next())
                    result = fileFailure(tr("Cannot read the schema version of %1.").arg(shown),
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

bool Database::controlExec(const QString &sql, QSqlError *error)
{
    // PostgreSQL cannot prepare transaction control.
    if (m_dialect.engine() == SqlDialect::Engine::PostgreSQL)
        return rawExec(sql, error);
    const Result<QSqlQuery *> cached = cachedStatement(sql, QString());
    if (!cached || (*cached)->isActive())
        return rawExec(sql, error);
    QSqlQuery &q = **cached;
    const bool ok = q.exec();
    if (!ok && error)
        *error = q.lastError();
    q.finish();
    return ok;
}

Status Database::execute(const QString &sql, const QString &failureSentence)
{
    QSqlError error;
    if (!rawExec(sql, &error))
        return engineFailure(failureSentence, error);
    return Status::success();
}

Status Database::configure()
{
    for (const QString &sql : m_dialect.connectionSetup()) {
        if (Status s = execute(sql, tr("Cannot prepare the database connection.")); !s)
            return s;
    }
    if (const QString sql = m_dialect.writeAheadLog(); !sql.isEmpty() && !m_readOnly) {
        QSqlQuery q(connection());
        if (!q.exec(sql) || !q.next())
            return engineFailure(tr("Cannot prepare the database connection."), q.lastError());
        const QString mode = q.value(0).toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcDatabase) << "journal_mode is" << mode << "instead of wal for" << m_path;
    }
    return Status::success();
}

Status Database::migrate()
{
    auto readVersion = [this](int *version) {
        return readSchemaVersion(version);
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
    if (!m_migrate) {
        m_schemaVersion = current;
        return Status::success();
    }

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
            if (migration.finish) {
                if (Status s = migration.finish(*this); !s)
                    return Status::failure(failure + QLatin1Char(' ') + s.error());
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
        return notOpen();
    const bool nested = m_depth > 0 || m_bulkWrite;
    const QString savepoint = QStringLiteral("istiqbal_sp%1").arg(m_depth);
    QSqlError error;
    if (nested) {
        if (!controlExec(QStringLiteral("SAVEPOINT ") + savepoint, &error))
            return engineFailure(tr("Cannot start saving: the database is busy or unavailable."),
                                 error);
    } else {
        if (Status s = startWrite(); !s)
            return s;
        m_pendingChanges.clear();
        m_savepointMarks.clear();
    }
    m_savepointMarks << int(m_pendingChanges.size());

    auto rollback = [&] {
        QSqlError rollbackError;
        const bool ok =
            nested
                ? rawExec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint, &rollbackError) &&
                      rawExec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint, &rollbackError)
                : rawExec(QStringLiteral("ROLLBACK"), &rollbackError);
        if (!ok)
            qCWarning(lcDatabase) << "rollback failed:" << rollbackError.databaseText();
        // The changes announced inside the rolled back part never happened.
        if (!m_savepointMarks.isEmpty())
            m_pendingChanges.resize(m_savepointMarks.takeLast());
        if (!nested) {
            m_pendingChanges.clear();
            m_savepointMarks.clear();
        }
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
    if (!controlExec(nested ? QStringLiteral("RELEASE SAVEPOINT ") + savepoint
                            : QStringLiteral("COMMIT"),
                     &error)) {
        const Status failed = engineFailure(tr("Cannot save the changes."), error);
        rollback();
        return failed;
    }
    if (!m_savepointMarks.isEmpty())
        m_savepointMarks.removeLast();
    if (!nested) {
        const QStringList committed = m_pendingChanges;
        m_pendingChanges.clear();
        m_savepointMarks.clear();
        postLocalChanges(committed);
    }
    return Status::success();
}

Status Database::beginWrite()
{
    if (m_bulkWrite || m_depth > 0)
        return Status::failure(tr("A bulk write cannot start inside another transaction."));
    if (Status s = startWrite(); !s)
        return s;
    m_bulkWrite = true;
    return Status::success();
}

Status Database::endWrite(bool commit)
{
    if (!m_bulkWrite)
        return Status::success();
    m_bulkWrite = false;
    QSqlError error;
    if (commit) {
        if (controlExec(QStringLiteral("COMMIT"), &error))
            return Status::success();
        const Status failure = sqlFailure(tr("Cannot save the changes."), error);
        rawExec(QStringLiteral("ROLLBACK"));
        return failure;
    }
    if (!rawExec(QStringLiteral("ROLLBACK"), &error))
        qCWarning(lcDatabase) << "rollback failed:" << error.databaseText();
    return Status::success();
}

Status Database::startWrite()
{
    const QStringList statements = m_dialect.beginWrite();
    for (int i = 0; i < statements.size(); ++i) {
        QSqlError error;
        if (!controlExec(statements.at(i), &error)) {
            if (i > 0)
                rawExec(QStringLiteral("ROLLBACK"));
            return engineFailure(tr("Cannot start saving: the database is busy or unavailable."),
                                 error);
        }
    }
    return Status::success();
}

Status Database::notifyChange(const QString &entity, qint64 id, qint64 caseId)
{
    const QString payload = QStringLiteral("%1 %2 %3 %4").arg(m_origin, entity).arg(id).arg(caseId);
    const QString sql = m_dialect.notifyChange();
    if (!sql.isEmpty()) {
        QSqlQuery q(connection());
        if (!q.prepare(sql))
            return sqlFailure(tr("Cannot tell the other desks about the change."), q.lastError());
        q.addBindValue(payload);
        if (!q.exec())
            return sqlFailure(tr("Cannot tell the other desks about the change."), q.lastError());
        return Status::success();
    }
    if (m_depth > 0)
        m_pendingChanges << payload;
    else
        postLocalChanges({payload});
    return Status::success();
}

void Database::postLocalChanges(const QStringList &payloads) const
{
    for (const QString &payload : payloads)
        ChangeHub::instance().post(m_path, payload);
}

Status Database::copyInto(const QString &emptyFile) const
{
    if (!isOpen())
        return Status::failure(tr("The database is not open."));
    if (m_depth > 0 || m_bulkWrite)
        return Status::failure(tr("A backup cannot be made while changes are being saved."));
    if (m_dialect.backupInto().isEmpty())
        return Status::failure(tr("A database on a server is backed up on the server, with "
                                  "pg_dump; see the README."));
    QSqlQuery q(connection());
    if (!q.prepare(m_dialect.backupInto()))
        return fileFailure(tr("The backup could not be made."), q.lastError());
    q.addBindValue(emptyFile);
    if (!q.exec())
        return fileFailure(tr("The backup could not be made."), q.lastError());
    return Status::success();
}
