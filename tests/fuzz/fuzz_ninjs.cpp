// libFuzzer target: the ninjs 3.1 importer. Any input either parses into an article with a
// headline or fails with a message naming the file; a parsed article's export imports again
// and exports to the same bytes (the round-trip contract of design.md §4).
#include "FuzzInput.h"
#include "core/NinjsCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QString fileName = QStringLiteral("fuzz.ninjs.json");
    ImportError error;
    const std::optional<ImportedArticle> imported =
        NinjsCodec::parse(fuzzBytes(data, size), fileName, &error);
    if (!imported) {
        FUZZ_ASSERT(!error.message.isEmpty(), "a refused file says what is wrong");
        FUZZ_ASSERT(error.fileName == fileName, "a refused file's message names the file");
        return 0;
    }
    FUZZ_ASSERT(!imported->article.headline.trimmed().isEmpty(), "an article has a headline");
    const QByteArray exported = NinjsCodec::toBytes(imported->article);
    ImportError reimportError;
    const std::optional<ImportedArticle> reimported =
        NinjsCodec::parse(exported, fileName, &reimportError);
    if (!reimported) {
        std::fprintf(stderr, "%s\n", qPrintable(reimportError.toString()));
        FUZZ_ASSERT(false, "an imported article's export imports again");
    }
    const QByteArray reexported = NinjsCodec::toBytes(reimported->article);
    if (reexported != exported)
        printFirstDifference(exported, reexported);
    FUZZ_ASSERT(reexported == exported, "export, import, export gives the same ninjs");
    return 0;
}
