#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// ATTR_MISSING (blocking): a body paragraph with text and no attribution. A
// paragraph marked "no attribution needed" with a reason gives an Info finding instead, so
// the reviewer sees the mark and its reason; a mark without a reason still blocks. Empty
// paragraphs are skipped (nothing to attribute).
class AttributionMissingRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(AttributionMissingRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
