#pragma once

#include "SyntheticLibrary.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <vector>

// English news copy for the spelling benchmark, generated deterministically (the same seed and
// word list always give the same text). It starts from SyntheticLibrary's articles (headline,
// summary, paragraphs: sentences of newsroom words with Zipf frequencies, numbers and names)
// and makes them read like a real text to a spell checker:
// - a long tail of vocabulary: about one word in four comes from `tailWords` (the dictionary's
//   own stems, shuffled, drawn with Zipf frequencies), so 100,000 words use some 10,000
//   distinct ones, as news text does, rather than SyntheticLibrary's few hundred;
// - fewer unknown names: SyntheticLibrary coins every name (7% of the words, none in any
//   dictionary); three in five of them in mid-sentence become tail words;
// - a few compounds ("state-budget") and quotations in curly quotes;
// - misspellings at `misspellingRate` of the words: one in five a classic one that copy
//   editors see again and again ("recieve", "goverment"), the rest typing slips (two letters
//   swapped, one dropped, doubled or replaced by a neighbouring key), nearly all distinct.
class SpellingCorpus
{
public:
    static constexpr quint32 defaultSeed = 20240704;

    // `tailWords`: lower-case dictionary words (see tailWordsFromDictionary()).
    SpellingCorpus(const QStringList &tailWords, double misspellingRate,
                   quint32 seed = defaultSeed);

    // The stems of a Hunspell .dic file that are plain lower-case words of 3-14 letters and
    // valid on their own (not only inside compounds); empty if the file cannot be read.
    static QStringList tailWordsFromDictionary(const QString &dicPath);

    // The next `words` words as paragraphs: each article's headline, summary and body
    // paragraphs in turn; the last paragraph is cut to make the count exact.
    QStringList paragraphs(int words);

    // Misspellings put in so far (tokens, not distinct words).
    int misspellingsInjected() const { return m_misspellingsInjected; }

private:
    QString transformed(const QString &paragraph);
    QString tailWord();
    QString misspelled(const QString &word);
    QString slip(const QString &word);

    SyntheticLibrary m_library;
    QRandomGenerator m_random;
    QStringList m_tailWords;
    std::vector<double> m_tailCumulative;
    double m_misspellingRate;
    int m_misspellingsInjected = 0;
};
