#include "TestDatabase.h"
#include "core/NinjsCodec.h"
#include "storage/ArticleLocks.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/DictionaryStore.h"
#include "storage/PublishStore.h"
#include "storage/ResultRows.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <array>
#include <functional>

namespace {

Article makeArticle(const QString &headline, int paragraphs = 3)
{
    Article article;
    article.headline = headline;
    article.summary = QStringLiteral("Summary of ") + headline;
    article.byline = QStringLiteral("Desk reporter");
    for (int i = 0; i < paragraphs; ++i) {
        Paragraph paragraph;
        paragraph.text = QStringLiteral("Paragraph %1 of %2.").arg(i + 1).arg(headline);
        if (i % 2 == 0)
            paragraph.attributions.append(Attribution{
                0, QStringLiteral("City Council"), {}, {}, Verification::Unchecked, {}, {}, {}});
        if (i == 1) {
            paragraph.attributions.append(Attribution{
                0, QStringLiteral("Police"), {}, {}, Verification::Verified, {}, {}, {}});
            paragraph.attributions.append(Attribution{0,
                                                      QStringLiteral("Fire brigade"),
                                                      QStringLiteral("statement, p. 2"),
                                                      {},
                                                      Verification::Disputed,
                                                      {},
                                                      {},
                                                      {}});
        }
        article.paragraphs.append(paragraph);
    }
    article.metaTitles = {
        MetaTitle{headline + QStringLiteral(" – first"), false, {}},
        MetaTitle{headline + QStringLiteral(" – second"), true, QStringLiteral("A/B winner")}};
    return article;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// SQLite: FTS5 checks its index; rank 1 also compares it with the external content
// (article_text). PostgreSQL: the vector is a generated column of article_text; each row must
// use its article's language configuration.
QString searchIndexProblem(const Database &db)
{
    QSqlQuery query(db.connection());
    if (db.isPostgres()) {
        if (!query.exec(QStringLiteral(
                "SELECT count(*) FROM articles a JOIN article_text t ON t.article_id = a.id"
                " WHERE t.config <> copydesk_search_config(a.language)")) ||
            !query.next())
            return query.lastError().text();
        if (query.value(0).toInt() != 0)
            return QStringLiteral("%1 search rows in the wrong language")
                .arg(query.value(0).toInt());
    } else if (!query.exec(QStringLiteral(
                   "INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)"))) {
        return query.lastError().text();
    }
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM articles),"
                                   " (SELECT count(*) FROM article_text)")) ||
        !query.next())
        return query.lastError().text();
    if (query.value(0) != query.value(1))
        return QStringLiteral("%1 articles but %2 search rows")
            .arg(query.value(0).toInt())
            .arg(query.value(1).toInt());
    return {};
}

// The SQL type name of a stored value, as "text" on both dialects.
QString typeOfSql(const Database &db, const QString &column)
{
    return db.isPostgres() ? QStringLiteral("pg_typeof(%1)::text").arg(column)
                           : QStringLiteral("typeof(%1)").arg(column);
}

// Everything that tells whether a database was changed: the file's bytes, or on PostgreSQL
// the tables and the copydesk_meta rows, read over a connection of its own.
QByteArray databaseState(const QString &location)
{
    if (!PostgresAddress::isPostgresUrl(location))
        return fileHash(location);
    QString problem;
    const PostgresAddress address = PostgresAddress::parse(location, &problem);
    QByteArray state;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("state"));
        address.applyTo(raw);
        if (raw.open()) {
            QSqlQuery query(raw);
            query.exec(QStringLiteral("SELECT string_agg(table_name, ',' ORDER BY table_name)"
                                      " FROM information_schema.tables"
                                      " WHERE table_schema = current_schema()"));
            if (query.next())
                state += query.value(0).toString().toUtf8();
            if (query.exec(QStringLiteral("SELECT string_agg(key || '=' || value, ',' ORDER BY "
                                          "key) FROM copydesk_meta")) &&
                query.next())
                state += '|' + query.value(0).toString().toUtf8();
        } else {
            state = "cannot connect: " + raw.lastError().text().toUtf8();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("state"));
    return state;
}

QList<qint64> searchIds(ArticleStore &store, const QString &text,
                        std::optional<ArticleStatus> status = std::nullopt, int limit = 0,
                        int offset = 0)
{
    ArticleListQuery query;
    query.search = text;
    query.status = status;
    query.limit = limit;
    query.offset = offset;
    StoreError error;
    QList<qint64> ids;
    for (const ArticleSummary &row : store.list(query, &error))
        ids.append(row.id);
    if (error)
        qWarning("search failed: %s", qPrintable(error.message));
    return ids;
}

// The revision of `version` as stored: the JSON text.
QString snapshotOf(const Database &db, qint64 id, int version)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT snapshot, %1 FROM revisions"
                                 " WHERE article_id = ? AND version = ?")
                      .arg(typeOfSql(db, QStringLiteral("snapshot"))));
    query.addBindValue(id);
    query.addBindValue(version);
    if (!query.exec() || !query.next())
        return {};
    if (query.value(1).toString() != u"text")
        return QStringLiteral("stored as ") + query.value(1).toString();
    return query.value(0).toString();
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsSchemaOnEmptyFile();
    void migratesFromEveryEarlierSchema();
    void refusesNewerSchemaAndLeavesFileUntouched();
    void refusesForeignFiles();
    void createAndLoadRoundTrip();
    void loadManyEqualsLoadInAnyOrder();
    void loadReportsDamageFoundWhileReading();
    void resultRowsOfOneQueryNest();
    void dictionaryWordsPersistAndFollowArticles();
    void saveWritesOnlyChangedParagraphs();
    void staleVersionIsConflict();
    void revisionsListAndRestore();
    void linkKeepsSymmetryAndRelinks();
    void linkRefusesSelfAndCycles();
    void deleteUnlinksNeighbours();
    void unlinkBothEnds();
    void chainListsTheSeries();
    void searchFindsWordsAndKeepsInSync();
    void searchSurvivesHostileQueries_data();
    void searchSurvivesHostileQueries();
    void listFiltersAndPages();
    void listSortsByEveryColumn();
    void sourcesMergeAndRemove();
    void importResolvesLinksInAnyOrder();
    void importIsAllOrNothing();
    void importOfKnownUriUpdatesArticle();
    void importKeepsVersionsAndRefusesStaleFiles();
    void sourceRegistryMatchesNamesAndRefusesDuplicates();
    void nestedTransactionFailureRollsBackEverything();
    void searchIndexFollowsEveryWrite();
    void readTransactionSeesOneSnapshot();
    void sourceLookupsFollowRenamesMergesAndRollbacks();
    void searchRanksTheNewestMatchesAndReachesAll();
    void exportBytesEqualQJsonDocument();
    void newParagraphUuidsSortByCreation();
    void saveOverKnownStateMatchesReadingBack();
    void saveOverKnownStateNoticesOtherWriters();
    void articleLocksKeepOneEditorAndLoseNothing();

private:
    void refusesForeignPostgresDatabases();
    QString path() { return m_databases->location(); }
    std::unique_ptr<TestDatabase> m_databases;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
};

void TestStorage::init()
{
    m_databases = std::make_unique<TestDatabase>();
    QVERIFY(m_databases->isValid());
    m_db = std::make_unique<Database>();
    const StoreError error = m_db->open(path());
    QVERIFY2(!error, qPrintable(error.message));
    m_store = std::make_unique<ArticleStore>(*m_db);
}

void TestStorage::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_databases.reset();
}

void TestStorage::createsSchemaOnEmptyFile()
{
    QVERIFY(m_db->isNew());
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(m_db->connection());
    if (m_db->isPostgres()) {
        // Search uses its own accent-free configuration and a GIN index.
        QVERIFY(query.exec(
            QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'article_text_search'"
                           " AND indexdef LIKE '%USING gin%'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT to_tsvector('copydesk_simple', 'Déjà Vu')")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("'deja':1 'vu':2"));
    } else {
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
    query.finish();

    // A zero-byte file (e.g. made by `touch`), or an empty PostgreSQL database, is new as well.
    const QString empty = m_databases->location(QStringLiteral("empty"));
    if (!m_db->isPostgres()) {
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
    }
    Database second;
    const StoreError error = second.open(empty);
    QVERIFY2(!error, qPrintable(error.message));
    QVERIFY(second.isNew());

    // Reopening is not new and keeps the version.
    m_store.reset();
    m_db->close();
    QVERIFY(!m_db->open(path()));
    QVERIFY(!m_db->isNew());
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
}

void TestStorage::migratesFromEveryEarlierSchema()
{
    for (int from = 1; from < Database::latestSchemaVersion(); ++from) {
        const QString file = m_databases->location(QStringLiteral("v%1").arg(from));
        Article stored;
        {
            Database old;
            const StoreError error = old.open(file, from);
            QVERIFY2(!error, qPrintable(error.message));
            QCOMPARE(old.schemaVersion(), from);
            // Write rows with plain SQL of that schema: the store may need newer tables.
            QSqlQuery query(old.connection());
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO articles(id, uuid, uri, headline, summary, created_at, updated_at)"
                " VALUES (1, '6f1c1c7e-0000-4000-8000-000000000001', 'urn:test:1',"
                " 'Harbour crane collapses', 'A crane fell.', '2026-01-01T00:00:00.000Z',"
                " '2026-01-01T00:00:00.000Z')")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO paragraphs(article_id, uuid, position, text) VALUES (1,"
                " '6f1c1c7e-0000-4000-8000-0000000000a1', 0, 'Dockworkers saw the zebra crane"
                " topple.')")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO meta_titles(article_id, position, text, chosen) VALUES (1, 0,"
                " 'Crane falls at the harbour', 1)")));
            if (old.connection().tables().contains(QStringLiteral("article_text"))) {
                // From schema 2 on, the store writes the search row itself.
                // On PostgreSQL with the text search configuration of the article's language.
                QVERIFY(query.exec(
                    QStringLiteral(
                        "INSERT INTO article_text(article_id,%1 headline, summary, body, titles)"
                        " VALUES (1,%2 'Harbour crane collapses', 'A crane fell.', 'Dockworkers"
                        " saw the zebra crane topple.', 'Crane falls at the harbour')")
                        .arg(old.isPostgres() ? QStringLiteral(" config,") : QString(),
                             old.isPostgres() ? QStringLiteral(" copydesk_search_config('en-US'),")
                                              : QString())));
            }
            if (from >= 4 && !old.isPostgres()) {
                // From schema 4 on no trigger indexes it: the store writes the index too.
                QVERIFY(query.exec(QStringLiteral(
                    "INSERT INTO article_fts(rowid, headline, summary, body, titles)"
                    " SELECT article_id, headline, summary, body, titles FROM article_text")));
            }
        }
        Database upgraded;
        const StoreError error = upgraded.open(file);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(upgraded.schemaVersion(), Database::latestSchemaVersion());
        // Schema 7: publishing destinations and the record of deliveries.
        PublishDestination destination;
        destination.name = QStringLiteral("Hot folder");
        destination.target = m_databases->filePath(QStringLiteral("hot"));
        PublishStore publishing(upgraded);
        QVERIFY(!publishing.saveDestination(&destination));
        Publication delivery;
        delivery.articleId = 1;
        delivery.destinationId = destination.id;
        delivery.version = 1;
        delivery.succeeded = true;
        QVERIFY(!publishing.recordPublication(&delivery));
        QCOMPARE(publishing.publications(1).size(), 1);
        // Schema 5: the spelling word lists.
        DictionaryStore words(upgraded);
        QVERIFY(!words.addNewsroomWord(QStringLiteral("Zelenskyy"), QStringLiteral("test")));
        QVERIFY(!words.ignoreWord(1, QStringLiteral("okapi")));
        ArticleStore store(upgraded);
        const std::optional<Article> article = store.load(1);
        QVERIFY(article);
        QCOMPARE(article->headline, QStringLiteral("Harbour crane collapses"));
        QCOMPARE(article->paragraphs.size(), 1);
        QCOMPARE(article->created, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        // The search migration indexed rows that existed before it.
        ArticleListQuery query;
        query.search = QStringLiteral("zebra");
        QCOMPARE(store.list(query).size(), 1);
        query.search = QStringLiteral("harbour");
        QCOMPARE(store.list(query).size(), 1);
        QCOMPARE(store.count(query), 1);

        // From schema 4 on the store keeps the index itself: no trigger may remain to index
        // a row twice, and the rows the triggers indexed must come out cleanly.
        QSqlQuery triggers(upgraded.connection());
        QVERIFY(triggers.exec(
            upgraded.isPostgres()
                ? QStringLiteral("SELECT count(*) FROM pg_trigger t JOIN pg_class c"
                                 " ON c.oid = t.tgrelid WHERE NOT t.tgisinternal"
                                 " AND c.relname <> 'audit_log'"
                                 " AND t.tgname NOT LIKE 'copydesk_notify_%'")
                : QStringLiteral("SELECT count(*) FROM sqlite_master"
                                 " WHERE type = 'trigger' AND tbl_name <> 'audit_log'")));
        QVERIFY(triggers.next());
        QCOMPARE(triggers.value(0).toInt(), 0);
        triggers.finish();
        QCOMPARE(searchIndexProblem(upgraded), QString());
        Article edited = *article;
        edited.paragraphs[0].text = QStringLiteral("Dockworkers saw the okapi crane topple.");
        const StoreError saveError = store.save(edited);
        QVERIFY2(!saveError, qPrintable(saveError.message));
        QCOMPARE(searchIds(store, QStringLiteral("zebra")), QList<qint64>{});
        QCOMPARE(searchIds(store, QStringLiteral("okapi")), QList<qint64>{1});
        QCOMPARE(searchIndexProblem(upgraded), QString());
        QVERIFY(!store.remove(1));
        QCOMPARE(searchIds(store, QStringLiteral("okapi")), QList<qint64>{});
        QCOMPARE(searchIds(store, QStringLiteral("harbour")), QList<qint64>{});
        QCOMPARE(searchIndexProblem(upgraded), QString());
    }
}

void TestStorage::refusesNewerSchemaAndLeavesFileUntouched()
{
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE copydesk_meta SET value = '999' WHERE key = 'schema_version'")));
    }
    m_store.reset();
    m_db->close();
    // Checkpointed and closed: the main file holds everything.
    const QByteArray before = databaseState(path());
    Database db;
    const StoreError error = db.open(path());
    QCOMPARE(error.kind, StoreError::Kind::NewerSchema);
    QVERIFY(error.message.contains(QStringLiteral("newer Copydesk")));
    QVERIFY(error.message.contains(QStringLiteral("999")));
    QVERIFY(!db.isOpen());
    QCOMPARE(databaseState(path()), before);
}

void TestStorage::refusesForeignFiles()
{
    if (m_db->isPostgres()) {
        refusesForeignPostgresDatabases();
        return;
    }
    const QString text = m_databases->filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("This is not a database, just some notes.\n");
    }
    const QByteArray before = fileHash(text);
    Database db;
    StoreError error = db.open(text);
    QCOMPARE(error.kind, StoreError::Kind::Damaged);
    QVERIFY(error.message.contains(text));
    QCOMPARE(fileHash(text), before);

    // An SQLite file of another program.
    const QString foreign = m_databases->filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(foreign);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes(id INTEGER PRIMARY KEY)")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray foreignBefore = fileHash(foreign);
    error = db.open(foreign);
    QCOMPARE(error.kind, StoreError::Kind::Damaged);
    QVERIFY(error.message.contains(QStringLiteral("not a Copydesk database")));
    QCOMPARE(fileHash(foreign), foreignBefore);

    // A truncated SQLite file.
    const QString truncated = m_databases->filePath(QStringLiteral("truncated.sqlite"));
    {
        QFile file(truncated);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes("SQLite format 3\0", 16);
        bytes.append(QByteArray(84, '\x01'));
        file.write(bytes);
    }
    error = db.open(truncated);
    QVERIFY(error.kind == StoreError::Kind::Damaged || error.kind == StoreError::Kind::Unavailable);

    // A folder.
    error = db.open(m_databases->filePath(QString()));
    QCOMPARE(error.kind, StoreError::Kind::Unavailable);
}

void TestStorage::refusesForeignPostgresDatabases()
{
    // A database of another program: refused, its tables left as they were.
    const QString foreign = m_databases->location(QStringLiteral("recipes"));
    {
        QString problem;
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
        PostgresAddress::parse(foreign, &problem).applyTo(raw);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes(id INTEGER PRIMARY KEY)")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = databaseState(foreign);
    Database db;
    StoreError error = db.open(foreign);
    QCOMPARE(error.kind, StoreError::Kind::Damaged);
    QVERIFY(error.message.contains(QStringLiteral("not a Copydesk database")));
    QCOMPARE(databaseState(foreign), before);

    // A database that does not exist: a clear message naming it, nothing created.
    QString missing = foreign;
    missing.replace(QRegularExpression(QStringLiteral("/copydesk_test_\\w+")),
                    QStringLiteral("/copydesk_no_such_database"));
    error = db.open(missing);
    QCOMPARE(error.kind, StoreError::Kind::Unavailable);
    QVERIFY2(error.message.contains(QStringLiteral("copydesk_no_such_database")),
             qPrintable(error.message));
    QVERIFY(!db.isOpen());

    // A malformed URL and a misspelt option are refused before connecting.
    error = db.open(QStringLiteral("postgresql://editor@localhost:5432/"));
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(error.message.contains(QStringLiteral("names no database")));
    error = db.open(QStringLiteral("postgresql://editor@localhost/news?sslmod=require"));
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(error.message.contains(QStringLiteral("sslmod")));
    // The password never appears in a message.
    error = db.open(QStringLiteral("postgresql://editor:s3cret@127.0.0.1:1/news"));
    QCOMPARE(error.kind, StoreError::Kind::Unavailable);
    QVERIFY(!error.message.contains(QStringLiteral("s3cret")));
    QVERIFY(error.message.contains(QStringLiteral("postgresql://editor@127.0.0.1:1/news")));
}

void TestStorage::createAndLoadRoundTrip()
{
    Article article = makeArticle(QStringLiteral("Council approves budget"));
    article.section = QStringLiteral("Local");
    article.slug = QStringLiteral("council-budget");
    article.language = QStringLiteral("en-GB");
    QVERIFY(!m_store->create(article));
    QVERIFY(article.id > 0);
    QCOMPARE(article.version, 1);
    QVERIFY(!article.uuid.isNull());
    QCOMPARE(article.uri, Article::defaultUri(article.uuid));

    StoreError error;
    const std::optional<Article> loaded = m_store->load(article.id, &error);
    QVERIFY2(loaded, qPrintable(error.message));
    QCOMPARE(loaded->headline, article.headline);
    QCOMPARE(loaded->section, QStringLiteral("Local"));
    QCOMPARE(loaded->language, QStringLiteral("en-GB"));
    QCOMPARE(loaded->paragraphs, article.paragraphs);
    QCOMPARE(loaded->metaTitles, article.metaTitles);
    QCOMPARE(loaded->created, article.created);
    QCOMPARE(loaded->updated, article.updated);
    QCOMPARE(loaded->paragraphs.at(1).attributions.size(), 2);
    QCOMPARE(loaded->paragraphs.at(1).attributions.at(1).detail, QStringLiteral("statement, p. 2"));
    QCOMPARE(loaded->paragraphs.at(1).attributions.at(1).verification, Verification::Disputed);
    QCOMPARE(loaded->citedSourceNames(),
             (QStringList{QStringLiteral("City Council"), QStringLiteral("Police"),
                          QStringLiteral("Fire brigade")}));
    QCOMPARE(loaded->sources.size(), 3);

    QCOMPARE(m_store->load(article.id + 100, &error), std::nullopt);
    QCOMPARE(error.kind, StoreError::Kind::NotFound);

    // resolve by id, uuid (with and without braces) and uri
    QCOMPARE(m_store->resolve(QString::number(article.id)), article.id);
    QCOMPARE(m_store->resolve(article.uuid.toString()), article.id);
    QCOMPARE(m_store->resolve(article.uuid.toString(QUuid::WithoutBraces)), article.id);
    QCOMPARE(m_store->resolve(article.uri), article.id);
    QCOMPARE(m_store->resolve(QStringLiteral("no-such-thing"), &error), std::nullopt);
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
}

void TestStorage::loadManyEqualsLoadInAnyOrder()
{
    // More than two chunks, with reviewed attributions, a series of links, a paragraph without
    // sources and an article without paragraphs.
    QList<qint64> ids;
    for (int i = 0; i < 2 * int(ArticleStore::loadChunkSize) + 7; ++i) {
        Article article = makeArticle(QStringLiteral("Story %1").arg(i), i % 5);
        if (i % 7 == 0 && !article.paragraphs.isEmpty()) {
            Attribution &attribution = article.paragraphs.first().attributions.first();
            attribution.verification = Verification::Verified;
            attribution.reviewer = QStringLiteral("Chief sub");
            attribution.reviewedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
            attribution.note = QStringLiteral("Checked against the minutes");
            attribution.url = QStringLiteral("https://example.org/minutes");
        }
        if (i % 11 == 0)
            article.status = ArticleStatus::Approved;
        QVERIFY(!m_store->create(article));
        ids.append(article.id);
    }
    QVERIFY(!m_store->link(ids.at(3), ids.at(70)));
    QVERIFY(!m_store->link(ids.at(70), ids.at(130)));

    std::reverse(ids.begin(), ids.end());
    std::swap(ids[5], ids[100]);
    QList<qint64> asked = ids;
    asked.append(ids.at(2)); // a repeated id is loaded once

    const auto fingerprint = [](const Article &article) {
        QStringList sources;
        for (const Source &source : article.sources)
            sources << QString::number(source.id) + source.name + source.url;
        return QString::number(article.id) + QString::fromUtf8(NinjsCodec::toBytes(article)) +
               sources.join(u'|') + QString::number(int(article.status)) +
               (article.previous ? article.previous->headline : QString()) +
               (article.next ? article.next->headline : QString());
    };
    StoreError error;
    const QList<Article> many = m_store->loadMany(asked, &error);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(many.size(), ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const std::optional<Article> one = m_store->load(ids.at(i));
        QVERIFY(one);
        QCOMPARE(many.at(i).id, ids.at(i));
        QCOMPARE(many.at(i).paragraphs, one->paragraphs);
        QCOMPARE(many.at(i).metaTitles, one->metaTitles);
        QCOMPARE(fingerprint(many.at(i)), fingerprint(*one));
    }
    const auto loadedWithId = [&](qint64 id) {
        return *std::find_if(many.cbegin(), many.cend(),
                             [id](const Article &article) { return article.id == id; });
    };
    const Article linked = loadedWithId(ids.at(ids.size() - 1 - 70));
    QVERIFY(linked.previous && linked.next);
    QCOMPARE(linked.previous->headline, QStringLiteral("Story 3"));
    QCOMPARE(linked.next->headline, QStringLiteral("Story 130"));
    const Article reviewed = loadedWithId(ids.at(ids.size() - 1 - 14));
    QCOMPARE(reviewed.paragraphs.first().attributions.first().reviewer,
             QStringLiteral("Chief sub"));
    QCOMPARE(reviewed.paragraphs.first().attributions.first().url,
             QStringLiteral("https://example.org/minutes"));

    // Any unknown id fails the whole call.
    QList<qint64> withUnknown = ids;
    withUnknown.insert(40, ids.first() + 1000);
    QVERIFY(m_store->loadMany(withUnknown, &error).isEmpty());
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
    QVERIFY(error.message.contains(QString::number(ids.first() + 1000)));
    QVERIFY(m_store->loadMany({}, &error).isEmpty());
    QVERIFY(!error);
}

// A file whose header is fine but one of whose pages of paragraphs is garbage opens; reading
// that page must fail the load with a message naming the file, not end the rows early and
// return articles without their paragraphs.
void TestStorage::loadReportsDamageFoundWhileReading()
{
    if (m_db->isPostgres())
        QSKIP("The damage is to a page of an SQLite file; the server checks its own pages.");
    QList<qint64> ids;
    QVERIFY(!m_db->begin());
    for (int i = 0; i < 400; ++i) {
        Article article = makeArticle(QStringLiteral("Story %1").arg(i), 4);
        QVERIFY(!m_store->create(article));
        ids.append(article.id);
    }
    QVERIFY(!m_db->commit());
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'paragraphs'"
                                       " AND pagetype = 'leaf' ORDER BY pageno")))
            QSKIP("This SQLite has no dbstat table to find a page of paragraphs with.");
        QList<qint64> leaves;
        while (query.next())
            leaves.append(query.value(0).toLongLong());
        QVERIFY2(leaves.size() >= 4, qPrintable(QString::number(leaves.size())));
        page = leaves.at(leaves.size() / 2);
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        pageSize = query.value(0).toLongLong();
    }
    m_store.reset();
    m_db->close(); // the last connection: the log is checkpointed into the file
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((page - 1) * pageSize));
        QCOMPARE(file.write(QByteArray(pageSize, char(0x5a))), pageSize);
    }
    QVERIFY(!m_db->open(path()));
    m_store = std::make_unique<ArticleStore>(*m_db);

    StoreError error;
    const QList<Article> loaded = m_store->loadMany(ids, &error);
    QVERIFY(loaded.isEmpty());
    QCOMPARE(error.kind, StoreError::Kind::Damaged);
    QVERIFY2(error.message.startsWith(path()), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("loading paragraphs")),
             qPrintable(error.message));
    // Articles whose paragraphs lie on other pages still load.
    const std::optional<Article> first = m_store->load(ids.first(), &error);
    QVERIFY2(first, qPrintable(error.message));
    QCOMPARE(first->paragraphs.size(), 4);
}

// Two readers of the same SQL open at once (a loop inside a loop) each read all the rows: the
// statement kept for that SQL is lent to one of them only.
void TestStorage::resultRowsOfOneQueryNest()
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Article article = makeArticle(QStringLiteral("Nested %1").arg(i), 1);
        QVERIFY(!m_store->create(article));
        ids.append(article.id);
    }
    const QString sql =
        QStringLiteral("SELECT id, headline FROM articles WHERE id >= ? ORDER BY id");
    const auto describe = [] { return QStringLiteral("reading the articles"); };
    for (int round = 0; round < 2; ++round) { // the second round reuses the kept statement
        ResultRows outer(*m_db, sql);
        QVERIFY(!outer.run({ids.first()}, describe));
        QList<qint64> outerIds;
        while (outer.next()) {
            outerIds.append(outer.integer(0));
            ResultRows inner(*m_db, sql);
            QVERIFY(!inner.run({outer.integer(0)}, describe));
            QStringList headlines;
            while (inner.next())
                headlines.append(inner.text(1));
            QVERIFY(!inner.finish());
            QCOMPARE(headlines.size(), ids.size() - outerIds.size() + 1);
            QCOMPARE(headlines.first(), QStringLiteral("Nested %1").arg(outerIds.size() - 1));
        }
        QVERIFY(!outer.finish());
        QCOMPARE(outerIds, ids);
    }
}

void TestStorage::dictionaryWordsPersistAndFollowArticles()
{
    DictionaryStore words(*m_db);
    bool added = false;
    QVERIFY(!words.addNewsroomWord(QStringLiteral("  Zelenskyy "), QStringLiteral("ana"), &added));
    QVERIFY(added);
    QVERIFY(!words.addNewsroomWord(QStringLiteral("Zelenskyy"), QStringLiteral("ben"), &added));
    QVERIFY(!added); // listed already: kept with its first author
    QVERIFY(!words.addNewsroomWord(QStringLiteral("Kyiv’s"), QStringLiteral("ana")));
    QVERIFY(!words.addNewsroomWord(QStringLiteral("Kyiv's"), QStringLiteral("ben"), &added));
    QVERIFY(!added); // a curly apostrophe is the straight one
    QVERIFY(!words.removeNewsroomWord(QStringLiteral("Kyiv’s")));
    QVERIFY(!words.addNewsroomWord(QStringLiteral("Bakhmut"), QStringLiteral("ben")));

    StoreError error = words.addNewsroomWord(QStringLiteral("two words"), QStringLiteral("ana"));
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(error.message.contains(QStringLiteral("two words")));
    QCOMPARE(words.addNewsroomWord(QStringLiteral(" "), QStringLiteral("ana")).kind,
             StoreError::Kind::Invalid);

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    QList<NewsroomWord> listed = words.newsroomWords(&error);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).word, QStringLiteral("Bakhmut"));
    QCOMPARE(listed.at(1).word, QStringLiteral("Zelenskyy"));
    QCOMPARE(listed.at(1).addedBy, QStringLiteral("ana"));
    QVERIFY(listed.at(1).addedAt > before);

    QVERIFY(!words.removeNewsroomWord(QStringLiteral("Bakhmut")));
    QCOMPARE(words.removeNewsroomWord(QStringLiteral("Bakhmut")).kind, StoreError::Kind::NotFound);

    // Another connection to the same file (another desk) sees the newsroom list.
    {
        Database other;
        QVERIFY(!other.open(path()));
        DictionaryStore desk(other);
        const QList<NewsroomWord> shared = desk.newsroomWords();
        QCOMPARE(shared.size(), 1);
        QCOMPARE(shared.first().word, QStringLiteral("Zelenskyy"));
    }

    // Ignore lists belong to one article and go with it.
    Article first = makeArticle(QStringLiteral("First"));
    Article second = makeArticle(QStringLiteral("Second"));
    QVERIFY(!m_store->create(first));
    QVERIFY(!m_store->create(second));
    QVERIFY(!words.ignoreWord(first.id, QStringLiteral("Kyivska")));
    QVERIFY(!words.ignoreWord(first.id, QStringLiteral("Kyivska")));
    QVERIFY(!words.ignoreWord(first.id, QStringLiteral("Avdiivka")));
    QCOMPARE(words.ignoredWords(first.id),
             (QStringList{QStringLiteral("Avdiivka"), QStringLiteral("Kyivska")}));
    QCOMPARE(words.ignoredWords(second.id), QStringList());
    QVERIFY(!words.setIgnoredWords(second.id, {QStringLiteral("Oblast"), QStringLiteral("Rada")}));
    QVERIFY(!words.setIgnoredWords(second.id, {QStringLiteral("Rada")}));
    QCOMPARE(words.ignoredWords(second.id), QStringList{QStringLiteral("Rada")});

    // A bad word in the list changes nothing.
    QCOMPARE(
        words.setIgnoredWords(second.id, {QStringLiteral("Oblast"), QStringLiteral("a b")}).kind,
        StoreError::Kind::Invalid);
    QCOMPARE(words.ignoredWords(second.id), QStringList{QStringLiteral("Rada")});

    QCOMPARE(words.ignoreWord(second.id + 100, QStringLiteral("Rada")).kind,
             StoreError::Kind::NotFound);
    words.ignoredWords(second.id + 100, &error);
    QCOMPARE(error.kind, StoreError::Kind::NotFound);

    QVERIFY(!m_store->remove(first.id));
    QSqlQuery left(m_db->connection());
    QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM article_ignored_words")));
    QVERIFY(left.next());
    QCOMPARE(left.value(0).toInt(), 1); // only the second article's
}

void TestStorage::saveWritesOnlyChangedParagraphs()
{
    Article article = makeArticle(QStringLiteral("Bridge closes for repairs"), 5);
    QVERIFY(!m_store->create(article));
    auto rowIds = [this, &article] {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT uuid, id FROM paragraphs WHERE article_id = ?"));
        query.addBindValue(article.id);
        query.exec();
        QHash<QString, qint64> ids;
        while (query.next())
            ids.insert(query.value(0).toString(), query.value(1).toLongLong());
        return ids;
    };
    const QHash<QString, qint64> before = rowIds();

    // Log every row write to paragraphs and attributions made by the save.
    QSqlQuery log(m_db->connection());
    QVERIFY(log.exec(QStringLiteral("CREATE TEMP TABLE write_log(what TEXT)")));
    if (m_db->isPostgres()) {
        QVERIFY2(log.exec(QStringLiteral(
                     "CREATE FUNCTION log_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                     " INSERT INTO write_log VALUES (TG_TABLE_NAME || ' ' || TG_OP);"
                     " RETURN NULL; END $$")),
                 qPrintable(log.lastError().text()));
    }
    for (const char *table : {"paragraphs", "attributions"}) {
        if (m_db->isPostgres()) {
            QVERIFY2(log.exec(QStringLiteral("CREATE TRIGGER log_%1 AFTER INSERT OR UPDATE OR"
                                             " DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION"
                                             " log_write()")
                                  .arg(QLatin1String(table))),
                     qPrintable(log.lastError().text()));
            continue;
        }
        for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
            QVERIFY2(log.exec(QStringLiteral("CREATE TEMP TRIGGER log_%1_%2 AFTER %2 ON main.%1"
                                             " BEGIN INSERT INTO write_log VALUES ('%1 %2'); END")
                                  .arg(QLatin1String(table), QLatin1String(event))),
                     qPrintable(log.lastError().text()));
        }
    }
    article.paragraphs[2].text = QStringLiteral("The bridge reopens in May.");
    QVERIFY(!m_store->save(article));
    QVERIFY(log.exec(QStringLiteral("SELECT what FROM write_log")));
    QStringList writes;
    while (log.next())
        writes << log.value(0).toString();
    QCOMPARE(writes, QStringList{QStringLiteral("paragraphs UPDATE")});
    log.finish();
    QCOMPARE(rowIds(), before);
    QCOMPARE(article.version, 2);

    // Split: a new paragraph in the middle, unattributed; removal of another.
    Paragraph inserted;
    inserted.text = QStringLiteral("Commuters face long detours.");
    article.paragraphs.insert(1, inserted);
    article.paragraphs.removeLast();
    QVERIFY(!m_store->save(article));
    const std::optional<Article> loaded = m_store->load(article.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->paragraphs, article.paragraphs);
    QCOMPARE(loaded->paragraphs.at(1).attributions.size(), 0);
    QCOMPARE(loaded->version, 3);
}

void TestStorage::staleVersionIsConflict()
{
    Article article = makeArticle(QStringLiteral("Mayor resigns"));
    QVERIFY(!m_store->create(article));
    Article mine = *m_store->load(article.id);
    Article theirs = *m_store->load(article.id);

    theirs.headline = QStringLiteral("Mayor resigns after audit");
    QVERIFY(!m_store->save(theirs));

    // A second connection to the same file sees the stale version too.
    Database other;
    QVERIFY(!other.open(path()));
    ArticleStore otherStore(other);
    mine.headline = QStringLiteral("Mayor quits");
    mine.paragraphs[0].text = QStringLiteral("My edit that must not land.");
    const StoreError error = otherStore.save(mine);
    QCOMPARE(error.kind, StoreError::Kind::Conflict);
    QVERIFY(error.message.contains(QStringLiteral("version 1")));
    QCOMPARE(mine.version, 1); // the caller's copy is untouched for the conflict dialog
    QCOMPARE(mine.headline, QStringLiteral("Mayor quits"));

    const std::optional<Article> stored = m_store->load(article.id);
    QCOMPARE(stored->headline, QStringLiteral("Mayor resigns after audit"));
    QCOMPARE(stored->version, 2);
    QVERIFY(stored->paragraphs[0].text != mine.paragraphs[0].text);
    QCOMPARE(m_store->history(article.id).size(), 2);
}

void TestStorage::revisionsListAndRestore()
{
    Article article = makeArticle(QStringLiteral("Version one"));
    QVERIFY(!m_store->create(article));
    const QList<Paragraph> firstParagraphs = article.paragraphs;
    article.headline = QStringLiteral("Version two");
    article.paragraphs[0].attributions.clear();
    QVERIFY(!m_store->save(article));
    article.headline = QStringLiteral("Version three");
    article.paragraphs.removeFirst();
    QVERIFY(!m_store->save(article));

    const QList<RevisionInfo> history = m_store->history(article.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).version, 3);
    QVERIFY(history.at(0).current);
    QCOMPARE(history.at(1).headline, QStringLiteral("Version two"));
    QCOMPARE(history.at(2).version, 1);
    QCOMPARE(history.at(2).headline, QStringLiteral("Version one"));

    const std::optional<Article> old = m_store->revision(article.id, 1);
    QVERIFY(old);
    QCOMPARE(old->headline, QStringLiteral("Version one"));
    QCOMPARE(old->paragraphs, firstParagraphs);

    StoreError error;
    QCOMPARE(m_store->revision(article.id, 42, &error), std::nullopt);
    QCOMPARE(error.kind, StoreError::Kind::NotFound);

    Article restored;
    error = m_store->restore(article.id, 1, &restored);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(restored.version, 4);
    const std::optional<Article> now = m_store->load(article.id);
    QCOMPARE(now->headline, QStringLiteral("Version one"));
    QCOMPARE(now->paragraphs, firstParagraphs); // attributions came back exactly
    QCOMPARE(m_store->history(article.id).size(), 4);
    // Search follows the restore.
    ArticleListQuery query;
    query.search = QStringLiteral("three");
    QCOMPARE(m_store->list(query).size(), 0);
}

void TestStorage::linkKeepsSymmetryAndRelinks()
{
    Article a = makeArticle(QStringLiteral("A")), b = makeArticle(QStringLiteral("B")),
            c = makeArticle(QStringLiteral("C")), d = makeArticle(QStringLiteral("D"));
    for (Article *article : {&a, &b, &c, &d})
        QVERIFY(!m_store->create(*article));
    QVERIFY(!m_store->link(a.id, b.id));
    QCOMPARE(m_store->load(a.id)->next->id, b.id);
    QCOMPARE(m_store->load(a.id)->next->headline, QStringLiteral("B"));
    QCOMPARE(m_store->load(b.id)->previous->id, a.id);
    QCOMPARE(m_store->load(b.id)->previous->headline, QStringLiteral("A"));

    // Relink: C now follows A. B loses its previous; C gets A.
    QVERIFY(!m_store->link(a.id, c.id));
    QCOMPARE(m_store->load(a.id)->next->id, c.id);
    QVERIFY(!m_store->load(b.id)->previous);
    QCOMPARE(m_store->load(c.id)->previous->id, a.id);

    // D before C: A loses its next, D gets C.
    QVERIFY(!m_store->link(d.id, c.id));
    QVERIFY(!m_store->load(a.id)->next);
    QCOMPARE(m_store->load(d.id)->next->id, c.id);
    QCOMPARE(m_store->load(c.id)->previous->id, d.id);

    // Linking the same pair again changes nothing.
    QVERIFY(!m_store->link(d.id, c.id));
    QCOMPARE(m_store->load(c.id)->previous->id, d.id);

    // Links are not content: the versions did not move.
    QCOMPARE(m_store->load(a.id)->version, 1);
}

void TestStorage::linkRefusesSelfAndCycles()
{
    Article a = makeArticle(QStringLiteral("A")), b = makeArticle(QStringLiteral("B")),
            c = makeArticle(QStringLiteral("C"));
    for (Article *article : {&a, &b, &c})
        QVERIFY(!m_store->create(*article));
    StoreError error = m_store->link(a.id, a.id);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(error.message.contains(QStringLiteral("itself")));

    QVERIFY(!m_store->link(a.id, b.id));
    QVERIFY(!m_store->link(b.id, c.id));
    error = m_store->link(c.id, a.id);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(error.message.contains(QStringLiteral("loop")));
    error = m_store->link(b.id, a.id);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    // Nothing changed by the refused links.
    QCOMPARE(m_store->load(a.id)->next->id, b.id);
    QVERIFY(!m_store->load(a.id)->previous);
    QVERIFY(!m_store->load(c.id)->next);

    error = m_store->link(a.id, 9999);
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
}

void TestStorage::deleteUnlinksNeighbours()
{
    Article a = makeArticle(QStringLiteral("A")), b = makeArticle(QStringLiteral("B")),
            c = makeArticle(QStringLiteral("C"));
    for (Article *article : {&a, &b, &c})
        QVERIFY(!m_store->create(*article));
    QVERIFY(!m_store->link(a.id, b.id));
    QVERIFY(!m_store->link(b.id, c.id));
    QVERIFY(!m_store->remove(b.id));
    QVERIFY(!m_store->load(a.id)->next);
    QVERIFY(!m_store->load(c.id)->previous);
    QCOMPARE(m_store->remove(b.id).kind, StoreError::Kind::NotFound);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT count(*) FROM paragraphs WHERE article_id = %1").arg(b.id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    ArticleListQuery search;
    search.search = QStringLiteral("B");
    for (const ArticleSummary &row : m_store->list(search))
        QVERIFY(row.id != b.id);
}

void TestStorage::unlinkBothEnds()
{
    Article a = makeArticle(QStringLiteral("A")), b = makeArticle(QStringLiteral("B"));
    QVERIFY(!m_store->create(a));
    QVERIFY(!m_store->create(b));
    QVERIFY(!m_store->link(a.id, b.id));
    QVERIFY(!m_store->unlink(b.id, LinkSide::Previous));
    QVERIFY(!m_store->load(a.id)->next);
    QVERIFY(!m_store->load(b.id)->previous);
    QVERIFY(!m_store->unlink(b.id, LinkSide::Previous)); // nothing to do is not an error
    QCOMPARE(m_store->unlink(777, LinkSide::Next).kind, StoreError::Kind::NotFound);
}

void TestStorage::chainListsTheSeries()
{
    QList<Article> articles;
    for (int i = 0; i < 4; ++i) {
        Article article = makeArticle(QStringLiteral("Part %1").arg(i + 1));
        QVERIFY(!m_store->create(article));
        articles.append(article);
    }
    QVERIFY(!m_store->link(articles[2].id, articles[3].id));
    QVERIFY(!m_store->link(articles[0].id, articles[1].id));
    QVERIFY(!m_store->link(articles[1].id, articles[2].id));
    const QList<ArticleRef> series = m_store->chain(articles[2].id);
    QCOMPARE(series.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(series.at(i).headline, QStringLiteral("Part %1").arg(i + 1));
    Article lonely = makeArticle(QStringLiteral("Alone"));
    QVERIFY(!m_store->create(lonely));
    QCOMPARE(m_store->chain(lonely.id).size(), 1);
}

void TestStorage::searchFindsWordsAndKeepsInSync()
{
    Article article = makeArticle(QStringLiteral("Flood warning for the valley"));
    article.paragraphs[0].text = QStringLiteral("The Meteorological Office issued a warning.");
    QVERIFY(!m_store->create(article));
    Article other = makeArticle(QStringLiteral("Concert cancelled"));
    QVERIFY(!m_store->create(other));

    auto find = [this](const QString &text) {
        ArticleListQuery query;
        query.search = text;
        StoreError error;
        QList<qint64> ids;
        for (const ArticleSummary &row : m_store->list(query, &error))
            ids.append(row.id);
        [&] { QVERIFY2(!error, qPrintable(error.message)); }();
        return ids;
    };
    QCOMPARE(find(QStringLiteral("meteorological")), QList<qint64>{article.id});
    QCOMPARE(find(QStringLiteral("valley")), QList<qint64>{article.id});        // headline
    QCOMPARE(find(QStringLiteral("Summary flood")), QList<qint64>{article.id}); // summary
    QCOMPARE(find(QStringLiteral("first")).size(), 2);                          // meta titles
    QCOMPARE(find(QStringLiteral("meteo")), QList<qint64>{article.id});         // prefix
    QCOMPARE(find(QStringLiteral("meteo ")), QList<qint64>{});                  // whole word

    article.paragraphs[0].text = QStringLiteral("Forecasters expect heavy rain.");
    QVERIFY(!m_store->save(article));
    QCOMPARE(find(QStringLiteral("meteorological")), QList<qint64>{});
    QCOMPARE(find(QStringLiteral("forecasters")), QList<qint64>{article.id});
    QVERIFY(!m_store->remove(article.id));
    QCOMPARE(find(QStringLiteral("forecasters")), QList<qint64>{});
}

void TestStorage::searchSurvivesHostileQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("findsIt");
    QTest::newRow("quote") << QStringLiteral("\"rail") << true;
    QTest::newRow("unbalanced quotes") << QStringLiteral("rail \"strike") << true;
    QTest::newRow("parentheses") << QStringLiteral("(rail strike") << true;
    QTest::newRow("OR is a word") << QStringLiteral("rail OR strike") << false;
    QTest::newRow("star") << QStringLiteral("*") << false;
    QTest::newRow("star word") << QStringLiteral("rail*") << true;
    QTest::newRow("minus") << QStringLiteral("-rail") << true;
    QTest::newRow("NEAR") << QStringLiteral("NEAR(rail strike") << false; // "near" is not in it
    QTest::newRow("near words") << QStringLiteral("rail NEAR/2 strike") << false;
    QTest::newRow("column filter") << QStringLiteral("headline:rail") << false;
    QTest::newRow("caret") << QStringLiteral("^rail") << true;
    QTest::newRow("AND NOT") << QStringLiteral("rail AND NOT strike") << false;
    QTest::newRow("semicolon sql") << QStringLiteral("'; DROP TABLE articles; --") << false;
    QTest::newRow("only punctuation") << QStringLiteral("\"()*-:^") << false;
    QTest::newRow("empty quotes") << QStringLiteral("\"\"") << false;
    QTest::newRow("unicode") << QStringLiteral("grève") << true;
    QTest::newRow("diacritics folded") << QStringLiteral("greve") << true;
}

void TestStorage::searchSurvivesHostileQueries()
{
    QFETCH(QString, query);
    QFETCH(bool, findsIt);
    Article article = makeArticle(QStringLiteral("Rail strike called"));
    article.paragraphs[0].text =
        QStringLiteral("Union calls a grève générale on the rail network.");
    QVERIFY(!m_store->create(article));
    ArticleListQuery listQuery;
    listQuery.search = query;
    StoreError error;
    const QList<ArticleSummary> rows = m_store->list(listQuery, &error);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(!rows.isEmpty(), findsIt);
    QCOMPARE(m_store->count(listQuery, &error), qint64(rows.size()));
    QVERIFY(!error);
    // The table is still there.
    QCOMPARE(m_store->count({}), 1);
}

void TestStorage::listFiltersAndPages()
{
    for (int i = 0; i < 25; ++i) {
        Article article = makeArticle(QStringLiteral("Story %1").arg(i), 1);
        article.status = i % 5 == 0 ? ArticleStatus::Approved : ArticleStatus::Draft;
        QVERIFY(!m_store->create(article));
    }
    ArticleListQuery query;
    query.limit = 10;
    QList<ArticleSummary> page = m_store->list(query);
    QCOMPARE(page.size(), 10);
    QCOMPARE(page.first().headline, QStringLiteral("Story 24")); // newest first
    query.offset = 20;
    page = m_store->list(query);
    QCOMPARE(page.size(), 5);
    QCOMPARE(page.last().headline, QStringLiteral("Story 0"));
    query = {};
    query.status = ArticleStatus::Approved;
    page = m_store->list(query);
    QCOMPARE(page.size(), 5);
    for (const ArticleSummary &row : page)
        QCOMPARE(row.status, ArticleStatus::Approved);
    QCOMPARE(m_store->count(query), 5);
    QCOMPARE(page.first().paragraphCount, 1);
    QCOMPARE(page.first().attributedParagraphCount, 1);
}

void TestStorage::listSortsByEveryColumn()
{
    const struct
    {
        const char *headline;
        const char *byline;
        ArticleStatus status;
        int attributed; // of 4 paragraphs
    } rows[] = {
        {"banana split", "Zoe", ArticleStatus::Published, 4},
        {"Apple harvest", "yann", ArticleStatus::Draft, 0},
        {"cherry blossom", "Xavier", ArticleStatus::Approved, 2},
    };
    for (const auto &row : rows) {
        Article article = makeArticle(QLatin1String(row.headline), 4);
        article.byline = QLatin1String(row.byline);
        article.status = row.status;
        for (int i = 0; i < 4; ++i) {
            article.paragraphs[i].attributions.clear();
            if (i < row.attributed)
                article.paragraphs[i].attributions.append(
                    Attribution{0, QStringLiteral("Wire"), {}, {}, {}, {}, {}, {}});
        }
        QVERIFY(!m_store->create(article));
    }
    auto headlines = [this](ArticleSort sort, bool descending) {
        ArticleListQuery query;
        query.sort = sort;
        query.descending = descending;
        QStringList result;
        for (const ArticleSummary &row : m_store->list(query))
            result << row.headline.left(1).toLower();
        return result.join(QString());
    };
    QCOMPARE(headlines(ArticleSort::Headline, false), QStringLiteral("abc")); // case-insensitive
    QCOMPARE(headlines(ArticleSort::Headline, true), QStringLiteral("cba"));
    QCOMPARE(headlines(ArticleSort::Byline, false), QStringLiteral("cab"));
    QCOMPARE(headlines(ArticleSort::Status, false),
             QStringLiteral("cab")); // approved, draft, published
    QCOMPARE(headlines(ArticleSort::Coverage, true), QStringLiteral("bca"));
    QCOMPARE(headlines(ArticleSort::Updated, true), QStringLiteral("cab"));
    QCOMPARE(headlines(ArticleSort::Updated, false), QStringLiteral("bac"));
}

void TestStorage::sourcesMergeAndRemove()
{
    Article article = makeArticle(QStringLiteral("Merge me"), 2);
    // Paragraph 1 cites "Police" and "Fire brigade"; add a duplicate spelling of Police.
    article.paragraphs[0].attributions = {
        Attribution{0, QStringLiteral("Metropolitan Police"), {}, {}, {}, {}, {}, {}},
        Attribution{0, QStringLiteral("Police"), {}, {}, {}, {}, {}, {}}};
    QVERIFY(!m_store->create(article));
    const qint64 police = m_store->sourceByName(QStringLiteral("Police"))->id;
    const qint64 metropolitan = m_store->sourceByName(QStringLiteral("Metropolitan Police"))->id;
    QVERIFY(!m_store->mergeSources(police, {metropolitan}));
    QVERIFY(!m_store->sourceByName(QStringLiteral("Metropolitan Police")));
    const Article loaded = *m_store->load(article.id);
    QCOMPARE(loaded.paragraphs.at(0).attributions.size(), 1); // no double citation
    QCOMPARE(loaded.paragraphs.at(0).attributions.at(0).sourceName, QStringLiteral("Police"));
    QCOMPARE(loaded.paragraphs.at(1).attributions.size(), 2);

    StoreError error = m_store->removeSource(police);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(error.message.contains(QStringLiteral("2")));
    Source unused{0, QStringLiteral("Nobody"), SourceKind::Person, {}, {}};
    QVERIFY(!m_store->saveSource(unused));
    QVERIFY(!m_store->removeSource(unused.id));
    QCOMPARE(m_store->removeSource(unused.id).kind, StoreError::Kind::NotFound);
    QCOMPARE(m_store->mergeSources(424242, {police}).kind, StoreError::Kind::NotFound);
}

void TestStorage::importResolvesLinksInAnyOrder()
{
    auto imported = [](const QString &uri, const QString &headline, const QString &prev,
                       const QString &next) {
        ImportedArticle item;
        item.article = makeArticle(headline);
        item.article.uri = uri;
        item.fileName = uri + QStringLiteral(".json");
        item.previousUri = prev;
        item.nextUri = next;
        return item;
    };
    // Third part first; the second names both neighbours; the first names none.
    QList<ImportedArticle> batch = {
        imported(QStringLiteral("urn:t:3"), QStringLiteral("Three"), QStringLiteral("urn:t:2"), {}),
        imported(QStringLiteral("urn:t:2"), QStringLiteral("Two"), QStringLiteral("urn:t:1"),
                 QStringLiteral("urn:t:3")),
        imported(QStringLiteral("urn:t:1"), QStringLiteral("One"), {}, {}),
        imported(QStringLiteral("urn:t:4"), QStringLiteral("Four"), QStringLiteral("urn:t:nowhere"),
                 {}),
    };
    ImportReport report;
    const StoreError error = m_store->importArticles(batch, &report);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(report.ids.size(), 4);
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY(report.warnings.first().contains(QStringLiteral("urn:t:nowhere")));
    const QList<ArticleRef> series = m_store->chain(report.ids.at(0));
    QCOMPARE(series.size(), 3);
    QCOMPARE(series.at(0).headline, QStringLiteral("One"));
    QCOMPARE(series.at(2).headline, QStringLiteral("Three"));
}

void TestStorage::importIsAllOrNothing()
{
    Article existing = makeArticle(QStringLiteral("Already here"));
    QVERIFY(!m_store->create(existing));
    auto snapshot = [this] {
        QSqlQuery query(m_db->connection());
        QStringList rows;
        for (const char *table : {"articles", "paragraphs", "attributions", "sources",
                                  "meta_titles", "revisions", "article_text"}) {
            query.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table));
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << query.value(i).toString();
                rows << values.join(QLatin1Char('|'));
            }
        }
        return rows;
    };
    const QStringList stateBefore = snapshot();

    ImportedArticle good;
    good.article = makeArticle(QStringLiteral("Good one"));
    good.article.uri = QStringLiteral("urn:t:good");
    good.fileName = QStringLiteral("good.json");
    ImportedArticle selfLinked;
    selfLinked.article = makeArticle(QStringLiteral("Loops on itself"));
    selfLinked.article.uri = QStringLiteral("urn:t:self");
    selfLinked.fileName = QStringLiteral("self.json");
    selfLinked.nextUri = QStringLiteral("urn:t:self");
    StoreError error = m_store->importArticles({good, selfLinked});
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(error.message.contains(QStringLiteral("self.json")));
    QCOMPARE(snapshot(), stateBefore);

    // A cycle among the batch.
    ImportedArticle first = good, second = good;
    first.article.uri = QStringLiteral("urn:t:x");
    first.nextUri = QStringLiteral("urn:t:y");
    second.article.uri = QStringLiteral("urn:t:y");
    second.nextUri = QStringLiteral("urn:t:x");
    error = m_store->importArticles({first, second});
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QCOMPARE(snapshot(), stateBefore);

    // A duplicated uri within one call.
    error = m_store->importArticles({good, good});
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(error.message.contains(QStringLiteral("twice")));
    QCOMPARE(snapshot(), stateBefore);

    // An attribution without a source name.
    ImportedArticle nameless = good;
    nameless.article.paragraphs[0].attributions[0].sourceName = QStringLiteral("  ");
    error = m_store->importArticles({nameless});
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QCOMPARE(snapshot(), stateBefore);
}

void TestStorage::importOfKnownUriUpdatesArticle()
{
    ImportedArticle item;
    item.article = makeArticle(QStringLiteral("First edition"));
    item.article.uri = QStringLiteral("urn:t:same");
    ImportReport report;
    QVERIFY(!m_store->importArticles({item}, &report));
    const qint64 id = report.ids.first();
    item.article = makeArticle(QStringLiteral("Second edition"));
    item.article.uri = QStringLiteral("urn:t:same");
    QVERIFY(!m_store->importArticles({item}, &report));
    QCOMPARE(report.ids.first(), id);
    QCOMPARE(m_store->count({}), 1);
    const std::optional<Article> article = m_store->load(id);
    QCOMPARE(article->headline, QStringLiteral("Second edition"));
    QCOMPARE(article->version, 2);
    QCOMPARE(m_store->history(id).size(), 2);
}

void TestStorage::importKeepsVersionsAndRefusesStaleFiles()
{
    ImportedArticle item;
    item.article = makeArticle(QStringLiteral("Wire copy"));
    item.article.uri = QStringLiteral("urn:t:wire");
    item.article.version = 3;
    item.article.updated = QDateTime(QDate(2026, 10, 2), QTime(7, 40), Qt::UTC);
    ImportReport report;
    QVERIFY(!m_store->importArticles({item}, &report));
    const qint64 id = report.ids.first();
    QCOMPARE(m_store->load(id)->version, 3);
    QCOMPARE(m_store->load(id)->updated, item.article.updated);

    // The same file again changes nothing.
    QVERIFY(!m_store->importArticles({item}, &report));
    QCOMPARE(report.ids.first(), id);
    QCOMPARE(m_store->load(id)->version, 3);
    QCOMPARE(m_store->history(id).size(), 1);

    // The same version with other content, or an older version: a conflict, nothing written.
    item.article.headline = QStringLiteral("Wire copy, edited elsewhere");
    StoreError error = m_store->importArticles({item}, &report);
    QCOMPARE(error.kind, StoreError::Kind::Conflict);
    QVERIFY(error.message.contains(QStringLiteral("version 3")));
    item.article.version = 2;
    QCOMPARE(m_store->importArticles({item}).kind, StoreError::Kind::Conflict);
    QCOMPARE(m_store->load(id)->headline, QStringLiteral("Wire copy"));

    // A newer version updates.
    item.article.version = 4;
    QVERIFY(!m_store->importArticles({item}));
    QCOMPARE(m_store->load(id)->headline, QStringLiteral("Wire copy, edited elsewhere"));
    QCOMPARE(m_store->load(id)->version, 4);
}

void TestStorage::sourceRegistryMatchesNamesAndRefusesDuplicates()
{
    Article article = makeArticle(QStringLiteral("Sources"));
    article.paragraphs[0].attributions[0].sourceName = QStringLiteral("  city   COUNCIL ");
    article.sources = {Source{0,
                              QStringLiteral("Police"),
                              SourceKind::Official,
                              QStringLiteral("https://police.example/press"),
                              {}}};
    QVERIFY(!m_store->create(article));
    const QList<Source> sources = m_store->sources();
    QCOMPARE(sources.size(), 3);
    const std::optional<Source> police = m_store->sourceByName(QStringLiteral("POLICE"));
    QVERIFY(police);
    QCOMPARE(police->url, QStringLiteral("https://police.example/press"));

    Article second = makeArticle(QStringLiteral("More sources"));
    QVERIFY(!m_store->create(second));
    QCOMPARE(m_store->sources().size(), 3); // "City Council" matched case-insensitively
    QCOMPARE(m_store->citationCounts().value(police->id), 2);

    Source duplicate{0, QStringLiteral("police"), SourceKind::Agency, {}, {}};
    StoreError error = m_store->saveSource(duplicate);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(error.message.contains(QStringLiteral("already exists")));
    Source renamed = *police;
    renamed.name = QStringLiteral("Metropolitan Police");
    renamed.kind = SourceKind::Agency;
    QVERIFY(!m_store->saveSource(renamed));
    QCOMPARE(m_store->load(article.id)->paragraphs.at(1).attributions.at(0).sourceName,
             QStringLiteral("Metropolitan Police"));
}

void TestStorage::nestedTransactionFailureRollsBackEverything()
{
    QVERIFY(!m_db->begin());
    Article article = makeArticle(QStringLiteral("Inside"));
    QVERIFY(!m_store->create(article));
    QCOMPARE(m_store->link(article.id, article.id).kind, StoreError::Kind::Invalid);
    Article duplicate = makeArticle(QStringLiteral("Dup"));
    duplicate.uri = article.uri;
    QVERIFY(m_store->create(duplicate)); // inner failure
    QVERIFY(m_db->commit());             // dooms the outer transaction
    QCOMPARE(m_store->count({}), 0);
}

void TestStorage::searchIndexFollowsEveryWrite()
{
    Article article;
    article.headline = QStringLiteral("Lighthouse keeper retires");
    article.summary = QStringLiteral("After forty years on the rock.");
    article.paragraphs = {Paragraph{{}, QStringLiteral("He polished the brass lantern."), {}},
                          Paragraph{{}, QStringLiteral("Storms never kept him ashore."), {}}};
    article.metaTitles = {MetaTitle{QStringLiteral("Beacon dims"), true, {}}};
    QVERIFY(!m_store->create(article));
    QCOMPARE(searchIndexProblem(*m_db), QString());
    QCOMPARE(searchIds(*m_store, QStringLiteral("lantern")), QList<qint64>{article.id});
    QCOMPARE(searchIds(*m_store, QStringLiteral("beacon dims")), QList<qint64>{article.id});

    // save: a paragraph, the headline and a meta title change.
    article.paragraphs[0].text = QStringLiteral("He painted the gallery rail.");
    article.headline = QStringLiteral("Lighthouse keeper hands over the keys");
    article.metaTitles[0].text = QStringLiteral("Beacon glows");
    QVERIFY(!m_store->save(article));
    QCOMPARE(searchIndexProblem(*m_db), QString());
    QCOMPARE(searchIds(*m_store, QStringLiteral("lantern")), QList<qint64>{});
    QCOMPARE(searchIds(*m_store, QStringLiteral("retires")), QList<qint64>{});
    QCOMPARE(searchIds(*m_store, QStringLiteral("dims")), QList<qint64>{});
    QCOMPARE(searchIds(*m_store, QStringLiteral("gallery keys glows")), QList<qint64>{article.id});

    // A save that changes no text leaves the index alone; a stale one changes nothing.
    article.status = ArticleStatus::InReview;
    QVERIFY(!m_store->save(article));
    Article stale = article;
    stale.version -= 1;
    stale.paragraphs[1].text = QStringLiteral("Seagulls everywhere.");
    QCOMPARE(m_store->save(stale).kind, StoreError::Kind::Conflict);
    QCOMPARE(searchIds(*m_store, QStringLiteral("seagulls")), QList<qint64>{});
    QCOMPARE(searchIndexProblem(*m_db), QString());

    // restore brings the old words back.
    Article restored;
    QVERIFY(!m_store->restore(article.id, 1, &restored));
    QCOMPARE(searchIndexProblem(*m_db), QString());
    QCOMPARE(searchIds(*m_store, QStringLiteral("lantern retires dims")),
             QList<qint64>{article.id});
    QCOMPARE(searchIds(*m_store, QStringLiteral("gallery")), QList<qint64>{});

    // import: a newer version of the same uri replaces the text; a new article is indexed.
    ImportedArticle newer;
    newer.article = restored;
    newer.article.id = 0;
    newer.article.version = restored.version + 1;
    newer.article.paragraphs = {Paragraph{{}, QStringLiteral("The foghorn fell silent."), {}}};
    ImportedArticle fresh;
    fresh.article.headline = QStringLiteral("Ferry timetable changes");
    fresh.article.paragraphs = {Paragraph{{}, QStringLiteral("Catamarans from May."), {}}};
    QVERIFY(!m_store->importArticles({newer, fresh}));
    QCOMPARE(searchIndexProblem(*m_db), QString());
    QCOMPARE(searchIds(*m_store, QStringLiteral("foghorn")), QList<qint64>{article.id});
    QCOMPARE(searchIds(*m_store, QStringLiteral("lantern")), QList<qint64>{});
    QCOMPARE(searchIds(*m_store, QStringLiteral("catamarans")).size(), 1);

    // A failed import indexes nothing, not even the good file before the bad one.
    ImportedArticle good;
    good.article.headline = QStringLiteral("Harbour dredging");
    good.article.paragraphs = {Paragraph{{}, QStringLiteral("Silt everywhere."), {}}};
    ImportedArticle bad = good;
    bad.article.uri = QStringLiteral("urn:test:bad");
    bad.previousUri = bad.article.uri; // a self-link
    QVERIFY(m_store->importArticles({good, bad}));
    QCOMPARE(searchIds(*m_store, QStringLiteral("silt")), QList<qint64>{});
    QCOMPARE(searchIndexProblem(*m_db), QString());

    // remove takes it out of the index.
    QVERIFY(!m_store->remove(article.id));
    QCOMPARE(searchIds(*m_store, QStringLiteral("foghorn")), QList<qint64>{});
    QCOMPARE(searchIndexProblem(*m_db), QString());

    // Optimizing merges the index and changes nothing it finds.
    QVERIFY(!m_store->optimizeSearchIndex());
    QCOMPARE(searchIndexProblem(*m_db), QString());
    QCOMPARE(searchIds(*m_store, QStringLiteral("catamarans")).size(), 1);
    QCOMPARE(searchIds(*m_store, QStringLiteral("foghorn")), QList<qint64>{});
}

void TestStorage::readTransactionSeesOneSnapshot()
{
    Article first = makeArticle(QStringLiteral("First"));
    QVERIFY(!m_store->create(first));
    Database other;
    QVERIFY(!other.open(path()));
    ArticleStore otherStore(other);

    QVERIFY(!m_db->beginRead());
    QVERIFY(m_db->inTransaction());
    QVERIFY(!m_db->inWriteTransaction());
    QCOMPARE(m_store->count({}), 1);
    Article second = makeArticle(QStringLiteral("Second"));
    QVERIFY(!otherStore.create(second)); // WAL: a writer does not wait for our reader
    QCOMPARE(m_store->count({}), 1);     // still our snapshot
    QVERIFY(m_store->load(first.id));    // nests
    QVERIFY(!m_store->load(second.id));  // not in our snapshot
    QCOMPARE(m_db->begin().kind, StoreError::Kind::Invalid);
    m_db->endRead();
    QVERIFY(!m_db->inTransaction());
    QCOMPARE(m_store->count({}), 2);

    // load() reads in its own read transaction and leaves none open, found or not.
    QVERIFY(m_store->load(second.id));
    QVERIFY(!m_db->inTransaction());
    StoreError error;
    QVERIFY(!m_store->load(424242, &error));
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
    QVERIFY(!m_db->inTransaction());

    // Inside a write transaction a read transaction is a no-op that does not end it.
    QVERIFY(!m_db->begin());
    QVERIFY(!m_db->beginRead());
    m_db->endRead();
    QVERIFY(m_db->inWriteTransaction());
    Article third = makeArticle(QStringLiteral("Third"));
    QVERIFY(!m_store->create(third));
    QVERIFY(m_store->load(third.id));
    QVERIFY(m_db->inWriteTransaction());
    QVERIFY(!m_db->commit());
    QCOMPARE(otherStore.count({}), 3);
}

void TestStorage::sourceLookupsFollowRenamesMergesAndRollbacks()
{
    auto citing = [](const QString &headline, const QStringList &sources) {
        Article article;
        article.headline = headline;
        Paragraph paragraph{{}, QStringLiteral("Text."), {}};
        for (const QString &name : sources)
            paragraph.attributions.append(Attribution{0, name, {}, {}, {}, {}, {}, {}});
        article.paragraphs = {paragraph};
        return article;
    };
    auto citedName = [this](qint64 id) {
        return m_store->load(id)->paragraphs.at(0).attributions.at(0).sourceName;
    };

    // A rename inside one transaction: the old name is free again and names a new source.
    QVERIFY(!m_db->begin());
    Article before = citing(QStringLiteral("Before"), {QStringLiteral("Police")});
    QVERIFY(!m_store->create(before));
    Source police = *m_store->sourceByName(QStringLiteral("Police"));
    police.name = QStringLiteral("Metropolitan Police");
    QVERIFY(!m_store->saveSource(police));
    Article after = citing(QStringLiteral("After"), {QStringLiteral("Police")});
    QVERIFY(!m_store->create(after));
    QVERIFY(!m_db->commit());
    QCOMPARE(citedName(before.id), QStringLiteral("Metropolitan Police"));
    QCOMPARE(citedName(after.id), QStringLiteral("Police"));
    QVERIFY(m_store->sourceByName(QStringLiteral("Police"))->id != police.id);

    // A merge inside one transaction: the merged-away source is gone, its name is new again.
    QVERIFY(!m_db->begin());
    Article both = citing(QStringLiteral("Both"),
                          {QStringLiteral("Coast Guard"), QStringLiteral("Coastguard")});
    QVERIFY(!m_store->create(both));
    const qint64 coastGuard = m_store->sourceByName(QStringLiteral("Coast Guard"))->id;
    const qint64 coastguard = m_store->sourceByName(QStringLiteral("Coastguard"))->id;
    QVERIFY(!m_store->mergeSources(coastGuard, {coastguard}));
    Article later = citing(QStringLiteral("Later"), {QStringLiteral("Coastguard")});
    const StoreError laterError = m_store->create(later);
    QVERIFY2(!laterError, qPrintable(laterError.message));
    QVERIFY(!m_db->commit());
    QCOMPARE(citedName(later.id), QStringLiteral("Coastguard"));
    QCOMPARE(citedName(both.id), QStringLiteral("Coast Guard"));

    // A rollback undoes the source it created; the next transaction must not reuse its id.
    QVERIFY(!m_db->begin());
    Article ghost = citing(QStringLiteral("Ghost"), {QStringLiteral("Ghost Agency")});
    QVERIFY(!m_store->create(ghost));
    m_db->rollback();
    QVERIFY(!m_store->sourceByName(QStringLiteral("Ghost Agency")));
    Article real = citing(QStringLiteral("Real"), {QStringLiteral("Ghost Agency")});
    const StoreError realError = m_store->create(real);
    QVERIFY2(!realError, qPrintable(realError.message));
    QCOMPARE(citedName(real.id), QStringLiteral("Ghost Agency"));

    // Another connection renames a source between two of our transactions.
    Database other;
    QVERIFY(!other.open(path()));
    ArticleStore otherStore(other);
    Source agency = *otherStore.sourceByName(QStringLiteral("Ghost Agency"));
    agency.name = QStringLiteral("Real Agency");
    QVERIFY(!otherStore.saveSource(agency));
    Article again = citing(QStringLiteral("Again"), {QStringLiteral("Ghost Agency")});
    QVERIFY(!m_store->create(again));
    QCOMPARE(citedName(again.id), QStringLiteral("Ghost Agency"));
    QCOMPARE(citedName(real.id), QStringLiteral("Real Agency"));

    // An import citing the same sources many times resolves each name to one registry entry.
    QList<ImportedArticle> batch;
    for (int i = 0; i < 20; ++i) {
        ImportedArticle item;
        item.article = citing(QStringLiteral("Batch %1").arg(i),
                              {QStringLiteral("Wire Service"), QStringLiteral("wire  service")});
        batch.append(item);
    }
    ImportReport report;
    QVERIFY(!m_store->importArticles(batch, &report));
    QSet<qint64> wireIds;
    for (const qint64 id : std::as_const(report.ids)) {
        // Kept: a range-for over a member of the temporary that load() returns would dangle.
        const std::optional<Article> loaded = m_store->load(id);
        QVERIFY(loaded);
        for (const Attribution &attribution : loaded->paragraphs.at(0).attributions)
            wireIds.insert(attribution.sourceId);
    }
    QCOMPARE(wireIds.size(), 1);

    // Loads inside one transaction read each registry entry once (loadMany keeps them for the
    // transaction); a rename or merge by this store inside it shows in the next load, and a
    // rollback takes the rename back.
    QVERIFY(!m_db->begin());
    QCOMPARE(citedName(real.id), QStringLiteral("Real Agency"));
    Source renamed = *m_store->sourceByName(QStringLiteral("Real Agency"));
    renamed.name = QStringLiteral("Renamed Agency");
    QVERIFY(!m_store->saveSource(renamed));
    QCOMPARE(citedName(real.id), QStringLiteral("Renamed Agency"));
    Article cites = citing(QStringLiteral("Cites"), {QStringLiteral("Harbour Authority")});
    QVERIFY(!m_store->create(cites));
    QCOMPARE(citedName(cites.id), QStringLiteral("Harbour Authority"));
    QVERIFY(!m_store->mergeSources(
        renamed.id, {m_store->sourceByName(QStringLiteral("Harbour Authority"))->id}));
    QCOMPARE(citedName(cites.id), QStringLiteral("Renamed Agency"));
    m_db->rollback();
    QCOMPARE(citedName(real.id), QStringLiteral("Real Agency"));
    QVERIFY(!m_store->load(cites.id));

    // Inside one read transaction another connection's rename is not seen (one snapshot); the
    // next transaction sees it.
    QVERIFY(!m_db->beginRead());
    QCOMPARE(citedName(real.id), QStringLiteral("Real Agency"));
    Source elsewhere = *otherStore.sourceByName(QStringLiteral("Real Agency"));
    elsewhere.name = QStringLiteral("Agency Renamed Elsewhere");
    QVERIFY(!otherStore.saveSource(elsewhere));
    QCOMPARE(citedName(real.id), QStringLiteral("Real Agency"));
    m_db->endRead();
    QCOMPARE(citedName(real.id), QStringLiteral("Agency Renamed Elsewhere"));

    // A rename through another store on the same connection, inside the same transaction, shows
    // in this store's next load.
    QVERIFY(!m_db->begin());
    QCOMPARE(citedName(real.id), QStringLiteral("Agency Renamed Elsewhere"));
    {
        ArticleStore sameConnection(*m_db);
        Source nearby = *sameConnection.sourceByName(QStringLiteral("Agency Renamed Elsewhere"));
        nearby.name = QStringLiteral("Agency Renamed Nearby");
        QVERIFY(!sameConnection.saveSource(nearby));
    }
    QCOMPARE(citedName(real.id), QStringLiteral("Agency Renamed Nearby"));
    QVERIFY(!m_db->commit());
}

void TestStorage::searchRanksTheNewestMatchesAndReachesAll()
{
    const int window = ArticleStore::rankedSearchWindow;
    const int total = window + 60;
    const int strongOld = 3;           // far outside the window
    const int strongNew = window + 30; // inside it
    QList<ImportedArticle> batch;
    for (int i = 0; i < total; ++i) {
        ImportedArticle item;
        item.article.headline = QStringLiteral("Report %1").arg(i);
        QString text = QStringLiteral("The harbour report number %1.").arg(i);
        if (i == 0)
            text += QStringLiteral(" It mentions zanzibarite.");
        if (i == strongOld || i == strongNew) {
            item.article.headline = QStringLiteral("Harbour, harbour, harbour");
            text = QStringLiteral("Harbour harbour harbour harbour.");
        }
        item.article.paragraphs = {Paragraph{{}, text, {}}};
        batch.append(item);
    }
    ImportReport report;
    QVERIFY(!m_store->importArticles(batch, &report));
    const QList<qint64> ids = report.ids; // ascending: import order

    // A rare word in the oldest article is found: its one match fits in the window.
    QCOMPARE(searchIds(*m_store, QStringLiteral("zanzibarite")), QList<qint64>{ids.first()});

    ArticleListQuery query;
    query.search = QStringLiteral("harbour");
    QCOMPARE(m_store->count(query), qint64(total));
    const QList<qint64> all = searchIds(*m_store, query.search);
    QCOMPARE(all.size(), total);
    QCOMPARE(QSet<qint64>(all.cbegin(), all.cend()).size(), total);
    // The best match among the newest `window` comes first; the newest `window` articles fill
    // the ranked part, every older one follows newest first (the documented trade-off: the
    // equally strong old article is not ranked).
    QCOMPARE(all.first(), ids.at(strongNew));
    const QList<qint64> ranked = all.first(window);
    const QList<qint64> newest = ids.last(window);
    QCOMPARE(QSet<qint64>(ranked.cbegin(), ranked.cend()),
             QSet<qint64>(newest.cbegin(), newest.cend()));
    QList<qint64> older = ids.first(total - window);
    std::reverse(older.begin(), older.end());
    QCOMPARE(all.mid(window), older);
    QVERIFY(all.indexOf(ids.at(strongOld)) >= window);

    // Pages of any size and offset are slices of the same order, across the boundary too.
    QList<qint64> paged;
    for (int offset = 0; offset < total + 50; offset += 50)
        paged += searchIds(*m_store, query.search, std::nullopt, 50, offset);
    QCOMPARE(paged, all);
    QCOMPARE(searchIds(*m_store, query.search, std::nullopt, 50, window - 25),
             all.mid(window - 25, 50));
    QCOMPARE(searchIds(*m_store, query.search, std::nullopt, 0, window + 10), all.mid(window + 10));

    // With a status filter the window holds the newest matches of that status.
    QSqlQuery approve(m_db->connection());
    QVERIFY(
        approve.exec(QStringLiteral("UPDATE articles SET status = 'approved' WHERE id % 3 = 0")));
    QList<qint64> approvedIds;
    for (const qint64 id : ids) {
        if (id % 3 == 0)
            approvedIds.append(id);
    }
    query.status = ArticleStatus::Approved;
    QCOMPARE(m_store->count(query), qint64(approvedIds.size()));
    const QList<qint64> approved = searchIds(*m_store, query.search, ArticleStatus::Approved);
    QCOMPARE(QSet<qint64>(approved.cbegin(), approved.cend()),
             QSet<qint64>(approvedIds.cbegin(), approvedIds.cend()));
    QCOMPARE(approved.size(), approvedIds.size());
}

void TestStorage::exportBytesEqualQJsonDocument()
{
    // NinjsCodec::toBytes writes the JSON directly; it must stay exactly what QJsonDocument
    // writes for toJson(), on stored articles and on awkward text.
    Article previous = makeArticle(QStringLiteral("Earlier story"));
    QVERIFY(!m_store->create(previous));
    Article linked = makeArticle(QStringLiteral("Linked story"));
    linked.slug = QStringLiteral("linked-story");
    QVERIFY(!m_store->create(linked));
    QVERIFY(!m_store->link(previous.id, linked.id));
    Source council = *m_store->sourceByName(QStringLiteral("City Council"));
    council.url = QStringLiteral("https://council.example/press");
    QVERIFY(!m_store->saveSource(council));

    QList<Article> articles = {*m_store->load(previous.id), *m_store->load(linked.id)};
    Article awkward = makeArticle(QStringLiteral("Quotes \" and \\ and\ttabs"));
    const char16_t loneSurrogates[] = {u'x', 0xD800, u'y', 0xDC00};
    awkward.paragraphs[0].text =
        QStringLiteral("Control \x01\x1f DEL \x7f line\u2028sep, grève, 😀 ") +
        QString::fromUtf16(loneSurrogates, 4) + QStringLiteral(" <b>&amp;</b> 'single'");
    awkward.paragraphs[1].attributions[0].sourceName = QStringLiteral("A;B & <C>");
    awkward.summary.clear();
    awkward.metaTitles = {MetaTitle{QStringLiteral("one"), false, {}},
                          MetaTitle{QStringLiteral("two"), true, {}},
                          MetaTitle{QString(), false, {}}};
    awkward.previous = ArticleRef{7, QUuid::createUuid(), QString(), QString()};
    awkward.next = ArticleRef{8, {}, QStringLiteral("urn:x:8"), QStringLiteral("Next “one”")};
    articles.append(awkward);
    Article bare;
    bare.headline = QStringLiteral("Bare");
    articles.append(bare);

    for (const Article &article : std::as_const(articles)) {
        const QByteArray expected =
            QJsonDocument(NinjsCodec::toJson(article)).toJson(QJsonDocument::Indented);
        QCOMPARE(NinjsCodec::toBytes(article), expected);
    }
    // Text with nothing to escape is handed back shared, not copied.
    const QString plain = QStringLiteral("Nothing to escape here");
    QCOMPARE(NinjsCodec::escapeHtml(plain).constData(), plain.constData());
    QCOMPARE(NinjsCodec::escapeHtml(QStringLiteral("a;b&c")), QStringLiteral("a;b&amp;c"));
}

void TestStorage::newParagraphUuidsSortByCreation()
{
    QSet<QUuid> seen;
    QStringList earlier;
    for (int i = 0; i < 500; ++i) {
        const QUuid uuid = Paragraph::newUuid();
        QCOMPARE(uuid.variant(), QUuid::DCE);
        QCOMPARE(uuid.toString(QUuid::WithoutBraces).at(14), QLatin1Char('7')); // version 7
        seen.insert(uuid);
        earlier.append(uuid.toString(QUuid::WithoutBraces));
    }
    QTest::qWait(3);
    const QString later = Paragraph::newUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(seen.size(), 500);
    // As the store keeps them (text): every later one sorts after every earlier one.
    for (const QString &uuid : std::as_const(earlier))
        QVERIFY2(uuid < later, qPrintable(uuid + QStringLiteral(" >= ") + later));

    // The store gives new paragraphs such uuids.
    Article article = makeArticle(QStringLiteral("Ordered"), 3);
    QVERIFY(!m_store->create(article));
    const std::optional<Article> loaded = m_store->load(article.id);
    QVERIFY(loaded);
    for (const Paragraph &paragraph : loaded->paragraphs)
        QCOMPARE(paragraph.uuid.toString(QUuid::WithoutBraces).at(14), QLatin1Char('7'));
}

void TestStorage::saveOverKnownStateMatchesReadingBack()
{
    // The same article in two databases, edited the same way: this store reads the state each
    // save replaces back (save(article)), the other takes the caller's copy of it, as an
    // editor keeps it (save(article, stored)). Revisions, rows and the index must not differ.
    Database otherDb;
    QVERIFY(!otherDb.open(m_databases->location(QStringLiteral("other"))));
    ArticleStore other(otherDb);

    Article original = makeArticle(QStringLiteral("Quotes \" and \\ and\ttabs"), 5);
    original.paragraphs[0].text =
        QStringLiteral("Line\nbreak, control \x01\x1f, emoji 😀, separator\u2028, grève");
    Attribution &reviewed = original.paragraphs[1].attributions[0];
    reviewed.reviewer = QStringLiteral("Chief sub");
    reviewed.reviewedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 15, 250), Qt::UTC);
    reviewed.note = QStringLiteral("Checked \"twice\"");
    reviewed.url = QStringLiteral("https://example.org/a?b=c&d");
    original.metaTitles[0].notes = QStringLiteral("Tab\there");
    QVERIFY(!m_store->create(original));
    Article known = original; // what an editor holds after creating it
    known.id = 0;
    QVERIFY(!other.create(known));
    QCOMPARE(known.uuid, original.uuid);

    const QUuid inserted = QUuid::createUuid();
    const auto edits = std::array<std::function<void(Article &)>, 3>{
        [&](Article &article) {
            // Text, a move, a deletion, an insertion, attributions, notes and the headline.
            article.headline = QStringLiteral("Second “version”");
            article.paragraphs[2].text += QStringLiteral(" Added words.");
            article.paragraphs.move(3, 0);
            article.paragraphs.removeAt(4);
            article.paragraphs.insert(
                2,
                Paragraph{inserted,
                          QStringLiteral("A new paragraph."),
                          {Attribution{0, QStringLiteral("Coast guard"), {}, {}, {}, {}, {}, {}}}});
            article.paragraphs[1].attributions.append(Attribution{
                0, QStringLiteral("Police"), QStringLiteral("p. 4"), {}, {}, {}, {}, {}});
            article.metaTitles[1].notes = QStringLiteral("Lost the test");
        },
        [&](Article &article) {
            // Only text; the registry renamed a source the stored state cites.
            article.paragraphs[0].text = QStringLiteral("Rewritten opening, déjà vu.");
        },
        [&](Article &article) {
            // Only attributions, after a merge removed a source the stored state cites.
            article.paragraphs.last().attributions.clear();
        },
    };
    const auto renameCouncil = [](ArticleStore &store) {
        std::optional<Source> council = store.sourceByName(QStringLiteral("City Council"));
        QVERIFY(council);
        council->name = QStringLiteral("Springfield City Council");
        QVERIFY(!store.saveSource(*council));
    };
    const auto mergePolice = [](ArticleStore &store) {
        const std::optional<Source> fire = store.sourceByName(QStringLiteral("Fire brigade"));
        const std::optional<Source> police = store.sourceByName(QStringLiteral("Police"));
        QVERIFY(fire && police);
        QVERIFY(!store.mergeSources(fire->id, {police->id}));
    };

    for (int round = 0; round < int(edits.size()); ++round) {
        if (round == 1) {
            renameCouncil(*m_store);
            renameCouncil(other);
        }
        if (round == 2) {
            mergePolice(*m_store);
            mergePolice(other);
        }
        Article readBack = *m_store->load(original.id);
        const Article replacedState = readBack;
        edits[round](readBack);
        StoreError error = m_store->save(readBack);
        QVERIFY2(!error, qPrintable(error.message));

        // The text being saved names sources as the registry does now (the main window reloads
        // the article after the Sources dialog); the copy of the stored state may predate the
        // rename or the merge, as after one made by another desk.
        Article edited = round == 0 ? known : *other.load(known.id);
        edits[round](edited);
        error = other.save(edited, known);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(edited.version, readBack.version);
        known = edited;

        const int replaced = known.version - 1;
        // The revision is the state the save replaced (consecutive revisions share the JSON of
        // unchanged paragraphs; the edited ones must not be taken from the previous one).
        const std::optional<Article> revision = m_store->revision(original.id, replaced);
        QVERIFY(revision);
        QCOMPARE(revision->headline, replacedState.headline);
        QCOMPARE(revision->paragraphs, replacedState.paragraphs);
        QCOMPARE(revision->metaTitles, replacedState.metaTitles);
        const QString snapshot = snapshotOf(*m_db, original.id, replaced);
        QVERIFY(!snapshot.isEmpty());
        // The same but for when each database saved it (a restore stamps its own time).
        static const QRegularExpression updated(QStringLiteral("\"updated\":\"[^\"]*\""));
        QCOMPARE(QString(snapshotOf(otherDb, known.id, replaced)).remove(updated),
                 QString(snapshot).remove(updated));
        // Exactly what QJsonDocument writes for the same content.
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(snapshot.toUtf8(), &parseError);
        QVERIFY2(json.isObject(), qPrintable(parseError.errorString()));
        QCOMPARE(QString::fromUtf8(json.toJson(QJsonDocument::Compact)), snapshot);

        const Article mine = *m_store->load(original.id);
        const Article theirs = *other.load(known.id);
        QCOMPARE(theirs.headline, mine.headline);
        QCOMPARE(theirs.paragraphs, mine.paragraphs);
        QCOMPARE(theirs.metaTitles, mine.metaTitles);
        QCOMPARE(theirs.version, mine.version);
        QCOMPARE(theirs.paragraphs.size(), edited.paragraphs.size());
        for (qsizetype i = 0; i < edited.paragraphs.size(); ++i)
            QCOMPARE(theirs.paragraphs.at(i).text, edited.paragraphs.at(i).text);

        if (round == 0) {
            // Restoring the version written from the caller's copy brings it back exactly.
            const std::optional<Article> first = other.revision(known.id, 1);
            QVERIFY(first);
            QCOMPARE(first->paragraphs.at(0).text, original.paragraphs.at(0).text);
            QVERIFY(!m_store->restore(original.id, 1));
            QVERIFY(!other.restore(known.id, 1, &known));
            QCOMPARE(known.version, 3);
            const Article restored = *other.load(known.id);
            QCOMPARE(restored.headline, first->headline);
            QCOMPARE(restored.paragraphs, first->paragraphs);
            QCOMPARE(restored.metaTitles, first->metaTitles);
        }
    }
    // The rename and the merge reached the revisions written from the caller's copy.
    QCOMPARE(known.version, 5);
    QVERIFY(snapshotOf(otherDb, known.id, 3).contains(QLatin1String("Springfield City Council")));
    QVERIFY(!snapshotOf(otherDb, known.id, 4).contains(QLatin1String("\"Police\"")));

    for (int version = 1; version <= 4; ++version) {
        const std::optional<Article> mine = m_store->revision(original.id, version);
        const std::optional<Article> theirs = other.revision(known.id, version);
        QVERIFY(mine && theirs);
        QCOMPARE(theirs->headline, mine->headline);
        QCOMPARE(theirs->paragraphs, mine->paragraphs);
        QCOMPARE(theirs->metaTitles, mine->metaTitles);
    }
    QCOMPARE(searchIndexProblem(otherDb), QString());
    QCOMPARE(searchIds(other, QStringLiteral("rewritten")), QList<qint64>{known.id});
    QCOMPARE(searchIds(other, QStringLiteral("déjà")), QList<qint64>{known.id});
    QCOMPARE(searchIds(other, QStringLiteral("emoji")), QList<qint64>{});
    QSqlQuery body(otherDb.connection());
    QVERIFY(body.exec(QStringLiteral("SELECT %1, body FROM article_text")
                          .arg(typeOfSql(otherDb, QStringLiteral("body")))));
    QVERIFY(body.next());
    QCOMPARE(body.value(0).toString(), QStringLiteral("text"));
    QVERIFY(body.value(1).toString().startsWith(QStringLiteral("Rewritten opening, déjà vu.\n")));
}

void TestStorage::saveOverKnownStateNoticesOtherWriters()
{
    Article article = makeArticle(QStringLiteral("Harbour story"));
    QVERIFY(!m_store->create(article));
    Article neighbour = makeArticle(QStringLiteral("Earlier harbour story"));
    QVERIFY(!m_store->create(neighbour));
    const Article known = article;

    Database otherDb;
    QVERIFY(!otherDb.open(path()));
    ArticleStore otherStore(otherDb);

    // A link made elsewhere does not change the version: the save reads the article back and
    // hands back the links as stored.
    QVERIFY(!otherStore.link(neighbour.id, article.id));
    Article edited = known;
    edited.paragraphs[0].text = QStringLiteral("Edited once.");
    StoreError error = m_store->save(edited, known);
    QVERIFY2(!error, qPrintable(error.message));
    QVERIFY(edited.previous);
    QCOMPARE(edited.previous->id, neighbour.id);
    QCOMPARE(m_store->revision(article.id, 1)->paragraphs, known.paragraphs);

    // Another save since the caller's copy: a conflict, nothing written.
    Article theirs = *otherStore.load(article.id);
    theirs.headline = QStringLiteral("Their headline");
    QVERIFY(!otherStore.save(theirs));
    Article mine = edited;
    mine.paragraphs[1].text = QStringLiteral("My edit that must not land.");
    error = m_store->save(mine, edited);
    QCOMPARE(error.kind, StoreError::Kind::Conflict);
    QVERIFY2(error.message.contains(QLatin1String("version 2")), qPrintable(error.message));
    QVERIFY(error.message.contains(QLatin1String("version 3")));
    QCOMPARE(mine.version, 2); // untouched for the conflict dialog
    QCOMPARE(m_store->history(article.id).size(), 3);
    QCOMPARE(m_store->load(article.id)->headline, QStringLiteral("Their headline"));

    // A copy that is not of the version being saved is not trusted: read back instead.
    Article stale = *m_store->load(article.id);
    stale.paragraphs[2].text = QStringLiteral("Saved over a copy of another version.");
    QVERIFY(!m_store->save(stale, known));
    QCOMPARE(m_store->revision(article.id, 3)->headline, QStringLiteral("Their headline"));
    QCOMPARE(searchIndexProblem(*m_db), QString());
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"

void TestStorage::articleLocksKeepOneEditorAndLoseNothing()
{
    using namespace std::chrono_literals;
    Article article = makeArticle(QStringLiteral("Council votes on the harbour"));
    QVERIFY(!m_store->create(article));
    const qint64 id = article.id;
    Database otherDb;
    QVERIFY(!otherDb.open(path()));
    ArticleStore otherStore(otherDb);
    ArticleLocks anna(*m_store, QStringLiteral("Anna"));
    ArticleLocks ben(otherStore, QStringLiteral("Ben"));

    // Anna opens it for editing; Ben, at another desk, finds it locked by her.
    ArticleLock standing;
    QVERIFY(!anna.acquire(id, &standing));
    QCOMPARE(standing.session, anna.session());
    QVERIFY(!ben.acquire(id, &standing));
    QCOMPARE(standing.holder, QStringLiteral("Anna"));
    QVERIFY(standing.session != ben.session());
    QVERIFY(standing.takenAt.isValid());
    QVERIFY(!anna.acquire(id, &standing)); // opening it again in her session keeps it hers
    QCOMPARE(standing.session, anna.session());

    // Anna types without saving; her edits ride with the lock.
    Article annas = *m_store->load(id);
    annas.paragraphs[0].text = QStringLiteral("Anna's sentence, never saved.");
    QVERIFY(!anna.touch(id, ArticleStore::snapshotJson(annas)));
    QVERIFY(anna.lockOf(id)->hasPendingEdits);

    // Her lock expires (an idle time of zero here); Ben takes it, and her edits are saved first
    // as a version of their own.
    ben.setIdleTimeout(0s);
    QTest::qWait(5);
    QVERIFY(!ben.acquire(id, &standing));
    QCOMPARE(standing.holder, QStringLiteral("Ben"));
    QCOMPARE(standing.session, ben.session());
    std::optional<Article> stored = otherStore.load(id);
    QVERIFY(stored);
    QCOMPARE(stored->paragraphs[0].text, QStringLiteral("Anna's sentence, never saved."));
    QCOMPARE(stored->version, 2);
    // Anna's window learns it lost the lock.
    QCOMPARE(anna.touch(id).kind, StoreError::Kind::Conflict);

    // A chief takes the lock over from Ben, who has unsaved edits too.
    Article bens = *stored;
    bens.headline = QStringLiteral("Council delays the harbour vote");
    QVERIFY(!ben.touch(id, ArticleStore::snapshotJson(bens)));
    ArticleLocks chief(*m_store, QStringLiteral("Chief"));
    QVERIFY(!chief.acquire(id, &standing)); // not expired for the chief: Ben holds it
    QCOMPARE(standing.holder, QStringLiteral("Ben"));
    ArticleLock previous;
    QVERIFY(!chief.takeOver(id, &previous));
    QCOMPARE(previous.holder, QStringLiteral("Ben"));
    stored = m_store->load(id);
    QCOMPARE(stored->headline, QStringLiteral("Council delays the harbour vote"));
    QCOMPARE(stored->paragraphs[0].text, QStringLiteral("Anna's sentence, never saved."));
    QCOMPARE(stored->version, 3);
    QCOMPARE(chief.lockOf(id)->holder, QStringLiteral("Chief"));
    QVERIFY(!chief.lockOf(id)->hasPendingEdits);

    // Releasing frees it; deleting the article takes its lock along.
    QVERIFY(!chief.release(id));
    QVERIFY(!chief.lockOf(id));
    QVERIFY(!ben.acquire(id, &standing));
    QVERIFY(!m_store->remove(id));
    QVERIFY(!ben.lockOf(id));
}
