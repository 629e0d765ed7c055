#include "BenchRunner.h"

#include "PosixFileBatch.h"
#include "PostgresBench.h"
#include "PublishBench.h"
#include "SpellingBench.h"
#include "SqliteReplay.h"
#include "SyntheticLibrary.h"

#include "cli/LibraryReview.h"
#include "core/ExportFormat.h"
#include "storage/FolderExport.h"

#include "core/review/Finding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BenchRunner", text);
}

constexpr int importBatchSize = 1000;
constexpr int exportArticles = 20000;

QString number(qint64 value)
{
    return QLocale::c().toString(value);
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QByteArray quotedOrNull(const QDateTime &time)
{
    return time.isValid() ? SqliteShell::quoted(isoUtc(time)) : QByteArrayLiteral("NULL");
}

QByteArray sqlNumber(qint64 value)
{
    return QByteArray::number(value);
}

QString joinedParagraphs(const Article &article)
{
    QStringList texts;
    for (const Paragraph &paragraph : article.paragraphs)
        texts.append(paragraph.text);
    return texts.join(QLatin1Char('\n'));
}

QString joinedTitles(const Article &article)
{
    QStringList texts;
    for (const MetaTitle &title : article.metaTitles)
        texts.append(title.text);
    return texts.join(QLatin1Char('\n'));
}

int attributedParagraphs(const Article &article)
{
    return int(std::count_if(article.paragraphs.cbegin(), article.paragraphs.cend(),
                             [](const Paragraph &p) { return !p.attributions.isEmpty(); }));
}

// The FTS5 expression ArticleStore builds from free text (each word quoted, the last one a
// prefix), so the sqlite3 shell runs exactly the query Copydesk runs.
QString ftsMatchExpression(const QString &search)
{
    static const QRegularExpression wordPattern(QStringLiteral("[\\w]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = wordPattern.globalMatch(search);
    while (it.hasNext())
        terms.append(QLatin1Char('"') + it.next().captured(0) + QLatin1Char('"'));
    if (!terms.isEmpty() && !search.back().isSpace())
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

const QByteArray summaryColumns =
    QByteArrayLiteral("a.id, a.uuid, a.headline, a.status, a.byline, a.updated_at, a.version,"
                      " a.paragraph_count, a.attributed_count");
const QByteArray listColumns = "SELECT " + summaryColumns + " FROM articles a";

// The first page of ArticleStore::list for a search, as the sqlite3 shell runs it.
QByteArray searchStatement(const QString &match)
{
    return "WITH ranked AS MATERIALIZED (SELECT f.rowid AS id, f.rank AS score FROM article_fts f"
           " WHERE article_fts MATCH " +
           SqliteShell::quoted(match) + " ORDER BY f.rowid DESC LIMIT " +
           QByteArray::number(ArticleStore::rankedSearchWindow) + ") SELECT " + summaryColumns +
           " FROM ranked r CROSS JOIN articles a ON a.id = r.id"
           " ORDER BY r.score, a.updated_at DESC, a.id DESC LIMIT 50 OFFSET 0;\n";
}

// The statements ArticleStore::load runs for one article.
QByteArray loadStatements(const Article &article)
{
    const QByteArray id = sqlNumber(article.id);
    QByteArray sql =
        "SELECT uuid, uri, slug, headline, summary, byline, section, language, status,"
        " created_at, updated_at, published_at, version, prev_id, next_id FROM articles"
        " WHERE id = " +
        id +
        ";\n"
        "SELECT id, uuid, text FROM paragraphs WHERE article_id = " +
        id +
        " ORDER BY position;\n"
        "SELECT a.paragraph_id, s.id, s.name, s.kind, s.url, s.notes, a.detail, a.url,"
        " a.verification, a.reviewer, a.reviewed_at, a.note FROM attributions a"
        " JOIN paragraphs p ON p.id = a.paragraph_id JOIN sources s ON s.id = a.source_id"
        " WHERE p.article_id = " +
        id +
        " ORDER BY p.position, a.position;\n"
        "SELECT text, chosen, notes FROM meta_titles WHERE article_id = " +
        id + " ORDER BY position;\n";
    if (article.previous || article.next) {
        sql += "SELECT id, uuid, uri, headline FROM articles WHERE id IN (" +
               sqlNumber(article.previous ? article.previous->id : 0) + ", " +
               sqlNumber(article.next ? article.next->id : 0) + ");\n";
    }
    return sql;
}

// A revision snapshot of the same shape and size as the one ArticleStore keeps.
QByteArray snapshotJson(const Article &article)
{
    QJsonArray paragraphs;
    for (const Paragraph &paragraph : article.paragraphs) {
        QJsonArray attributions;
        for (const Attribution &attribution : paragraph.attributions) {
            attributions.append(QJsonObject{
                {QStringLiteral("source"), attribution.sourceName},
                {QStringLiteral("detail"), attribution.detail},
                {QStringLiteral("url"), attribution.url},
                {QStringLiteral("verification"), verificationKey(attribution.verification)},
                {QStringLiteral("reviewer"), attribution.reviewer},
                {QStringLiteral("reviewedAt"), isoUtc(attribution.reviewedAt)},
                {QStringLiteral("note"), attribution.note}});
        }
        paragraphs.append(
            QJsonObject{{QStringLiteral("uuid"), paragraph.uuid.toString(QUuid::WithoutBraces)},
                        {QStringLiteral("text"), paragraph.text},
                        {QStringLiteral("attributions"), attributions}});
    }
    QJsonArray titles;
    for (const MetaTitle &title : article.metaTitles)
        titles.append(QJsonObject{{QStringLiteral("text"), title.text},
                                  {QStringLiteral("chosen"), title.chosen},
                                  {QStringLiteral("notes"), title.notes}});
    const QJsonObject json{{QStringLiteral("slug"), article.slug},
                           {QStringLiteral("headline"), article.headline},
                           {QStringLiteral("summary"), article.summary},
                           {QStringLiteral("byline"), article.byline},
                           {QStringLiteral("section"), article.section},
                           {QStringLiteral("language"), article.language},
                           {QStringLiteral("status"), articleStatusKey(article.status)},
                           {QStringLiteral("version"), article.version},
                           {QStringLiteral("updated"), isoUtc(article.updated)},
                           {QStringLiteral("paragraphs"), paragraphs},
                           {QStringLiteral("metaTitles"), titles}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// One paragraph edited the way a desk editor would: a word replaced and a clause added.
QString editedText(const QString &text, int round)
{
    QString edited = text;
    const qsizetype space = edited.indexOf(QLatin1Char(' '));
    if (space > 0)
        edited.replace(0, space, QStringLiteral("Meanwhile"));
    if (edited.endsWith(QLatin1Char('.')))
        edited.chop(1);
    return edited + QStringLiteral(", officials added in update %1.").arg(round);
}

// What ArticleStore::save runs for `after` (one paragraph changed) over `before`, as SQL.
QByteArray saveStatements(const Article &before, const Article &after, int paragraphIndex)
{
    const QByteArray id = sqlNumber(before.id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray sql = "BEGIN IMMEDIATE;\n" + loadStatements(before);
    QSet<QString> sourceKeys;
    for (const Paragraph &paragraph : after.paragraphs) {
        for (const Attribution &attribution : paragraph.attributions) {
            const QString key = ArticleStore::sourceKey(attribution.sourceName);
            if (sourceKeys.contains(key))
                continue;
            sourceKeys.insert(key);
            sql += "SELECT id, name, kind, url, notes FROM sources WHERE name_key = " +
                   SqliteShell::quoted(key) + ";\n";
        }
    }
    sql += "INSERT INTO revisions(article_id, version, saved_at, headline, snapshot) VALUES (" +
           id + ", " + sqlNumber(before.version) + ", " + quotedOrNull(before.updated) + ", " +
           SqliteShell::quoted(before.headline) + ", " +
           SqliteShell::quoted(QString::fromUtf8(snapshotJson(before))) + ");\n";
    sql += "UPDATE articles SET slug = " + SqliteShell::quoted(after.slug) +
           ", headline = " + SqliteShell::quoted(after.headline) +
           ", summary = " + SqliteShell::quoted(after.summary) +
           ", byline = " + SqliteShell::quoted(after.byline) +
           ", section = " + SqliteShell::quoted(after.section) +
           ", language = " + SqliteShell::quoted(after.language) +
           ", status = " + SqliteShell::quoted(articleStatusKey(after.status)) +
           ", updated_at = " + SqliteShell::quoted(isoUtc(now)) +
           ", published_at = " + quotedOrNull(after.published) +
           ", version = " + sqlNumber(before.version + 1) +
           ", paragraph_count = " + sqlNumber(after.paragraphs.size()) +
           ", attributed_count = " + sqlNumber(attributedParagraphs(after)) + " WHERE id = " + id +
           " AND version = " + sqlNumber(before.version) + ";\n";
    sql += "SELECT uuid, id FROM paragraphs WHERE article_id = " + id + ";\n";
    const Paragraph &paragraph = after.paragraphs.at(paragraphIndex);
    sql += "UPDATE paragraphs SET position = " + sqlNumber(paragraphIndex) +
           ", text = " + SqliteShell::quoted(paragraph.text) +
           " WHERE uuid = " + SqliteShell::quoted(paragraph.uuid.toString(QUuid::WithoutBraces)) +
           ";\n";
    // The store takes the stored search text out of the index, then indexes the new one.
    sql += "INSERT INTO article_fts(article_fts, rowid, headline, summary, body, titles)"
           " SELECT 'delete', article_id, headline, summary, body, titles FROM article_text"
           " WHERE article_id = " +
           id + ";\n";
    const QByteArray searchValues = SqliteShell::quoted(after.headline) + ", " +
                                    SqliteShell::quoted(after.summary) + ", " +
                                    SqliteShell::quoted(joinedParagraphs(after)) + ", " +
                                    SqliteShell::quoted(joinedTitles(after));
    sql += "UPDATE article_text SET (headline, summary, body, titles) = (" + searchValues +
           ") WHERE article_id = " + id + ";\n";
    sql += "INSERT INTO article_fts(rowid, headline, summary, body, titles) VALUES (" + id + ", " +
           searchValues + ");\n";
    sql += "COMMIT;\n";
    return sql;
}

ImportRows::Value textValue(const QString &text)
{
    return text.toUtf8();
}

ImportRows::Value timeOrNull(const QDateTime &time)
{
    return time.isValid() ? textValue(isoUtc(time)) : ImportRows::Value(ImportRows::Null{});
}

// The rows ArticleStore::create writes for one new article, as plain INSERTs with the row ids
// chosen up front (no look-ups): the floor for what importing can cost in SQLite.
void appendInsertRows(ImportRows &rows, const Article &article, qint64 articleId,
                      qint64 *nextParagraphId, const QHash<QString, qint64> &sourceIds,
                      const QDateTime &now)
{
    rows.insert("articles",
                "id, uuid, uri, slug, headline, summary, byline, section, language, status,"
                " created_at, updated_at, published_at, version, paragraph_count,"
                " attributed_count",
                {articleId, textValue(article.uuid.toString(QUuid::WithoutBraces)),
                 textValue(article.uri), textValue(article.slug), textValue(article.headline),
                 textValue(article.summary), textValue(article.byline), textValue(article.section),
                 textValue(article.language), textValue(articleStatusKey(article.status)),
                 timeOrNull(article.created), timeOrNull(now), timeOrNull(article.published),
                 qint64(1), qint64(article.paragraphs.size()),
                 qint64(attributedParagraphs(article))});
    for (int position = 0; position < article.paragraphs.size(); ++position) {
        const Paragraph &paragraph = article.paragraphs.at(position);
        const qint64 paragraphId = (*nextParagraphId)++;
        rows.insert("paragraphs", "id, article_id, uuid, position, text",
                    {paragraphId, articleId,
                     textValue(paragraph.uuid.toString(QUuid::WithoutBraces)), qint64(position),
                     textValue(paragraph.text)});
        for (int i = 0; i < paragraph.attributions.size(); ++i) {
            const Attribution &attribution = paragraph.attributions.at(i);
            rows.insert("attributions",
                        "paragraph_id, source_id, position, detail, url, verification, reviewer,"
                        " reviewed_at, note",
                        {paragraphId,
                         sourceIds.value(ArticleStore::sourceKey(attribution.sourceName)),
                         qint64(i), textValue(attribution.detail), textValue(attribution.url),
                         textValue(verificationKey(attribution.verification)),
                         textValue(attribution.reviewer), timeOrNull(attribution.reviewedAt),
                         textValue(attribution.note)});
        }
    }
    for (int i = 0; i < article.metaTitles.size(); ++i) {
        const MetaTitle &title = article.metaTitles.at(i);
        rows.insert("meta_titles", "article_id, position, text, chosen, notes",
                    {articleId, qint64(i), textValue(title.text), qint64(title.chosen ? 1 : 0),
                     textValue(title.notes)});
    }
    // The store writes the search text and its index entry itself (no triggers since schema 4).
    const ImportRows::Value headline = textValue(article.headline);
    const ImportRows::Value summary = textValue(article.summary);
    const ImportRows::Value body = textValue(joinedParagraphs(article));
    const ImportRows::Value titles = textValue(joinedTitles(article));
    rows.insert("article_text", "headline, summary, body, titles, article_id",
                {headline, summary, body, titles, articleId});
    rows.insert("article_fts", "headline, summary, body, titles, rowid",
                {headline, summary, body, titles, articleId});
}

} // namespace

BenchRunner::BenchRunner(const BenchOptions &options, Report &report, QTextStream &log)
    : m_options(options)
    , m_report(report)
    , m_log(log)
    , m_databasePath(QDir(options.directory).filePath(QStringLiteral("copydesk-bench.sqlite")))
    , m_sqlite(options.directory)
{
    m_sqlite.setKeepScripts(options.keepFiles);
}

QStringList BenchRunner::benchmarkNames()
{
    return storageBenchmarkNames() + QStringList{QStringLiteral("spell"), QStringLiteral("publish"),
                                                 QStringLiteral("postgres")};
}

QStringList BenchRunner::storageBenchmarkNames()
{
    return {QStringLiteral("import"), QStringLiteral("create"), QStringLiteral("open"),
            QStringLiteral("list"),   QStringLiteral("search"), QStringLiteral("load"),
            QStringLiteral("save"),   QStringLiteral("export"), QStringLiteral("check")};
}

bool BenchRunner::selected(const QString &name) const
{
    return m_options.only.isEmpty() || m_options.only.contains(name);
}

QString BenchRunner::pathInDirectory(const QString &name) const
{
    return QDir(m_options.directory).filePath(name);
}

void BenchRunner::progress(const QString &message)
{
    m_log << QStringLiteral("[%1 s] ").arg(double(m_clock.elapsed()) / 1000.0, 6, 'f', 1) << message
          << '\n';
    m_log.flush();
}

bool BenchRunner::check(const StoreError &error, const QString &what)
{
    if (!error)
        return true;
    if (m_failure.isEmpty())
        m_failure = tr("%1 failed: %2").arg(what, error.message);
    return false;
}

int BenchRunner::probeOpen(const QString &location, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    Database database;
    const StoreError error = database.open(location);
    const qint64 elapsed = timer.nsecsElapsed();
    if (error) {
        out << error.message << '\n';
        return 3;
    }
    out << elapsed << '\n';
    return 0;
}

void BenchRunner::removeFiles() const
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_databasePath + suffix);
    QFile::remove(pathInDirectory(QStringLiteral("copydesk-bench.json")));
    for (const ExportFormat format : ExportFormats::all())
        QDir(pathInDirectory(QStringLiteral("export-") + ExportFormats::key(format)))
            .removeRecursively();
    // Only left behind when the run was interrupted.
    QDir(pathInDirectory(QStringLiteral("export-reference"))).removeRecursively();
    for (const QString &path : m_spellingFiles) {
        if (QFileInfo(path).isDir())
            QDir(path).removeRecursively();
        else
            QFile::remove(path);
    }
}

// Wall-clock rates suffer when other processes share the cores; CPU time does much less.
QString BenchRunner::cpuNote(std::clock_t cpu, qint64 articles)
{
    const double seconds = double(cpu) / CLOCKS_PER_SEC;
    if (seconds <= 0)
        return {};
    return tr("CPU time %1 µs per article (%2 /s of CPU)")
        .arg(seconds * 1e6 / double(articles), 0, 'f', 0)
        .arg(number(qint64(double(articles) / seconds)));
}

void BenchRunner::compareWithSqlite(BenchResult &result, const std::optional<double> &figure,
                                    const QString &how)
{
    QString note;
    if (figure) {
        result.reference = figure;
        note = how;
    } else {
        note = tr("sqlite3 comparison failed: %1").arg(m_sqlite.lastError());
    }
    if (!note.isEmpty())
        result.note = result.note.isEmpty() ? note : result.note + QStringLiteral("; ") + note;
}

QList<qint64> BenchRunner::distinctRandomIds(int count, quint32 seed) const
{
    QList<qint64> ids = m_ids;
    QRandomGenerator random(seed);
    // Partial Fisher-Yates: the first `count` places end up a uniform sample without repeats.
    const qsizetype wanted = std::min<qsizetype>(count, ids.size());
    for (qsizetype i = 0; i < wanted; ++i)
        std::swap(ids[i], ids[i + random.bounded(int(ids.size() - i))]);
    ids.resize(wanted);
    return ids;
}

// The 1-minute load average: other processes on the same cores make every figure noisier.
double BenchRunner::loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 0).toDouble();
}

QList<qint64> BenchRunner::randomIds(int count, quint32 seed) const
{
    QRandomGenerator random(seed);
    QList<qint64> ids;
    ids.reserve(count);
    for (int i = 0; i < count; ++i)
        ids.append(m_ids.at(random.bounded(int(m_ids.size()))));
    return ids;
}

bool BenchRunner::run()
{
    m_clock.start();
    const double loadAtStart = loadAverage();
    const QStringList storage = storageBenchmarkNames();
    const bool needsLibrary = std::any_of(storage.cbegin(), storage.cend(),
                                          [this](const QString &name) { return selected(name); });
    bool ok = true;
    if (needsLibrary) {
        ok = runStorage();
        if (!ok) // as before: a failed store operation ends the run
            return false;
    } else {
        describeMachine();
    }
    if (selected(QStringLiteral("spell")))
        ok = runSpelling();
    if (ok && selected(QStringLiteral("publish")))
        ok = runPublishing();
    if (ok && selected(QStringLiteral("postgres")))
        ok = runPostgres();
    const double loadAtEnd = loadAverage();
    m_environment.insert(QStringLiteral("loadAverageAtStart"), loadAtStart);
    m_environment.insert(QStringLiteral("loadAverageAtEnd"), loadAtEnd);
    m_report.setEnvironment(m_environment);
    m_report.addNote(tr("Total run time of the benchmark: %1 s; 1-minute load average %2 at the "
                        "start, %3 at the end (on %4 cores).")
                         .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1)
                         .arg(loadAtStart, 0, 'f', 2)
                         .arg(loadAtEnd, 0, 'f', 2)
                         .arg(QThread::idealThreadCount()));
    return ok;
}

bool BenchRunner::runStorage()
{
    m_sqliteAvailable = m_sqlite.isAvailable();
    if (!m_sqliteAvailable)
        m_report.addNote(m_sqlite.lastError());

    if (!populate())
        return false;
    if (selected(QStringLiteral("create")) && !benchCreate())
        return false;
    if (selected(QStringLiteral("open")) && !benchOpen())
        return false;

    Database database;
    if (!check(database.open(m_databasePath), tr("opening %1").arg(m_databasePath)))
        return false;
    describeEnvironment(database);
    ArticleStore store(database);
    return (!selected(QStringLiteral("list")) || benchList(store)) &&
           (!selected(QStringLiteral("search")) || benchSearch(store)) &&
           (!selected(QStringLiteral("load")) || benchLoad(store)) &&
           (!selected(QStringLiteral("save")) ||
            (benchSave(store, false) && benchOptimize(store) && benchSave(store, true))) &&
           (!selected(QStringLiteral("export")) || benchExport(store)) &&
           (!selected(QStringLiteral("check")) || benchCheck(database));
}

bool BenchRunner::runSpelling()
{
    SpellingBench bench(m_options.directory, m_report,
                        [this](const QString &message) { progress(message); });
    SpellingBench::Options options;
    options.words = m_options.spellWords;
    bench.setOptions(options);
    const bool ok = bench.run();
    m_spellingFiles = bench.files();
    const QJsonObject spelling = bench.environment();
    for (auto it = spelling.constBegin(); it != spelling.constEnd(); ++it)
        m_environment.insert(it.key(), it.value());
    if (!ok && m_failure.isEmpty())
        m_failure = bench.failure();
    return ok;
}

bool BenchRunner::runPublishing()
{
    PublishBench bench(m_options.directory, m_report,
                       [this](const QString &message) { progress(message); });
    bench.setKeepFiles(m_options.keepFiles);
    const bool ok = bench.run();
    if (!ok && m_failure.isEmpty())
        m_failure = bench.failure();
    return ok;
}

bool BenchRunner::runPostgres()
{
    if (m_options.postgresUrl.isEmpty()) {
        m_report.addNote(tr("postgres: skipped (no --postgres URL of an empty database)."));
        return true;
    }
    PostgresBench bench(m_options.postgresUrl, m_report,
                        [this](const QString &message) { progress(message); });
    bench.setArticles(m_options.articles);
    const bool ok = bench.run();
    const QJsonObject postgres = bench.environment();
    for (auto it = postgres.constBegin(); it != postgres.constEnd(); ++it)
        m_environment.insert(it.key(), it.value());
    if (!ok && m_failure.isEmpty())
        m_failure = bench.failure();
    return ok;
}

QString BenchRunner::cpuName()
{
    QFile cpuInfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuInfo.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(cpuInfo.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("model name")))
            return line.section(QLatin1Char(':'), 1).trimmed();
    }
    return {};
}

void BenchRunner::describeMachine()
{
    const QString cpu = cpuName();
    m_environment = QJsonObject{
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("cpu"), cpu},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
    };
    m_report.addNote(
        tr("Environment: Qt %1, %2 × %3, %4.")
            .arg(QString::fromLatin1(qVersion()))
            .arg(QThread::idealThreadCount())
            .arg(cpu.isEmpty() ? tr("unknown CPU") : cpu, QSysInfo::prettyProductName()));
}

void BenchRunner::describeEnvironment(Database &database)
{
    QString sqliteVersion;
    QSqlQuery query(database.connection());
    if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
        sqliteVersion = query.value(0).toString();
    const QString cpu = cpuName();
    const QJsonObject environment{
        {QStringLiteral("articles"), m_options.articles},
        {QStringLiteral("seed"), qint64(SyntheticLibrary::defaultSeed)},
        {QStringLiteral("database"), m_databasePath},
        {QStringLiteral("databaseBytes"), QFileInfo(m_databasePath).size()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("sqliteLibrary"), sqliteVersion},
        {QStringLiteral("sqliteShell"), m_sqlite.version()},
        {QStringLiteral("cpu"), cpu},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
    };
    m_environment = environment;
    m_report.addNote(
        tr("Environment: %1 articles, SQLite library %2, sqlite3 shell %3, Qt %4, "
           "%5 × %6, %7; database file %8 MB.")
            .arg(number(m_options.articles), sqliteVersion,
                 m_sqlite.version().isEmpty() ? tr("absent") : m_sqlite.version(),
                 QString::fromLatin1(qVersion()))
            .arg(QThread::idealThreadCount())
            .arg(cpu.isEmpty() ? tr("unknown CPU") : cpu, QSysInfo::prettyProductName())
            .arg(double(QFileInfo(m_databasePath).size()) / 1e6, 0, 'f', 1));
}

// ---------------------------------------------------------------------------------------------
// The library: import (measured) or reuse

bool BenchRunner::reuseExistingLibrary()
{
    QFile infoFile(pathInDirectory(QStringLiteral("copydesk-bench.json")));
    if (!QFileInfo::exists(m_databasePath) || !infoFile.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject info = QJsonDocument::fromJson(infoFile.readAll()).object();
    if (info.value(QLatin1String("articles")).toInt() != m_options.articles ||
        info.value(QLatin1String("seed")).toInteger() != qint64(SyntheticLibrary::defaultSeed))
        return false;
    Database database;
    if (database.open(m_databasePath))
        return false;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM articles ORDER BY id")))
        return false;
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (ids.size() != m_options.articles)
        return false;
    m_ids = ids;
    m_rareNoun = info.value(QLatin1String("rareNoun")).toString();
    progress(tr("Reusing the library of %1 articles in %2 (the import is not measured).")
                 .arg(number(m_options.articles), m_databasePath));
    return true;
}

void BenchRunner::writeLibraryInfo() const
{
    QSaveFile file(pathInDirectory(QStringLiteral("copydesk-bench.json")));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(
        QJsonDocument(QJsonObject{{QStringLiteral("articles"), m_options.articles},
                                  {QStringLiteral("seed"), qint64(SyntheticLibrary::defaultSeed)},
                                  {QStringLiteral("rareNoun"), m_rareNoun}})
            .toJson());
    file.commit();
}

bool BenchRunner::populate()
{
    const bool measured = selected(QStringLiteral("import"));
    if (!measured && reuseExistingLibrary())
        return true;

    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_databasePath + suffix);
    Database database;
    if (!check(database.open(m_databasePath), tr("creating %1").arg(m_databasePath)))
        return false;
    ArticleStore store(database);
    SyntheticLibrary library;
    for (const QString &word : {SyntheticLibrary::commonWord(), SyntheticLibrary::twoWordQuery()}) {
        for (const QString &part : word.split(QLatin1Char(' '))) {
            if (!library.isVocabularyWord(part)) {
                m_failure =
                    tr("The query word “%1” is not in the generator's vocabulary.").arg(part);
                return false;
            }
        }
    }

    const int total = m_options.articles;
    const int rareIndex = total / 2;
    progress(tr("Generating and importing %1 articles in batches of %2 into %3…")
                 .arg(number(total))
                 .arg(importBatchSize)
                 .arg(m_databasePath));
    qint64 generateNs = 0;
    qint64 importNs = 0;
    std::clock_t importCpu = 0;
    Samples linkSamples;
    QElapsedTimer timer;
    m_ids.clear();
    m_ids.reserve(total);
    m_importBatchNs.clear();
    while (library.generatedCount() < total) {
        timer.start();
        QList<ImportedArticle> batch;
        const int size = std::min(importBatchSize, total - library.generatedCount());
        batch.reserve(size);
        for (int i = 0; i < size; ++i) {
            batch.append(library.next());
            if (library.generatedCount() - 1 == rareIndex)
                m_rareNoun = library.lastUniqueNoun();
        }
        generateNs += timer.nsecsElapsed();

        ImportReport importReport;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        const StoreError error = store.importArticles(std::move(batch), &importReport);
        const qint64 batchNs = timer.nsecsElapsed();
        importCpu += std::clock() - cpuStart;
        if (!check(error, tr("importing")))
            return false;
        importNs += batchNs;
        m_importBatchNs.append(batchNs);
        const qsizetype firstNew = m_ids.size();
        m_ids.append(importReport.ids);

        // Every 10th article continues the series of the article before it.
        if (!check(database.begin(), tr("linking")))
            return false;
        for (qsizetype i = std::max<qsizetype>(firstNew, 1); i < m_ids.size(); ++i) {
            if (i % 10 != 0)
                continue;
            timer.start();
            const StoreError linkError = store.link(m_ids.at(i - 1), m_ids.at(i));
            linkSamples.add(timer.nsecsElapsed());
            if (!check(linkError, tr("linking")))
                return false;
        }
        if (!check(database.commit(), tr("linking")))
            return false;

        if (m_importBatchNs.size() % 10 == 0 || library.generatedCount() == total) {
            progress(tr("  %1 articles imported (%2 articles/s so far)")
                         .arg(number(library.generatedCount()))
                         .arg(number(qint64(double(m_ids.size()) / (double(importNs) / 1e9)))));
        }
    }
    std::sort(m_ids.begin(), m_ids.end());
    writeLibraryInfo();

    const QString generation =
        tr("Generating the %1 synthetic articles took %2 s (not included in any figure).")
            .arg(number(total))
            .arg(double(generateNs) / 1e9, 0, 'f', 1);
    progress(generation);
    if (!measured)
        return true;
    m_report.addNote(generation);

    BenchResult all = BenchResult::fromRate(QStringLiteral("import"),
                                            tr("import %1 articles (importArticles, %2 per call)")
                                                .arg(number(total))
                                                .arg(importBatchSize),
                                            total, double(importNs) / 1e9);
    all.target = Target{Target::Kind::AtLeast, 5000};
    // The index grows with the library; show how the rate moves from the first to the last tenth.
    const qsizetype batches = m_importBatchNs.size();
    const qsizetype tenth = std::max<qsizetype>(1, batches / 10);
    auto batchArticles = [total, batches](qsizetype batch) {
        return batch == batches - 1 ? qint64(total) - batch * importBatchSize
                                    : qint64(importBatchSize);
    };
    qint64 firstNs = 0;
    qint64 lastNs = 0;
    qint64 firstCount = 0;
    qint64 lastCount = 0;
    for (qsizetype i = 0; i < tenth; ++i) {
        firstNs += m_importBatchNs.at(i);
        firstCount += batchArticles(i);
        lastNs += m_importBatchNs.at(batches - 1 - i);
        lastCount += batchArticles(batches - 1 - i);
    }
    all.note = tr("first tenth %1 /s, last tenth %2 /s; %3 ms per call of %4; %5")
                   .arg(number(qint64(double(firstCount) / (double(firstNs) / 1e9))),
                        number(qint64(double(lastCount) / (double(lastNs) / 1e9))))
                   .arg(double(importNs) / 1e6 / double(m_importBatchNs.size()), 0, 'f', 1)
                   .arg(importBatchSize)
                   .arg(cpuNote(importCpu, total));
    m_report.add(all);

    BenchResult links = BenchResult::fromSamples(
        QStringLiteral("link"), tr("link(prev, next) during import (every 10th article)"),
        linkSamples);
    m_report.add(links);
    return true;
}

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

// The rows both references write: the source registry, then `count` articles, one transaction
// per importBatchSize articles as importArticles() commits them. Built once, before any timing.
const ImportRows &BenchRunner::importRows(int count)
{
    if (!m_importRows.isEmpty())
        return m_importRows;
    SyntheticLibrary library;
    QHash<QString, qint64> sourceIds;
    m_importRows.begin();
    const QList<Source> &registry = library.registry();
    for (qsizetype i = 0; i < registry.size(); ++i) {
        const Source &source = registry.at(i);
        const QString key = ArticleStore::sourceKey(source.name);
        sourceIds.insert(key, i + 1);
        m_importRows.insert("sources", "id, name, name_key, kind, url, notes",
                            {qint64(i + 1), textValue(source.name), textValue(key),
                             textValue(sourceKindKey(source.kind)), textValue(source.url),
                             textValue(source.notes)});
    }
    qint64 paragraphId = 1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        if (i > 0 && i % importBatchSize == 0) {
            m_importRows.commit();
            m_importRows.begin();
        }
        appendInsertRows(m_importRows, library.next().article, i + 1, &paragraphId, sourceIds, now);
    }
    m_importRows.commit();
    return m_importRows;
}

// A fresh file with the schema made by Copydesk's own migrations, for a reference to write into.
bool BenchRunner::createSchemaOnly(const QString &path, QString *error)
{
    removeDatabaseFiles(path);
    Database schemaOnly;
    if (StoreError failure = schemaOnly.open(path)) {
        *error = failure.message;
        return false;
    }
    schemaOnly.close();
    return true;
}

std::optional<double> BenchRunner::sqliteImportRound(int count)
{
    if (m_sqliteImportScript.isEmpty())
        m_sqliteImportScript = SqliteShell::connectionPrologue() + importRows(count).toScript();

    const QString path = pathInDirectory(QStringLiteral("compare-sqlite3.sqlite"));
    if (!createSchemaOnly(path, &m_sqliteImportError))
        return std::nullopt;
    const std::optional<double> ms = m_sqlite.differenceMs(
        path, m_sqliteImportScript, path,
        SqliteShell::connectionPrologue() + "SELECT count(*) FROM sqlite_master;\n", 1);
    removeDatabaseFiles(path);
    if (!ms || *ms <= 0) {
        m_sqliteImportError = m_sqlite.lastError();
        return std::nullopt;
    }
    return double(count) / (*ms / 1000.0);
}

std::optional<BenchRunner::WriteRound> BenchRunner::sqliteApiRound(int count)
{
    const ImportRows &rows = importRows(count);
    const QString path = pathInDirectory(QStringLiteral("compare-sqlite-api.sqlite"));
    if (!createSchemaOnly(path, &m_sqliteApiError))
        return std::nullopt;
    SqliteReplay replay;
    const std::optional<qint64> ns = replay.run(path, rows);
    removeDatabaseFiles(path);
    if (!ns || *ns <= 0) {
        m_sqliteApiError = replay.lastError();
        return std::nullopt;
    }
    return WriteRound{double(count) / (double(*ns) / 1e9), replay.lastCpu()};
}

std::optional<BenchRunner::WriteRound> BenchRunner::writeRound(bool viaImport, int count)
{
    const QString path = pathInDirectory(QStringLiteral("compare-write.sqlite"));
    removeDatabaseFiles(path);
    WriteRound round;
    {
        Database database;
        if (!check(database.open(path), tr("creating %1").arg(path)))
            return std::nullopt;
        ArticleStore store(database);
        SyntheticLibrary library;
        QElapsedTimer timer;
        qint64 elapsedNs = 0;
        while (library.generatedCount() < count) {
            QList<ImportedArticle> batch;
            const int size = std::min(importBatchSize, count - library.generatedCount());
            for (int i = 0; i < size; ++i)
                batch.append(library.next());
            const std::clock_t cpuStart = std::clock();
            timer.start();
            if (viaImport) {
                if (!check(store.importArticles(std::move(batch)), tr("importArticles()")))
                    return std::nullopt;
            } else {
                if (!check(database.begin(), tr("create()")))
                    return std::nullopt;
                for (ImportedArticle &item : batch) {
                    if (!check(store.create(item.article), tr("create()"))) {
                        database.rollback();
                        return std::nullopt;
                    }
                }
                if (!check(database.commit(), tr("create()")))
                    return std::nullopt;
            }
            elapsedNs += timer.nsecsElapsed();
            round.cpu += std::clock() - cpuStart;
        }
        round.rate = double(count) / (double(elapsedNs) / 1e9);
    }
    removeDatabaseFiles(path);
    return round;
}

// importArticles(), create(), the sqlite3 shell and SQLite's C API write the same first articles
// into fresh files, in interleaved rounds so that all four see the same machine load; the best
// round counts.
bool BenchRunner::benchCreate()
{
    const int count = std::min(m_options.articles, comparisonArticles);
    constexpr int rounds = 3;
    progress(tr("Writing the first %1 articles with importArticles(), create(), the sqlite3 "
                "shell and SQLite's C API, %2 interleaved rounds…")
                 .arg(number(count))
                 .arg(rounds));
    importRows(count); // before any round: building the rows is not part of any figure
    std::optional<WriteRound> bestImport;
    std::optional<WriteRound> bestCreate;
    std::optional<double> bestSqlite;
    std::optional<WriteRound> bestApi;
    for (int i = 0; i < rounds; ++i) {
        const std::optional<WriteRound> imported = writeRound(true, count);
        const std::optional<WriteRound> created =
            imported ? writeRound(false, count) : std::nullopt;
        if (!imported || !created)
            return false;
        if (!bestImport || imported->rate > bestImport->rate)
            bestImport = imported;
        if (!bestCreate || created->rate > bestCreate->rate)
            bestCreate = created;
        if (m_sqliteAvailable && m_sqliteImportError.isEmpty()) {
            const std::optional<double> sqlite = sqliteImportRound(count);
            if (sqlite && (!bestSqlite || *sqlite > *bestSqlite))
                bestSqlite = sqlite;
        }
        if (m_sqliteApiError.isEmpty()) {
            const std::optional<WriteRound> api = sqliteApiRound(count);
            if (api && (!bestApi || api->rate > bestApi->rate))
                bestApi = api;
        }
    }
    const QString how = tr("sqlite3: the same rows as plain INSERTs with ids chosen up front, one "
                           "transaction per %1 articles")
                            .arg(importBatchSize);
    const QString failure = m_sqliteImportError.isEmpty()
                                ? QString()
                                : tr("sqlite3 comparison failed: %1").arg(m_sqliteImportError);

    BenchResult imported = BenchResult::fromRate(
        QStringLiteral("create.import"),
        tr("importArticles(), first %1 articles (fresh file)").arg(number(count)), count,
        double(count) / bestImport->rate);
    imported.note = tr("best of %1 rounds; %2").arg(rounds).arg(cpuNote(bestImport->cpu, count));
    BenchResult created =
        BenchResult::fromRate(QStringLiteral("create"),
                              tr("create(), first %1 articles (begin/commit per %2)")
                                  .arg(number(count))
                                  .arg(importBatchSize),
                              count, double(count) / bestCreate->rate);
    created.note = tr("best of %1 rounds; %2").arg(rounds).arg(cpuNote(bestCreate->cpu, count));
    if (bestSqlite) {
        imported.reference = bestSqlite;
        created.reference = bestSqlite;
        imported.note += QStringLiteral("; ") + how;
    } else if (m_sqliteAvailable) {
        imported.note += QStringLiteral("; ") + failure;
    }
    // The shell parses every INSERT afresh, so it is no floor; the C API row is.
    BenchResult api = BenchResult::fromRate(
        QStringLiteral("create.sqliteApi"),
        tr("SQLite C API, first %1 articles (prepared statements, no Qt)").arg(number(count)),
        count, bestApi ? double(count) / bestApi->rate : 0);
    if (bestApi) {
        api.note = tr("best of %1 rounds; %2; the floor: what SQLite itself does with the same "
                      "rows and schema, without Qt or Copydesk (one prepared statement per "
                      "table, values bound, one transaction per %3 articles, Copydesk's PRAGMAs)")
                       .arg(rounds)
                       .arg(cpuNote(bestApi->cpu, count))
                       .arg(importBatchSize);
        imported.note +=
            QStringLiteral("; ") + tr("%1x the time per article of SQLite's C API (the floor)")
                                       .arg(bestApi->rate / bestImport->rate, 0, 'f', 2);
    } else {
        api.note = tr("SQLite C API comparison failed: %1").arg(m_sqliteApiError);
    }
    m_report.add(imported);
    m_report.add(created);
    m_report.add(api);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Reading

bool BenchRunner::benchOpen()
{
    progress(tr("Opening the %1-article file…").arg(number(m_options.articles)));
    // Same process, a new Database object (new connection, schema not cached) each time.
    Samples sameProcess;
    QElapsedTimer timer;
    for (int i = 0; i < 32; ++i) {
        auto database = std::make_unique<Database>();
        timer.start();
        const StoreError error = database->open(m_databasePath);
        const qint64 elapsed = timer.nsecsElapsed();
        if (!check(error, tr("opening %1").arg(m_databasePath)))
            return false;
        if (i >= 2) // warm-up
            sameProcess.add(elapsed);
    }
    BenchResult result = BenchResult::fromSamples(
        QStringLiteral("open"), tr("open (new Database object, same process)"), sameProcess);
    result.target = Target{Target::Kind::AtMost, 50};

    // A new process, as when the GUI or the CLI starts: includes loading the SQLite plugin.
    Samples newProcess;
    for (int i = 0; i < 7; ++i) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--probe-open"), m_databasePath});
        bool ok = false;
        qint64 nanoseconds = 0;
        if (child.waitForFinished(60000) && child.exitCode() == 0)
            nanoseconds =
                QString::fromUtf8(child.readAllStandardOutput()).trimmed().toLongLong(&ok);
        if (!ok) {
            m_failure =
                tr("The open probe failed: %1")
                    .arg(QString::fromUtf8(child.readAllStandardOutput()) +
                         QString::fromUtf8(child.readAllStandardError()) + child.errorString());
            return false;
        }
        if (i >= 2)
            newProcess.add(nanoseconds);
    }
    BenchResult cold =
        BenchResult::fromSamples(QStringLiteral("open.process"),
                                 tr("open (new process, incl. loading the driver)"), newProcess);
    cold.target = Target{Target::Kind::AtMost, 50};

    if (m_sqliteAvailable) {
        const QByteArray openScript =
            SqliteShell::connectionPrologue() +
            "PRAGMA journal_mode = WAL;\n"
            "SELECT name FROM sqlite_master WHERE type = 'table';\n"
            "SELECT key, value FROM copydesk_meta WHERE key IN ('application',"
            " 'schema_version');\n";
        const std::optional<double> ms = m_sqlite.differenceMs(
            m_databasePath, openScript, QStringLiteral(":memory:"), "SELECT 1;\n", 15);
        compareWithSqlite(result, ms,
                          tr("sqlite3: a shell opening the file and running Copydesk's PRAGMAs "
                             "and schema checks, minus a shell on :memory:"));
        compareWithSqlite(cold, ms, {});
    }
    m_report.add(result);
    m_report.add(cold);
    return true;
}

bool BenchRunner::benchList(ArticleStore &store)
{
    progress(tr("list --limit 50…"));
    const ArticleListQuery query; // the default: newest first, 50 rows
    StoreError error;
    bool wrongRows = false;
    const Samples samples = measure(10, 500, 4000, [&] {
        const QList<ArticleSummary> rows = store.list(query, &error);
        wrongRows = rows.size() != std::min(50, m_options.articles);
        return !error && !wrongRows;
    });
    if (!check(error, tr("list")))
        return false;
    if (wrongRows) {
        m_failure = tr("list returned the wrong number of rows");
        return false;
    }
    BenchResult result = BenchResult::fromSamples(QStringLiteral("list"),
                                                  tr("list --limit 50 (newest first)"), samples);
    result.target = Target{Target::Kind::AtMost, 30};
    if (m_sqliteAvailable) {
        const QByteArray sql =
            listColumns + " ORDER BY a.updated_at DESC, a.id DESC LIMIT 50 OFFSET 0;\n";
        compareWithSqlite(result,
                          m_sqlite.perOperationMs(m_databasePath, SqliteShell::connectionPrologue(),
                                                  QList<QByteArray>(200, sql), 3),
                          {});
    }
    m_report.add(result);
    return true;
}

bool BenchRunner::benchSearch(ArticleStore &store)
{
    struct SearchCase
    {
        QString id;
        QString label;
        QString text;
    };
    const QList<SearchCase> cases = {
        {QStringLiteral("search.common"), tr("search top 50: common word “%1”"),
         SyntheticLibrary::commonWord()},
        {QStringLiteral("search.rare"), tr("search top 50: rare proper noun “%1”"), m_rareNoun},
        {QStringLiteral("search.two"), tr("search top 50: two words “%1”"),
         SyntheticLibrary::twoWordQuery()},
    };
    for (const SearchCase &searchCase : cases) {
        progress(tr("search “%1”…").arg(searchCase.text));
        ArticleListQuery query;
        query.search = searchCase.text;
        StoreError error;
        const qint64 hits = store.count(query, &error);
        if (!check(error, tr("search")))
            return false;
        bool wrongRows = false;
        const Samples samples = measure(3, 200, 4000, [&] {
            const QList<ArticleSummary> rows = store.list(query, &error);
            wrongRows = rows.size() != std::min<qint64>(50, hits);
            return !error && !wrongRows;
        });
        if (!check(error, tr("search")))
            return false;
        if (wrongRows) {
            m_failure = tr("search “%1” returned the wrong number of rows").arg(searchCase.text);
            return false;
        }
        BenchResult result =
            BenchResult::fromSamples(searchCase.id, searchCase.label.arg(searchCase.text), samples);
        result.target = Target{Target::Kind::AtMost, 20};
        result.note = tr("%1 matching articles (FTS expression %2), ranked among the newest %3")
                          .arg(number(hits), ftsMatchExpression(searchCase.text),
                               number(ArticleStore::rankedSearchWindow));

        // The list shows how many match, so the GUI counts every search too.
        qint64 counted = 0;
        const Samples countSamples = measure(3, 200, 4000, [&] {
            counted = store.count(query, &error);
            return !error;
        });
        if (!check(error, tr("count")))
            return false;
        BenchResult countResult = BenchResult::fromSamples(
            searchCase.id + QStringLiteral(".count"),
            tr("count matches: “%1” (%2)").arg(searchCase.text, number(counted)), countSamples);

        if (m_sqliteAvailable) {
            const QString match = ftsMatchExpression(searchCase.text);
            // Enough repetitions for about a second of work.
            const auto repetitions = [](const Samples &measured) {
                return int(std::clamp(1000.0 / std::max(0.01, measured.meanMs()), 3.0, 300.0));
            };
            compareWithSqlite(result,
                              m_sqlite.perOperationMs(
                                  m_databasePath, SqliteShell::connectionPrologue(),
                                  QList<QByteArray>(repetitions(samples), searchStatement(match)),
                                  3),
                              {});
            const QByteArray countSql =
                "SELECT count(*) FROM article_fts WHERE article_fts MATCH " +
                SqliteShell::quoted(match) + ";\n";
            compareWithSqlite(
                countResult,
                m_sqlite.perOperationMs(m_databasePath, SqliteShell::connectionPrologue(),
                                        QList<QByteArray>(repetitions(countSamples), countSql), 3),
                {});
        }
        m_report.add(result);
        m_report.add(countResult);
    }
    return true;
}

bool BenchRunner::benchLoad(ArticleStore &store)
{
    progress(tr("load: 1,000 random articles…"));
    StoreError error;
    for (qint64 id : randomIds(50, 7)) {
        if (!store.load(id, &error))
            return check(error, tr("load"));
    }
    const QList<qint64> ids = randomIds(1000, 11);
    Samples samples;
    QList<Article> loaded;
    loaded.reserve(ids.size());
    QElapsedTimer timer;
    for (qint64 id : ids) {
        timer.start();
        std::optional<Article> article = store.load(id, &error);
        samples.add(timer.nsecsElapsed());
        if (!article)
            return check(error, tr("load %1").arg(id));
        loaded.append(std::move(*article));
    }
    BenchResult result =
        BenchResult::fromSamples(QStringLiteral("load"), tr("load one article"), samples);
    result.target = Target{Target::Kind::AtMost, 2};
    if (m_sqliteAvailable) {
        QList<QByteArray> operations;
        for (const Article &article : std::as_const(loaded))
            operations.append("BEGIN;\n" + loadStatements(article) + "COMMIT;\n");
        compareWithSqlite(result,
                          m_sqlite.perOperationMs(m_databasePath, SqliteShell::connectionPrologue(),
                                                  operations, 3),
                          tr("sqlite3: the 4-5 SELECTs ArticleStore::load runs in one read "
                             "transaction, for the same ids"));
    }
    m_report.add(result);
    return true;
}

bool BenchRunner::benchOptimize(ArticleStore &store)
{
    progress(tr("optimizing the full-text index…"));
    Samples samples;
    QElapsedTimer timer;
    timer.start();
    if (!check(store.optimizeSearchIndex(), tr("optimizeSearchIndex")))
        return false;
    samples.add(timer.nsecsElapsed());
    BenchResult result = BenchResult::fromSamples(
        QStringLiteral("optimize"), tr("optimizeSearchIndex() once, after the import"), samples);
    result.note = tr("merges the full-text index that the bulk import left in large segments; "
                     "the saves measured after it show what it is for");
    m_report.add(result);
    return true;
}

bool BenchRunner::benchSave(ArticleStore &store, bool afterOptimize)
{
    progress(afterOptimize
                 ? tr("save again after optimizeSearchIndex(), 500 other random articles…")
                 : tr("save: one edited paragraph, 500 random articles…"));
    QRandomGenerator random(afterOptimize ? 31 : 13);
    StoreError error;
    Samples saveSamples;
    Samples cycleSamples;
    QElapsedTimer cycle;
    QElapsedTimer timer;
    const QList<qint64> warmups = randomIds(20, afterOptimize ? 37 : 17);
    const QList<qint64> ids = randomIds(500, afterOptimize ? 41 : 19);
    for (qsizetype i = 0; i < warmups.size() + ids.size(); ++i) {
        const bool warm = i < warmups.size();
        const qint64 id = warm ? warmups.at(i) : ids.at(i - warmups.size());
        cycle.start();
        std::optional<Article> article = store.load(id, &error);
        if (!article)
            return check(error, tr("load %1").arg(id));
        Paragraph &paragraph = article->paragraphs[random.bounded(int(article->paragraphs.size()))];
        paragraph.text = editedText(paragraph.text, article->version);
        timer.start();
        error = store.save(*article);
        const qint64 saveNs = timer.nsecsElapsed();
        const qint64 cycleNs = cycle.nsecsElapsed();
        if (!check(error, tr("save %1").arg(id)))
            return false;
        if (!warm) {
            saveSamples.add(saveNs);
            cycleSamples.add(cycleNs);
        }
    }
    if (afterOptimize) {
        BenchResult result = BenchResult::fromSamples(
            QStringLiteral("save.optimized"),
            tr("save one edited paragraph, after optimizeSearchIndex()"), saveSamples);
        result.target = Target{Target::Kind::AtMost, 5};
        m_report.add(result);
        return true;
    }
    BenchResult result = BenchResult::fromSamples(
        QStringLiteral("save"), tr("save one edited paragraph (save()), right after the import"),
        saveSamples);
    result.target = Target{Target::Kind::AtMost, 5};
    if (m_sqliteAvailable) {
        QList<QByteArray> operations;
        // Distinct articles: each statement list is written against the version it read.
        for (qint64 id : distinctRandomIds(200, 23)) {
            std::optional<Article> before = store.load(id, &error);
            if (!before)
                return check(error, tr("load %1").arg(id));
            Article after = *before;
            const int index = random.bounded(int(after.paragraphs.size()));
            after.paragraphs[index].text =
                editedText(after.paragraphs.at(index).text, after.version);
            operations.append(saveStatements(*before, after, index));
        }
        compareWithSqlite(
            result,
            m_sqlite.perOperationMs(m_databasePath, SqliteShell::connectionPrologue(), operations,
                                    1),
            tr("sqlite3: the same reads, source look-ups, revision insert and "
               "article/paragraph/search-text updates in one transaction, on %1 other articles")
                .arg(operations.size()));
    }
    m_report.add(result);
    m_report.add(BenchResult::fromSamples(QStringLiteral("save.cycle"),
                                          tr("edit cycle (load + edit + save)"), cycleSamples));
    return true;
}

bool BenchRunner::benchExport(ArticleStore &store)
{
    StoreError error;
    const QList<ExportFormat> formats = ExportFormats::all();
    QList<ExportFormats::Encoder> encoders;
    for (const ExportFormat format : formats)
        encoders.append(ExportFormats::encoder(format));
    for (qint64 id : randomIds(200, 29)) {
        std::optional<Article> article = store.load(id, &error);
        if (!article)
            return check(error, tr("load %1").arg(id));
        for (qsizetype i = 0; i < formats.size(); ++i) {
            if (encoders.at(i)(*article).isEmpty()) {
                m_failure = tr("the %1 encoder returned nothing for article %2")
                                .arg(ExportFormats::key(formats.at(i)))
                                .arg(id);
                return false;
            }
        }
    }

    // Every article of the library, loaded a chunk at a time from one snapshot as
    // copydesk-cli export does; each chunk is encoded in every format, so one load serves the
    // three figures (each is load + that format's encoding).
    const qsizetype count = m_ids.size();
    progress(tr("export: %1 articles in memory, three formats…").arg(number(count)));
    QElapsedTimer timer;
    qint64 loadNs = 0;
    QList<qint64> encodeNs(formats.size(), 0);
    QList<qint64> bytes(formats.size(), 0);
    {
        ReadTransaction snapshot(store.database());
        if (!check(snapshot.beginError(), tr("export")))
            return false;
        for (qsizetype first = 0; first < count; first += ArticleStore::loadChunkSize) {
            timer.start();
            const QList<Article> articles =
                store.loadMany(m_ids.mid(first, ArticleStore::loadChunkSize), &error);
            loadNs += timer.nsecsElapsed();
            if (error)
                return check(error, tr("loadMany"));
            for (qsizetype i = 0; i < formats.size(); ++i) {
                timer.start();
                for (const Article &article : articles)
                    bytes[i] += encoders.at(i)(article).size();
                encodeNs[i] += timer.nsecsElapsed();
            }
        }
    }
    for (qsizetype i = 0; i < formats.size(); ++i) {
        const QString key = ExportFormats::key(formats.at(i));
        BenchResult memory = BenchResult::fromRate(
            QStringLiteral("export.%1.memory").arg(key),
            tr("export %1, %2 articles (load + encode)").arg(key, number(count)), count,
            double(loadNs + encodeNs.at(i)) / 1e9);
        memory.target =
            Target{Target::Kind::AtLeast, formats.at(i) == ExportFormat::Ninjs ? 10000.0 : 5000.0};
        memory.note = tr("per article: loadMany %1 µs + encoding %2 µs; %3 KB on average; one "
                         "read transaction around all of them, as copydesk-cli does")
                          .arg(double(loadNs) / 1e3 / double(count), 0, 'f', 0)
                          .arg(double(encodeNs.at(i)) / 1e3 / double(count), 0, 'f', 0)
                          .arg(double(bytes.at(i)) / 1024.0 / double(count), 0, 'f', 1);
        m_report.add(memory);
    }

    // To files: the first exportArticles articles, as copydesk-cli export --all writes them.
    const int fileCount = int(std::min<qsizetype>(count, exportArticles));
    const QList<qint64> ids = m_ids.mid(0, fileCount);

    // The file system's own pace for as many files, measured once for all formats: small files
    // cost the disk about the same whatever their format, and the disk is what bounds these rows.
    qint64 totalBytes = 0;
    for (qint64 formatBytes : std::as_const(bytes))
        totalBytes += formatBytes;
    const qsizetype averageSize =
        qsizetype(totalBytes / std::max<qint64>(1, count * formats.size()));
    progress(tr("export: %1 files of %2 bytes with plain POSIX calls, for reference…")
                 .arg(number(fileCount), number(averageSize)));
    PosixFileBatch posixFiles;
    const std::optional<qint64> posixNs =
        posixFiles.run(pathInDirectory(QStringLiteral("export-reference")), fileCount, averageSize);
    const std::optional<double> posixRate =
        posixNs && *posixNs > 0
            ? std::optional<double>(double(fileCount) / (double(*posixNs) / 1e9))
            : std::nullopt;
    const QString posixNote =
        posixRate
            ? tr("reference: %1 files of %2 bytes (the average over the formats) written in a "
                 "fresh folder as BatchFileWriter does, with plain POSIX calls and no Qt: "
                 "open(O_CREAT|O_EXCL)/write/close under temporary names, one syncfs(), the "
                 "renames, one fsync() of the folder; ratio = Copydesk's time per article / "
                 "that time per file")
                  .arg(number(fileCount), number(averageSize))
            : tr("file system reference failed: %1").arg(posixFiles.lastError());
    for (const ExportFormat format : formats) {
        const QString key = ExportFormats::key(format);
        progress(tr("export %1: %2 articles to files…").arg(key, number(fileCount)));
        const QString exportDirectory = pathInDirectory(QStringLiteral("export-") + key);
        QDir(exportDirectory).removeRecursively();
        if (!QDir().mkpath(exportDirectory)) {
            m_failure = tr("cannot create %1").arg(exportDirectory);
            return false;
        }
        timer.start();
        FolderExport folderExport(store, exportDirectory, ExportFormats::suffix(format),
                                  ExportFormats::encoder(format));
        if (!folderExport.run(ids)) {
            if (folderExport.storeError())
                return check(folderExport.storeError(), tr("export"));
            m_failure = folderExport.errorString();
            return false;
        }
        const qint64 totalNs = timer.nsecsElapsed();
        if (folderExport.written().size() != fileCount) {
            m_failure = tr("export wrote %1 files for %2 articles")
                            .arg(folderExport.written().size())
                            .arg(fileCount);
            return false;
        }
        BenchResult files = BenchResult::fromRate(
            QStringLiteral("export.%1.files").arg(key),
            tr("export %1, %2 articles to files (FolderExport)").arg(key, number(fileCount)),
            fileCount, double(totalNs) / 1e9);
        files.target =
            Target{Target::Kind::AtLeast, format == ExportFormat::Ninjs ? 10000.0 : 5000.0};
        files.note = tr("as copydesk-cli export --all: loadMany() a chunk at a time while a "
                        "worker thread encodes and writes the previous chunk, then one sync to "
                        "disk and the renames") +
                     QStringLiteral("; ") + posixNote;
        if (posixRate) {
            files.reference = posixRate;
            files.referenceProgram = tr("POSIX open/write/close, syncfs, rename");
        }
        m_report.add(files);
        if (!m_options.keepFiles)
            QDir(exportDirectory).removeRecursively();
    }
    return true;
}

bool BenchRunner::benchCheck(Database &database)
{
    const qsizetype count = m_ids.size();
    QList<qint64> all = m_ids;
    std::sort(all.begin(), all.end());
    QElapsedTimer timer;
    // In process, as copydesk-cli check --all does it, without printing.
    const auto review = [&](const QString &id, const QString &label, const QList<qint64> &ids,
                            bool spelling, int suggestions, double target) {
        progress(tr("check: %1…").arg(label));
        LibraryReview libraryReview(database);
        libraryReview.setSpelling(spelling, suggestions);
        qsizetype findings = 0;
        qsizetype blocked = 0;
        timer.start();
        const StoreError error =
            libraryReview.run(ids, true, [&](const Article &, const QList<Finding> &found) {
                findings += found.size();
                blocked += blocksApproval(found) ? 1 : 0;
            });
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!check(error, tr("check")))
            return false;
        if (spelling && !libraryReview.missingDictionaries().isEmpty()) {
            m_report.addNote(tr("check with spelling skipped: %1")
                                 .arg(libraryReview.missingDictionaries().values().join(u' ')));
            return true;
        }
        BenchResult result = BenchResult::fromRate(id, label, ids.size(), seconds);
        result.target = Target{Target::Kind::AtLeast, target};
        result.note = tr("%1 findings, %2 of the articles may not be approved yet")
                          .arg(number(findings), number(blocked));
        m_report.add(result);
        return true;
    };
    const QString articles = number(count);
    // Suggestions cost Hunspell tens of milliseconds per distinct misspelled word, and every
    // synthetic article coins a name of its own: a sample shows the rate.
    const QList<qint64> sample = all.mid(0, std::min<qsizetype>(all.size(), 1000));
    if (!review(QStringLiteral("check.all"),
                tr("check --all --no-spelling, %1 articles (LibraryReview)").arg(articles), all,
                false, 0, 5000) ||
        !review(QStringLiteral("check.all.spelling"),
                tr("check --all --no-suggestions, %1 articles").arg(articles), all, true, 0,
                1000) ||
        !review(QStringLiteral("check.suggestions"),
                tr("check with spelling and suggestions, the first %1 articles")
                    .arg(number(sample.size())),
                sample, true, 8, 1000))
        return false;

    // The command itself, JSON to /dev/null: the figure a pipeline sees.
    progress(tr("check: copydesk-cli check --all --json…"));
    QProcess cli;
    cli.setStandardOutputFile(QProcess::nullDevice());
    timer.start();
    cli.start(QStringLiteral(COPYDESK_CLI_PATH),
              {QStringLiteral("--db"), m_databasePath, QStringLiteral("check"),
               QStringLiteral("--all"), QStringLiteral("--json"), QStringLiteral("--no-spelling")});
    if (!cli.waitForFinished(30 * 60 * 1000) || cli.exitStatus() != QProcess::NormalExit ||
        cli.exitCode() > 1) {
        m_failure = tr("copydesk-cli check --all failed: %1 %2")
                        .arg(QString::fromUtf8(cli.readAllStandardError()), cli.errorString());
        return false;
    }
    BenchResult process = BenchResult::fromRate(
        QStringLiteral("check.cli"),
        tr("copydesk-cli check --all --no-spelling --json, %1 articles").arg(articles), count,
        double(timer.nsecsElapsed()) / 1e9);
    process.target = Target{Target::Kind::AtLeast, 5000};
    process.note = tr("the whole process: opening the database, listing the ids, the review and "
                      "writing the JSON (to /dev/null)");
    m_report.add(process);
    return true;
}
