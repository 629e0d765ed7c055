#include "LinkLookup.h"

LinkedArticle LinkedArticle::fromArticle(const Article &article)
{
    return {article.id, article.status, article.headline,
            article.previous ? article.previous->id : 0, article.next ? article.next->id : 0};
}
