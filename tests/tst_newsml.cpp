// The NewsML-G2 2.35 export: what each element carries, escaping, and validation of real
// exports against the official schema with xmllint.
#include "ArticleFixtures.h"

#include "core/NewsmlG2Exporter.h"
#include "core/NinjsCodec.h"
#include "core/PlainTextImporter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using fixtures::articleRef;
using fixtures::minimalArticle;
using fixtures::paragraph;
using fixtures::source;

namespace {

const QString g2 = u"http://iptc.org/std/nar/2006-10-01/"_s;
const QString xhtml = u"http://www.w3.org/1999/xhtml"_s;

QString sharedPath(const QString &relativePath)
{
    return QDir::cleanPath(QStringLiteral(COPYDESK_SHARED_DIR) + u'/' + relativePath);
}

QString schemaPath()
{
    return sharedPath(u"schemas/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd"_s);
}

QString testDataPath(const QString &relativePath)
{
    return QStringLiteral(COPYDESK_TEST_DATA) + u'/' + relativePath;
}

Article fullArticle()
{
    Article article;
    article.id = 12;
    article.uuid = QUuid::fromString(u"6f1c2a4e-8d1b-4f5a-9c3e-2b7d9e0f1a23"_s);
    article.slug = u"ferry-fares"_s;
    article.headline = u"Ferry Fares to Rise by 8 Percent in April"_s;
    article.summary = u"Single tickets will cost 4.30 instead of 4.00 from 1 April."_s;
    article.byline = u"Priya Natarajan"_s;
    article.language = u"en-GB"_s;
    article.status = ArticleStatus::Approved;
    article.version = 7;
    article.created = QDateTime(QDate(2026, 3, 1), QTime(10, 30, 15), QTimeZone(2 * 3600));
    article.updated = QDateTime(QDate(2026, 3, 2), QTime(9, 5, 0), Qt::UTC);
    article.paragraphs = {
        paragraph(u"The ferry company said fares would rise by 8 percent."_s,
                  {u"Harbour Ferries"_s, u"Port Authority"_s}),
        paragraph(u"Season tickets are not affected."_s, {u"Harbour Ferries"_s}),
        paragraph(u"Critics said the rise was unfair."_s, {u"Statistics; Office (ONS)"_s}),
        paragraph(u"The last rise was in 2023."_s),
    };
    article.metaTitles = {
        MetaTitle{u"Ferry fares up 8% from April"_s, false, {}},
        MetaTitle{u"Ferry tickets to cost 4.30 from April"_s, true, {}},
    };
    article.sources = {source(u"Harbour Ferries"_s, u"https://harbour-ferries.example.com/"_s),
                       source(u"Port Authority"_s, u"not a url"_s),
                       source(u"Statistics; Office (ONS)"_s)};
    article.previous = articleRef(u"urn:copydesk:article:0b5e2d9a-3c4f-4e8b-a1d2-7f6e5d4c3b2a"_s,
                                  u"Ferry Company Reports Record Passenger Numbers"_s);
    article.next = articleRef({}, u"Ferry Fare Rise Postponed"_s,
                              QUuid::fromString(u"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"_s));
    return article;
}

// Markup, entities, quotes and characters XML 1.0 cannot carry at all.
Article hostileArticle()
{
    Article article;
    article.uuid = QUuid::fromString(u"22222222-3333-4444-8555-666666666666"_s);
    article.uri = u"https://news.example.org/items/escaping?id=1&lang=en"_s;
    article.version = 2;
    article.headline = u"Tom & Jerry say \"<script>\" is 'fine' ]]> <!-- x -->"_s;
    article.summary = u"A & B < C > D\u0001 and a bell\u0007"_s;
    article.byline = u"O'Brien & Co </by>"_s;
    article.slug = u"tom-&-jerry"_s;
    article.paragraphs = {
        paragraph(u"<script>alert(\"x\")</script> & more\u000B"_s,
                  {u"Smith & Sons \"Ltd\""_s, u"<b>Bold</b> Agency"_s}),
        paragraph(u"Emoji \U0001F600, a lone surrogate "_s + QChar(0xD800) + u" and \uFFFF."_s),
        paragraph(u"Line one\r\nline two\tand a tab"_s, {u"Desk\tNews\nWire"_s}),
    };
    article.metaTitles = {MetaTitle{u"<i>Variant</i> & \"quoted\""_s, true, {}}};
    article.sources = {source(u"Smith & Sons \"Ltd\""_s, u"https://example.com/?a=1&b=2"_s)};
    article.previous = articleRef(u"urn:copydesk:article:1"_s, u"Prev <b>&</b> \"q\""_s);
    return article;
}

// What a reader of the item sees, collected with QXmlStreamReader (namespace-aware).
struct ParsedItem
{
    QXmlStreamAttributes newsItem;
    QString itemClass;
    QString provider;
    QString versionCreated;
    QString firstCreated;
    QString pubStatus;
    QList<std::pair<QString, QString>> links;       // rel, title
    QList<QString> linkRefs;                        // residref
    QList<std::pair<QString, QString>> headlines;   // role, text
    QList<std::pair<QString, QString>> infoSources; // name, uri
    QStringList infoSourceIds;
    QString creator;
    QString by;
    QString language;
    QString slugline;
    QString description;
    QString descriptionRole;
    QStringList schemeAliases;
    QString bodyTitle;
    QList<QXmlStreamAttributes> paragraphAttributes;
    QStringList paragraphs;
    QString error;
};

ParsedItem parse(const QByteArray &bytes)
{
    ParsedItem item;
    QXmlStreamReader xml(bytes);
    QStringList path;
    QString creatorOrSource;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            path.removeLast();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        const QString parent = path.isEmpty() ? QString() : path.last();
        path.append(name);
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.namespaceUri() == xhtml) {
            if (name == u"title")
                item.bodyTitle = xml.readElementText();
            else if (name == u"p") {
                item.paragraphAttributes.append(attributes);
                item.paragraphs.append(xml.readElementText());
            }
            if (xml.isEndElement())
                path.removeLast();
            continue;
        }
        if (xml.namespaceUri() != g2) {
            item.error = u"element %1 outside the NewsML-G2 namespace"_s.arg(name);
            return item;
        }
        if (name == u"newsItem") {
            item.newsItem = attributes;
        } else if (name == u"scheme") {
            item.schemeAliases.append(attributes.value(u"alias"_s).toString());
        } else if (name == u"itemClass") {
            item.itemClass = attributes.value(u"qcode"_s).toString();
        } else if (name == u"provider") {
            item.provider = attributes.value(u"literal"_s).toString();
        } else if (name == u"pubStatus") {
            item.pubStatus = attributes.value(u"qcode"_s).toString();
        } else if (name == u"link") {
            item.links.append({attributes.value(u"rel"_s).toString(), {}});
            item.linkRefs.append(attributes.value(u"residref"_s).toString());
        } else if (name == u"infoSource") {
            item.infoSources.append({{}, attributes.value(u"uri"_s).toString()});
            item.infoSourceIds.append(attributes.value(u"id"_s).toString());
        } else if (name == u"language") {
            item.language = attributes.value(u"tag"_s).toString();
        } else if (name == u"headline" || name == u"description" || name == u"title" ||
                   name == u"name" || name == u"versionCreated" || name == u"firstCreated" ||
                   name == u"by" || name == u"slugline") {
            const QString role = attributes.value(u"role"_s).toString();
            const QString text = xml.readElementText();
            path.removeLast();
            if (name == u"headline")
                item.headlines.append({role, text});
            else if (name == u"description") {
                item.description = text;
                item.descriptionRole = role;
            } else if (name == u"title" && parent == u"link")
                item.links.last().second = text;
            else if (name == u"name" && parent == u"infoSource")
                item.infoSources.last().first = text;
            else if (name == u"name" && parent == u"creator")
                item.creator = text;
            else if (name == u"versionCreated")
                item.versionCreated = text;
            else if (name == u"firstCreated")
                item.firstCreated = text;
            else if (name == u"by")
                item.by = text;
            else if (name == u"slugline")
                item.slugline = text;
        }
    }
    if (xml.hasError())
        item.error = xml.errorString();
    return item;
}

struct Validation
{
    int exitCode = -1;
    QString output;
};

Validation validate(const QStringList &files)
{
    QProcess xmllint;
    xmllint.setProcessChannelMode(QProcess::MergedChannels);
    xmllint.start(u"xmllint"_s,
                  QStringList{u"--noout"_s, u"--nonet"_s, u"--schema"_s, schemaPath()} + files);
    if (!xmllint.waitForFinished(120000))
        return {-1, u"xmllint did not finish: "_s + xmllint.errorString()};
    return {xmllint.exitStatus() == QProcess::NormalExit ? xmllint.exitCode() : -1,
            QString::fromUtf8(xmllint.readAll())};
}

bool canValidate(QString *why)
{
    if (!QFile::exists(schemaPath())) {
        *why = u"%1 not found (COPYDESK_SHARED_DIR is absent)"_s.arg(schemaPath());
        return false;
    }
    if (QStandardPaths::findExecutable(u"xmllint"_s).isEmpty()) {
        *why = u"xmllint is not installed (Debian package libxml2-utils)"_s;
        return false;
    }
    return true;
}

} // namespace

class TestNewsml : public QObject
{
    Q_OBJECT

private slots:
    void itemMetaAndContentMeta();
    void headlinesAreTheMainOneThenTheVariantsChosenFirst();
    void linksAreLabelledWithCanonicalHeadlines();
    void bodyKeepsEachParagraphsSources();
    void minimalArticle();
    void pubStatusFollowsTheWorkflow();
    void hostileTextSurvivesAsText();
    void exportsValidateAgainstTheOfficialSchema();
    void schemaValidationReportsErrors();
};

void TestNewsml::itemMetaAndContentMeta()
{
    const ParsedItem item = parse(NewsmlG2Exporter(u"Harbour Daily"_s).toBytes(fullArticle()));
    QVERIFY2(item.error.isEmpty(), qPrintable(item.error));
    QCOMPARE(item.newsItem.value(u"guid"_s),
             u"urn:copydesk:article:6f1c2a4e-8d1b-4f5a-9c3e-2b7d9e0f1a23"_s);
    QCOMPARE(item.newsItem.value(u"version"_s), u"7"_s);
    QCOMPARE(item.newsItem.value(u"standard"_s), u"NewsML-G2"_s);
    QCOMPARE(item.newsItem.value(u"standardversion"_s), u"2.35"_s);
    QCOMPARE(item.newsItem.value(u"conformance"_s), u"power"_s);
    QCOMPARE(item.newsItem.value(u"http://www.w3.org/XML/1998/namespace"_s, u"lang"_s), u"en-GB"_s);
    QCOMPARE(item.itemClass, u"ninat:text"_s);
    QCOMPARE(item.provider, u"Harbour Daily"_s);
    QCOMPARE(item.versionCreated, u"2026-03-02T09:05:00Z"_s);
    QCOMPARE(item.firstCreated, u"2026-03-01T08:30:15Z"_s);
    QCOMPARE(item.pubStatus, u"stat:usable"_s);
    QCOMPARE(item.creator, u"Priya Natarajan"_s);
    QCOMPARE(item.by, u"Priya Natarajan"_s);
    QCOMPARE(item.language, u"en-GB"_s);
    QCOMPARE(item.slugline, u"ferry-fares"_s);
    QCOMPARE(item.description, u"Single tickets will cost 4.30 instead of 4.00 from 1 April."_s);
    QCOMPARE(item.descriptionRole, u"drol:summary"_s);
    // Each distinct source once, in order of first citation; a URI only where it is one.
    const QList<std::pair<QString, QString>> expectedSources{
        {u"Harbour Ferries"_s, u"https://harbour-ferries.example.com/"_s},
        {u"Port Authority"_s, {}},
        {u"Statistics; Office (ONS)"_s, {}}};
    QCOMPARE(item.infoSources, expectedSources);
    QCOMPARE(item.infoSourceIds, (QStringList{u"source-1"_s, u"source-2"_s, u"source-3"_s}));
    // The roles and relations Copydesk uses are declared in the item's own catalog.
    QCOMPARE(item.schemeAliases, (QStringList{u"cdhlrole"_s, u"cdlinkrel"_s}));
}

void TestNewsml::headlinesAreTheMainOneThenTheVariantsChosenFirst()
{
    const ParsedItem item = parse(NewsmlG2Exporter().toBytes(fullArticle()));
    const QList<std::pair<QString, QString>> expected{
        {u"cdhlrole:main"_s, u"Ferry Fares to Rise by 8 Percent in April"_s},
        {u"cdhlrole:seo"_s, u"Ferry tickets to cost 4.30 from April"_s},
        {u"cdhlrole:seo"_s, u"Ferry fares up 8% from April"_s}};
    QCOMPARE(item.headlines, expected);
    QCOMPARE(item.bodyTitle, u"Ferry Fares to Rise by 8 Percent in April"_s);
}

void TestNewsml::linksAreLabelledWithCanonicalHeadlines()
{
    const ParsedItem item = parse(NewsmlG2Exporter().toBytes(fullArticle()));
    const QList<std::pair<QString, QString>> expected{
        {u"cdlinkrel:previous"_s, u"Ferry Company Reports Record Passenger Numbers"_s},
        {u"cdlinkrel:next"_s, u"Ferry Fare Rise Postponed"_s}};
    QCOMPARE(item.links, expected);
    QCOMPARE(item.linkRefs,
             (QStringList{u"urn:copydesk:article:0b5e2d9a-3c4f-4e8b-a1d2-7f6e5d4c3b2a"_s,
                          u"urn:copydesk:article:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"_s}));
}

void TestNewsml::bodyKeepsEachParagraphsSources()
{
    const Article article = fullArticle();
    const ParsedItem item = parse(NewsmlG2Exporter().toBytes(article));
    QCOMPARE(item.paragraphs.size(), article.paragraphs.size());
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i)
        QCOMPARE(item.paragraphs.at(i), article.paragraphs.at(i).text);
    const auto &first = item.paragraphAttributes.at(0);
    QCOMPARE(first.value(u"data-source"_s), u"Harbour Ferries; Port Authority"_s);
    QCOMPARE(first.value(u"data-source-ref"_s), u"source-1 source-2"_s);
    QCOMPARE(item.paragraphAttributes.at(1).value(u"data-source-ref"_s), u"source-1"_s);
    // A ';' inside a name blurs data-source, never the reference to the infoSource.
    QCOMPARE(item.paragraphAttributes.at(2).value(u"data-source-ref"_s), u"source-3"_s);
    QVERIFY(!item.paragraphAttributes.at(3).hasAttribute(u"data-source"_s));
    QVERIFY(!item.paragraphAttributes.at(3).hasAttribute(u"data-source-ref"_s));
}

void TestNewsml::minimalArticle()
{
    const ParsedItem item = parse(NewsmlG2Exporter().toBytes(::minimalArticle()));
    QVERIFY2(item.error.isEmpty(), qPrintable(item.error));
    // An article never stored is version 1, created now.
    QCOMPARE(item.newsItem.value(u"version"_s), u"1"_s);
    QVERIFY(QDateTime::fromString(item.versionCreated, Qt::ISODate).isValid());
    QVERIFY(item.firstCreated.isEmpty());
    QCOMPARE(item.pubStatus, u"stat:withheld"_s);
    QVERIFY(item.links.isEmpty());
    QVERIFY(item.infoSources.isEmpty());
    QVERIFY(item.paragraphs.isEmpty());
    QCOMPARE(item.headlines.size(), 1);
}

void TestNewsml::pubStatusFollowsTheWorkflow()
{
    Article article = ::minimalArticle();
    for (const ArticleStatus status : allArticleStatuses()) {
        article.status = status;
        const QString expected = status == ArticleStatus::Archived ? u"stat:canceled"_s
                                 : isReleasable(status)            ? u"stat:usable"_s
                                                                   : u"stat:withheld"_s;
        QCOMPARE(parse(NewsmlG2Exporter().toBytes(article)).pubStatus, expected);
    }
}

void TestNewsml::hostileTextSurvivesAsText()
{
    const Article article = hostileArticle();
    const QByteArray bytes = NewsmlG2Exporter().toBytes(article);
    const ParsedItem item = parse(bytes);
    QVERIFY2(item.error.isEmpty(), qPrintable(item.error));
    // Markup in the text stays text: no element named script, b or i was written.
    QVERIFY(!bytes.contains("<script"));
    QVERIFY(!bytes.contains("<b>"));
    QVERIFY(!bytes.contains("<i>"));
    QCOMPARE(item.headlines.first().second, article.headline);
    QCOMPARE(item.newsItem.value(u"guid"_s), article.uri);
    QCOMPARE(item.by, article.byline);
    QCOMPARE(item.slugline, article.slug);
    QCOMPARE(item.headlines.at(1).second, article.metaTitles.first().text);
    QCOMPARE(item.links.first().second, article.previous->headline);
    QCOMPARE(item.paragraphAttributes.first().value(u"data-source"_s),
             u"Smith & Sons \"Ltd\"; <b>Bold</b> Agency"_s);
    QCOMPARE(item.infoSources.first().second, u"https://example.com/?a=1&b=2"_s);
    // Characters XML cannot carry become U+FFFD; everything else arrives unchanged.
    QCOMPARE(item.description, u"A & B < C > D\uFFFD and a bell\uFFFD"_s);
    QCOMPARE(item.paragraphs.at(0), u"<script>alert(\"x\")</script> & more\uFFFD"_s);
    QCOMPARE(item.paragraphs.at(1), u"Emoji \U0001F600, a lone surrogate \uFFFD and \uFFFD."_s);
    // White space survives as written, in text and in attribute values.
    QCOMPARE(item.paragraphs.at(2), article.paragraphs.at(2).text);
    QCOMPARE(item.paragraphAttributes.at(2).value(u"data-source"_s), u"Desk\tNews\nWire"_s);
    // NewsML-G2 names and headlines are one line (g2normalizedString).
    QCOMPARE(item.infoSources.last().first, u"Desk News Wire"_s);
}

void TestNewsml::exportsValidateAgainstTheOfficialSchema()
{
    QString why;
    if (!canValidate(&why))
        QSKIP(qPrintable(why));

    QList<Article> articles{fullArticle(), ::minimalArticle(), hostileArticle()};
    Article published = fullArticle();
    published.status = ArticleStatus::Published;
    published.language = u"zh-Hant-TW"_s;
    published.metaTitles.clear();
    articles.append(published);

    QFile textFile(testDataPath(u"good/harbour-bridge.txt"_s));
    QVERIFY(textFile.open(QIODevice::ReadOnly));
    ImportError error;
    const auto fromText = PlainTextImporter::parse(textFile.readAll(), textFile.fileName(), &error);
    QVERIFY2(fromText, qPrintable(error.toString()));
    articles.append(fromText->article);
    for (const QString &sample : {u"rail-strike.ninjs.json"_s, u"rail-talks.ninjs.json"_s}) {
        QFile file(sharedPath(u"samples/"_s + sample));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const auto imported = NinjsCodec::parse(file.readAll(), sample, &error);
        QVERIFY2(imported, qPrintable(error.toString()));
        articles.append(imported->article);
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList files;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        QFile file(dir.filePath(u"item-%1.xml"_s.arg(i)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(NewsmlG2Exporter().toBytes(articles.at(i))) > 0);
        files.append(file.fileName());
    }
    const Validation validation = validate(files);
    QVERIFY2(validation.exitCode == 0, qPrintable(validation.output));
}

void TestNewsml::schemaValidationReportsErrors()
{
    QString why;
    if (!canValidate(&why))
        QSKIP(qPrintable(why));
    // The validation above proves something only if xmllint rejects what the schema forbids:
    // itemMeta without its required itemClass, and contentMeta before itemMeta.
    QByteArray withoutClass = NewsmlG2Exporter().toBytes(fullArticle());
    withoutClass.replace("<itemClass qcode=\"ninat:text\"/>", "");
    QByteArray reordered = NewsmlG2Exporter().toBytes(::minimalArticle());
    const qsizetype metaStart = reordered.indexOf("<itemMeta>");
    const qsizetype metaEnd = reordered.indexOf("</itemMeta>") + qsizetype(strlen("</itemMeta>"));
    const QByteArray itemMeta = reordered.mid(metaStart, metaEnd - metaStart);
    reordered.remove(metaStart, metaEnd - metaStart);
    reordered.replace("</contentMeta>", "</contentMeta>" + itemMeta);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QByteArray &bytes : {withoutClass, reordered}) {
        QFile file(dir.filePath(u"invalid.xml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write(bytes) > 0);
        file.close();
        const Validation validation = validate({file.fileName()});
        QVERIFY2(validation.exitCode != 0, qPrintable(validation.output));
        QVERIFY2(validation.output.contains(u"fails to validate"_s), qPrintable(validation.output));
    }
}

QTEST_GUILESS_MAIN(TestNewsml)
#include "tst_newsml.moc"
