#include "SpellingTokenizer.h"

#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Kind = SpellingTokenizer::Token::Kind;

// Characters that end a sentence or close a bracket or quotation rather than end a URL.
bool isTrailingPunctuation(QChar c)
{
    return QStringView(u".,;:!?'\"\u2019\u201D)]}>").contains(c);
}

bool hasLetterOrNumber(QStringView word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// The suffix English uses for the ordinal of `digits` ("1" → "st", "12" → "th", "22" → "nd").
QStringView ordinalSuffix(QStringView digits)
{
    const int last = digits.back().digitValue();
    const int tens = digits.size() > 1 ? digits.at(digits.size() - 2).digitValue() : 0;
    if (tens == 1)
        return u"th";
    switch (last) {
    case 1:
        return u"st";
    case 2:
        return u"nd";
    case 3:
        return u"rd";
    default:
        return u"th";
    }
}

Kind classifyNumber(QStringView word)
{
    // Digits, with "," and "." between digits ("1,200", "3.5").
    qsizetype i = 0;
    while (i < word.size() &&
           (word.at(i).isDigit() || ((word.at(i) == u',' || word.at(i) == u'.') &&
                                     i + 1 < word.size() && word.at(i + 1).isDigit())))
        ++i;
    if (i == word.size())
        return Kind::Number;
    const QStringView digits = word.first(i);
    const QStringView suffix = word.sliced(i);
    if (suffix == u"s" || suffix == u"'s" || suffix == u"\u2019s")
        return Kind::Number; // a decade: 1990s, 90s
    static constexpr QStringView ordinalSuffixes[] = {u"st", u"nd", u"rd", u"th"};
    const bool looksOrdinal = std::any_of(
        std::begin(ordinalSuffixes), std::end(ordinalSuffixes),
        [suffix](QStringView s) { return suffix.compare(s, Qt::CaseInsensitive) == 0; });
    if (looksOrdinal && digits.back().isDigit()) {
        return suffix.compare(ordinalSuffix(digits), Qt::CaseInsensitive) == 0 ? Kind::Ordinal
                                                                               : Kind::Word;
    }
    return Kind::Number; // a number with a unit: 12pm, 5m, 10km, 3D
}

} // namespace

SpellingTokenizer::SpellingTokenizer()
    : SpellingTokenizer(Options())
{}

SpellingTokenizer::SpellingTokenizer(const Options &options)
    : m_options(options)
    , m_protectedPattern(
          // URLs with a scheme, www. or a path after a host name; e-mail addresses; @handles.
          uR"((?:\b[a-z][a-z0-9+.\-]*://|\bwww\.|\bmailto:)[^\s<>"“”«»]+)"
          uR"(|\b[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}/[^\s<>"“”«»]*)"
          uR"(|(?<email>[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+))"
          uR"(|(?<handle>(?<![\w@.+\-])@\w+))"_s,
          QRegularExpression::CaseInsensitiveOption |
              QRegularExpression::UseUnicodePropertiesOption)
{}

bool SpellingTokenizer::isHyphen(QChar c)
{
    // Hyphen-minus, hyphen, non-breaking hyphen; dashes separate words instead.
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011);
}

bool SpellingTokenizer::isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

QList<SpellingTokenizer::Part> SpellingTokenizer::hyphenParts(QStringView word)
{
    QList<Part> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= word.size(); ++i) {
        if (i == word.size() || isHyphen(word.at(i))) {
            if (i > start)
                parts.append({start, i - start});
            start = i + 1;
        }
    }
    return parts;
}

SpellingTokenizer::Token::Kind SpellingTokenizer::classify(QStringView word) const
{
    if (word.isEmpty())
        return Kind::Word;
    if (word.front().isDigit())
        return classifyNumber(word);
    if (!m_options.skipAcronyms)
        return Kind::Word;

    QStringView stem = word;
    if (stem.size() > 2 && isApostrophe(stem.at(stem.size() - 2)) && stem.back() == u's')
        stem.chop(2); // possessive: CSTO’s
    else if (stem.size() > 1 && stem.back() == u's')
        stem.chop(1); // plural: NGOs
    int capitals = 0;
    for (QChar c : stem) {
        if (c.isLower())
            return Kind::Word;
        if (c.isUpper())
            ++capitals;
    }
    return capitals >= m_options.minimumAcronymLength ? Kind::Acronym : Kind::Word;
}

void SpellingTokenizer::findProtectedSpans(QStringView text)
{
    m_protectedSpans.clear();
    // Every pattern needs one of these; most paragraphs have none and skip the regex.
    if (!text.contains(u'@') && !text.contains(u'/') &&
        !text.contains(u"www."_s, Qt::CaseInsensitive))
        return;
    QRegularExpressionMatchIterator matches = m_protectedPattern.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        qsizetype start = match.capturedStart();
        qsizetype end = match.capturedEnd();
        Kind kind = Kind::Url;
        if (match.capturedStart(u"email") >= 0) {
            kind = Kind::Email;
        } else if (match.capturedStart(u"handle") >= 0) {
            kind = Kind::Handle;
        } else {
            while (end > start && isTrailingPunctuation(text.at(end - 1))) {
                const QStringView url = text.sliced(start, end - start);
                if (text.at(end - 1) == u')' && url.count(u'(') >= url.count(u')'))
                    break; // a balanced bracket belongs to the URL (Wikipedia links)
                --end;
            }
        }
        if (end > start)
            m_protectedSpans.push_back({start, end, kind});
    }
}

void SpellingTokenizer::appendWord(QStringView text, qsizetype start, qsizetype end,
                                   QList<Token> *tokens) const
{
    const QStringView word = text.sliced(start, end - start);
    if (!hasLetterOrNumber(word))
        return;
    const QList<Part> parts = hyphenParts(word);
    if (parts.size() <= 1) {
        tokens->append({start, end - start, classify(word), false});
        return;
    }
    bool allNumbers = true;
    for (const Part &part : parts) {
        const Kind kind = classify(word.sliced(part.start, part.length));
        if (kind == Kind::Word) {
            tokens->append({start, end - start, Kind::Word, true});
            return;
        }
        allNumbers = allNumbers && (kind == Kind::Number || kind == Kind::Ordinal);
    }
    // Nothing to check in any part: "2020-21" is a number, "COVID-19" an acronym.
    tokens->append({start, end - start, allNumbers ? Kind::Number : Kind::Acronym, false});
}

QList<SpellingTokenizer::Token> SpellingTokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    if (text.isEmpty())
        return tokens;
    findProtectedSpans(text);

    // QCharAttributes takes one byte per character (plus one); QTextBoundaryFinder allocates
    // its own buffer should that ever not be enough.
    const size_t bufferSize = size_t(text.size() + 1) * 2;
    if (m_boundaryBuffer.size() < bufferSize)
        m_boundaryBuffer.resize(bufferSize);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text, m_boundaryBuffer.data(),
                               qsizetype(m_boundaryBuffer.size()));

    auto nextSpan = m_protectedSpans.cbegin();
    // The word being built: QTextBoundaryFinder ends a word at a hyphen, the next word joins it
    // when the hyphen is all that separates them.
    qsizetype pendingStart = -1;
    qsizetype pendingEnd = -1;
    const auto flushPending = [&] {
        if (pendingStart >= 0)
            appendWord(text, pendingStart, pendingEnd, &tokens);
        pendingStart = -1;
    };
    const auto addWordPiece = [&](qsizetype start, qsizetype end) {
        if (pendingStart >= 0 && start == pendingEnd + 1 && isHyphen(text.at(pendingEnd))) {
            pendingEnd = end;
            return;
        }
        flushPending();
        pendingStart = start;
        pendingEnd = end;
    };
    const auto addWord = [&](qsizetype start, qsizetype end) {
        while (nextSpan != m_protectedSpans.cend() && nextSpan->end <= start)
            ++nextSpan;
        if (nextSpan != m_protectedSpans.cend() && nextSpan->start < end) {
            flushPending(); // inside a URL, an e-mail address or a handle
            return;
        }
        // An underscore separates words outside handles ("snake_case"), as in hunspell.
        qsizetype pieceStart = start;
        for (qsizetype i = start; i <= end; ++i) {
            if (i == end || text.at(i) == u'_') {
                if (i > pieceStart)
                    addWordPiece(pieceStart, i);
                pieceStart = i + 1;
            }
        }
    };

    qsizetype wordStart = -1;
    if (finder.boundaryReasons().testFlag(QTextBoundaryFinder::StartOfItem))
        wordStart = 0;
    qsizetype position = -1;
    while ((position = finder.toNextBoundary()) != -1) {
        const QTextBoundaryFinder::BoundaryReasons reasons = finder.boundaryReasons();
        if (wordStart >= 0 && reasons.testFlag(QTextBoundaryFinder::EndOfItem)) {
            addWord(wordStart, position);
            wordStart = -1;
        }
        if (reasons.testFlag(QTextBoundaryFinder::StartOfItem))
            wordStart = position;
    }
    flushPending();

    if (!m_protectedSpans.empty()) {
        const qsizetype wordCount = tokens.size();
        for (const Span &span : m_protectedSpans)
            tokens.append({span.start, span.end - span.start, span.kind, false});
        std::inplace_merge(tokens.begin(), tokens.begin() + wordCount, tokens.end(),
                           [](const Token &a, const Token &b) { return a.start < b.start; });
    }
    return tokens;
}
