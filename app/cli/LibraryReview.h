#pragma once

#include "storage/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class Database;
class ReviewSpellingChecker;
struct Article;
struct Finding;

// Reviews many articles of a database the way `check` does: loads them in chunks, follows
// links in a table of the whole library (read once) or in the database (a few articles),
// applies the recorded decisions and, when spelling is on, the article's ignore list and the
// newsroom dictionary. Each article's findings go to the sink in the order of the ids, one at a
// time; for the whole library the sink is called on a worker thread (the review of one chunk
// overlaps the loading of the next), so it must not use this thread's database connection.
class LibraryReview
{
    Q_DECLARE_TR_FUNCTIONS(LibraryReview)

public:
    using Sink = std::function<void(const Article &article, const QList<Finding> &findings)>;

    explicit LibraryReview(Database &db);
    ~LibraryReview();

    // SPELLING findings (with suggestionCount suggestions each, 0 for none); off by default.
    void setSpelling(bool enabled, int suggestionCount = 8);
    // wholeLibrary: `ids` are every article, so links are looked up in one table read at the
    // start instead of one query per linked article.
    StoreError run(const QList<qint64> &ids, bool wholeLibrary, const Sink &sink);

    // Languages whose articles were checked without a dictionary, with the message naming the
    // package to install.
    QHash<QString, QString> missingDictionaries() const;

    static constexpr qsizetype chunkSize = 256;

private:
    Database &m_db;
    std::unique_ptr<ReviewSpellingChecker> m_spelling;
};
