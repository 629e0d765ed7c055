#include "ReviewContext.h"

ReviewContext::ReviewContext(const Article &article)
    : m_article(&article)
{}

void ReviewContext::markNoAttributionNeeded(const QUuid &paragraph, const QString &reason)
{
    m_noAttributionReasons.insert(paragraph, reason);
}

std::optional<QString> ReviewContext::noAttributionReason(const QUuid &paragraph) const
{
    const auto found = m_noAttributionReasons.constFind(paragraph);
    if (found == m_noAttributionReasons.cend())
        return std::nullopt;
    return *found;
}

void ReviewContext::recordAnonymityApproval(const QUuid &paragraph, const QString &sourceName,
                                            const AnonymityApproval &approval)
{
    m_anonymityApprovals[paragraph].insert(sourceName, approval);
}

std::optional<ReviewContext::AnonymityApproval>
ReviewContext::anonymityApproval(const QUuid &paragraph, const QString &sourceName) const
{
    const auto found = m_anonymityApprovals.constFind(paragraph);
    if (found == m_anonymityApprovals.cend())
        return std::nullopt;
    const auto approval = found->constFind(sourceName);
    if (approval == found->cend())
        return std::nullopt;
    return *approval;
}

const Source *ReviewContext::sourceOf(const Attribution &attribution) const
{
    for (const Source &source : m_article->sources) {
        if (attribution.sourceId != 0 && source.id != 0) {
            if (source.id == attribution.sourceId)
                return &source;
        } else if (source.name == attribution.sourceName) {
            return &source;
        }
    }
    return nullptr;
}
