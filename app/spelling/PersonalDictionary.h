#pragma once

#include "WordList.h"

#include <QCoreApplication>
#include <QString>

// The user's own word list: a UTF-8 text file, one word per line, sorted. The file and its
// folder are created on the first add(); every change rewrites it atomically (QSaveFile).
// A file that cannot be read (a folder, no permission, not UTF-8) is never written over: until
// it loads, add() and remove() refuse, so the words in it are not lost.
class PersonalDictionary
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDictionary)

public:
    // <AppDataLocation>/personal-dictionary.txt
    static QString defaultPath();

    explicit PersonalDictionary(const QString &path = defaultPath());

    QString path() const { return m_path; }
    // Reads the file; a missing file is an empty dictionary. On failure returns false, sets
    // *error and loadError() (naming the file and what is wrong) and leaves the dictionary
    // empty.
    bool load(QString *error);
    // Why the last load() failed; empty when it succeeded.
    QString loadError() const { return m_loadError; }

    const WordList &words() const { return m_words; }
    // Adds / removes a word and saves the file. Returns false (and sets *error) when the word is
    // invalid, the file could not be loaded or cannot be written; the word list is then
    // unchanged. Adding a listed word or removing an unlisted one succeeds without writing.
    bool add(const QString &word, QString *error);
    bool remove(const QString &word, QString *error);

private:
    bool save(const WordList &words, QString *error) const;

    QString m_path;
    WordList m_words;
    QString m_loadError;
};
