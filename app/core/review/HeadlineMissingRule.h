#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// HEADLINE_MISSING (blocking): the headline is empty.
class HeadlineMissingRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(HeadlineMissingRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
