// libFuzzer target: the plain-text importer (design.md §4). Any input either parses into an
// article with a headline or fails with a message naming the file; a parsed article survives
// the ninjs round trip (export, import, export gives the same bytes).
#include "FuzzInput.h"
#include "core/PlainTextImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QString fileName = QStringLiteral("fuzz.txt");
    ImportError error;
    const std::optional<ImportedArticle> imported =
        PlainTextImporter::parse(fuzzBytes(data, size), fileName, &error);
    checkImport(imported, error, fileName);
    return 0;
}
