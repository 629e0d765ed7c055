#pragma once

#include "models/ArticleDocument.h"
#include "spelling/Misspelling.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>

#include <compare>
#include <optional>

class Speller;

// The misspelled words of an open article in reading order (headline, summary, byline, the
// meta-title variants, the body's paragraphs), read from the document as it is now, and their
// corrections: each correction, and each "replace all", is one step on the article's undo stack.
class ArticleMisspellings
{
    Q_DECLARE_TR_FUNCTIONS(ArticleMisspellings)

public:
    enum class Part { Headline, Summary, Byline, MetaTitle, Body };

    // A place in the article; positions compare in reading order.
    struct Position
    {
        Part part = Part::Headline;
        int index = 0; // the variant's row or the paragraph's block number; 0 for fields
        int offset = 0;

        auto operator<=>(const Position &) const = default;
    };

    struct Error
    {
        Part part = Part::Headline;
        int index = 0;
        Misspelling misspelling;

        // What a suggestion replaces: the whole hyphenated word when the misspelled word is one
        // part of it ("multi-laceted" for "laceted"), else the word itself.
        QString target() const;
        int targetStart() const;
        int targetLength() const { return int(target().size()); }
        Position position() const { return {part, index, int(misspelling.start)}; }
    };

    // Neither is owned; both must outlive this object.
    ArticleMisspellings(ArticleDocument *document, Speller *speller);

    // How many texts a part has: one for each field, the variants, the body's paragraphs.
    int textCount(Part part) const;
    QString text(Part part, int index) const;
    // Where an error is, for people: "Headline", "Meta title 2", "Paragraph 14".
    static QString describe(Part part, int index);

    // The first error at or after `from` (the article's first error), or none.
    std::optional<Error> next(const Position &from) const;
    std::optional<Error> first() const { return next(Position()); }
    QList<Error> all() const;

    // Replaces the error's target with `replacement` as one undo step. False when the text no
    // longer holds the target there (it was edited since the error was found).
    bool replace(const Error &error, const QString &replacement);
    // Replaces every misspelled occurrence of `target` (as written) in the article as one undo
    // step; returns how many were replaced.
    int replaceAll(const QString &target, const QString &replacement);

private:
    QList<Error> errorsIn(Part part, int index) const;

    QPointer<ArticleDocument> m_document;
    Speller *m_speller;
};
