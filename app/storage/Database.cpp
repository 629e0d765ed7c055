#include "Database.h"

#include "Migrations.h"
#include "PostgresAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUuid>

#include <array>

#ifdef COPYDESK_NATIVE_SQLITE
#include <sqlite3.h>
#endif

namespace {

const QString applicationKey = QStringLiteral("copydesk");

// SQLite's primary result codes. Qt's driver reports the extended code (SQLITE_READONLY_DBMOVED
// is 1032), whose low byte is the primary one.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

// Whether the file system holding `location` has (next to) no room left.
bool diskIsFull(const QString &location)
{
    const QStorageInfo storage(QFileInfo(location).absolutePath());
    return storage.isValid() && storage.isReady() && storage.bytesAvailable() < qint64(64) * 1024;
}

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0;
}

QString classifyHint(const QSqlError &error)
{
    switch (primaryCode(error)) {
    case SqliteFull:
        return Database::tr("The disk is full: free some space, then try again.");
    case SqliteReadOnly:
        return Database::tr("The database is read-only: the file, its folder or the disk does "
                            "not allow writing.");
    case SqliteBusy:
    case SqliteLocked:
        return Database::tr("The database is busy (another program holds a lock).");
    case SqliteCantOpen:
        return Database::tr("SQLite could not open the file or create its write-ahead log beside "
                            "it; check that the folder exists and can be written.");
    case SqliteIoError:
        return Database::tr("The disk or file system reported an error while reading or writing "
                            "the file.");
    default:
        break;
    }
    const QString text = error.databaseText().toLower() + error.driverText().toLower();
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return Database::tr("The database is read-only.");
    if (text.contains(QLatin1String("disk is full")) || text.contains(QLatin1String("full")))
        return Database::tr("The disk is full.");
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        return Database::tr("The database is busy (another program holds a lock).");
    return {};
}

// Qt's positional bindValue(int) formats a placeholder name (":%1".arg(i)) for every value it
// binds: a fifth of the instructions of an import. A named placeholder is only looked up, so
// statements are prepared with each "?" (outside quoted text) renamed :p0, :p1, ... in order.
constexpr int maxNamedPlaceholders = 128;

const QString &placeholderName(int index)
{
    static const auto names = [] {
        std::array<QString, maxNamedPlaceholders> list;
        for (int i = 0; i < maxNamedPlaceholders; ++i)
            list[i] = QStringLiteral(":p") + QString::number(i);
        return list;
    }();
    return names[index];
}

QString withNamedPlaceholders(const QString &sql)
{
    QString named;
    named.reserve(sql.size() + 32);
    QChar quote;
    int count = 0;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            if (count >= maxNamedPlaceholders)
                return sql; // bound by position instead (see Database::execute)
            named += placeholderName(count++);
            continue;
        }
        named += c;
    }
    return named;
}

// The server's own words for an error (libpq's message), else Qt's description of it.
QString serverMessage(const QSqlError &error)
{
    const QString server = error.databaseText().trimmed();
    return server.isEmpty() ? error.text() : server;
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("copydesk-") + QUuid::createUuid().toString(QUuid::Id128))
{}

Database::~Database()
{
    close();
}

QString Database::defaultLocation()
{
    QString fromEnvironment = qEnvironmentVariable("COPYDESK_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/newsroom.sqlite");
}

int Database::latestSchemaVersion()
{
    Q_ASSERT(Migrations::sqlite().size() == Migrations::postgres().size());
    return int(Migrations::sqlite().size());
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::finalizeNativeStatements()
{
    // Before Qt closes the handle: its driver calls sqlite3_close(), which refuses a connection
    // with live statements, and Qt then forgets the handle anyway (the connection leaks, and
    // statements prepared on it would go on reading through it).
    Q_ASSERT(m_lentNativeStatements.isEmpty());
#ifdef COPYDESK_NATIVE_SQLITE
    for (sqlite3_stmt *statement : std::as_const(m_nativeStatements))
        sqlite3_finalize(statement);
    for (sqlite3_stmt *statement : std::as_const(m_unkeptNativeStatements))
        sqlite3_finalize(statement);
#endif
    m_nativeStatements.clear();
    m_lentNativeStatements.clear();
    m_unkeptNativeStatements.clear();
}

void Database::close()
{
    finalizeNativeStatements();
    m_statements.clear();
    m_unpreparedStatement.reset();
    m_connectionLost = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_schemaVersion = 0;
    m_transactionDepth = 0;
    m_rollbackOnly = false;
    m_readTransaction = false;
    m_readOnlyFile = false;
}

StoreError Database::open(const QString &location, int targetSchemaVersion)
{
    close();
    m_location = location;
    m_created = false;
    const bool postgres = PostgresAddress::isPostgresUrl(location);
    m_dialect = postgres ? Dialect::Postgres : Dialect::Sqlite;
    if (StoreError error = postgres ? openPostgres(location) : openSqlite(location)) {
        close();
        return error;
    }

    int version = 0;
    if (StoreError error = readSchemaVersion(&version)) {
        close();
        return error;
    }
    const int latest = latestSchemaVersion();
    if (version > latest) {
        close();
        return {StoreError::Kind::NewerSchema,
                tr("%1: was written by a newer Copydesk (schema version %2; this version "
                   "understands up to %3). Update Copydesk to open it; the file was not changed.")
                    .arg(m_location)
                    .arg(version)
                    .arg(latest)};
    }
    m_schemaVersion = version;

    if (StoreError error = configureConnection()) {
        close();
        return error;
    }
    m_created = version == 0;
    if (version < targetSchemaVersion) {
        if (StoreError error = migrate(targetSchemaVersion)) {
            close();
            return error;
        }
    }
    return {};
}

StoreError Database::openSqlite(const QString &location)
{
    const QFileInfo info(location);
    if (info.isDir())
        return {StoreError::Kind::Unavailable,
                tr("%1: is a folder, not a database file.").arg(location)};
    if (info.exists() && !info.isReadable())
        return {StoreError::Kind::Unavailable,
                tr("%1: permission denied (cannot read the file).").arg(location)};

    const bool existedBefore = info.exists() && info.size() > 0;
    if (!existedBefore) {
        const QString folder = info.absolutePath();
        if (!QDir().mkpath(folder))
            return {StoreError::Kind::Unavailable,
                    tr("%1: cannot create the folder %2.").arg(location, folder)};
    } else {
        // Refuse anything that is not SQLite before the driver touches it.
        QFile file(location);
        if (!file.open(QIODevice::ReadOnly))
            return {StoreError::Kind::Unavailable,
                    tr("%1: cannot read the file: %2").arg(location, file.errorString())};
        const QByteArray header = file.read(100);
        if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
            return {StoreError::Kind::Damaged,
                    tr("%1: is not a Copydesk database (not an SQLite file).").arg(location)};
        if (StoreError error = checkSqliteHeader(location, header, info.size()))
            return error;
    }

    // Scoped: close() must not find this handle alive.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return {StoreError::Kind::Unavailable,
                tr("The Qt SQLite driver (QSQLITE) is not installed.")};
    db.setDatabaseName(location);
    // A file we may not write (its mode, an immutable flag, a read-only file system) is opened
    // read-only: reading works, and a write says "read-only" instead of failing to open at all.
    m_readOnlyFile = existedBefore && !info.isWritable();
    if (m_readOnlyFile)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return {StoreError::Kind::Unavailable,
                tr("%1: cannot open: %2").arg(location, db.lastError().text())};
    return {};
}

StoreError Database::checkSqliteHeader(const QString &location, const QByteArray &header,
                                       qint64 fileSize)
{
    const auto damaged = [&](qint64 expected) {
        return StoreError{StoreError::Kind::Damaged,
                          tr("%1: is damaged: the file is cut short (%2 bytes, where its header "
                             "says %3). It was left untouched; restore it from a backup.")
                              .arg(location)
                              .arg(fileSize)
                              .arg(expected)};
    };
    if (header.size() < 100)
        return damaged(100);
    const auto byte = [&](int offset) { return quint32(quint8(header.at(offset))); };
    const auto word = [&](int offset) {
        return byte(offset) << 24 | byte(offset + 1) << 16 | byte(offset + 2) << 8 |
               byte(offset + 3);
    };
    // Offsets of SQLite's file format (sqlite.org/fileformat.html): the page size at 16 (1 means
    // 65536), the size in pages at 28, valid when the change counter at 24 equals the
    // version-valid-for number at 92. Pages still in a write-ahead log are not in the file yet,
    // so a file with a log beside it is left for SQLite to judge.
    const QFileInfo log(location + QStringLiteral("-wal"));
    if (!log.exists() || log.size() == 0) {
        const quint32 pageSize = byte(16) << 8 | byte(17);
        const qint64 pages = word(28);
        const qint64 expected = (pageSize == 1 ? 65536 : pageSize) * pages;
        if (pages > 0 && word(24) == word(92) && fileSize < expected)
            return damaged(expected);
    }
    // A database in write-ahead-log mode (read and write versions 2) needs its -wal and -shm
    // files beside it, also to be read: in a folder that cannot be written they cannot be made.
    const QString folder = QFileInfo(location).absolutePath();
    if (byte(18) == 2 && byte(19) == 2 && !QFileInfo(folder).isWritable() &&
        !QFileInfo::exists(location + QStringLiteral("-shm"))) {
        return {StoreError::Kind::Unavailable,
                tr("%1: cannot be opened: its folder %2 is read-only, and SQLite needs to create "
                   "its write-ahead log beside the file. Copy the file into a folder you can "
                   "write to, or make the folder writable; the file was not changed.")
                    .arg(location, folder)};
    }
    return {};
}

StoreError Database::reopenWritable()
{
    // Opened read-only because the file could not be written, and now it can (the user made it
    // writable, or the disk was remounted): the next write gets a read-write connection.
    finalizeNativeStatements();
    QSqlDatabase db = connection();
    db.close();
    // SQLite gave the -wal and -shm files it made beside the read-only file that file's mode,
    // and a read-only connection leaves them behind: they get the file's mode now, as they
    // would have had if made now (only ours can be changed, and only those we cannot write).
    const QFile::Permissions mode = QFile::permissions(m_location);
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        const QFileInfo companion(m_location + suffix);
        if (companion.exists() && !companion.isWritable())
            QFile::setPermissions(companion.filePath(), mode);
    }
    db.setConnectOptions(QString());
    if (!db.open()) {
        const QString text = db.lastError().text();
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
        return {StoreError::Kind::Unavailable,
                tr("%1: cannot open for writing: %2").arg(m_location, text)};
    }
    m_readOnlyFile = false;
    if (StoreError error = configureConnection())
        return error;
    for (auto it = m_statements.begin(); it != m_statements.end(); ++it)
        it.value()->prepare(withNamedPlaceholders(it.key()));
    return {};
}

StoreError Database::openPostgres(const QString &url)
{
    QString problem;
    const PostgresAddress address = PostgresAddress::parse(url, &problem);
    if (address.isNull())
        return {StoreError::Kind::Invalid, problem};
    m_location = address.display();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid())
        return {StoreError::Kind::Unavailable,
                tr("The Qt PostgreSQL driver (QPSQL) is not installed (Debian package "
                   "libqt6sql6-psql).")};
    address.applyTo(db, m_password);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString text = serverMessage(error);
        return {StoreError::Kind::Unavailable, tr("%1: cannot connect: %2").arg(m_location, text)};
    }
    return {};
}

StoreError Database::readTableNames(QStringList *tables)
{
    QSqlQuery query(connection());
    // Reading the catalogue is the first real access: a damaged file fails here.
    // On PostgreSQL pg_tables, which lists tables the login may not read (information_schema
    // hides them, and a database would look empty to a login without a Copydesk role).
    const QString sql = isPostgres() ? QStringLiteral("SELECT tablename FROM pg_tables"
                                                      " WHERE schemaname = current_schema()")
                                     : QStringLiteral("SELECT name FROM sqlite_master"
                                                      " WHERE type = 'table'");
    if (!query.exec(sql)) {
        // A file SQLite cannot open (a folder it may not write, a locked file) is not damaged.
        StoreError error = errorFrom(query, tr("reading the list of tables"));
        if (!isPostgres() && error.kind != StoreError::Kind::Damaged)
            return error;
        return {
            StoreError::Kind::Damaged,
            tr("%1: is damaged or not a database: %2").arg(m_location, query.lastError().text())};
    }
    while (query.next())
        tables->append(query.value(0).toString());
    return {};
}

StoreError Database::readSchemaVersion(int *version)
{
    *version = 0;
    QStringList tables;
    if (StoreError error = readTableNames(&tables))
        return error;
    if (tables.isEmpty())
        return {}; // a new, empty file or database
    if (!tables.contains(QLatin1String("copydesk_meta"))) {
        return {StoreError::Kind::Damaged,
                isPostgres() ? tr("%1: is a PostgreSQL database but not a Copydesk database (it "
                                  "has tables but no copydesk_meta table); it was left untouched.")
                                   .arg(m_location)
                             : tr("%1: is an SQLite database but not a Copydesk database (it has "
                                  "no copydesk_meta table); it was left untouched.")
                                   .arg(m_location)};
    }
    QSqlQuery meta(connection());
    meta.prepare(QStringLiteral("SELECT key, value FROM copydesk_meta WHERE key IN (?, ?)"));
    meta.addBindValue(QStringLiteral("application"));
    meta.addBindValue(QStringLiteral("schema_version"));
    if (!meta.exec()) {
        if (isPostgres() && meta.lastError().nativeErrorCode() == QLatin1String("42501"))
            return {StoreError::Kind::NotAllowed,
                    tr("%1: the login %2 has none of the Copydesk roles (copydesk_editor, "
                       "copydesk_reviewer, copydesk_chief) and may not open this database; ask "
                       "the newsroom's database administrator to grant one.")
                        .arg(m_location, connection().userName())};
        return {
            StoreError::Kind::Damaged,
            tr("%1: cannot read the schema version: %2").arg(m_location, meta.lastError().text())};
    }
    QString application;
    while (meta.next()) {
        if (meta.value(0).toString() == QLatin1String("application"))
            application = meta.value(1).toString();
        else
            *version = meta.value(1).toInt();
    }
    if (application != applicationKey || *version <= 0) {
        return {StoreError::Kind::Damaged,
                tr("%1: is not a Copydesk database (its copydesk_meta table does not identify "
                   "it); it was left untouched.")
                    .arg(m_location)};
    }
    return {};
}

StoreError Database::configureConnection()
{
    if (isPostgres()) {
        // Times are ISO 8601 text written by the client, and the search vectors depend on no
        // session setting; only make the server's messages and encoding predictable.
        const QString settings[] = {
            QStringLiteral("SET client_encoding = 'UTF8'"),
            QStringLiteral("SET client_min_messages = warning"),
        };
        for (const QString &setting : settings) {
            if (StoreError error = exec(setting, setting))
                return error;
        }
        return {};
    }
    const QString pragmas[] = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        // 64 MiB of page cache instead of 2 MiB: a 100,000-article library's indexes and the
        // full-text index's upper levels stay in memory across statements.
        QStringLiteral("PRAGMA cache_size = -65536"),
    };
    for (const QString &pragma : pragmas) {
        if (StoreError error = exec(pragma, pragma))
            return error;
    }
    const bool readOnly = connection().connectOptions().contains(QLatin1String("READONLY"));
    if (!readOnly) {
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return errorFrom(query, tr("switching to write-ahead logging"));
    }
    return {};
}

StoreError Database::migrate(int targetSchemaVersion)
{
    const QList<QStringList> &steps = isPostgres() ? Migrations::postgres() : Migrations::sqlite();
    targetSchemaVersion = std::min(targetSchemaVersion, int(steps.size()));
    while (m_schemaVersion < targetSchemaVersion) {
        const int from = m_schemaVersion;
        if (StoreError error = begin())
            return error;
        if (from == 0) {
            const QString bootstrap[] = {
                QStringLiteral(
                    "CREATE TABLE copydesk_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            };
            for (const QString &sql : bootstrap) {
                if (StoreError error = exec(sql, tr("creating the schema"))) {
                    rollback();
                    return error;
                }
            }
            QSqlQuery insert(connection());
            insert.prepare(QStringLiteral("INSERT INTO copydesk_meta(key, value) VALUES (?, ?)"));
            insert.addBindValue(QStringLiteral("application"));
            insert.addBindValue(applicationKey);
            if (!insert.exec()) {
                StoreError error = errorFrom(insert, tr("creating the schema"));
                rollback();
                return error;
            }
        }
        for (const QString &sql : steps.at(from)) {
            if (StoreError error = exec(sql, tr("migrating to schema version %1").arg(from + 1))) {
                rollback();
                return error;
            }
        }
        QSqlQuery bump(connection());
        bump.prepare(QStringLiteral("INSERT INTO copydesk_meta(key, value) VALUES (?, ?)"
                                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        bump.addBindValue(QStringLiteral("schema_version"));
        bump.addBindValue(QString::number(from + 1));
        if (!bump.exec()) {
            StoreError error = errorFrom(bump, tr("recording the schema version"));
            rollback();
            return error;
        }
        if (StoreError error = commit())
            return error;
        m_schemaVersion = from + 1;
    }
    return {};
}

bool Database::runControl(const QString &sql, StoreError *error, const QString &what)
{
    // SQLite: kept prepared (preparing is a share of a small write). PostgreSQL cannot PREPARE
    // transaction control, so it is sent as plain text.
    const auto run = [&](QSqlQuery &query) {
        const bool ok = query.exec();
        if (!ok && error)
            *error = errorFrom(query, what);
        query.finish();
        return ok;
    };
    if (!isPostgres())
        return run(prepared(sql));
    QSqlQuery query(connection());
    const bool ok = query.exec(sql);
    if (!ok && error)
        *error = errorFrom(query, what);
    return ok;
}

bool Database::isConnectionLoss(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
        error.type() == QSqlError::ConnectionError || !connection().isOpen())
        return true;
    // libpq reports a dropped socket without a SQLSTATE.
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("terminating connection"));
}

StoreError Database::reconnect()
{
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString text = serverMessage(error);
        return {StoreError::Kind::Unavailable,
                tr("%1: the newsroom server is still unreachable: %2").arg(m_location, text)};
    }
    m_connectionLost = false;
    if (StoreError error = configureConnection())
        return error;
    // The server forgot the prepared statements with the old session; the same QSqlQuery
    // objects are prepared again, so references the stores hold stay valid.
    for (auto it = m_statements.begin(); it != m_statements.end(); ++it)
        it.value()->prepare(withNamedPlaceholders(it.key()));
    return {};
}

StoreError Database::startTransaction(const QString &sql)
{
    if (m_connectionLost) {
        if (StoreError error = reconnect())
            return error;
    }
    StoreError error;
    if (!runControl(sql, &error, tr("starting a transaction")))
        return error;
    m_rollbackOnly = false;
    m_statementFailed = false;
    ++m_transactionSerial;
    return {};
}

void Database::endTransaction(const QString &sql)
{
    runControl(sql, nullptr, {});
    m_statementFailed = false;
}

StoreError Database::begin()
{
    if (m_transactionDepth == 0 && m_readOnlyFile && QFileInfo(m_location).isWritable()) {
        if (StoreError error = reopenWritable())
            return error;
    }
    if (m_transactionDepth == 0) {
        // SQLite: IMMEDIATE takes the write lock up front so two writers queue instead of
        // failing late. PostgreSQL locks rows as they are written; the version check in each
        // UPDATE finds concurrent saves.
        if (StoreError error = startTransaction(isPostgres() ? QStringLiteral("BEGIN")
                                                             : QStringLiteral("BEGIN IMMEDIATE")))
            return error;
        m_readTransaction = false;
    } else if (m_readTransaction) {
        return {StoreError::Kind::Invalid,
                tr("%1: cannot start writing inside a read transaction.").arg(m_location)};
    }
    ++m_transactionDepth;
    return {};
}

StoreError Database::beginRead()
{
    if (m_transactionDepth == 0) {
        if (StoreError error = startTransaction(
                isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                             : QStringLiteral("BEGIN DEFERRED")))
            return error;
        m_readTransaction = true;
    }
    ++m_transactionDepth;
    return {};
}

void Database::endRead()
{
    if (m_transactionDepth <= 0)
        return;
    if (--m_transactionDepth > 0)
        return;
    // Nothing was written; ending it only releases the snapshot.
    endTransaction(QStringLiteral("COMMIT"));
    m_readTransaction = false;
}

StoreError Database::commit()
{
    if (m_transactionDepth <= 0)
        return {StoreError::Kind::Invalid, tr("commit without a transaction")};
    if (--m_transactionDepth > 0)
        return {};
    if (m_rollbackOnly) {
        endTransaction(QStringLiteral("ROLLBACK"));
        m_rollbackOnly = false;
        return {StoreError::Kind::Invalid, tr("the transaction was rolled back")};
    }
    // After a failed statement PostgreSQL has aborted the transaction, and COMMIT would quietly
    // roll it back: say so instead of reporting a save that did not happen.
    if (isPostgres() && m_statementFailed) {
        endTransaction(QStringLiteral("ROLLBACK"));
        return {StoreError::Kind::Unavailable,
                tr("%1: a statement failed, so the whole change was rolled back.").arg(m_location)};
    }
    StoreError error;
    if (!runControl(QStringLiteral("COMMIT"), &error, tr("committing"))) {
        endTransaction(QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

void Database::rollback()
{
    if (m_transactionDepth <= 0)
        return;
    if (--m_transactionDepth > 0) {
        m_rollbackOnly = true; // an inner failure dooms the outer transaction
        return;
    }
    m_rollbackOnly = false;
    endTransaction(QStringLiteral("ROLLBACK"));
}

StoreError Database::exec(const QString &sql, const QString &what)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        m_statementFailed = m_transactionDepth > 0;
        return errorFrom(query, what.isEmpty() ? sql : what);
    }
    return {};
}

StoreError Database::errorFrom(const QSqlQuery &query, const QString &what) const
{
    if (isPostgres() && m_unpreparedStatement.get() == &query)
        return postgresError(m_unpreparedError, what);
    return errorFrom(query.lastError(), what);
}

StoreError Database::errorFrom(const QSqlError &error, const QString &what) const
{
    if (isPostgres())
        return postgresError(error, what);
    QString hint = classifyHint(error);
    // SQLite says "disk I/O error" when the disk filled up while it made its shared-memory file
    // or grew the log: say what the user can do something about.
    const int code = primaryCode(error);
    if ((code == SqliteIoError || code == SqliteCantOpen) && diskIsFull(m_location))
        hint = tr("The disk is full: free some space, then try again.");
    const QString lower = error.databaseText().toLower();
    StoreError::Kind kind = StoreError::Kind::Unavailable;
    if (primaryCode(error) == SqliteCorrupt || primaryCode(error) == SqliteNotADatabase ||
        lower.contains(QLatin1String("malformed")) ||
        lower.contains(QLatin1String("not a database")))
        kind = StoreError::Kind::Damaged;
    QString message = tr("%1: %2 failed: %3").arg(m_location, what, error.text());
    if (!hint.isEmpty())
        message += QLatin1Char(' ') + hint;
    return {kind, message};
}

// PostgreSQL reports SQLSTATE codes (QSqlError::nativeErrorCode): classified by code, and the
// server's own message shown rather than Qt's "QPSQL: Unable to ..." wrapper.
StoreError Database::postgresError(const QSqlError &error, const QString &what) const
{
    const QString state = error.nativeErrorCode();
    StoreError::Kind kind = StoreError::Kind::Unavailable;
    QString hint;
    if (state == QLatin1String("42501") || state == QLatin1String("P0001") ||
        state == QLatin1String("25006")) {
        kind = StoreError::Kind::NotAllowed; // privileges, row security, our own triggers
    } else if (state == QLatin1String("40001") || state == QLatin1String("40P01")) {
        hint = tr("Another desk changed the same rows at the same moment; try again.");
    } else if (isConnectionLoss(error)) {
        m_connectionLost = true;
        hint = tr("The connection to the newsroom server was lost; Copydesk connects again "
                  "with the next save, and nothing unsaved is discarded meanwhile.");
    } else if (state == QLatin1String("53100")) {
        hint = tr("The server's disk is full.");
    } else if (state.startsWith(QLatin1String("XX"))) {
        kind = StoreError::Kind::Damaged;
    }
    const QString text = serverMessage(error);
    QString message = tr("%1: %2 failed: %3").arg(m_location, what, text);
    if (!hint.isEmpty())
        message += QLatin1Char(' ') + hint;
    return {kind, message};
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_shared<QSqlQuery>(connection());
        // SQLite: forward-only saves copying rows. Qt's PostgreSQL driver reads a forward-only
        // result row by row (libpq's single-row mode) and leaves the connection busy with it
        // even after finish(), and a busy connection parses no announcements (LISTEN/NOTIFY)
        // until the next query: other desks' changes reached an idle window only with its next
        // query, up to 15 s late. Our results are small; PostgreSQL gets them whole.
        query->setForwardOnly(!isPostgres());
        if (!query->prepare(withNamedPlaceholders(sql)) && isPostgres()) {
            // PostgreSQL prepares on the server, which fails inside an aborted transaction (and
            // aborts a running one): not kept, so the next call prepares again.
            m_statementFailed = m_transactionDepth > 0;
            m_unpreparedStatement = query;
            m_unpreparedError = query->lastError();
            return *query;
        }
        it = m_statements.insert(sql, query);
    }
    return *it.value();
}

#ifdef COPYDESK_NATIVE_SQLITE
sqlite3 *Database::sqliteHandle() const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
#endif

sqlite3_stmt *Database::borrowNativeStatement(const QString &sql, int *failure)
{
#ifdef COPYDESK_NATIVE_SQLITE
    if (isPostgres())
        return nullptr;
    sqlite3_stmt *kept = m_nativeStatements.value(sql);
    if (kept && !m_lentNativeStatements.contains(kept)) {
        m_lentNativeStatements.insert(kept);
        return kept;
    }
    sqlite3 *connection = sqliteHandle();
    if (!connection)
        return nullptr;
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const int code = sqlite3_prepare_v3(connection, utf8.constData(), int(utf8.size()),
                                        kept ? 0 : SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(statement);
        *failure = code;
        return nullptr;
    }
    if (kept)
        m_unkeptNativeStatements.insert(statement);
    else
        m_nativeStatements.insert(sql, statement);
    m_lentNativeStatements.insert(statement);
    return statement;
#else
    Q_UNUSED(sql);
    Q_UNUSED(failure);
    return nullptr;
#endif
}

void Database::returnNativeStatement(sqlite3_stmt *statement)
{
#ifdef COPYDESK_NATIVE_SQLITE
    if (!m_lentNativeStatements.remove(statement))
        return;
    // A statement left stepping would hold its read snapshot (and the log) open.
    sqlite3_reset(statement);
    if (m_unkeptNativeStatements.remove(statement))
        sqlite3_finalize(statement);
#else
    Q_UNUSED(statement);
#endif
}

StoreError Database::nativeError(int code, const QString &what) const
{
#ifdef COPYDESK_NATIVE_SQLITE
    sqlite3 *connection = sqliteHandle();
    const QString text = connection ? QString::fromUtf8(sqlite3_errmsg(connection))
                                    : QString::fromUtf8(sqlite3_errstr(code));
    const int extended = connection ? sqlite3_extended_errcode(connection) : code;
    return errorFrom(QSqlError({}, text, QSqlError::StatementError, QString::number(extended)),
                     what);
#else
    return errorFrom(QSqlError({}, {}, QSqlError::StatementError, QString::number(code)), what);
#endif
}

std::unique_ptr<QSqlQuery> Database::preparedUnkept(const QString &sql)
{
    auto query = std::make_unique<QSqlQuery>(connection());
    query->setForwardOnly(!isPostgres()); // as prepared() does, and why
    if (!query->prepare(withNamedPlaceholders(sql)))
        m_statementFailed = isPostgres() && m_transactionDepth > 0;
    return query;
}

bool Database::execute(QSqlQuery &query, const QVariantList &values)
{
    static const QVariant emptyText = QString(QStringLiteral(""));
    // withNamedPlaceholders() left a statement with more placeholders positional.
    const bool named = values.size() <= maxNamedPlaceholders;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A null QString would bind as SQL NULL; our text columns are NOT NULL DEFAULT ''.
        const bool nullText = value.typeId() == QMetaType::QString && !value.isNull() &&
                              static_cast<const QString *>(value.constData())->isNull();
        if (m_dialect == Dialect::Postgres && !nullText) {
            const QVariant converted = forPostgres(value);
            if (named)
                query.bindValue(placeholderName(i), converted);
            else
                query.bindValue(i, converted);
            continue;
        }
        if (named)
            query.bindValue(placeholderName(i), nullText ? emptyText : value);
        else
            query.bindValue(i, nullText ? emptyText : value);
    }
    if (m_unpreparedStatement.get() != &query && query.exec())
        return true;
    m_statementFailed = m_transactionDepth > 0;
    return false;
}

QString Database::idsFromJsonArray() const
{
    return isPostgres() ? QStringLiteral("SELECT CAST(value AS BIGINT) FROM"
                                         " json_array_elements_text(CAST(? AS json))")
                        : QStringLiteral("SELECT value FROM json_each(?)");
}

qint64 Database::insertedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

bool Database::violatesUniqueness(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    if (isPostgres())
        return error.nativeErrorCode() == QLatin1String("23505");
    // SQLITE_CONSTRAINT_UNIQUE and _PRIMARYKEY (extended codes), or the message of older drivers
    return error.nativeErrorCode() == QLatin1String("2067") ||
           error.nativeErrorCode() == QLatin1String("1555") ||
           error.databaseText().contains(QLatin1String("UNIQUE"));
}

// SQLite takes text as UTF-8 bytes cast to TEXT and flags as integers; PostgreSQL would read
// bytes as bytea and refuses booleans for integer columns.
QVariant Database::forPostgres(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QString::fromUtf8(*static_cast<const QByteArray *>(value.constData()));
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return value;
    }
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_error(m_db.begin())
    , m_active(!m_error.isError())
{}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

StoreError Transaction::commit()
{
    if (!m_active)
        return m_error.isError()
                   ? m_error
                   : StoreError{StoreError::Kind::Invalid,
                                QCoreApplication::translate("Database", "nothing to commit")};
    m_active = false;
    return m_db.commit();
}
