#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// ATTR_VERB (info): a loaded attribution verb (claimed, admitted, insisted,
// revealed, confessed) in the summary or body, with "said" suggested. Passive and adjectival
// uses ("was admitted to hospital", "the claimed savings") are not attribution: skipped.
class AttributionVerbRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(AttributionVerbRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
