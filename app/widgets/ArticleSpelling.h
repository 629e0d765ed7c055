#pragma once

#include "models/ArticleDocument.h"
#include "spelling/DictionaryCatalog.h"
#include "storage/DictionaryStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class Database;
class Speller;

// The spell checking of the open article: one Speller whose layers follow the session, and the
// dictionary actions of the context menus, the Check Spelling dialog and Preferences.
// - The article's language field picks the dictionary (re-checked after the field changes);
//   a missing dictionary is a problem message naming the language and the Debian package.
// - The article's ignore list and the database's newsroom dictionary come from DictionaryStore:
//   the newsroom words once per database (and again when Preferences opens), the ignore list
//   whenever an article opens.
// - Each action persists (the database, or the personal dictionary file) before the Speller
//   takes the word, so every field re-marks only the paragraphs containing it.
class ArticleSpelling : public QObject
{
    Q_OBJECT

public:
    // How long the language field must stay unchanged before its dictionary is loaded: typing
    // "de-CH" letter by letter would otherwise load (or miss) a dictionary per letter.
    static constexpr int LanguageDelayMs = 400;

    explicit ArticleSpelling(QObject *parent = nullptr);
    ~ArticleSpelling() override;

    Speller *speller() const { return m_speller.get(); }

    // Where dictionaries are looked up; the default searches DictionaryCatalog's default paths.
    // Tests pass their own folder. Reloads the open article's dictionary.
    void setCatalog(const DictionaryCatalog &catalog);
    const DictionaryCatalog &catalog() const { return m_catalog; }

    // The database holding the newsroom dictionary and the ignore lists (not owned; it must
    // outlive this object or be replaced first; nullptr: none). Loads the newsroom words.
    void setDatabase(Database *database);
    Database *database() const { return m_database; }
    // Reads the newsroom dictionary again, for words other desks added. False on a store error.
    bool reloadNewsroomWords();

    // The open article (not owned; nullptr: none): its language and its ignore list apply.
    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const { return m_document; }

    bool hasDictionary() const;
    // Why nothing is underlined: no dictionary for the article's language (naming the language
    // and the Debian package to install), an unreadable one, or no language. Empty otherwise.
    QString dictionaryProblem() const { return m_dictionaryProblem; }

    // Why the personal dictionary is left out (its file could not be read), naming the file;
    // empty when it is in use.
    QString personalDictionaryProblem() const;

    // The word a dictionary action stores for a flagged word: a possessive is stored as its stem
    // ("Zelenskyy’s" → "Zelenskyy"), which accepts both forms.
    static QString dictionaryWord(const QString &flagged);

    // Each returns false and sets lastError() when the word cannot be stored (no database, no
    // article, a store or file error); the layers are then unchanged.
    bool ignoreWord(const QString &word);      // this article only, in the database
    bool addNewsroomWord(const QString &word); // every desk, in the database, with who and when
    bool removeNewsroomWord(const QString &word);
    bool addPersonalWord(const QString &word); // this user's file
    bool removePersonalWord(const QString &word);
    // The newsroom dictionary with who added each word and when (empty without a database).
    QList<NewsroomWord> newsroomWords(StoreError *error = nullptr);
    QString lastError() const { return m_lastError; }

signals:
    // The dictionary in use, or the reason there is none, changed.
    void dictionaryChanged();
    // The newsroom dictionary changed (through this object or a reload).
    void newsroomWordsChanged();
    // personalDictionaryProblem() changed.
    void personalDictionaryProblemChanged();

private:
    void applyLanguage();
    void loadIgnoredWords();
    bool fail(const QString &message);

    std::unique_ptr<Speller> m_speller;
    DictionaryCatalog m_catalog;
    Database *m_database = nullptr;
    QPointer<ArticleDocument> m_document;
    QMetaObject::Connection m_languageConnection;
    QTimer m_languageTimer;
    QString m_dictionaryProblem;
    QString m_lastError;
};
