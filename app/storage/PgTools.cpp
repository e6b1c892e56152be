#include "storage/PgTools.h"

#include "storage/Database.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

// The password file's one line matches any host, port, database and login;
// ':' and '\' in the password are escaped as libpq reads them.
QByteArray passwordLine(const QString &password)
{
    QString escaped = password;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return "*:*:*:*:" + escaped.toUtf8() + '\n';
}

// "pg_dump (PostgreSQL) 15.18 (Debian ...)": 15; 0 when unreadable.
int majorVersionOf(const QString &program)
{
    QProcess p;
    p.start(program, {QStringLiteral("--version")});
    if (!p.waitForFinished(30000))
        return 0;
    static const QRegularExpression version(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)"));
    const QRegularExpressionMatch m =
        version.match(QString::fromLocal8Bit(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

int serverMajorVersion(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT current_setting('server_version_num')::int / 10000")) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

// The program's first line that says what went wrong (its other lines are
// details or hints in English).
QString firstErrorLine(const QByteArray &stderrText)
{
    const QStringList lines =
        QString::fromLocal8Bit(stderrText).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("error:")) || line.contains(QLatin1String("FATAL")) ||
            line.contains(QLatin1String("ERROR")))
            return line.trimmed();
    }
    return lines.isEmpty() ? QString() : lines.first().trimmed();
}

} // namespace

Result<std::shared_ptr<PgTools>> PgTools::forDatabase(Database &db, const QStringList &programs)
{
    using R = Result<std::shared_ptr<PgTools>>;
    if (!db.isServer() || !db.isOpen())
        return R::failure(tr("PostgreSQL's tools are for a database on a server."));
    const Result<DatabaseAddress> address = DatabaseAddress::parse(db.location());
    if (!address)
        return address.status();
    std::shared_ptr<PgTools> tools(new PgTools);
    tools->m_address = *address;
    const int server = serverMajorVersion(db);
    for (const QString &name : programs) {
        const QString found = QStandardPaths::findExecutable(name);
        if (found.isEmpty())
            return R::failure(
                tr("PostgreSQL's %1 is not installed on this computer (or not on the PATH). "
                   "Install the %2 package of version %3 or newer (Debian: sudo apt install "
                   "%2), then run the command again.")
                    .arg(name, package())
                    .arg(server));
        // pg_dump refuses a newer server; pg_restore reads what it wrote.
        const int version = majorVersionOf(found);
        if (server > 0 && version > 0 && version < server)
            return R::failure(tr("PostgreSQL's %1 here is version %2 but the server is version "
                                 "%3: install the %4 package of version %3 or newer (see "
                                 "apt.postgresql.org), then run the command again.")
                                  .arg(name)
                                  .arg(version)
                                  .arg(server)
                                  .arg(package()));
        tools->m_found << found;
        tools->m_names << name;
    }
    if (Status s = tools->prepareEnvironment(); !s)
        return s;
    return tools;
}

Status PgTools::prepareEnvironment()
{
    m_environment = QProcessEnvironment::systemEnvironment();
    // Other sessions see these programs as Istiqbal's.
    m_environment.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("istiqbal"));
    if (m_address.password().isEmpty())
        return Status::success();                  // the login's own ~/.pgpass, PGPASSWORD or trust
    m_private = std::make_unique<QTemporaryDir>(); // 0700, removed with this object
    if (!m_private->isValid())
        return Status::failure(tr("Could not make a private temporary folder for the password: %1")
                                   .arg(m_private->errorString()));
    const QString path = m_private->filePath(QStringLiteral("pgpass"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(passwordLine(m_address.password())) < 0 || !file.flush())
        return Status::failure(tr("Could not write the password file for PostgreSQL's tools: %1")
                                   .arg(file.errorString()));
    file.close();
    m_environment.remove(QStringLiteral("PGPASSWORD")); // it would win over the file
    m_environment.insert(QStringLiteral("PGPASSFILE"), path);
    return Status::success();
}

QString PgTools::dbnameArgument() const
{
    return QStringLiteral("--dbname=") + m_address.display();
}

Status PgTools::run(const QString &program, const QStringList &arguments, QByteArray *output) const
{
    const int at = m_names.indexOf(program);
    if (at < 0)
        return Status::failure(tr("PostgreSQL's %1 was not looked for.").arg(program));
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setProgram(m_found.at(at));
    process.setArguments(arguments);
    if (!output)
        process.setStandardOutputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(-1))
        return Status::failure(
            tr("PostgreSQL's %1 could not be started: %2").arg(program, process.errorString()));
    QByteArray errors;
    while (!process.waitForFinished(200)) {
        if (process.state() == QProcess::NotRunning)
            break;
        // Read as it comes, so a long output cannot fill the pipe and stall it.
        if (output)
            *output += process.readAllStandardOutput();
        errors += process.readAllStandardError();
    }
    if (output)
        *output += process.readAllStandardOutput();
    errors += process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Status::failure(tr("PostgreSQL's %1 failed: %2")
                                   .arg(program, firstErrorLine(errors).isEmpty()
                                                     ? process.errorString()
                                                     : firstErrorLine(errors)));
    return Status::success();
}
