#pragma once

#include "ImportedArticle.h"

#include <QByteArray>

#include <optional>

// The plain-text article format of design.md §4: blank-line separated paragraphs, the first is
// the headline, "Summary:"/"Byline:"/"Language:"/"Section:"/"Slug:" set fields, a trailing
// "(Source attribution: A; B)" or "(Source: A)" attributes a body paragraph.
class PlainTextImporter
{
public:
    static std::optional<ImportedArticle> parse(const QByteArray &data, const QString &fileName,
                                                 ImportError *error);
    // Splits "text (Source: A; B)" into the text and the names; returns false when no marker.
    static bool takeAttributionMarker(QString &text, QStringList *sourceNames);
    // Whether `tag` has the shape of a BCP 47 language tag ("en-US", "fr", "zh-Hant-TW").
    static bool isLanguageTag(const QString &tag);
};
