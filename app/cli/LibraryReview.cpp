#include "LibraryReview.h"

#include "core/review/ArticleReview.h"
#include "core/review/LinkTable.h"
#include "core/review/ReviewContext.h"
#include "spelling/ReviewSpellingChecker.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/DictionaryStore.h"
#include "storage/ReviewStore.h"
#include "storage/StoredLinkLookup.h"

#include <future>

LibraryReview::LibraryReview(Database &db)
    : m_db(db)
{}

LibraryReview::~LibraryReview() = default;

void LibraryReview::setSpelling(bool enabled, int suggestionCount)
{
    m_spelling.reset();
    if (!enabled)
        return;
    m_spelling = std::make_unique<ReviewSpellingChecker>();
    m_spelling->setSuggestionCount(suggestionCount);
}

QHash<QString, QString> LibraryReview::missingDictionaries() const
{
    return m_spelling ? m_spelling->missingDictionaries() : QHash<QString, QString>{};
}

StoreError LibraryReview::run(const QList<qint64> &ids, bool wholeLibrary, const Sink &sink)
{
    ArticleStore articles(m_db);
    ReviewStore reviews(m_db);
    DictionaryStore dictionaries(m_db);
    StoreError error;

    LinkTable table;
    StoredLinkLookup stored(m_db);
    const LinkLookup *links = &stored;
    if (wholeLibrary) {
        if ((error = StoredLinkLookup::fillTable(m_db, &table)))
            return error;
        links = &table;
    }
    if (m_spelling) {
        QStringList words;
        for (const NewsroomWord &word : dictionaries.newsroomWords(&error))
            words.append(word.word);
        if (error)
            return error;
        m_spelling->setNewsroomWords(words);
    }

    // A chunk loaded on this thread, reviewed on a worker while the next one loads (about half
    // the time each). With links looked up in the database the review needs this thread's
    // connection, so it runs here.
    struct Chunk
    {
        QList<Article> articles;
        QHash<qint64, ReviewDecisions> decisions;
        QHash<qint64, QStringList> ignoredWords;
    };
    const ArticleReview review;
    QList<Finding> findings;
    const auto reviewChunk = [&](const Chunk &chunk) {
        for (const Article &article : chunk.articles) {
            ReviewContext context(article);
            context.setLinkLookup(links);
            chunk.decisions.value(article.id).applyTo(context);
            if (m_spelling) {
                m_spelling->setIgnoredWords(chunk.ignoredWords.value(article.id));
                context.setSpellingChecker(m_spelling.get());
            }
            findings.clear();
            review.check(context, &findings);
            sink(article, findings);
        }
    };

    ReadTransaction snapshot(m_db);
    if (snapshot.beginError())
        return snapshot.beginError();
    std::future<void> reviewing;
    const auto finishReviewing = [&reviewing] {
        if (reviewing.valid())
            reviewing.get();
    };
    for (qsizetype first = 0; first < ids.size(); first += chunkSize) {
        Chunk chunk;
        const QList<qint64> chunkIds = ids.mid(first, chunkSize);
        chunk.articles = articles.loadMany(chunkIds, &error);
        if (!error)
            chunk.decisions = reviews.decisions(chunkIds, &error);
        for (qsizetype i = 0; !error && m_spelling && i < chunk.articles.size(); ++i) {
            const qint64 id = chunk.articles.at(i).id;
            const QStringList ignored = dictionaries.ignoredWords(id, &error);
            if (!ignored.isEmpty())
                chunk.ignoredWords.insert(id, ignored);
        }
        finishReviewing();
        if (error)
            return error;
        if (!wholeLibrary) {
            reviewChunk(chunk);
            if (stored.error())
                return stored.error();
            continue;
        }
        reviewing = std::async(std::launch::async,
                               [&reviewChunk, chunk = std::move(chunk)] { reviewChunk(chunk); });
    }
    finishReviewing();
    return {};
}
