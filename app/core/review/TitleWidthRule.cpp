#include "TitleWidthRule.h"

#include "ArticleTexts.h"
#include "ReviewContext.h"

#include "core/TitleWidth.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString TitleWidthRule::id() const
{
    return u"TITLE_WIDTH"_s;
}

void TitleWidthRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    const Article &article = context.article();
    const bool variantChosen = std::any_of(article.metaTitles.cbegin(), article.metaTitles.cend(),
                                           [](const MetaTitle &title) { return title.chosen; });
    const ArticleTexts::Parts parts =
        variantChosen ? ArticleTexts::Parts(ArticleTexts::Part::MetaTitles)
                      : ArticleTexts::Part::Headline | ArticleTexts::Part::MetaTitles;
    ArticleTexts::forEach(article, parts, [&](const ArticleTexts::Text &text) {
        if (isBlank(text.text))
            return;
        const double pixels = TitleWidth::pixels(text.text);
        Finding width = finding(Finding::Severity::Warning, text.field);
        const QString place = width.placeName();
        const QString quoted = excerpt(text.text, 80);
        const int roundedPixels = qRound(pixels);
        if (pixels > TitleWidth::cutAbovePx) {
            // The location is what search results cut off (after the elided part).
            const qsizetype kept = TitleWidth::elided(text.text).size() - 1;
            width = finding(Finding::Severity::Blocking, text.field);
            text.locate(&width, kept, text.text.size() - kept);
            width.message = tr("Too wide for search results: %1 “%2” is %3 px, and results cut "
                               "titles at %4 px, after “%5”.")
                                .arg(place, quoted)
                                .arg(roundedPixels)
                                .arg(TitleWidth::cutAbovePx)
                                .arg(excerpt(QStringView(text.text).left(kept), 80));
        } else if (pixels > TitleWidth::warnAbovePx) {
            text.locate(&width, 0, text.text.size());
            width.message = tr("Nearly too wide for search results: %1 “%2” is %3 px; above %4 px "
                               "results may cut it.")
                                .arg(place, quoted)
                                .arg(roundedPixels)
                                .arg(TitleWidth::warnAbovePx);
        } else if (pixels < TitleWidth::shortBelowPx) {
            width = finding(Finding::Severity::Info, text.field);
            text.locate(&width, 0, text.text.size());
            width.message =
                tr("Short for search results: %1 “%2” is only %3 px; titles under %4 px "
                   "leave most of the result line unused.")
                    .arg(place, quoted)
                    .arg(roundedPixels)
                    .arg(TitleWidth::shortBelowPx);
        } else {
            return;
        }
        findings->append(width);
    });
}
