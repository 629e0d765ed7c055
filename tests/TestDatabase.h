#pragma once

// Where a storage test keeps its databases. A test registered with copydesk_add_storage_test()
// runs twice under ctest: as itself, on SQLite files in a temporary folder, and as NAME_postgres
// with COPYDESK_TEST_POSTGRES_URL_FILE set, on fresh databases of the throwaway PostgreSQL
// cluster that the ctest fixture "postgres" started (scripts/postgres-test-server.sh). Each
// location() is a new, empty database; all are dropped when the TestDatabase goes.

#include "storage/PostgresAddress.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

class TestDatabase
{
public:
    TestDatabase()
        : m_dir(std::make_unique<QTemporaryDir>())
    {}
    ~TestDatabase()
    {
        if (m_databases.isEmpty())
            return;
        withAdmin([this](QSqlQuery &query) {
            for (const QString &name : std::as_const(m_databases))
                query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
            return true;
        });
    }
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static bool onPostgres() { return !qEnvironmentVariableIsEmpty(urlFileVariable); }

    // The admin URL of the test cluster; empty (with *problem set) when it is not running.
    static QString adminUrl(QString *problem = nullptr)
    {
        const QString urlFile = qEnvironmentVariable(urlFileVariable);
        QFile file(urlFile);
        if (!file.open(QIODevice::ReadOnly)) {
            if (problem)
                *problem = QStringLiteral(
                               "%1: cannot read the test server's URL (%2). Run the test through "
                               "ctest, whose fixture \"postgres\" starts the server, or "
                               "scripts/test.sh.")
                               .arg(urlFile, file.errorString());
            return {};
        }
        return QString::fromUtf8(file.readAll()).trimmed();
    }

    // A folder for the test's other files (hot folders, exports, broken databases).
    QString filePath(const QString &name) const { return m_dir->filePath(name); }
    bool isValid() const { return m_dir->isValid(); }

    // A new, empty database named after `name`: a file, or a PostgreSQL URL. The same name
    // gives the same location again.
    QString location(const QString &name = QStringLiteral("desk"))
    {
        if (!onPostgres())
            return m_dir->filePath(name + QStringLiteral(".sqlite"));
        if (const auto known = m_locations.constFind(name); known != m_locations.cend())
            return *known;
        QString problem;
        const QString admin = adminUrl(&problem);
        if (admin.isEmpty())
            qFatal("%s", qPrintable(problem));
        QString database =
            QStringLiteral("copydesk_test_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        const bool created = withAdmin([&](QSqlQuery &query) {
            if (query.exec(QStringLiteral("CREATE DATABASE %1").arg(database)))
                return true;
            qWarning("CREATE DATABASE %s: %s", qPrintable(database),
                     qPrintable(query.lastError().text()));
            return false;
        });
        if (!created)
            qFatal("cannot create a test database on %s", qPrintable(admin));
        m_databases.append(database);
        const PostgresAddress address = PostgresAddress::parse(admin, &problem);
        const QString url = address.withDatabase(database).display();
        m_locations.insert(name, url);
        return url;
    }

    // Runs work with a query on the cluster's admin database.
    template <typename Work> static bool withAdmin(Work &&work)
    {
        QString problem;
        const QString admin = adminUrl(&problem);
        if (admin.isEmpty()) {
            qWarning("%s", qPrintable(problem));
            return false;
        }
        const PostgresAddress address = PostgresAddress::parse(admin, &problem);
        const QString connectionName = QStringLiteral("copydesk-test-admin");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
            address.applyTo(db);
            if (db.open()) {
                QSqlQuery query(db);
                ok = work(query);
            } else {
                qWarning("%s: %s", qPrintable(admin), qPrintable(db.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(connectionName);
        return ok;
    }

private:
    static constexpr const char *urlFileVariable = "COPYDESK_TEST_POSTGRES_URL_FILE";
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QString> m_locations;
    QStringList m_databases;
};
