#include "PlaceholderRule.h"

#include "ArticleTexts.h"
#include "ReviewContext.h"
#include "WordRuns.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Placeholders, case-insensitive, in one pass over each text:
// - TK, TKTK..., XXX..., TODO, FIXME as whole tokens: not inside a longer word ("Tokyo",
//   "XXXL"), not joined by a hyphen ("TK-421"), not part of a domain or path ("site.tk");
// - "meta title variant …" / "title variant …" with the number or word after it (the label a
//   live page once showed as its previous-article link);
// - "lorem ipsum", "headline (goes) here", %%word%%, {{…}}, __WORD__;
// - "Untitled" only as the whole text, perhaps numbered or with a generic noun ("Untitled",
//   "Untitled 3", "Untitled article"): "an untitled painting" and "Untitled Goose Game" are
//   real text.
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(
        uR"((?<![\w\-./@])(?:tk(?:tk)*|x{3,}|todo|fixme)(?![\w\-]|[./@]\w))"
        uR"(|\b(?:meta[\s\-]+)?title[\s\-]+variant\b)"
        uR"((?:\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|[a-z])\b)?)"
        uR"(|\blorem\s+ipsum\b)"
        uR"(|\bheadline\s+(?:goes\s+)?here\b)"
        uR"(|%%[\w.\-]+%%)"
        uR"(|\{\{[^{}\n]*\}\})"
        uR"(|(?<!\w)__[^\W_](?:\w*[^\W_])?__(?!\w))"
        uR"(|^\s*\Kuntitled(?:[\s\-]*(?:\(?\d+\)?|article|document|draft|story|headline|title))?)"
        uR"((?=\s*$))"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

// "todo" is an ordinary word in Spanish, Portuguese and Galician ("todo el mundo"); there only
// the upper-case TODO of a note to self is a placeholder.
bool isOrdinaryWord(QStringView placeholder, const QString &language)
{
    if (placeholder.compare(u"todo", Qt::CaseInsensitive) != 0 || placeholder == u"TODO")
        return false;
    const QStringView primary = QStringView(language).left(language.indexOf(u'-'));
    return primary.compare(u"es", Qt::CaseInsensitive) == 0 ||
           primary.compare(u"pt", Qt::CaseInsensitive) == 0 ||
           primary.compare(u"gl", Qt::CaseInsensitive) == 0;
}

// Whether `run` is `unit` repeated ("tktk", "xxxx"), in any case.
bool isRepeated(QStringView run, QLatin1StringView unit)
{
    if (run.isEmpty() || run.size() % unit.size() != 0)
        return false;
    for (qsizetype i = 0; i < run.size(); i += unit.size()) {
        if (!WordRuns::equalsIgnoringCase(run.sliced(i, unit.size()), unit))
            return false;
    }
    return true;
}

// A word every match of placeholderPattern() contains (or starts with: "untitled3").
bool isPlaceholderWord(QStringView run)
{
    switch (run.front().unicode() | 0x20) { // ASCII lower case
    case u't':
        return isRepeated(run, "tk"_L1) || WordRuns::equalsIgnoringCase(run, "todo"_L1) ||
               WordRuns::equalsIgnoringCase(run, "title"_L1);
    case u'x':
        return run.size() >= 3 && isRepeated(run, "x"_L1);
    case u'f':
        return WordRuns::equalsIgnoringCase(run, "fixme"_L1);
    case u'l':
        return WordRuns::equalsIgnoringCase(run, "lorem"_L1);
    case u'h':
        return WordRuns::equalsIgnoringCase(run, "headline"_L1);
    case u'u':
        return run.size() >= 8 && WordRuns::equalsIgnoringCase(run.first(8), "untitled"_L1);
    default:
        return false;
    }
}

// "%%", "{{" or "__", with which the template placeholders begin; one pass over the text.
bool hasDoubledMarker(QStringView text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if ((c == u'%' || c == u'{' || c == u'_') && text[i - 1] == c)
            return true;
    }
    return false;
}

// Whether `text` can contain a placeholder at all: a scan, far cheaper than the pattern.
bool mayContainPlaceholder(QStringView text)
{
    return hasDoubledMarker(text) || WordRuns::any(text, isPlaceholderWord);
}

} // namespace

QString PlaceholderRule::id() const
{
    return u"PLACEHOLDER"_s;
}

void PlaceholderRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    using Part = ArticleTexts::Part;
    const QRegularExpression &pattern = placeholderPattern();
    const QString &language = context.article().language;
    ArticleTexts::forEach(
        context.article(),
        Part::Headline | Part::Summary | Part::Byline | Part::MetaTitles | Part::Body |
            Part::LinkLabels,
        [&](const ArticleTexts::Text &text) {
            if (!mayContainPlaceholder(text.text))
                return;
            QRegularExpressionMatchIterator matches = pattern.globalMatch(text.text);
            while (matches.hasNext()) {
                const QRegularExpressionMatch match = matches.next();
                if (isOrdinaryWord(match.capturedView(), language))
                    continue;
                Finding placeholder = finding(Finding::Severity::Blocking, text.field);
                text.locate(&placeholder, match.capturedStart(), match.capturedLength());
                placeholder.message =
                    tr("Placeholder text “%1” in %2.")
                        .arg(excerpt(match.capturedView(), 80), placeholder.placeName());
                findings->append(placeholder);
            }
        });
}
