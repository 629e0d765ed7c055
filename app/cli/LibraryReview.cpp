#include "LibraryReview.h"

#include "core/review/ArticleReview.h"
#include "core/review/LinkTable.h"
#include "core/review/ReviewContext.h"
#include "spelling/ReviewSpellingChecker.h"
#include "storage/ArticleStore.h"
#include "storage/DictionaryStore.h"
#include "storage/ReviewStore.h"
#include "storage/StoredLinkLookup.h"

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

    const ArticleReview review;
    QList<Finding> findings;
    for (qsizetype first = 0; first < ids.size(); first += chunkSize) {
        const QList<qint64> chunk = ids.mid(first, chunkSize);
        const QList<Article> loaded = articles.loadMany(chunk, &error);
        if (error)
            return error;
        const QHash<qint64, ReviewDecisions> decisions = reviews.decisions(chunk, &error);
        if (error)
            return error;
        for (const Article &article : loaded) {
            ReviewContext context(article);
            context.setLinkLookup(links);
            decisions.value(article.id).applyTo(context);
            if (m_spelling) {
                m_spelling->setIgnoredWords(dictionaries.ignoredWords(article.id, &error));
                if (error)
                    return error;
                context.setSpellingChecker(m_spelling.get());
            }
            findings.clear();
            review.check(context, &findings);
            if (stored.error())
                return stored.error();
            sink(article, findings);
        }
    }
    return {};
}
