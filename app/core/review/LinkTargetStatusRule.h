#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// LINK_TARGET_STATUS (warning): a link to an article that is neither approved
// nor published. Needs the context's LinkLookup.
class LinkTargetStatusRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(LinkTargetStatusRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
