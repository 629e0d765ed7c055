#pragma once

// Shared by the libFuzzer targets: what a failed property does, and the input as Qt types.
#include "core/NinjsCodec.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>

// A broken property is a crash to libFuzzer: it saves the input as an artifact.
#define FUZZ_ASSERT(condition, what)                                                               \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "property failed: %s (%s:%d)\n", what, __FILE__, __LINE__);       \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

// Prints where two exports first differ, so a broken round trip can be read off the log.
inline void printFirstDifference(const QByteArray &expected, const QByteArray &actual)
{
    qsizetype at = 0;
    while (at < expected.size() && at < actual.size() && expected.at(at) == actual.at(at))
        ++at;
    const qsizetype from = std::max<qsizetype>(0, at - 80);
    std::fprintf(stderr, "first export, from byte %lld:\n%s\nsecond export:\n%s\n",
                 static_cast<long long>(from), expected.mid(from, 200).constData(),
                 actual.mid(from, 200).constData());
}

// The importers' contract (design.md §4) for any input: a refused file says what is wrong and
// names the file; an accepted article has a headline, and its ninjs export imports again and
// exports to the same bytes.
inline void checkImport(const std::optional<ImportedArticle> &imported, const ImportError &error,
                        const QString &fileName)
{
    if (!imported) {
        FUZZ_ASSERT(!error.message.isEmpty(), "a refused file says what is wrong");
        FUZZ_ASSERT(error.fileName == fileName, "a refused file's message names the file");
        return;
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
}

inline QByteArray fuzzBytes(const unsigned char *data, size_t size)
{
    // A deep copy: the fuzzer reuses its buffer, and the parsers keep QStrings made from it.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
