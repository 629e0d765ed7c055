#pragma once

#include "Database.h"
#include "core/Article.h"
#include "core/DeskUser.h"
#include "core/ImportedArticle.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

struct AuditEntry;

enum class ArticleSort { Updated, Headline, Status, Byline, Coverage };

struct ArticleListQuery
{
    std::optional<ArticleStatus> status;
    ArticleSort sort = ArticleSort::Updated; // ignored while searching: best match first
    bool descending = true;
    QString search; // free text; never interpreted as FTS syntax
    int limit = 50; // <= 0: no limit
    int offset = 0;
};

// One row of the article list: enough to show and sort without loading the body.
struct ArticleSummary
{
    qint64 id = 0;
    QUuid uuid;
    QString headline;
    ArticleStatus status = ArticleStatus::Draft;
    QString byline;
    QDateTime updated;
    int version = 0;
    int paragraphCount = 0;
    int attributedParagraphCount = 0;
};

struct RevisionInfo
{
    int version = 0;
    QDateTime savedAt;
    QString headline;
    bool current = false; // the article as it is now
};

enum class LinkSide { Previous, Next };

struct ImportReport
{
    QList<qint64> ids;    // in input order
    QStringList warnings; // e.g. a link to an article that is in neither the batch nor the db
};

// Articles, their paragraphs, attributions, meta titles, links and revisions, plus the shared
// source registry. Every multi-statement write is one transaction; every query is prepared.
class ArticleStore
{
    Q_DECLARE_TR_FUNCTIONS(ArticleStore)

public:
    explicit ArticleStore(Database &db);

    Database &database() { return m_db; }

    // Who saves: recorded as the article's creator or last editor (when the content changes)
    // and as the reviewer of attributions it verifies or disputes, which only a reviewer or a
    // chief may do (NotAllowed). Defaults to DeskUser::current().
    const DeskActor &actor() const { return m_actor; }
    void setActor(const DeskActor &actor) { m_actor = actor; }

    // Stores a new article: fills id, uuid (if null), uri (if empty) and times; version 1 unless
    // the article brings one (an import keeps its version and versionCreated).
    StoreError create(Article &article);
    // Saves changes. article.version must be the version it was loaded at, else Conflict and
    // nothing is written. Writes only changed paragraphs; the replaced state becomes a revision.
    // On success article.version and updated are advanced. A save does not change the status
    // (ReviewStore::changeStatus does), except that editing an approved article's content sends
    // it back to review (recorded in the audit log). A paragraph whose text changed (or that is
    // new) has its attributions unchecked again: the reviewer saw another text. A verification or
    // dispute is stamped with actor() and the time, and recorded in the audit log.
    StoreError save(Article &article);
    // The same for a caller that keeps the article as it last loaded or saved it (`stored`, at
    // article.version; an editor's baseline): the state being replaced is taken from it instead
    // of being read back, so saving one changed paragraph of a long article costs that
    // paragraph and the revision. Read back after all when the database no longer matches it
    // (its links or cited sources changed); another save since is a Conflict as above.
    StoreError save(Article &article, const Article &stored);
    StoreError remove(qint64 id); // unlinks it from both neighbours first

    std::optional<Article> load(qint64 id, StoreError *error = nullptr);
    // Loads many articles from one snapshot, in the order of `ids`, with a handful of
    // statements per loadChunkSize articles (an export's way to read: 2-3x faster than one
    // load() each). Any unknown id is NotFound and nothing is returned; a repeated id is
    // loaded once.
    QList<Article> loadMany(const QList<qint64> &ids, StoreError *error = nullptr);
    static constexpr qsizetype loadChunkSize = 64;
    // "42", a uuid (with or without braces) or a uri.
    std::optional<qint64> resolve(const QString &idOrUuid, StoreError *error = nullptr);

    QList<ArticleSummary> list(const ArticleListQuery &query, StoreError *error = nullptr);
    std::optional<ArticleSummary> summary(qint64 id, StoreError *error = nullptr);
    qint64 count(const ArticleListQuery &query, StoreError *error = nullptr);

    // Makes `next` follow `prev`, relinking all four ends in one transaction. Refuses self-links
    // and cycles with Invalid.
    StoreError link(qint64 prev, qint64 next);
    StoreError unlink(qint64 id, LinkSide side);
    // The series `id` belongs to, first to last.
    QList<ArticleRef> chain(qint64 id, StoreError *error = nullptr);

    QList<RevisionInfo> history(qint64 id, StoreError *error = nullptr);
    std::optional<Article> revision(qint64 id, int version, StoreError *error = nullptr);
    // Makes the content of `version` current again as a new version (history is kept).
    StoreError restore(qint64 id, int version, Article *restored = nullptr);

    // An article's content as the JSON of a revision (sources by name), and that JSON applied
    // back onto an article (which keeps its id, version, status and links); false when the JSON
    // is not such an object. ArticleLocks keeps an editor's unsaved edits this way.
    static QByteArray snapshotJson(const Article &article);
    static bool applySnapshotJson(const QByteArray &json, Article &article);

    // All-or-nothing: one transaction for the whole batch. An article whose uri already exists
    // updates it (a newer or unversioned file), is skipped (the same version and content) or is
    // a Conflict (an older version, or the same version with other content). Links named by uri
    // resolve among the batch in any order, then against the database.
    StoreError importArticles(QList<ImportedArticle> batch, ImportReport *report = nullptr);

    // Merges the full-text index into one segment. A bulk import writes the index in large
    // segments that FTS5 goes on merging step by step during the writes that follow: after
    // importing 100,000 articles one save in ten waited 10-15 ms for such a step (1 ms
    // otherwise). Worth calling once after a large import; takes about 3 s per 100,000
    // articles and holds the write lock meanwhile.
    StoreError optimizeSearchIndex();

    // Source registry.
    QList<Source> sources(StoreError *error = nullptr);
    std::optional<Source> sourceByName(const QString &name, StoreError *error = nullptr);
    StoreError saveSource(Source &source); // insert (id 0) or update
    // Registry id for the name, creating the source (with the given kind/url) when new.
    StoreError ensureSource(Source &source);
    QHash<qint64, int> citationCounts(StoreError *error = nullptr); // source id -> paragraphs
    // Points every attribution of `duplicates` at `keep` and deletes the duplicates, in one
    // transaction; a paragraph citing both keeps one attribution (the kept source's).
    StoreError mergeSources(qint64 keep, const QList<qint64> &duplicates);
    // Deletes a source no paragraph cites; a cited one is refused (Invalid) with the count.
    StoreError removeSource(qint64 id);

    static QString sourceKey(const QString &name); // case/space-folded name used for matching

    // A search lists the newest rankedSearchWindow matches (by id: the order articles were
    // created or imported in) best first, then every older match, newest first. Ranking by
    // bm25 costs 2-7 µs per match, the most for a prefix: ordering all matches of a word found
    // in 80,000 of 100,000 articles took 130 ms. A rare word's few matches all fit in the
    // window however old they are; a word found nearly everywhere lists the best of its recent
    // articles first. count() stays exact and paging reaches every match.
    static constexpr int rankedSearchWindow = 2000;

private:
    StoreError writeArticleRow(Article &article, bool insert, int expectedVersion);
    // Unchecks the attributions of changed paragraphs, stamps new reviews with the actor (who
    // must be a reviewer or chief) and lists them for the audit log.
    StoreError applyReviewRules(Article &article, const Article &before,
                                QList<AuditEntry> *reviews);
    StoreError writeParagraphs(const Article &article, const Article *before);
    StoreError writeMetaTitles(const Article &article, bool replace);
    // replace: the article has a search row already (taken out of the index first).
    StoreError indexSearchText(const Article &article, bool replace);
    StoreError unindexSearchText(qint64 id, bool *wasIndexed);
    StoreError saveOver(Article &article, const Article *known);
    // Reads the registry entries the article cites by id (an edited article keeps the ids its
    // last save resolved) into the transaction's source cache with one statement, so that
    // resolveSources() need not look each name up.
    StoreError prefetchSources(const Article &article);
    // Registry names of the sources `stored` cites, by id, starting from `resolved`; current is
    // false when one is gone or was never resolved (its attributions are not what is stored).
    StoreError registryNames(const Article &stored, const QList<Source> &resolved,
                             QHash<qint64, QString> *names, bool *current);
    StoreError writeRevision(const Article &before, const QHash<qint64, QString> &sourceNames);
    StoreError resolveSources(Article &article);
    StoreError setLink(qint64 id, LinkSide side, std::optional<qint64> target);
    std::optional<qint64> linkOf(qint64 id, LinkSide side, StoreError *error);
    StoreError loadInto(Article &article);
    StoreError loadChunk(const QList<qint64> &ids, QList<Article> *out);
    StoreError searchInto(const ArticleListQuery &query, const QString &match,
                          QList<ArticleSummary> *rows);
    static void readSummaries(QSqlQuery &statement, QList<ArticleSummary> *rows);
    // The registry entries loadChunk() has read in the current outermost transaction, by id.
    QHash<qint64, Source> &citedSources();
    const Source *cachedSource(const QString &key);
    void cacheSource(const Source &source);

    Database &m_db;
    DeskActor m_actor = DeskUser::current();
    // Registry entries by sourceKey(), as read or written in the current outermost write
    // transaction. Dropped when that transaction ends: a rollback undoes what we inserted, and
    // between transactions another connection may rename, merge or delete sources.
    QHash<QString, Source> m_sourceCache;
    quint64 m_sourceCacheSerial = 0;
    // By id, for loadChunk(): valid for one outermost transaction (one snapshot), and dropped
    // when a store on this connection renames, merges or deletes a source inside it.
    QHash<qint64, Source> m_citedSources;
    quint64 m_citedSourcesSerial = 0;
    quint64 m_citedSourcesGeneration = 0;
    // The JSON of each paragraph of the last revision written (of m_revisionArticle), by uuid,
    // with what it was written from (see writeRevision), and that revision's text.
    struct RevisionParagraph
    {
        Paragraph paragraph;
        QStringList sourceNames;
        QByteArray json;        // UTF-8
        quint64 generation = 0; // the revision that last used it
    };
    qint64 m_revisionArticle = 0;
    quint64 m_revisionGeneration = 0;
    QHash<QUuid, RevisionParagraph> m_revisionParagraphs;
    QByteArray m_revisionText;
};
