#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// One word of the newsroom dictionary, with who added it and when.
struct NewsroomWord
{
    QString word;
    QString addedBy;
    QDateTime addedAt;
};

// The spelling word lists kept in the database: the newsroom dictionary, shared by every desk
// working on the database, and each article's ignore list (deleted with the article). Words are
// stored in storedForm(); the spelling layer decides how they match.
class DictionaryStore
{
    Q_DECLARE_TR_FUNCTIONS(DictionaryStore)

public:
    explicit DictionaryStore(Database &db);

    // Sorted by word.
    QList<NewsroomWord> newsroomWords(StoreError *error = nullptr);
    // Adds a word (Invalid when empty or containing white space). *added is false when the word
    // was listed already; that is not an error.
    StoreError addNewsroomWord(const QString &word, const QString &addedBy, bool *added = nullptr);
    // NotFound when the word is not listed.
    StoreError removeNewsroomWord(const QString &word);

    // Sorted by word. NotFound for an unknown article.
    QStringList ignoredWords(qint64 articleId, StoreError *error = nullptr);
    StoreError ignoreWord(qint64 articleId, const QString &word);
    // Replaces the whole list, in one transaction.
    StoreError setIgnoredWords(qint64 articleId, const QStringList &words);

    // Whether a word can be listed at all: not empty and no white space inside.
    static bool isValidWord(const QString &word);
    // The form a word is stored and looked up in: trimmed, curly apostrophes straightened.
    static QString storedForm(const QString &word);

private:
    static StoreError checkWord(const QString &word);
    StoreError checkArticle(qint64 articleId);

    Database &m_db;
};
