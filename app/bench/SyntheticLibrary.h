#pragma once

#include "core/ImportedArticle.h"
#include "core/Source.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <vector>

// A deterministic stream of newsroom-like articles for benchmarking: the same seed always yields
// the same articles (text, uuids, sources), so runs on different machines compare like for like.
//
// Text is drawn from a few hundred newsroom words with a Zipf-like frequency (so a common word
// matches most articles and a rarer one a fraction of them), plus proper nouns at three levels
// of selectivity: a shared pool of place and organisation names (each in ~0.1% of articles),
// people's names, and one coined name per article (practically unique).
class SyntheticLibrary
{
public:
    static constexpr quint32 defaultSeed = 20240601;

    explicit SyntheticLibrary(quint32 seed = defaultSeed);

    // The shared source registry (~300 entries with kinds and, where sensible, URLs).
    const QList<Source> &registry() const { return m_registry; }

    // The next article of the stream: 8-12 paragraphs of 40-90 words, 1-3 attributions each,
    // 2-4 meta-title variants (one chosen), summary, byline, section, language, slug,
    // deterministic uuids and uri. Its `sources` carry the registry entries it cites.
    ImportedArticle next();
    int generatedCount() const { return m_index; }

    // The coined, practically unique proper noun of the article generated last.
    QString lastUniqueNoun() const { return m_lastUniqueNoun; }

    // Words of the vocabulary that the benchmark queries; all of them occur in generated text.
    static QString commonWord();   // among the most frequent content words
    static QString twoWordQuery(); // two mid-frequency words
    bool isVocabularyWord(const QString &word) const;

private:
    QString vocabularyWord();
    QString sentence(int words, const QStringList &nouns, bool withComma);
    QString paragraphText(int words, const QStringList &nouns);
    QString coinedName(int syllables);
    QUuid nextUuid();
    QUuid nextParagraphUuid();
    int zipfIndex(const std::vector<double> &cumulative);
    void buildRegistry();

    QRandomGenerator m_random;
    QStringList m_vocabulary;
    std::vector<double> m_vocabularyCumulative;
    QStringList m_placeNames; // shared pool: cities, regions, companies
    QStringList m_firstNames;
    QStringList m_lastNames;
    QStringList m_reporters;
    QList<Source> m_registry;
    std::vector<double> m_registryCumulative; // some sources are cited far more than others
    QList<int> m_registryOrder;               // registry indexes in citation-popularity order
    int m_index = 0;
    qint64 m_paragraphClock = 1767225600000; // 2026-01-01, in ms since the epoch
    QString m_lastUniqueNoun;
};
