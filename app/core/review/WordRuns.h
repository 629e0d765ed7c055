#pragma once

#include <QChar>
#include <QLatin1StringView>
#include <QStringView>

// Runs of word characters as PCRE's \w sees them with Unicode properties (letters, digits,
// marks, underscore), found by a plain loop. Rules use them to decide cheaply whether a text can
// match their pattern at all before running the regular expression: most texts cannot, and a
// scan is several times faster than a pattern with many alternatives and look-arounds.
namespace WordRuns {

// Whether text[i] starts a word character; `length` is set to its UTF-16 length (2 for a
// surrogate pair).
inline bool isWordAt(QStringView text, qsizetype i, qsizetype *length)
{
    const char16_t c = text[i].unicode();
    *length = 1;
    if (c < 0x80) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'_';
    }
    char32_t codePoint = c;
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
        QChar::isLowSurrogate(text[i + 1].unicode())) {
        codePoint = QChar::surrogateToUcs4(c, text[i + 1].unicode());
        *length = 2;
    }
    return QChar::isLetterOrNumber(codePoint) || QChar::isMark(codePoint);
}

// Calls visit(QStringView run, qsizetype start) for each maximal run of word characters, in
// order, until visit returns false. Returns false when stopped early.
template <typename Visitor> bool forEach(QStringView text, Visitor &&visit)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    qsizetype length = 0;
    while (i < size) {
        if (!isWordAt(text, i, &length)) {
            i += length;
            continue;
        }
        const qsizetype start = i;
        do {
            i += length;
        } while (i < size && isWordAt(text, i, &length));
        if (!visit(text.sliced(start, i - start), start))
            return false;
    }
    return true;
}

// Whether `run` is `lowerCaseWord` (ASCII, lower case) in any case. Cheaper than a general
// case-insensitive comparison, which is worth it for the hot loops: the words compared with are
// English and ASCII.
inline bool equalsIgnoringCase(QStringView run, QLatin1StringView lowerCaseWord)
{
    if (run.size() != lowerCaseWord.size())
        return false;
    for (qsizetype i = 0; i < run.size(); ++i) {
        char16_t c = run[i].unicode();
        if (c >= u'A' && c <= u'Z')
            c += u'a' - u'A';
        if (c != char16_t(uchar(lowerCaseWord[i].toLatin1())))
            return false;
    }
    return true;
}

// Whether any run of `text` satisfies `predicate`.
template <typename Predicate> bool any(QStringView text, Predicate &&predicate)
{
    return !forEach(text, [&predicate](QStringView run, qsizetype) { return !predicate(run); });
}

// Whether `text` has a run that is `lowerCaseWord` in any case.
inline bool containsWord(QStringView text, QLatin1StringView lowerCaseWord)
{
    return any(text,
               [lowerCaseWord](QStringView run) { return equalsIgnoringCase(run, lowerCaseWord); });
}

} // namespace WordRuns
