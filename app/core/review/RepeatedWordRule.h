#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// REPEATED_WORD (warning): the same word twice in a row ("the the"), ignoring
// case, also across a line break, within one text (never across paragraphs). Conservative:
// words English legitimately doubles ("had had", "that that") and capitalized pairs, which
// are names ("Walla Walla", "Bora Bora"), are skipped, except function words ("The The").
class RepeatedWordRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(RepeatedWordRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
