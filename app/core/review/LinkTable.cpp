#include "LinkTable.h"

void LinkTable::insert(const LinkedArticle &article)
{
    m_articles.insert(article.id, article);
}

void LinkTable::remove(qint64 id)
{
    m_articles.remove(id);
}

std::optional<LinkedArticle> LinkTable::find(qint64 id) const
{
    const auto found = m_articles.constFind(id);
    if (found == m_articles.cend())
        return std::nullopt;
    return *found;
}
