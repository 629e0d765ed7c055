#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// ATTR_ANONYMOUS (warning): an attribution to a source of kind anonymous. It
// blocks approval until the review context records a reason and an approver for that
// attribution.
class AnonymousSourceRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(AnonymousSourceRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
