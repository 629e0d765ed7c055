#include "AnonymousSourceRule.h"

#include "ReviewContext.h"

using namespace Qt::StringLiterals;

QString AnonymousSourceRule::id() const
{
    return u"ATTR_ANONYMOUS"_s;
}

void AnonymousSourceRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    const QList<Paragraph> &paragraphs = context.article().paragraphs;
    for (int i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &paragraph = paragraphs.at(i);
        for (int a = 0; a < paragraph.attributions.size(); ++a) {
            const Attribution &attribution = paragraph.attributions.at(a);
            const Source *source = context.sourceOf(attribution);
            if (!source || source->kind != SourceKind::Anonymous)
                continue;
            Finding anonymous = finding(Finding::Severity::Warning, Finding::Field::Body, i);
            anonymous.paragraph = paragraph.uuid;
            anonymous.attribution = a;
            anonymous.length = paragraph.text.size();
            const std::optional<ReviewContext::AnonymityApproval> approval =
                context.anonymityApproval(paragraph.uuid, attribution.sourceName);
            if (approval && approval->isComplete()) {
                anonymous.message =
                    tr("Paragraph %1 cites the anonymous source “%2”, approved by %3: “%4”.")
                        .arg(i + 1)
                        .arg(attribution.sourceName, approval->approvedBy.trimmed(),
                             excerpt(approval->reason, 200));
            } else {
                // Granting anonymity is an editorial decision that must be on record.
                anonymous.blocksApproval = true;
                anonymous.message = tr("Paragraph %1 cites the anonymous source “%2”; record why "
                                       "it is anonymous and who approved that.")
                                        .arg(i + 1)
                                        .arg(attribution.sourceName);
            }
            findings->append(anonymous);
        }
    }
}
