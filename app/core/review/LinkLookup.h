#pragma once

#include "core/Article.h"

#include <QString>

#include <optional>

// What the link rules need to know of another article: whether it exists, its status, its
// canonical headline (the label a link to it shows) and its own links.
struct LinkedArticle
{
    qint64 id = 0;
    ArticleStatus status = ArticleStatus::Draft;
    QString headline;
    qint64 previousId = 0; // 0 = no previous article
    qint64 nextId = 0;     // 0 = no next article

    static LinkedArticle fromArticle(const Article &article);

    bool operator==(const LinkedArticle &) const = default;
};

// Answers "what is article `id`?" for the link rules, which follow previous/next links (to
// find loops of any length) without knowing where articles are stored. A store can answer
// from the database; LinkTable answers from memory (e.g. every article of `check --all`).
class LinkLookup
{
public:
    virtual ~LinkLookup() = default;

    // The article, or nothing when no article has this id (any more).
    virtual std::optional<LinkedArticle> find(qint64 id) const = 0;
};
