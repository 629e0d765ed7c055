#pragma once

#include "core/Article.h"

#include <QTextBlockUserData>

// What a body paragraph carries besides its text: its stable identity and its attributions.
struct ParagraphMeta
{
    QUuid uuid;
    QList<Attribution> attributions;

    bool operator==(const ParagraphMeta &) const = default;
};

// Attached to every block of the body document; one block is one paragraph.
class ParagraphData : public QTextBlockUserData
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
