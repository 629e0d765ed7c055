#include "SummaryLengthRule.h"

#include "ReviewContext.h"

using namespace Qt::StringLiterals;

namespace {

// The characters of a word as Article::wordCount() counts words (\w+ with inner apostrophes),
// scanned by hand: no regular expression match objects for the most frequent rule input.
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'_';
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’';
}

} // namespace

QString SummaryLengthRule::id() const
{
    return u"SUMMARY_LENGTH"_s;
}

void SummaryLengthRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    const QString &summary = context.article().summary;
    const qsizetype size = summary.size();
    int words = 0;
    qsizetype firstExtraWord = -1;
    qsizetype i = 0;
    while (i < size) {
        if (!isWordCharacter(summary.at(i))) {
            ++i;
            continue;
        }
        if (++words == maximumWords + 1)
            firstExtraWord = i;
        while (i < size) {
            if (isWordCharacter(summary.at(i)))
                ++i;
            else if (isApostrophe(summary.at(i)) && i + 1 < size &&
                     isWordCharacter(summary.at(i + 1)))
                i += 2;
            else
                break;
        }
    }
    if (words <= maximumWords)
        return;
    Finding tooLong = finding(Finding::Severity::Warning, Finding::Field::Summary);
    tooLong.offset = firstExtraWord;
    tooLong.length = size - firstExtraWord;
    tooLong.message = tr("The summary has %n words; keep it to %1 or fewer (it runs over from "
                         "“%2”).",
                         nullptr, words)
                          .arg(maximumWords)
                          .arg(excerpt(QStringView(summary).mid(firstExtraWord), 30));
    findings->append(tooLong);
}
