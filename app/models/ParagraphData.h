#pragma once

#include "core/Article.h"

#include <QList>
#include <QTextBlockUserData>

// What a body paragraph carries besides its text: its stable identity and its attributions.
struct ParagraphMeta
{
    QUuid uuid;
    QList<Attribution> attributions;

    bool operator==(const ParagraphMeta &) const = default;
};

// The spell checker's cache of one paragraph (design.md §2, after FocusWriter): the misspelled
// ranges found when it was last checked, the text length they belong to (so an edit inside the
// paragraph can shift them instead of dropping them), and whether it must be checked again.
// The editor's spelling highlighter owns the contents; the document only keeps it with its block.
struct ParagraphSpelling
{
    struct Range
    {
        int start = 0;
        int length = 0;

        int end() const { return start + length; }
        bool operator==(const Range &) const = default;
    };

    QList<Range> misspelled;
    int textLength = 0;
    bool dirty = true;
};

// The user data of every block of a text the spell checker underlines (the body's paragraphs
// through ParagraphData, the summary's lines directly).
class SpellingBlockData : public QTextBlockUserData
{
public:
    ParagraphSpelling &spelling() { return m_spelling; }
    const ParagraphSpelling &spelling() const { return m_spelling; }

private:
    ParagraphSpelling m_spelling;
};

// Attached to every block of the body document; one block is one paragraph.
class ParagraphData : public SpellingBlockData
{
public:
    explicit ParagraphData(ParagraphMeta meta)
        : m_meta(std::move(meta))
    {}

    const ParagraphMeta &meta() const { return m_meta; }
    void setMeta(const ParagraphMeta &meta) { m_meta = meta; }

private:
    ParagraphMeta m_meta;
};
