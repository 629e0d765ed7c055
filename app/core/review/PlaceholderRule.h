#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// PLACEHOLDER (blocking): placeholder text left in the headline, summary, byline,
// a meta-title variant, a body paragraph or a previous/next link label. The patterns, and
// where they are whole-word, are described in the .cpp.
class PlaceholderRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(PlaceholderRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
