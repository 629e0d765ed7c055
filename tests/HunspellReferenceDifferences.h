#pragma once

// The deliberate differences between the words Copydesk flags and the words `hunspell -l -d
// en_US` flags in tests/data/spelling/news-corpus.txt, each with its reason. tst_spelling
// checks them for the library, tst_cli for `copydesk-cli spell`: one list, so the two cannot
// drift apart.

#include "spelling/SpellingTokenizer.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace HunspellReference {

struct Difference
{
    QString hunspell; // what the command flags
    QString ours;     // what Copydesk flags instead (empty: nothing)
    // The kind of token Copydesk skips, or none for the trailing apostrophe.
    std::optional<SpellingTokenizer::Token::Kind> reason;
};

inline QList<Difference> differences()
{
    using Kind = SpellingTokenizer::Token::Kind;
    using namespace Qt::StringLiterals;
    return {
        // hunspell checks the words of www. and host/path addresses; Copydesk skips URLs.
        {u"www"_s, {}, Kind::Url},
        {u"rivertonpd"_s, {}, Kind::Url},
        {u"rivertonherald"_s, {}, Kind::Url},
        {u"northline"_s, {}, Kind::Url},
        // hunspell checks the name of a handle; Copydesk skips handles.
        {u"RivertonPD"_s, {}, Kind::Handle},
        {u"RivertonEMA"_s, {}, Kind::Handle},
        {u"RivertonUnited"_s, {}, Kind::Handle},
        {u"MetroDeskNews"_s, {}, Kind::Handle},
        // ALL-CAPS words (acronyms, with digits, plural or possessive; a dateline) are skipped.
        {u"CSTO"_s, {}, Kind::Acronym},
        {u"CSTO’s"_s, {}, Kind::Acronym},
        {u"NGOs"_s, {}, Kind::Acronym},
        {u"CEOs"_s, {}, Kind::Acronym},
        {u"MPs"_s, {}, Kind::Acronym},
        {u"EVs"_s, {}, Kind::Acronym},
        {u"H5N1"_s, {}, Kind::Acronym},
        {u"LFP"_s, {}, Kind::Acronym},
        {u"LTE"_s, {}, Kind::Acronym},
        {u"RIVERTON"_s, {}, Kind::Acronym},
        // Decades and numbers with a unit are numbers; hunspell splits "$4.2m" at the point.
        {u"1880s"_s, {}, Kind::Number},
        {u"1960s"_s, {}, Kind::Number},
        {u"1980s"_s, {}, Kind::Number},
        {u"1990s"_s, {}, Kind::Number},
        {u"2000s"_s, {}, Kind::Number},
        {u"12pm"_s, {}, Kind::Number},
        {u"5km"_s, {}, Kind::Number},
        {u"10km"_s, {}, Kind::Number},
        {u"2m"_s, {}, Kind::Number},
        // en_US counts ’ as a word character, so hunspell flags a word followed by a closing
        // quotation mark or a plural possessive apostrophe; for Copydesk a trailing ’ is
        // punctuation, and the word before it is checked.
        {u"It’"_s, {}, std::nullopt},
        {u"Farmers’"_s, {}, std::nullopt},
        {u"Teachers’"_s, {}, std::nullopt},
        {u"reporters’"_s, {}, std::nullopt},
        {u"supporters’"_s, {}, std::nullopt},
        {u"tenants’"_s, {}, std::nullopt},
        {u"councillors’"_s, u"councillors"_s, std::nullopt},
        {u"recieve’"_s, u"recieve"_s, std::nullopt},
    };
}

// The words only `hunspell -l` should flag.
inline QSet<QString> expectedOnlyHunspell()
{
    QSet<QString> words;
    for (const Difference &difference : differences()) {
        if (!difference.hunspell.isEmpty())
            words.insert(difference.hunspell);
    }
    return words;
}

// The words only Copydesk should flag, given what `hunspell -l` flagged (a word Copydesk
// flags in place of another may be flagged by hunspell elsewhere in the text too).
inline QSet<QString> expectedOnlyOurs(const QSet<QString> &hunspellWords)
{
    QSet<QString> words;
    for (const Difference &difference : differences()) {
        if (!difference.ours.isEmpty() && !hunspellWords.contains(difference.ours))
            words.insert(difference.ours);
    }
    return words;
}

} // namespace HunspellReference
