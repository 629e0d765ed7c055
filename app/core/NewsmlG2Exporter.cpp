#include "NewsmlG2Exporter.h"

#include <QHash>
#include <QUrl>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString g2Namespace = u"http://iptc.org/std/nar/2006-10-01/"_s;
const QString xhtmlNamespace = u"http://www.w3.org/1999/xhtml"_s;
const QString iptcCatalog = u"http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"_s;
const QString headlineRoleScheme = u"cdhlrole"_s;
const QString linkRelationScheme = u"cdlinkrel"_s;
// IPTC's information source roles: the source originated the information.
const QString originatorRoleUri = u"http://cv.iptc.org/newscodes/infosourcerole/originfo"_s;

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// XML 1.0 cannot carry control characters, U+FFFE/U+FFFF or lone surrogates, not even as
// character references; each becomes U+FFFD so one stray byte cannot make an invalid item.
QString xmlText(const QString &text)
{
    const auto isPlain = [](QChar c) {
        return c.unicode() >= 0x20 ? !c.isSurrogate() && c.unicode() < 0xFFFE
                                   : c == u'\t' || c == u'\n' || c == u'\r';
    };
    if (std::all_of(text.cbegin(), text.cend(), isPlain))
        return text;
    QString result;
    result.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (isXmlChar(c))
            result += QStringView(QChar::fromUcs4(c));
        else
            result += QChar::ReplacementCharacter;
    }
    return result;
}

QString isoDateTime(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
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

void writeTextElement(QXmlStreamWriter &xml, const QString &name, const QString &text)
{
    xml.writeTextElement(g2Namespace, name, xmlText(text));
}

void writeCatalog(QXmlStreamWriter &xml)
{
    xml.writeEmptyElement(g2Namespace, u"catalogRef"_s);
    xml.writeAttribute(u"href"_s, iptcCatalog);

    xml.writeStartElement(g2Namespace, u"catalog"_s);
    xml.writeStartElement(g2Namespace, u"scheme"_s);
    xml.writeAttribute(u"alias"_s, headlineRoleScheme);
    xml.writeAttribute(u"uri"_s, u"urn:copydesk:cv:headline-role:"_s);
    writeTextElement(xml, u"name"_s, u"Copydesk headline roles"_s);
    writeTextElement(xml, u"definition"_s,
                     u"main: the canonical headline of the article. seo: a meta-title (SEO or "
                     "A/B test) variant; the chosen variant comes first."_s);
    xml.writeEndElement();
    xml.writeStartElement(g2Namespace, u"scheme"_s);
    xml.writeAttribute(u"alias"_s, linkRelationScheme);
    xml.writeAttribute(u"uri"_s, u"urn:copydesk:cv:link-relation:"_s);
    writeTextElement(xml, u"name"_s, u"Copydesk article link relations"_s);
    writeTextElement(xml, u"definition"_s,
                     u"previous / next: the adjacent article in a series, labelled with its "
                     "canonical headline."_s);
    xml.writeEndElement();
    xml.writeEndElement(); // catalog
}

void writeLink(QXmlStreamWriter &xml, const QString &relation, const ArticleRef &ref)
{
    xml.writeStartElement(g2Namespace, u"link"_s);
    xml.writeAttribute(u"rel"_s, linkRelationScheme + u':' + relation);
    xml.writeAttribute(u"residref"_s, xmlText(refUri(ref)));
    xml.writeAttribute(u"contenttype"_s, u"application/vnd.iptc.g2.newsitem+xml"_s);
    // The label of a link is always the canonical headline, never a meta-title variant.
    if (!ref.headline.isEmpty())
        writeTextElement(xml, u"title"_s, ref.headline);
    xml.writeEndElement();
}

bool isNameable(const std::optional<ArticleRef> &ref)
{
    return ref && (!ref->uri.isEmpty() || !ref->uuid.isNull());
}

void writeItemMeta(QXmlStreamWriter &xml, const Article &article, const QString &provider)
{
    xml.writeStartElement(g2Namespace, u"itemMeta"_s);
    xml.writeEmptyElement(g2Namespace, u"itemClass"_s);
    xml.writeAttribute(u"qcode"_s, u"ninat:text"_s);
    xml.writeEmptyElement(g2Namespace, u"provider"_s);
    xml.writeAttribute(u"literal"_s, xmlText(provider));
    // versionCreated is required: an article never stored is being created now.
    const QDateTime updated =
        article.updated.isValid() ? article.updated : QDateTime::currentDateTimeUtc();
    writeTextElement(xml, u"versionCreated"_s, isoDateTime(updated));
    if (article.created.isValid())
        writeTextElement(xml, u"firstCreated"_s, isoDateTime(article.created));
    xml.writeEmptyElement(g2Namespace, u"pubStatus"_s);
    xml.writeAttribute(u"qcode"_s, NewsmlG2Exporter::pubStatusQcode(article));
    if (isNameable(article.previous))
        writeLink(xml, u"previous"_s, *article.previous);
    if (isNameable(article.next))
        writeLink(xml, u"next"_s, *article.next);
    xml.writeEndElement();
}

void writeHeadline(QXmlStreamWriter &xml, const QString &role, const QString &text)
{
    xml.writeStartElement(g2Namespace, u"headline"_s);
    xml.writeAttribute(u"role"_s, headlineRoleScheme + u':' + role);
    xml.writeCharacters(xmlText(text));
    xml.writeEndElement();
}

void writeContentMeta(QXmlStreamWriter &xml, const Article &article,
                      const QList<InfoSource> &sources)
{
    xml.writeStartElement(g2Namespace, u"contentMeta"_s);
    if (article.created.isValid())
        writeTextElement(xml, u"contentCreated"_s, isoDateTime(article.created));
    if (article.updated.isValid())
        writeTextElement(xml, u"contentModified"_s, isoDateTime(article.updated));
    for (const InfoSource &source : sources) {
        xml.writeStartElement(g2Namespace, u"infoSource"_s);
        xml.writeAttribute(u"id"_s, source.id);
        if (!source.uri.isEmpty())
            xml.writeAttribute(u"uri"_s, xmlText(source.uri));
        xml.writeAttribute(u"roleuri"_s, originatorRoleUri);
        writeTextElement(xml, u"name"_s, source.name);
        xml.writeEndElement();
    }
    if (!article.byline.isEmpty()) {
        xml.writeStartElement(g2Namespace, u"creator"_s);
        writeTextElement(xml, u"name"_s, article.byline);
        xml.writeEndElement();
    }
    xml.writeEmptyElement(g2Namespace, u"language"_s);
    xml.writeAttribute(u"tag"_s, xmlText(article.language));
    if (!article.slug.isEmpty())
        writeTextElement(xml, u"slugline"_s, article.slug);

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
        writeTextElement(xml, u"by"_s, article.byline);
    if (!article.summary.isEmpty()) {
        xml.writeStartElement(g2Namespace, u"description"_s);
        xml.writeAttribute(u"role"_s, u"drol:summary"_s);
        xml.writeCharacters(xmlText(article.summary));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeBody(QXmlStreamWriter &xml, const Article &article, const QList<InfoSource> &sources)
{
    QHash<QString, QString> sourceIds;
    for (const InfoSource &source : sources)
        sourceIds.insert(source.name, source.id);

    xml.writeStartElement(g2Namespace, u"contentSet"_s);
    xml.writeStartElement(g2Namespace, u"inlineXML"_s);
    xml.writeAttribute(u"contenttype"_s, u"application/xhtml+xml"_s);
    // The body's own default namespace, declared on its root element (declared before it,
    // QXmlStreamWriter would put it on inlineXML and move that out of NewsML-G2).
    xml.writeStartElement(u"html"_s);
    xml.writeDefaultNamespace(xhtmlNamespace);
    xml.writeStartElement(xhtmlNamespace, u"head"_s);
    xml.writeTextElement(xhtmlNamespace, u"title"_s, xmlText(article.headline));
    xml.writeEndElement();
    xml.writeStartElement(xhtmlNamespace, u"body"_s);
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
        xml.writeStartElement(xhtmlNamespace, u"p"_s);
        if (!names.isEmpty()) {
            xml.writeAttribute(u"data-source"_s, xmlText(names.join(u"; "_s)));
            xml.writeAttribute(u"data-source-ref"_s, ids.join(u' '));
        }
        xml.writeCharacters(xmlText(paragraph.text));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // html
    xml.writeEndElement(); // inlineXML
    xml.writeEndElement(); // contentSet
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
    QByteArray bytes;
    bytes.reserve(article.paragraphs.size() * 500 + 4096);
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(g2Namespace);
    xml.writeStartElement(g2Namespace, u"newsItem"_s);
    xml.writeAttribute(u"guid"_s, xmlText(articleUri(article)));
    xml.writeAttribute(u"version"_s, QString::number(std::max(article.version, 1)));
    xml.writeAttribute(u"standard"_s, u"NewsML-G2"_s);
    xml.writeAttribute(u"standardversion"_s, u"2.35"_s);
    xml.writeAttribute(u"conformance"_s, u"power"_s);
    xml.writeAttribute(u"http://www.w3.org/XML/1998/namespace"_s, u"lang"_s,
                       xmlText(article.language));

    const QList<InfoSource> sources = infoSources(article);
    writeCatalog(xml);
    writeItemMeta(xml, article, m_provider);
    writeContentMeta(xml, article, sources);
    writeBody(xml, article, sources);

    xml.writeEndElement(); // newsItem
    xml.writeEndDocument();
    return bytes;
}
