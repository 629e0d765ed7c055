#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// SPELLING (warning): each misspelled word of the headline, summary, byline, meta
// titles and body, with the word and suggestions, from the context's SpellingChecker in the
// article's language. Without a checker it does not run.
class SpellingRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(SpellingRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
