#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

// ATTR_BOILERPLATE (warning): attribution typed into the body instead of
// attached: a "Source attribution:" label or a "(Source: ...)" note, or one identical
// attribution-like closing phrase ("(Reuters)", "— City Hall", "according to the ministry")
// ending most paragraphs (at least 3, and more than half of them).
class AttributionBoilerplateRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(AttributionBoilerplateRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;
};
