#include "PluralSourcesRule.h"

#include "ArticleTexts.h"
#include "ReviewContext.h"
#include "WordRuns.h"

#include <QRegularExpression>

#include <algorithm>
#include <span>

using namespace Qt::StringLiterals;

namespace {

// Wording that claims more than one source. Kept to "sources" used as attribution ("sources
// said", "according to two sources"): "energy sources" or "officials said" are not claims
// about the number of sources behind the story.
const QRegularExpression &pluralSourcesPattern()
{
    static const QRegularExpression pattern(
        uR"(\bsources\s+(?:have\s+|had\s+)?(?:said|say|says|told|tell|confirmed|confirm|added|)"
        uR"(indicated|suggested|claimed|insisted|familiar\s+with|close\s+to|)"
        uR"(with\s+knowledge\s+of|speaking\s+on)\b)"
        uR"(|\b(?:according\s+to|citing|cited\s+by)\s+(?:[\w’'-]+\s+){0,3}?sources\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

// How many distinct sources `paragraphs` cite, counting up to `limit` (enough to decide).
int distinctSources(std::span<const Paragraph> paragraphs, const QString **first, int limit)
{
    int count = 0;
    const QString *seen[4] = {};
    for (const Paragraph &paragraph : paragraphs) {
        for (const Attribution &attribution : paragraph.attributions) {
            const QString &name = attribution.sourceName;
            if (std::none_of(seen, seen + count,
                             [&name](const QString *s) { return *s == name; })) {
                seen[count++] = &name;
                if (count >= limit)
                    break;
            }
        }
        if (count >= limit)
            break;
    }
    *first = count > 0 ? seen[0] : nullptr;
    return count;
}

} // namespace

QString PluralSourcesRule::id() const
{
    return u"ATTR_PLURAL_SOURCES"_s;
}

void PluralSourcesRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    const Article &article = context.article();
    const QRegularExpression &pattern = pluralSourcesPattern();
    ArticleTexts::forEach(
        article, ArticleTexts::Part::Summary | ArticleTexts::Part::Body,
        [&](const ArticleTexts::Text &text) {
            // Every match says "sources"; looking for the word first is far cheaper.
            if (!WordRuns::containsWord(text.text, "sources"_L1))
                return;
            QRegularExpressionMatchIterator matches = pattern.globalMatch(text.text);
            if (!matches.hasNext())
                return;
            // A paragraph with attributions answers for itself; the summary and unattributed
            // paragraphs speak for the whole article.
            const std::span<const Paragraph> all(article.paragraphs.constData(),
                                                 size_t(article.paragraphs.size()));
            const bool paragraphLevel = text.field == Finding::Field::Body &&
                                        !all[size_t(text.index)].attributions.isEmpty();
            const QString *source = nullptr;
            const int sources = distinctSources(
                paragraphLevel ? all.subspan(size_t(text.index), 1) : all, &source, 2);
            if (sources > 1)
                return;
            while (matches.hasNext())
                report(text, matches.next(), paragraphLevel, source, findings);
        });
}

void PluralSourcesRule::report(const ArticleTexts::Text &text, const QRegularExpressionMatch &match,
                               bool paragraphLevel, const QString *source,
                               QList<Finding> *findings) const
{
    Finding plural = finding(Finding::Severity::Warning, text.field);
    text.locate(&plural, match.capturedStart(), match.capturedLength());
    const QString place = plural.placeName();
    if (paragraphLevel && source) {
        plural.message = tr("“%1” in %2, but the paragraph cites only one source, “%3”.")
                             .arg(match.captured(), place, *source);
    } else if (source) {
        plural.message = tr("“%1” in %2, but the article cites only one source, “%3”.")
                             .arg(match.captured(), place, *source);
    } else {
        plural.message =
            tr("“%1” in %2, but the article cites no source.").arg(match.captured(), place);
    }
    findings->append(plural);
}
