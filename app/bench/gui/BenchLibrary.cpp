#include "BenchLibrary.h"

#include "NewsroomText.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <unistd.h>

namespace {

// Lists of gen_parts, the temporary table the bulk INSERT picks headline parts from.
enum PartList { Subjects, Verbs, Objects, Tails, Reporters, Sections };

QUuid namespaceUuid()
{
    return QUuid(QStringLiteral("{6f1c2b7e-5d0a-4c39-9a51-0c8e2f4b7d13}"));
}

QString number(qint64 value)
{
    return QString::number(value);
}

const QStringList *const *partLists()
{
    static const QStringList *const lists[] = {
        &NewsroomText::headlineSubjects(), &NewsroomText::headlineVerbs(),
        &NewsroomText::headlineObjects(),  &NewsroomText::headlineTails(),
        &NewsroomText::reporters(),        &NewsroomText::sections()};
    return lists;
}
constexpr int partListCount = Sections + 1;

// One statement for all list-only rows: a recursive CTE counts 1..count, a few multiplicative
// hashes of n pick the headline parts, byline, section, status and counts, and `updated`
// climbs evenly from `start` over `span` seconds (epoch), so the newest row is the last.
QString bulkInsertSql(qint64 count, qint64 start, qint64 span)
{
    auto part = [](PartList list, const QString &hash, int shift) {
        return QStringLiteral("(SELECT w FROM temp.gen_parts WHERE list = %1 AND i = (%2 >> %3) %"
                              " %4)")
            .arg(int(list))
            .arg(hash)
            .arg(shift)
            .arg(partLists()[list]->size());
    };
    const QString uuid = QStringLiteral("printf('00000000-0000-4000-8000-%012x', n)");
    const QString iso = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', ");
    return QStringLiteral("WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq"
                          " WHERE n < ") +
           number(count) +
           QStringLiteral("),"
                          " hashed AS (SELECT n,"
                          "  (n * 2654435761) % 4294967296 AS h1,"
                          "  (n * 2246822519) % 4294967296 AS h2,"
                          "  (n * 3266489917) % 4294967296 AS h3,"
                          "  (n * 668265263) % 4294967296 AS h4,") +
           number(start) + QStringLiteral(" + n * ") + number(span) + QStringLiteral(" / ") +
           number(count) +
           QStringLiteral(" AS t FROM seq),"
                          " parts AS (SELECT n, t, h1, h2, h3, h4, ") +
           part(Subjects, QStringLiteral("h1"), 8) + QStringLiteral(" || ' ' || ") +
           part(Verbs, QStringLiteral("h2"), 8) + QStringLiteral(" || ' ' || ") +
           part(Objects, QStringLiteral("h3"), 8) + QStringLiteral(" || ' ' || ") +
           part(Tails, QStringLiteral("h4"), 8) + QStringLiteral(" AS headline, ") +
           part(Reporters, QStringLiteral("h2"), 16) + QStringLiteral(" AS byline, ") +
           part(Sections, QStringLiteral("h3"), 20) + QStringLiteral(" AS section, ") +
           part(Objects, QStringLiteral("h4"), 16) +
           QStringLiteral(" AS topic,"
                          "  (h3 >> 12) % 100 AS statusRoll,"
                          "  6 + (h4 >> 24) % 30 AS paragraphs,"
                          "  (h1 >> 24) % 10 AS coverageRoll"
                          " FROM hashed)"
                          " INSERT INTO articles(uuid, uri, slug, headline, summary, byline,"
                          " section, language, status, created_at, updated_at, published_at,"
                          " version, paragraph_count, attributed_count)"
                          " SELECT ") +
           uuid + QStringLiteral(", 'urn:copydesk:article:' || ") + uuid +
           QStringLiteral(", replace(lower(headline), ' ', '-'), headline,"
                          " 'Officials and residents weigh the ' || topic || ' as the '"
                          "  || lower(section) || ' desk follows the story; ' || byline"
                          "  || ' reports on what changes next and who pays for it.',"
                          " byline, section, 'en-US',"
                          " CASE WHEN statusRoll < 82 THEN 'published'"
                          "  WHEN statusRoll < 88 THEN 'approved'"
                          "  WHEN statusRoll < 93 THEN 'review' ELSE 'draft' END, ") +
           iso + QStringLiteral("t - 3600 * (1 + (h2 >> 24) % 96), 'unixepoch'), ") + iso +
           QStringLiteral("t, 'unixepoch'), CASE WHEN statusRoll < 82 THEN ") + iso +
           QStringLiteral("t, 'unixepoch') END,"
                          " 1 + (h1 >> 12) % 6, paragraphs,"
                          " CASE WHEN coverageRoll < 7 THEN paragraphs"
                          "  ELSE max(0, paragraphs - 1 - (coverageRoll % 3) * 2) END"
                          " FROM parts");
}

StoreError queryError(const QSqlQuery &query, const QString &what)
{
    return {StoreError::Kind::Unavailable,
            QCoreApplication::translate("BenchLibrary", "%1 failed: %2")
                .arg(what, query.lastError().text())};
}

StoreError fillParts(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE gen_parts(list INTEGER NOT NULL,"
                                   " i INTEGER NOT NULL, w TEXT NOT NULL,"
                                   " PRIMARY KEY(list, i)) WITHOUT ROWID")))
        return queryError(query, QStringLiteral("CREATE TEMP TABLE gen_parts"));
    const QStringList *const *lists = partLists();
    query.prepare(QStringLiteral("INSERT INTO temp.gen_parts(list, i, w) VALUES (?, ?, ?)"));
    for (int list = 0; list < partListCount; ++list) {
        for (qsizetype i = 0; i < lists[list]->size(); ++i) {
            query.bindValue(0, list);
            query.bindValue(1, i);
            query.bindValue(2, lists[list]->at(i));
            if (!query.exec())
                return queryError(query, QStringLiteral("INSERT INTO temp.gen_parts"));
        }
    }
    return {};
}

QString sqliteVersion(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
        return query.value(0).toString();
    return {};
}

} // namespace

QJsonObject LibraryInfo::toJson() const
{
    return {
        {QStringLiteral("path"), path},
        {QStringLiteral("articles"), articles},
        {QStringLiteral("listOnlyRows"), listOnlyRows},
        {QStringLiteral("fullArticles"), fullArticles},
        {QStringLiteral("longArticleId"), longArticleId},
        {QStringLiteral("longArticleWords"), longArticleWords},
        {QStringLiteral("longArticleParagraphs"), longArticleParagraphs},
        {QStringLiteral("longArticleAttributions"), longArticleAttributions},
        {QStringLiteral("reused"), reused},
        {QStringLiteral("listOnlySeconds"), listOnlySeconds},
        {QStringLiteral("fullSeconds"), fullSeconds},
        {QStringLiteral("flushSeconds"), flushSeconds},
        {QStringLiteral("totalSeconds"), totalSeconds},
        {QStringLiteral("fileBytes"), fileBytes},
        {QStringLiteral("sqliteVersion"), sqliteVersion},
    };
}

LibraryInfo LibraryInfo::fromJson(const QJsonObject &json)
{
    LibraryInfo info;
    info.path = json.value(QLatin1String("path")).toString();
    info.articles = json.value(QLatin1String("articles")).toInteger();
    info.listOnlyRows = json.value(QLatin1String("listOnlyRows")).toInteger();
    info.fullArticles = json.value(QLatin1String("fullArticles")).toInt();
    info.longArticleId = json.value(QLatin1String("longArticleId")).toInteger();
    info.longArticleWords = json.value(QLatin1String("longArticleWords")).toInt();
    info.longArticleParagraphs = json.value(QLatin1String("longArticleParagraphs")).toInt();
    info.longArticleAttributions = json.value(QLatin1String("longArticleAttributions")).toInt();
    info.reused = json.value(QLatin1String("reused")).toBool();
    info.listOnlySeconds = json.value(QLatin1String("listOnlySeconds")).toDouble();
    info.fullSeconds = json.value(QLatin1String("fullSeconds")).toDouble();
    info.flushSeconds = json.value(QLatin1String("flushSeconds")).toDouble();
    info.totalSeconds = json.value(QLatin1String("totalSeconds")).toDouble();
    info.fileBytes = json.value(QLatin1String("fileBytes")).toInteger();
    info.sqliteVersion = json.value(QLatin1String("sqliteVersion")).toString();
    return info;
}

QString BenchLibrary::fileName(qint64 articles, int words)
{
    return QStringLiteral("gui-bench-%1-articles-%2-words.sqlite").arg(articles).arg(words);
}

QUuid BenchLibrary::longArticleUuid()
{
    return QUuid::createUuidV5(namespaceUuid(), QStringLiteral("long-article"));
}

StoreError BenchLibrary::build(const QString &path, qint64 articles, int words, LibraryInfo *info)
{
    QElapsedTimer total;
    total.start();
    *info = {};
    info->path = path;
    if (QFileInfo::exists(path))
        return {StoreError::Kind::Invalid, tr("%1 already exists.").arg(path)};

    Database database;
    if (StoreError error = database.open(path))
        return error;
    // Scoped handle: Database::close() must not find it alive.
    auto connection = std::make_optional(database.connection());
    info->sqliteVersion = sqliteVersion(*connection);
    {
        // A new file that is deleted if anything goes wrong: no journal, no fsync, and a bigger
        // page cache while the indexes grow (this connection only; Database::open of the
        // finished file turns write-ahead logging on again, as it does for every file).
        QSqlQuery pragma(*connection);
        for (const QString &sql : {QStringLiteral("PRAGMA journal_mode = OFF"),
                                   QStringLiteral("PRAGMA synchronous = OFF"),
                                   QStringLiteral("PRAGMA cache_size = -262144")}) {
            if (!pragma.exec(sql))
                return queryError(pragma, sql);
        }
    }
    if (StoreError error = fillParts(*connection))
        return error;

    const qint64 ordinary = std::clamp<qint64>(articles - 1, 0, OrdinaryArticles);
    info->listOnlyRows = articles - 1 - ordinary;
    if (info->listOnlyRows > 0) {
        QElapsedTimer timer;
        timer.start();
        // Eight years of articles up to a day ago; the stored articles are newer.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 span = 8 * 365 * 86400;
        if (StoreError error = database.begin())
            return error;
        // SQLite builds an index from sorted keys far faster than it inserts a million keys in
        // random order: drop the migrations' indexes of the articles table for the insert and
        // create them again with their own SQL, in the same transaction.
        QSqlQuery statement(*connection);
        QStringList indexSql;
        if (!statement.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index'"
                                           " AND tbl_name = 'articles' AND sql IS NOT NULL")))
            return queryError(statement, QStringLiteral("reading the indexes"));
        while (statement.next())
            indexSql.append(statement.value(0).toString());
        QStringList indexNames;
        for (const QString &sql : std::as_const(indexSql)) {
            // "CREATE INDEX name ON articles(...)"
            indexNames.append(sql.section(QLatin1Char(' '), 2, 2));
        }
        QStringList steps;
        for (const QString &name : std::as_const(indexNames))
            steps.append(QStringLiteral("DROP INDEX ") + name);
        steps.append(bulkInsertSql(info->listOnlyRows, now - span - 86400, span));
        steps += indexSql;
        for (const QString &sql : std::as_const(steps)) {
            if (!statement.exec(sql)) {
                const StoreError error = queryError(statement, tr("inserting the list-only rows"));
                database.rollback();
                return error;
            }
        }
        statement.finish();
        if (StoreError error = database.commit())
            return error;
        info->listOnlySeconds = double(timer.nsecsElapsed()) / 1e9;
    }
    {
        // Back to the way Copydesk runs for everything else.
        QSqlQuery statement(*connection);
        for (const QString &sql : {QStringLiteral("DROP TABLE temp.gen_parts"),
                                   QStringLiteral("PRAGMA synchronous = NORMAL"),
                                   QStringLiteral("PRAGMA journal_mode = WAL")}) {
            if (!statement.exec(sql))
                return queryError(statement, sql);
        }
    }

    QElapsedTimer timer;
    timer.start();
    ArticleStore store(database);
    for (Source source : NewsroomText::registry()) {
        if (StoreError error = store.ensureSource(source))
            return error;
    }
    NewsroomText text;
    // The long article first, so the newest article (the one the window opens first) is an
    // ordinary one.
    Article longArticle = text.article(words, LongArticleWordsPerParagraph);
    longArticle.uuid = longArticleUuid();
    if (StoreError error = store.create(longArticle))
        return error;
    const ArticleStatus statuses[] = {ArticleStatus::Published, ArticleStatus::Draft,
                                      ArticleStatus::InReview, ArticleStatus::Approved};
    for (qint64 i = 0; i < ordinary; ++i) {
        Article article = text.article(450 + int(i % 7) * 60, 40);
        article.uuid = QUuid::createUuidV5(namespaceUuid(), QStringLiteral("article-%1").arg(i));
        article.status = statuses[i % 4];
        if (StoreError error = store.create(article))
            return error;
    }
    info->fullSeconds = double(timer.nsecsElapsed()) / 1e9;
    info->fullArticles = int(ordinary) + 1;
    info->articles = articles;
    info->longArticleId = longArticle.id;
    info->longArticleWords = longArticle.wordCount();
    info->longArticleParagraphs = int(longArticle.paragraphs.size());
    for (const Paragraph &paragraph : std::as_const(longArticle.paragraphs))
        info->longArticleAttributions += int(paragraph.attributions.size());
    {
        // Leave a checkpointed file, as a library that has been in use would be.
        QSqlQuery checkpoint(*connection);
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    connection.reset();
    database.close();
    {
        // Without a journal nothing was synced: write the file out now, or the first
        // checkpoint of whoever opens it next (the window, while being measured) would.
        QElapsedTimer flush;
        flush.start();
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || ::fsync(file.handle()) != 0)
            return {StoreError::Kind::Unavailable,
                    tr("%1: cannot write the file to disk: %2").arg(path, file.errorString())};
        info->flushSeconds = double(flush.nsecsElapsed()) / 1e9;
    }
    info->fileBytes = QFileInfo(path).size();
    info->totalSeconds = double(total.nsecsElapsed()) / 1e9;
    return {};
}

StoreError BenchLibrary::inspect(const QString &path, qint64 articles, int words, LibraryInfo *info)
{
    Q_UNUSED(words)
    *info = {};
    info->path = path;
    info->reused = true;
    Database database;
    if (StoreError error = database.open(path))
        return error;
    info->sqliteVersion = sqliteVersion(database.connection());
    ArticleStore store(database);
    StoreError error;
    const qint64 count = store.count(ArticleListQuery{}, &error);
    if (error)
        return error;
    if (count != articles)
        return {StoreError::Kind::Invalid,
                tr("%1 holds %2 articles, not %3.").arg(path).arg(count).arg(articles)};
    const std::optional<qint64> id =
        store.resolve(longArticleUuid().toString(QUuid::WithoutBraces), &error);
    if (!id)
        return error;
    const std::optional<Article> longArticle = store.load(*id, &error);
    if (!longArticle)
        return error;
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT count(DISTINCT article_id) FROM paragraphs")) ||
            !query.next())
            return queryError(query, QStringLiteral("counting stored articles"));
        info->fullArticles = query.value(0).toInt();
    }
    info->articles = count;
    info->listOnlyRows = count - info->fullArticles;
    info->longArticleId = *id;
    info->longArticleWords = longArticle->wordCount();
    info->longArticleParagraphs = int(longArticle->paragraphs.size());
    for (const Paragraph &paragraph : longArticle->paragraphs)
        info->longArticleAttributions += int(paragraph.attributions.size());
    database.close();
    info->fileBytes = QFileInfo(path).size();
    return {};
}
