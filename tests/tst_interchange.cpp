// The interchange formats of design.md §4: the plain-text article format and ninjs 3.1.
#include "ArticleFixtures.h"

#include "core/NinjsCodec.h"
#include "core/PlainTextImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using fixtures::articleRef;
using fixtures::minimalArticle;
using fixtures::paragraph;
using fixtures::source;

namespace {

QString testDataPath(const QString &relativePath)
{
    return QStringLiteral(COPYDESK_TEST_DATA) + u'/' + relativePath;
}

QString sharedPath(const QString &relativePath)
{
    return QDir::cleanPath(QStringLiteral(COPYDESK_SHARED_DIR) + u'/' + relativePath);
}

QString ninjsSchemaPath()
{
    return sharedPath(u"schemas/ninjs/ninjs-schema_3.1.json"_s);
}

bool readFile(const QString &path, QByteArray *contents)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *contents = file.readAll();
    return true;
}

QStringList sourceNamesOf(const Paragraph &paragraph)
{
    QStringList names;
    for (const Attribution &attribution : paragraph.attributions)
        names.append(attribution.sourceName);
    return names;
}

QStringList sourceNamesOf(const QList<Source> &sources)
{
    QStringList names;
    for (const Source &source : sources)
        names.append(source.name);
    return names;
}

// An article with every exported field, several sources per paragraph, variants and links.
Article fullArticle()
{
    Article article;
    article.id = 12;
    article.uuid = QUuid::fromString(u"6f1c2a4e-8d1b-4f5a-9c3e-2b7d9e0f1a23"_s);
    article.slug = u"ferry-fares"_s;
    article.headline = u"Ferry Fares to Rise by 8 Percent in April"_s;
    article.summary = u"Single tickets will cost 4.30 instead of 4.00 from 1 April."_s;
    article.byline = u"Priya Natarajan"_s;
    article.section = u"Transport"_s;
    article.language = u"en-GB"_s;
    article.status = ArticleStatus::InReview;
    article.version = 7;
    article.created = QDateTime(QDate(2026, 3, 1), QTime(10, 30, 15, 250), QTimeZone(2 * 3600));
    article.updated = QDateTime(QDate(2026, 3, 2), QTime(9, 5, 0), Qt::UTC);
    article.paragraphs = {
        paragraph(u"The ferry company said fares would rise by 8 percent."_s,
                  {u"Harbour Ferries"_s, u"Port Authority"_s}),
        paragraph(u"Season tickets are not affected."_s, {u"Harbour Ferries"_s}),
        paragraph(u"Passenger groups called the rise unfair."_s,
                  {u"Ferry Users Group"_s, u"Port Authority"_s, u"Island Council"_s}),
        paragraph(u"The last rise was in 2023."_s),
    };
    article.metaTitles = {
        MetaTitle{u"Ferry fares up 8% from April"_s, false, {}},
        MetaTitle{u"Ferry tickets to cost 4.30 from April"_s, true, u"shortest"_s},
        MetaTitle{u"Harbour Ferries raises fares"_s, false, {}},
    };
    article.sources = {source(u"Harbour Ferries"_s, u"https://harbour-ferries.example.com/"_s),
                       source(u"Port Authority"_s, u"not a url"_s), source(u"Ferry Users Group"_s),
                       source(u"Island Council"_s)};
    article.previous = articleRef(u"urn:copydesk:article:0b5e2d9a-3c4f-4e8b-a1d2-7f6e5d4c3b2a"_s,
                                  u"Ferry Company Reports Record Passenger Numbers"_s);
    article.next = articleRef({}, u"Ferry Fare Rise Postponed"_s,
                              QUuid::fromString(u"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"_s));
    return article;
}

Article escapingArticle()
{
    Article article;
    article.uuid = QUuid::fromString(u"22222222-3333-4444-8555-666666666666"_s);
    article.uri = u"https://news.example.org/items/escaping?id=1&lang=en"_s;
    article.headline = u"Tom & Jerry say \"<script>\" is 'fine'"_s;
    article.summary = u"A & B < C > D"_s;
    article.byline = u"O'Brien & Co"_s;
    article.paragraphs = {
        paragraph(u"<script>alert(\"x\")</script> & more"_s,
                  {u"Smith & Sons \"Ltd\""_s, u"<b>Bold</b> Agency"_s}),
        paragraph(u"Quotes ' and \" and a non-breaking\u00A0space, a dash \u2014 and \u00E9."_s,
                  {u"Statistics; Office (ONS)"_s}),
        paragraph(u"Entity-looking text: &amp; &#38; &lt;"_s, {u"A&amp;B"_s}),
    };
    article.sources = {source(u"Smith & Sons \"Ltd\""_s, u"https://example.com/?a=1&b=2"_s)};
    return article;
}

// What the store does after an import: resolve the link uris to refs with canonical headlines.
Article withLinks(Article article, const ImportedArticle &imported, const Article &original)
{
    if (!imported.previousUri.isEmpty())
        article.previous = articleRef(imported.previousUri, original.previous->headline);
    if (!imported.nextUri.isEmpty())
        article.next = articleRef(imported.nextUri, original.next->headline);
    return article;
}

bool jsonschemaAvailable(QString *why)
{
    if (!QFile::exists(u"/usr/bin/python3"_s)) {
        *why = u"/usr/bin/python3 is not installed"_s;
        return false;
    }
    QProcess probe;
    probe.start(u"/usr/bin/python3"_s, {u"-c"_s, u"import jsonschema"_s});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit ||
        probe.exitCode() != 0) {
        *why = u"python3-jsonschema is not installed"_s;
        return false;
    }
    return true;
}

struct Validation
{
    int exitCode = -1;
    QString output;
};

Validation validateNinjs(const QStringList &files)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"/usr/bin/python3"_s,
                  QStringList{QFINDTESTDATA("validate_ninjs.py"), ninjsSchemaPath()} + files);
    Validation result;
    if (process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT

private slots:
    void plainTextFixture();
    void plainTextSharedSample();
    void plainTextCrlfAndBom();
    void plainTextJoinsLines();
    void plainTextFieldPrefixes();
    void attributionMarker_data();
    void attributionMarker();
    void languageTag_data();
    void languageTag();
    void plainTextErrors_data();
    void plainTextErrors();
    void plainTextInvalidUtf8_data();
    void plainTextInvalidUtf8();

    void ninjsSharedSamples();
    void ninjsBodyHtml();
    void ninjsErrors_data();
    void ninjsErrors();
    void ninjsExportFields();
    void ninjsPubStatus_data();
    void ninjsPubStatus();
    void ninjsKeepsOwnUuid();
    void ninjsRoundTrip_data();
    void ninjsRoundTrip();
    void ninjsEscaping();
    void plainTextThroughNinjs();
    void schemaValidation();
    void schemaValidationReportsErrors();
};

void TestInterchange::plainTextFixture()
{
    QByteArray data;
    QVERIFY(readFile(testDataPath(u"good/harbour-bridge.txt"_s), &data));
    ImportError error;
    const auto imported = PlainTextImporter::parse(data, u"harbour-bridge.txt"_s, &error);
    QVERIFY2(imported, qPrintable(error.toString()));
    const Article &article = imported->article;

    QCOMPARE(imported->fileName, u"harbour-bridge.txt"_s);
    QVERIFY(!article.uuid.isNull());
    QVERIFY(article.uri.isEmpty());
    QCOMPARE(article.id, qint64(0));
    QCOMPARE(article.status, ArticleStatus::Draft);
    QCOMPARE(article.headline, u"Harbour Bridge to Close for Six Weeks of Repairs"_s);
    QCOMPARE(article.summary, u"The harbour bridge will close to traffic from 3 March while "
                              "engineers replace its expansion joints, the city said."_s);
    QCOMPARE(article.byline, u"Dana Whitfield, City desk"_s);
    QCOMPARE(article.language, u"en-GB"_s);
    QCOMPARE(article.section, u"Local"_s);
    QCOMPARE(article.slug, u"harbour-bridge-repairs"_s);
    QVERIFY(imported->previousUri.isEmpty());
    QVERIFY(imported->nextUri.isEmpty());

    QCOMPARE(article.paragraphs.size(), 4);
    QCOMPARE(article.paragraphs.at(0).text,
             u"The city transport department said the bridge would close to all traffic from 3 "
             "March for about six weeks."_s);
    QCOMPARE(sourceNamesOf(article.paragraphs.at(0)), QStringList{u"City Transport Department"_s});
    QCOMPARE(article.paragraphs.at(1).text,
             u"Engineers will replace the expansion joints, which were installed in 1978, "
             "according to an inspection report published in January."_s);
    QCOMPARE(sourceNamesOf(article.paragraphs.at(1)),
             QStringList{u"Bridge Inspection Report (Annex B)"_s});
    QCOMPARE(article.paragraphs.at(2).text,
             u"Ferry operators said they would add sailings during the closure."_s);
    QCOMPARE(sourceNamesOf(article.paragraphs.at(2)),
             (QStringList{u"Harbour Ferries"_s, u"City Transport Department"_s}));
    QCOMPARE(
        article.paragraphs.at(3).text,
        u"Cyclists and pedestrians will be able to use a temporary walkway on the east side."_s);
    QVERIFY(article.paragraphs.at(3).attributions.isEmpty());

    QSet<QUuid> uuids{article.uuid};
    for (const Paragraph &paragraph : article.paragraphs) {
        QVERIFY(!paragraph.uuid.isNull());
        uuids.insert(paragraph.uuid);
        for (const Attribution &attribution : paragraph.attributions)
            QCOMPARE(attribution.sourceId, qint64(0));
    }
    QCOMPARE(uuids.size(), 5);

    // Each distinct source once, in order of first citation, with the default kind.
    QCOMPARE(sourceNamesOf(article.sources),
             (QStringList{u"City Transport Department"_s, u"Bridge Inspection Report (Annex B)"_s,
                          u"Harbour Ferries"_s}));
    for (const Source &source : article.sources) {
        QCOMPARE(source.kind, Source{}.kind);
        QCOMPARE(source.id, qint64(0));
    }

    // A second import of the same file is a new article.
    const auto again = PlainTextImporter::parse(data, u"harbour-bridge.txt"_s, &error);
    QVERIFY(again);
    QVERIFY(again->article.uuid != article.uuid);
}

void TestInterchange::plainTextSharedSample()
{
    const QString path = sharedPath(u"samples/school-meals.txt"_s);
    if (!QFile::exists(path))
        QSKIP(qPrintable(u"%1 not found (COPYDESK_SHARED_DIR is absent)"_s.arg(path)));
    QByteArray data;
    QVERIFY(readFile(path, &data));
    ImportError error;
    const auto imported = PlainTextImporter::parse(data, path, &error);
    QVERIFY2(imported, qPrintable(error.toString()));
    const Article &article = imported->article;
    QCOMPARE(article.headline, u"Schools Expand Free Breakfast Program"_s);
    QVERIFY(article.summary.startsWith(u"Every primary school in the district"_s));
    QCOMPARE(article.language, u"en-US"_s);
    QCOMPARE(article.paragraphs.size(), 4);
    QCOMPARE(sourceNamesOf(article.paragraphs.at(0)), QStringList{u"District School Board"_s});
    QCOMPARE(sourceNamesOf(article.paragraphs.at(2)),
             (QStringList{u"District Parents Council"_s, u"Northside Parents Group"_s}));
    QVERIFY(article.paragraphs.at(3).attributions.isEmpty());
    for (const Paragraph &paragraph : article.paragraphs)
        QVERIFY2(!paragraph.text.contains(u"(Source"_s, Qt::CaseInsensitive),
                 qPrintable(paragraph.text));
    QCOMPARE(article.sources.size(), 4);
}

void TestInterchange::plainTextCrlfAndBom()
{
    const QByteArray data = "\xEF\xBB\xBF"
                            "Headline one\r\nline two\r\n\r\nSummary: The summary.\r\n\r\n"
                            "Body paragraph\r\nsecond line. (Source: Agency)\r\n\r\n"
                            "Old Mac line\rending.\r\n";
    ImportError error;
    const auto imported = PlainTextImporter::parse(data, u"crlf.txt"_s, &error);
    QVERIFY2(imported, qPrintable(error.toString()));
    const Article &article = imported->article;
    QCOMPARE(article.headline, u"Headline one line two"_s);
    QCOMPARE(article.summary, u"The summary."_s);
    QCOMPARE(article.paragraphs.size(), 2);
    QCOMPARE(article.paragraphs.at(0).text, u"Body paragraph second line."_s);
    QCOMPARE(sourceNamesOf(article.paragraphs.at(0)), QStringList{u"Agency"_s});
    QCOMPARE(article.paragraphs.at(1).text, u"Old Mac line ending."_s);
}

void TestInterchange::plainTextJoinsLines()
{
    const QByteArray data = "\n\n   Indented   headline  \n  continues\n \t \n"
                            "First body line\n\tsecond line\n   third line (Source:\n"
                            "  Agency One;Agency Two ;  Agency One  )\n"
                            "   \n"
                            "Second paragraph with (parentheses) inside.\n";
    ImportError error;
    const auto imported = PlainTextImporter::parse(data, u"joined.txt"_s, &error);
    QVERIFY2(imported, qPrintable(error.toString()));
    const Article &article = imported->article;
    // Runs of spaces collapse as in ninjs, so the article exports and re-imports unchanged.
    QCOMPARE(article.headline, u"Indented headline continues"_s);
    QCOMPARE(article.paragraphs.size(), 2);
    QCOMPARE(article.paragraphs.at(0).text, u"First body line second line third line"_s);
    QCOMPARE(sourceNamesOf(article.paragraphs.at(0)),
             (QStringList{u"Agency One"_s, u"Agency Two"_s}));
    QCOMPARE(article.paragraphs.at(1).text, u"Second paragraph with (parentheses) inside."_s);
    QVERIFY(article.paragraphs.at(1).attributions.isEmpty());
    QCOMPARE(article.language, u"en-US"_s);
}

void TestInterchange::plainTextFieldPrefixes()
{
    const QByteArray data = "Headline\n\nSUMMARY:   Shouted summary.  \n\nbyline:Lower Case\n\n"
                            "LanGuage: pt-BR\n\nsection: World\n\nSLUG: the-slug\n\n"
                            "Summaries are not fields: this is body text.\n";
    ImportError error;
    const auto imported = PlainTextImporter::parse(data, u"fields.txt"_s, &error);
    QVERIFY2(imported, qPrintable(error.toString()));
    const Article &article = imported->article;
    QCOMPARE(article.summary, u"Shouted summary."_s);
    QCOMPARE(article.byline, u"Lower Case"_s);
    QCOMPARE(article.language, u"pt-BR"_s);
    QCOMPARE(article.section, u"World"_s);
    QCOMPARE(article.slug, u"the-slug"_s);
    QCOMPARE(article.paragraphs.size(), 1);
    QCOMPARE(article.paragraphs.at(0).text, u"Summaries are not fields: this is body text."_s);
}

void TestInterchange::attributionMarker_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("none") << u"Plain text."_s << false << u"Plain text."_s << QStringList{};
    QTest::newRow("other parenthesis") << u"The board (which met Thursday)"_s << false
                                       << u"The board (which met Thursday)"_s << QStringList{};
    QTest::newRow("not trailing") << u"Text (Source: A) and more."_s << false
                                  << u"Text (Source: A) and more."_s << QStringList{};
    QTest::newRow("source") << u"Text. (Source: A)"_s << true << u"Text."_s << QStringList{u"A"_s};
    QTest::newRow("source attribution")
        << u"Text. (Source attribution: Agency A; Agency B)"_s << true << u"Text."_s
        << QStringList{u"Agency A"_s, u"Agency B"_s};
    QTest::newRow("case-insensitive") << u"Text.(SOURCE ATTRIBUTION:x;y)  "_s << true << u"Text."_s
                                      << QStringList{u"x"_s, u"y"_s};
    QTest::newRow("nested parentheses")
        << u"Text (Source: Office for National Statistics (ONS); Reuters)"_s << true << u"Text"_s
        << QStringList{u"Office for National Statistics (ONS)"_s, u"Reuters"_s};
    QTest::newRow("empty marker") << u"Text (Source: ; )"_s << true << u"Text"_s << QStringList{};
    QTest::newRow("only the marker")
        << u"(Source: A)"_s << true << QString() << QStringList{u"A"_s};
    QTest::newRow("duplicates and spacing") << u"Text (Source:  A   Agency ;A Agency)"_s << true
                                            << u"Text"_s << QStringList{u"A Agency"_s};
}

void TestInterchange::attributionMarker()
{
    QFETCH(QString, input);
    QFETCH(bool, found);
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QStringList actualNames{u"untouched"_s};
    QString actualText = input;
    QCOMPARE(PlainTextImporter::takeAttributionMarker(actualText, &actualNames), found);
    QCOMPARE(actualText, text);
    QCOMPARE(actualNames, found ? names : QStringList{u"untouched"_s});
}

void TestInterchange::languageTag_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");
    const QStringList good{u"en"_s,         u"en-US"_s,         u"fr"_s,
                           u"zh-Hant-TW"_s, u"sgn-BE-FR"_s,     u"es-419"_s,
                           u"EN-us"_s,      u"en-US-x-twain"_s, u"de-CH-1901"_s};
    const QStringList bad{QString(),   u"e"_s,     u"english"_s, u"en_US"_s, u"en-"_s,
                          u"en--US"_s, u"en US"_s, u"12-US"_s,   u"en-x"_s,  u"en-abcdefghi"_s};
    for (const QString &tag : good)
        QTest::addRow("valid %s", qPrintable(tag)) << tag << true;
    for (const QString &tag : bad)
        QTest::addRow("invalid '%s'", qPrintable(tag)) << tag << false;
}

void TestInterchange::languageTag()
{
    QFETCH(QString, tag);
    QFETCH(bool, valid);
    QCOMPARE(PlainTextImporter::isLanguageTag(tag), valid);
}

void TestInterchange::plainTextErrors_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const auto fixture = [](const char *name, int line, int column, const QString &message) {
        const QString fileName = u"bad/"_s + QLatin1String(name);
        QByteArray data;
        QVERIFY2(readFile(testDataPath(fileName), &data), qPrintable(fileName));
        QTest::newRow(name) << fileName << data << line << column << message;
    };
    fixture("empty.txt", 0, 0, u"the file is empty"_s);
    fixture("whitespace-only.txt", 0, 0, u"the file contains only whitespace"_s);
    fixture("no-headline.txt", 3, 1,
            u"no headline: the first paragraph must be the headline, not the Summary field"_s);
    fixture("invalid-utf8.txt", 3, 12, u"invalid UTF-8 (byte 0xFF)"_s);
    fixture("nul-byte.txt", 3, 11, u"NUL byte in the text"_s);
    fixture("empty-marker.txt", 3, 18, u"the source marker names no source"_s);
    fixture("field-twice.txt", 7, 1, u"the Summary field is given twice (first on line 3)"_s);
    fixture("bad-language.txt", 3, 11, u"\"english_US\" is not a language tag"_s);
    fixture("marker-only.txt", 5, 1, u"the source marker has no paragraph text before it"_s);
    fixture("empty-field.txt", 3, 8, u"the Byline field is empty"_s);

    QTest::newRow("indented language")
        << u"memory"_s << QByteArray("Headline\n\n  Language:   xx_YY\n") << 3 << 15
        << u"\"xx_YY\" is not a language tag"_s;
    QTest::newRow("language value on the next line")
        << u"memory"_s << QByteArray("Headline\n\nText.\n\nLanguage:\n    en_GB\n") << 6 << 5
        << u"\"en_GB\" is not a language tag"_s;
    QTest::newRow("marker on a continuation line")
        << u"memory"_s
        << QByteArray("Headline\n\nText begins\n  and ends (source attribution:  )\n") << 4 << 12
        << u"the source marker names no source"_s;
    QTest::newRow("columns count code points")
        << u"memory"_s << QByteArray("Headline\n\n\xF0\x9F\x93\xB0 Caf\xC3\xA9 news (Source:)\n")
        << 3 << 13 << u"the source marker names no source"_s;
}

void TestInterchange::plainTextErrors()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    ImportError error;
    const auto imported = PlainTextImporter::parse(data, fileName, &error);
    QVERIFY(!imported);
    QCOMPARE(error.fileName, fileName);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    const QString where =
        line > 0 ? u"%1:%2:%3: "_s.arg(fileName).arg(line).arg(column) : fileName + u": "_s;
    QCOMPARE(error.toString(), where + error.message);
}

void TestInterchange::plainTextInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("byte");

    QTest::newRow("in the headline") << QByteArray("Head\xFF"
                                                   "line\n")
                                     << 1 << 5 << u"0xFF"_s;
    QTest::newRow("lone continuation byte") << QByteArray("Headline\n\nab\x80"
                                                          "cd\n")
                                            << 3 << 3 << u"0x80"_s;
    QTest::newRow("truncated at the end")
        << QByteArray("Headline\n\nabc\xC3") << 3 << 4 << u"0xC3"_s;
    QTest::newRow("bad continuation") << QByteArray("Headline\n\nxy\xE2\x82("
                                                    "z)\n")
                                      << 3 << 3 << u"0xE2"_s;
    QTest::newRow("overlong encoding")
        << QByteArray("Headline\n\nx\xC0\xAF\n") << 3 << 2 << u"0xC0"_s;
    QTest::newRow("UTF-16 surrogate")
        << QByteArray("Headline\n\nx\xED\xA0\x80\n") << 3 << 2 << u"0xED"_s;
    QTest::newRow("after BOM, CRLF and an emoji")
        << QByteArray("\xEF\xBB\xBFHeadline\r\n\r\n\xF0\x9F\x93\xB0 ab\xFE\r\n") << 3 << 5
        << u"0xFE"_s;
}

void TestInterchange::plainTextInvalidUtf8()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, byte);
    ImportError error;
    QVERIFY(!PlainTextImporter::parse(data, u"utf8.txt"_s, &error));
    QVERIFY2(error.message.contains(u"invalid UTF-8 (byte "_s + byte + u')'),
             qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestInterchange::ninjsSharedSamples()
{
    const QString strikePath = sharedPath(u"samples/rail-strike.ninjs.json"_s);
    const QString talksPath = sharedPath(u"samples/rail-talks.ninjs.json"_s);
    if (!QFile::exists(strikePath) || !QFile::exists(talksPath))
        QSKIP(qPrintable(u"%1 not found (COPYDESK_SHARED_DIR is absent)"_s.arg(strikePath)));

    QByteArray data;
    QVERIFY(readFile(strikePath, &data));
    ImportError error;
    const auto strike = NinjsCodec::parse(data, strikePath, &error);
    QVERIFY2(strike, qPrintable(error.toString()));
    const Article &article = strike->article;
    QCOMPARE(article.uri, u"urn:copydesk:sample:rail-strike"_s);
    QVERIFY(!article.uuid.isNull());
    QCOMPARE(article.version, 2);
    QCOMPARE(article.language, u"en-GB"_s);
    QCOMPARE(article.status, ArticleStatus::Draft);
    QCOMPARE(article.created, QDateTime(QDate(2026, 10, 2), QTime(6, 15), Qt::UTC));
    QCOMPARE(article.updated, QDateTime(QDate(2026, 10, 2), QTime(7, 40), Qt::UTC));
    QCOMPARE(article.byline, u"Transport desk"_s);
    QCOMPARE(article.headline, u"Rail Workers Announce Two-Day Strike"_s);
    QCOMPARE(article.metaTitles.size(), 2);
    QCOMPARE(article.metaTitles.at(0).text, u"Rail strike: two days of cancellations next week"_s);
    QVERIFY(article.metaTitles.at(0).chosen);
    QCOMPARE(article.metaTitles.at(1).text, u"Rail workers to strike on Tuesday and Wednesday"_s);
    QVERIFY(!article.metaTitles.at(1).chosen);
    QCOMPARE(article.summary, u"Most regional trains will not run on Tuesday and Wednesday "
                              "after talks on pay broke down."_s);
    QCOMPARE(article.paragraphs.size(), 3);
    QCOMPARE(article.paragraphs.at(0).text,
             u"The rail workers' union called a two-day strike for Tuesday and Wednesday after "
             "pay talks broke down."_s);
    QCOMPARE(sourceNamesOf(article.paragraphs.at(0)),
             QStringList{u"National Rail Workers Union"_s});
    QCOMPARE(sourceNamesOf(article.paragraphs.at(2)),
             (QStringList{u"National Rail Workers Union"_s, u"Regional Rail operator"_s}));
    QCOMPARE(sourceNamesOf(article.sources),
             (QStringList{u"National Rail Workers Union"_s, u"Regional Rail operator"_s}));
    QCOMPARE(strike->previousUri, u"urn:copydesk:sample:rail-talks"_s);
    QVERIFY(strike->nextUri.isEmpty());

    QVERIFY(readFile(talksPath, &data));
    const auto talks = NinjsCodec::parse(data, talksPath, &error);
    QVERIFY2(talks, qPrintable(error.toString()));
    QCOMPARE(talks->article.headline, u"Rail Pay Talks Resume"_s);
    QVERIFY(talks->article.metaTitles.isEmpty());
    QCOMPARE(talks->article.paragraphs.size(), 1);
    QCOMPARE(talks->nextUri, u"urn:copydesk:sample:rail-strike"_s);
    QVERIFY(talks->previousUri.isEmpty());
}

void TestInterchange::ninjsBodyHtml()
{
    QByteArray data;
    QVERIFY(readFile(testDataPath(u"good/quirky-body.ninjs.json"_s), &data));
    ImportError error;
    const auto imported = NinjsCodec::parse(data, u"quirky-body.ninjs.json"_s, &error);
    QVERIFY2(imported, qPrintable(error.toString()));
    const Article &article = imported->article;

    QCOMPARE(article.uri, u"https://news.example.org/items/42"_s);
    QCOMPARE(article.headline, u"Simple headline form"_s);
    QCOMPARE(article.language, u"en-US"_s);
    QVERIFY(article.metaTitles.isEmpty());

    const QStringList expectedTexts{
        u"Lead text before any paragraph."_s,
        u"A second loose paragraph."_s,
        u"Text with bold and a link & <tags> \"quoted\" \u2014 \u2014 caf\u00E9\u00A0bar"_s,
        u"Second paragraph spaced."_s,
        u"Unattributed &unknown; entity after a break"_s,
        u"Trailing block"_s,
    };
    QStringList texts;
    for (const Paragraph &paragraph : article.paragraphs) {
        texts.append(paragraph.text);
        QVERIFY(!paragraph.uuid.isNull());
    }
    QCOMPARE(texts, expectedTexts);
    QCOMPARE(sourceNamesOf(article.paragraphs.at(2)), (QStringList{u"Wire A"_s, u"Wire B"_s}));
    QCOMPARE(sourceNamesOf(article.paragraphs.at(3)), QStringList{u"Agency & Co"_s});
    QVERIFY(article.paragraphs.at(0).attributions.isEmpty());
    QVERIFY(article.paragraphs.at(4).attributions.isEmpty());

    // Cited sources first, with the infoSources uri; then sources only listed in infoSources.
    QCOMPARE(sourceNamesOf(article.sources),
             (QStringList{u"Wire A"_s, u"Wire B"_s, u"Agency & Co"_s, u"Unrelated Source"_s}));
    QCOMPARE(article.sources.at(0).url, u"https://wire-a.example.com/"_s);
    QVERIFY(article.sources.at(1).url.isEmpty());
}

void TestInterchange::ninjsErrors_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const auto fixture = [](const char *name, int line, int column, const QString &message) {
        const QString fileName = u"bad/"_s + QLatin1String(name);
        QByteArray data;
        QVERIFY2(readFile(testDataPath(fileName), &data), qPrintable(fileName));
        QTest::newRow(name) << fileName << data << line << column << message;
    };
    // Qt reports where it noticed: the end of the file, just past the unexpected token.
    fixture("truncated.ninjs.json", 5, 1, u"invalid JSON: "_s);
    fixture("missing-comma.ninjs.json", 3, 4, u"invalid JSON: "_s);
    fixture("not-object.ninjs.json", 0, 0, u"expected a ninjs object, got an array"_s);
    fixture("headlines-string.ninjs.json", 0, 0, u"headlines: expected an array, got a string"_s);
    fixture("headline-value-number.ninjs.json", 0, 0,
            u"headlines[1].value: expected a string, got a number"_s);
    fixture("no-main-headline.ninjs.json", 0, 0, u"headlines: no main headline"_s);
    fixture("missing-uri.ninjs.json", 0, 0, u"uri: missing (required)"_s);
    fixture("self-link.ninjs.json", 0, 0,
            u"associations[1]: the article links to itself as its previous article"_s);
    fixture("bad-date.ninjs.json", 0, 0,
            u"firstCreated: \"yesterday\" is not an ISO 8601 date and time"_s);
    fixture("info-source-string.ninjs.json", 0, 0,
            u"infoSources[1]: expected an object, got a string"_s);

    const auto row = [](const char *name, const QByteArray &data, int line, int column,
                        const QString &message) {
        QTest::newRow(name) << u"memory.json"_s << data << line << column << message;
    };
    row("empty document", QByteArray(), 1, 1, u"invalid JSON: "_s);
    // Columns count code points, not bytes: the two 'é' take four bytes.
    row("error after UTF-8 text", "{\"uri\": \"urn:x:\xC3\xA9\xC3\xA9\", x}", 1, 22,
        u"invalid JSON: "_s);
    row("uri not a string", R"({"uri": 7, "headlines": [{"value": "H"}]})", 0, 0,
        u"uri: expected a string, got a number"_s);
    row("uri not absolute", R"({"uri": "items/7", "headlines": [{"value": "H"}]})", 0, 0,
        u"uri: \"items/7\" is not an absolute URI"_s);
    row("headline not an object", R"({"uri": "urn:x:1", "headlines": [{"value": "H"}, null]})", 0,
        0, u"headlines[1]: expected an object, got null"_s);
    row("headline without value", R"({"uri": "urn:x:1", "headlines": [{"role": "main"}]})", 0, 0,
        u"headlines[0].value: missing (required)"_s);
    row("empty main headline", R"({"uri": "urn:x:1", "headlines": [{"value": "  "}]})", 0, 0,
        u"headlines[0].value: the main headline is empty"_s);
    row("two main headlines",
        R"({"uri": "urn:x:1", "headlines": [{"role": "main", "value": "A"}, {"value": "B"}]})", 0,
        0, u"headlines[1]: a second main headline"_s);
    row("version a number", R"({"uri": "urn:x:1", "version": 3, "headlines": [{"value": "H"}]})", 0,
        0, u"version: expected a string, got a number"_s);
    row("language not a tag",
        R"({"uri": "urn:x:1", "language": "English", "headlines": [{"value": "H"}]})", 0, 0,
        u"language: \"English\" is not a language tag"_s);
    row("unknown pubStatus",
        R"({"uri": "urn:x:1", "pubStatus": "live", "headlines": [{"value": "H"}]})", 0, 0,
        u"pubStatus: expected \"usable\", \"withheld\" or \"canceled\", got \"live\""_s);
    row("not a text item",
        R"({"uri": "urn:x:1", "type": "picture", "headlines": [{"value": "H"}]})", 0, 0,
        u"type: only text items can be imported, got \"picture\""_s);
    row("standard of another kind",
        R"({"standard": {"name": "newsml"}, "uri": "urn:x:1", "headlines": [{"value": "H"}]})", 0,
        0, u"standard.name: expected \"ninjs\", got \"newsml\""_s);
    row("body value an array",
        R"({"uri": "urn:x:1", "headlines": [{"value": "H"}], "bodies": [{"value": []}]})", 0, 0,
        u"bodies[0].value: expected a string, got an array"_s);
    row("body of unsupported type",
        R"({"uri": "urn:x:1", "headlines": [{"value": "H"}],
            "bodies": [{"contentType": "application/pdf", "value": "x"}]})",
        0, 0, u"bodies[0].contentType: unsupported content type \"application/pdf\""_s);
    row("info source uri not absolute",
        R"({"uri": "urn:x:1", "headlines": [{"value": "H"}],
            "infoSources": [{"name": "A", "uri": "www.example.com"}]})",
        0, 0, u"infoSources[0].uri: \"www.example.com\" is not an absolute URI"_s);
    row("association without uri",
        R"({"uri": "urn:x:1", "headlines": [{"value": "H"}],
            "associations": [{"name": "next", "rel": "next"}]})",
        0, 0, u"associations[0].uri: missing (required)"_s);
    row("two next associations",
        R"({"uri": "urn:x:1", "headlines": [{"value": "H"}],
            "associations": [{"name": "next", "uri": "urn:x:2"},
                             {"name": "next", "uri": "urn:x:3"}]})",
        0, 0, u"associations[1]: a second \"next\" association"_s);
}

void TestInterchange::ninjsErrors()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    ImportError error;
    QVERIFY(!NinjsCodec::parse(data, fileName, &error));
    QCOMPARE(error.fileName, fileName);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.toString().startsWith(fileName + u':'), qPrintable(error.toString()));
}

void TestInterchange::ninjsExportFields()
{
    const Article article = fullArticle();
    const QJsonObject json = NinjsCodec::toJson(article);

    QCOMPARE(
        json.value(u"standard"_s).toObject(),
        (QJsonObject{{u"name"_s, u"ninjs"_s},
                     {u"version"_s, u"3.1"_s},
                     {u"schema"_s, u"http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"_s}}));
    QCOMPARE(json.value(u"uri"_s).toString(),
             u"urn:copydesk:article:6f1c2a4e-8d1b-4f5a-9c3e-2b7d9e0f1a23"_s);
    QCOMPARE(json.value(u"type"_s).toString(), u"text"_s);
    QCOMPARE(json.value(u"version"_s), QJsonValue(u"7"_s));
    QCOMPARE(json.value(u"language"_s).toString(), u"en-GB"_s);
    QCOMPARE(json.value(u"pubStatus"_s).toString(), u"withheld"_s);
    QCOMPARE(json.value(u"firstCreated"_s).toString(), u"2026-03-01T08:30:15Z"_s);
    QCOMPARE(json.value(u"versionCreated"_s).toString(), u"2026-03-02T09:05:00Z"_s);
    QCOMPARE(json.value(u"by"_s).toString(), u"Priya Natarajan"_s);
    QCOMPARE(json.value(u"slugline"_s).toString(), u"ferry-fares"_s);

    const auto textObject = [](const char *role, const char *contentType, const QString &value) {
        return QJsonObject{{u"role"_s, QLatin1String(role)},
                           {u"contentType"_s, QLatin1String(contentType)},
                           {u"value"_s, value}};
    };
    QCOMPARE(
        json.value(u"headlines"_s).toArray(),
        (QJsonArray{textObject("main", "text/plain", article.headline),
                    textObject("seo", "text/plain", u"Ferry tickets to cost 4.30 from April"_s),
                    textObject("seo", "text/plain", u"Ferry fares up 8% from April"_s),
                    textObject("seo", "text/plain", u"Harbour Ferries raises fares"_s)}));
    QCOMPARE(json.value(u"descriptions"_s).toArray(),
             QJsonArray{textObject("summary", "text/plain", article.summary)});
    QCOMPARE(json.value(u"bodies"_s).toArray(),
             QJsonArray{textObject(
                 "main", "text/html",
                 u"<p data-source=\"Harbour Ferries; Port Authority\">The ferry company said fares "
                 "would rise by 8 percent.</p><p data-source=\"Harbour Ferries\">Season tickets "
                 "are not affected.</p><p data-source=\"Ferry Users Group; Port Authority; Island "
                 "Council\">Passenger groups called the rise unfair.</p><p>The last rise was in "
                 "2023.</p>"_s)});
    // Each source once, in order of first citation; the uri only where it is a real URI.
    QCOMPARE(
        json.value(u"infoSources"_s).toArray(),
        (QJsonArray{QJsonObject{{u"name"_s, u"Harbour Ferries"_s},
                                {u"uri"_s, u"https://harbour-ferries.example.com/"_s},
                                {u"role"_s, u"originfo"_s}},
                    QJsonObject{{u"name"_s, u"Port Authority"_s}, {u"role"_s, u"originfo"_s}},
                    QJsonObject{{u"name"_s, u"Ferry Users Group"_s}, {u"role"_s, u"originfo"_s}},
                    QJsonObject{{u"name"_s, u"Island Council"_s}, {u"role"_s, u"originfo"_s}}}));
    // Links carry the canonical headline of the other article, never a meta-title variant.
    const auto link = [](const char *relation, const QString &uri, const QString &headline) {
        return QJsonObject{{u"name"_s, QLatin1String(relation)},
                           {u"rel"_s, QLatin1String(relation)},
                           {u"uri"_s, uri},
                           {u"headlines"_s, QJsonArray{QJsonObject{{u"role"_s, u"main"_s},
                                                                   {u"value"_s, headline}}}}};
    };
    QCOMPARE(
        json.value(u"associations"_s).toArray(),
        (QJsonArray{link("previous", article.previous->uri, article.previous->headline),
                    link("next", u"urn:copydesk:article:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"_s,
                         article.next->headline)}));
    QVERIFY(!json.contains(u"section"_s)); // ninjs has no place for it

    // Empty optional fields are left out rather than written as "".
    Article minimal = minimalArticle();
    minimal.uri = u"https://news.example.org/items/minimal"_s;
    minimal.metaTitles = {MetaTitle{QString(), true, {}}, MetaTitle{u"Only variant"_s, false, {}}};
    const QJsonObject minimalJson = NinjsCodec::toJson(minimal);
    QCOMPARE(minimalJson.value(u"uri"_s).toString(), minimal.uri);
    QCOMPARE(minimalJson.value(u"version"_s).toString(), u"0"_s);
    QCOMPARE(minimalJson.value(u"language"_s).toString(), u"en-US"_s);
    QCOMPARE(minimalJson.value(u"headlines"_s).toArray(),
             (QJsonArray{textObject("main", "text/plain", u"Headline Only"_s),
                         textObject("seo", "text/plain", u"Only variant"_s)}));
    for (const char *key : {"firstCreated", "versionCreated", "by", "slugline", "descriptions",
                            "bodies", "infoSources", "associations"})
        QVERIFY2(!minimalJson.contains(QLatin1String(key)), key);

    // The bytes are indented UTF-8 JSON of the same object.
    const QByteArray bytes = NinjsCodec::toBytes(article);
    QVERIFY(bytes.contains("\n    \"bodies\""));
    QCOMPARE(QJsonDocument::fromJson(bytes).object(), json);
}

void TestInterchange::ninjsPubStatus_data()
{
    QTest::addColumn<ArticleStatus>("status");
    QTest::addColumn<QString>("pubStatus");
    QTest::newRow("draft") << ArticleStatus::Draft << u"withheld"_s;
    QTest::newRow("review") << ArticleStatus::InReview << u"withheld"_s;
    QTest::newRow("approved") << ArticleStatus::Approved << u"usable"_s;
    QTest::newRow("published") << ArticleStatus::Published << u"usable"_s;
    QTest::newRow("corrected") << ArticleStatus::Corrected << u"usable"_s;
    QTest::newRow("changes requested") << ArticleStatus::ChangesRequested << u"withheld"_s;
    // Unpublished: the article was withdrawn.
    QTest::newRow("archived") << ArticleStatus::Archived << u"canceled"_s;
}

void TestInterchange::ninjsPubStatus()
{
    QFETCH(ArticleStatus, status);
    QFETCH(QString, pubStatus);
    Article article = fullArticle();
    article.status = status;
    const QByteArray bytes = NinjsCodec::toBytes(article);
    QCOMPARE(QJsonDocument::fromJson(bytes).object().value(u"pubStatus"_s).toString(), pubStatus);

    // An import never creates an approved article, whatever the sender's status.
    ImportError error;
    const auto imported = NinjsCodec::parse(bytes, u"status.json"_s, &error);
    QVERIFY2(imported, qPrintable(error.toString()));
    QCOMPARE(imported->article.status, ArticleStatus::Draft);
}

void TestInterchange::ninjsKeepsOwnUuid()
{
    const Article article = fullArticle();
    ImportError error;
    const auto imported = NinjsCodec::parse(NinjsCodec::toBytes(article), u"own.json"_s, &error);
    QVERIFY2(imported, qPrintable(error.toString()));
    QCOMPARE(imported->article.uuid, article.uuid);
    QCOMPARE(imported->article.uri, Article::defaultUri(article.uuid));
    QCOMPARE(imported->article.id, qint64(0));
    QCOMPARE(imported->article.version, 7);
    QCOMPARE(imported->article.created, article.created.toUTC().addMSecs(-250));
    QCOMPARE(imported->previousUri, article.previous->uri);
    QCOMPARE(imported->nextUri, Article::defaultUri(article.next->uuid));
    QCOMPARE(imported->article.sources.at(0).url, article.sources.at(0).url);
    QVERIFY(imported->article.sources.at(1).url.isEmpty()); // "not a url" was not exported

    // Another system's uri keeps the document uri but needs a fresh identity.
    const auto foreign = NinjsCodec::parse(
        R"({"uri": "urn:newsml:example.com:20260301:123", "headlines": [{"value": "H"}]})",
        u"foreign.json"_s, &error);
    QVERIFY2(foreign, qPrintable(error.toString()));
    QCOMPARE(foreign->article.uri, u"urn:newsml:example.com:20260301:123"_s);
    QVERIFY(!foreign->article.uuid.isNull());
}

void TestInterchange::ninjsRoundTrip_data()
{
    QTest::addColumn<Article>("article");

    QTest::newRow("full") << fullArticle();
    QTest::newRow("minimal") << minimalArticle();
    QTest::newRow("escaping") << escapingArticle();

    Article noChosen = fullArticle();
    for (MetaTitle &title : noChosen.metaTitles)
        title.chosen = false;
    noChosen.previous.reset();
    noChosen.status = ArticleStatus::Draft;
    QTest::newRow("no chosen variant, next link only") << noChosen;

    Article lastChosen = fullArticle();
    lastChosen.metaTitles[1].chosen = false;
    lastChosen.metaTitles[2].chosen = true;
    lastChosen.next.reset();
    lastChosen.created = {};
    QTest::newRow("last variant chosen, previous link only, no dates") << lastChosen;
}

void TestInterchange::ninjsRoundTrip()
{
    QFETCH(Article, article);
    const QByteArray exported = NinjsCodec::toBytes(article);
    ImportError error;
    const auto imported = NinjsCodec::parse(exported, u"round-trip.json"_s, &error);
    QVERIFY2(imported, qPrintable(error.toString()));
    const Article reimported = withLinks(imported->article, *imported, article);

    QCOMPARE(reimported.paragraphs.size(), article.paragraphs.size());
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
        QCOMPARE(reimported.paragraphs.at(i).text, article.paragraphs.at(i).text);
        QCOMPARE(sourceNamesOf(reimported.paragraphs.at(i)),
                 sourceNamesOf(article.paragraphs.at(i)));
    }
    QCOMPARE(reimported.headline, article.headline);
    QCOMPARE(reimported.summary, article.summary);
    QCOMPARE(NinjsCodec::toBytes(reimported), exported);
}

void TestInterchange::ninjsEscaping()
{
    const Article article = escapingArticle();
    const QJsonObject json = NinjsCodec::toJson(article);
    const QString body =
        json.value(u"bodies"_s).toArray().at(0).toObject().value(u"value"_s).toString();

    QCOMPARE(body,
             u"<p data-source=\"Smith &amp; Sons &quot;Ltd&quot;; &lt;b&gt;Bold&lt;/b&gt; Agency\">"
             "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</p>"
             "<p data-source=\"Statistics&#59; Office (ONS)\">Quotes &#39; and &quot; and a "
             "non-breaking\u00A0space, a dash \u2014 and \u00E9.</p>"
             "<p data-source=\"A&amp;amp&#59;B\">"
             "Entity-looking text: &amp;amp; &amp;#38; &amp;lt;</p>"_s);
    QCOMPARE(NinjsCodec::bodyHtml(article.paragraphs), body);
    QVERIFY(!body.contains(u"<script"_s));
    QVERIFY(!body.contains(u"<b>"_s));
    // Outside attribute values and the markup of the <p> elements, nothing unescaped remains.
    QString stripped = body;
    stripped.remove(QRegularExpression(u"<p( data-source=\"[^\"<>]*\")?>|</p>"_s));
    QVERIFY2(!stripped.contains(u'<') && !stripped.contains(u'>') && !stripped.contains(u'"'),
             qPrintable(stripped));

    QCOMPARE(NinjsCodec::escapeHtml(u"a<b>&\"c'"_s), u"a&lt;b&gt;&amp;&quot;c&#39;"_s);

    ImportError error;
    const auto imported =
        NinjsCodec::parse(NinjsCodec::toBytes(article), u"escaping.json"_s, &error);
    QVERIFY2(imported, qPrintable(error.toString()));
    const Article &back = imported->article;
    QCOMPARE(back.uri, article.uri);
    QCOMPARE(back.headline, article.headline);
    QCOMPARE(back.summary, article.summary);
    QCOMPARE(back.byline, article.byline);
    QCOMPARE(back.paragraphs.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(back.paragraphs.at(i).text, article.paragraphs.at(i).text);
        QCOMPARE(sourceNamesOf(back.paragraphs.at(i)), sourceNamesOf(article.paragraphs.at(i)));
    }
    QCOMPARE(back.sources.at(0).name, u"Smith & Sons \"Ltd\""_s);
    QCOMPARE(back.sources.at(0).url, u"https://example.com/?a=1&b=2"_s);
}

void TestInterchange::plainTextThroughNinjs()
{
    QByteArray data;
    QVERIFY(readFile(testDataPath(u"good/harbour-bridge.txt"_s), &data));
    ImportError error;
    const auto fromText = PlainTextImporter::parse(data, u"harbour-bridge.txt"_s, &error);
    QVERIFY2(fromText, qPrintable(error.toString()));
    const QByteArray exported = NinjsCodec::toBytes(fromText->article);
    const auto fromJson = NinjsCodec::parse(exported, u"harbour-bridge.json"_s, &error);
    QVERIFY2(fromJson, qPrintable(error.toString()));

    const Article &a = fromText->article;
    const Article &b = fromJson->article;
    QCOMPARE(b.uuid, a.uuid);
    QCOMPARE(b.headline, a.headline);
    QCOMPARE(b.summary, a.summary);
    QCOMPARE(b.byline, a.byline);
    QCOMPARE(b.language, a.language);
    QCOMPARE(b.slug, a.slug);
    QCOMPARE(b.paragraphs.size(), a.paragraphs.size());
    for (qsizetype i = 0; i < a.paragraphs.size(); ++i) {
        QCOMPARE(b.paragraphs.at(i).text, a.paragraphs.at(i).text);
        QCOMPARE(sourceNamesOf(b.paragraphs.at(i)), sourceNamesOf(a.paragraphs.at(i)));
    }
    QCOMPARE(sourceNamesOf(b.sources), sourceNamesOf(a.sources));
}

void TestInterchange::schemaValidation()
{
    if (!QFile::exists(ninjsSchemaPath()))
        QSKIP(qPrintable(u"%1 not found (COPYDESK_SHARED_DIR is absent)"_s.arg(ninjsSchemaPath())));
    QString why;
    if (!jsonschemaAvailable(&why))
        QSKIP(qPrintable(why));

    QList<Article> articles{fullArticle(), minimalArticle(), escapingArticle()};
    Article published = fullArticle();
    published.status = ArticleStatus::Published;
    published.language = u"zh-Hant-TW"_s;
    articles.append(published);
    QByteArray data;
    ImportError error;
    QVERIFY(readFile(testDataPath(u"good/harbour-bridge.txt"_s), &data));
    const auto fromText = PlainTextImporter::parse(data, u"harbour-bridge.txt"_s, &error);
    QVERIFY2(fromText, qPrintable(error.toString()));
    articles.append(fromText->article);
    QVERIFY(readFile(testDataPath(u"good/quirky-body.ninjs.json"_s), &data));
    const auto quirky = NinjsCodec::parse(data, u"quirky-body.ninjs.json"_s, &error);
    QVERIFY2(quirky, qPrintable(error.toString()));
    articles.append(quirky->article);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList files;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const QString path = dir.filePath(u"export-%1.json"_s.arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(NinjsCodec::toBytes(articles.at(i))) > 0);
        files.append(path);
    }
    // The shared samples are what a publishing system sends; they must pass as well.
    files.append(sharedPath(u"samples/rail-strike.ninjs.json"_s));
    files.append(sharedPath(u"samples/rail-talks.ninjs.json"_s));

    const Validation validation = validateNinjs(files);
    QVERIFY2(validation.exitCode == 0, qPrintable(validation.output));
}

void TestInterchange::schemaValidationReportsErrors()
{
    if (!QFile::exists(ninjsSchemaPath()))
        QSKIP(qPrintable(u"%1 not found (COPYDESK_SHARED_DIR is absent)"_s.arg(ninjsSchemaPath())));
    QString why;
    if (!jsonschemaAvailable(&why))
        QSKIP(qPrintable(why));

    QJsonObject invalid = NinjsCodec::toJson(fullArticle());
    invalid.insert(u"headlines"_s, u"A headline as a string"_s);
    invalid.insert(u"firstCreated"_s, u"yesterday"_s);
    QJsonObject badLink = NinjsCodec::toJson(minimalArticle());
    badLink.insert(u"associations"_s, QJsonArray{QJsonObject{{u"rel"_s, u"next"_s}}});

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString validPath = dir.filePath(u"valid.json"_s);
    const QString invalidPath = dir.filePath(u"invalid.json"_s);
    const QString badLinkPath = dir.filePath(u"bad-link.json"_s);
    const std::pair<QString, QJsonObject> documents[] = {
        {validPath, NinjsCodec::toJson(fullArticle())},
        {invalidPath, invalid},
        {badLinkPath, badLink}};
    for (const auto &[path, object] : documents) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QJsonDocument(object).toJson()) > 0);
    }

    const Validation validation = validateNinjs({validPath, invalidPath, badLinkPath});
    QCOMPARE(validation.exitCode, 1);
    QVERIFY2(validation.output.contains(invalidPath + u": headlines: "_s),
             qPrintable(validation.output));
    QVERIFY2(validation.output.contains(invalidPath + u": firstCreated: "_s),
             qPrintable(validation.output));
    QVERIFY2(validation.output.contains(badLinkPath + u": associations[0]: "_s),
             qPrintable(validation.output));
    QVERIFY2(!validation.output.contains(validPath + u':'), qPrintable(validation.output));
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
