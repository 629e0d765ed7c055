#pragma once

#include "ImportedArticle.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

// IPTC ninjs 3.1 mapping of design.md §4, both directions.
class NinjsCodec
{
public:
    static QJsonObject toJson(const Article &article);
    static QByteArray toBytes(const Article &article); // indented UTF-8 JSON
    static std::optional<ImportedArticle> parse(const QByteArray &data, const QString &fileName,
                                                ImportError *error);

    // One <p data-source="A; B"> per paragraph; text and attribute values escaped.
    static QString bodyHtml(const QList<Paragraph> &paragraphs);
    static QString escapeHtml(const QString &text);
    // Text as the importer reads it: runs of HTML white space (space, tab, line breaks, form
    // feed) become one space and the ends are trimmed; U+00A0 stays. The plain-text importer
    // reads its text the same way, so an article imported from either format exports the same.
    static QString collapsedWhitespace(QStringView text);
};
