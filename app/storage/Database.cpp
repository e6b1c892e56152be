#include "storage/Database.h"

#include "storage/Schema.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlFailure.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

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
    if (m_transactions.depth() > 0)
        qCWarning(lcDatabase) << "closing" << m_name << "inside a transaction";
    m_statements.clear(); // before the connection goes
    ConnectionOpener::drop(m_name);
    m_name.clear();
    m_path.clear();
    m_thread = nullptr;
    m_schemaVersion = 0;
    m_transactions.reset();
    m_changes.clear();
}

Status Database::sqlFailure(const QString &sentence, const QSqlError &error)
{
    return SqlFailure::of(sentence, error, true);
}

Status Database::sqlFailure(const QString &sentence, const QSqlQuery &query)
{
    return SqlFailure::ofQuery(sentence, query);
}

Status Database::engineFailure(const QString &sentence, const QSqlError &error) const
{
    return SqlFailure::of(sentence, error, m_address.isServer());
}

// Why nothing can be done: closed by the program, or (a server) lost.
Status Database::notOpen() const
{
    if (!m_name.isEmpty() && m_address.isServer())
        return SqlFailure::connectionLost();
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

Status Database::openWithoutMigrating(const QString &location)
{
    return openLocation(location, {false, false, false});
}

Status Database::openReadOnly(const QString &location)
{
    return openLocation(location, {true, false, false});
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
    m_changes.makeOrigin();
    return m_address.isServer() ? openServer() : openFile(location);
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
    const Result<ConnectionOpener::Opened> opened = ConnectionOpener::openServer(m_address);
    if (!opened)
        return opened.status();
    return adopt(*opened);
}

Status Database::openFile(const QString &path)
{
    const Result<ConnectionOpener::Opened> opened =
        ConnectionOpener::openFile(path, m_readOnly, m_emptyIsNew);
    if (!opened)
        return opened.status();
    return adopt(*opened);
}

Status Database::adopt(const ConnectionOpener::Opened &opened)
{
    m_name = opened.name;
    m_path = opened.path;
    m_dialect = opened.dialect;
    m_thread = QThread::currentThread();
    const Result<int> version = SchemaMigrator::run(*this, m_migrate);
    if (!version) {
        close();
        return version.status();
    }
    m_schemaVersion = *version;
    return Status::success();
}

Status Database::execute(const QString &sql, const QString &failureSentence)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return engineFailure(failureSentence, q.lastError());
    return Status::success();
}

Result<QSqlQuery *> Database::cachedStatement(const QString &sql, const QString &failureSentence)
{
    if (!isOpen())
        return notOpen();
    return m_statements.statement(connection(), sql, failureSentence);
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (!isOpen())
        return notOpen();
    return m_transactions.run(work);
}

Status Database::beginWrite()
{
    return m_transactions.beginWrite();
}

Status Database::endWrite(bool commit)
{
    return m_transactions.endWrite(commit);
}

Status Database::notifyChange(const QString &entity, qint64 id, qint64 caseId)
{
    return m_changes.announce(*this, entity, id, caseId, m_transactions.depth() > 0);
}
