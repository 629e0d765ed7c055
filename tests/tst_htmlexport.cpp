// The HTML5 article page (issue 6): structure, attribution styles, previous/next labels, the
// schema.org JSON-LD, and above all that nothing in an article can add markup or script.
#include "ArticleFixtures.h"

#include "core/HtmlExporter.h"
#include "core/ReaderText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using fixtures::source;

namespace {

using Attributions = HtmlExportProfile::Attributions;

// One element of the page as QXmlStreamReader reads it (the page is well-formed XML too).
struct Element
{
    QString name;
    QMap<QString, QString> attributes;
    QString text;        // all text inside, descendants included
    QStringList parents; // names of the enclosing elements, outermost first
    QStringList parentClasses;

    QString attribute(const QString &key) const { return attributes.value(key); }
    bool inside(const QString &elementName) const { return parents.contains(elementName); }
};

struct Page
{
    QByteArray bytes;
    QList<Element> elements;
    QString xmlError;

    QList<Element> all(const QString &name) const
    {
        QList<Element> found;
        for (const Element &element : elements) {
            if (element.name == name)
                found.append(element);
        }
        return found;
    }

    QList<Element> withClass(const QString &name, const QString &className) const
    {
        QList<Element> found;
        for (const Element &element : elements) {
            if (element.name == name &&
                element.attribute(u"class"_s).split(u' ').contains(className)) {
                found.append(element);
            }
        }
        return found;
    }

    // Body paragraphs: <p> directly in <article>, not in its header, summary box or notes.
    QStringList paragraphTexts() const
    {
        QStringList texts;
        for (const Element &element : elements) {
            if (element.name == u"p"_s && !element.parents.isEmpty() &&
                element.parents.last() == u"article"_s) {
                texts.append(element.text);
            }
        }
        return texts;
    }

    QString jsonLdText() const
    {
        for (const Element &element : elements) {
            if (element.name == u"script"_s &&
                element.attribute(u"type"_s) == u"application/ld+json"_s) {
                return element.text;
            }
        }
        return {};
    }

    QJsonObject jsonLd() const { return QJsonDocument::fromJson(jsonLdText().toUtf8()).object(); }
};

Page parsePage(const QByteArray &bytes)
{
    Page page;
    page.bytes = bytes;
    QXmlStreamReader xml(bytes);
    QList<qsizetype> open; // indexes into page.elements
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            Element element;
            element.name = xml.name().toString();
            const QXmlStreamAttributes attributes = xml.attributes();
            for (const QXmlStreamAttribute &attribute : attributes)
                element.attributes.insert(attribute.name().toString(),
                                          attribute.value().toString());
            for (const qsizetype index : std::as_const(open)) {
                element.parents.append(page.elements.at(index).name);
                element.parentClasses.append(page.elements.at(index).attribute(u"class"_s));
            }
            open.append(page.elements.size());
            page.elements.append(element);
        } else if (xml.isEndElement()) {
            open.removeLast();
        } else if (xml.isCharacters()) {
            for (const qsizetype index : std::as_const(open))
                page.elements[index].text += xml.text();
        }
    }
    if (xml.hasError())
        page.xmlError = xml.errorString() + u" at line "_s + QString::number(xml.lineNumber());
    return page;
}

Page exportPage(const Article &article, HtmlExportProfile profile = {})
{
    return parsePage(HtmlExporter(profile).toBytes(article));
}

Attribution attribution(const QString &sourceName, const QString &detail = {},
                        const QString &url = {})
{
    Attribution result;
    result.sourceName = sourceName;
    result.detail = detail;
    result.url = url;
    return result;
}

Paragraph paragraph(const QString &text, const QList<Attribution> &attributions = {})
{
    Paragraph result;
    result.uuid = QUuid::createUuid();
    result.text = text;
    result.attributions = attributions;
    return result;
}

ArticleRef ref(const QString &headline, const QString &uri = {})
{
    ArticleRef result;
    result.id = 7;
    result.uuid = QUuid::createUuid();
    result.uri = uri.isEmpty() ? Article::defaultUri(result.uuid) : uri;
    result.headline = headline;
    return result;
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

Article sampleArticle()
{
    Article article;
    article.id = 12;
    article.uuid = QUuid(u"0190f5d2-6a4b-7c3d-8e9f-0123456789ab"_s);
    article.uri = Article::defaultUri(article.uuid);
    article.headline = u"City Council Approves $412 Million Budget With Fewer Library Hours"_s;
    article.summary = u"The council passed next year's budget 7–2 on Tuesday night."_s;
    article.byline = u"Maria Okafor, City Hall reporter"_s;
    article.language = u"en-US"_s;
    article.status = ArticleStatus::Published;
    article.created = utc(2026, 10, 1, 18, 30);
    article.updated = utc(2026, 10, 2, 7, 0);
    article.published = utc(2026, 10, 2, 6, 15);
    article.paragraphs = {
        paragraph(u"The City Council approved a $412 million operating budget."_s,
                  {attribution(u"City Council meeting minutes"_s, u"minutes, p. 4"_s,
                               u"https://city.example/minutes/2026-10-01.pdf"_s)}),
        paragraph(u"The property tax rate stays at 1.18 percent."_s,
                  {attribution(u"City Finance Office"_s)}),
        paragraph(u"Branch libraries will close on Mondays."_s,
                  {attribution(u"City Finance Office"_s),
                   attribution(u"Public Library Board"_s, u"board statement"_s)}),
        paragraph(u"The vote was 7–2."_s),
    };
    article.sources = {source(u"City Council meeting minutes"_s),
                       source(u"City Finance Office"_s, u"https://finance.city.example/"_s),
                       source(u"Public Library Board"_s, u"ftp://library.example/board"_s)};
    article.metaTitles = {MetaTitle{u"Council passes $412M budget"_s, false, {}},
                          MetaTitle{u"Budget cuts library hours"_s, true, {}},
                          MetaTitle{u"Meta title variant three"_s, false, {}}};
    article.previous = ref(u"Council Delays Budget Vote"_s);
    article.next = ref(u"Libraries Prepare for Monday Closures"_s);
    return article;
}

// Every string an article holds that ends up on the page, set to `text`.
Article articleWithEverywhere(const QString &text)
{
    Article article = sampleArticle();
    article.headline = text;
    article.summary = text;
    article.byline = text;
    article.section = text;
    article.slug = text;
    for (Paragraph &paragraph : article.paragraphs) {
        paragraph.text = text;
        for (Attribution &attribution : paragraph.attributions) {
            attribution.sourceName = text + attribution.sourceName;
            attribution.detail = text;
        }
    }
    for (Source &source : article.sources)
        source.name = text + source.name;
    for (MetaTitle &title : article.metaTitles)
        title.text = text + title.text;
    article.previous->headline = text;
    article.next->headline = text + u" next"_s;
    return article;
}

const QList<Attributions> allAttributionStyles{Attributions::None, Attributions::Inline,
                                               Attributions::Notes};

struct ParsedTag
{
    QString name;
    QList<std::pair<QString, QString>> attributes;
};

// The start tags python3's html.parser sees in the page (like a browser, it reads <script> as
// raw text up to "</script"). Sets *skipped when /usr/bin/python3 is absent.
QList<ParsedTag> pythonStartTags(const QByteArray &page, bool *skipped)
{
    *skipped = !QFile::exists(u"/usr/bin/python3"_s);
    if (*skipped)
        return {};
    static const QString script = uR"py(
import sys, json
from html.parser import HTMLParser
class Tags(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print(json.dumps([tag, attrs]))
    handle_startendtag = handle_starttag
parser = Tags(convert_charrefs=True)
parser.feed(sys.stdin.buffer.read().decode("utf-8"))
parser.close()
)py"_s;
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {u"-c"_s, script});
    python.write(page);
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    QList<ParsedTag> tags;
    const QList<QByteArray> lines = python.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QJsonArray json = QJsonDocument::fromJson(line).array();
        ParsedTag tag{json.at(0).toString(), {}};
        const QJsonArray attributes = json.at(1).toArray();
        for (const QJsonValue &attribute : attributes) {
            const QJsonArray pair = attribute.toArray();
            tag.attributes.append({pair.at(0).toString(), pair.at(1).toString()});
        }
        tags.append(tag);
    }
    return tags;
}

bool isAllowedHref(const QString &href)
{
    return href.startsWith(u"https://"_s) || href.startsWith(u"http://"_s) ||
           href.startsWith(u"#source-"_s) || href.startsWith(u"urn:"_s);
}

} // namespace

class TestHtmlExport : public QObject
{
    Q_OBJECT

private slots:
    void attributionKeys();
    void titleIsChosenVariant_data();
    void titleIsChosenVariant();
    void pageStructure();
    void dateFallsBackToUpdated();
    void readerTextFollowsTheArticleLanguage();
    void attributionsNone();
    void attributionsInline();
    void attributionsNotes();
    void navigationUsesCanonicalHeadlines();
    void navigationHrefs_data();
    void navigationHrefs();
    void jsonLd();
    void emptyArticle();
    void hostileTextIsEscaped_data();
    void hostileTextIsEscaped();
    void hostileTextSurvivesAsText();
    void jsonLdCannotEndItsScript();
    void hostileUrlsNeverBecomeLinks_data();
    void hostileUrlsNeverBecomeLinks();
    void invalidCharactersAreRemoved();
    void browserParserSeesNoScript_data();
    void browserParserSeesNoScript();
    void writeSample();
};

void TestHtmlExport::attributionKeys()
{
    for (const Attributions style : allAttributionStyles) {
        const QString key = HtmlExportProfile::attributionsKey(style);
        QVERIFY(HtmlExportProfile::attributionsFromKey(key) == style);
    }
    QCOMPARE(HtmlExportProfile::attributionsKey(Attributions::None), u"none"_s);
    QCOMPARE(HtmlExportProfile::attributionsKey(Attributions::Inline), u"inline"_s);
    QCOMPARE(HtmlExportProfile::attributionsKey(Attributions::Notes), u"notes"_s);
    QVERIFY(HtmlExportProfile::attributionsFromKey(u"Inline"_s) == Attributions::Inline);
    QVERIFY(!HtmlExportProfile::attributionsFromKey(u"footnotes"_s));
    QVERIFY(!HtmlExportProfile::attributionsFromKey(QString()));
    QCOMPARE(HtmlExportProfile().attributions, Attributions::Notes);
}

void TestHtmlExport::titleIsChosenVariant_data()
{
    QTest::addColumn<QList<MetaTitle>>("metaTitles");
    QTest::addColumn<QString>("title");
    const QString headline = sampleArticle().headline;
    QTest::newRow("chosen") << QList<MetaTitle>{{u"First"_s, false, {}}, {u"Second"_s, true, {}}}
                            << u"Second"_s;
    QTest::newRow("none chosen") << QList<MetaTitle>{{u"First"_s, false, {}}} << headline;
    QTest::newRow("no variants") << QList<MetaTitle>{} << headline;
    QTest::newRow("chosen is blank") << QList<MetaTitle>{{u"  "_s, true, {}}} << headline;
}

void TestHtmlExport::titleIsChosenVariant()
{
    QFETCH(QList<MetaTitle>, metaTitles);
    QFETCH(QString, title);
    Article article = sampleArticle();
    article.metaTitles = metaTitles;
    const Page page = exportPage(article);
    QVERIFY2(page.xmlError.isEmpty(), qPrintable(page.xmlError));
    QCOMPARE(page.all(u"title"_s).size(), 1);
    QCOMPARE(page.all(u"title"_s).first().text, title);
    QCOMPARE(HtmlExporter::pageTitle(article), title);
    // The headline stays the headline whatever the title is.
    QCOMPARE(page.all(u"h1"_s).size(), 1);
    QCOMPARE(page.all(u"h1"_s).first().text, article.headline);
}

void TestHtmlExport::pageStructure()
{
    const Article article = sampleArticle();
    const Page page = exportPage(article);
    QVERIFY2(page.xmlError.isEmpty(), qPrintable(page.xmlError));
    QVERIFY(page.bytes.startsWith("<!DOCTYPE html>\n<html lang=\"en-US\">"));

    const QList<Element> metas = page.all(u"meta"_s);
    const auto meta = [&](const QString &key, const QString &value) {
        for (const Element &element : metas) {
            if (element.attribute(key) == value)
                return element;
        }
        return Element{};
    };
    QCOMPARE(meta(u"charset"_s, u"utf-8"_s).name, u"meta"_s);
    QVERIFY(
        meta(u"name"_s, u"viewport"_s).attribute(u"content"_s).contains(u"width=device-width"_s));
    QCOMPARE(meta(u"name"_s, u"description"_s).attribute(u"content"_s), article.summary);
    QCOMPARE(page.all(u"style"_s).size(), 1);
    QVERIFY(page.all(u"style"_s).first().text.contains(u"@media print"_s));

    QCOMPARE(page.all(u"article"_s).size(), 1);
    QCOMPARE(page.all(u"h1"_s).first().text, article.headline);
    QCOMPARE(page.withClass(u"p"_s, u"byline"_s).first().text, article.byline);
    const QList<Element> times = page.all(u"time"_s);
    QCOMPARE(times.size(), 1);
    QCOMPARE(times.first().attribute(u"datetime"_s), u"2026-10-02T06:15:00Z"_s);
    QVERIFY2(times.first().text.contains(u"2026"_s), qPrintable(times.first().text));

    const QList<Element> summaries = page.withClass(u"aside"_s, u"summary"_s);
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().text.trimmed(),
             QString(u"No time to read? Get a summary\n"_s + article.summary));
    const QList<Element> summaryHeadings = page.all(u"h2"_s);
    QVERIFY(!summaryHeadings.isEmpty());
    QCOMPARE(summaryHeadings.first().text, u"No time to read? Get a summary"_s);
    QCOMPARE(summaryHeadings.first().parents.last(), u"aside"_s);

    // One <p> per paragraph, in order (sources are off here so the texts are bare).
    const Page bare = exportPage(article, {Attributions::None, {}});
    QStringList expected;
    for (const Paragraph &paragraph : article.paragraphs)
        expected.append(paragraph.text);
    QCOMPARE(bare.paragraphTexts(), expected);
    // The summary box comes before the first paragraph.
    QVERIFY(page.bytes.indexOf("class=\"summary\"") <
            page.bytes.indexOf(article.paragraphs.first().text.toUtf8()));
}

void TestHtmlExport::dateFallsBackToUpdated()
{
    Article article = sampleArticle();
    article.published = QDateTime();
    Page page = exportPage(article);
    QCOMPARE(page.all(u"time"_s).first().attribute(u"datetime"_s), u"2026-10-02T07:00:00Z"_s);

    // Times are written in UTC, to the second.
    article.updated = QDateTime(QDate(2026, 1, 5), QTime(0, 7, 9), Qt::OffsetFromUTC, 2 * 3600);
    page = exportPage(article);
    QCOMPARE(page.all(u"time"_s).first().attribute(u"datetime"_s), u"2026-01-04T22:07:09Z"_s);
    QCOMPARE(page.jsonLd().value(u"dateModified"_s).toString(), u"2026-01-04T22:07:09Z"_s);

    article.updated = QDateTime();
    page = exportPage(article);
    QVERIFY2(page.xmlError.isEmpty(), qPrintable(page.xmlError));
    QVERIFY(page.all(u"time"_s).isEmpty());
}

void TestHtmlExport::readerTextFollowsTheArticleLanguage()
{
    // The page's own words follow the article, not the editor's interface (English here).
    Article article = sampleArticle();
    article.language = u"de-CH"_s;
    if (!ReaderText(article.language).hasCatalogue())
        QSKIP("the German catalogue is not embedded in this test");
    const Page german = exportPage(article);
    QVERIFY2(german.xmlError.isEmpty(), qPrintable(german.xmlError));
    QVERIFY(german.bytes.contains("Keine Zeit zum Lesen?"));
    QVERIFY(german.bytes.contains(">Quellen</h2>"));
    QVERIFY(german.bytes.contains("Vorheriger Artikel"));
    QVERIFY(!german.bytes.contains("No time to read?"));
    // A language without a catalogue reads English; so does English itself.
    for (const QString &language : {u"fr-FR"_s, u"en-GB"_s}) {
        article.language = language;
        const Page page = exportPage(article);
        QVERIFY2(page.bytes.contains("No time to read? Get a summary"), qPrintable(language));
        QVERIFY(page.bytes.contains(">Sources</h2>"));
    }
}

void TestHtmlExport::attributionsNone()
{
    const Page page = exportPage(sampleArticle(), {Attributions::None, {}});
    QVERIFY2(page.xmlError.isEmpty(), qPrintable(page.xmlError));
    QVERIFY(page.withClass(u"span"_s, u"attribution"_s).isEmpty());
    QVERIFY(page.all(u"sup"_s).isEmpty());
    QVERIFY(page.withClass(u"section"_s, u"sources"_s).isEmpty());
    // Nothing about sources in the body; schema.org still lists what the article cites.
    QVERIFY(!page.bytes.contains("City Finance Office</"));
    QCOMPARE(page.jsonLd().value(u"citation"_s).toArray().size(), 3);
}

void TestHtmlExport::attributionsInline()
{
    const Page page = exportPage(sampleArticle(), {Attributions::Inline, {}});
    QVERIFY2(page.xmlError.isEmpty(), qPrintable(page.xmlError));
    const QList<Element> spans = page.withClass(u"span"_s, u"attribution"_s);
    QCOMPARE(spans.size(), 3); // the last paragraph has no source
    QCOMPARE(spans.at(0).text, u"(Source: City Council meeting minutes)"_s);
    QCOMPARE(spans.at(1).text, u"(Source: City Finance Office)"_s);
    QCOMPARE(spans.at(2).text, u"(Source: City Finance Office; Public Library Board)"_s);
    QCOMPARE(page.paragraphTexts().at(0),
             u"The City Council approved a $412 million operating budget. "
             "(Source: City Council meeting minutes)"_s);
    QCOMPARE(page.paragraphTexts().at(3), u"The vote was 7–2."_s);

    // Links: the attribution's URL, else the registry's; an ftp URL is no link.
    QStringList links;
    for (const Element &a : page.all(u"a"_s)) {
        if (a.parentClasses.contains(u"attribution"_s))
            links.append(a.text + u" -> "_s + a.attribute(u"href"_s));
    }
    QCOMPARE(links, (QStringList{
                        u"City Council meeting minutes -> "
                        "https://city.example/minutes/2026-10-01.pdf"_s,
                        u"City Finance Office -> https://finance.city.example/"_s,
                        u"City Finance Office -> https://finance.city.example/"_s,
                    }));
    QVERIFY(page.all(u"sup"_s).isEmpty());
    QVERIFY(page.withClass(u"section"_s, u"sources"_s).isEmpty());
}

void TestHtmlExport::attributionsNotes()
{
    Article article = sampleArticle();
    // A second citation of the minutes with another document adds a detail to the same note.
    article.paragraphs[3].attributions = {attribution(u"Public Library Board"_s),
                                          attribution(u"City Council meeting minutes"_s,
                                                      u"vote record"_s,
                                                      u"https://city.example/votes/2026-10-01"_s)};
    const Page page = exportPage(article, {Attributions::Notes, {}});
    QVERIFY2(page.xmlError.isEmpty(), qPrintable(page.xmlError));
    QVERIFY(page.withClass(u"span"_s, u"attribution"_s).isEmpty());

    QVERIFY(page.bytes.contains("operating budget.<sup><a href=\"#source-1\">1</a></sup></p>"));
    QVERIFY(page.bytes.contains("1.18 percent.<sup><a href=\"#source-2\">2</a></sup></p>"));
    QVERIFY(page.bytes.contains("on Mondays.<sup><a href=\"#source-2\">2</a>,"
                                "<a href=\"#source-3\">3</a></sup></p>"));
    QVERIFY(page.bytes.contains("7–2.<sup><a href=\"#source-1\">1</a>,"
                                "<a href=\"#source-3\">3</a></sup></p>"));

    const QList<Element> sections = page.withClass(u"section"_s, u"sources"_s);
    QCOMPARE(sections.size(), 1);
    QCOMPARE(page.all(u"section"_s).first().parents.last(), u"article"_s);
    QStringList notes;
    for (const Element &item : page.all(u"li"_s)) {
        if (item.parents.contains(u"ol"_s))
            notes.append(item.attribute(u"id"_s) + u": "_s + item.text);
    }
    QCOMPARE(notes, (QStringList{
                        u"source-1: City Council meeting minutes: minutes, p. 4; vote record"_s,
                        u"source-2: City Finance Office"_s,
                        u"source-3: Public Library Board: board statement"_s,
                    }));
    QStringList links;
    for (const Element &a : page.all(u"a"_s)) {
        if (a.parents.contains(u"li"_s))
            links.append(a.text + u" -> "_s + a.attribute(u"href"_s));
    }
    QCOMPARE(links, (QStringList{
                        u"City Council meeting minutes -> "
                        "https://city.example/minutes/2026-10-01.pdf"_s,
                        u"vote record -> https://city.example/votes/2026-10-01"_s,
                        u"City Finance Office -> https://finance.city.example/"_s,
                    }));
    const QList<Element> headings = page.all(u"h2"_s);
    QCOMPARE(headings.last().text, u"Sources"_s);
}

void TestHtmlExport::navigationUsesCanonicalHeadlines()
{
    Article article = sampleArticle();
    // The bug Copydesk exists to prevent: a meta title shown as the previous-article label.
    article.metaTitles.append(MetaTitle{u"SEO: budget vote delayed again"_s, true, {}});
    const Page page = exportPage(article);
    QVERIFY2(page.xmlError.isEmpty(), qPrintable(page.xmlError));
    const QList<Element> navs = page.withClass(u"nav"_s, u"adjacent"_s);
    QCOMPARE(navs.size(), 1);
    QStringList labels;
    for (const Element &a : page.all(u"a"_s)) {
        if (a.inside(u"nav"_s))
            labels.append(a.attribute(u"rel"_s) + u": "_s + a.text);
    }
    QCOMPARE(labels, (QStringList{u"prev: Council Delays Budget Vote"_s,
                                  u"next: Libraries Prepare for Monday Closures"_s}));
    for (const MetaTitle &title : std::as_const(article.metaTitles))
        QVERIFY2(!navs.first().text.contains(title.text), qPrintable(title.text));

    // Only the side that exists.
    article.next.reset();
    const Page previousOnly = exportPage(article);
    QCOMPARE(previousOnly.withClass(u"p"_s, u"next"_s).size(), 0);
    QCOMPARE(previousOnly.withClass(u"p"_s, u"prev"_s).size(), 1);
    article.previous.reset();
    QVERIFY(exportPage(article).all(u"nav"_s).isEmpty());
}

void TestHtmlExport::navigationHrefs_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("href"); // "{uuid}" stands for the linked article's uuid
    QTest::newRow("urn") << QString() << u"urn:copydesk:article:{uuid}"_s
                         << u"urn:copydesk:article:{uuid}"_s;
    QTest::newRow("https uri") << QString() << u"https://news.example/story/1"_s
                               << u"https://news.example/story/1"_s;
    QTest::newRow("pattern") << u"https://news.example/a/{uuid}"_s
                             << u"urn:copydesk:article:{uuid}"_s
                             << u"https://news.example/a/{uuid}"_s;
    QTest::newRow("relative pattern")
        << u"/a/{uuid}.html"_s << u"urn:x:{uuid}"_s << u"/a/{uuid}.html"_s;
    QTest::newRow("javascript uri") << QString() << u"javascript:alert(1)"_s << QString();
    QTest::newRow("relative uri") << QString() << u"story/1"_s << QString();
    QTest::newRow("tag uri") << QString() << u"tag:news.example,2026:1"_s << QString();
    QTest::newRow("javascript pattern")
        << u"javascript:alert('{uuid}')"_s << u"urn:x:{uuid}"_s << u"urn:x:{uuid}"_s;
}

void TestHtmlExport::navigationHrefs()
{
    QFETCH(QString, pattern);
    QFETCH(QString, uri);
    QFETCH(QString, href);
    Article article = sampleArticle();
    article.next.reset();
    const QString uuid = uuidText(article.previous->uuid);
    article.previous->uri = QString(uri).replace(u"{uuid}"_s, uuid);
    const Page page = exportPage(article, {Attributions::Notes, pattern});
    QVERIFY2(page.xmlError.isEmpty(), qPrintable(page.xmlError));
    const QList<Element> nav = page.withClass(u"p"_s, u"prev"_s);
    QCOMPARE(nav.size(), 1);
    Element link;
    for (const Element &a : page.all(u"a"_s)) {
        if (a.parentClasses.contains(u"prev"_s))
            link = a;
    }
    QCOMPARE(link.text, u"Council Delays Budget Vote"_s);
    QCOMPARE(link.attribute(u"href"_s), QString(href).replace(u"{uuid}"_s, uuid));
    // rel only on a real link.
    QCOMPARE(link.attribute(u"rel"_s), href.isEmpty() ? QString() : u"prev"_s);
    QCOMPARE(link.attributes.contains(u"href"_s), !href.isEmpty());
}

void TestHtmlExport::jsonLd()
{
    const Article article = sampleArticle();
    const Page page =
        exportPage(article, {Attributions::Inline, u"https://news.example/a/{uuid}"_s});
    QVERIFY2(page.xmlError.isEmpty(), qPrintable(page.xmlError));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(page.jsonLdText().toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject json = document.object();
    QCOMPARE(json.value(u"@context"_s).toString(), u"https://schema.org"_s);
    QCOMPARE(json.value(u"@type"_s).toString(), u"NewsArticle"_s);
    QCOMPARE(json.value(u"headline"_s).toString(), article.headline);
    // The variants that differ from the headline, the chosen one (the <title>) first.
    QCOMPARE(json.value(u"alternativeHeadline"_s).toArray(),
             (QJsonArray{u"Budget cuts library hours"_s, u"Council passes $412M budget"_s,
                         u"Meta title variant three"_s}));
    QCOMPARE(json.value(u"description"_s).toString(), article.summary);
    QCOMPARE(json.value(u"author"_s).toObject(),
             (QJsonObject{{u"@type"_s, u"Person"_s}, {u"name"_s, u"Maria Okafor"_s}}));
    QCOMPARE(json.value(u"datePublished"_s).toString(), u"2026-10-02T06:15:00Z"_s);
    QCOMPARE(json.value(u"dateModified"_s).toString(), u"2026-10-02T07:00:00Z"_s);
    QCOMPARE(json.value(u"dateCreated"_s).toString(), u"2026-10-01T18:30:00Z"_s);
    QCOMPARE(json.value(u"inLanguage"_s).toString(), u"en-US"_s);
    QCOMPARE(json.value(u"identifier"_s).toString(), article.uri);
    QCOMPARE(json.value(u"url"_s).toString(),
             QString(u"https://news.example/a/"_s + uuidText(article.uuid)));
    const QJsonArray citations = json.value(u"citation"_s).toArray();
    QCOMPARE(citations.size(), 3);
    QCOMPARE(citations.at(0).toObject(),
             (QJsonObject{{u"@type"_s, u"CreativeWork"_s},
                          {u"name"_s, u"City Council meeting minutes"_s},
                          {u"url"_s, u"https://city.example/minutes/2026-10-01.pdf"_s}}));
    QCOMPARE(citations.at(1).toObject().value(u"url"_s).toString(),
             u"https://finance.city.example/"_s);
    QVERIFY(!citations.at(2).toObject().contains(u"url"_s)); // ftp is not a web link

    // The page names its own address when the pattern gives one.
    bool canonical = false;
    for (const Element &link : page.all(u"link"_s)) {
        canonical = canonical || (link.attribute(u"rel"_s) == u"canonical"_s &&
                                  link.attribute(u"href"_s) == json.value(u"url"_s).toString());
    }
    QVERIFY(canonical);

    // One variant is one string; several authors are several people.
    Article other = article;
    other.metaTitles = {MetaTitle{article.headline, true, {}}, MetaTitle{u"Short"_s, false, {}}};
    other.byline = u"By Jane Doe and John Roe, Staff writers"_s;
    const QJsonObject otherJson = exportPage(other).jsonLd();
    QCOMPARE(otherJson.value(u"alternativeHeadline"_s).toString(), u"Short"_s);
    const QJsonArray authors = otherJson.value(u"author"_s).toArray();
    QCOMPARE(authors.size(), 2);
    QCOMPARE(authors.at(0).toObject().value(u"name"_s).toString(), u"Jane Doe"_s);
    QCOMPARE(authors.at(1).toObject().value(u"name"_s).toString(), u"John Roe"_s);
    QVERIFY(!otherJson.contains(u"url"_s));

    // A relative pattern gives the page a canonical link but schema.org no (absolute) url.
    const Page relative = exportPage(article, {Attributions::Notes, u"/a/{uuid}.html"_s});
    QVERIFY(relative.bytes.contains(QByteArray("<link rel=\"canonical\" href=\"/a/" +
                                               uuidText(article.uuid).toUtf8() + ".html\" />")));
    QVERIFY(!relative.jsonLd().contains(u"url"_s));
}

void TestHtmlExport::emptyArticle()
{
    const Article article;
    const Page page = exportPage(article);
    QVERIFY2(page.xmlError.isEmpty(), qPrintable(page.xmlError));
    QCOMPARE(page.all(u"h1"_s).size(), 1);
    QVERIFY(!page.all(u"title"_s).first().text.isEmpty());
    QVERIFY(page.withClass(u"aside"_s, u"summary"_s).isEmpty());
    QVERIFY(page.all(u"nav"_s).isEmpty());
    QVERIFY(page.all(u"time"_s).isEmpty());
    QCOMPARE(page.jsonLd().value(u"@type"_s).toString(), u"NewsArticle"_s);

    // A right-to-left language sets the direction.
    Article arabic = sampleArticle();
    arabic.language = u"ar-EG"_s;
    QVERIFY(exportPage(arabic).bytes.contains("<html lang=\"ar-EG\" dir=\"rtl\">"));

    // A language that is no language tag is left out rather than written into lang.
    Article odd;
    odd.language = u"en\" onload=\"alert(1)"_s;
    const Page oddPage = exportPage(odd);
    QVERIFY(oddPage.bytes.contains("<html>"));
    QVERIFY(!oddPage.bytes.contains("onload"));
}

// Markup in any text field stays text: the XML reader sees only the exporter's own elements.
void TestHtmlExport::hostileTextIsEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("style");
    const QList<std::pair<const char *, QString>> payloads{
        {"script", u"<script>alert(1)</script>"_s},
        {"attribute breakout", u"\"><img src=x onerror=alert(1)>"_s},
        {"single quote breakout", u"'><img src=x onerror=alert(1)>"_s},
        {"script end", u"</script><script>alert(1)</script>"_s},
        {"comment", u"<!-- --><script>alert(1)</script>"_s},
        {"entity", u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; R&D"_s},
    };
    for (const auto &[name, text] : payloads) {
        for (const Attributions style : allAttributionStyles) {
            QTest::addRow("%s, %s", name, qPrintable(HtmlExportProfile::attributionsKey(style)))
                << text << int(style);
        }
    }
}

void TestHtmlExport::hostileTextIsEscaped()
{
    QFETCH(QString, text);
    QFETCH(int, style);
    const Article article = articleWithEverywhere(text);
    const Page page = exportPage(article, {Attributions(style), u"https://news.example/{uuid}"_s});
    QVERIFY2(page.xmlError.isEmpty(), qPrintable(page.xmlError));

    QCOMPARE(page.bytes.count("<script"), 1);
    QCOMPARE(page.bytes.count("</script"), 1);
    QVERIFY(!page.bytes.contains("<img"));
    QVERIFY(!page.bytes.contains("<!--"));
    QCOMPARE(page.all(u"script"_s).size(), 1);
    QVERIFY(page.all(u"img"_s).isEmpty());
    for (const Element &element : page.elements) {
        for (auto it = element.attributes.cbegin(); it != element.attributes.cend(); ++it) {
            QVERIFY2(!it.key().startsWith(u"on"_s), qPrintable(it.key()));
            if (it.key() == u"href"_s)
                QVERIFY2(isAllowedHref(it.value()), qPrintable(it.value()));
        }
    }
    // onerror= appears only as escaped text: in no tag once its quoted values are taken out.
    static const QRegularExpression tag(u"<[^>]*>"_s);
    static const QRegularExpression quoted(u"\"[^\"]*\""_s);
    static const QRegularExpression handler(u"\\son[a-z]+\\s*="_s);
    auto tags = tag.globalMatch(QString::fromUtf8(page.bytes));
    while (tags.hasNext()) {
        const QString outsideValues = tags.next().captured().remove(quoted);
        QVERIFY2(!handler.match(outsideValues).hasMatch(), qPrintable(outsideValues));
    }
}

// Escaped text reads back exactly as written: escaping hides nothing from the reader.
void TestHtmlExport::hostileTextSurvivesAsText()
{
    const QString text = u"\"><img src=x onerror=alert(1)> & <script>alert('x')</script>"_s;
    const Article article = articleWithEverywhere(text);
    for (const Attributions style : allAttributionStyles) {
        const Page page = exportPage(article, {style, {}});
        QVERIFY2(page.xmlError.isEmpty(), qPrintable(page.xmlError));
        QCOMPARE(page.all(u"h1"_s).first().text, text);
        QCOMPARE(page.withClass(u"p"_s, u"byline"_s).first().text, text);
        QCOMPARE(page.all(u"title"_s).first().text, article.metaTitles.at(1).text); // chosen
        QCOMPARE(page.withClass(u"aside"_s, u"summary"_s).first().text.trimmed(),
                 QString(u"No time to read? Get a summary\n"_s + text));
        for (const Element &meta : page.all(u"meta"_s)) {
            if (meta.attribute(u"name"_s) == u"description"_s)
                QCOMPARE(meta.attribute(u"content"_s), text);
        }
        QVERIFY(page.paragraphTexts().first().startsWith(text));
        QCOMPARE(page.jsonLd().value(u"headline"_s).toString(), text);
        QCOMPARE(page.jsonLd().value(u"description"_s).toString(), text);
        if (style == Attributions::Notes) {
            QVERIFY(page.all(u"li"_s).first().text.startsWith(QString(text + u"City Council"_s)));
        }
    }
}

void TestHtmlExport::jsonLdCannotEndItsScript()
{
    Article article = sampleArticle();
    const QString hostile = u"</script><script>alert(1)</script><!--"_s;
    article.headline = hostile;
    article.summary = u"</SCRIPT >"_s + hostile;
    article.byline = hostile;
    article.metaTitles = {MetaTitle{hostile + u" seo"_s, true, {}}};
    article.paragraphs.first().attributions.first().sourceName = hostile;
    article.uri = u"urn:x:</script>"_s;
    article.summary += QChar(0x2028) + u"line"_s + QChar(0x2029);

    const QByteArray bytes = HtmlExporter().toBytes(article);
    const qsizetype scriptStart = bytes.indexOf("<script type=\"application/ld+json\">");
    QVERIFY(scriptStart >= 0);
    const qsizetype contentStart = scriptStart + qstrlen("<script type=\"application/ld+json\">");
    const qsizetype scriptEnd = bytes.indexOf("</script>", contentStart);
    const QByteArray json = bytes.sliced(contentStart, scriptEnd - contentStart);
    QVERIFY2(!json.contains('<') && !json.contains('>') && !json.contains('&'), json.constData());
    QVERIFY(json.contains("\\u003c/script\\u003e"));
    QVERIFY(json.contains("\\u2028") && json.contains("\\u2029"));
    QVERIFY(!json.contains("\xE2\x80\xA8")); // no raw U+2028 either

    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(object.value(u"headline"_s).toString(), hostile);
    QCOMPARE(object.value(u"description"_s).toString(), article.summary);
    QCOMPARE(object.value(u"author"_s).toObject().value(u"name"_s).toString(), hostile);
    QCOMPARE(object.value(u"alternativeHeadline"_s).toString(), QString(hostile + u" seo"_s));
    QCOMPARE(object.value(u"identifier"_s).toString(), article.uri);
    QCOMPARE(object.value(u"citation"_s).toArray().first().toObject().value(u"name"_s).toString(),
             hostile);
    QCOMPARE(bytes.count("<script"), 1);
    QCOMPARE(bytes.toLower().count("</script"), 1);
}

void TestHtmlExport::hostileUrlsNeverBecomeLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("javascript") << u"javascript:alert(1)"_s;
    QTest::newRow("mixed case, leading space") << u" JaVaScRiPt:alert(1)"_s;
    QTest::newRow("tab inside") << u"java\tscript:alert(1)"_s;
    QTest::newRow("control before") << u"\x0001javascript:alert(1)"_s;
    QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s;
    QTest::newRow("data base64") << u"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="_s;
    QTest::newRow("vbscript") << u"vbscript:msgbox(1)"_s;
    QTest::newRow("relative") << u"../admin"_s;
    QTest::newRow("protocol relative") << u"//evil.example/x"_s;
    QTest::newRow("no host") << u"http:evil"_s;
    QTest::newRow("breakout") << u"\"><img src=x onerror=alert(1)>"_s;
    QTest::newRow("spaced") << u"https://ok.example/ \" onmouseover=\"alert(1)"_s;
}

void TestHtmlExport::hostileUrlsNeverBecomeLinks()
{
    QFETCH(QString, url);
    QVERIFY(HtmlExporter::webUrl(url).isEmpty());

    Article article = sampleArticle();
    for (Paragraph &paragraph : article.paragraphs) {
        for (Attribution &attribution : paragraph.attributions)
            attribution.url = url;
    }
    for (Source &source : article.sources)
        source.url = url;
    article.previous->uri = url;
    article.next->uri = url;
    for (const Attributions style : allAttributionStyles) {
        const Page page = exportPage(article, {style, {}});
        QVERIFY2(page.xmlError.isEmpty(), qPrintable(page.xmlError));
        for (const Element &a : page.all(u"a"_s)) {
            const QString href = a.attribute(u"href"_s);
            QVERIFY2(href.isEmpty() || href.startsWith(u"#source-"_s), qPrintable(href));
        }
        const QByteArray lower = page.bytes.toLower();
        QVERIFY(!lower.contains("href=\"javascript:") && !lower.contains("href=\"data:") &&
                !lower.contains("href=\"vbscript:"));
        QVERIFY(!lower.contains("javascript:"));
        QVERIFY(page.all(u"img"_s).isEmpty());
        const QJsonArray citations = page.jsonLd().value(u"citation"_s).toArray();
        for (const QJsonValue &citation : citations)
            QVERIFY(!citation.toObject().contains(u"url"_s));
    }
}

void TestHtmlExport::invalidCharactersAreRemoved()
{
    Article article = sampleArticle();
    article.headline = u"Bud\x0000get\x0007 vote\x000C\x0085 "_s + QChar(0xD800) + u" ok\uFFFE"_s;
    article.paragraphs.first().text = u"Tab\tand\nnewline stay"_s;
    const Page page = exportPage(article);
    QVERIFY2(page.xmlError.isEmpty(), qPrintable(page.xmlError));
    QCOMPARE(page.all(u"h1"_s).first().text, u"Budget vote \uFFFD ok"_s);
    QVERIFY(page.paragraphTexts().first().startsWith(u"Tab\tand\nnewline stay"_s));
    QCOMPARE(page.jsonLd().value(u"headline"_s).toString(), u"Budget vote \uFFFD ok"_s);
    QVERIFY(!page.bytes.contains('\0'));
    QVERIFY(!page.bytes.contains('\x07'));
}

void TestHtmlExport::browserParserSeesNoScript_data()
{
    QTest::addColumn<int>("style");
    for (const Attributions style : allAttributionStyles)
        QTest::newRow(qPrintable(HtmlExportProfile::attributionsKey(style))) << int(style);
}

// The same checks through an HTML parser (python3's html.parser treats <script> as raw text,
// as browsers do), with every hostile string and URL at once.
void TestHtmlExport::browserParserSeesNoScript()
{
    QFETCH(int, style);
    Article article = articleWithEverywhere(
        u"<script>alert(1)</script>\"><img src=x onerror=alert(1)></script><script>alert(2)"
        "</script>'><svg onload=alert(3)>"_s);
    const QStringList urls{u"javascript:alert(1)"_s, u" JaVaScRiPt:alert(1)"_s,
                           u"data:text/html,<script>alert(1)</script>"_s,
                           u"\"><img src=x onerror=alert(1)>"_s};
    qsizetype next = 0;
    for (Paragraph &paragraph : article.paragraphs) {
        for (Attribution &attribution : paragraph.attributions)
            attribution.url = urls.at(next++ % urls.size());
    }
    for (Source &source : article.sources)
        source.url = urls.at(next++ % urls.size());
    article.previous->uri = urls.at(0);
    article.next->uri = urls.at(2);

    const QByteArray bytes = HtmlExporter({Attributions(style), {}}).toBytes(article);
    bool skipped = false;
    const QList<ParsedTag> tags = pythonStartTags(bytes, &skipped);
    if (skipped)
        QSKIP("/usr/bin/python3 is not installed");
    QVERIFY(tags.size() > 10);
    qsizetype scripts = 0;
    for (const ParsedTag &tag : tags) {
        QVERIFY2(tag.name != u"img"_s && tag.name != u"svg"_s && tag.name != u"iframe"_s,
                 qPrintable(tag.name));
        if (tag.name == u"script"_s) {
            ++scripts;
            QCOMPARE(tag.attributes.size(), 1);
            QCOMPARE(tag.attributes.first().second, u"application/ld+json"_s);
        }
        for (const auto &[name, value] : tag.attributes) {
            QVERIFY2(!name.startsWith(u"on"_s), qPrintable(tag.name + u' ' + name));
            if (name == u"href"_s || name == u"src"_s)
                QVERIFY2(isAllowedHref(value), qPrintable(value));
        }
    }
    QCOMPARE(scripts, 1);
}

// A page to look at: COPYDESK_HTML_SAMPLE=/tmp/html-sample.html writes the sample article there.
void TestHtmlExport::writeSample()
{
    const QString path = qEnvironmentVariable("COPYDESK_HTML_SAMPLE");
    if (path.isEmpty())
        QSKIP("set COPYDESK_HTML_SAMPLE to a file name to write a sample page");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(HtmlExporter().toBytes(sampleArticle()));
}

QTEST_GUILESS_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
