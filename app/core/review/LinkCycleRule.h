#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// LINK_CYCLE (blocking): following the links loops: a self-link, the same article
// as previous and next, or (with the context's LinkLookup) a chain that comes back to this
// article or runs into a loop further on. At most one finding per direction.
class LinkCycleRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(LinkCycleRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
