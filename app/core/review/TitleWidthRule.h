#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// TITLE_WIDTH (blocking / warning / info): the width of a title in search results
// (TitleWidth: Liberation Sans / Arial at 20 px): blocking above 600 px (the location is the
// part past the cut), warning above 580 px, info below 200 px. Checked: every meta-title
// variant (any of them may be chosen or tested), and the headline when no variant is chosen,
// because search engines then show the headline. Empty titles are left to HEADLINE_MISSING
// and TITLE_VARIANTS.
class TitleWidthRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(TitleWidthRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
