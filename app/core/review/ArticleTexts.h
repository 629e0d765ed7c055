#pragma once

#include "Finding.h"

#include "core/Article.h"

#include <QFlags>
#include <QString>
#include <QUuid>

// The text fields of an article that a rule scans, one at a time, with where each one is, so
// every text rule reports locations the same way.
namespace ArticleTexts {

enum class Part {
    Headline = 0x1,
    Summary = 0x2,
    Byline = 0x4,
    MetaTitles = 0x8,
    Body = 0x10,
    // The labels shown for the previous/next links: ArticleRef::headline, which the store
    // fills from the target's canonical headline.
    LinkLabels = 0x20,
};
Q_DECLARE_FLAGS(Parts, Part)
Q_DECLARE_OPERATORS_FOR_FLAGS(Parts)

// One text and its location; the finding's offsets are relative to `text`.
struct Text
{
    const QString &text;
    Finding::Field field{};
    int index = -1;
    QUuid paragraph;

    // A finding at [offset, offset + length) of this text.
    void locate(Finding *finding, qsizetype offset, qsizetype length) const
    {
        finding->field = field;
        finding->index = index;
        finding->paragraph = paragraph;
        finding->offset = offset;
        finding->length = length;
    }
};

// Calls visit(const Text &) for each text of `parts` in reading order: headline, summary,
// byline, meta titles, body paragraphs, previous and next link labels.
template <typename Visitor> void forEach(const Article &article, Parts parts, Visitor &&visit)
{
    if (parts & Part::Headline)
        visit(Text{article.headline, Finding::Field::Headline, -1, {}});
    if (parts & Part::Summary)
        visit(Text{article.summary, Finding::Field::Summary, -1, {}});
    if (parts & Part::Byline)
        visit(Text{article.byline, Finding::Field::Byline, -1, {}});
    if (parts & Part::MetaTitles) {
        for (int i = 0; i < article.metaTitles.size(); ++i)
            visit(Text{article.metaTitles.at(i).text, Finding::Field::MetaTitle, i, {}});
    }
    if (parts & Part::Body) {
        for (int i = 0; i < article.paragraphs.size(); ++i) {
            const Paragraph &paragraph = article.paragraphs.at(i);
            visit(Text{paragraph.text, Finding::Field::Body, i, paragraph.uuid});
        }
    }
    if (parts & Part::LinkLabels) {
        if (article.previous)
            visit(Text{article.previous->headline, Finding::Field::Previous, -1, {}});
        if (article.next)
            visit(Text{article.next->headline, Finding::Field::Next, -1, {}});
    }
}

} // namespace ArticleTexts
