#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSqlDatabase;

// A newsroom server given as a libpq-style URL:
//   postgresql://[user[:password]@][host][:port]/dbname[?host=/socket/dir&sslmode=...]
// Parsed once; applied to a QPSQL connection. The password never appears in display().
// Without a password in the URL, libpq looks in PGPASSFILE / ~/.pgpass as usual.
class PostgresAddress
{
    Q_DECLARE_TR_FUNCTIONS(PostgresAddress)

public:
    static bool isPostgresUrl(const QString &location);
    // Null with *error set when the URL is malformed or names an option libpq does not know.
    static PostgresAddress parse(const QString &url, QString *error);

    bool isNull() const { return m_databaseName.isEmpty(); }
    QString userName() const { return m_userName; }
    QString password() const { return m_password; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    QStringList options() const { return m_options; }

    // The URL without its password: safe for messages, logs and the recent-connections menu.
    QString display() const { return m_display; }
    // The same server and user with another database (the test harness and `init` use it).
    PostgresAddress withDatabase(const QString &databaseName) const;
    // The same server and database for another login (without the password).
    PostgresAddress withUser(const QString &userName) const;

    // Sets host, port, user, database and connect options (password only when given).
    void applyTo(QSqlDatabase &db, const QString &password = {}) const;

private:
    QString m_userName;
    QString m_password;
    QString m_host;
    int m_port = -1;
    QString m_databaseName;
    QStringList m_options; // key=value pairs for the libpq connection string
    QString m_display;
};
