#include "PostgresAddress.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace {

// libpq connection parameters a URL may carry in its query; others are refused rather than
// silently dropped (a misspelt sslmode must not fall back to an unencrypted connection).
const QStringList knownOptions = {
    QStringLiteral("sslmode"),
    QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"),
    QStringLiteral("target_session_attrs"),
    QStringLiteral("keepalives"),
    QStringLiteral("keepalives_idle"),
    QStringLiteral("passfile"),
    QStringLiteral("options"),
};

} // namespace

bool PostgresAddress::isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

PostgresAddress PostgresAddress::parse(const QString &url, QString *error)
{
    PostgresAddress address;
    const QUrl parsed(url, QUrl::StrictMode);
    if (!isPostgresUrl(url) || !parsed.isValid()) {
        *error = tr("%1: is not a valid PostgreSQL URL (expected "
                    "postgresql://user@host:port/database).")
                     .arg(QUrl(url).toDisplayString(QUrl::RemovePassword));
        return {};
    }
    QString databaseName = parsed.path();
    if (databaseName.startsWith(QLatin1Char('/')))
        databaseName.remove(0, 1);
    if (databaseName.isEmpty() || databaseName.contains(QLatin1Char('/'))) {
        *error = tr("%1: names no database (expected postgresql://user@host:port/database).")
                     .arg(parsed.toDisplayString(QUrl::RemovePassword));
        return {};
    }
    address.m_databaseName = databaseName;
    address.m_userName = parsed.userName();
    address.m_password = parsed.password();
    address.m_host = parsed.host();
    address.m_port = parsed.port();
    const QUrlQuery query(parsed);
    bool hasApplicationName = false;
    bool hasConnectTimeout = false;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            address.m_host = value; // a socket folder, as libpq accepts it
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.m_port = value.toInt(&ok);
            if (!ok) {
                *error = tr("%1: the port “%2” is not a number.")
                             .arg(parsed.toDisplayString(QUrl::RemovePassword), value);
                return {};
            }
        } else if (key == QLatin1String("user")) {
            address.m_userName = value;
        } else if (knownOptions.contains(key)) {
            if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\''))) {
                *error = tr("%1: the value of %2 may not contain ; or '.")
                             .arg(parsed.toDisplayString(QUrl::RemovePassword), key);
                return {};
            }
            address.m_options.append(key + QLatin1Char('=') + value);
            hasApplicationName |= key == QLatin1String("application_name");
            hasConnectTimeout |= key == QLatin1String("connect_timeout");
        } else {
            *error = tr("%1: unknown connection option “%2”.")
                         .arg(parsed.toDisplayString(QUrl::RemovePassword), key);
            return {};
        }
    }
    // A server that does not answer must not hang the editor.
    if (!hasConnectTimeout)
        address.m_options.append(QStringLiteral("connect_timeout=10"));
    if (!hasApplicationName)
        address.m_options.append(QStringLiteral("application_name=Copydesk"));
    address.m_display = parsed.toDisplayString(QUrl::RemovePassword);
    return address;
}

PostgresAddress PostgresAddress::withDatabase(const QString &databaseName) const
{
    PostgresAddress other = *this;
    other.m_databaseName = databaseName;
    QUrl url(m_display);
    url.setPath(QLatin1Char('/') + databaseName);
    other.m_display = url.toDisplayString(QUrl::RemovePassword);
    return other;
}

PostgresAddress PostgresAddress::withUser(const QString &userName) const
{
    PostgresAddress other = *this;
    other.m_userName = userName;
    other.m_password.clear();
    QUrl url(m_display);
    url.setUserName(userName);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("user"));
    url.setQuery(query);
    other.m_display = url.toDisplayString(QUrl::RemovePassword);
    return other;
}

void PostgresAddress::applyTo(QSqlDatabase &db, const QString &password) const
{
    db.setDatabaseName(m_databaseName);
    if (!m_host.isEmpty())
        db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    if (!m_userName.isEmpty())
        db.setUserName(m_userName);
    const QString secret = password.isEmpty() ? m_password : password;
    if (!secret.isEmpty())
        db.setPassword(secret);
    db.setConnectOptions(m_options.join(QLatin1Char(';')));
}
