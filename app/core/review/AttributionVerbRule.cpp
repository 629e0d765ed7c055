#include "AttributionVerbRule.h"

#include "ArticleTexts.h"
#include "ReviewContext.h"
#include "WordRuns.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The verb (group 2), and the word before it when that makes it passive or adjectival
// (group 1): "was admitted to hospital" and "the claimed savings" attribute nothing.
const QRegularExpression &verbPattern()
{
    static const QRegularExpression pattern(
        uR"(\b(?:(was|were|been|being|is|are|be|get|gets|got|getting|the|a|an|his|her|its|)"
        uR"(their|our|my|your)\s+)?(claimed|admitted|insisted|revealed|confessed)\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

bool isLoadedVerb(QStringView run)
{
    if (run.size() < 7 || run.size() > 9) // "claimed" ... "confessed"
        return false;
    for (const QLatin1StringView verb :
         {"claimed"_L1, "admitted"_L1, "insisted"_L1, "revealed"_L1, "confessed"_L1}) {
        if (WordRuns::equalsIgnoringCase(run, verb))
            return true;
    }
    return false;
}

} // namespace

QString AttributionVerbRule::id() const
{
    return u"ATTR_VERB"_s;
}

void AttributionVerbRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    const QRegularExpression &pattern = verbPattern();
    ArticleTexts::forEach(
        context.article(), ArticleTexts::Part::Summary | ArticleTexts::Part::Body,
        [&](const ArticleTexts::Text &text) {
            // Most texts have none of the verbs; a word scan says so far cheaper than the pattern.
            if (!WordRuns::any(text.text, isLoadedVerb))
                return;
            QRegularExpressionMatchIterator matches = pattern.globalMatch(text.text);
            while (matches.hasNext()) {
                const QRegularExpressionMatch match = matches.next();
                if (match.hasCaptured(1))
                    continue;
                Finding loaded = finding(Finding::Severity::Info, text.field);
                text.locate(&loaded, match.capturedStart(2), match.capturedLength(2));
                loaded.word = match.captured(2);
                // "Claimed" opening a sentence becomes "Said".
                loaded.suggestions = {loaded.word.front().isUpper() ? u"Said"_s : u"said"_s};
                loaded.message =
                    tr("“%1” in %2 is a loaded attribution verb; consider “%3”.")
                        .arg(loaded.word, loaded.placeName(), loaded.suggestions.constFirst());
                findings->append(loaded);
            }
        });
}
