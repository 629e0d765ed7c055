#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantList>

#include <QString>
#include <memory>
#include <type_traits>
#include <utility>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

// One open Copydesk database: a SQLite file (the default) or a newsroom's shared PostgreSQL
// server (a postgresql:// URL). Owns its Qt SQL connection, runs the numbered migrations of its
// dialect and hands out nested transactions; the stores above it run the same statements on both.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Dialect { Sqlite, Postgres };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // $COPYDESK_DB, else <AppDataLocation>/newsroom.sqlite (shared by the GUI and the CLI).
    static QString defaultLocation();
    static int latestSchemaVersion();

    // Opens (creating if absent) and migrates up to targetSchemaVersion; tests pass an older
    // version to build earlier schemas. A newer or foreign file is refused and left untouched.
    // A postgresql:// URL connects to a server; its database must exist (an empty one gets the
    // schema).
    StoreError open(const QString &location, int targetSchemaVersion = latestSchemaVersion());
    void close();
    // The password for the next open() of a postgresql:// URL that carries none (the GUI asks
    // for it; it is never stored). Without one, libpq reads PGPASSFILE or ~/.pgpass.
    void setPassword(const QString &password) { m_password = password; }

    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::Postgres; }

    bool isOpen() const;
    QSqlDatabase connection() const;
    // The file, or the server URL without its password.
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
    // Changes whenever a store on this connection renames, merges or deletes a source, so that
    // every store's copies of registry entries can tell they are out of date.
    quint64 registryGeneration() const { return m_registryGeneration; }
    void noteRegistryChange() { ++m_registryGeneration; }

    // A StoreError describing a failed query, classified (locked/full/readonly/corrupt...).
    StoreError errorFrom(const QSqlQuery &query, const QString &what) const;
    StoreError exec(const QString &sql, const QString &what = {});

    // A prepared statement kept for the life of the connection (preparing is a measurable share
    // of a small write). The reference stays valid until close(). Check lastError() on failure.
    QSqlQuery &prepared(const QString &sql);
    // The same statement, prepared for one caller and not kept: for a second reader of a SQL
    // text whose kept statement another reader is still stepping through.
    std::unique_ptr<QSqlQuery> preparedUnkept(const QString &sql);
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
    // A subquery over the ids of one bound JSON array such as "[4,7,9]", for "id IN (...)".
    QString idsFromJsonArray() const;
    // The id an INSERT ... RETURNING id just executed returned (0 if none); finishes the query.
    static qint64 insertedId(QSqlQuery &query);
    // The statement failed on a UNIQUE constraint (a duplicate uuid, uri, name...).
    bool violatesUniqueness(const QSqlQuery &query) const;
    // Binds values in order and executes; false on failure (see query.lastError()).
    bool execute(QSqlQuery &query, const QVariantList &values);

    // SQLite's own prepared statement for a SELECT that ResultRows reads, kept for the life of
    // the connection and lent to one reader at a time: a second reader of the same SQL while the
    // first is open gets one of its own. nullptr on PostgreSQL and in a build whose Qt driver has
    // its own copy of SQLite (ResultRows then reads through QSqlQuery); nullptr with *failure
    // set to SQLite's result code when it cannot be prepared.
    sqlite3_stmt *borrowNativeStatement(const QString &sql, int *failure);
    // Resets a statement borrowed above and takes it back (one that close() finalized meanwhile
    // is left alone).
    void returnNativeStatement(sqlite3_stmt *statement);
    // What a call of SQLite's C API on this connection returned, classified like errorFrom().
    StoreError nativeError(int code, const QString &what) const;
    // A failed query, classified (locked/full/readonly/corrupt...).
    StoreError errorFrom(const QSqlError &error, const QString &what) const;

private:
    StoreError openSqlite(const QString &location);
    // Refuses a file cut short (shorter than the pages its header counts) and a
    // write-ahead-log database in a folder where its log cannot be created.
    static StoreError checkSqliteHeader(const QString &location, const QByteArray &header,
                                        qint64 fileSize);
    StoreError reopenWritable();
    void finalizeNativeStatements();
    // The connection Qt's QSQLITE driver opened; nullptr on PostgreSQL or before open().
    sqlite3 *sqliteHandle() const;
    StoreError openPostgres(const QString &url);
    StoreError readSchemaVersion(int *version);
    StoreError readTableNames(QStringList *tables);
    StoreError configureConnection();
    bool runControl(const QString &sql, StoreError *error, const QString &what);
    StoreError postgresError(const QSqlError &error, const QString &what) const;
    bool isConnectionLoss(const QSqlError &error) const;
    // After a lost connection to a server: connects again and prepares the kept statements.
    StoreError reconnect();
    static QVariant forPostgres(const QVariant &value);
    StoreError startTransaction(const QString &sql);
    void endTransaction(const QString &sql);

    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QHash<QString, sqlite3_stmt *> m_nativeStatements; // kept, by SQL
    QSet<sqlite3_stmt *> m_lentNativeStatements;       // kept or not, in a reader's hands
    QSet<sqlite3_stmt *> m_unkeptNativeStatements;     // a second reader's, finalized on return
    std::shared_ptr<QSqlQuery> m_unpreparedStatement;  // the last statement PostgreSQL refused
    QSqlError m_unpreparedError;
    QString m_connectionName;
    QString m_location;
    QString m_password;
    Dialect m_dialect = Dialect::Sqlite;
    int m_schemaVersion = 0;
    bool m_created = false;
    bool m_readOnlyFile = false; // an SQLite file opened read-only because it was not writable
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    bool m_readTransaction = false;        // the outermost transaction is a beginRead()
    mutable bool m_connectionLost = false; // the next outermost transaction reconnects first
    bool m_statementFailed = false; // inside the current transaction (aborts it on PostgreSQL)
    quint64 m_transactionSerial = 0;
    quint64 m_registryGeneration = 0;
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
