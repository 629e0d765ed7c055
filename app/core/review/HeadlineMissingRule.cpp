#include "HeadlineMissingRule.h"

#include "ReviewContext.h"

using namespace Qt::StringLiterals;

QString HeadlineMissingRule::id() const
{
    return u"HEADLINE_MISSING"_s;
}

void HeadlineMissingRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    if (!isBlank(context.article().headline))
        return;
    Finding missing = finding(Finding::Severity::Blocking, Finding::Field::Headline);
    missing.message = tr("The article has no headline.");
    findings->append(missing);
}
