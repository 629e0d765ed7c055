#include "RepeatedWordRule.h"

#include "ArticleTexts.h"
#include "ReviewContext.h"
#include "WordRuns.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// Words English writes twice on purpose ("she had had enough", "he said that that was all",
// "what it is is", "knock knock"), lower case.
constexpr QStringView legitimateDoubles[] = {
    u"bang", u"blah",  u"boo", u"bye", u"cha", u"chop", u"do",    u"ha",  u"had",  u"hear", u"ho",
    u"is",   u"knock", u"no",  u"now", u"so",  u"that", u"there", u"tut", u"very", u"well", u"yes",
};

// Function words are typos when doubled even in Title Case ("The The Budget").
constexpr QStringView functionWords[] = {
    u"a",    u"an", u"and", u"as", u"at", u"but", u"by", u"for",
    u"from", u"in", u"of",  u"on", u"or", u"the", u"to", u"with",
};

bool containsWord(const QStringView *begin, const QStringView *end, QStringView word)
{
    // The lists are tiny; comparing case-insensitively avoids building a lower-case copy.
    return std::any_of(begin, end, [word](QStringView entry) {
        return word.compare(entry, Qt::CaseInsensitive) == 0;
    });
}

bool isLegitimate(QStringView first, QStringView second)
{
    if (containsWord(std::begin(legitimateDoubles), std::end(legitimateDoubles), first))
        return true;
    // Both capitalized: a name ("Walla Walla", "Bora Bora") or Title Case.
    return first.front().isUpper() && second.front().isUpper() &&
           !containsWord(std::begin(functionWords), std::end(functionWords), first);
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’';
}

// Whether text[i] belongs to a token: a word character, an apostrophe or a hyphen. Tokens are
// what a repeat is made of ("it's it's") and what it must not be part of ("walk-in in").
bool isTokenAt(QStringView text, qsizetype i, qsizetype *length)
{
    if (WordRuns::isWordAt(text, i, length))
        return true;
    return isApostrophe(text[i]) || text[i] == u'-';
}

// A token that is a plain word: letters (with combining marks) in groups joined by single
// apostrophes, starting with a letter; no digits, underscores or hyphens.
bool isPlainWord(QStringView token)
{
    bool afterApostrophe = true; // the next character must be a letter
    for (qsizetype i = 0; i < token.size();) {
        const QChar c = token[i];
        if (isApostrophe(c)) {
            if (afterApostrophe)
                return false;
            afterApostrophe = true;
            ++i;
            continue;
        }
        char32_t codePoint = c.unicode();
        qsizetype length = 1;
        if (c.isHighSurrogate() && i + 1 < token.size() && token[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(c, token[i + 1]);
            length = 2;
        }
        const bool letter = QChar::isLetter(codePoint);
        if (!letter && !(QChar::isMark(codePoint) && !afterApostrophe))
            return false;
        afterApostrophe = false;
        i += length;
    }
    return !afterApostrophe;
}

bool isWhiteSpace(QStringView gap)
{
    return std::all_of(gap.cbegin(), gap.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

QString RepeatedWordRule::id() const
{
    return u"REPEATED_WORD"_s;
}

void RepeatedWordRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    using Part = ArticleTexts::Part;
    // A scan of tokens rather than a back-referencing pattern: this rule reads every word of
    // every text, and the scan is about twenty times faster.
    ArticleTexts::forEach(
        context.article(),
        Part::Headline | Part::Summary | Part::Byline | Part::MetaTitles | Part::Body,
        [&](const ArticleTexts::Text &text) {
            const QStringView view(text.text);
            const qsizetype size = view.size();
            qsizetype previousStart = -1; // the previous token, when it is a plain word
            qsizetype previousEnd = -1;
            qsizetype i = 0;
            qsizetype length = 0;
            while (i < size) {
                if (!isTokenAt(view, i, &length)) {
                    i += length;
                    continue;
                }
                const qsizetype start = i;
                do {
                    i += length;
                } while (i < size && isTokenAt(view, i, &length));
                const QStringView token = view.sliced(start, i - start);
                if (!isPlainWord(token)) {
                    previousStart = -1;
                    continue;
                }
                const QStringView previous =
                    previousStart >= 0 ? view.sliced(previousStart, previousEnd - previousStart)
                                       : QStringView();
                if (previousStart >= 0 && previous.compare(token, Qt::CaseInsensitive) == 0 &&
                    isWhiteSpace(view.sliced(previousEnd, start - previousEnd)) &&
                    !isLegitimate(previous, token)) {
                    Finding repeated = finding(Finding::Severity::Warning, text.field);
                    text.locate(&repeated, previousStart, i - previousStart);
                    repeated.message =
                        tr("“%1” is repeated in %2: “%3”.")
                            .arg(token.toString(), repeated.placeName(),
                                 excerpt(view.sliced(previousStart, i - previousStart), 80));
                    findings->append(repeated);
                    previousStart = -1; // "the the the" is one finding, then a lone "the"
                    continue;
                }
                previousStart = start;
                previousEnd = i;
            }
        });
}
