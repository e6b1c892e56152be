#include "storage/DatabaseAddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace {

// The libpq settings an address may carry; anything else is a typing mistake.
const char *const kAllowedOptions[] = {
    "sslmode",          "sslrootcert",         "sslcert", "sslkey", "connect_timeout",
    "application_name", "target_session_attrs"};

bool allowedOption(const QString &key)
{
    for (const char *allowed : kAllowedOptions) {
        if (key == QLatin1String(allowed))
            return true;
    }
    return false;
}

} // namespace

bool DatabaseAddress::isServer(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<DatabaseAddress> DatabaseAddress::parse(const QString &text)
{
    DatabaseAddress a;
    if (!isServer(text)) {
        a.m_kind = Kind::SQLiteFile;
        a.m_path = text;
        return a;
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString example = QStringLiteral("postgresql://user@host:5432/dbname");
    if (!url.isValid())
        return Result<DatabaseAddress>::failure(
            tr("%1 is not a valid server address; write it as %2.")
                .arg(QUrl(text).toDisplayString(QUrl::RemovePassword), example));
    a.m_kind = Kind::PostgreSQL;
    a.m_host = url.host();
    a.m_port = url.port(-1);
    a.m_user = url.userName();
    a.m_password = url.password();
    a.m_database = url.path();
    if (a.m_database.startsWith(QLatin1Char('/')))
        a.m_database = a.m_database.mid(1);
    if (a.m_host.isEmpty())
        return Result<DatabaseAddress>::failure(
            tr("The server address %1 names no server; write it as %2.")
                .arg(url.toDisplayString(QUrl::RemovePassword), example));
    if (a.m_database.isEmpty() || a.m_database.contains(QLatin1Char('/')))
        return Result<DatabaseAddress>::failure(
            tr("The server address %1 names no database; write it as %2.")
                .arg(url.toDisplayString(QUrl::RemovePassword), example));
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedOption(item.first))
            return Result<DatabaseAddress>::failure(
                tr("The server address has an unknown setting '%1'.").arg(item.first));
        a.m_options << item.first + QLatin1Char('=') + item.second;
    }
    return a;
}

QString DatabaseAddress::display() const
{
    if (m_kind == Kind::SQLiteFile)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    if (m_port > 0)
        url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_database);
    if (!m_options.isEmpty()) {
        QUrlQuery query;
        for (const QString &o : m_options)
            query.addQueryItem(o.section(QLatin1Char('='), 0, 0), o.section(QLatin1Char('='), 1));
        url.setQuery(query);
    }
    return url.toString();
}
