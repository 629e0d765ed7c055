#pragma once

#include "DictionaryCatalog.h"
#include "core/review/SpellingChecker.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class Speller;

// The SPELLING review rule's spell checker: one Speller per article language, with the
// newsroom dictionary and the personal dictionary, and the ignore list of the article being
// reviewed (setIgnoredWords before each article). A language without a dictionary flags
// nothing; missingDictionaries() names them so the caller can say so once.
class ReviewSpellingChecker : public SpellingChecker
{
public:
    explicit ReviewSpellingChecker(DictionaryCatalog catalog = DictionaryCatalog());
    ~ReviewSpellingChecker() override;
    ReviewSpellingChecker(const ReviewSpellingChecker &) = delete;
    ReviewSpellingChecker &operator=(const ReviewSpellingChecker &) = delete;
    ReviewSpellingChecker(ReviewSpellingChecker &&) = delete;
    ReviewSpellingChecker &operator=(ReviewSpellingChecker &&) = delete;

    void setNewsroomWords(const QStringList &words);
    void setIgnoredWords(const QStringList &words);
    // Suggestions per misspelled word (0: none, much faster: Hunspell takes tens of
    // milliseconds to suggest for one word; each distinct word is asked once).
    void setSuggestionCount(int count) { m_suggestionCount = count; }

    QList<SpellingIssue> check(QStringView text, const QString &language) override;

    // Why each language that was asked for has no dictionary (language -> message).
    QHash<QString, QString> missingDictionaries() const { return m_missing; }

private:
    Speller *spellerFor(const QString &language);

    DictionaryCatalog m_catalog;
    QHash<QString, std::shared_ptr<Speller>> m_spellers; // null: no dictionary
    QHash<QString, QString> m_missing;
    QStringList m_newsroomWords;
    QStringList m_ignoredWords;
    int m_suggestionCount = 8;
};
