#pragma once

#include "LinkLookup.h"

#include <QHash>

// A LinkLookup over articles held in memory: callers insert the articles a review may reach
// (the two neighbours for one article, the whole library for `check --all`).
class LinkTable : public LinkLookup
{
public:
    void insert(const LinkedArticle &article);
    void insert(const Article &article) { insert(LinkedArticle::fromArticle(article)); }
    void remove(qint64 id);
    qsizetype size() const { return m_articles.size(); }

    std::optional<LinkedArticle> find(qint64 id) const override;

private:
    QHash<qint64, LinkedArticle> m_articles;
};
