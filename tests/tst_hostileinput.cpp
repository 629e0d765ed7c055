// Hostile and broken input (issue 8): every file of tests/data/broken, and huge files written at
// run time (a 50 MB body, a 10 MB headline, 100,000 paragraphs), is refused with a clear message
// that names the file and what is wrong: by the parsers directly, and by `copydesk-cli import`
// as a process against a library that already holds articles, which must not change (not its
// article count, not a row of any table, not a byte of the file), also when a good file is
// imported in the same call. tests/data/broken/make-corpus.py documents how each file was made.
#include "HostileInput.h"
#include "core/ImportedArticle.h"
#include "core/NinjsCodec.h"
#include "core/PlainTextImporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace HostileInput;

namespace {

// What the message about each corpus file must say (with its line and column where the format
// has them): a phrase of the parser's own words, not just "something failed".
const QHash<QString, QString> &expectedPhrases()
{
    static const QHash<QString, QString> phrases{
        // plain text
        {u"text-truncated-in-character.txt"_s, u":9:4: invalid UTF-8 (byte 0xC3)"_s},
        {u"text-invalid-utf8-headline.txt"_s, u":1:17: invalid UTF-8 (byte 0xFF)"_s},
        {u"text-invalid-utf8-summary.txt"_s, u":3:57: invalid UTF-8 (byte 0x80)"_s},
        {u"text-invalid-utf8-source.txt"_s, u":7:96: invalid UTF-8 (byte 0xC3)"_s},
        {u"text-invalid-utf8-overlong.txt"_s, u":5:13: invalid UTF-8 (byte 0xC0)"_s},
        {u"text-invalid-utf8-surrogate.txt"_s, u":5:13: invalid UTF-8 (byte 0xED)"_s},
        {u"text-invalid-utf8-at-end.txt"_s, u":10:11: invalid UTF-8 (byte 0xE2)"_s},
        {u"text-crlf-invalid-utf8.txt"_s, u":5:10: invalid UTF-8 (byte 0xFE)"_s},
        {u"text-binary-garbage.txt"_s, u":1:2: invalid UTF-8 (byte 0xBD)"_s},
        {u"text-png-image.txt"_s, u":1:1: invalid UTF-8 (byte 0x89)"_s},
        {u"text-nul-headline.txt"_s, u":1:20: NUL byte in the text"_s},
        {u"text-nul-body.txt"_s, u":7:44: NUL byte in the text"_s},
        {u"text-cr-only-nul.txt"_s, u":5:10: NUL byte in the text"_s},
        {u"text-utf16le-bom.txt"_s, u"encoded in UTF-16 (little-endian); save it as UTF-8"_s},
        {u"text-utf16be-bom.txt"_s, u"encoded in UTF-16 (big-endian); save it as UTF-8"_s},
        {u"text-utf32le-bom.txt"_s, u"encoded in UTF-32 (little-endian); save it as UTF-8"_s},
        {u"text-utf16le-no-bom.txt"_s,
         u"encoded in UTF-16 (little-endian, without a byte order mark)"_s},
        {u"text-headline-too-long.txt"_s,
         u":1:1: the headline is 1,001 characters long; at most 1,000 are allowed"_s},
        {u"text-summary-too-long.txt"_s,
         u":3:10: the Summary field is 10,001 characters long; at most 10,000 are allowed"_s},
        {u"text-source-name-too-long.txt"_s,
         u":3:19: the source name is 10,001 characters long; at most 10,000"_s},
        {u"text-crlf-field-twice.txt"_s,
         u":11:1: the Summary field is given twice (first on line 3)"_s},
        {u"text-bom-no-headline.txt"_s, u":1:1: no headline"_s},
        // ninjs, cut short
        {u"ninjs-truncated-after-brace.ninjs.json"_s, u":1:2: invalid JSON: "_s},
        {u"ninjs-truncated-in-key.ninjs.json"_s, u"invalid JSON: "_s},
        {u"ninjs-truncated-after-colon.ninjs.json"_s, u"invalid JSON: "_s},
        {u"ninjs-truncated-in-string.ninjs.json"_s, u"invalid JSON: "_s},
        {u"ninjs-truncated-in-array.ninjs.json"_s, u"invalid JSON: "_s},
        {u"ninjs-truncated-in-character.ninjs.json"_s, u"invalid JSON: "_s},
        {u"ninjs-truncated-before-last-brace.ninjs.json"_s, u"invalid JSON: "_s},
        // ninjs, each member of the wrong type
        {u"ninjs-wrong-type-uri.ninjs.json"_s, u": uri: expected a string, got a number"_s},
        {u"ninjs-wrong-type-type.ninjs.json"_s, u": type: expected a string, got an array"_s},
        {u"ninjs-wrong-type-version.ninjs.json"_s, u": version: expected a string, got a number"_s},
        {u"ninjs-wrong-type-language.ninjs.json"_s,
         u": language: expected a string, got a boolean"_s},
        {u"ninjs-wrong-type-pubstatus.ninjs.json"_s,
         u": pubStatus: expected a string, got an object"_s},
        {u"ninjs-wrong-type-firstcreated.ninjs.json"_s,
         u": firstCreated: expected a string, got a number"_s},
        {u"ninjs-wrong-type-versioncreated.ninjs.json"_s,
         u": versionCreated: expected a string, got an array"_s},
        {u"ninjs-wrong-type-by.ninjs.json"_s, u": by: expected a string, got a number"_s},
        {u"ninjs-wrong-type-slugline.ninjs.json"_s,
         u": slugline: expected a string, got a boolean"_s},
        {u"ninjs-wrong-type-standard.ninjs.json"_s,
         u": standard: expected an object, got a string"_s},
        {u"ninjs-wrong-type-standard-name.ninjs.json"_s,
         u": standard.name: expected a string, got a number"_s},
        {u"ninjs-wrong-type-headlines.ninjs.json"_s,
         u": headlines: expected an array, got a string"_s},
        {u"ninjs-wrong-type-headline-item.ninjs.json"_s,
         u": headlines[0]: expected an object, got a string"_s},
        {u"ninjs-wrong-type-headline-value.ninjs.json"_s,
         u": headlines[0].value: expected a string, got a number"_s},
        {u"ninjs-wrong-type-headline-role.ninjs.json"_s,
         u": headlines[0].role: expected a string, got a number"_s},
        {u"ninjs-wrong-type-headline-contenttype.ninjs.json"_s,
         u": headlines[0].contentType: expected a string, got an array"_s},
        {u"ninjs-wrong-type-descriptions.ninjs.json"_s,
         u": descriptions: expected an array, got an object"_s},
        {u"ninjs-wrong-type-description-value.ninjs.json"_s,
         u": descriptions[0].value: expected a string, got null"_s},
        {u"ninjs-wrong-type-bodies.ninjs.json"_s, u": bodies: expected an array, got a string"_s},
        {u"ninjs-wrong-type-body-value.ninjs.json"_s,
         u": bodies[0].value: expected a string, got an array"_s},
        {u"ninjs-wrong-type-body-contenttype.ninjs.json"_s,
         u": bodies[0].contentType: expected a string, got a number"_s},
        {u"ninjs-wrong-type-infosources.ninjs.json"_s,
         u": infoSources: expected an array, got an object"_s},
        {u"ninjs-wrong-type-infosource-name.ninjs.json"_s,
         u": infoSources[0].name: expected a string, got a number"_s},
        {u"ninjs-wrong-type-infosource-uri.ninjs.json"_s,
         u": infoSources[0].uri: expected a string, got a boolean"_s},
        {u"ninjs-wrong-type-associations.ninjs.json"_s,
         u": associations: expected an array, got a string"_s},
        {u"ninjs-wrong-type-association-uri.ninjs.json"_s,
         u": associations[0].uri: expected a string, got a number"_s},
        {u"ninjs-wrong-type-association-rel.ninjs.json"_s,
         u": associations[0].rel: expected a string, got an object"_s},
        // ninjs, structure
        {u"ninjs-deep-nesting-100000.ninjs.json"_s, u"invalid JSON: "_s},
        {u"ninjs-deep-nesting-in-headline.ninjs.json"_s, u"invalid JSON: "_s},
        {u"ninjs-deep-nesting-objects.ninjs.json"_s, u"invalid JSON: "_s},
        {u"ninjs-top-level-array.ninjs.json"_s, u": expected a ninjs object, got an array"_s},
        {u"ninjs-top-level-string.ninjs.json"_s, u"invalid JSON: "_s},
        {u"ninjs-top-level-null.ninjs.json"_s, u"invalid JSON: "_s},
        {u"ninjs-empty-object.ninjs.json"_s, u": uri: missing (required)"_s},
        {u"ninjs-trailing-garbage.ninjs.json"_s, u"invalid JSON: "_s},
        {u"ninjs-duplicate-uri.ninjs.json"_s,
         u":3:2: the key \"uri\" appears twice in the same object"_s},
        {u"ninjs-duplicate-headlines.ninjs.json"_s,
         u"the key \"headlines\" appears twice in the same object"_s},
        {u"ninjs-duplicate-value.ninjs.json"_s,
         u"the key \"value\" appears twice in the same object"_s},
        {u"ninjs-crlf-missing-comma.ninjs.json"_s, u":4:3: invalid JSON: "_s},
        // ninjs, encodings and bytes
        {u"ninjs-invalid-utf8-headline.ninjs.json"_s, u"invalid JSON: "_s},
        {u"ninjs-invalid-utf8-key.ninjs.json"_s, u"invalid JSON: "_s},
        {u"ninjs-invalid-utf8-body.ninjs.json"_s, u"invalid JSON: "_s},
        {u"ninjs-nul-byte-in-string.ninjs.json"_s,
         u": headlines[0].value: the headline contains a NUL character (U+0000)"_s},
        {u"ninjs-nul-byte-between-tokens.ninjs.json"_s, u"invalid JSON: "_s},
        {u"ninjs-escaped-nul-headline.ninjs.json"_s,
         u": headlines[0].value: the headline contains a NUL character (U+0000)"_s},
        {u"ninjs-utf16le-bom.ninjs.json"_s,
         u"encoded in UTF-16 (little-endian); save it as UTF-8"_s},
        {u"ninjs-utf16be-bom.ninjs.json"_s, u"encoded in UTF-16 (big-endian); save it as UTF-8"_s},
        {u"ninjs-utf32le-bom.ninjs.json"_s,
         u"encoded in UTF-32 (little-endian); save it as UTF-8"_s},
        {u"ninjs-utf16le-no-bom.ninjs.json"_s,
         u"encoded in UTF-16 (little-endian, without a byte order mark)"_s},
        {u"ninjs-binary-garbage.ninjs.json"_s, u":1:2: invalid JSON: illegal value"_s},
        // ninjs, overlong fields
        {u"ninjs-headline-too-long.ninjs.json"_s,
         u": headlines[0].value: the headline is 1,001 characters long; at most 1,000"_s},
        {u"ninjs-meta-title-too-long.ninjs.json"_s,
         u": headlines[1].value: the meta title is 1,001 characters long; at most 1,000"_s},
        {u"ninjs-summary-too-long.ninjs.json"_s,
         u": descriptions[0].value: the summary is 10,001 characters long; at most 10,000"_s},
        {u"ninjs-byline-too-long.ninjs.json"_s,
         u": by: the byline is 10,001 characters long; at most 10,000"_s},
        {u"ninjs-uri-too-long.ninjs.json"_s,
         u": uri: the uri is 10,007 characters long; at most 10,000"_s},
        {u"ninjs-source-name-too-long.ninjs.json"_s,
         u": infoSources[0].name: the source name is 10,001 characters long; at most 10,000"_s},
    };
    return phrases;
}

QString brokenDir()
{
    return testData(u"broken"_s);
}

QStringList corpusFiles()
{
    return QDir(brokenDir()).entryList({u"*.txt"_s, u"*.json"_s}, QDir::Files, QDir::Name);
}

bool isNinjsName(const QString &name)
{
    return name.endsWith(u".json"_s);
}

std::optional<ImportedArticle> parseAs(const QString &name, const QByteArray &data,
                                       ImportError *error)
{
    return isNinjsName(name) ? NinjsCodec::parse(data, name, error)
                             : PlainTextImporter::parse(data, name, error);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The peak resident memory of the largest child process waited for so far, in MiB.
long childPeakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hugeInputs_data();
    void hugeInputs();
    void corpusIsListed();
    void parsersRefuseEveryFile_data();
    void parsersRefuseEveryFile();
    void cliRefusesEveryFile_data();
    void cliRefusesEveryFile();
    void cliRefusesAllAtOnce();
    void goodFilesStillImport();

private:
    // Runs `copydesk-cli import GOOD FILE` and checks the refusal; QVERIFY-style failures.
    void checkCliRefuses(const QString &path, const QString &phrase);

    QTemporaryDir m_dir;
    QString m_library;
    QString m_good;
    int m_tried = 0;
};

void TestHostileInput::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(QFileInfo(QStringLiteral(COPYDESK_CLI_PATH)).isExecutable(), COPYDESK_CLI_PATH);
    // Numbers in messages follow the locale: 1,001 as the CLI under LC_ALL=C.UTF-8 writes them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_library = m_dir.filePath(u"library.sqlite"_s);
    const QString problem = createLibrary(m_library);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(databaseDigest(m_library).articles, 4);
    m_good = testData(u"good/harbour-bridge.txt"_s);
}

void TestHostileInput::cleanupTestCase()
{
    qInfo("%d broken inputs tried (%lld corpus files, each through the parser and the CLI, and "
          "the generated huge files)",
          m_tried, qint64(corpusFiles().size()));
}

void TestHostileInput::hugeInputs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("50 MB body (text)") << u"body-50mb.txt"_s
                                       << u"bytes; an article file may be at most 10 MiB "
                                          "(10,485,760 bytes)"_s;
    QTest::newRow("50 MB body (ninjs)")
        << u"body-50mb.ninjs.json"_s << u"bytes; an article file may be at most 10 MiB"_s;
    QTest::newRow("10 MB headline (text)")
        << u"headline-10mb.txt"_s
        << u":1:1: the headline is 10,000,000 characters long; at most 1,000 are allowed"_s;
    QTest::newRow("10 MB headline (ninjs)")
        << u"headline-10mb.ninjs.json"_s
        << u": headlines[0].value: the headline is 10,000,000 characters long"_s;
    QTest::newRow("100,000 paragraphs (text)")
        << u"paragraphs-100000.txt"_s
        << u":20003:1: the article has more than 10,000 body paragraphs, the most an import "
           "accepts"_s;
    QTest::newRow("100,000 paragraphs (ninjs)")
        << u"paragraphs-100000.ninjs.json"_s
        << u": bodies[0].value: the article has more than 10,000 body paragraphs"_s;
    QTest::newRow("one 100,001-character paragraph")
        << u"paragraph-100001.txt"_s
        << u":3:1: the paragraph is 100,001 characters long; at most 100,000 are allowed"_s;
    QTest::newRow("1,000,000 [") << u"nesting-1000000.ninjs.json"_s << u"invalid JSON: "_s;
}

void TestHostileInput::hugeInputs()
{
    QFETCH(QString, name);
    QFETCH(QString, phrase);

    // Written a megabyte at a time, so that this process is small when it starts copydesk-cli:
    // a child's peak memory counts the pages it shared with its parent before exec.
    const QString path = m_dir.filePath(u"huge/"_s + name);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const auto repeat = [&file](char c, qint64 count) {
            const QByteArray chunk(1024 * 1024, c);
            for (; count > 0; count -= chunk.size())
                file.write(chunk.first(std::min<qint64>(count, chunk.size())));
        };
        const qint64 fiftyMb = 50 * 1000 * 1000;
        const bool ninjs = isNinjsName(name);
        if (name.startsWith(u"nesting"_s)) {
            repeat('[', 1000 * 1000);
        } else if (ninjs) {
            file.write(R"({"uri": "urn:copydesk:test:huge", "headlines": [{"value": ")");
            if (name.startsWith(u"headline"_s))
                repeat('H', 10 * 1000 * 1000);
            else
                file.write("A Headline");
            file.write(R"("}], "bodies": [{"contentType": "text/html", "value": "<p>)");
            if (name.startsWith(u"body"_s)) {
                repeat('x', fiftyMb);
            } else if (name.startsWith(u"paragraphs"_s)) {
                for (int i = 1; i <= 100000; ++i)
                    file.write("Paragraph " + QByteArray::number(i) + ".</p><p>");
            }
            file.write(R"(A last paragraph.</p>"}]})");
        } else {
            if (name.startsWith(u"headline"_s))
                repeat('H', 10 * 1000 * 1000);
            else
                file.write("A Headline");
            file.write("\n\n");
            if (name.startsWith(u"body"_s)) {
                repeat('x', fiftyMb);
            } else if (name.startsWith(u"paragraphs"_s)) {
                for (int i = 1; i <= 100000; ++i)
                    file.write("Paragraph " + QByteArray::number(i) + ".\n\n");
            } else if (name.startsWith(u"paragraph-"_s)) {
                repeat('p', 100001);
            }
            file.write("\n\nA last paragraph.\n");
        }
        QVERIFY(file.error() == QFileDevice::NoError);
    }

    // The CLI: the 50 MB file is refused before it is read, so its memory stays small.
    checkCliRefuses(path, phrase);
    if (QTest::currentTestFailed())
        return;
    const long peak = childPeakMiB();

    // The parser, as the editor's import uses it, on the whole file in memory.
    const QByteArray data = readBytes(path);
    QElapsedTimer timer;
    timer.start();
    ImportError error;
    QVERIFY(!parseAs(name, data, &error));
    const qint64 parseMs = timer.elapsed();
    QCOMPARE(error.fileName, name);
    QVERIFY2(error.toString().contains(phrase), qPrintable(error.toString()));
    qInfo("%s: %lld bytes; parser %lld ms; the largest copydesk-cli so far peaked at %ld MiB",
          qPrintable(name), qint64(data.size()), parseMs, peak);
    // No copydesk-cli run holds more than a few times the 10 MiB limit. Not measurable under
    // AddressSanitizer, whose shadow memory and quarantine of freed blocks swell every process.
#ifndef COPYDESK_SANITIZE
    QVERIFY2(peak < 200, qPrintable(QString::number(peak)));
#endif
    QFile::remove(path);
    ++m_tried;
}

void TestHostileInput::corpusIsListed()
{
    // Every file of the corpus has its expected message, and every message its file.
    const QStringList files = corpusFiles();
    QVERIFY(files.size() >= 80);
    for (const QString &file : files)
        QVERIFY2(expectedPhrases().contains(file), qPrintable(file + u" has no expectation"_s));
    for (auto it = expectedPhrases().cbegin(); it != expectedPhrases().cend(); ++it)
        QVERIFY2(files.contains(it.key()), qPrintable(it.key() + u" is missing"_s));
}

void TestHostileInput::parsersRefuseEveryFile_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = corpusFiles();
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestHostileInput::parsersRefuseEveryFile()
{
    QFETCH(QString, name);
    const QByteArray data = readBytes(brokenDir() + u'/' + name);
    QVERIFY(!data.isEmpty());
    ImportError error;
    const std::optional<ImportedArticle> imported = parseAs(name, data, &error);
    QVERIFY2(!imported, qPrintable(name + u" was accepted"_s));
    QCOMPARE(error.fileName, name);
    const QString phrase = expectedPhrases().value(name);
    QVERIFY2(!phrase.isEmpty(), qPrintable(name));
    QVERIFY2(error.toString().contains(phrase),
             qPrintable(u"expected \""_s + phrase + u"\" in: "_s + error.toString()));
    ++m_tried;
}

void TestHostileInput::cliRefusesEveryFile_data()
{
    parsersRefuseEveryFile_data();
}

void TestHostileInput::cliRefusesEveryFile()
{
    QFETCH(QString, name);
    checkCliRefuses(brokenDir() + u'/' + name, expectedPhrases().value(name));
    ++m_tried;
}

void TestHostileInput::checkCliRefuses(const QString &path, const QString &phrase)
{
    const QByteArray bytesBefore = fileSha256(m_library);
    const Digest before = databaseDigest(m_library);
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));

    // A good file first in the same call: all or nothing, so it is not imported either.
    const CliRun run = runCli({u"--db"_s, m_library, u"import"_s, m_good, path}, m_dir.path());
    QVERIFY2(run.exitCode == 2, qPrintable(u"exit %1: "_s.arg(run.exitCode) + run.errText()));
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    // One line names the file with what is wrong, and the last says nothing was imported.
    const QStringList lines = run.errText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.first().startsWith(u"copydesk-cli: "_s + path), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(phrase),
             qPrintable(u"expected \""_s + phrase + u"\" in: "_s + lines.first()));
    QVERIFY2(lines.last().contains(u"nothing was imported"_s), qPrintable(lines.last()));

    QCOMPARE(fileSha256(m_library), bytesBefore);
    const Digest after = databaseDigest(m_library);
    QCOMPARE(after.articles, before.articles);
    QCOMPARE(after.rows, before.rows);
}

void TestHostileInput::cliRefusesAllAtOnce()
{
    // The whole corpus in one call: each file is reported on a line of its own, in order.
    QStringList paths{m_good};
    const QStringList files = corpusFiles();
    for (const QString &file : files)
        paths.append(brokenDir() + u'/' + file);
    const Digest before = databaseDigest(m_library);
    const CliRun run = runCli(QStringList{u"--db"_s, m_library, u"import"_s} + paths, m_dir.path());
    QCOMPARE(run.exitCode, 2);
    const QStringList lines = run.errText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), files.size() + 1);
    for (qsizetype i = 0; i < files.size(); ++i) {
        QVERIFY2(lines.at(i).startsWith(u"copydesk-cli: "_s + brokenDir() + u'/' + files.at(i)),
                 qPrintable(lines.at(i)));
        QVERIFY2(lines.at(i).contains(expectedPhrases().value(files.at(i))),
                 qPrintable(lines.at(i)));
    }
    QCOMPARE(databaseDigest(m_library), before);
    qInfo("the %lld corpus files in one import call: %lld ms", qint64(files.size()), run.elapsedMs);
}

void TestHostileInput::goodFilesStillImport()
{
    // The limits refuse nothing a real article has: the good file imports on its own.
    const QString copy = m_dir.filePath(u"copy.sqlite"_s);
    QVERIFY(QFile::copy(m_library, copy));
    const CliRun run = runCli({u"--db"_s, copy, u"import"_s, m_good}, m_dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QCOMPARE(databaseDigest(copy).articles, 5);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
