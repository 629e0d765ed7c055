#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// LINK_BROKEN (blocking): the previous or next link points to an article that no
// longer exists, or whose own link back does not point to this article. Needs the context's
// LinkLookup; without one it does not run.
class LinkBrokenRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(LinkBrokenRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
