#pragma once

#include "Finding.h"
#include "ReviewRule.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

class ReviewContext;

// Runs review rules over articles: by default every rule of design.md §4, in that order, so
// findings come out in a stable order (by rule, then in text order within a rule). One
// instance can check any number of articles; check() is const and keeps no state.
class ArticleReview
{
public:
    ArticleReview(); // the standard rules
    explicit ArticleReview(std::vector<std::unique_ptr<ReviewRule>> rules);
    ArticleReview(const ArticleReview &) = delete; // owns its rules
    ArticleReview &operator=(const ArticleReview &) = delete;
    ArticleReview(ArticleReview &&other) noexcept;
    ArticleReview &operator=(ArticleReview &&other) noexcept;
    ~ArticleReview();

    // One instance of every rule, in the order of the rule ids in design.md §4.
    static std::vector<std::unique_ptr<ReviewRule>> standardRules();

    QList<Finding> check(const ReviewContext &context) const;
    // Appends to `findings` (clear it to reuse its memory from article to article).
    void check(const ReviewContext &context, QList<Finding> *findings) const;

    QStringList ruleIds() const;
    const std::vector<std::unique_ptr<ReviewRule>> &rules() const { return m_rules; }

    // The `findings` array of `check --json` (each finding's Finding::toJson()).
    static QJsonArray toJson(const QList<Finding> &findings);

private:
    std::vector<std::unique_ptr<ReviewRule>> m_rules;
};
