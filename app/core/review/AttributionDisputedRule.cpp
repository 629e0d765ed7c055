#include "AttributionDisputedRule.h"

#include "ReviewContext.h"

using namespace Qt::StringLiterals;

QString AttributionDisputedRule::id() const
{
    return u"ATTR_DISPUTED"_s;
}

void AttributionDisputedRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    const QList<Paragraph> &paragraphs = context.article().paragraphs;
    for (int i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &paragraph = paragraphs.at(i);
        for (int a = 0; a < paragraph.attributions.size(); ++a) {
            const Attribution &attribution = paragraph.attributions.at(a);
            if (attribution.verification != Verification::Disputed)
                continue;
            Finding disputed = finding(Finding::Severity::Blocking, Finding::Field::Body, i);
            disputed.paragraph = paragraph.uuid;
            disputed.attribution = a;
            disputed.length = paragraph.text.size();
            const bool hasReviewer = !isBlank(attribution.reviewer);
            const bool hasNote = !isBlank(attribution.note);
            if (hasReviewer && hasNote) {
                disputed.message = tr("The attribution of paragraph %1 to “%2” is disputed by "
                                      "%3: “%4”.")
                                       .arg(i + 1)
                                       .arg(attribution.sourceName, attribution.reviewer,
                                            excerpt(attribution.note, 200));
            } else if (hasReviewer) {
                disputed.message = tr("The attribution of paragraph %1 to “%2” is disputed by %3.")
                                       .arg(i + 1)
                                       .arg(attribution.sourceName, attribution.reviewer);
            } else if (hasNote) {
                disputed.message = tr("The attribution of paragraph %1 to “%2” is disputed: “%3”.")
                                       .arg(i + 1)
                                       .arg(attribution.sourceName, excerpt(attribution.note, 200));
            } else {
                disputed.message = tr("The attribution of paragraph %1 to “%2” is disputed.")
                                       .arg(i + 1)
                                       .arg(attribution.sourceName);
            }
            findings->append(disputed);
        }
    }
}
