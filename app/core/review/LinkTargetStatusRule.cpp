#include "LinkTargetStatusRule.h"

#include "LinkLookup.h"
#include "ReviewContext.h"

using namespace Qt::StringLiterals;

QString LinkTargetStatusRule::id() const
{
    return u"LINK_TARGET_STATUS"_s;
}

void LinkTargetStatusRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    const LinkLookup *links = context.linkLookup();
    if (!links)
        return;
    const Article &article = context.article();
    for (const bool isNext : {false, true}) {
        const std::optional<ArticleRef> &ref = isNext ? article.next : article.previous;
        if (!ref)
            continue;
        const std::optional<LinkedArticle> target = links->find(ref->id);
        // A missing target is LINK_BROKEN's.
        if (!target || isReleasable(target->status))
            continue;
        Finding status = finding(Finding::Severity::Warning,
                                 isNext ? Finding::Field::Next : Finding::Field::Previous);
        status.length = ref->headline.size();
        const QString headline = excerpt(target->headline, 80);
        const QString label = articleStatusLabel(target->status);
        status.message =
            isNext ? tr("The next article, “%1”, is not approved or published (status: %2).")
                         .arg(headline, label)
                   : tr("The previous article, “%1”, is not approved or published (status: %2).")
                         .arg(headline, label);
        findings->append(status);
    }
}
