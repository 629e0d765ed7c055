#pragma once

// Shared by the libFuzzer targets: what a failed property does, and the input as Qt types.
#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

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

inline QByteArray fuzzBytes(const unsigned char *data, size_t size)
{
    // A deep copy: the fuzzer reuses its buffer, and the parsers keep QStrings made from it.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
