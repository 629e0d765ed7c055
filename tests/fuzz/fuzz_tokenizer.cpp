// libFuzzer target: the spelling tokenizer. The input is UTF-8 text (invalid sequences become
// U+FFFD, as in the editor); tokens are non-empty, inside the text, in order and disjoint, and
// the parts of a hyphenated word lie inside it.
#include "FuzzInput.h"
#include "spelling/SpellingTokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    // The first byte picks the options, so both acronym settings are explored.
    if (size == 0)
        return 0;
    SpellingTokenizer::Options options;
    options.skipAcronyms = (data[0] & 1) != 0;
    options.minimumAcronymLength = 1 + (data[0] >> 1) % 6;
    const QString text = QString::fromUtf8(fuzzBytes(data + 1, size - 1));

    SpellingTokenizer tokenizer(options);
    const QList<SpellingTokenizer::Token> tokens = tokenizer.tokenize(text);
    qsizetype previousEnd = 0;
    for (const SpellingTokenizer::Token &token : tokens) {
        FUZZ_ASSERT(token.length > 0, "a token is not empty");
        FUZZ_ASSERT(token.start >= previousEnd, "tokens are in order and disjoint");
        FUZZ_ASSERT(token.end() <= text.size(), "a token lies inside the text");
        previousEnd = token.end();
        const QStringView word = QStringView(text).mid(token.start, token.length);
        if (token.hyphenated) {
            for (const SpellingTokenizer::Part &part : SpellingTokenizer::hyphenParts(word)) {
                FUZZ_ASSERT(part.start >= 0 && part.length > 0 &&
                                part.start + part.length <= word.size(),
                            "a hyphenated word's parts lie inside it");
            }
        }
        if (token.kind == SpellingTokenizer::Token::Kind::Word && !token.hyphenated)
            (void)tokenizer.classify(word);
    }
    return 0;
}
