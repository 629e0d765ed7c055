#include "SpellingRule.h"

#include "ArticleTexts.h"
#include "ReviewContext.h"
#include "SpellingChecker.h"

using namespace Qt::StringLiterals;

QString SpellingRule::id() const
{
    return u"SPELLING"_s;
}

void SpellingRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    SpellingChecker *checker = context.spellingChecker();
    if (!checker)
        return;
    using Part = ArticleTexts::Part;
    const Article &article = context.article();
    ArticleTexts::forEach(
        article, Part::Headline | Part::Summary | Part::Byline | Part::MetaTitles | Part::Body,
        [&](const ArticleTexts::Text &text) {
            if (isBlank(text.text))
                return;
            const QList<SpellingIssue> issues = checker->check(text.text, article.language);
            for (const SpellingIssue &issue : issues) {
                Finding misspelled = finding(Finding::Severity::Warning, text.field);
                text.locate(&misspelled, issue.offset, issue.length);
                misspelled.word = issue.word;
                misspelled.suggestions = issue.suggestions;
                misspelled.message = issue.suggestions.isEmpty()
                                         ? tr("“%1” in %2 may be misspelled.")
                                               .arg(issue.word, misspelled.placeName())
                                         : tr("“%1” in %2 may be misspelled; did you mean “%3”?")
                                               .arg(issue.word, misspelled.placeName(),
                                                    issue.suggestions.constFirst());
                findings->append(misspelled);
            }
        });
}
