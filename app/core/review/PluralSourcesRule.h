#pragma once

#include "ReviewRule.h"

#include <QCoreApplication>

class QRegularExpressionMatch;
namespace ArticleTexts {
struct Text;
}

// ATTR_PLURAL_SOURCES (warning): the summary or a paragraph speaks of several
// sources ("sources said", "according to two sources", "sources familiar with"...) while the
// paragraph cites only one source, or (the summary, an unattributed paragraph) the whole
// article cites at most one.
class PluralSourcesRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(PluralSourcesRule)

public:
    QString id() const override;
    void check(const ReviewContext &context, QList<Finding> *findings) const override;

private:
    void report(const ArticleTexts::Text &text, const QRegularExpressionMatch &match,
                bool paragraphLevel, const QString *source, QList<Finding> *findings) const;
};
