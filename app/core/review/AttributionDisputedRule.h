#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// ATTR_DISPUTED (blocking): an attribution a reviewer disputed, with who
// disputed it and their note.
class AttributionDisputedRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(AttributionDisputedRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
