#pragma once

#include "Article.h"

#include <QList>
#include <QString>
#include <QStringList>

// Word-level comparison of texts and of whole articles, for the history view ("what the current
// article has compared with an earlier version"). Widgets-free.
namespace TextDiff {

struct Segment
{
    enum class Kind { Equal, Inserted, Removed };

    Kind kind = Kind::Equal;
    QString text;

    bool operator==(const Segment &) const = default;
};
using Segments = QList<Segment>;

// One compared part of an article: "Headline", "Paragraph 3", "Sources of paragraph 3"...
struct FieldDiff
{
    QString label;
    Segments segments;

    bool operator==(const FieldDiff &) const = default;
};

// Above this many cells (tokens of one side times tokens of the other, after the common start
// and end are set aside) a comparison gives up on alignment and reports the middle as removed
// and inserted whole, so time and memory stay bounded.
constexpr qsizetype maxCells = 4'000'000;

// Words (letters and digits, with inner apostrophes), runs of white space, and every other
// character on its own. Concatenating the tokens gives back the text.
QStringList tokenize(const QString &text);

// Word-level diff of `before` -> `after`. Concatenating the Equal and Removed segments gives
// `before`, the Equal and Inserted ones `after`. Adjacent changes separated only by white space
// are joined, and within a change the removed text comes before the inserted text.
Segments diffWords(const QString &before, const QString &after);

// Diff of two multi-paragraph texts (paragraphs separated by '\n'): paragraphs are aligned
// first (longest common subsequence of whole paragraphs), then words within changed ones, so a
// long text costs about the sum of its paragraphs' squares rather than its own square.
Segments diffTexts(const QString &before, const QString &after);

// Diff of two lists compared item by item (e.g. the source names of one paragraph); items are
// joined by `separator` in the result.
Segments diffItems(const QStringList &before, const QStringList &after, const QString &separator);

// What changed between two versions of an article, field by field, in reading order: headline,
// summary, byline, section, language, slug, then the paragraphs (matched by uuid, else by
// text; each with its text and its sources), then the meta titles. Only changed parts are
// listed; an empty list means the contents are the same.
QList<FieldDiff> diffArticles(const Article &before, const Article &after);

bool isUnchanged(const Segments &segments);

} // namespace TextDiff
