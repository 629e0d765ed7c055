#pragma once

#include "DictionaryCatalog.h"
#include "Misspelling.h"
#include "PersonalDictionary.h"
#include "SpellingTokenizer.h"
#include "WordList.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>
#include <unordered_map>

class HunspellDictionary;

// The spell checker of one language with the newsroom's layered word lists. A word is correct
// when any layer accepts it, checked in this order:
//   1. the per-article ignore list (setIgnoredWords(); the article stores it),
//   2. the newsroom dictionary (setNewsroomWords(); the database stores it),
//   3. the personal dictionary (a file per user, see PersonalDictionary),
//   4. the language dictionary (Hunspell; the newsroom and personal words are also added to it
//      at run time so that its suggestions include them).
// Results are cached per word; a change to any layer clears the cache and emits wordsChanged()
// with the words added or removed, so an editor can re-mark only the paragraphs containing
// them (compare case-insensitively: "zelenskyy" also accepts "Zelenskyy"; possessives too).
//
// Without a dictionary (setLanguage() failed) nothing is flagged and there are no suggestions;
// errorString() says which package to install.
class Speller : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Speller)

public:
    // Loads the personal dictionary from PersonalDictionary::defaultPath(); no language yet.
    explicit Speller(QObject *parent = nullptr);
    ~Speller() override;

    // Loads the dictionary for a BCP 47 article language ("en-US", "de") or a Hunspell name
    // ("en_US") from `catalog` (default: the default search paths). Returns false and sets
    // errorString() when it is missing or cannot be read; the speller then has no dictionary.
    bool setLanguage(const QString &language);
    bool setLanguage(const QString &language, const DictionaryCatalog &catalog);
    bool hasDictionary() const { return m_dictionary != nullptr; }
    QString language() const { return m_language; }
    QString dictionaryName() const { return m_dictionaryName; } // "en_US"; empty without one
    // The message of the last operation that failed (translated).
    QString errorString() const { return m_errorString; }

    // Newsroom dictionary: words shared by every desk. Add/remove return false when the word is
    // invalid (empty, spaces) or not listed, respectively.
    void setNewsroomWords(const QStringList &words);
    bool addNewsroomWord(const QString &word);
    bool removeNewsroomWord(const QString &word);
    QStringList newsroomWords() const { return m_newsroom.words(); }

    // Personal dictionary. Add/remove write the file; false (errorString()) if they cannot.
    // A file that cannot be read (a folder, no permission, not UTF-8) leaves the layer empty:
    // spelling goes on without it, personalDictionaryError() says why, and the file is not
    // written over; add/remove read it again first, so fixing the file is enough.
    bool setPersonalDictionaryPath(const QString &path);
    QString personalDictionaryPath() const { return m_personal.path(); }
    QString personalDictionaryError() const { return m_personal.loadError(); }
    bool addPersonalWord(const QString &word);
    bool removePersonalWord(const QString &word);
    QStringList personalWords() const { return m_personal.words().words(); }

    // Per-article ignore list.
    void setIgnoredWords(const QStringList &words);
    bool ignoreWord(const QString &word);
    QStringList ignoredWords() const { return m_ignored.words(); }

    SpellingTokenizer::Options tokenizerOptions() const { return m_tokenizer.options(); }
    void setTokenizerOptions(const SpellingTokenizer::Options &options);

    // Whether one word (possibly hyphenated: each part is checked) is correct. Numbers,
    // ordinals and acronyms are correct by the tokenizer's rules.
    bool check(QStringView word);
    // The misspelled words of `text`, in order. A hyphenated word yields its misspelled parts.
    QList<Misspelling> misspellings(QStringView text);
    // Suggestions, best first. For a hyphenated word they include the whole word with each
    // misspelled part corrected ("multi-laceted" → "multi-faceted"); a word written with a
    // curly apostrophe gets suggestions with a curly apostrophe.
    QStringList suggestions(const QString &word, int maximum = 8);

signals:
    // A layer changed: these words (as listed) were added or removed.
    void wordsChanged(const QStringList &words);
    // The language or the tokenizer options changed: every result may differ.
    void allWordsChanged();
    // The personal dictionary failed to load, or loads again (error empty).
    void personalDictionaryErrorChanged(const QString &error);

private:
    struct ViewHash
    {
        using is_transparent = void;
        size_t operator()(QStringView word) const { return qHash(word); }
    };

    bool isWordCorrect(QStringView word);
    bool isCompoundCorrect(QStringView compound);
    bool evaluateWord(QStringView word);
    bool evaluateCompound(QStringView compound);
    bool layersAccept(QStringView word) const;
    bool dictionarySpells(QStringView word);
    bool cached(QStringView word, bool (Speller::*evaluate)(QStringView));

    void ensureDictionaryCurrent();
    void addToRuntimeDictionary(const QString &word);
    void forgetRuntimeWord(const QString &word);
    void layerChanged(const QStringList &words);

    std::unique_ptr<HunspellDictionary> m_dictionary;
    bool m_dictionaryStale = false; // a run-time word was removed: reload before the next use
    QString m_language;
    QString m_dictionaryName;
    QString m_errorString;

    WordList m_ignored;
    WordList m_newsroom;
    PersonalDictionary m_personal;
    QSet<QString> m_runtimeWords; // words added to Hunspell at run time

    SpellingTokenizer m_tokenizer;
    std::unordered_map<QString, bool, ViewHash, std::equal_to<>> m_wordCache;
    QHash<QString, QStringList> m_suggestionCache;
};
