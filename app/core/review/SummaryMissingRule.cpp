#include "SummaryMissingRule.h"

#include "ReviewContext.h"

using namespace Qt::StringLiterals;

QString SummaryMissingRule::id() const
{
    return u"SUMMARY_MISSING"_s;
}

void SummaryMissingRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    if (!isBlank(context.article().summary))
        return;
    Finding missing = finding(Finding::Severity::Warning, Finding::Field::Summary);
    missing.message = tr("The article has no reader summary.");
    findings->append(missing);
}
