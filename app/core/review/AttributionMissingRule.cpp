#include "AttributionMissingRule.h"

#include "ReviewContext.h"

using namespace Qt::StringLiterals;

QString AttributionMissingRule::id() const
{
    return u"ATTR_MISSING"_s;
}

void AttributionMissingRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    const QList<Paragraph> &paragraphs = context.article().paragraphs;
    for (int i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &paragraph = paragraphs.at(i);
        if (!paragraph.attributions.isEmpty() || isBlank(paragraph.text))
            continue;
        const std::optional<QString> reason = context.noAttributionReason(paragraph.uuid);
        const bool markedWithReason = reason && !isBlank(*reason);
        Finding missing =
            finding(markedWithReason ? Finding::Severity::Info : Finding::Severity::Blocking,
                    Finding::Field::Body, i);
        missing.paragraph = paragraph.uuid;
        missing.length = paragraph.text.size();
        if (markedWithReason) {
            missing.message = tr("Paragraph %1 is marked as needing no attribution: “%2”.")
                                  .arg(i + 1)
                                  .arg(excerpt(*reason, 200));
        } else if (reason) {
            missing.message = tr("Paragraph %1 has no source attribution, and its “no "
                                 "attribution needed” mark gives no reason: “%2”.")
                                  .arg(i + 1)
                                  .arg(excerpt(paragraph.text));
        } else {
            missing.message = tr("Paragraph %1 has no source attribution: “%2”.")
                                  .arg(i + 1)
                                  .arg(excerpt(paragraph.text));
        }
        findings->append(missing);
    }
}
