#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringView>

#include <vector>

// Splits text into the words a spell checker looks at, on QTextBoundaryFinder (Unicode word
// boundaries), and classifies what is not a word to check:
// - URLs (scheme://..., www...., host.tld/path), e-mail addresses and @handles are one token
//   each and are not checked;
// - numbers ("1,200", "3.5"), decades ("1990s"), numbers with a unit ("12pm", "5m") and
//   correct English ordinals ("1st", "22nd", "113th") are not checked; a wrong ordinal
//   ("21th") is a word, so the dictionary flags it;
// - ALL-CAPS acronyms with at least minimumAcronymLength capitals ("NATO", "MP3", "H5N1", with
//   a possessive or plural "s": "CSTO’s", "NGOs") are skipped when skipAcronyms is on;
// - words joined by hyphens ("multi-faceted", "COVID-19") are one hyphenated token; the checker
//   checks each part (hyphenParts()), as the hunspell command does;
// - apostrophes inside a word, straight or curly, belong to it ("CSTO’s", "rock'n'roll"); a
//   leading or trailing one is a quotation mark and does not;
// - an underscore separates words ("snake_case" outside a handle), as in the hunspell command.
// Positions are UTF-16 offsets into the text given, so an editor can underline them.
class SpellingTokenizer
{
public:
    struct Options
    {
        bool skipAcronyms = true;
        int minimumAcronymLength = 2;
    };

    struct Token
    {
        enum class Kind { Word, Number, Ordinal, Acronym, Url, Email, Handle };

        qsizetype start = 0;
        qsizetype length = 0;
        Kind kind = Kind::Word;
        bool hyphenated = false; // a Word made of parts joined by hyphens

        qsizetype end() const { return start + length; }
        bool operator==(const Token &) const = default;
    };

    // A part of a hyphenated word, relative to the word's start.
    struct Part
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };

    SpellingTokenizer();
    explicit SpellingTokenizer(const Options &options);

    Options options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    // All tokens, in text order. Only Word tokens are to be checked.
    QList<Token> tokenize(QStringView text);

    // How a single word (no spaces, no hyphens) is treated: Word, Number, Ordinal or Acronym.
    Token::Kind classify(QStringView word) const;

    static bool isHyphen(QChar c);
    static bool isApostrophe(QChar c);
    static QList<Part> hyphenParts(QStringView word);

private:
    struct Span
    {
        qsizetype start;
        qsizetype end;
        Token::Kind kind;
    };
    void findProtectedSpans(QStringView text);
    void appendWord(QStringView text, qsizetype start, qsizetype end, QList<Token> *tokens) const;

    Options m_options;
    QRegularExpression m_protectedPattern;
    std::vector<Span> m_protectedSpans;
    // QTextBoundaryFinder's attribute buffer, reused between calls instead of allocated per text.
    std::vector<unsigned char> m_boundaryBuffer;
};
