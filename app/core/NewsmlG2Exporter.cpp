#include "NewsmlG2Exporter.h"

#include "IsoTime.h"

#include <QHash>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString iptcCatalog = u"http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"_s;
const QString headlineRoleScheme = u"cdhlrole"_s;
const QString linkRelationScheme = u"cdlinkrel"_s;
// IPTC's information source roles: the source originated the information.
const QString originatorRoleUri = u"http://cv.iptc.org/newscodes/infosourcerole/originfo"_s;

// Writes indented XML into one QString, converted to UTF-8 once at the end: QXmlStreamWriter
// spent three times as long as everything else in an export. Names and attribute names are
// Copydesk's own; every value goes through append() or attribute(), which escape it.
class XmlText
{
public:
    explicit XmlText(qsizetype expectedSize) { m_xml.reserve(expectedSize); }

    void start(QStringView name)
    {
        closeStartTag();
        indent();
        m_xml += u'<';
        m_xml += name;
        m_open.append(name.toString());
        m_startTagOpen = true;
        m_hasChildren.append(false);
    }

    void attribute(QStringView name, QStringView value)
    {
        m_xml += u' ';
        m_xml += name;
        m_xml += u"=\""_s;
        append(value, true);
        m_xml += u'"';
    }

    // Text content of the element just started; it ends on the same line.
    void text(QStringView value)
    {
        closeStartTag();
        append(value, false);
    }

    void end()
    {
        const QString name = m_open.takeLast();
        const bool children = m_hasChildren.takeLast();
        if (m_startTagOpen) {
            m_xml += u"/>"_s;
            m_startTagOpen = false;
            return;
        }
        if (children)
            indent();
        m_xml += u"</"_s;
        m_xml += name;
        m_xml += u'>';
    }

    void element(QStringView name, QStringView value)
    {
        start(name);
        text(value);
        end();
    }

    QByteArray toUtf8()
    {
        m_xml += u'\n';
        return m_xml.toUtf8();
    }

private:
    void closeStartTag()
    {
        if (m_startTagOpen) {
            m_xml += u'>';
            m_startTagOpen = false;
        }
    }

    void indent()
    {
        if (!m_hasChildren.isEmpty())
            m_hasChildren.last() = true;
        if (!m_xml.isEmpty())
            m_xml += u'\n';
        m_xml += QString(2 * m_open.size(), u' ');
    }

    // Escapes markup, and in attribute values also the white space a parser would normalise.
    // XML 1.0 cannot carry control characters, U+FFFE/U+FFFF or lone surrogates, not even as
    // character references: each becomes U+FFFD, so one stray byte cannot make an invalid item.
    void append(QStringView value, bool inAttribute)
    {
        // Runs of ordinary characters are copied in one go; only the rest is looked at alone.
        qsizetype plainFrom = 0;
        const auto flush = [&](qsizetype to) {
            if (to > plainFrom)
                m_xml.append(value.mid(plainFrom, to - plainFrom));
        };
        for (qsizetype i = 0; i < value.size(); ++i) {
            const char16_t c = value.at(i).unicode();
            const bool ordinary = c >= 0x20 && c != u'&' && c != u'<' && c != u'>' && c != u'"' &&
                                  (c < 0xD800 || (c > 0xDFFF && c < 0xFFFE));
            if (ordinary)
                continue;
            flush(i);
            plainFrom = i + 1;
            switch (c) {
            case u'&':
                m_xml += u"&amp;"_s;
                continue;
            case u'<':
                m_xml += u"&lt;"_s;
                continue;
            case u'>':
                m_xml += u"&gt;"_s;
                continue;
            case u'"':
                m_xml += inAttribute ? u"&quot;"_s : u"\""_s;
                continue;
            case u'\t':
                m_xml += inAttribute ? u"&#9;"_s : u"\t"_s;
                continue;
            case u'\n':
                m_xml += inAttribute ? u"&#10;"_s : u"\n"_s;
                continue;
            case u'\r':
                m_xml += u"&#13;"_s; // a literal CR would be read as a line end
                continue;
            default:
                break;
            }
            if (QChar::isHighSurrogate(c) && i + 1 < value.size() &&
                value.at(i + 1).isLowSurrogate()) {
                m_xml += value.mid(i, 2);
                plainFrom = ++i + 1;
            } else {
                // A control character, a lone surrogate, U+FFFE or U+FFFF.
                m_xml += QChar::ReplacementCharacter;
            }
        }
        flush(value.size());
    }

    QString m_xml;
    QStringList m_open;
    QList<bool> m_hasChildren;
    bool m_startTagOpen = false;
};

// NewsML-G2's names, titles and literals are g2normalizedString: no white space but spaces.
QString oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.isSpace() && c != u' ')
            c = u' ';
    }
    return line;
}

QString isoDateTime(const QDateTime &dateTime)
{
    return IsoTime::utc(dateTime);
}

QString articleUri(const Article &article)
{
    return article.uri.isEmpty() ? Article::defaultUri(article.uuid) : article.uri;
}

QString refUri(const ArticleRef &ref)
{
    return ref.uri.isEmpty() ? Article::defaultUri(ref.uuid) : ref.uri;
}

bool isAbsoluteUri(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.isRelative() && !text.contains(u' ');
}

struct InfoSource
{
    QString name;
    QString uri;
    QString id; // "source-N", referenced from the body's paragraphs
};

// Each cited source once, in order of first citation.
QList<InfoSource> infoSources(const Article &article)
{
    QList<InfoSource> sources;
    const QStringList cited = article.citedSourceNames();
    for (const QString &name : cited) {
        if (name.isEmpty())
            continue;
        InfoSource source{name, {}, u"source-%1"_s.arg(sources.size() + 1)};
        for (const Source &registered : article.sources) {
            if (registered.name == name && isAbsoluteUri(registered.url)) {
                source.uri = registered.url;
                break;
            }
        }
        sources.append(source);
    }
    return sources;
}

void writeCatalog(XmlText &xml)
{
    xml.start(u"catalogRef");
    xml.attribute(u"href", iptcCatalog);
    xml.end();

    xml.start(u"catalog");
    xml.start(u"scheme");
    xml.attribute(u"alias", headlineRoleScheme);
    xml.attribute(u"uri", u"urn:copydesk:cv:headline-role:");
    xml.element(u"name", u"Copydesk headline roles");
    xml.element(u"definition",
                u"main: the canonical headline of the article. seo: a meta-title (SEO or A/B "
                u"test) variant; the chosen variant comes first.");
    xml.end();
    xml.start(u"scheme");
    xml.attribute(u"alias", linkRelationScheme);
    xml.attribute(u"uri", u"urn:copydesk:cv:link-relation:");
    xml.element(u"name", u"Copydesk article link relations");
    xml.element(u"definition", u"previous / next: the adjacent article in a series, labelled "
                               u"with its canonical headline.");
    xml.end();
    xml.end(); // catalog
}

void writeLink(XmlText &xml, const QString &relation, const ArticleRef &ref)
{
    xml.start(u"link");
    xml.attribute(u"rel", linkRelationScheme + u':' + relation);
    xml.attribute(u"residref", refUri(ref));
    xml.attribute(u"contenttype", u"application/vnd.iptc.g2.newsitem+xml");
    // The label of a link is always the canonical headline, never a meta-title variant.
    if (!ref.headline.isEmpty())
        xml.element(u"title", oneLine(ref.headline));
    xml.end();
}

bool isNameable(const std::optional<ArticleRef> &ref)
{
    return ref && (!ref->uri.isEmpty() || !ref->uuid.isNull());
}

void writeItemMeta(XmlText &xml, const Article &article, const QString &provider)
{
    xml.start(u"itemMeta");
    xml.start(u"itemClass");
    xml.attribute(u"qcode", u"ninat:text");
    xml.end();
    xml.start(u"provider");
    xml.attribute(u"literal", oneLine(provider));
    xml.end();
    // versionCreated is required: an article never stored is being created now.
    const QDateTime updated =
        article.updated.isValid() ? article.updated : QDateTime::currentDateTimeUtc();
    xml.element(u"versionCreated", isoDateTime(updated));
    if (article.created.isValid())
        xml.element(u"firstCreated", isoDateTime(article.created));
    xml.start(u"pubStatus");
    xml.attribute(u"qcode", NewsmlG2Exporter::pubStatusQcode(article));
    xml.end();
    if (isNameable(article.previous))
        writeLink(xml, u"previous"_s, *article.previous);
    if (isNameable(article.next))
        writeLink(xml, u"next"_s, *article.next);
    xml.end();
}

void writeHeadline(XmlText &xml, const QString &role, const QString &text)
{
    xml.start(u"headline");
    xml.attribute(u"role", headlineRoleScheme + u':' + role);
    xml.text(oneLine(text));
    xml.end();
}

void writeContentMeta(XmlText &xml, const Article &article, const QList<InfoSource> &sources)
{
    xml.start(u"contentMeta");
    if (article.created.isValid())
        xml.element(u"contentCreated", isoDateTime(article.created));
    if (article.updated.isValid())
        xml.element(u"contentModified", isoDateTime(article.updated));
    for (const InfoSource &source : sources) {
        xml.start(u"infoSource");
        xml.attribute(u"id", source.id);
        if (!source.uri.isEmpty())
            xml.attribute(u"uri", source.uri);
        xml.attribute(u"roleuri", originatorRoleUri);
        xml.element(u"name", oneLine(source.name));
        xml.end();
    }
    if (!article.byline.isEmpty()) {
        xml.start(u"creator");
        xml.element(u"name", oneLine(article.byline));
        xml.end();
    }
    xml.start(u"language");
    xml.attribute(u"tag", article.language);
    xml.end();
    if (!article.slug.isEmpty())
        xml.element(u"slugline", oneLine(article.slug));

    writeHeadline(xml, u"main"_s, article.headline);
    const auto chosen = std::find_if(article.metaTitles.cbegin(), article.metaTitles.cend(),
                                     [](const MetaTitle &title) { return title.chosen; });
    if (chosen != article.metaTitles.cend() && !chosen->text.isEmpty())
        writeHeadline(xml, u"seo"_s, chosen->text);
    for (auto it = article.metaTitles.cbegin(); it != article.metaTitles.cend(); ++it) {
        if (it != chosen && !it->text.isEmpty())
            writeHeadline(xml, u"seo"_s, it->text);
    }
    if (!article.byline.isEmpty())
        xml.element(u"by", oneLine(article.byline));
    if (!article.summary.isEmpty()) {
        xml.start(u"description");
        xml.attribute(u"role", u"drol:summary");
        xml.text(article.summary);
        xml.end();
    }
    xml.end();
}

void writeBody(XmlText &xml, const Article &article, const QList<InfoSource> &sources)
{
    QHash<QString, QString> sourceIds;
    for (const InfoSource &source : sources)
        sourceIds.insert(source.name, source.id);

    xml.start(u"contentSet");
    xml.start(u"inlineXML");
    xml.attribute(u"contenttype", u"application/xhtml+xml");
    // The body's own default namespace, declared on its root element.
    xml.start(u"html");
    xml.attribute(u"xmlns", u"http://www.w3.org/1999/xhtml");
    xml.start(u"head");
    xml.element(u"title", article.headline);
    xml.end();
    xml.start(u"body");
    QStringList names;
    QStringList ids;
    for (const Paragraph &paragraph : article.paragraphs) {
        names.clear();
        ids.clear();
        for (const Attribution &attribution : paragraph.attributions) {
            const QString &name = attribution.sourceName;
            if (name.isEmpty() || names.contains(name))
                continue;
            names.append(name);
            ids.append(sourceIds.value(name));
        }
        xml.start(u"p");
        if (!names.isEmpty()) {
            xml.attribute(u"data-source", names.join(u"; "_s));
            xml.attribute(u"data-source-ref", ids.join(u' '));
        }
        xml.text(paragraph.text);
        xml.end();
    }
    xml.end(); // body
    xml.end(); // html
    xml.end(); // inlineXML
    xml.end(); // contentSet
}

} // namespace

NewsmlG2Exporter::NewsmlG2Exporter(QString provider)
    : m_provider(std::move(provider))
{}

QString NewsmlG2Exporter::pubStatusQcode(const Article &article)
{
    if (article.status == ArticleStatus::Archived)
        return u"stat:canceled"_s;
    return isReleasable(article.status) ? u"stat:usable"_s : u"stat:withheld"_s;
}

QByteArray NewsmlG2Exporter::toBytes(const Article &article) const
{
    qsizetype size = 4096 + article.summary.size();
    for (const Paragraph &paragraph : article.paragraphs)
        size += paragraph.text.size() + 120;
    XmlText xml(size);
    const QList<InfoSource> sources = infoSources(article);

    xml.start(u"newsItem");
    xml.attribute(u"xmlns", u"http://iptc.org/std/nar/2006-10-01/");
    xml.attribute(u"guid", articleUri(article));
    xml.attribute(u"version", QString::number(std::max(article.version, 1)));
    xml.attribute(u"standard", u"NewsML-G2");
    xml.attribute(u"standardversion", u"2.35");
    xml.attribute(u"conformance", u"power");
    xml.attribute(u"xml:lang", article.language);
    writeCatalog(xml);
    writeItemMeta(xml, article, m_provider);
    writeContentMeta(xml, article, sources);
    writeBody(xml, article, sources);
    xml.end(); // newsItem
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml.toUtf8();
}
