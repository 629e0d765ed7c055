#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// ATTR_SINGLE_SOURCE (warning): at least 80 % of the attributed paragraphs, and at
// least 3 of them, cite one and the same source and nothing else. Reported once, for the body.
class SingleSourceRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(SingleSourceRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
