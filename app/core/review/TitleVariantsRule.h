#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// TITLE_VARIANTS (warning): an empty variant, two variants equal after case and
// punctuation folding, HTML (a tag or an entity) in a variant, more than maximumVariants
// variants, or variants of which none is chosen.
class TitleVariantsRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(TitleVariantsRule)

public:
    static constexpr int maximumVariants = 10;

    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
