#pragma once

#include "Article.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// What an HTML export looks like, apart from the article itself.
struct HtmlExportProfile
{
    // How paragraphs show their sources: not at all, "(Source: A; B)" after the text, or
    // numbered notes with a source list at the end of the article.
    enum class Attributions { None, Inline, Notes };

    Attributions attributions = Attributions::Notes;
    // Where the newsroom publishes an article, with "{uuid}" standing for its uuid, e.g.
    // "https://news.example/a/{uuid}" (a relative pattern such as "/a/{uuid}.html" works for a
    // site that serves the pages side by side). Empty: previous/next links point to the linked
    // article's uri when that is an http(s) or urn: URI, and the page has no canonical link.
    QString articleUrlPattern;

    static QString attributionsKey(Attributions attributions); // "none" / "inline" / "notes"
    static std::optional<Attributions> attributionsFromKey(const QString &key);
};

// One article as a complete, self-contained UTF-8 HTML5 page: the headline, byline, date,
// the summary box, the body with its sources, previous/next navigation, schema.org JSON-LD
// and a small print-friendly stylesheet. Nothing an article contains can add markup or script
// to the page: all text is escaped, only http(s) URLs become links, and the JSON-LD escapes
// what could end its <script> element. Void elements are self-closed, so the page is also
// well-formed XML (QXmlStreamReader reads it; tests rely on that).
class HtmlExporter
{
public:
    explicit HtmlExporter(HtmlExportProfile profile = {});

    const HtmlExportProfile &profile() const { return m_profile; }

    QByteArray toBytes(const Article &article) const;

    // The <title> of the page: the chosen meta-title variant, else the headline.
    static QString pageTitle(const Article &article);
    // `url` trimmed and normalised when it is an absolute http or https URL with a host; empty
    // for anything else (javascript:, data:, relative paths, URLs with control characters).
    static QString webUrl(const QString &url);

private:
    HtmlExportProfile m_profile;
};
