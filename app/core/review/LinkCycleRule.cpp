#include "LinkCycleRule.h"

#include "LinkLookup.h"
#include "ReviewContext.h"

using namespace Qt::StringLiterals;

namespace {

enum class Walk { Ends, ReturnsHere, LoopsAhead };

// Follows one direction of links from `article` (Floyd's tortoise and hare: no memory, ends on
// any loop). The article's own links come from the article, which may be newer than the store.
Walk follow(const Article &article, const LinkLookup &links, bool forward)
{
    const auto step = [&](qint64 id) -> qint64 {
        if (id == article.id) {
            const std::optional<ArticleRef> &ref = forward ? article.next : article.previous;
            return ref ? ref->id : 0;
        }
        const std::optional<LinkedArticle> found = links.find(id);
        if (!found)
            return 0;
        return forward ? found->nextId : found->previousId;
    };
    const std::optional<ArticleRef> &start = forward ? article.next : article.previous;
    qint64 slow = start ? start->id : 0;
    qint64 fast = slow;
    while (true) {
        for (int i = 0; i < 2; ++i) {
            if (fast == 0)
                return Walk::Ends;
            if (fast == article.id)
                return Walk::ReturnsHere;
            fast = step(fast);
        }
        slow = step(slow);
        if (fast != 0 && slow == fast)
            return Walk::LoopsAhead;
    }
}

} // namespace

QString LinkCycleRule::id() const
{
    return u"LINK_CYCLE"_s;
}

void LinkCycleRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    const Article &article = context.article();
    const auto report = [&](Finding::Field field, const QString &message) {
        Finding cycle = finding(Finding::Severity::Blocking, field);
        const std::optional<ArticleRef> &ref =
            field == Finding::Field::Next ? article.next : article.previous;
        cycle.length = ref ? ref->headline.size() : 0;
        cycle.message = message;
        findings->append(cycle);
    };

    // What the article alone shows.
    const bool selfPrevious =
        article.previous && article.id != 0 && article.previous->id == article.id;
    const bool selfNext = article.next && article.id != 0 && article.next->id == article.id;
    if (selfPrevious)
        report(Finding::Field::Previous, tr("The previous-article link points to this article."));
    if (selfNext)
        report(Finding::Field::Next, tr("The next-article link points to this article."));
    if (selfPrevious || selfNext)
        return;
    if (article.previous && article.next && article.previous->id != 0 &&
        article.previous->id == article.next->id) {
        report(Finding::Field::Next, tr("“%1” is both the previous and the next article, so the "
                                        "chain loops.")
                                         .arg(excerpt(article.next->headline, 80)));
        return;
    }

    const LinkLookup *links = context.linkLookup();
    if (!links || article.id == 0)
        return;
    const Walk ahead = follow(article, *links, true);
    const Walk behind = follow(article, *links, false);
    if (ahead == Walk::ReturnsHere) {
        // A loop through this article is seen from both sides; one finding is enough.
        report(Finding::Field::Next, tr("Following the next-article links from this article "
                                        "comes back to it: the chain loops."));
        return;
    }
    if (behind == Walk::ReturnsHere) {
        report(Finding::Field::Previous, tr("Following the previous-article links from this "
                                            "article comes back to it: the chain loops."));
        return;
    }
    if (ahead == Walk::LoopsAhead) {
        report(Finding::Field::Next,
               tr("The chain of next-article links after this article loops without ending."));
    }
    if (behind == Walk::LoopsAhead) {
        report(Finding::Field::Previous, tr("The chain of previous-article links before this "
                                            "article loops without ending."));
    }
}
