#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVariantList>

#include <QString>
#include <memory>

class QSqlQuery;

// One open Copydesk database: a SQLite file (the default) or, later, a shared PostgreSQL server.
// Owns its Qt SQL connection, runs the numbered migrations and hands out nested transactions.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // $COPYDESK_DB, else <AppDataLocation>/newsroom.sqlite (shared by the GUI and the CLI).
    static QString defaultLocation();
    static int latestSchemaVersion();

    // Opens (creating if absent) and migrates up to targetSchemaVersion; tests pass an older
    // version to build earlier schemas. A newer or foreign file is refused and left untouched.
    StoreError open(const QString &location, int targetSchemaVersion = latestSchemaVersion());
    void close();

    bool isOpen() const;
    QSqlDatabase connection() const;
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isNew() const { return m_created; } // the schema was created by this open()

    // Brings an open database at an older schema up to targetSchemaVersion.
    StoreError migrate(int targetSchemaVersion = latestSchemaVersion());

    // Nested transactions: only the outermost begin/commit reach the driver.
    StoreError begin();
    StoreError commit();
    void rollback();

    // A StoreError describing a failed query, classified (locked/full/readonly/corrupt...).
    StoreError errorFrom(const QSqlQuery &query, const QString &what) const;
    StoreError exec(const QString &sql, const QString &what = {});

    // A prepared statement kept for the life of the connection (preparing is a measurable share
    // of a small write). The reference stays valid until close(). Check lastError() on failure.
    QSqlQuery &prepared(const QString &sql);
    // prepared(sql), values bound in order, executed; on failure returns the classified error.
    StoreError run(QSqlQuery &query, const QVariantList &values, const QString &what);

private:
    StoreError readSchemaVersion(int *version);
    StoreError configureConnection();

    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QString m_connectionName;
    QString m_location;
    int m_schemaVersion = 0;
    bool m_created = false;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

// RAII guard: begins on construction, rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const StoreError &beginError() const { return m_error; }
    StoreError commit();

private:
    Database &m_db;
    StoreError m_error;
    bool m_active = false;
};
