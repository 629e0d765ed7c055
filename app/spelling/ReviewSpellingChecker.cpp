#include "ReviewSpellingChecker.h"

#include "Speller.h"

ReviewSpellingChecker::ReviewSpellingChecker(DictionaryCatalog catalog)
    : m_catalog(std::move(catalog))
{}

ReviewSpellingChecker::~ReviewSpellingChecker() = default;

void ReviewSpellingChecker::setNewsroomWords(const QStringList &words)
{
    m_newsroomWords = words;
    for (const std::shared_ptr<Speller> &speller : std::as_const(m_spellers)) {
        if (speller)
            speller->setNewsroomWords(words);
    }
}

void ReviewSpellingChecker::setIgnoredWords(const QStringList &words)
{
    if (words == m_ignoredWords)
        return; // most articles ignore nothing: keep the spellers' caches
    m_ignoredWords = words;
    for (const std::shared_ptr<Speller> &speller : std::as_const(m_spellers)) {
        if (speller)
            speller->setIgnoredWords(words);
    }
}

Speller *ReviewSpellingChecker::spellerFor(const QString &language)
{
    const auto known = m_spellers.constFind(language);
    if (known != m_spellers.cend())
        return known->get();
    auto speller = std::make_shared<Speller>();
    if (!speller->setLanguage(language, m_catalog)) {
        m_missing.insert(language, speller->errorString());
        speller.reset();
    } else {
        speller->setNewsroomWords(m_newsroomWords);
        speller->setIgnoredWords(m_ignoredWords);
    }
    m_spellers.insert(language, speller);
    return speller.get();
}

QList<SpellingIssue> ReviewSpellingChecker::check(QStringView text, const QString &language)
{
    Speller *speller = spellerFor(language);
    if (!speller)
        return {};
    QList<SpellingIssue> issues;
    const QList<Misspelling> found = speller->misspellings(text);
    issues.reserve(found.size());
    for (const Misspelling &misspelling : found) {
        SpellingIssue issue{misspelling.start, misspelling.length, misspelling.word, {}};
        if (m_suggestionCount > 0) {
            // A part of a hyphenated word gets suggestions for the whole word, as in the editor.
            issue.suggestions = speller->suggestions(
                misspelling.isPartOfCompound() ? misspelling.compound : misspelling.word,
                m_suggestionCount);
        }
        issues.append(issue);
    }
    return issues;
}
