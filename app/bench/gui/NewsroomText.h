#pragma once

#include "core/Article.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

// Deterministic newsroom-like text for the GUI benchmark: headline parts for the bulk SQL rows,
// and whole articles (paragraphs with 1-3 attributions from a small source registry, meta-title
// variants, summary) for the articles stored through ArticleStore::create. The same seed always
// gives the same library, so runs on different machines compare like for like.
class NewsroomText
{
public:
    static constexpr quint32 defaultSeed = 20240917;

    explicit NewsroomText(quint32 seed = defaultSeed);

    // The parts the bulk rows combine in SQL: headline = subject verb object tail.
    static const QStringList &headlineSubjects();
    static const QStringList &headlineVerbs();
    static const QStringList &headlineObjects();
    static const QStringList &headlineTails();
    static const QStringList &reporters();
    static const QStringList &sections();

    // The sources the full articles cite (names, kinds and, for some, URLs).
    static const QList<Source> &registry();

    // An article of about `words` words in paragraphs of about `wordsPerParagraph` words, each
    // citing 1-3 registry sources (unchecked, verified or disputed). Not stored: id 0.
    Article article(int words, int wordsPerParagraph);

private:
    QString headline();
    QString sentence(int words);
    QString paragraph(int words);
    Attribution attribution(const Source &source);
    template <typename List> const auto &pick(const List &list)
    {
        return list.at(qsizetype(m_random.bounded(quint32(list.size()))));
    }

    QRandomGenerator m_random;
};
