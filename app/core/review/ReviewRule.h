#pragma once

#include "Finding.h"

#include <QList>
#include <QString>
#include <QStringView>

class ReviewContext;

// One automatic review check. Rules keep no state between calls: one instance checks any number
// of articles. Patterns are compiled once (function-local statics), not per article, and most
// rules scan for a word their pattern needs before running it (see WordRuns).
class ReviewRule
{
public:
    virtual ~ReviewRule() = default;

    // The stable id of design.md §4, e.g. "HEADLINE_MISSING".
    virtual QString id() const = 0;
    // Appends this rule's findings for the article of `context`, in text order.
    virtual void check(const ReviewContext &context, QList<Finding> *findings) const = 0;

protected:
    // A finding of this rule; blocksApproval follows the severity.
    Finding finding(Finding::Severity severity, Finding::Field field, int index = -1) const
    {
        return Finding::make(id(), severity, field, index);
    }

    // Whether `text` has nothing but white space.
    static bool isBlank(QStringView text);
    // `text` for quoting in a message: white space runs (line breaks too) made one space, cut
    // to about `maximum` characters with "…".
    static QString excerpt(QStringView text, qsizetype maximum = 60);
};
