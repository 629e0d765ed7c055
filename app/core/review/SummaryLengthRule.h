#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// SUMMARY_LENGTH (warning): the summary has more than maximumWords words (counted
// as Article::wordCount() counts them); the location is the part past the limit.
class SummaryLengthRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(SummaryLengthRule)

public:
    static constexpr int maximumWords = 60;

    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
