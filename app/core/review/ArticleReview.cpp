#include "ArticleReview.h"

#include "AnonymousSourceRule.h"
#include "AttributionBoilerplateRule.h"
#include "AttributionDisputedRule.h"
#include "AttributionMissingRule.h"
#include "AttributionUnverifiedRule.h"
#include "AttributionVerbRule.h"
#include "HeadlineMissingRule.h"
#include "LinkBrokenRule.h"
#include "LinkCycleRule.h"
#include "LinkTargetStatusRule.h"
#include "PlaceholderRule.h"
#include "PluralSourcesRule.h"
#include "RepeatedWordRule.h"
#include "SingleSourceRule.h"
#include "SpellingRule.h"
#include "SummaryLengthRule.h"
#include "SummaryMissingRule.h"
#include "TitleVariantsRule.h"
#include "TitleWidthRule.h"

ArticleReview::ArticleReview()
    : m_rules(standardRules())
{}

ArticleReview::ArticleReview(std::vector<std::unique_ptr<ReviewRule>> rules)
    : m_rules(std::move(rules))
{}

ArticleReview::ArticleReview(ArticleReview &&) noexcept = default;
ArticleReview &ArticleReview::operator=(ArticleReview &&) noexcept = default;
ArticleReview::~ArticleReview() = default;

std::vector<std::unique_ptr<ReviewRule>> ArticleReview::standardRules()
{
    std::vector<std::unique_ptr<ReviewRule>> rules;
    rules.push_back(std::make_unique<HeadlineMissingRule>());
    rules.push_back(std::make_unique<SummaryMissingRule>());
    rules.push_back(std::make_unique<SummaryLengthRule>());
    rules.push_back(std::make_unique<AttributionMissingRule>());
    rules.push_back(std::make_unique<AttributionUnverifiedRule>());
    rules.push_back(std::make_unique<AttributionDisputedRule>());
    rules.push_back(std::make_unique<SingleSourceRule>());
    rules.push_back(std::make_unique<PluralSourcesRule>());
    rules.push_back(std::make_unique<AnonymousSourceRule>());
    rules.push_back(std::make_unique<AttributionBoilerplateRule>());
    rules.push_back(std::make_unique<AttributionVerbRule>());
    rules.push_back(std::make_unique<PlaceholderRule>());
    rules.push_back(std::make_unique<TitleWidthRule>());
    rules.push_back(std::make_unique<TitleVariantsRule>());
    rules.push_back(std::make_unique<LinkBrokenRule>());
    rules.push_back(std::make_unique<LinkCycleRule>());
    rules.push_back(std::make_unique<LinkTargetStatusRule>());
    rules.push_back(std::make_unique<SpellingRule>());
    rules.push_back(std::make_unique<RepeatedWordRule>());
    return rules;
}

QList<Finding> ArticleReview::check(const ReviewContext &context) const
{
    QList<Finding> findings;
    check(context, &findings);
    return findings;
}

void ArticleReview::check(const ReviewContext &context, QList<Finding> *findings) const
{
    for (const std::unique_ptr<ReviewRule> &rule : m_rules)
        rule->check(context, findings);
}

QStringList ArticleReview::ruleIds() const
{
    QStringList ids;
    ids.reserve(qsizetype(m_rules.size()));
    for (const std::unique_ptr<ReviewRule> &rule : m_rules)
        ids.append(rule->id());
    return ids;
}

QJsonArray ArticleReview::toJson(const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &finding : findings)
        array.append(finding.toJson());
    return array;
}
