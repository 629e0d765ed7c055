#include "HtmlExporter.h"

#include "IsoTime.h"
#include "JsonEscape.h"
#include "PlainTextImporter.h"
#include "ReaderText.h"

#include <QHash>
#include <QLocale>
#include <QUrl>
#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// --- text ------------------------------------------------------------------------------------

// Characters an HTML parser reports as errors in text: C0 controls other than the ASCII white
// space, DEL and the C1 controls, and the noncharacters. They are never meant to be seen. Form
// feed goes too, which keeps the page well-formed XML as well.
bool isInvalidInHtml(char32_t c)
{
    if (c < 0x20)
        return c != u'\t' && c != u'\n' && c != u'\r';
    if (c >= 0x7f && c <= 0x9f)
        return true;
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

bool needsCleaning(QStringView text)
{
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f) || QChar::isSurrogate(unit) ||
            unit >= 0xFDD0) {
            return true; // maybe: cleanText() looks closer
        }
    }
    return false;
}

// `text` without the characters HTML does not allow; a lone surrogate (no UTF-8 for it)
// becomes U+FFFD. Returns `text` itself, shared, when it is already clean (nearly always).
QString cleanText(const QString &text)
{
    if (!needsCleaning(text))
        return text;
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (!isInvalidInHtml(code)) {
                clean += c;
                clean += text.at(i + 1);
            }
            ++i;
        } else if (c.isSurrogate()) {
            clean += QChar::ReplacementCharacter;
        } else if (!isInvalidInHtml(c.unicode())) {
            clean += c;
        }
    }
    return clean;
}

// Appends `text` for an HTML text node or a quoted attribute value in one pass: & < > " ' as
// entities (as NinjsCodec::escapeHtml writes them), without what cleanText() removes. Runs of
// ordinary characters are copied whole; escaping was most of an export's time.
void appendHtml(QString &out, QStringView text)
{
    qsizetype runStart = 0;
    const auto flush = [&](qsizetype end, QStringView replacement, qsizetype next) {
        out += text.sliced(runStart, end - runStart);
        out += replacement;
        runStart = next;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        if (unit >= 0x3f && unit < 0x7f)
            continue; // letters and most punctuation: the common case
        switch (unit) {
        case u'&':
            flush(i, u"&amp;", i + 1);
            continue;
        case u'<':
            flush(i, u"&lt;", i + 1);
            continue;
        case u'>':
            flush(i, u"&gt;", i + 1);
            continue;
        case u'"':
            flush(i, u"&quot;", i + 1);
            continue;
        case u'\'':
            flush(i, u"&#39;", i + 1);
            continue;
        default:
            break;
        }
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            if (isInvalidInHtml(QChar::surrogateToUcs4(unit, text.at(i + 1).unicode())))
                flush(i, {}, i + 2);
            ++i;
        } else if (QChar::isSurrogate(unit)) {
            flush(i, u"\uFFFD", i + 1);
        } else if (isInvalidInHtml(unit)) {
            flush(i, {}, i + 1);
        }
    }
    out += text.sliced(runStart);
}

QString html(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 16);
    appendHtml(escaped, text);
    return escaped;
}

// Appends `text` as the inside of a JSON string that is safe inside <script>: besides JSON's
// own escapes, '<', '>' and '&' become \u003c, \u003e and \u0026 (so "</script>" or "<!--"
// cannot end or disturb the element) and U+2028/U+2029 are escaped for JavaScript consumers.
void appendScriptSafeJson(QByteArray &json, const QString &text)
{
    const QString clean = cleanText(text);
    const QStringView view(clean);
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < view.size(); ++i) {
        const char *escape = nullptr;
        switch (view.at(i).unicode()) {
        case u'<':
            escape = "\\u003c";
            break;
        case u'>':
            escape = "\\u003e";
            break;
        case u'&':
            escape = "\\u0026";
            break;
        case u'\u2028':
            escape = "\\u2028";
            break;
        case u'\u2029':
            escape = "\\u2029";
            break;
        default:
            continue;
        }
        appendJsonEscaped(json, view.sliced(runStart, i - runStart));
        json += escape;
        runStart = i + 1;
    }
    appendJsonEscaped(json, view.sliced(runStart));
}

// --- URLs ------------------------------------------------------------------------------------

// A URL with white space or control characters inside is refused outright: browsers drop tabs
// and newlines from URLs ("java\tscript:" runs as javascript:), so no check could trust it.
bool hasSpaceOrControl(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() <= 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0xa0) || c.isSpace();
    });
}

std::optional<QUrl> parsedUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || hasSpaceOrControl(trimmed))
        return std::nullopt;
    const QUrl url(trimmed);
    if (!url.isValid())
        return std::nullopt;
    return url;
}

bool hasScheme(const QUrl &url, QLatin1StringView scheme)
{
    return url.scheme().compare(scheme, Qt::CaseInsensitive) == 0;
}

bool isWebUrl(const QUrl &url)
{
    return (hasScheme(url, "http"_L1) || hasScheme(url, "https"_L1)) && !url.host().isEmpty();
}

// An http(s) URL, else a urn: (what a stored article's uri is); empty otherwise.
QString linkableArticleUri(const QString &uri)
{
    const std::optional<QUrl> url = parsedUrl(uri);
    if (!url)
        return {};
    if (isWebUrl(*url) || (hasScheme(*url, "urn"_L1) && !url->path().isEmpty()))
        return url->toString(QUrl::FullyEncoded);
    return {};
}

// The pattern's URL for `uuid`: absolute http(s), or relative to the page (a site of pages side
// by side). The pattern is the newsroom's configuration; the uuid is hex digits and dashes.
QString patternUrl(const QString &pattern, const QUuid &uuid)
{
    if (pattern.isEmpty() || uuid.isNull())
        return {};
    QString filled = pattern;
    filled.replace(u"{uuid}"_s, uuidText(uuid));
    QString web = HtmlExporter::webUrl(filled);
    if (!web.isEmpty())
        return web;
    const std::optional<QUrl> url = parsedUrl(filled);
    if (url && url->isRelative())
        return url->toString(QUrl::FullyEncoded);
    return {};
}

// --- what the page says about sources --------------------------------------------------------

struct SourceDetail
{
    QString detail;
    QString url; // http(s) or empty
};

struct CitedSource
{
    QString name;
    QString url; // the first http(s) attribution URL, else the registry's; may be empty
    QList<SourceDetail> details;
};

// HtmlExporter::webUrl() once per distinct URL of a page: parsing with QUrl is not cheap and
// the same few URLs come back on many paragraphs.
class WebUrlCache
{
public:
    QString webUrl(const QString &url)
    {
        if (url.isEmpty())
            return {};
        auto it = m_urls.constFind(url);
        if (it == m_urls.cend())
            it = m_urls.insert(url, HtmlExporter::webUrl(url));
        return *it;
    }

private:
    QHash<QString, QString> m_urls;
};

QString registryUrl(const Article &article, const QString &name, WebUrlCache &webUrls)
{
    for (const Source &source : article.sources) {
        if (source.name == name)
            return webUrls.webUrl(source.url);
    }
    return {};
}

// Each distinct source once, in order of first citation, with what its attributions add.
QList<CitedSource> citedSources(const Article &article, WebUrlCache &webUrls)
{
    QList<CitedSource> sources;
    for (const Paragraph &paragraph : article.paragraphs) {
        for (const Attribution &attribution : paragraph.attributions) {
            if (attribution.sourceName.trimmed().isEmpty())
                continue;
            auto source = std::find_if(sources.begin(), sources.end(), [&](const CitedSource &s) {
                return s.name == attribution.sourceName;
            });
            if (source == sources.end()) {
                sources.append(CitedSource{attribution.sourceName, {}, {}});
                source = sources.end() - 1;
            }
            const QString url = webUrls.webUrl(attribution.url);
            if (source->url.isEmpty())
                source->url = url;
            const SourceDetail detail{attribution.detail.trimmed(),
                                      url == source->url ? QString() : url};
            const bool known = std::any_of(
                source->details.cbegin(), source->details.cend(), [&](const SourceDetail &d) {
                    return d.detail == detail.detail && d.url == detail.url;
                });
            if (!known && (!detail.detail.isEmpty() || !detail.url.isEmpty()))
                source->details.append(detail);
        }
    }
    for (CitedSource &source : sources) {
        if (source.url.isEmpty())
            source.url = registryUrl(article, source.name, webUrls);
    }
    return sources;
}

// --- JSON-LD ---------------------------------------------------------------------------------

// The few JSON shapes the schema.org block needs, written compactly and script-safe.
class JsonLdWriter
{
public:
    explicit JsonLdWriter(QByteArray &json)
        : m_json(json)
    {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(const char *name)
    {
        separate();
        m_json += '"';
        m_json += name;
        m_json += "\":";
        m_afterKey = true;
    }

    void string(const QString &text)
    {
        separate();
        m_json += '"';
        appendScriptSafeJson(m_json, text);
        m_json += '"';
    }

    void member(const char *name, const QString &text)
    {
        key(name);
        string(text);
    }

private:
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_firstItem)
            m_firstItem = false;
        else
            m_json += ',';
    }

    void open(char bracket)
    {
        separate();
        m_json += bracket;
        m_firstItem = true;
    }

    void close(char bracket)
    {
        m_json += bracket;
        m_firstItem = false;
    }

    QByteArray &m_json;
    bool m_afterKey = false;
    bool m_firstItem = true;
};

// "2026-10-02T06:15:00Z", as ninjs writes it.
QString isoDateTime(const QDateTime &dateTime)
{
    return IsoTime::utc(dateTime);
}

// The people a byline names: "By Maria Okafor, City Hall reporter" -> Maria Okafor;
// "Jane Doe and John Roe" -> both.
QStringList bylineNames(const QString &byline)
{
    QString names = cleanText(byline).simplified();
    if (names.startsWith(u"by "_s, Qt::CaseInsensitive))
        names = names.sliced(3).trimmed();
    const qsizetype comma = names.indexOf(u',');
    if (comma >= 0)
        names.truncate(comma);
    names.replace(u" & "_s, u" and "_s);
    QStringList result;
    const QStringList parts = names.split(u" and "_s, Qt::SkipEmptyParts, Qt::CaseInsensitive);
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            result.append(name);
    }
    return result;
}

// Meta-title variants that differ from the headline, the chosen one first, each once.
QStringList alternativeHeadlines(const Article &article)
{
    QStringList variants;
    const auto add = [&](const MetaTitle &title) {
        const QString text = title.text.trimmed();
        if (!text.isEmpty() && text != article.headline.trimmed() && !variants.contains(text))
            variants.append(text);
    };
    for (const MetaTitle &title : article.metaTitles) {
        if (title.chosen)
            add(title);
    }
    for (const MetaTitle &title : article.metaTitles)
        add(title);
    return variants;
}

QByteArray jsonLd(const Article &article, const QString &language, const QString &pageUrl,
                  const QList<CitedSource> &sources)
{
    QByteArray json;
    json.reserve(1024 + article.summary.size() * 2);
    JsonLdWriter writer(json);
    writer.beginObject();
    writer.member("@context", u"https://schema.org"_s);
    writer.member("@type", u"NewsArticle"_s);
    writer.member("headline", article.headline);
    const QStringList alternatives = alternativeHeadlines(article);
    if (alternatives.size() == 1) {
        writer.member("alternativeHeadline", alternatives.first());
    } else if (!alternatives.isEmpty()) {
        writer.key("alternativeHeadline");
        writer.beginArray();
        for (const QString &alternative : alternatives)
            writer.string(alternative);
        writer.endArray();
    }
    if (!article.summary.isEmpty())
        writer.member("description", article.summary);
    const QStringList authors = bylineNames(article.byline);
    if (!authors.isEmpty()) {
        writer.key("author");
        if (authors.size() > 1)
            writer.beginArray();
        for (const QString &name : authors) {
            writer.beginObject();
            writer.member("@type", u"Person"_s);
            writer.member("name", name);
            writer.endObject();
        }
        if (authors.size() > 1)
            writer.endArray();
    }
    if (article.published.isValid())
        writer.member("datePublished", isoDateTime(article.published));
    if (article.updated.isValid())
        writer.member("dateModified", isoDateTime(article.updated));
    if (article.created.isValid())
        writer.member("dateCreated", isoDateTime(article.created));
    if (!language.isEmpty())
        writer.member("inLanguage", language);
    writer.member("identifier",
                  article.uri.isEmpty() ? Article::defaultUri(article.uuid) : article.uri);
    if (!pageUrl.isEmpty())
        writer.member("url", pageUrl);
    if (!sources.isEmpty()) {
        writer.key("citation");
        writer.beginArray();
        for (const CitedSource &source : sources) {
            writer.beginObject();
            writer.member("@type", u"CreativeWork"_s);
            writer.member("name", source.name);
            if (!source.url.isEmpty())
                writer.member("url", source.url);
            writer.endObject();
        }
        writer.endArray();
    }
    writer.endObject();
    return json;
}

// --- the page --------------------------------------------------------------------------------

// Readable on screen and on paper: a serif body at a comfortable measure, the summary box, quiet
// source notes; printing drops the navigation and spells out where links go.
constexpr QStringView styleSheet = uR"css(
body{margin:0 auto;max-width:38rem;padding:2rem 1.25rem 3rem;color:#1b1b1b;background:#fff;font:1.125rem/1.6 Georgia,"DejaVu Serif","Times New Roman",serif}
h1{margin:0 0 .75rem;font-size:2.1rem;line-height:1.2}
.byline,.dateline,nav.adjacent,.sources{font-family:system-ui,"DejaVu Sans",Arial,sans-serif}
.byline,.dateline{margin:0;color:#555;font-size:.9rem}
.byline{font-weight:600}
a{color:#1d4f91}
.summary{margin:1.5rem 0 2rem;padding:.9rem 1.1rem;border-inline-start:4px solid #1d4f91;background:#f1f5fa}
.summary h2{margin:0 0 .3rem;font:700 .95rem/1.4 system-ui,"DejaVu Sans",Arial,sans-serif;letter-spacing:.02em;color:#1d4f91}
.summary p{margin:0}
.attribution{color:#555;font-size:.85em}
sup{line-height:0;font-size:.7em}
sup a{text-decoration:none}
.sources{margin-top:2.5rem;padding-top:.5rem;border-top:1px solid #ccc;color:#333;font-size:.9rem}
.sources h2{font-size:1rem}
.sources li{margin:.25rem 0}
.sources li:target{background:#fff3c4}
nav.adjacent{margin-top:2.5rem;padding-top:1rem;border-top:1px solid #ccc;font-size:.95rem}
nav.adjacent p{margin:0 0 .75rem}
nav.adjacent .direction{display:block;color:#555;font-size:.75rem;letter-spacing:.04em;text-transform:uppercase}
@media print{
body{max-width:none;padding:0;color:#000;font-size:11pt}
nav.adjacent{display:none}
a{color:#000}
a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;word-break:break-all}
.summary{background:none;border:1px solid #000}
.summary h2{color:#000}
}
)css";

// The date a reader sees, in the article's language; the datetime attribute carries the exact
// time, so the text may be friendly.
QString readableDateTime(const QDateTime &dateTime, const QLocale &locale, const ReaderText &reader)
{
    const QDateTime utc = dateTime.toUTC();
    return reader.translate("HtmlExporter", "%1, %2 UTC", "date, time of an exported article")
        .arg(locale.toString(utc.date(), QLocale::LongFormat),
             locale.toString(utc.time(), QLocale::ShortFormat));
}

class PageWriter
{
public:
    PageWriter(const HtmlExportProfile &profile, const Article &article)
        : m_profile(profile)
        , m_article(article)
        , m_reader(article.language)
    {
        qsizetype size = 6000 + article.summary.size();
        for (const Paragraph &paragraph : article.paragraphs)
            size += paragraph.text.size() + 80 * paragraph.attributions.size() + 16;
        m_html.reserve(size);
        if (PlainTextImporter::isLanguageTag(article.language))
            m_language = article.language;
        m_locale = m_language.isEmpty() ? QLocale::c() : QLocale(m_language);
        m_pageUrl = patternUrl(profile.articleUrlPattern, article.uuid);
        m_sources = citedSources(article, m_webUrls);
    }

    QByteArray page()
    {
        writeHead();
        QByteArray bytes = m_html.toUtf8();
        // schema.org wants the article's absolute address; a relative pattern gives none.
        bytes += jsonLd(m_article, m_language, HtmlExporter::webUrl(m_pageUrl), m_sources);
        m_html.clear();
        m_html += u"</script>\n</head>\n<body>\n"_s;
        writeArticle();
        writeNavigation();
        m_html += u"</body>\n</html>\n"_s;
        bytes += m_html.toUtf8();
        return bytes;
    }

private:
    void text(QStringView text) { appendHtml(m_html, text); }

    void writeHead()
    {
        m_html += u"<!DOCTYPE html>\n<html"_s;
        if (!m_language.isEmpty()) {
            m_html += u" lang=\""_s;
            text(m_language);
            m_html += u'"';
            if (m_locale.textDirection() == Qt::RightToLeft)
                m_html += u" dir=\"rtl\""_s;
        }
        m_html += u">\n<head>\n<meta charset=\"utf-8\" />\n"
                  u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                  u"<title>"_s;
        text(HtmlExporter::pageTitle(m_article));
        m_html += u"</title>\n"_s;
        if (!m_article.summary.trimmed().isEmpty()) {
            m_html += u"<meta name=\"description\" content=\""_s;
            text(m_article.summary);
            m_html += u"\" />\n"_s;
        }
        if (!m_pageUrl.isEmpty()) {
            m_html += u"<link rel=\"canonical\" href=\""_s;
            text(m_pageUrl);
            m_html += u"\" />\n"_s;
        }
        m_html += u"<style>"_s;
        m_html += styleSheet;
        m_html += u"</style>\n<script type=\"application/ld+json\">"_s;
    }

    void writeArticle()
    {
        m_html += u"<article>\n<header>\n<h1>"_s;
        text(headline());
        m_html += u"</h1>\n"_s;
        if (!m_article.byline.trimmed().isEmpty()) {
            m_html += u"<p class=\"byline\">"_s;
            text(m_article.byline);
            m_html += u"</p>\n"_s;
        }
        const QDateTime date =
            m_article.published.isValid() ? m_article.published : m_article.updated;
        if (date.isValid()) {
            m_html += u"<p class=\"dateline\"><time datetime=\""_s + isoDateTime(date) + u"\">"_s;
            text(readableDateTime(date, m_locale, m_reader));
            m_html += u"</time></p>\n"_s;
        }
        m_html += u"</header>\n"_s;
        if (!m_article.summary.trimmed().isEmpty()) {
            m_html += u"<aside class=\"summary\">\n<h2>"_s;
            // The same words as the summary box of the editor's preview (ArticleView).
            text(m_reader.translate("HtmlExporter", "No time to read? Get a summary"));
            m_html += u"</h2>\n<p>"_s;
            text(m_article.summary);
            m_html += u"</p>\n</aside>\n"_s;
        }
        for (const Paragraph &paragraph : m_article.paragraphs)
            writeParagraph(paragraph);
        if (m_profile.attributions == HtmlExportProfile::Attributions::Notes)
            writeSourceNotes();
        m_html += u"</article>\n"_s;
    }

    QString headline() const
    {
        return m_article.headline.trimmed().isEmpty()
                   ? m_reader.translate("HtmlExporter", "Untitled article")
                   : m_article.headline;
    }

    void writeLink(const QString &url, const QString &text)
    {
        if (url.isEmpty()) {
            this->text(text);
            return;
        }
        m_html += u"<a href=\""_s;
        this->text(url);
        m_html += u"\">"_s;
        this->text(text);
        m_html += u"</a>"_s;
    }

    void writeParagraph(const Paragraph &paragraph)
    {
        m_html += u"<p>"_s;
        text(paragraph.text);
        switch (m_profile.attributions) {
        case HtmlExportProfile::Attributions::None:
            break;
        case HtmlExportProfile::Attributions::Inline:
            writeInlineAttribution(paragraph);
            break;
        case HtmlExportProfile::Attributions::Notes:
            writeNoteReferences(paragraph);
            break;
        }
        m_html += u"</p>\n"_s;
    }

    void writeInlineAttribution(const Paragraph &paragraph)
    {
        QVarLengthArray<const Attribution *, 8> distinct; // one per source, in order
        for (const Attribution &attribution : paragraph.attributions) {
            const auto same = [&](const Attribution *other) {
                return other->sourceName == attribution.sourceName;
            };
            if (!attribution.sourceName.trimmed().isEmpty() &&
                std::none_of(distinct.cbegin(), distinct.cend(), same)) {
                distinct.append(&attribution);
            }
        }
        if (distinct.isEmpty())
            return;
        if (!m_inlineFrame) {
            // The translated "(Source: %1)" is text, escaped once; the names go where %1 is.
            const QString frame = m_reader.translate("HtmlExporter", "(Source: %1)");
            const qsizetype at = frame.indexOf(u"%1"_s);
            m_inlineFrame = at < 0 ? std::pair{html(frame + u' '), QString()}
                                   : std::pair{html(frame.first(at)), html(frame.sliced(at + 2))};
        }
        m_html += u" <span class=\"attribution\">"_s;
        m_html += m_inlineFrame->first;
        for (qsizetype i = 0; i < distinct.size(); ++i) {
            const Attribution &attribution = *distinct.at(i);
            if (i > 0)
                m_html += u"; "_s;
            const QString url = m_webUrls.webUrl(attribution.url);
            writeLink(url.isEmpty() ? sourceNamed(attribution.sourceName).url : url,
                      attribution.sourceName);
        }
        m_html += m_inlineFrame->second;
        m_html += u"</span>"_s;
    }

    const CitedSource &sourceNamed(const QString &name) const
    {
        static const CitedSource none;
        const auto found = std::find_if(m_sources.cbegin(), m_sources.cend(),
                                        [&](const CitedSource &s) { return s.name == name; });
        return found == m_sources.cend() ? none : *found;
    }

    void writeNoteReferences(const Paragraph &paragraph)
    {
        QList<qsizetype> numbers;
        for (const Attribution &attribution : paragraph.attributions) {
            const auto found =
                std::find_if(m_sources.cbegin(), m_sources.cend(), [&](const CitedSource &s) {
                    return s.name == attribution.sourceName;
                });
            if (found == m_sources.cend())
                continue;
            const qsizetype number = found - m_sources.cbegin() + 1;
            if (!numbers.contains(number))
                numbers.append(number);
        }
        if (numbers.isEmpty())
            return;
        std::sort(numbers.begin(), numbers.end());
        m_html += u"<sup>"_s;
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            const QString number = QString::number(numbers.at(i));
            if (i > 0)
                m_html += u',';
            m_html += u"<a href=\"#source-"_s + number + u"\">"_s + number + u"</a>"_s;
        }
        m_html += u"</sup>"_s;
    }

    void writeSourceNotes()
    {
        if (m_sources.isEmpty())
            return;
        m_html += u"<section class=\"sources\">\n<h2>"_s;
        text(m_reader.translate("HtmlExporter", "Sources"));
        m_html += u"</h2>\n<ol>\n"_s;
        for (qsizetype i = 0; i < m_sources.size(); ++i) {
            const CitedSource &source = m_sources.at(i);
            m_html += u"<li id=\"source-"_s + QString::number(i + 1) + u"\">"_s;
            writeLink(source.url, source.name);
            for (qsizetype d = 0; d < source.details.size(); ++d) {
                const SourceDetail &detail = source.details.at(d);
                m_html += d == 0 ? u": "_s : u"; "_s;
                writeLink(detail.url, detail.detail.isEmpty() ? detail.url : detail.detail);
            }
            m_html += u"</li>\n"_s;
        }
        m_html += u"</ol>\n</section>\n"_s;
    }

    // The link to an adjacent article, labelled with its canonical headline.
    QString adjacentHref(const ArticleRef &ref) const
    {
        const QString fromPattern = patternUrl(m_profile.articleUrlPattern, ref.uuid);
        return fromPattern.isEmpty() ? linkableArticleUri(ref.uri) : fromPattern;
    }

    void writeAdjacent(const std::optional<ArticleRef> &ref, const QString &relation,
                       const QString &direction)
    {
        if (!ref)
            return;
        const QString href = adjacentHref(*ref);
        m_html += u"<p class=\""_s + relation + u"\"><span class=\"direction\">"_s;
        text(direction);
        m_html += u"</span> "_s;
        // rel belongs to links only; without an address the title is a placeholder link.
        if (href.isEmpty())
            m_html += u"<a>"_s;
        else {
            m_html += u"<a rel=\""_s + relation + u"\" href=\""_s;
            text(href);
            m_html += u"\">"_s;
        }
        text(ref->headline.trimmed().isEmpty()
                 ? m_reader.translate("HtmlExporter", "Untitled article")
                 : ref->headline);
        m_html += u"</a></p>\n"_s;
    }

    void writeNavigation()
    {
        if (!m_article.previous && !m_article.next)
            return;
        m_html += u"<nav class=\"adjacent\" aria-label=\""_s;
        text(m_reader.translate("HtmlExporter", "More articles"));
        m_html += u"\">\n"_s;
        writeAdjacent(m_article.previous, u"prev"_s,
                      m_reader.translate("HtmlExporter", "Previous article"));
        writeAdjacent(m_article.next, u"next"_s,
                      m_reader.translate("HtmlExporter", "Next article"));
        m_html += u"</nav>\n"_s;
    }

    const HtmlExportProfile &m_profile;
    const Article &m_article;
    const ReaderText m_reader; // the page's own words, in the article's language
    QString m_html;
    QString m_language; // empty when the article's is not a language tag
    QLocale m_locale;
    QString m_pageUrl;
    QList<CitedSource> m_sources;
    WebUrlCache m_webUrls;
    std::optional<std::pair<QString, QString>> m_inlineFrame; // escaped text around the names
};

} // namespace

QString HtmlExportProfile::attributionsKey(Attributions attributions)
{
    switch (attributions) {
    case Attributions::None:
        return u"none"_s;
    case Attributions::Inline:
        return u"inline"_s;
    case Attributions::Notes:
        break;
    }
    return u"notes"_s;
}

std::optional<HtmlExportProfile::Attributions>
HtmlExportProfile::attributionsFromKey(const QString &key)
{
    for (const Attributions attributions :
         {Attributions::None, Attributions::Inline, Attributions::Notes}) {
        if (key.trimmed().compare(attributionsKey(attributions), Qt::CaseInsensitive) == 0)
            return attributions;
    }
    return std::nullopt;
}

HtmlExporter::HtmlExporter(HtmlExportProfile profile)
    : m_profile(std::move(profile))
{}

QString HtmlExporter::pageTitle(const Article &article)
{
    for (const MetaTitle &title : article.metaTitles) {
        if (title.chosen && !title.text.trimmed().isEmpty())
            return title.text.trimmed();
    }
    if (!article.headline.trimmed().isEmpty())
        return article.headline;
    return ReaderText(article.language).translate("HtmlExporter", "Untitled article");
}

QString HtmlExporter::webUrl(const QString &url)
{
    const std::optional<QUrl> parsed = parsedUrl(url);
    return parsed && isWebUrl(*parsed) ? parsed->toString(QUrl::FullyEncoded) : QString();
}

QByteArray HtmlExporter::toBytes(const Article &article) const
{
    return PageWriter(m_profile, article).page();
}
