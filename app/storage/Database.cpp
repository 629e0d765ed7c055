#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <array>

namespace {

const QString applicationKey = QStringLiteral("copydesk");

// Numbered migrations: index i brings the schema from version i to i + 1. Never edit a released
// step; append a new one. Each step runs in one transaction together with the version bump.
const QStringList migrationSteps[] = {
    // 1: articles, paragraphs, the source registry, attributions, meta titles, links, revisions.
    {
        QStringLiteral("CREATE TABLE sources ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " name_key TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL DEFAULT 'official',"
                       " url TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE articles ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " uri TEXT NOT NULL UNIQUE,"
                       " slug TEXT NOT NULL DEFAULT '',"
                       " headline TEXT NOT NULL DEFAULT '',"
                       " summary TEXT NOT NULL DEFAULT '',"
                       " byline TEXT NOT NULL DEFAULT '',"
                       " section TEXT NOT NULL DEFAULT '',"
                       " language TEXT NOT NULL DEFAULT 'en-US',"
                       " status TEXT NOT NULL DEFAULT 'draft',"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " published_at TEXT,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " prev_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,"
                       " next_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,"
                       " paragraph_count INTEGER NOT NULL DEFAULT 0,"
                       " attributed_count INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX articles_by_updated ON articles(updated_at DESC, id DESC)"),
        QStringLiteral(
            "CREATE INDEX articles_by_status ON articles(status, updated_at DESC, id DESC)"),
        QStringLiteral("CREATE INDEX articles_by_prev ON articles(prev_id)"),
        QStringLiteral("CREATE INDEX articles_by_next ON articles(next_id)"),
        QStringLiteral("CREATE TABLE paragraphs ("
                       " id INTEGER PRIMARY KEY,"
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " position INTEGER NOT NULL,"
                       " text TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX paragraphs_by_article ON paragraphs(article_id, position)"),
        QStringLiteral("CREATE TABLE attributions ("
                       " id INTEGER PRIMARY KEY,"
                       " paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,"
                       " source_id INTEGER NOT NULL REFERENCES sources(id),"
                       " position INTEGER NOT NULL,"
                       " detail TEXT NOT NULL DEFAULT '',"
                       " url TEXT NOT NULL DEFAULT '',"
                       " verification TEXT NOT NULL DEFAULT 'unchecked',"
                       " reviewer TEXT NOT NULL DEFAULT '',"
                       " reviewed_at TEXT,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE INDEX attributions_by_paragraph ON attributions(paragraph_id, position)"),
        QStringLiteral("CREATE INDEX attributions_by_source ON attributions(source_id)"),
        QStringLiteral("CREATE TABLE meta_titles ("
                       " id INTEGER PRIMARY KEY,"
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " text TEXT NOT NULL,"
                       " chosen INTEGER NOT NULL DEFAULT 0,"
                       " notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX meta_titles_by_article ON meta_titles(article_id, position)"),
        QStringLiteral("CREATE TABLE revisions ("
                       " id INTEGER PRIMARY KEY,"
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " version INTEGER NOT NULL,"
                       " saved_at TEXT NOT NULL,"
                       " headline TEXT NOT NULL,"
                       " snapshot TEXT NOT NULL,"
                       " UNIQUE(article_id, version))"),
    },
    // 2: full-text search. An external-content FTS5 table over one text row per article, kept in
    // sync by triggers; existing articles are indexed by the migration itself.
    {
        QStringLiteral("CREATE TABLE article_text ("
                       " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                       " headline TEXT NOT NULL,"
                       " summary TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " titles TEXT NOT NULL)"),
        QStringLiteral("CREATE VIRTUAL TABLE article_fts USING fts5("
                       "headline, summary, body, titles,"
                       " content='article_text', content_rowid='article_id',"
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER article_text_ai AFTER INSERT ON article_text BEGIN"
                       " INSERT INTO article_fts(rowid, headline, summary, body, titles)"
                       " VALUES (new.article_id, new.headline, new.summary, new.body, new.titles);"
                       " END"),
        QStringLiteral(
            "CREATE TRIGGER article_text_ad AFTER DELETE ON article_text BEGIN"
            " INSERT INTO article_fts(article_fts, rowid, headline, summary, body, titles)"
            " VALUES ('delete', old.article_id, old.headline, old.summary, old.body,"
            " old.titles);"
            " END"),
        QStringLiteral(
            "CREATE TRIGGER article_text_au AFTER UPDATE ON article_text BEGIN"
            " INSERT INTO article_fts(article_fts, rowid, headline, summary, body, titles)"
            " VALUES ('delete', old.article_id, old.headline, old.summary, old.body,"
            " old.titles);"
            " INSERT INTO article_fts(rowid, headline, summary, body, titles)"
            " VALUES (new.article_id, new.headline, new.summary, new.body, new.titles);"
            " END"),
        QStringLiteral("INSERT INTO article_text(article_id, headline, summary, body, titles)"
                       " SELECT a.id, a.headline, a.summary,"
                       "  COALESCE((SELECT group_concat(text, char(10)) FROM"
                       "   (SELECT text FROM paragraphs p WHERE p.article_id = a.id"
                       "    ORDER BY position)), ''),"
                       "  COALESCE((SELECT group_concat(text, char(10)) FROM"
                       "   (SELECT text FROM meta_titles m WHERE m.article_id = a.id"
                       "    ORDER BY position)), '')"
                       " FROM articles a"),
    },
    // 3: indexes for sorting the article list by any column without a full scan.
    {
        QStringLiteral(
            "CREATE INDEX articles_by_headline ON articles(headline COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX articles_by_byline ON articles(byline COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX articles_by_status_id ON articles(status, id)"),
        QStringLiteral("CREATE INDEX articles_by_coverage ON articles("
                       "(attributed_count * 1000 / max(paragraph_count, 1)), id)"),
    },
    // 4: the store writes the full-text index itself (ArticleStore::indexSearchText). A trigger
    // runs inside a statement savepoint, and FTS5 flushes its pending terms at every savepoint:
    // one tiny index segment per article, merged again and again, most of an import's time.
    // The index and article_text keep their rows; only the triggers go.
    {
        QStringLiteral("DROP TRIGGER IF EXISTS article_text_ai"),
        QStringLiteral("DROP TRIGGER IF EXISTS article_text_ad"),
        QStringLiteral("DROP TRIGGER IF EXISTS article_text_au"),
    },
    // 5: spelling. The newsroom dictionary, shared by every desk on the database (who added
    // each word and when), and each article's ignore list.
    {
        QStringLiteral("CREATE TABLE newsroom_words ("
                       " id INTEGER PRIMARY KEY,"
                       " word TEXT NOT NULL UNIQUE,"
                       " added_by TEXT NOT NULL DEFAULT '',"
                       " added_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE article_ignored_words ("
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " word TEXT NOT NULL,"
                       " PRIMARY KEY (article_id, word))"),
    },
    // 6: review. Who wrote and last edited each article; the audit log (rows can be added,
    // never changed or deleted, and outlive their article); paragraphs marked "no attribution
    // needed" with the reason; the recorded decisions on anonymous sources.
    {
        QStringLiteral("ALTER TABLE articles ADD COLUMN created_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE articles ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " article_id INTEGER NOT NULL,"
                       " article_uuid TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " role TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " from_status TEXT,"
                       " to_status TEXT,"
                       " version INTEGER NOT NULL,"
                       " paragraph_uuid TEXT,"
                       " source TEXT NOT NULL DEFAULT '',"
                       " comment TEXT NOT NULL DEFAULT '',"
                       " override_reason TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX audit_log_by_article ON audit_log(article_id, id)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
                       " SELECT RAISE(ABORT, 'audit log entries cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN"
                       " SELECT RAISE(ABORT, 'audit log entries cannot be deleted'); END"),
        QStringLiteral("CREATE TABLE attribution_waivers ("
                       " paragraph_uuid TEXT PRIMARY KEY,"
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " reason TEXT NOT NULL,"
                       " marked_by TEXT NOT NULL,"
                       " marked_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX attribution_waivers_by_article"
                       " ON attribution_waivers(article_id)"),
        QStringLiteral("CREATE TABLE anonymity_approvals ("
                       " paragraph_uuid TEXT NOT NULL,"
                       " source_key TEXT NOT NULL,"
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " reason TEXT NOT NULL,"
                       " approved_by TEXT NOT NULL,"
                       " approved_at TEXT NOT NULL,"
                       " PRIMARY KEY (paragraph_uuid, source_key))"),
        QStringLiteral("CREATE INDEX anonymity_approvals_by_article"
                       " ON anonymity_approvals(article_id)"),
    },
    // 7: publishing. The destinations approved articles go to (a hot folder or an HTTP
    // endpoint, shared by every desk on the database) and every attempt to deliver an article
    // version there, successful or not.
    {
        QStringLiteral("CREATE TABLE publish_destinations ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('folder', 'http')),"
                       " enabled INTEGER NOT NULL DEFAULT 1,"
                       " format TEXT NOT NULL DEFAULT 'ninjs',"
                       " target TEXT NOT NULL,"
                       " headers TEXT NOT NULL DEFAULT '',"
                       " timeout_ms INTEGER NOT NULL DEFAULT 10000,"
                       " retries INTEGER NOT NULL DEFAULT 3)"),
        QStringLiteral("CREATE TABLE publications ("
                       " id INTEGER PRIMARY KEY,"
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " destination_id INTEGER NOT NULL"
                       "  REFERENCES publish_destinations(id) ON DELETE CASCADE,"
                       " version INTEGER NOT NULL,"
                       " pub_status TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL DEFAULT '',"
                       " succeeded INTEGER NOT NULL,"
                       " attempts INTEGER NOT NULL DEFAULT 1,"
                       " result TEXT NOT NULL DEFAULT '',"
                       " error TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX publications_by_article ON publications(article_id, id)"),
        // Which article a file in a hot folder belongs to (two articles may share a slug).
        QStringLiteral(
            "CREATE INDEX publications_by_result ON publications(destination_id, result)"),
    },
};

constexpr int migrationCount = int(std::size(migrationSteps));

QString classifyHint(const QSqlError &error)
{
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
    const QString fromEnvironment = qEnvironmentVariable("COPYDESK_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/newsroom.sqlite");
}

int Database::latestSchemaVersion()
{
    return migrationCount;
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

void Database::close()
{
    m_statements.clear();
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
}

StoreError Database::open(const QString &location, int targetSchemaVersion)
{
    close();
    m_location = location;
    m_created = false;

    if (location.startsWith(QLatin1String("postgres://")) ||
        location.startsWith(QLatin1String("postgresql://"))) {
        return {StoreError::Kind::Unavailable,
                tr("%1: PostgreSQL databases are not supported by this version of Copydesk yet.")
                    .arg(location)};
    }

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
        const QByteArray header = file.read(16);
        if (header != QByteArrayLiteral("SQLite format 3\0"))
            return {StoreError::Kind::Damaged,
                    tr("%1: is not a Copydesk database (not an SQLite file).").arg(location)};
    }

    {
        // Scoped: close() must not find this handle alive.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid()) {
            db = {};
            close();
            return {StoreError::Kind::Unavailable,
                    tr("The Qt SQLite driver (QSQLITE) is not installed.")};
        }
        db.setDatabaseName(location);
        if (existedBefore && !info.isWritable())
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            const QString text = db.lastError().text();
            db = {};
            close();
            return {StoreError::Kind::Unavailable, tr("%1: cannot open: %2").arg(location, text)};
        }
    }

    int version = 0;
    if (StoreError error = readSchemaVersion(&version)) {
        close();
        return error;
    }
    if (version > migrationCount) {
        close();
        return {StoreError::Kind::NewerSchema,
                tr("%1: was written by a newer Copydesk (schema version %2; this version "
                   "understands up to %3). Update Copydesk to open it; the file was not changed.")
                    .arg(location)
                    .arg(version)
                    .arg(migrationCount)};
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

StoreError Database::readSchemaVersion(int *version)
{
    *version = 0;
    QSqlQuery query(connection());
    // Reading the catalogue is the first real access: a damaged file fails here.
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        return {
            StoreError::Kind::Damaged,
            tr("%1: is damaged or not a database: %2").arg(m_location, query.lastError().text())};
    }
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    if (tables.isEmpty())
        return {}; // a new, empty file
    if (!tables.contains(QLatin1String("copydesk_meta"))) {
        return {StoreError::Kind::Damaged,
                tr("%1: is an SQLite database but not a Copydesk database (it has no "
                   "copydesk_meta table); it was left untouched.")
                    .arg(m_location)};
    }
    QSqlQuery meta(connection());
    meta.prepare(QStringLiteral("SELECT key, value FROM copydesk_meta WHERE key IN (?, ?)"));
    meta.addBindValue(QStringLiteral("application"));
    meta.addBindValue(QStringLiteral("schema_version"));
    if (!meta.exec())
        return {
            StoreError::Kind::Damaged,
            tr("%1: cannot read the schema version: %2").arg(m_location, meta.lastError().text())};
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
    targetSchemaVersion = std::min(targetSchemaVersion, migrationCount);
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
        for (const QString &sql : migrationSteps[from]) {
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

StoreError Database::startTransaction(const QString &sql)
{
    QSqlQuery &query = prepared(sql);
    const bool ok = query.exec();
    query.finish();
    if (!ok)
        return errorFrom(query, tr("starting a transaction"));
    m_rollbackOnly = false;
    ++m_transactionSerial;
    return {};
}

void Database::endTransaction(const QString &sql)
{
    QSqlQuery &query = prepared(sql);
    query.exec();
    query.finish();
}

StoreError Database::begin()
{
    if (m_transactionDepth == 0) {
        // IMMEDIATE takes the write lock up front so two writers queue instead of failing late.
        if (StoreError error = startTransaction(QStringLiteral("BEGIN IMMEDIATE")))
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
        if (StoreError error = startTransaction(QStringLiteral("BEGIN DEFERRED")))
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
    QSqlQuery &query = prepared(QStringLiteral("COMMIT"));
    const bool ok = query.exec();
    query.finish();
    if (!ok) {
        StoreError error = errorFrom(query, tr("committing"));
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
    if (!query.exec(sql))
        return errorFrom(query, what.isEmpty() ? sql : what);
    return {};
}

StoreError Database::errorFrom(const QSqlQuery &query, const QString &what) const
{
    const QSqlError error = query.lastError();
    const QString hint = classifyHint(error);
    const QString lower = error.databaseText().toLower();
    StoreError::Kind kind = StoreError::Kind::Unavailable;
    if (lower.contains(QLatin1String("malformed")) ||
        lower.contains(QLatin1String("not a database")))
        kind = StoreError::Kind::Damaged;
    QString message = tr("%1: %2 failed: %3").arg(m_location, what, error.text());
    if (!hint.isEmpty())
        message += QLatin1Char(' ') + hint;
    return {kind, message};
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_shared<QSqlQuery>(connection());
        query->setForwardOnly(true);
        query->prepare(withNamedPlaceholders(sql));
        it = m_statements.insert(sql, query);
    }
    return *it.value();
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
        if (named)
            query.bindValue(placeholderName(i), nullText ? emptyText : value);
        else
            query.bindValue(i, nullText ? emptyText : value);
    }
    return query.exec();
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_error = m_db.begin();
    m_active = !m_error.isError();
}

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
