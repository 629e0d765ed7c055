#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

// A set of accepted words (a newsroom, personal or ignore list) that matches the way Hunspell
// matches its own dictionary words: a listed "zelenskyy" also accepts "Zelenskyy" (sentence
// start) and "ZELENSKYY" (headline); a listed "Zelenskyy" accepts "ZELENSKYY" but not
// "zelenskyy". A possessive ("Zelenskyy's") is accepted when its stem is. Curly apostrophes
// count as straight ones, in the list and in the checked word.
class WordList
{
public:
    WordList() = default;
    explicit WordList(const QStringList &words);

    // Whether `word` can be listed: not empty, no white space. Surrounding spaces are trimmed.
    static bool isValidWord(const QString &word);
    // The form the list stores: trimmed, curly apostrophes straightened.
    static QString normalized(QStringView word);

    // True if the word was added (false if invalid or already listed).
    bool insert(const QString &word);
    // True if the word was listed.
    bool remove(const QString &word);
    bool contains(const QString &word) const; // exact (after normalisation)
    bool accepts(QStringView word) const;     // with the case and possessive rules above

    QStringList words() const; // sorted
    qsizetype size() const { return m_words.size(); }
    bool isEmpty() const { return m_words.isEmpty(); }

private:
    bool matches(const QString &word) const;

    QSet<QString> m_words;
    QHash<QString, int> m_upperCaseForms; // "PARIS" → how many listed words have that form
};
