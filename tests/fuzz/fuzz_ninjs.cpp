// libFuzzer target: the ninjs 3.1 importer. Any input either parses into an article with a
// headline or fails with a message naming the file; a parsed article's export imports again
// and exports to the same bytes (the round-trip contract of design.md §4).
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QString fileName = QStringLiteral("fuzz.ninjs.json");
    ImportError error;
    const std::optional<ImportedArticle> imported =
        NinjsCodec::parse(fuzzBytes(data, size), fileName, &error);
    checkImport(imported, error, fileName);
    return 0;
}
