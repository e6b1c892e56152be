#include "storage/ConnectionOpener.h"

#include "core/IoFailure.h"
#include "storage/DatabaseUse.h"
#include "storage/Schema.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlFailure.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <memory>
#include <mutex>
#include <unordered_map>

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

void ConnectionOpener::drop(const QString &name)
{
    dropConnection(name);
    dropUse(name); // after the connection, which may still have written
}

Result<ConnectionOpener::Opened> ConnectionOpener::openFile(const QString &path, bool readOnly,
                                                            bool emptyIsNew)
{
    const QFileInfo info(path);
    if (Status s = checkFile(path, readOnly, emptyIsNew); !s)
        return s;
    auto use = DatabaseUse::share(info.absoluteFilePath());
    if (!use)
        return use.status();
    Opened opened;
    opened.name = nextConnectionName("db");
    keepUse(opened.name, std::move(use).value());
    opened.path = info.absoluteFilePath();
    Status ready = connectFile(opened.name, path, readOnly, &opened.dialect);
    if (ready)
        ready = configure(QSqlDatabase::database(opened.name, false), opened.dialect, false,
                          readOnly, opened.path);
    if (!ready) {
        drop(opened.name);
        return ready;
    }
    return opened;
}

// What can be told from the file system before any connection touches it.
Status ConnectionOpener::checkFile(const QString &path, bool readOnly, bool emptyIsNew)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.exists()) {
        if (info.isDir())
            return Status::failure(tr("%1 is a folder, not a database file.").arg(path));
        if (const Status probe = probeFile(info.absoluteFilePath(), emptyIsNew); !probe)
            return probe;
        if (!readOnly && !writable(info))
            return Status::failure(
                tr("The database %1 is read-only: this user cannot change the file or its "
                   "folder. It can still be checked, searched, reported on and backed up; to "
                   "work in it, ask for write access or copy it to a folder you can write to. "
                   "The file was not changed.")
                    .arg(shown));
    } else if (readOnly) {
        return Status::failure(tr("There is no database at %1.").arg(shown));
    } else if (!info.absoluteDir().exists()) {
        return Status::failure(tr("Cannot create the database: the folder %1 does not exist.")
                                   .arg(info.absolutePath()));
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        return Status::failure(tr("Cannot create the database: the folder %1 is read-only.")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    return Status::success();
}

Status ConnectionOpener::connectFile(const QString &name, const QString &path, bool readOnly,
                                     SqlDialect *dialect)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    *dialect = SqlDialect::forDriver(db.driverName());
    if (readOnly) {
        setReadOnly(db, QFileInfo(path).absoluteFilePath());
    } else {
        db.setDatabaseName(QFileInfo(path).absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open())
        return SqlFailure::of(tr("Cannot open the database file %1.").arg(path), db.lastError(),
                              false);
    return Status::success();
}

// Looks at an existing file through a read-only connection before the real
// connection opens it: nothing here may write to the file.
Status ConnectionOpener::probeFile(const QString &path, bool emptyIsNew)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), IoFailure::reason(file)));
    if (file.size() == 0) {
        if (emptyIsNew)
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
            result = SqlFailure::of(tr("Cannot open the database file %1.").arg(shown),
                                    db.lastError(), false);
        } else {
            QSqlQuery q(db);
            int tables = 0;
            int version = 0;
            if (!q.exec(dialect.countTables()) || !q.next()) {
                // Only SQLite's own verdict (corrupt, not a database) means
                // damaged; anything else is a file that cannot be read here.
                const int code = q.lastError().nativeErrorCode().toInt();
                result = SqlFailure::of(code == kSqliteCorrupt || code == kSqliteNotADatabase
                                            ? tr("%1 is damaged or is not a database; it cannot "
                                                 "be opened. The file was not changed.")
                                                  .arg(shown)
                                            : tr("Cannot read the database file %1. The file "
                                                 "was not changed.")
                                                  .arg(shown),
                                        q.lastError(), false);
            } else {
                tables = q.value(0).toInt();
                if (!q.exec(dialect.readSchemaVersion()) || !q.next())
                    result = SqlFailure::of(tr("Cannot read the schema version of %1.").arg(shown),
                                            q.lastError(), false);
                else
                    version = q.value(0).toInt();
            }
            q.finish();
            if (result && version > Schema::latestVersion()) {
                result = Status::failure(
                    tr("%1 was created by a newer version of Istiqbal (schema %2); this version "
                       "understands up to %3. Install the newer version to open it; the file "
                       "was not changed.")
                        .arg(shown)
                        .arg(version)
                        .arg(Schema::latestVersion()));
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

Result<ConnectionOpener::Opened> ConnectionOpener::openServer(const DatabaseAddress &address)
{
    Opened opened;
    opened.name = nextConnectionName("pg");
    opened.path = address.display();
    Status ready = connectServer(opened.name, address, &opened.dialect);
    if (ready) {
        const QSqlDatabase db = QSqlDatabase::database(opened.name, false);
        ready = configure(db, opened.dialect, true, false, opened.path);
        if (ready)
            ready = probeServer(db, opened.dialect, opened.path);
    }
    if (!ready) {
        drop(opened.name);
        return ready;
    }
    return opened;
}

Status ConnectionOpener::connectServer(const QString &name, const DatabaseAddress &address,
                                       SqlDialect *dialect)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return Status::failure(tr("Cannot connect to %1: the PostgreSQL driver for Qt "
                                  "is not installed (Debian package libqt6sql6-psql).")
                                   .arg(address.display()));
    *dialect = SqlDialect::forDriver(db.driverName());
    db.setHostName(address.host());
    if (address.port() > 0)
        db.setPort(address.port());
    db.setUserName(address.userName());
    if (!address.password().isEmpty())
        db.setPassword(address.password());
    db.setDatabaseName(address.databaseName());
    QStringList options = address.options();
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
        const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        qCWarning(lcDatabase).noquote()
            << "cannot connect to" << address.display() << "|" << detail;
        return Status::failure(tr("Cannot connect to the database server at %1: %2")
                                   .arg(address.display(), detail.simplified()),
                               Status::Code::ConnectionLost);
    }
    return Status::success();
}

// Looks at the server database before anything is written to it.
Status ConnectionOpener::probeServer(const QSqlDatabase &db, const SqlDialect &dialect,
                                     const QString &shown)
{
    QSqlQuery q(db);
    if (!q.exec(dialect.countTables()) || !q.next())
        return SqlFailure::of(tr("Cannot read the database %1.").arg(shown), q.lastError(), true);
    const int tables = q.value(0).toInt();
    q.finish();
    int version = 0;
    bool readable = false;
    if (Status s = SchemaMigrator::readVersion(db, dialect, true, &version, &readable); !s)
        return s;
    if (version > Schema::latestVersion())
        return Status::failure(
            tr("%1 was created by a newer version of Istiqbal (schema %2); this version "
               "understands up to %3. Install the newer version to open it; the database "
               "was not changed.")
                .arg(shown)
                .arg(version)
                .arg(Schema::latestVersion()));
    if (tables > 0 && (!readable || version == 0))
        return Status::failure(
            tr("%1 holds the tables of another program, not an Istiqbal database. The "
               "database was not changed.")
                .arg(shown));
    return Status::success();
}

// The connection's settings (pragmas on SQLite; write-ahead log on a file
// that may be written).
Status ConnectionOpener::configure(const QSqlDatabase &db, const SqlDialect &dialect, bool server,
                                   bool readOnly, const QString &path)
{
    for (const QString &sql : dialect.connectionSetup()) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return SqlFailure::of(tr("Cannot prepare the database connection."), q.lastError(),
                                  server);
    }
    if (const QString sql = dialect.writeAheadLog(); !sql.isEmpty() && !readOnly) {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return SqlFailure::of(tr("Cannot prepare the database connection."), q.lastError(),
                                  server);
        const QString mode = q.value(0).toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcDatabase) << "journal_mode is" << mode << "instead of wal for" << path;
    }
    return Status::success();
}
