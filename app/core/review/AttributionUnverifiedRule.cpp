#include "AttributionUnverifiedRule.h"

#include "ReviewContext.h"

using namespace Qt::StringLiterals;

QString AttributionUnverifiedRule::id() const
{
    return u"ATTR_UNVERIFIED"_s;
}

void AttributionUnverifiedRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    const QList<Paragraph> &paragraphs = context.article().paragraphs;
    for (int i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &paragraph = paragraphs.at(i);
        for (int a = 0; a < paragraph.attributions.size(); ++a) {
            const Attribution &attribution = paragraph.attributions.at(a);
            if (attribution.verification != Verification::Unchecked)
                continue;
            Finding unverified = finding(Finding::Severity::Blocking, Finding::Field::Body, i);
            unverified.paragraph = paragraph.uuid;
            unverified.attribution = a;
            unverified.length = paragraph.text.size();
            unverified.message =
                tr("No reviewer has verified the attribution of paragraph %1 to “%2”.")
                    .arg(i + 1)
                    .arg(attribution.sourceName);
            findings->append(unverified);
        }
    }
}
