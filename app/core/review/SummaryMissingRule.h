#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// SUMMARY_MISSING (warning): the reader summary is empty.
class SummaryMissingRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(SummaryMissingRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
