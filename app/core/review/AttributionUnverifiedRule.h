#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// ATTR_UNVERIFIED (blocking): an attribution no reviewer has verified yet,
// one finding per attribution (Finding::attribution says which).
class AttributionUnverifiedRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(AttributionUnverifiedRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
