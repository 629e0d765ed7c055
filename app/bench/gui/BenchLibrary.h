#pragma once

#include "storage/StoreError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUuid>

// What the benchmark library holds and how long it took to make.
struct LibraryInfo
{
    QString path;
    qint64 articles = 0;     // rows in the articles table
    qint64 listOnlyRows = 0; // bulk rows without paragraphs
    int fullArticles = 0;    // stored through ArticleStore::create, the long one included
    qint64 longArticleId = 0;
    int longArticleWords = 0;
    int longArticleParagraphs = 0;
    int longArticleAttributions = 0;
    bool reused = false;
    double listOnlySeconds = 0; // the bulk INSERT ... SELECT and its commit
    double fullSeconds = 0;     // the articles stored through ArticleStore::create
    double flushSeconds = 0;    // fsync of the finished file
    double totalSeconds = 0;    // everything, opening and checkpointing included
    qint64 fileBytes = 0;
    QString sqliteVersion;

    QJsonObject toJson() const;
    static LibraryInfo fromJson(const QJsonObject &json);
};

// The benchmark's library file: `articles` rows in Copydesk's own schema (Database::open of a new
// file), made fast. All but a few are list-only rows written by one INSERT ... SELECT over a
// recursive CTE in one transaction: the article list reads only the articles table, so those rows
// carry everything it shows (headline, status, byline, updated, paragraph and attributed counts)
// but no paragraphs. The long article and a handful of ordinary ones are stored through
// ArticleStore::create, so opening, editing and saving them exercises the real store.
class BenchLibrary
{
    Q_DECLARE_TR_FUNCTIONS(BenchLibrary)

public:
    static constexpr int OrdinaryArticles = 20; // full articles besides the long one
    static constexpr int LongArticleWordsPerParagraph = 25;

    static QString fileName(qint64 articles, int words);
    static QUuid longArticleUuid();

    // Creates the library at `path` (which must not exist).
    static StoreError build(const QString &path, qint64 articles, int words, LibraryInfo *info);
    // Describes an existing library made by build() with the same parameters; an error when the
    // file is not one (then it is left alone).
    static StoreError inspect(const QString &path, qint64 articles, int words, LibraryInfo *info);
};
