#include "LinkBrokenRule.h"

#include "LinkLookup.h"
#include "ReviewContext.h"

using namespace Qt::StringLiterals;

QString LinkBrokenRule::id() const
{
    return u"LINK_BROKEN"_s;
}

void LinkBrokenRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    const LinkLookup *links = context.linkLookup();
    if (!links)
        return;
    const Article &article = context.article();
    for (const bool isNext : {false, true}) {
        const std::optional<ArticleRef> &ref = isNext ? article.next : article.previous;
        // A self-link is a loop, reported by LINK_CYCLE.
        if (!ref || (article.id != 0 && ref->id == article.id))
            continue;
        Finding broken = finding(Finding::Severity::Blocking,
                                 isNext ? Finding::Field::Next : Finding::Field::Previous);
        broken.length = ref->headline.size();
        const std::optional<LinkedArticle> target = links->find(ref->id);
        if (!target) {
            broken.message = isNext ? tr("The next-article link points to “%1”, which no longer "
                                         "exists.")
                                          .arg(excerpt(ref->headline, 80))
                                    : tr("The previous-article link points to “%1”, which no "
                                         "longer exists.")
                                          .arg(excerpt(ref->headline, 80));
            findings->append(broken);
            continue;
        }
        // The store keeps links symmetric; an unsaved article (id 0) has no back-link yet.
        const qint64 backLink = isNext ? target->previousId : target->nextId;
        if (article.id == 0 || backLink == article.id)
            continue;
        const QString targetHeadline = excerpt(target->headline, 80);
        if (isNext) {
            broken.message = backLink == 0
                                 ? tr("The next article, “%1”, has no previous-article link "
                                      "back to this one.")
                                       .arg(targetHeadline)
                                 : tr("The next article, “%1”, links back to another article "
                                      "(id %2) as its previous one.")
                                       .arg(targetHeadline)
                                       .arg(backLink);
        } else {
            broken.message = backLink == 0
                                 ? tr("The previous article, “%1”, has no next-article link "
                                      "back to this one.")
                                       .arg(targetHeadline)
                                 : tr("The previous article, “%1”, links back to another "
                                      "article (id %2) as its next one.")
                                       .arg(targetHeadline)
                                       .arg(backLink);
        }
        findings->append(broken);
    }
}
