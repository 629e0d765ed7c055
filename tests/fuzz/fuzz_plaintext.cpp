// libFuzzer target: the plain-text importer (design.md §4). Any input either parses into an
// article with a headline or fails with a message naming the file; a parsed article survives
// the ninjs round trip (export, import, export gives the same bytes).
#include "FuzzInput.h"
#include "core/NinjsCodec.h"
#include "core/PlainTextImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QString fileName = QStringLiteral("fuzz.txt");
    ImportError error;
    const std::optional<ImportedArticle> imported =
        PlainTextImporter::parse(fuzzBytes(data, size), fileName, &error);
    if (!imported) {
        FUZZ_ASSERT(!error.message.isEmpty(), "a refused file says what is wrong");
        FUZZ_ASSERT(error.fileName == fileName, "a refused file's message names the file");
        return 0;
    }
    FUZZ_ASSERT(!imported->article.headline.trimmed().isEmpty(), "an article has a headline");
    const QByteArray exported = NinjsCodec::toBytes(imported->article);
    ImportError reimportError;
    const std::optional<ImportedArticle> reimported =
        NinjsCodec::parse(exported, QStringLiteral("fuzz.ninjs.json"), &reimportError);
    if (!reimported) {
        std::fprintf(stderr, "%s\n", qPrintable(reimportError.toString()));
        FUZZ_ASSERT(false, "an imported article's ninjs export imports again");
    }
    const QByteArray reexported = NinjsCodec::toBytes(reimported->article);
    if (reexported != exported)
        printFirstDifference(exported, reexported);
    FUZZ_ASSERT(reexported == exported, "export, import, export gives the same ninjs");
    return 0;
}
