#include "PostgresBench.h"

#include "SyntheticLibrary.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int importBatchSize = 1000;

QString number(qint64 value)
{
    return QLocale::c().toString(value);
}

// One paragraph edited the way a desk editor would: a word replaced and a clause added (as the
// SQLite save benchmark does).
QString editedText(const QString &text, int round)
{
    QString edited = text;
    const qsizetype space = edited.indexOf(u' ');
    if (space > 0)
        edited.replace(0, space, u"Meanwhile"_s);
    if (edited.endsWith(u'.'))
        edited.chop(1);
    return edited + u", officials added in update %1."_s.arg(round);
}

// The concurrent clients' edit: the paragraph's marker of an earlier save is replaced by this
// save's, so the text keeps its length however often it is saved.
QString withMarker(const QString &text, const QString &marker)
{
    static const QRegularExpression previous(u" \\[bench c\\d+ s\\d+ a\\d+\\]$"_s);
    QString edited = text;
    edited.remove(previous);
    return edited + u' ' + marker;
}

// What one concurrent client did.
struct ClientResult
{
    struct Saved
    {
        qint64 articleId = 0;
        int version = 0; // the version the save produced
        QString marker;
    };
    QList<Saved> saved;
    QList<qint64> saveNs; // each successful save()
    qint64 conflicts = 0;
    qint64 otherErrors = 0; // neither success nor Conflict; retried as well
    QString firstOtherError;
    QString failure; // the client gave up
};

void runClient(const QString &url, int client, const QList<qint64> &shared, ClientResult *result)
{
    Database database;
    if (const StoreError error = database.open(url)) {
        result->failure = error.message;
        return;
    }
    ArticleStore store(database);
    QRandomGenerator random(7919u * quint32(client + 1));
    QElapsedTimer timer;
    constexpr int giveUpAfter = 50; // failures other than Conflict in a row
    int failuresInARow = 0;
    for (int sequence = 0; sequence < PostgresBench::savesPerClient; ++sequence) {
        const qint64 id = shared.at(random.bounded(int(shared.size())));
        for (int attempt = 1;; ++attempt) {
            StoreError error;
            std::optional<Article> article = store.load(id, &error);
            if (article && !article->paragraphs.isEmpty()) {
                Paragraph &paragraph =
                    article->paragraphs[random.bounded(int(article->paragraphs.size()))];
                const QString marker =
                    u"[bench c%1 s%2 a%3]"_s.arg(client).arg(sequence).arg(attempt);
                paragraph.text = withMarker(paragraph.text, marker);
                timer.start();
                error = store.save(*article);
                const qint64 elapsed = timer.nsecsElapsed();
                if (!error) {
                    result->saved.append({id, article->version, marker});
                    result->saveNs.append(elapsed);
                    failuresInARow = 0;
                    break;
                }
                if (error.kind == StoreError::Kind::Conflict) {
                    ++result->conflicts; // someone saved first: load again and redo the edit
                    continue;
                }
            } else if (article) {
                error = {StoreError::Kind::Invalid, u"article %1 has no paragraphs"_s.arg(id)};
            }
            ++result->otherErrors;
            if (result->firstOtherError.isEmpty())
                result->firstOtherError = error.message.simplified();
            if (++failuresInARow >= giveUpAfter) {
                result->failure =
                    u"client %1 gave up after %2 failures in a row; the last: %3"_s.arg(client)
                        .arg(giveUpAfter)
                        .arg(error.message);
                return;
            }
        }
    }
}

} // namespace

PostgresBench::PostgresBench(const QString &url, Report &report,
                             std::function<void(const QString &)> progress)
    : m_url(url)
    , m_report(report)
    , m_progress(std::move(progress))
{}

bool PostgresBench::check(const StoreError &error, const QString &what)
{
    if (!error)
        return true;
    if (m_failure.isEmpty())
        m_failure = tr("%1 failed: %2").arg(what, error.message);
    return false;
}

QList<qint64> PostgresBench::randomIds(int count, quint32 seed) const
{
    QRandomGenerator random(seed);
    QList<qint64> ids;
    ids.reserve(count);
    for (int i = 0; i < count; ++i)
        ids.append(m_ids.at(random.bounded(int(m_ids.size()))));
    return ids;
}

bool PostgresBench::run()
{
    Database database;
    if (!check(database.open(m_url), tr("opening %1").arg(m_url)))
        return false;
    if (!database.isPostgres()) {
        m_failure = tr("--postgres: %1 is not a postgresql:// URL.").arg(database.location());
        return false;
    }
    ArticleStore store(database);
    StoreError error;
    const qint64 existing = store.count(ArticleListQuery(), &error);
    if (!check(error, tr("counting the articles of %1").arg(database.location())))
        return false;
    if (existing > 0) {
        m_failure = tr("%1 already holds %2 articles. The postgres benchmark fills an empty "
                       "database and deletes nothing: create a new one (CREATE DATABASE ...) and "
                       "pass its URL.")
                        .arg(database.location(), number(existing));
        return false;
    }
    return describeServer(database) && fill(database, store) && benchLoad(store) &&
           benchSave(store) && benchSearch(store, false) && analyze(database) &&
           benchSearch(store, true) && benchConcurrentSaves(database, store);
}

bool PostgresBench::describeServer(Database &database)
{
    QHash<QString, QString> settings;
    QSqlQuery query(database.connection());
    for (const QString &name : {u"server_version"_s, u"fsync"_s, u"synchronous_commit"_s,
                                u"full_page_writes"_s, u"shared_buffers"_s}) {
        if (query.exec(u"SHOW "_s + name) && query.next())
            settings.insert(name, query.value(0).toString());
    }
    query.finish();
    m_environment = QJsonObject{
        {u"postgresDatabase"_s, database.location()},
        {u"postgresServer"_s, settings.value(u"server_version"_s)},
        {u"postgresFsync"_s, settings.value(u"fsync"_s)},
        {u"postgresSynchronousCommit"_s, settings.value(u"synchronous_commit"_s)},
        {u"postgresFullPageWrites"_s, settings.value(u"full_page_writes"_s)},
        {u"postgresSharedBuffers"_s, settings.value(u"shared_buffers"_s)},
        {u"postgresArticles"_s, m_articles},
    };
    m_serverNote =
        tr("PostgreSQL %1 at %2 (fsync %3, synchronous_commit %4, full_page_writes %5, "
           "shared_buffers %6)")
            .arg(settings.value(u"server_version"_s), database.location(),
                 settings.value(u"fsync"_s), settings.value(u"synchronous_commit"_s),
                 settings.value(u"full_page_writes"_s), settings.value(u"shared_buffers"_s));
    if (settings.value(u"fsync"_s) == u"off"_s ||
        settings.value(u"synchronous_commit"_s) == u"off"_s)
        m_serverNote += tr(": durability is off on this server, so the write figures are "
                           "better than a production server with durable commits would give");
    m_progress(tr("postgres: %1").arg(m_serverNote));
    return true;
}

bool PostgresBench::fill(Database &database, ArticleStore &store)
{
    SyntheticLibrary library;
    const int total = m_articles;
    const int rareIndex = total / 2;
    m_progress(tr("postgres: generating and importing %1 articles in batches of %2…")
                   .arg(number(total))
                   .arg(importBatchSize));
    qint64 importNs = 0;
    qint64 linkNs = 0;
    qint64 links = 0;
    qint64 batches = 0;
    QElapsedTimer timer;
    m_ids.clear();
    m_ids.reserve(total);
    while (library.generatedCount() < total) {
        QList<ImportedArticle> batch;
        const int size = std::min(importBatchSize, total - library.generatedCount());
        batch.reserve(size);
        for (int i = 0; i < size; ++i) {
            batch.append(library.next());
            if (library.generatedCount() - 1 == rareIndex)
                m_rareNoun = library.lastUniqueNoun();
        }
        ImportReport importReport;
        timer.start();
        const StoreError error = store.importArticles(std::move(batch), &importReport);
        importNs += timer.nsecsElapsed();
        if (!check(error, tr("importing into PostgreSQL")))
            return false;
        const qsizetype firstNew = m_ids.size();
        m_ids.append(importReport.ids);
        ++batches;

        // Every 10th article continues the series of the article before it, as in the SQLite
        // library, so that loading reads the same links.
        timer.start();
        if (!check(database.begin(), tr("linking")))
            return false;
        for (qsizetype i = std::max<qsizetype>(firstNew, 1); i < m_ids.size(); ++i) {
            if (i % 10 != 0)
                continue;
            if (const StoreError linkError = store.link(m_ids.at(i - 1), m_ids.at(i))) {
                database.rollback();
                return check(linkError, tr("linking"));
            }
            ++links;
        }
        if (!check(database.commit(), tr("linking")))
            return false;
        linkNs += timer.nsecsElapsed();
        if (batches % 10 == 0 || library.generatedCount() == total) {
            m_progress(tr("postgres:   %1 articles imported (%2 articles/s so far)")
                           .arg(number(library.generatedCount()))
                           .arg(number(qint64(double(m_ids.size()) / (double(importNs) / 1e9)))));
        }
    }
    std::sort(m_ids.begin(), m_ids.end());

    QSqlQuery size(database.connection());
    qint64 bytes = 0;
    if (size.exec(u"SELECT pg_database_size(current_database())"_s) && size.next())
        bytes = size.value(0).toLongLong();
    size.finish();
    m_environment.insert(u"postgresDatabaseBytes"_s, bytes);

    BenchResult imported =
        BenchResult::fromRate(u"postgres.import"_s,
                              tr("PostgreSQL: import %1 articles (importArticles, %2 per call)")
                                  .arg(number(total))
                                  .arg(importBatchSize),
                              total, double(importNs) / 1e9);
    imported.note = tr("one transaction per call; %1 ms per call; then %2 link() calls at %3 ms "
                       "each (not in the rate); database %4 MB afterwards; %5")
                        .arg(double(importNs) / 1e6 / double(batches), 0, 'f', 1)
                        .arg(number(links))
                        .arg(links > 0 ? double(linkNs) / 1e6 / double(links) : 0.0, 0, 'f', 2)
                        .arg(double(bytes) / 1e6, 0, 'f', 1)
                        .arg(m_serverNote);
    m_report.add(imported);
    return true;
}

bool PostgresBench::benchLoad(ArticleStore &store)
{
    m_progress(tr("postgres: load, 1,000 random articles…"));
    StoreError error;
    for (qint64 id : randomIds(50, 7)) {
        if (!store.load(id, &error))
            return check(error, tr("load %1").arg(id));
    }
    Samples samples;
    QElapsedTimer timer;
    for (qint64 id : randomIds(1000, 11)) {
        timer.start();
        const std::optional<Article> article = store.load(id, &error);
        samples.add(timer.nsecsElapsed());
        if (!article)
            return check(error, tr("load %1").arg(id));
    }
    BenchResult result = BenchResult::fromSamples(
        u"postgres.load"_s,
        tr("PostgreSQL: load one random article (%1 articles)").arg(number(m_articles)), samples);
    result.target = Target{Target::Kind::AtMost, 5};
    m_report.add(result);
    return true;
}

bool PostgresBench::benchSave(ArticleStore &store)
{
    m_progress(tr("postgres: save one edited paragraph, 500 random articles…"));
    QRandomGenerator random(13);
    StoreError error;
    Samples samples;
    QElapsedTimer timer;
    const QList<qint64> warmups = randomIds(20, 17);
    const QList<qint64> ids = randomIds(500, 19);
    for (qsizetype i = 0; i < warmups.size() + ids.size(); ++i) {
        const bool warm = i < warmups.size();
        const qint64 id = warm ? warmups.at(i) : ids.at(i - warmups.size());
        std::optional<Article> article = store.load(id, &error);
        if (!article)
            return check(error, tr("load %1").arg(id));
        Paragraph &paragraph = article->paragraphs[random.bounded(int(article->paragraphs.size()))];
        paragraph.text = editedText(paragraph.text, article->version);
        timer.start();
        error = store.save(*article);
        const qint64 elapsed = timer.nsecsElapsed();
        if (!check(error, tr("save %1").arg(id)))
            return false;
        if (!warm)
            samples.add(elapsed);
    }
    BenchResult result = BenchResult::fromSamples(
        u"postgres.save"_s, tr("PostgreSQL: save one edited paragraph (save())"), samples);
    result.target = Target{Target::Kind::AtMost, 10};
    result.note = tr("save() reads the stored article back in its transaction, writes the "
                     "revision, the article row, the paragraph and the search text");
    m_report.add(result);
    return true;
}

// Right after a bulk import the planner has no statistics of the new rows until autovacuum
// analyzes the tables (within a minute or two, in the background); a search planned without them
// may rank every match instead of reading the newest. Measured both ways.
bool PostgresBench::analyze(Database &database)
{
    m_progress(tr("postgres: ANALYZE…"));
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(database.connection());
    if (!query.exec(u"ANALYZE"_s)) {
        m_failure = tr("ANALYZE failed: %1").arg(query.lastError().text());
        return false;
    }
    Samples samples;
    samples.add(timer.nsecsElapsed());
    BenchResult result =
        BenchResult::fromSamples(u"postgres.analyze"_s, tr("PostgreSQL: ANALYZE once"), samples);
    result.note = tr("gives the planner the statistics of the imported library, as autovacuum "
                     "does in the background a while after a bulk import");
    m_report.add(result);
    return true;
}

bool PostgresBench::benchSearch(ArticleStore &store, bool afterAnalyze)
{
    struct SearchCase
    {
        QString id;
        QString label;
        QString text;
    };
    const QList<SearchCase> cases = {
        {u"postgres.search.common"_s, tr("PostgreSQL: search top 50: common word “%1”"),
         SyntheticLibrary::commonWord()},
        {u"postgres.search.rare"_s, tr("PostgreSQL: search top 50: rare proper noun “%1”"),
         m_rareNoun},
        {u"postgres.search.two"_s, tr("PostgreSQL: search top 50: two words “%1”"),
         SyntheticLibrary::twoWordQuery()},
    };
    const QString when = afterAnalyze ? tr(", after ANALYZE") : tr(", right after the import");
    for (const SearchCase &searchCase : cases) {
        m_progress(tr("postgres: search “%1”%2…").arg(searchCase.text, when));
        ArticleListQuery query;
        query.search = searchCase.text;
        StoreError error;
        const qint64 hits = store.count(query, &error);
        if (!check(error, tr("count “%1”").arg(searchCase.text)))
            return false;
        bool wrongRows = false;
        const Samples samples = measure(3, 200, 6000, [&] {
            const QList<ArticleSummary> rows = store.list(query, &error);
            wrongRows = rows.size() != std::min<qint64>(50, hits);
            return !error && !wrongRows;
        });
        if (!check(error, tr("search “%1”").arg(searchCase.text)))
            return false;
        if (wrongRows) {
            m_failure = tr("search “%1” returned the wrong number of rows").arg(searchCase.text);
            return false;
        }
        BenchResult result =
            BenchResult::fromSamples(searchCase.id + (afterAnalyze ? u".analyzed"_s : QString()),
                                     searchCase.label.arg(searchCase.text) + when, samples);
        result.target = Target{Target::Kind::AtMost, 50};
        result.note = tr("%1 matching articles").arg(number(hits));
        m_report.add(result);
    }
    return true;
}

bool PostgresBench::benchConcurrentSaves(Database &database, ArticleStore &store)
{
    // The shared articles, spread over the library, and their versions before the clients start.
    QList<qint64> shared;
    {
        QList<qint64> ids = m_ids;
        QRandomGenerator random(101);
        const qsizetype wanted = std::min<qsizetype>(sharedArticles, ids.size());
        for (qsizetype i = 0; i < wanted; ++i)
            std::swap(ids[i], ids[i + random.bounded(int(ids.size() - i))]);
        shared = ids.mid(0, wanted);
    }
    QHash<qint64, int> versionBefore;
    StoreError error;
    for (qint64 id : std::as_const(shared)) {
        const std::optional<Article> article = store.load(id, &error);
        if (!article)
            return check(error, tr("load %1").arg(id));
        versionBefore.insert(id, article->version);
    }

    m_progress(tr("postgres: %1 clients, each with its own connection, saving %2 times among "
                  "%3 shared articles…")
                   .arg(clients)
                   .arg(number(savesPerClient))
                   .arg(shared.size()));
    QList<ClientResult> results(clients);
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer wall;
    wall.start();
    for (int client = 0; client < clients; ++client) {
        ClientResult *result = &results[client];
        threads.emplace_back(QThread::create(
            [url = m_url, client, shared, result] { runClient(url, client, shared, result); }));
        threads.back()->start();
    }
    for (const std::unique_ptr<QThread> &thread : threads)
        thread->wait();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    Samples latency;
    qint64 successes = 0;
    qint64 conflicts = 0;
    qint64 otherErrors = 0;
    QString firstOtherError;
    QStringList failures;
    QHash<qint64, int> savesPerArticle;
    for (const ClientResult &result : std::as_const(results)) {
        for (qint64 ns : result.saveNs)
            latency.add(ns);
        for (const ClientResult::Saved &saved : result.saved)
            ++savesPerArticle[saved.articleId];
        successes += result.saved.size();
        conflicts += result.conflicts;
        otherErrors += result.otherErrors;
        if (firstOtherError.isEmpty())
            firstOtherError = result.firstOtherError;
        if (!result.failure.isEmpty())
            failures.append(result.failure);
    }

    // Verification: every save a client saw succeed produced a version of its own, and its
    // marker is in that version: the revision recorded when the next save replaced it, or the
    // current text when it is the last.
    m_progress(tr("postgres: verifying the %1 successful saves…").arg(number(successes)));
    QHash<qint64, int> finalVersion;
    QHash<qint64, QString> finalText;
    qint64 versionMismatches = 0;
    for (qint64 id : std::as_const(shared)) {
        const std::optional<Article> article = store.load(id, &error);
        if (!article)
            return check(error, tr("load %1").arg(id));
        finalVersion.insert(id, article->version);
        QStringList texts;
        for (const Paragraph &paragraph : article->paragraphs)
            texts.append(paragraph.text);
        finalText.insert(id, texts.join(u'\n'));
        if (article->version != versionBefore.value(id) + savesPerArticle.value(id))
            ++versionMismatches;
    }
    QHash<QPair<qint64, int>, QString> snapshots; // (article, version) -> revision snapshot
    QSqlQuery revisions(database.connection());
    revisions.setForwardOnly(true);
    revisions.prepare(
        u"SELECT version, snapshot FROM revisions WHERE article_id = ? AND version >= ?"_s);
    for (qint64 id : std::as_const(shared)) {
        revisions.addBindValue(id);
        revisions.addBindValue(versionBefore.value(id));
        if (!revisions.exec()) {
            m_failure = tr("reading the revisions of article %1: %2")
                            .arg(id)
                            .arg(revisions.lastError().text());
            return false;
        }
        while (revisions.next())
            snapshots.insert({id, revisions.value(0).toInt()}, revisions.value(1).toString());
    }
    revisions.finish();
    qint64 lostUpdates = 0;
    QSet<QPair<qint64, int>> versionsClaimed;
    for (const ClientResult &result : std::as_const(results)) {
        for (const ClientResult::Saved &saved : result.saved) {
            const QPair<qint64, int> key{saved.articleId, saved.version};
            bool found = false;
            if (versionsClaimed.contains(key))
                found = false; // two saves reported the same version: one of them is gone
            else if (saved.version == finalVersion.value(saved.articleId))
                found = finalText.value(saved.articleId).contains(saved.marker);
            else
                found = snapshots.value(key).contains(saved.marker);
            versionsClaimed.insert(key);
            if (!found)
                ++lostUpdates;
        }
    }

    BenchResult throughput = BenchResult::fromRate(
        u"postgres.concurrent"_s,
        tr("PostgreSQL: %1 clients saving %2 shared articles (saves/s, all clients)")
            .arg(clients)
            .arg(shared.size()),
        successes, seconds);
    throughput.note =
        tr("%1 successful saves in %2 s (%3 per client, each load + edit of one "
           "paragraph + save() on its own connection); %4 Conflicts reloaded and "
           "retried (%5 per successful save); %6 other save errors%7")
            .arg(number(successes))
            .arg(seconds, 0, 'f', 1)
            .arg(number(savesPerClient))
            .arg(number(conflicts))
            .arg(successes > 0 ? double(conflicts) / double(successes) : 0.0, 0, 'f', 2)
            .arg(number(otherErrors))
            .arg(firstOtherError.isEmpty()
                     ? QString()
                     : tr(", also retried (the first: %1)").arg(firstOtherError));
    m_report.add(throughput);
    BenchResult saves = BenchResult::fromSamples(
        u"postgres.concurrent.save"_s,
        tr("PostgreSQL: a successful save() among %1 concurrent clients").arg(clients), latency);
    saves.note = tr("save() alone, not the load before it; retried attempts are not counted");
    m_report.add(saves);

    const QString verdict =
        tr("PostgreSQL concurrent saves: lost updates: %1 (of %2 successful saves, each checked "
           "for its marker in the version it produced: a revision or the current text); "
           "articles whose final version is not the first plus their successful saves: %3")
            .arg(number(lostUpdates), number(successes), number(versionMismatches));
    m_report.addNote(verdict);
    m_progress(tr("postgres: lost updates: %1").arg(number(lostUpdates)));
    m_environment.insert(u"postgresLostUpdates"_s, lostUpdates);
    m_environment.insert(u"postgresConflicts"_s, conflicts);
    m_environment.insert(u"postgresOtherSaveErrors"_s, otherErrors);

    if (!failures.isEmpty()) {
        m_failure = failures.join(u"; "_s);
        return false;
    }
    if (lostUpdates > 0 || versionMismatches > 0) {
        m_failure = tr("%1 lost updates under concurrent saves (%2 articles with an unexpected "
                       "final version)")
                        .arg(number(lostUpdates), number(versionMismatches));
        return false;
    }
    return true;
}
