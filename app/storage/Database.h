#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVariantList>

#include <QString>
#include <memory>
#include <type_traits>
#include <utility>

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
    // A deferred read transaction, so several SELECTs see one snapshot of the file. Nests with
    // itself and inside a write transaction (where it is a no-op); begin() inside a read
    // transaction is refused (Invalid): a deferred transaction that starts writing late can
    // fail with "database is locked" no matter how long it waits.
    StoreError beginRead();
    void endRead();
    bool inTransaction() const { return m_transactionDepth > 0; }
    bool inWriteTransaction() const { return m_transactionDepth > 0 && !m_readTransaction; }
    // Changes whenever an outermost transaction begins: what was read inside one transaction
    // (and nobody else can change while we hold the write lock) is not known to be true in the
    // next one.
    quint64 transactionSerial() const { return m_transactionSerial; }

    // A StoreError describing a failed query, classified (locked/full/readonly/corrupt...).
    StoreError errorFrom(const QSqlQuery &query, const QString &what) const;
    StoreError exec(const QString &sql, const QString &what = {});

    // A prepared statement kept for the life of the connection (preparing is a measurable share
    // of a small write). The reference stays valid until close(). Check lastError() on failure.
    QSqlQuery &prepared(const QString &sql);
    // Binds values in order and executes; on failure returns the classified error, with
    // describe() saying what the statement was doing. describe() only runs on failure:
    // formatting a translated message for every statement was a measurable share of a write.
    template <typename Describe>
    requires std::is_invocable_r_v<QString, Describe>
        StoreError run(QSqlQuery &query, const QVariantList &values, Describe &&describe)
    {
        if (execute(query, values))
            return {};
        return errorFrom(query, std::forward<Describe>(describe)());
    }
    // Binds values in order and executes; false on failure (see query.lastError()).
    bool execute(QSqlQuery &query, const QVariantList &values);

private:
    StoreError readSchemaVersion(int *version);
    StoreError configureConnection();
    StoreError startTransaction(const QString &sql);
    void endTransaction(const QString &sql);

    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QString m_connectionName;
    QString m_location;
    int m_schemaVersion = 0;
    bool m_created = false;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    bool m_readTransaction = false; // the outermost transaction is a beginRead()
    quint64 m_transactionSerial = 0;
};

// RAII guard for beginRead()/endRead().
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db)
        : m_db(db)
        , m_error(db.beginRead())
    {}
    ~ReadTransaction()
    {
        if (!m_error)
            m_db.endRead();
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

    const StoreError &beginError() const { return m_error; }

private:
    Database &m_db;
    StoreError m_error;
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
