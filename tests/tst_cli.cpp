// copydesk-cli end to end: every test runs the real executable as a process against an SQLite
// file in a temporary folder, and checks exit codes, stdout/stderr and the database afterwards.
#include "HunspellReferenceDifferences.h"
#include "cli/CliApplication.h"
#include "cli/SuggestionPool.h"
#include "cli/TerminalProgress.h"
#include "core/NinjsCodec.h"
#include "spelling/DictionaryCatalog.h"
#include "spelling/Speller.h"
#include "storage/ArticleStore.h"
#include "storage/BatchFileWriter.h"
#include "storage/Database.h"
#include "storage/DictionaryStore.h"
#include "storage/FolderExport.h"
#include "storage/StoreError.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString cliPath = QStringLiteral(COPYDESK_CLI_PATH);
const QString sharedDir = QStringLiteral(COPYDESK_SHARED_DIR);
const QString python = u"/usr/bin/python3"_s;

QString fixture(const QString &name)
{
    return QStringLiteral(COPYDESK_TEST_DATA) + u"/cli/"_s + name;
}

// The tiny dictionaries of the spelling tests (en_US, de_DE, ru_RU), independent of the system.
QString testDictionaries()
{
    return QStringLiteral(COPYDESK_TEST_DATA) + u"/spelling/dictionaries"_s;
}

QString newsCorpus()
{
    return QStringLiteral(COPYDESK_TEST_DATA) + u"/spelling/news-corpus.txt"_s;
}

// "word@line:column" for each entry of `spell --json`, in order.
QStringList spellLocations(const QJsonArray &entries)
{
    QStringList locations;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        locations.append(entry.value(u"word"_s).toString() + u'@' +
                         QString::number(entry.value(u"line"_s).toInt()) + u':' +
                         QString::number(entry.value(u"column"_s).toInt()));
    }
    return locations;
}

// "word field paragraph metaTitle" for each entry of `spell --article ID --json`.
QStringList articleSpellEntries(const QJsonArray &entries)
{
    QStringList result;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const auto number = [&entry](const QString &key) {
            const QJsonValue field = entry.value(key);
            return field.isNull() ? u"-"_s : QString::number(field.toInt());
        };
        result.append(entry.value(u"word"_s).toString() + u' ' +
                      entry.value(u"field"_s).toString() + u' ' + number(u"paragraph"_s) + u' ' +
                      number(u"metaTitle"_s));
    }
    return result;
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Ids printed by `import` ("imported ID UUID HEADLINE"), in input order.
QList<qint64> importedIds(const CliRun &run)
{
    static const QRegularExpression line(u"^imported (\\d+) ([0-9a-f-]{36}) (.+)$"_s,
                                         QRegularExpression::MultilineOption);
    QList<qint64> ids;
    auto it = line.globalMatch(run.outText());
    while (it.hasNext())
        ids.append(it.next().captured(1).toLongLong());
    return ids;
}

bool isUuid(const QJsonValue &value)
{
    static const QRegularExpression pattern(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

bool isUtcTime(const QJsonValue &value)
{
    return value.isString() && value.toString().endsWith(u'Z') &&
           QDateTime::fromString(value.toString(), Qt::ISODate).isValid();
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> keySet(std::initializer_list<const char16_t *> keys)
{
    QSet<QString> result;
    for (const char16_t *key : keys)
        result.insert(QString::fromUtf16(key));
    return result;
}

QStringList attributionNames(const QJsonObject &paragraph)
{
    QStringList names;
    const QJsonArray attributions = paragraph.value(u"attributions"_s).toArray();
    for (const QJsonValue &attribution : attributions)
        names.append(attribution.toObject().value(u"source"_s).toString());
    return names;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void helpAndVersion();
    void usageErrorsWriteNothing_data();
    void usageErrorsWriteNothing();
    void importsPlainText();
    void importsNinjsFixtures();
    void importWarnsAboutUnresolvedLinks();
    void importsSharedSamples();
    void badImportChangesNothing_data();
    void badImportChangesNothing();
    void listJsonShape();
    void showJsonShape();
    void listFiltersAndTable();
    void showText();
    void linkAndUnlink();
    void linkRefusalsChangeNothing();
    void unknownArticle_data();
    void unknownArticle();
    void historyAndRestore();
    void exportRoundTripIsByteIdentical();
    void exportedFilesValidateAgainstSchema();
    void exportRejectsBadOut();
    void exportsNewsmlAndHtml();
    void batchFileWriterIsAllOrNothing();
    void folderExportWritesEveryChunk();
    void databaseErrors_data();
    void databaseErrors();
    void defaultDatabaseLocation();
    void exitCodesOfStoreErrors();
    void spellFile();
    void spellStandardInputWithoutSuggestions();
    void spellBadInput_data();
    void spellBadInput();
    void spellMissingDictionary();
    void spellMatchesHunspellCommand();
    void spellArticle();
    void spellArticleLayers();
    void spellFileLayers();
    void suggestionPoolSharesAndFallsBack();
    void dictionaryCommand();
    void checkJsonAndExitCodes();
    void checkTableAndSpelling();
    void checkUsageErrors_data();
    void checkUsageErrors();
    void statusAndVerifyFollowTheWorkflow();
    void destinationCommand();
    void progressLine();
    void publishAndUnpublish();

private:
    QProcessEnvironment environment() const;
    // environment() with $DICPATH on the test dictionaries, which then come first.
    QProcessEnvironment spellEnvironment() const;
    CliRun runWith(const QStringList &arguments, const QProcessEnvironment &environment,
                   const QByteArray &standardInput = {}) const;
    // Runs copydesk-cli --db <the test database> ARGUMENTS with spellEnvironment().
    CliRun spell(const QStringList &arguments, const QByteArray &standardInput = {}) const;
    // Runs copydesk-cli --db <the test database> ARGUMENTS.
    CliRun cli(const QStringList &arguments) const;
    QList<qint64> importFixtures(const QStringList &names);
    QJsonObject show(qint64 id);
    int articleCount();
    // Everything `list --json` and `show --json` print for every article, hashed.
    QByteArray contentChecksum();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath).isExecutable(), qPrintable(cliPath + u" is not built"_s));
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"newsroom.sqlite"_s);
}

void TestCli::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TestCli::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"COPYDESK_DB"_s);
    // Keep the default database location (AppDataLocation) inside the test folder.
    environment.insert(u"HOME"_s, m_dir->path());
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg-data"_s));
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return environment;
}

QProcessEnvironment TestCli::spellEnvironment() const
{
    QProcessEnvironment spellEnvironment = environment();
    spellEnvironment.insert(u"DICPATH"_s, testDictionaries());
    return spellEnvironment;
}

CliRun TestCli::spell(const QStringList &arguments, const QByteArray &standardInput) const
{
    return runWith(QStringList{u"--db"_s, m_dbPath} + arguments, spellEnvironment(), standardInput);
}

CliRun TestCli::runWith(const QStringList &arguments, const QProcessEnvironment &environment,
                        const QByteArray &standardInput) const
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    process.start(cliPath, arguments);
    CliRun run;
    const bool started = process.waitForStarted(30000);
    if (started) {
        process.write(standardInput);
        process.closeWriteChannel();
    }
    if (!started || !process.waitForFinished(120000)) {
        run.err = "copydesk-cli did not start or finish: " + process.errorString().toUtf8();
        process.kill();
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit) {
        run.err += "\ncopydesk-cli crashed";
        return run;
    }
    run.exitCode = process.exitCode();
    return run;
}

CliRun TestCli::cli(const QStringList &arguments) const
{
    return runWith(QStringList{u"--db"_s, m_dbPath} + arguments, environment());
}

QList<qint64> TestCli::importFixtures(const QStringList &names)
{
    QStringList files;
    for (const QString &name : names)
        files.append(fixture(name));
    const CliRun run = cli(QStringList{u"import"_s} + files);
    if (run.exitCode != 0) {
        qWarning("import failed: %s", run.err.constData());
        return {};
    }
    return importedIds(run);
}

QJsonObject TestCli::show(qint64 id)
{
    const CliRun run = cli({u"show"_s, QString::number(id), u"--json"_s});
    if (run.exitCode != 0)
        qWarning("show %lld failed: %s", id, run.err.constData());
    return run.json().object();
}

int TestCli::articleCount()
{
    const CliRun run = cli({u"list"_s, u"--json"_s});
    return run.exitCode == 0 && run.json().isArray() ? int(run.json().array().size()) : -1;
}

QByteArray TestCli::contentChecksum()
{
    const CliRun list = cli({u"list"_s, u"--json"_s});
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(list.out);
    const QJsonArray rows = list.json().array();
    for (const QJsonValue &row : rows) {
        const qint64 id = row.toObject().value(u"id"_s).toInteger();
        hash.addData(cli({u"show"_s, QString::number(id), u"--json"_s}).out);
    }
    return hash.result();
}

void TestCli::helpAndVersion()
{
    const CliRun help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    const QStringList commands = {u"import"_s, u"list"_s,      u"show"_s,    u"export"_s,
                                  u"link"_s,   u"unlink"_s,    u"history"_s, u"restore"_s,
                                  u"spell"_s,  u"dictionary"_s};
    for (const QString &command : commands)
        QVERIFY2(help.outText().contains(u"\n  "_s + command + u' '), qPrintable(command));
    QVERIFY(help.outText().startsWith(u"Usage: copydesk-cli"_s));

    const CliRun exportHelp = cli({u"export"_s, u"--help"_s});
    QCOMPARE(exportHelp.exitCode, 0);
    QVERIFY(exportHelp.outText().contains(u"--format"_s));
    QVERIFY(exportHelp.outText().contains(u"ninjs"_s));
    for (const QString &option :
         {u"newsml"_s, u"html"_s, u"--attributions"_s, u"--provider"_s, u"--article-url"_s})
        QVERIFY2(exportHelp.outText().contains(option), qPrintable(option));

    const CliRun importHelp = cli({u"help"_s, u"import"_s});
    QCOMPARE(importHelp.exitCode, 0);
    QVERIFY(importHelp.outText().startsWith(u"Usage: copydesk-cli [--db PATH] import FILE..."_s));

    const CliRun version = cli({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.outText(), u"copydesk-cli "_s + QStringLiteral(COPYDESK_VERSION) + u'\n');

    // Asking for help never creates the database.
    QVERIFY(!QFile::exists(m_dbPath));
}

void TestCli::usageErrorsWriteNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");

    const QString out = u"exported"_s; // relative to the test folder
    QTest::newRow("no command") << QStringList{} << QStringList{u"no command given"_s};
    QTest::newRow("unknown command")
        << QStringList{u"frobnicate"_s} << QStringList{u"unknown command 'frobnicate'"_s};
    QTest::newRow("help for unknown command") << QStringList{u"help"_s, u"frobnicate"_s}
                                              << QStringList{u"unknown command 'frobnicate'"_s};
    QTest::newRow("unknown global option")
        << QStringList{u"--bogus"_s, u"list"_s} << QStringList{u"bogus"_s};
    QTest::newRow("unknown command option")
        << QStringList{u"list"_s, u"--frob"_s} << QStringList{u"list: "_s, u"frob"_s};
    QTest::newRow("bad status") << QStringList{u"list"_s, u"--status"_s, u"pending"_s}
                                << QStringList{u"--status"_s, u"'pending'"_s, u"draft"_s};
    QTest::newRow("zero limit") << QStringList{u"list"_s, u"--limit"_s, u"0"_s}
                                << QStringList{u"--limit"_s, u"'0'"_s, u"positive"_s};
    QTest::newRow("word limit") << QStringList{u"list"_s, u"--limit"_s, u"ten"_s}
                                << QStringList{u"--limit"_s, u"'ten'"_s};
    QTest::newRow("unknown attribution style")
        << QStringList{u"export"_s, u"--all"_s, u"--format"_s,       u"html"_s,
                       u"--out"_s,  out,        u"--attributions"_s, u"footnotes"_s}
        << QStringList{u"--attributions"_s, u"'footnotes'"_s, u"inline"_s};
    QTest::newRow("empty provider")
        << QStringList{u"export"_s, u"--all"_s, u"--format"_s,   u"newsml"_s,
                       u"--out"_s,  out,        u"--provider"_s, u" "_s}
        << QStringList{u"--provider"_s, u"empty"_s};
    QTest::newRow("unknown format")
        << QStringList{u"export"_s, u"--all"_s, u"--format"_s, u"docx"_s, u"--out"_s, out}
        << QStringList{u"unknown format 'docx'"_s};
    QTest::newRow("export without out")
        << QStringList{u"export"_s, u"--all"_s} << QStringList{u"--out"_s};
    QTest::newRow("export without articles")
        << QStringList{u"export"_s, u"--out"_s, out} << QStringList{u"--all"_s};
    QTest::newRow("export ids and all")
        << QStringList{u"export"_s, u"1"_s, u"--all"_s, u"--out"_s, out}
        << QStringList{u"not both"_s};
    QTest::newRow("import nothing") << QStringList{u"import"_s} << QStringList{u"import: "_s};
    QTest::newRow("show nothing") << QStringList{u"show"_s} << QStringList{u"show: "_s};
    QTest::newRow("link one") << QStringList{u"link"_s, u"1"_s} << QStringList{u"link: "_s};
    QTest::newRow("unlink no side")
        << QStringList{u"unlink"_s, u"1"_s} << QStringList{u"--prev or --next"_s};
    QTest::newRow("unlink both sides") << QStringList{u"unlink"_s, u"1"_s, u"--prev"_s, u"--next"_s}
                                       << QStringList{u"--prev or --next"_s};
    QTest::newRow("restore word version")
        << QStringList{u"restore"_s, u"1"_s, u"latest"_s} << QStringList{u"'latest'"_s};
    QTest::newRow("restore version zero")
        << QStringList{u"restore"_s, u"1"_s, u"0"_s} << QStringList{u"'0'"_s};
    QTest::newRow("spell nothing")
        << QStringList{u"spell"_s} << QStringList{u"spell: "_s, u"--article"_s};
    QTest::newRow("spell two files")
        << QStringList{u"spell"_s, u"a.txt"_s, u"b.txt"_s} << QStringList{u"'b.txt'"_s};
    QTest::newRow("spell file and article")
        << QStringList{u"spell"_s, u"a.txt"_s, u"--article"_s, u"1"_s}
        << QStringList{u"not both"_s};
    QTest::newRow("spell empty language")
        << QStringList{u"spell"_s, u"--lang"_s, QString(), u"a.txt"_s} << QStringList{u"--lang"_s};
    QTest::newRow("spell unknown option")
        << QStringList{u"spell"_s, u"--frob"_s, u"a.txt"_s} << QStringList{u"spell: "_s, u"frob"_s};
    QTest::newRow("spell zero jobs") << QStringList{u"spell"_s, u"--jobs"_s, u"0"_s, u"a.txt"_s}
                                     << QStringList{u"--jobs"_s, u"'0'"_s};
    QTest::newRow("dictionary without action")
        << QStringList{u"dictionary"_s} << QStringList{u"dictionary: "_s, u"list, add or remove"_s};
    QTest::newRow("dictionary unknown action")
        << QStringList{u"dictionary"_s, u"append"_s, u"Okafor"_s} << QStringList{u"'append'"_s};
    QTest::newRow("dictionary add nothing")
        << QStringList{u"dictionary"_s, u"add"_s} << QStringList{u"at least one word"_s};
    QTest::newRow("dictionary add two words in one")
        << QStringList{u"dictionary"_s, u"add"_s, u"Okafor"_s, u"two words"_s}
        << QStringList{u"'two words'"_s};
    QTest::newRow("dictionary list with a word")
        << QStringList{u"dictionary"_s, u"list"_s, u"Okafor"_s} << QStringList{u"'Okafor'"_s};
    QTest::newRow("dictionary add json")
        << QStringList{u"dictionary"_s, u"add"_s, u"Okafor"_s, u"--json"_s}
        << QStringList{u"--json"_s};
}

void TestCli::usageErrorsWriteNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);

    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().startsWith(u"copydesk-cli: "_s), run.err.constData());
    for (const QString &fragment : std::as_const(expected))
        QVERIFY2(run.errText().contains(fragment),
                 qPrintable(fragment + u" in: "_s + run.errText()));
    QVERIFY(run.out.isEmpty());
    // Usage is checked before anything is opened or written.
    QVERIFY(!QFile::exists(m_dbPath));
    QVERIFY(!QFile::exists(m_dir->filePath(u"exported"_s)));
}

void TestCli::importsPlainText()
{
    const CliRun run = cli({u"import"_s, fixture(u"council-budget.txt"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QList<qint64> ids = importedIds(run);
    QCOMPARE(ids.size(), 1);
    QVERIFY(run.outText().trimmed().endsWith(u"City Council Approves Budget With Library Cuts"_s));

    const QJsonObject article = show(ids.constFirst());
    QCOMPARE(article.value(u"headline"_s).toString(),
             u"City Council Approves Budget With Library Cuts"_s);
    QCOMPARE(article.value(u"summary"_s).toString(),
             u"The council passed next year's budget by seven votes to four; two branch libraries "
             "will close."_s);
    QCOMPARE(article.value(u"byline"_s).toString(), u"Maria Okafor"_s);
    QCOMPARE(article.value(u"section"_s).toString(), u"Local"_s);
    QCOMPARE(article.value(u"slug"_s).toString(), u"council-budget"_s);
    QCOMPARE(article.value(u"language"_s).toString(), u"en-US"_s);
    QCOMPARE(article.value(u"status"_s).toString(), u"draft"_s);
    QCOMPARE(article.value(u"version"_s).toInt(), 1);

    const QJsonArray paragraphs = article.value(u"paragraphs"_s).toArray();
    QCOMPARE(paragraphs.size(), 3);
    QCOMPARE(paragraphs.at(0).toObject().value(u"text"_s).toString(),
             u"The city council approved next year's budget on Tuesday by seven votes to four."_s);
    QCOMPARE(attributionNames(paragraphs.at(0).toObject()), QStringList{u"City Council minutes"_s});
    QCOMPARE(attributionNames(paragraphs.at(1).toObject()),
             (QStringList{u"Finance Committee"_s, u"Library Board"_s}));
    QCOMPARE(attributionNames(paragraphs.at(2).toObject()), QStringList{});
    QCOMPARE(articleCount(), 1);
}

void TestCli::importsNinjsFixtures()
{
    // Given next-before-previous on purpose: links resolve among the batch in any order.
    const QList<qint64> ids =
        importFixtures({u"series-two.ninjs.json"_s, u"series-one.ninjs.json"_s});
    QCOMPARE(ids.size(), 2);
    const QJsonObject one = show(ids.at(1));
    QCOMPARE(one.value(u"uri"_s).toString(), u"urn:copydesk:test:series-one"_s);
    QCOMPARE(one.value(u"headline"_s).toString(), u"Hospital Wait Times Rise Again"_s);
    QCOMPARE(one.value(u"language"_s).toString(), u"en-GB"_s);
    QCOMPARE(one.value(u"slug"_s).toString(), u"hospital-wait-times"_s);

    const QJsonArray titles = one.value(u"metaTitles"_s).toArray();
    QCOMPARE(titles.size(), 3);
    QCOMPARE(titles.at(0).toObject().value(u"text"_s).toString(),
             u"Hospital waits: average now 5 hours"_s);
    QVERIFY(titles.at(0).toObject().value(u"chosen"_s).toBool());
    QVERIFY(!titles.at(1).toObject().value(u"chosen"_s).toBool());
    QCOMPARE(titles.at(2).toObject().value(u"text"_s).toString(),
             u"Why hospital waits keep growing"_s);

    const QJsonArray paragraphs = one.value(u"paragraphs"_s).toArray();
    QCOMPARE(paragraphs.size(), 3);
    QCOMPARE(paragraphs.at(1).toObject().value(u"text"_s).toString(),
             u"Staff shortages <and> bed closures were the main causes, both groups said."_s);
    // An escaped '&' in data-source is part of the name, not a separator.
    QCOMPARE(attributionNames(paragraphs.at(1).toObject()),
             (QStringList{u"Health Ministry"_s, u"Nurses Association & Union"_s}));

    QCOMPARE(one.value(u"next"_s).toObject().value(u"headline"_s).toString(),
             u"Ministry Promises 400 New Hospital Beds"_s);
    QCOMPARE(show(ids.at(0)).value(u"previous"_s).toObject().value(u"id"_s).toInteger(), ids.at(1));
}

void TestCli::importWarnsAboutUnresolvedLinks()
{
    // series-one names a next article that is neither in the call nor in the database.
    const CliRun run = cli({u"import"_s, fixture(u"series-one.ninjs.json"_s)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(importedIds(run).size(), 1);
    QVERIFY2(run.errText().startsWith(u"copydesk-cli: warning: "_s), run.err.constData());
    QVERIFY2(run.errText().contains(u"urn:copydesk:test:series-two"_s), run.err.constData());
    QVERIFY(show(importedIds(run).constFirst()).value(u"next"_s).isNull());

    // Importing the other end later links both.
    const CliRun later = cli({u"import"_s, fixture(u"series-two.ninjs.json"_s)});
    QCOMPARE(later.exitCode, 0);
    QVERIFY2(later.err.isEmpty(), later.err.constData());
    const QJsonObject two = show(importedIds(later).constFirst());
    QCOMPARE(two.value(u"previous"_s).toObject().value(u"headline"_s).toString(),
             u"Hospital Wait Times Rise Again"_s);
}

void TestCli::importsSharedSamples()
{
    const QString samples = sharedDir + u"/samples"_s;
    if (!QFileInfo::exists(samples + u"/rail-strike.ninjs.json"_s))
        QSKIP(qPrintable(u"The shared samples are not at "_s + samples));

    const CliRun run =
        cli({u"import"_s, samples + u"/rail-strike.ninjs.json"_s,
             samples + u"/rail-talks.ninjs.json"_s, samples + u"/school-meals.txt"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QList<qint64> ids = importedIds(run);
    QCOMPARE(ids.size(), 3);

    const QJsonObject strike = show(ids.at(0));
    QCOMPARE(strike.value(u"headline"_s).toString(), u"Rail Workers Announce Two-Day Strike"_s);
    QCOMPARE(strike.value(u"metaTitles"_s).toArray().size(), 2);
    const QJsonArray paragraphs = strike.value(u"paragraphs"_s).toArray();
    QCOMPARE(paragraphs.size(), 3);
    QCOMPARE(attributionNames(paragraphs.at(2).toObject()),
             (QStringList{u"National Rail Workers Union"_s, u"Regional Rail operator"_s}));
    // The link label is the other article's canonical headline, never a meta title.
    const QJsonObject previous = strike.value(u"previous"_s).toObject();
    QCOMPARE(previous.value(u"id"_s).toInteger(), ids.at(1));
    QCOMPARE(previous.value(u"headline"_s).toString(), u"Rail Pay Talks Resume"_s);
    QCOMPARE(show(ids.at(1)).value(u"next"_s).toObject().value(u"headline"_s).toString(),
             u"Rail Workers Announce Two-Day Strike"_s);

    const QJsonObject meals = show(ids.at(2));
    QCOMPARE(meals.value(u"headline"_s).toString(), u"Schools Expand Free Breakfast Program"_s);
    const QJsonArray mealParagraphs = meals.value(u"paragraphs"_s).toArray();
    QCOMPARE(mealParagraphs.size(), 4);
    QCOMPARE(attributionNames(mealParagraphs.at(2).toObject()),
             (QStringList{u"District Parents Council"_s, u"Northside Parents Group"_s}));
    QVERIFY(attributionNames(mealParagraphs.at(3).toObject()).isEmpty());
}

void TestCli::badImportChangesNothing_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("expected");

    const QString missing = u"does-not-exist.txt"_s; // relative to the working folder
    const QString truncated = fixture(u"truncated.ninjs.json"_s);
    const QString wrongType = fixture(u"wrong-type.ninjs.json"_s);
    const QString invalidUtf8 = fixture(u"invalid-utf8.txt"_s);
    const QString empty = fixture(u"empty.txt"_s);
    const QString noHeadlineText = fixture(u"no-headline.txt"_s);
    const QString noHeadlineNinjs = fixture(u"no-headline.ninjs.json"_s);
    const QString selfLink = fixture(u"self-link.ninjs.json"_s);
    const QString series = fixture(u"series-one.ninjs.json"_s);
    const QString good = fixture(u"harbour-dredging.txt"_s);

    QTest::newRow("missing file") << QStringList{good, missing}
                                  << QStringList{missing + u": no such file"_s};
    QTest::newRow("truncated JSON")
        << QStringList{good, truncated} << QStringList{truncated + u":17:117: invalid JSON"_s};
    QTest::newRow("wrong field type")
        << QStringList{wrongType, good}
        << QStringList{wrongType + u": headlines: expected an array, got a string"_s};
    QTest::newRow("invalid UTF-8")
        << QStringList{good, invalidUtf8} << QStringList{invalidUtf8 + u":3:27: "_s, u"UTF-8"_s};
    QTest::newRow("empty file") << QStringList{good, empty}
                                << QStringList{empty + u": "_s, u"empty"_s};
    QTest::newRow("no headline (text)")
        << QStringList{good, noHeadlineText}
        << QStringList{noHeadlineText + u":1:1: "_s, u"no headline"_s};
    QTest::newRow("no headline (ninjs)")
        << QStringList{good, noHeadlineNinjs}
        << QStringList{noHeadlineNinjs + u": headlines: "_s, u"main headline"_s};
    QTest::newRow("self link") << QStringList{good, selfLink}
                               << QStringList{selfLink + u": associations[0]: "_s, u"itself"_s};
    QTest::newRow("folder") << QStringList{good, QStringLiteral(COPYDESK_TEST_DATA)}
                            << QStringList{QStringLiteral(COPYDESK_TEST_DATA) + u": "_s,
                                           u"folder"_s};
    // Refused by the store inside the import transaction rather than by a parser.
    QTest::newRow("same uri twice") << QStringList{good, series, series}
                                    << QStringList{u"urn:copydesk:test:series-one"_s, u"twice"_s};
}

void TestCli::badImportChangesNothing()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, expected);

    QCOMPARE(importFixtures({u"council-budget.txt"_s}).size(), 1);
    const int countBefore = articleCount();
    const QByteArray checksumBefore = contentChecksum();
    QCOMPARE(countBefore, 1);

    const CliRun run = cli(QStringList{u"import"_s} + files);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(run.errText().startsWith(u"copydesk-cli: "_s), run.err.constData());
    for (const QString &fragment : std::as_const(expected))
        QVERIFY2(run.errText().contains(fragment),
                 qPrintable(fragment + u" in: "_s + run.errText()));
    QVERIFY2(run.errText().contains(u"nothing was imported"_s), run.err.constData());

    // All or nothing: the good file in the same call was not imported either.
    QCOMPARE(articleCount(), countBefore);
    QCOMPARE(contentChecksum(), checksumBefore);
}

void TestCli::listJsonShape()
{
    QCOMPARE(importFixtures(
                 {u"council-budget.txt"_s, u"harbour-dredging.txt"_s, u"series-one.ninjs.json"_s})
                 .size(),
             3);
    const CliRun run = cli({u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json().isArray());
    const QJsonArray rows = run.json().array();
    QCOMPARE(rows.size(), 3);
    const QSet<QString> expectedKeys =
        keySet({u"id", u"uuid", u"headline", u"status", u"byline", u"updated"});
    QStringList headlines;
    for (const QJsonValue &value : rows) {
        QVERIFY(value.isObject());
        const QJsonObject row = value.toObject();
        QCOMPARE(keysOf(row), expectedKeys);
        QVERIFY(row.value(u"id"_s).isDouble());
        QVERIFY(row.value(u"id"_s).toInteger() > 0);
        QVERIFY(isUuid(row.value(u"uuid"_s)));
        QVERIFY(row.value(u"headline"_s).isString());
        QCOMPARE(row.value(u"status"_s).toString(), u"draft"_s);
        QVERIFY(row.value(u"byline"_s).isString());
        QVERIFY(isUtcTime(row.value(u"updated"_s)));
        headlines.append(row.value(u"headline"_s).toString());
    }
    headlines.sort();
    QCOMPARE(headlines, (QStringList{u"City Council Approves Budget With Library Cuts"_s,
                                     u"Harbour Dredging To Start In March"_s,
                                     u"Hospital Wait Times Rise Again"_s}));
}

void TestCli::showJsonShape()
{
    const QList<qint64> ids =
        importFixtures({u"series-one.ninjs.json"_s, u"series-two.ninjs.json"_s});
    QCOMPARE(ids.size(), 2);
    const CliRun run = cli({u"show"_s, QString::number(ids.at(0)), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json().isObject());
    const QJsonObject article = run.json().object();

    const QSet<QString> required =
        keySet({u"id", u"uuid", u"uri", u"headline", u"summary", u"byline", u"section", u"slug",
                u"language", u"status", u"version", u"created", u"updated", u"paragraphs",
                u"metaTitles", u"previous", u"next"});
    QVERIFY(keysOf(article).contains(required));
    QCOMPARE(article.value(u"id"_s).toInteger(), ids.at(0));
    QVERIFY(isUuid(article.value(u"uuid"_s)));
    const QStringList stringKeys = {u"uri"_s,     u"headline"_s, u"summary"_s, u"byline"_s,
                                    u"section"_s, u"slug"_s,     u"language"_s};
    for (const QString &key : stringKeys)
        QVERIFY2(article.value(key).isString(), qPrintable(key));
    QCOMPARE(article.value(u"status"_s).toString(), u"draft"_s);
    QVERIFY(article.value(u"version"_s).isDouble());
    QCOMPARE(article.value(u"created"_s).toString(), u"2026-09-01T08:00:00Z"_s);
    QVERIFY(isUtcTime(article.value(u"updated"_s)));

    const QJsonArray paragraphs = article.value(u"paragraphs"_s).toArray();
    QCOMPARE(paragraphs.size(), 3);
    for (const QJsonValue &value : paragraphs) {
        const QJsonObject paragraph = value.toObject();
        QVERIFY(isUuid(paragraph.value(u"uuid"_s)));
        QVERIFY(paragraph.value(u"text"_s).isString());
        QVERIFY(paragraph.value(u"attributions"_s).isArray());
        const QJsonArray attributions = paragraph.value(u"attributions"_s).toArray();
        for (const QJsonValue &entry : attributions) {
            const QJsonObject attribution = entry.toObject();
            QVERIFY(keysOf(attribution)
                        .contains(keySet({u"source", u"verification", u"detail", u"url"})));
            QVERIFY(attribution.value(u"source"_s).isString());
            QCOMPARE(attribution.value(u"verification"_s).toString(), u"unchecked"_s);
            QVERIFY(attribution.value(u"detail"_s).isString());
            QVERIFY(attribution.value(u"url"_s).isString());
        }
    }
    QCOMPARE(paragraphs.at(1).toObject().value(u"attributions"_s).toArray().size(), 2);

    const QJsonArray titles = article.value(u"metaTitles"_s).toArray();
    QCOMPARE(titles.size(), 3);
    int chosen = 0;
    for (const QJsonValue &value : titles) {
        const QJsonObject title = value.toObject();
        QVERIFY(title.value(u"text"_s).isString());
        QVERIFY(title.value(u"chosen"_s).isBool());
        QVERIFY(title.value(u"notes"_s).isString());
        chosen += title.value(u"chosen"_s).toBool() ? 1 : 0;
    }
    QCOMPARE(chosen, 1);

    QVERIFY(article.value(u"previous"_s).isNull());
    QVERIFY(article.value(u"next"_s).isObject());
    const QJsonObject next = article.value(u"next"_s).toObject();
    QCOMPARE(next.value(u"id"_s).toInteger(), ids.at(1));
    QVERIFY(isUuid(next.value(u"uuid"_s)));
    QCOMPARE(next.value(u"headline"_s).toString(), u"Ministry Promises 400 New Hospital Beds"_s);

    // The same article by uuid and by uri.
    const QString uuid = article.value(u"uuid"_s).toString();
    QCOMPARE(cli({u"show"_s, uuid, u"--json"_s}).out, run.out);
    QCOMPARE(cli({u"show"_s, u"{"_s + uuid + u"}"_s, u"--json"_s}).out, run.out);
    QCOMPARE(cli({u"show"_s, u"urn:copydesk:test:series-one"_s, u"--json"_s}).out, run.out);
}

void TestCli::listFiltersAndTable()
{
    QCOMPARE(importFixtures({u"council-budget.txt"_s, u"series-one.ninjs.json"_s,
                             u"series-two.ninjs.json"_s, u"long-headline.txt"_s})
                 .size(),
             4);
    QCOMPARE(cli({u"list"_s, u"--status"_s, u"draft"_s, u"--json"_s}).json().array().size(), 4);
    const CliRun published = cli({u"list"_s, u"--status"_s, u"published"_s, u"--json"_s});
    QCOMPARE(published.exitCode, 0);
    QCOMPARE(published.json().array().size(), 0);
    QCOMPARE(cli({u"list"_s, u"--limit"_s, u"2"_s, u"--json"_s}).json().array().size(), 2);

    const CliRun search = cli({u"list"_s, u"--search"_s, u"hospital"_s, u"--json"_s});
    QCOMPARE(search.exitCode, 0);
    QCOMPARE(search.json().array().size(), 2);
    // Search text is never query syntax.
    const CliRun hostile = cli({u"list"_s, u"--search"_s, u"\"beds OR (NEAR"_s, u"--json"_s});
    QCOMPARE(hostile.exitCode, 0);
    QVERIFY(hostile.json().isArray());

    const CliRun table = cli({u"list"_s});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    static const QRegularExpression header(u"^ID +STATUS +UPDATED +BYLINE +HEADLINE$"_s);
    QVERIFY2(header.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
    // Aligned: every headline starts in the same column as the HEADLINE header.
    const qsizetype headlineColumn = lines.at(0).indexOf(u"HEADLINE"_s);
    static const QRegularExpression row(u"^\\d+ +draft +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d +.*$"_s);
    bool sawElided = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QVERIFY2(row.match(lines.at(i)).hasMatch(), qPrintable(lines.at(i)));
        const QString headline = lines.at(i).mid(headlineColumn);
        QVERIFY2(!headline.startsWith(u' ') && headline.size() <= 60, qPrintable(headline));
        if (headline.startsWith(u"Regional Transport Authority Confirms"_s)) {
            QVERIFY(headline.endsWith(u"…"_s));
            sawElided = true;
        }
    }
    QVERIFY(sawElided);
}

void TestCli::showText()
{
    const QList<qint64> ids =
        importFixtures({u"series-one.ninjs.json"_s, u"series-two.ninjs.json"_s});
    QCOMPARE(ids.size(), 2);
    const CliRun run = cli({u"show"_s, QString::number(ids.at(0))});
    QCOMPARE(run.exitCode, 0);
    const QString text = run.outText();
    QVERIFY(text.contains(u"Headline: Hospital Wait Times Rise Again\n"_s));
    QVERIFY(text.contains(u"\n  1. Emergency patients waited five hours on average last year.\n"
                          "     — sources: Health Ministry (unchecked)\n"_s));
    QVERIFY(text.contains(u"— sources: Health Ministry (unchecked); "
                          "Nurses Association & Union (unchecked)\n"_s));
    QVERIFY(text.contains(u"  3. Hospitals in the north were hit hardest.\n"
                          "     — sources: none (unattributed)\n"_s));
    QVERIFY(text.contains(u"  * 1. Hospital waits: average now 5 hours  (chosen)\n"_s));
    QVERIFY(text.contains(u"    2. Emergency waits up for third year\n"_s));
    static const QRegularExpression next(u"\nNext: +(\\d+)  Ministry Promises 400 New Hospital "
                                         "Beds\n"_s);
    const QRegularExpressionMatch match = next.match(text);
    QVERIFY2(match.hasMatch(), qPrintable(text));
    QCOMPARE(match.captured(1).toLongLong(), ids.at(1));
    QVERIFY(text.contains(QRegularExpression(u"\nPrevious: +\\(none\\)\n"_s)));
}

void TestCli::linkAndUnlink()
{
    const QList<qint64> ids = importFixtures({u"council-budget.txt"_s, u"harbour-dredging.txt"_s});
    QCOMPARE(ids.size(), 2);
    const QString first = QString::number(ids.at(0));
    const QString second = QString::number(ids.at(1));

    const CliRun link = cli({u"link"_s, first, second});
    QCOMPARE(link.exitCode, 0);
    QVERIFY(link.outText().contains(u"City Council Approves Budget With Library Cuts"_s));

    const QJsonObject before = show(ids.at(0));
    const QJsonObject after = show(ids.at(1));
    QVERIFY(before.value(u"previous"_s).isNull());
    QCOMPARE(before.value(u"next"_s).toObject().value(u"id"_s).toInteger(), ids.at(1));
    QCOMPARE(before.value(u"next"_s).toObject().value(u"headline"_s).toString(),
             u"Harbour Dredging To Start In March"_s);
    QCOMPARE(after.value(u"previous"_s).toObject().value(u"id"_s).toInteger(), ids.at(0));
    QCOMPARE(after.value(u"previous"_s).toObject().value(u"headline"_s).toString(),
             u"City Council Approves Budget With Library Cuts"_s);
    QVERIFY(after.value(u"next"_s).isNull());

    const CliRun unlink = cli({u"unlink"_s, second, u"--prev"_s});
    QCOMPARE(unlink.exitCode, 0);
    QVERIFY(show(ids.at(0)).value(u"next"_s).isNull());
    QVERIFY(show(ids.at(1)).value(u"previous"_s).isNull());

    // By uuid this time, and unlinked from the other end.
    const QString firstUuid = before.value(u"uuid"_s).toString();
    const QString secondUuid = after.value(u"uuid"_s).toString();
    QCOMPARE(cli({u"link"_s, firstUuid, secondUuid}).exitCode, 0);
    QCOMPARE(show(ids.at(1)).value(u"previous"_s).toObject().value(u"uuid"_s).toString(),
             firstUuid);
    QCOMPARE(cli({u"unlink"_s, firstUuid, u"--next"_s}).exitCode, 0);
    QVERIFY(show(ids.at(0)).value(u"next"_s).isNull());
    QVERIFY(show(ids.at(1)).value(u"previous"_s).isNull());
}

void TestCli::linkRefusalsChangeNothing()
{
    const QList<qint64> ids = importFixtures(
        {u"council-budget.txt"_s, u"harbour-dredging.txt"_s, u"long-headline.txt"_s});
    QCOMPARE(ids.size(), 3);
    const QString a = QString::number(ids.at(0));
    const QString b = QString::number(ids.at(1));
    const QString c = QString::number(ids.at(2));
    QCOMPARE(cli({u"link"_s, a, b}).exitCode, 0);
    QCOMPARE(cli({u"link"_s, b, c}).exitCode, 0);
    const QByteArray checksum = contentChecksum();

    const CliRun self = cli({u"link"_s, a, a});
    QCOMPARE(self.exitCode, 2);
    QVERIFY2(self.errText().startsWith(u"copydesk-cli: "_s), self.err.constData());
    QVERIFY2(self.errText().contains(u"itself"_s), self.err.constData());
    QCOMPARE(contentChecksum(), checksum);

    const CliRun cycle = cli({u"link"_s, c, a});
    QCOMPARE(cycle.exitCode, 2);
    QVERIFY2(cycle.errText().contains(u"loop"_s), cycle.err.constData());
    QCOMPARE(contentChecksum(), checksum);

    const CliRun unknown = cli({u"link"_s, a, u"999"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.errText().contains(u"no article '999'"_s), unknown.err.constData());
    QCOMPARE(contentChecksum(), checksum);
}

void TestCli::unknownArticle_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("name");

    const QString uuid = u"0b5a4cb1-7a38-4a52-9d4b-0c6f3c0f5d11"_s;
    QTest::newRow("show id") << QStringList{u"show"_s, u"999"_s} << u"999"_s;
    QTest::newRow("show uuid") << QStringList{u"show"_s, uuid, u"--json"_s} << uuid;
    QTest::newRow("show uri") << QStringList{u"show"_s, u"urn:copydesk:test:nowhere"_s}
                              << u"urn:copydesk:test:nowhere"_s;
    QTest::newRow("history") << QStringList{u"history"_s, u"999"_s} << u"999"_s;
    QTest::newRow("restore") << QStringList{u"restore"_s, u"999"_s, u"1"_s} << u"999"_s;
    QTest::newRow("unlink") << QStringList{u"unlink"_s, u"999"_s, u"--next"_s} << u"999"_s;
    QTest::newRow("export") << QStringList{u"export"_s, u"1"_s, u"999"_s, u"--out"_s, u"exported"_s}
                            << u"999"_s;
}

void TestCli::unknownArticle()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, name);

    QCOMPARE(importFixtures({u"council-budget.txt"_s}).size(), 1);
    const QByteArray checksum = contentChecksum();
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().startsWith(u"copydesk-cli: no article '"_s + name + u"'"_s),
             run.err.constData());
    QCOMPARE(contentChecksum(), checksum);
    // export resolves every id before it writes: no folder, no partial export.
    QVERIFY(!QFile::exists(m_dir->filePath(u"exported"_s)));
}

void TestCli::historyAndRestore()
{
    const QList<qint64> ids = importFixtures({u"series-one.ninjs.json"_s});
    QCOMPARE(ids.size(), 1);
    const QString id = QString::number(ids.constFirst());
    // Same uri: updates the article and keeps the replaced state as a revision.
    const QList<qint64> updated = importFixtures({u"series-one-update.ninjs.json"_s});
    QCOMPARE(updated, ids);
    const QJsonObject current = show(ids.constFirst());
    QCOMPARE(current.value(u"version"_s).toInt(), 2);
    QCOMPARE(current.value(u"headline"_s).toString(), u"Hospital Wait Times Rise For Third Year"_s);

    // Re-importing the older file over the newer version is a conflict: exit 1, nothing written.
    const QByteArray beforeStale = contentChecksum();
    const CliRun stale = cli({u"import"_s, fixture(u"series-one.ninjs.json"_s)});
    QCOMPARE(stale.exitCode, 1);
    QVERIFY2(stale.errText().contains(u"version 2"_s), stale.err.constData());
    QCOMPARE(contentChecksum(), beforeStale);
    // The same file again is a no-op.
    QCOMPARE(importFixtures({u"series-one-update.ninjs.json"_s}), ids);
    QCOMPARE(show(ids.constFirst()).value(u"version"_s).toInt(), 2);

    const CliRun history = cli({u"history"_s, id});
    QCOMPARE(history.exitCode, 0);
    const QStringList lines = history.outText().split(u'\n', Qt::SkipEmptyParts);
    static const QRegularExpression header(u"^ +VERSION +SAVED +HEADLINE$"_s);
    QVERIFY2(header.match(lines.value(0)).hasMatch(), qPrintable(history.outText()));
    static const QRegularExpression row(
        u"^([* ]) +(\\d+) +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d +(.+)$"_s);
    QMap<int, std::pair<bool, QString>> versions; // version -> (current, headline)
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch())
            versions.insert(match.captured(2).toInt(),
                            {match.captured(1) == u"*"_s, match.captured(3)});
    }
    QCOMPARE(versions.keys(), (QList<int>{1, 2}));
    QCOMPARE(versions.value(1), std::pair(false, u"Hospital Wait Times Rise Again"_s));
    QCOMPARE(versions.value(2), std::pair(true, u"Hospital Wait Times Rise For Third Year"_s));

    const CliRun restore = cli({u"restore"_s, id, u"1"_s});
    QCOMPARE(restore.exitCode, 0);
    const QJsonObject restored = show(ids.constFirst());
    QCOMPARE(restored.value(u"version"_s).toInt(), 3);
    QCOMPARE(restored.value(u"headline"_s).toString(), u"Hospital Wait Times Rise Again"_s);
    QCOMPARE(restored.value(u"summary"_s).toString(),
             u"Emergency patients waited five hours on average, up from four."_s);
    const CliRun afterRestore = cli({u"history"_s, id});
    QVERIFY(afterRestore.outText().contains(
        QRegularExpression(u"\n\\* +3 +\\S+ \\S+ +Hospital Wait Times Rise Again\n"_s)));

    const QByteArray checksum = contentChecksum();
    const CliRun missingVersion = cli({u"restore"_s, id, u"99"_s});
    QCOMPARE(missingVersion.exitCode, 2);
    QVERIFY2(missingVersion.errText().startsWith(u"copydesk-cli: "_s),
             missingVersion.err.constData());
    QVERIFY2(missingVersion.errText().contains(u"99"_s), missingVersion.err.constData());
    QCOMPARE(contentChecksum(), checksum);
}

void TestCli::exportRoundTripIsByteIdentical()
{
    const QList<qint64> ids =
        importFixtures({u"series-one.ninjs.json"_s, u"series-two.ninjs.json"_s,
                        u"council-budget.txt"_s, u"harbour-dredging.txt"_s});
    QCOMPARE(ids.size(), 4);
    const QString firstOut = m_dir->filePath(u"first/export"_s);
    const CliRun first =
        cli({u"export"_s, u"--all"_s, u"--format"_s, u"ninjs"_s, u"--out"_s, firstOut});
    QCOMPARE(first.exitCode, 0);
    QDir firstDir(firstOut);
    const QStringList names = firstDir.entryList(QDir::Files, QDir::Name);
    QCOMPARE(names, (QStringList{
                        u"council-budget-v1.ninjs.json"_s, u"harbour-dredging-v1.ninjs.json"_s,
                        u"hospital-plan-v1.ninjs.json"_s, u"hospital-wait-times-v1.ninjs.json"_s}));

    // The export carries what the round trip must preserve.
    const QJsonObject exported =
        QJsonDocument::fromJson(
            readBytes(firstDir.filePath(u"hospital-wait-times-v1.ninjs.json"_s)))
            .object();
    const QJsonArray headlines = exported.value(u"headlines"_s).toArray();
    QCOMPARE(headlines.size(), 4);
    QCOMPARE(headlines.at(0).toObject().value(u"role"_s).toString(), u"main"_s);
    QCOMPARE(headlines.at(1).toObject().value(u"value"_s).toString(),
             u"Hospital waits: average now 5 hours"_s);
    QCOMPARE(headlines.at(3).toObject().value(u"role"_s).toString(), u"seo"_s);
    QStringList sourceNames;
    const QJsonArray infoSources = exported.value(u"infoSources"_s).toArray();
    for (const QJsonValue &source : infoSources)
        sourceNames.append(source.toObject().value(u"name"_s).toString());
    QCOMPARE(sourceNames, (QStringList{u"Health Ministry"_s, u"Nurses Association & Union"_s}));
    const QJsonArray associations = exported.value(u"associations"_s).toArray();
    QCOMPARE(associations.size(), 1);
    QCOMPARE(associations.at(0).toObject().value(u"rel"_s).toString(), u"next"_s);
    QCOMPARE(associations.at(0).toObject().value(u"uri"_s).toString(),
             u"urn:copydesk:test:series-two"_s);

    // Let the clock reach the next second, so that a store stamping the time of import
    // cannot pass by luck.
    const qint64 exportSecond = QDateTime::currentSecsSinceEpoch();
    while (QDateTime::currentSecsSinceEpoch() == exportSecond)
        QTest::qWait(50);

    const QString freshDb = m_dir->filePath(u"second.sqlite"_s);
    QStringList files;
    for (const QString &name : names)
        files.append(firstDir.filePath(name));
    const CliRun reimport =
        runWith(QStringList{u"--db"_s, freshDb, u"import"_s} + files, environment());
    QCOMPARE(reimport.exitCode, 0);
    QVERIFY2(reimport.err.isEmpty(), reimport.err.constData());

    const QString secondOut = m_dir->filePath(u"second/export"_s);
    const CliRun secondExport = runWith({u"--db"_s, freshDb, u"export"_s, u"--all"_s, u"--format"_s,
                                         u"ninjs"_s, u"--out"_s, secondOut},
                                        environment());
    QCOMPARE(secondExport.exitCode, 0);
    const QDir secondDir(secondOut);
    QCOMPARE(secondDir.entryList(QDir::Files, QDir::Name), names);
    for (const QString &name : names) {
        const QByteArray before = readBytes(firstDir.filePath(name));
        const QByteArray after = readBytes(secondDir.filePath(name));
        QVERIFY(!before.isEmpty());
        if (before != after) {
            const QList<QByteArray> beforeLines = before.split('\n');
            const QList<QByteArray> afterLines = after.split('\n');
            qsizetype line = 0;
            while (line < beforeLines.size() && line < afterLines.size() &&
                   beforeLines.at(line) == afterLines.at(line))
                ++line;
            QFAIL(qPrintable(name +
                             u" differs after the round trip, first at line %1:\n"_s.arg(line + 1) +
                             QString::fromUtf8(beforeLines.value(line)) + u"\n"_s +
                             QString::fromUtf8(afterLines.value(line))));
        }
    }
}

void TestCli::exportedFilesValidateAgainstSchema()
{
    const QString schema = sharedDir + u"/schemas/ninjs/ninjs-schema_3.1.json"_s;
    if (!QFileInfo::exists(schema))
        QSKIP(qPrintable(u"The ninjs schema is not at "_s + schema));
    const QString validator =
        QFileInfo(QStringLiteral(COPYDESK_TEST_DATA)).dir().filePath(u"validate_ninjs.py"_s);
    if (!QFileInfo::exists(validator) || !QFileInfo(python).isExecutable())
        QSKIP("tests/validate_ninjs.py or /usr/bin/python3 is missing");

    QCOMPARE(importFixtures(
                 {u"series-one.ninjs.json"_s, u"series-two.ninjs.json"_s, u"council-budget.txt"_s})
                 .size(),
             3);
    const QString out = m_dir->filePath(u"export"_s);
    const CliRun exported =
        cli({u"export"_s, u"--all"_s, u"--format"_s, u"ninjs"_s, u"--out"_s, out});
    QCOMPARE(exported.exitCode, 0);
    QStringList arguments{validator, schema};
    const QStringList names = QDir(out).entryList({u"*.ninjs.json"_s}, QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 3);
    for (const QString &name : names)
        arguments.append(QDir(out).filePath(name));

    QProcess validate;
    validate.start(python, arguments);
    QVERIFY(validate.waitForFinished(120000));
    QVERIFY2(validate.exitStatus() == QProcess::NormalExit && validate.exitCode() == 0,
             validate.readAllStandardOutput() + validate.readAllStandardError());
}

void TestCli::exportsNewsmlAndHtml()
{
    QCOMPARE(importFixtures(
                 {u"series-one.ninjs.json"_s, u"series-two.ninjs.json"_s, u"council-budget.txt"_s})
                 .size(),
             3);
    const QDir out(m_dir->filePath(u"formats"_s));
    const CliRun newsml = cli({u"export"_s, u"--all"_s, u"--format"_s, u"newsml"_s, u"--provider"_s,
                               u"Harbour Daily"_s, u"--out"_s, out.path()});
    QVERIFY2(newsml.exitCode == 0, qPrintable(newsml.errText()));
    const QStringList items = out.entryList({u"*.newsml.xml"_s}, QDir::Files, QDir::Name);
    QCOMPARE(items.size(), 3);
    QFile item(out.filePath(items.first()));
    QVERIFY(item.open(QIODevice::ReadOnly));
    QVERIFY(item.readAll().contains("<provider literal=\"Harbour Daily\"/>"));

    const CliRun inlineHtml =
        cli({u"export"_s, u"--all"_s, u"--format"_s, u"HTML"_s, u"--attributions"_s, u"inline"_s,
             u"--out"_s, out.filePath(u"inline"_s)});
    QVERIFY2(inlineHtml.exitCode == 0, qPrintable(inlineHtml.errText()));
    const CliRun plainHtml =
        cli({u"export"_s, u"--all"_s, u"--format"_s, u"html"_s, u"--attributions"_s, u"none"_s,
             u"--out"_s, out.filePath(u"none"_s)});
    QVERIFY2(plainHtml.exitCode == 0, qPrintable(plainHtml.errText()));
    const QStringList pages =
        QDir(out.filePath(u"inline"_s)).entryList({u"*.html"_s}, QDir::Files, QDir::Name);
    QCOMPARE(pages.size(), 3);
    for (const QString &page : pages) {
        QFile withSources(out.filePath(u"inline/"_s + page));
        QFile withoutSources(out.filePath(u"none/"_s + page));
        QVERIFY(withSources.open(QIODevice::ReadOnly));
        QVERIFY2(withoutSources.open(QIODevice::ReadOnly), qPrintable(page));
        const QByteArray shown = withSources.readAll();
        const QByteArray hidden = withoutSources.readAll();
        QVERIFY(shown.startsWith("<!DOCTYPE html>"));
        QVERIFY(shown.contains("class=\"attribution\""));
        QVERIFY(!hidden.contains("class=\"attribution\""));
    }

    const QString schema = sharedDir + u"/schemas/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd"_s;
    if (!QFileInfo::exists(schema))
        QSKIP(qPrintable(u"The NewsML-G2 schema is not at "_s + schema));
    if (QStandardPaths::findExecutable(u"xmllint"_s).isEmpty())
        QSKIP("xmllint is not installed (Debian package libxml2-utils)");
    QStringList arguments{u"--noout"_s, u"--nonet"_s, u"--schema"_s, schema};
    for (const QString &name : items)
        arguments.append(out.filePath(name));
    QProcess validate;
    validate.setProcessChannelMode(QProcess::MergedChannels);
    validate.start(u"xmllint"_s, arguments);
    QVERIFY(validate.waitForFinished(120000));
    QVERIFY2(validate.exitStatus() == QProcess::NormalExit && validate.exitCode() == 0,
             validate.readAll().constData());
}

void TestCli::exportRejectsBadOut()
{
    QCOMPARE(importFixtures({u"council-budget.txt"_s}).size(), 1);

    const QString file = m_dir->filePath(u"a-file"_s);
    QVERIFY(writeBytes(file, "not a folder\n"));
    const CliRun onFile = cli({u"export"_s, u"--all"_s, u"--out"_s, file});
    QCOMPARE(onFile.exitCode, 2);
    QVERIFY2(onFile.errText().startsWith(u"copydesk-cli: "_s), onFile.err.constData());
    QVERIFY2(onFile.errText().contains(file), onFile.err.constData());
    QCOMPARE(readBytes(file), QByteArray("not a folder\n"));

    const QString under = file + u"/inside"_s;
    const CliRun underFile = cli({u"export"_s, u"--all"_s, u"--out"_s, under});
    QCOMPARE(underFile.exitCode, 2);
    QVERIFY2(underFile.errText().contains(under), underFile.err.constData());

    // Written with QSaveFile: a successful export leaves no temporary files behind.
    const QString out = m_dir->filePath(u"new/nested/folder"_s);
    const CliRun good = cli({u"export"_s, u"1"_s, u"--out"_s, out});
    QCOMPARE(good.exitCode, 0);
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"council-budget-v1.ninjs.json"_s});
    QVERIFY(good.outText().contains(QDir(out).filePath(u"council-budget-v1.ninjs.json"_s)));
}

// The writer behind export, on its own: the processes above only see its result.
void TestCli::batchFileWriterIsAllOrNothing()
{
    const QString folder = m_dir->filePath(u"batch"_s);
    QVERIFY(QDir().mkpath(folder));
    const QDir dir(folder);
    const QString kept = dir.filePath(u"kept.json"_s);
    QVERIFY(writeBytes(kept, "old\n"));
    QVERIFY(QFile::setPermissions(kept, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const auto entries = [&dir] { return dir.entryList(QDir::Files | QDir::Hidden, QDir::Name); };

    {
        // Not committed: nothing appears, the old file is untouched, no temporary is left.
        BatchFileWriter writer(folder);
        QVERIFY(writer.add(u"a.json"_s, "a\n"));
        QVERIFY(writer.add(u"kept.json"_s, "new\n"));
        QCOMPARE(dir.entryList(QDir::Files, QDir::Name), QStringList{u"kept.json"_s});
    }
    QCOMPARE(entries(), QStringList{u"kept.json"_s});
    QCOMPARE(readBytes(kept), QByteArray("old\n"));

    BatchFileWriter writer(folder);
    QVERIFY(writer.add(u"a.json"_s, "a\n"));
    QVERIFY(writer.add(u"kept.json"_s, "new\n"));
    QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
    QCOMPARE(entries(), (QStringList{u"a.json"_s, u"kept.json"_s}));
    QCOMPARE(readBytes(dir.filePath(u"a.json"_s)), QByteArray("a\n"));
    QCOMPARE(readBytes(kept), QByteArray("new\n"));
    QCOMPARE(QFile::permissions(kept), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadUser | QFileDevice::WriteUser);

    // A folder that is gone: add() fails and names the file.
    BatchFileWriter nowhere(dir.filePath(u"missing"_s));
    QVERIFY(!nowhere.add(u"b.json"_s, "b\n"));
    QVERIFY2(nowhere.errorString().contains(dir.filePath(u"missing/b.json"_s)),
             qPrintable(nowhere.errorString()));
}

// The export loop on its own, over several load chunks: every file complete and named, and a
// failure in the middle leaves the folder as it was.
void TestCli::folderExportWritesEveryChunk()
{
    Database db;
    QVERIFY(!db.open(m_dir->filePath(u"chunks.sqlite"_s)));
    ArticleStore store(db);
    QList<qint64> ids;
    const int count = 2 * int(ArticleStore::loadChunkSize) + 22;
    for (int i = 0; i < count; ++i) {
        Article article;
        article.headline = u"Story %1"_s.arg(i);
        article.slug = i == 7 ? u"story-3"_s : u"story-%1"_s.arg(i); // 3 and 7 share a slug
        article.paragraphs.append(Paragraph{{}, u"Text of story %1."_s.arg(i), {}});
        QVERIFY(!store.create(article));
        ids.append(article.id);
    }
    const auto encode = [](const Article &article) { return NinjsCodec::toBytes(article); };

    const QString folder = m_dir->filePath(u"chunks"_s);
    QVERIFY(QDir().mkpath(folder));
    FolderExport folderExport(store, folder, u".ninjs.json"_s, encode);
    QVERIFY2(folderExport.run(ids), qPrintable(folderExport.errorString()));
    QCOMPARE(folderExport.written().size(), count);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), count);
    for (int i = 0; i < count; ++i) {
        const FolderExport::Written &file = folderExport.written().at(i);
        QCOMPARE(file.id, ids.at(i));
        const std::optional<Article> article = store.load(file.id);
        QVERIFY(article);
        const QString expectedName = i == 7 ? uuidText(article->uuid) + u"-v1.ninjs.json"_s
                                            : u"story-%1-v1.ninjs.json"_s.arg(i);
        QCOMPARE(QFileInfo(file.path).fileName(), expectedName);
        QCOMPARE(readBytes(file.path), NinjsCodec::toBytes(*article));
    }

    // Progress comes before each chunk and at the end; cancelling in the middle (after two
    // chunks were written to temporaries) leaves the folder as it was.
    QList<qsizetype> reported;
    FolderExport counted(store, m_dir->filePath(u"chunks-counted"_s), u".html"_s, encode);
    QVERIFY(QDir().mkpath(m_dir->filePath(u"chunks-counted"_s)));
    counted.setProgress([&reported, expected = count](qsizetype done, qsizetype total) {
        reported.append(done);
        return total == expected;
    });
    QVERIFY(counted.run(ids));
    const qsizetype chunk = ArticleStore::loadChunkSize;
    QCOMPARE(reported, (QList<qsizetype>{0, chunk, 2 * chunk, count}));
    const QString cancelledFolder = m_dir->filePath(u"chunks-cancelled"_s);
    QVERIFY(QDir().mkpath(cancelledFolder));
    FolderExport cancelled(store, cancelledFolder, u".ninjs.json"_s, encode);
    cancelled.setProgress(
        [](qsizetype done, qsizetype) { return done < 2 * ArticleStore::loadChunkSize; });
    QVERIFY(!cancelled.run(ids));
    QVERIFY(cancelled.wasCancelled());
    QVERIFY(!cancelled.storeError());
    QVERIFY(cancelled.written().isEmpty());
    QCOMPARE(QDir(cancelledFolder).entryList(QDir::Files | QDir::Hidden), QStringList());

    // An unknown id in the last chunk: nothing is written.
    const QString second = m_dir->filePath(u"chunks-unknown"_s);
    QVERIFY(QDir().mkpath(second));
    FolderExport unknown(store, second, u".ninjs.json"_s, encode);
    QVERIFY(!unknown.run(ids + QList<qint64>{ids.last() + 50}));
    QCOMPARE(unknown.storeError().kind, StoreError::Kind::NotFound);
    QVERIFY(unknown.written().isEmpty());
    QCOMPARE(QDir(second).entryList(QDir::Files | QDir::Hidden), QStringList());

    // A folder that cannot be written: the error names the file, nothing is left.
    FolderExport nowhere(store, m_dir->filePath(u"missing"_s), u".ninjs.json"_s, encode);
    QVERIFY(!nowhere.run(ids));
    QVERIFY(!nowhere.storeError());
    QVERIFY2(nowhere.errorString().contains(u"missing/story-0-v1.ninjs.json"_s),
             qPrintable(nowhere.errorString()));
    QVERIFY(nowhere.written().isEmpty());
}

void TestCli::databaseErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not SQLite") << u"text"_s << u"not a Copydesk database"_s;
    QTest::newRow("foreign SQLite") << u"foreign"_s << u"not a Copydesk database"_s;
    QTest::newRow("newer schema") << u"newer"_s << u"newer"_s;
    QTest::newRow("folder") << u"folder"_s << u"folder"_s;
}

void TestCli::databaseErrors()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);

    QString path = m_dbPath;
    if (kind == u"text"_s) {
        QVERIFY(writeBytes(path, "This is a shopping list, not a database.\n"));
    } else if (kind == u"foreign"_s || kind == u"newer"_s) {
        if (kind == u"newer"_s)
            QCOMPARE(cli({u"list"_s}).exitCode, 0); // creates a current Copydesk database
        const QString connection = u"tst_cli_"_s + kind;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                kind == u"foreign"_s
                    ? u"CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"_s
                    : u"UPDATE copydesk_meta SET value = '999' WHERE key = 'schema_version'"_s));
            QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    } else {
        path = m_dir->path();
    }
    const QByteArray before = QFileInfo(path).isFile() ? readBytes(path) : QByteArray();

    const QList<QStringList> commands = {
        {u"list"_s},
        {u"import"_s, fixture(u"council-budget.txt"_s)},
        {u"show"_s, u"1"_s, u"--json"_s},
    };
    for (const QStringList &command : commands) {
        const CliRun run = runWith(QStringList{u"--db"_s, path} + command, environment());
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().startsWith(u"copydesk-cli: "_s + path), run.err.constData());
        QVERIFY2(run.errText().contains(expected), run.err.constData());
        if (QFileInfo(path).isFile())
            QCOMPARE(readBytes(path), before);
    }
}

void TestCli::defaultDatabaseLocation()
{
    // $COPYDESK_DB wins.
    QProcessEnvironment withVariable = environment();
    const QString fromVariable = m_dir->filePath(u"from-variable.sqlite"_s);
    withVariable.insert(u"COPYDESK_DB"_s, fromVariable);
    QCOMPARE(runWith({u"import"_s, fixture(u"council-budget.txt"_s)}, withVariable).exitCode, 0);
    QVERIFY(QFileInfo(fromVariable).size() > 0);

    // Else the GUI's file: AppDataLocation of organization "Copydesk", application "copydesk".
    QCOMPARE(runWith({u"import"_s, fixture(u"harbour-dredging.txt"_s)}, environment()).exitCode, 0);
    const QString guiFile = m_dir->filePath(u"xdg-data/Copydesk/copydesk/newsroom.sqlite"_s);
    QVERIFY2(QFileInfo(guiFile).size() > 0, qPrintable(guiFile));

    const CliRun list = runWith({u"--db"_s, guiFile, u"list"_s, u"--json"_s}, environment());
    QCOMPARE(list.json().array().size(), 1);
    QCOMPARE(list.json().array().at(0).toObject().value(u"headline"_s).toString(),
             u"Harbour Dredging To Start In March"_s);
}

void TestCli::exitCodesOfStoreErrors()
{
    // A conflict needs a concurrent writer between load and save, which no single command can
    // arrange deterministically, so the mapping itself is checked here.
    using Kind = StoreError::Kind;
    QCOMPARE(CliApplication::exitCodeFor(StoreError()), 0);
    QCOMPARE(CliApplication::exitCodeFor({Kind::Conflict, u"stale"_s}), 1);
    QCOMPARE(CliApplication::exitCodeFor({Kind::NotFound, u"gone"_s}), 2);
    QCOMPARE(CliApplication::exitCodeFor({Kind::Invalid, u"refused"_s}), 2);
    QCOMPARE(CliApplication::exitCodeFor({Kind::Unavailable, u"locked"_s}), 3);
    QCOMPARE(CliApplication::exitCodeFor({Kind::Damaged, u"corrupt"_s}), 3);
    QCOMPARE(CliApplication::exitCodeFor({Kind::NewerSchema, u"newer"_s}), 3);
}

void TestCli::spellFile()
{
    // CRLF after the first line; a character outside the BMP (two UTF-16 units) counts as one
    // column; "laceted" is the wrong part of a hyphenated word; ï and é are dictionary letters.
    const QString text = u"The editor said the reprot was new.\r\n"
                         u"\U0001D11E The minster checked the budgte today.\n"
                         u"A naïve café report, well-known and multi-laceted.\n"_s;
    const QString path = m_dir->filePath(u"copy.txt"_s);
    QVERIFY(writeBytes(path, text.toUtf8()));

    const CliRun plain = spell({u"spell"_s, path});
    QCOMPARE(plain.exitCode, 1);
    QVERIFY2(plain.err.isEmpty(), plain.err.constData());
    QCOMPARE(plain.outText(),
             path + u":1:21: reprot: report\n"_s + path + u":2:7: minster: minister\n"_s + path +
                 u":2:27: budgte: budget\n"_s + path + u":3:43: laceted: faceted\n"_s);

    const CliRun json = spell({u"spell"_s, u"--json"_s, path});
    QCOMPARE(json.exitCode, 1);
    QVERIFY(json.json().isArray());
    const QJsonArray entries = json.json().array();
    QCOMPARE(spellLocations(entries), (QStringList{u"reprot@1:21"_s, u"minster@2:7"_s,
                                                   u"budgte@2:27"_s, u"laceted@3:43"_s}));
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(keysOf(entry), keySet({u"word", u"line", u"column", u"suggestions"}));
        QVERIFY(entry.value(u"line"_s).isDouble());
        QVERIFY(entry.value(u"column"_s).isDouble());
        const QJsonArray suggestions = entry.value(u"suggestions"_s).toArray();
        QVERIFY(!suggestions.isEmpty());
        QVERIFY(suggestions.size() <= 8);
        for (const QJsonValue &suggestion : suggestions)
            QVERIFY(suggestion.isString());
    }
    QCOMPARE(entries.at(0).toObject().value(u"suggestions"_s).toArray().first().toString(),
             u"report"_s);

    // A clean text: exit 0, nothing on stdout; an empty array with --json.
    const QString clean = m_dir->filePath(u"clean.txt"_s);
    QVERIFY(writeBytes(clean, "\xEF\xBB\xBFThe editor said the report was new.\n"));
    const CliRun cleanRun = spell({u"spell"_s, clean});
    QCOMPARE(cleanRun.exitCode, 0);
    QVERIFY(cleanRun.out.isEmpty());
    QVERIFY(cleanRun.err.isEmpty());
    const CliRun cleanJson = spell({u"spell"_s, clean, u"--json"_s});
    QCOMPARE(cleanJson.exitCode, 0);
    QVERIFY(cleanJson.json().isArray());
    QVERIFY(cleanJson.json().array().isEmpty());

    // Spelling never needs the database.
    QVERIFY(!QFile::exists(m_dbPath));
}

void TestCli::spellStandardInputWithoutSuggestions()
{
    const QByteArray text = "The editor said the reprot was new.\nThe minster said it.\n";
    const CliRun plain = spell({u"spell"_s, u"--no-suggestions"_s, u"-"_s}, text);
    QCOMPARE(plain.exitCode, 1);
    QCOMPARE(plain.outText(), u"<stdin>:1:21: reprot\n<stdin>:2:5: minster\n"_s);

    const CliRun json = spell({u"spell"_s, u"-"_s, u"--json"_s, u"--no-suggestions"_s}, text);
    QCOMPARE(json.exitCode, 1);
    const QJsonArray entries = json.json().array();
    QCOMPARE(spellLocations(entries), (QStringList{u"reprot@1:21"_s, u"minster@2:5"_s}));
    for (const QJsonValue &entry : entries)
        QCOMPARE(entry.toObject().value(u"suggestions"_s).toArray(), QJsonArray());

    // The article's language is irrelevant here; --lang picks the dictionary (ISO8859-1).
    const CliRun german = spell({u"spell"_s, u"--lang"_s, u"de"_s, u"-"_s},
                                u"Die Zeitung liegt heute für Bär und Käse.\n"_s.toUtf8());
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.out.isEmpty(), german.out.constData());

    const CliRun invalid = spell({u"spell"_s, u"-"_s}, "ok\nno \xC3(\n");
    QCOMPARE(invalid.exitCode, 2);
    QVERIFY(invalid.out.isEmpty());
    QVERIFY2(invalid.errText().startsWith(u"copydesk-cli: <stdin>:2:4: invalid UTF-8"_s),
             invalid.err.constData());
}

void TestCli::spellBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("content"); // written to input.txt first when not null
    QTest::addColumn<QStringList>("expected");

    const QString input = u"input.txt"_s; // relative to the test folder
    QTest::newRow("missing file") << QStringList{u"spell"_s, u"missing.txt"_s} << QByteArray()
                                  << QStringList{u"missing.txt: no such file"_s};
    QTest::newRow("folder") << QStringList{u"spell"_s, u"."_s} << QByteArray()
                            << QStringList{u"is a folder"_s};
    QTest::newRow("invalid byte") << QStringList{u"spell"_s, input}
                                  << QByteArray("The report\nsaid \xFF here\n")
                                  << QStringList{u"input.txt:2:6: invalid UTF-8"_s,
                                                 u"byte offset 16"_s, u"0xFF"_s};
    QTest::newRow("cut-off sequence at the end")
        << QStringList{u"spell"_s, u"--json"_s, input} << QByteArray("caf\xC3")
        << QStringList{u"input.txt:1:4:"_s, u"byte offset 3"_s, u"0xC3"_s};
    QTest::newRow("CESU surrogate")
        << QStringList{u"spell"_s, input} << QByteArray("\xC3\xA9t\xC3\xA9 \xED\xA0\x80 x")
        << QStringList{u"input.txt:1:5:"_s, u"byte offset 6"_s};
    QTest::newRow("article not found") << QStringList{u"spell"_s, u"--article"_s, u"42"_s}
                                       << QByteArray() << QStringList{u"no article '42'"_s};
}

void TestCli::spellBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);

    if (!content.isNull())
        QVERIFY(writeBytes(m_dir->filePath(u"input.txt"_s), content));
    const CliRun run = spell(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().startsWith(u"copydesk-cli: "_s), run.err.constData());
    for (const QString &fragment : std::as_const(expected))
        QVERIFY2(run.errText().contains(fragment),
                 qPrintable(fragment + u" in: "_s + run.errText()));
}

void TestCli::spellMissingDictionary()
{
    if (DictionaryCatalog(DictionaryCatalog::defaultSearchPaths()).find(u"pt-BR"_s))
        QSKIP("A pt_BR dictionary is installed here; the test needs a missing language.");
    QVERIFY(writeBytes(m_dir->filePath(u"input.txt"_s), "Bom dia.\n"));
    const CliRun run = spell({u"spell"_s, u"--lang"_s, u"pt-BR"_s, u"input.txt"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    // The language and the Debian package that provides it.
    QVERIFY2(run.errText().startsWith(u"copydesk-cli: No spelling dictionary"_s),
             run.err.constData());
    QVERIFY2(run.errText().contains(u"\"pt-BR\""_s), run.err.constData());
    QVERIFY2(run.errText().contains(u"hunspell-pt-br"_s), run.err.constData());
}

void TestCli::spellMatchesHunspellCommand()
{
    // The system dictionary, not the test one: no $DICPATH.
    QProcessEnvironment system = environment();
    system.remove(u"DICPATH"_s);
    const auto english =
        DictionaryCatalog(DictionaryCatalog::defaultSearchPaths()).find(u"en_US"_s);
    if (!english)
        QSKIP("The en_US dictionary is not installed (Debian package hunspell-en-us).");
    const QString hunspell = QStandardPaths::findExecutable(u"hunspell"_s);
    if (hunspell.isEmpty())
        QSKIP("The hunspell command is not installed (Debian package hunspell).");

    QProcess process;
    process.setProcessEnvironment(system);
    process.start(hunspell, {u"-i"_s, u"UTF-8"_s, u"-l"_s, u"-d"_s, english->affPath.chopped(4),
                             newsCorpus()});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList hunspellLines =
        QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    const QSet<QString> hunspellWords(hunspellLines.cbegin(), hunspellLines.cend());

    const CliRun run =
        runWith({u"spell"_s, u"--lang"_s, u"en_US"_s, u"--json"_s, newsCorpus()}, system);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonArray entries = run.json().array();
    QSet<QString> ourWords;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(keysOf(entry), keySet({u"word", u"line", u"column", u"suggestions"}));
        QVERIFY(entry.value(u"suggestions"_s).toArray().size() <= 8);
        ourWords.insert(entry.value(u"word"_s).toString());
    }

    QStringList onlyHunspell = (hunspellWords - ourWords).values();
    QStringList onlyOurs = (ourWords - hunspellWords).values();
    QStringList expectedHunspell = HunspellReference::expectedOnlyHunspell().values();
    QStringList expectedOurs = HunspellReference::expectedOnlyOurs(hunspellWords).values();
    onlyHunspell.sort();
    onlyOurs.sort();
    expectedHunspell.sort();
    expectedOurs.sort();
    QVERIFY2(onlyHunspell == expectedHunspell,
             qPrintable(u"flagged only by hunspell: "_s + onlyHunspell.join(u", ") +
                        u"\n   expected: "_s + expectedHunspell.join(u", ")));
    QVERIFY2(onlyOurs == expectedOurs,
             qPrintable(u"flagged only by copydesk-cli: "_s + onlyOurs.join(u", ") +
                        u"\n   expected: "_s + expectedOurs.join(u", ")));
    QVERIFY((hunspellWords & ourWords).size() >= 25);

    // One thread or several: the same output (each thread has its own dictionary).
    const CliRun oneThread = runWith(
        {u"spell"_s, u"--lang"_s, u"en_US"_s, u"--json"_s, u"--jobs"_s, u"1"_s, newsCorpus()},
        system);
    QCOMPARE(oneThread.exitCode, 1);
    QCOMPARE(oneThread.json(), run.json());

    // Each reported position holds the word (line and column counted in characters).
    const QStringList lines = QString::fromUtf8(readBytes(newsCorpus())).split(u'\n');
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString word = entry.value(u"word"_s).toString();
        const QList<uint> line = lines.value(entry.value(u"line"_s).toInt() - 1).toUcs4();
        const QList<uint> expected = word.toUcs4();
        const qsizetype column = entry.value(u"column"_s).toInt() - 1;
        QVERIFY2(column >= 0 && line.mid(column, expected.size()) == expected, qPrintable(word));
    }
}

void TestCli::spellArticle()
{
    qint64 id = 0;
    {
        Database db;
        QVERIFY(!db.open(m_dbPath));
        ArticleStore store(db);
        Article article;
        article.headline = u"Okafor and Zelenskyy report"_s;
        article.summary = u"The minster said the budget was new."_s;
        article.byline = u"Jones Smithh"_s;
        article.paragraphs.append(Paragraph{{}, u"The editor said the reprot was new."_s, {}});
        article.paragraphs.append(Paragraph{{}, u"Zelenskyy said Okafor was new today."_s, {}});
        article.metaTitles.append(MetaTitle{u"Okafor budgte"_s, true, {}});
        article.metaTitles.append(MetaTitle{u"The budget"_s, false, {}});
        QVERIFY(!store.create(article));
        id = article.id;
    }

    const CliRun json = spell({u"spell"_s, u"--article"_s, QString::number(id), u"--json"_s});
    QCOMPARE(json.exitCode, 1);
    QVERIFY2(json.err.isEmpty(), json.err.constData());
    const QJsonArray entries = json.json().array();
    // In the order `show` prints the article: fields, paragraphs, meta titles.
    QCOMPARE(articleSpellEntries(entries),
             (QStringList{u"Okafor headline - -"_s, u"Zelenskyy headline - -"_s,
                          u"minster summary - -"_s, u"Smithh byline - -"_s, u"reprot body 1 -"_s,
                          u"Zelenskyy body 2 -"_s, u"Okafor body 2 -"_s, u"Okafor metaTitle - 1"_s,
                          u"budgte metaTitle - 1"_s}));
    QCOMPARE(spellLocations(entries).at(4), u"reprot@1:21"_s);
    QCOMPARE(spellLocations(entries).at(6), u"Okafor@1:16"_s);
    for (const QJsonValue &value : entries) {
        QCOMPARE(keysOf(value.toObject()), keySet({u"word", u"line", u"column", u"suggestions",
                                                   u"field", u"paragraph", u"metaTitle"}));
    }

    const CliRun plain = spell({u"spell"_s, u"--article"_s, QString::number(id)});
    QCOMPARE(plain.exitCode, 1);
    QVERIFY2(plain.outText().contains(u"\nparagraph 1, line 1, column 21: reprot: report\n"_s),
             plain.out.constData());
    QVERIFY2(plain.outText().contains(u"\nmeta title 1, line 1, column 8: budgte: budget\n"_s),
             plain.out.constData());

    // The article's language picks the dictionary unless --lang says otherwise.
    qint64 german = 0;
    {
        Database db;
        QVERIFY(!db.open(m_dbPath));
        ArticleStore store(db);
        Article article;
        article.language = u"de-DE"_s;
        article.headline = u"Die Zeitung"_s;
        article.paragraphs.append(Paragraph{{}, u"Die Zeitung liegt heute."_s, {}});
        QVERIFY(!store.create(article));
        german = article.id;
    }
    QCOMPARE(spell({u"spell"_s, u"--article"_s, QString::number(german)}).exitCode, 0);
    const CliRun english = spell({u"spell"_s, u"--article"_s, QString::number(german), u"--lang"_s,
                                  u"en-US"_s, u"--no-suggestions"_s});
    QCOMPARE(english.exitCode, 1);
    QVERIFY2(english.outText().startsWith(u"headline, line 1, column 1: Die\n"_s),
             english.out.constData());
}

void TestCli::spellArticleLayers()
{
    qint64 first = 0;
    qint64 second = 0;
    {
        Database db;
        QVERIFY(!db.open(m_dbPath));
        ArticleStore store(db);
        for (qint64 *id : {&first, &second}) {
            Article article;
            article.headline = u"Zelenskyy and Okafor"_s;
            article.paragraphs.append(Paragraph{{}, u"Zelenskyy said Okafor was new."_s, {}});
            QVERIFY(!store.create(article));
            *id = article.id;
        }
    }
    const auto flagged = [this](qint64 id) {
        const CliRun run = spell(
            {u"spell"_s, u"--article"_s, QString::number(id), u"--json"_s, u"--no-suggestions"_s});
        QSet<QString> words;
        const QJsonArray entries = run.json().array();
        for (const QJsonValue &entry : entries)
            words.insert(entry.toObject().value(u"word"_s).toString());
        return std::make_pair(run.exitCode, words);
    };
    const QSet<QString> both{u"Zelenskyy"_s, u"Okafor"_s};
    QCOMPARE(flagged(first), std::make_pair(1, both));

    // A newsroom word is accepted in every article.
    const CliRun add = spell({u"dictionary"_s, u"add"_s, u"Okafor"_s});
    QCOMPARE(add.exitCode, 0);
    const QSet<QString> onlyZelenskyy{u"Zelenskyy"_s};
    QCOMPARE(flagged(first), std::make_pair(1, onlyZelenskyy));
    QCOMPARE(flagged(second), std::make_pair(1, onlyZelenskyy));

    // An ignored word only in its article.
    {
        Database db;
        QVERIFY(!db.open(m_dbPath));
        QVERIFY(!DictionaryStore(db).ignoreWord(first, u"Zelenskyy"_s));
    }
    QCOMPARE(flagged(first), std::make_pair(0, QSet<QString>()));
    QCOMPARE(flagged(second), std::make_pair(1, onlyZelenskyy));

    // The newsroom word stops being accepted once removed.
    QCOMPARE(spell({u"dictionary"_s, u"remove"_s, u"Okafor"_s}).exitCode, 0);
    QCOMPARE(flagged(first), std::make_pair(1, QSet<QString>{u"Okafor"_s}));
}

void TestCli::spellFileLayers()
{
    const QString path = m_dir->filePath(u"copy.txt"_s);
    QVERIFY(writeBytes(path, "Okafor said Smithh was new.\n"));
    const auto flagged = [&](const QStringList &options) {
        const CliRun run = spell(QStringList{u"spell"_s, u"--json"_s, path} + options);
        QStringList words;
        const QJsonArray entries = run.json().array();
        for (const QJsonValue &entry : entries)
            words.append(entry.toObject().value(u"word"_s).toString());
        return words;
    };
    QCOMPARE(flagged({}), (QStringList{u"Okafor"_s, u"Smithh"_s}));

    // The personal dictionary (a file per user) is accepted in a file too.
    const QString personal =
        m_dir->filePath(u"xdg-data/Copydesk/copydesk/personal-dictionary.txt"_s);
    QVERIFY(QDir().mkpath(QFileInfo(personal).path()));
    QVERIFY(writeBytes(personal, "Smithh\n"));
    QCOMPARE(flagged({}), QStringList{u"Okafor"_s});

    // The newsroom dictionary only with --newsroom: a file has no database otherwise.
    QCOMPARE(spell({u"dictionary"_s, u"add"_s, u"Okafor"_s}).exitCode, 0);
    QCOMPARE(flagged({}), QStringList{u"Okafor"_s});
    QCOMPARE(flagged({u"--newsroom"_s}), QStringList());
    QCOMPARE(spell({u"spell"_s, path, u"--newsroom"_s}).exitCode, 0);
}

void TestCli::suggestionPoolSharesAndFallsBack()
{
    // The helpers are copydesk-cli processes; they inherit this environment.
    const std::pair<const char *, QString> variables[] = {
        {"DICPATH", testDictionaries()}, {"XDG_DATA_HOME", m_dir->filePath(u"xdg-data"_s)}};
    QList<std::optional<QByteArray>> saved;
    for (const auto &[name, value] : variables) {
        saved.append(qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt);
        qputenv(name, QFile::encodeName(value));
    }
    const auto restoreEnvironment = qScopeGuard([&] {
        for (qsizetype i = 0; i < saved.size(); ++i) {
            if (saved.at(i))
                qputenv(variables[i].first, *saved.at(i));
            else
                qunsetenv(variables[i].first);
        }
    });
    const DictionaryCatalog catalog({testDictionaries()});
    Speller speller;
    QVERIFY(speller.setPersonalDictionaryPath(m_dir->filePath(u"personal.txt"_s)));
    QVERIFY(speller.setLanguage(u"en_US"_s, catalog));

    const QStringList words = {
        u"reprot"_s,   u"minster"_s, u"budgte"_s, u"edtor"_s,    u"nwsroom"_s,
        u"presdent"_s, u"stroy"_s,   u"cehck"_s,  u"deadlnie"_s, u"councl"_s,
        u"citty"_s,    u"wrod"_s,    u"spel"_s,   u"wirte"_s,    u"agre"_s,
        u"todya"_s,    u"Pariss"_s,  u"Jonse"_s,  u"Smtih"_s,    u"hapy"_s,
        u"reprot"_s, // asked once
    };
    QHash<QString, QStringList> expected;
    {
        Speller reference;
        QVERIFY(reference.setPersonalDictionaryPath(m_dir->filePath(u"personal.txt"_s)));
        QVERIFY(reference.setLanguage(u"en_US"_s, catalog));
        for (const QString &word : words)
            expected.insert(word, reference.suggestions(word, 8));
    }
    QCOMPARE(expected.value(u"reprot"_s).value(0), u"report"_s);

    const QJsonObject settings{{u"language"_s, u"en_US"_s}};
    SuggestionPool pool(speller, {cliPath, {u"spell"_s, u"--suggestion-helper"_s}, settings});
    pool.setMaximumProcesses(4);
    QCOMPARE(pool.suggestions(words, 8), expected);
    // 20 distinct words: one helper beside this process (each must repay its dictionary).
    QCOMPARE(pool.processesUsed(), 2);

    pool.setMaximumProcesses(1);
    QCOMPARE(pool.suggestions(words, 8), expected);
    QCOMPARE(pool.processesUsed(), 1);

    // A helper that fails only costs time: its words are done here.
    SuggestionPool failing(speller, {u"/bin/false"_s, {}, settings});
    failing.setMaximumProcesses(2);
    QCOMPARE(failing.suggestions(words, 8), expected);
    QCOMPARE(failing.processesUsed(), 2);
}

void TestCli::progressLine()
{
    // Before half a second has passed there is no rate to speak of.
    QCOMPARE(TerminalProgress::line(u"Exporting"_s, 0, 100, 0, 10),
             u"Exporting  [          ] 0/100"_s);
    QCOMPARE(TerminalProgress::line(u"Exporting"_s, 50, 100, 2000, 10),
             u"Exporting  [#####     ] 50/100  25/s  about 2 s left"_s);
    QCOMPARE(TerminalProgress::line(u"Publishing"_s, 100, 100, 4000, 4),
             u"Publishing  [####] 100/100  25/s"_s);
}

void TestCli::destinationCommand()
{
    const auto destination = [&](const QStringList &arguments) {
        return cli(QStringList{u"destination"_s} + arguments);
    };
    QCOMPARE(destination({u"list"_s}).outText(), u"No publishing destination is set up.\n"_s);
    const QString hot = m_dir->filePath(u"hot"_s);
    const CliRun folder =
        destination({u"add"_s, u"hot"_s, u"--folder"_s, hot, u"--format"_s, u"newsml"_s});
    QVERIFY2(folder.exitCode == 0, qPrintable(folder.errText()));
    const CliRun wire = destination(
        {u"add"_s, u"wire"_s, u"--url"_s, u"https://wire.example.com/in"_s, u"--header"_s,
         u"Authorization: Bearer t0ken"_s, u"--timeout"_s, u"2.5"_s, u"--retries"_s, u"1"_s});
    QVERIFY2(wire.exitCode == 0, qPrintable(wire.errText()));
    const QJsonArray listed = destination({u"list"_s, u"--json"_s}).json().array();
    QCOMPARE(listed.size(), 2);
    const QJsonObject first = listed.at(0).toObject();
    QCOMPARE(first.value(u"name"_s).toString(), u"hot"_s);
    QCOMPARE(first.value(u"kind"_s).toString(), u"folder"_s);
    QCOMPARE(first.value(u"format"_s).toString(), u"newsml"_s);
    QCOMPARE(first.value(u"target"_s).toString(), hot);
    const QJsonObject second = listed.at(1).toObject();
    QCOMPARE(second.value(u"kind"_s).toString(), u"http"_s);
    // The token is stored (tst_publish sends it) but never printed.
    QCOMPARE(second.value(u"headers"_s).toObject().value(u"Authorization"_s).toString(),
             u"Bearer \u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022"_s);
    QVERIFY(!destination({u"list"_s, u"--json"_s}).outText().contains(u"t0ken"_s));
    QCOMPARE(second.value(u"timeoutSeconds"_s).toDouble(), 2.5);
    QCOMPARE(second.value(u"retries"_s).toInt(), 1);

    // Bad input is refused with the reason; nothing is stored.
    const QList<std::pair<QStringList, QString>> refused{
        {{u"add"_s, u"x"_s}, u"--folder DIR or --url URL"_s},
        {{u"add"_s, u"x"_s, u"--url"_s, u"ftp://example.com/"_s}, u"not an http or https URL"_s},
        {{u"add"_s, u"x"_s, u"--url"_s, u"https://example.com/"_s, u"--header"_s, u"no colon"_s},
         u"--header"_s},
        {{u"add"_s, u"x"_s, u"--url"_s, u"https://example.com/"_s, u"--format"_s, u"html"_s},
         u"receives ninjs"_s},
        {{u"add"_s, u"hot"_s, u"--folder"_s, hot}, u"already a destination named"_s},
        {{u"remove"_s, u"nowhere"_s}, u"no publishing destination"_s},
        {{u"frob"_s}, u"unknown action"_s}};
    for (const auto &[arguments, message] : refused) {
        const CliRun run = destination(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ')));
        QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    }
    QCOMPARE(destination({u"list"_s, u"--json"_s}).json().array().size(), 2);

    QCOMPARE(destination({u"disable"_s, u"wire"_s}).exitCode, 0);
    QVERIFY(!destination({u"list"_s, u"--json"_s})
                 .json()
                 .array()
                 .at(1)
                 .toObject()
                 .value(u"enabled"_s)
                 .toBool());
    QCOMPARE(destination({u"remove"_s, u"wire"_s}).exitCode, 0);
    QCOMPARE(destination({u"list"_s, u"--json"_s}).json().array().size(), 1);
}

void TestCli::publishAndUnpublish()
{
    const QList<qint64> ids = importFixtures({u"council-budget.txt"_s, u"series-one.ninjs.json"_s});
    QCOMPARE(ids.size(), 2);
    const QString id = QString::number(ids.first());
    const QString hot = m_dir->filePath(u"hot"_s);
    QCOMPARE(cli({u"destination"_s, u"add"_s, u"hot"_s, u"--folder"_s, hot}).exitCode, 0);

    // Nothing approved yet: publishing a draft is refused, --approved finds nothing to do.
    const CliRun draft = cli({u"publish"_s, id, u"--as"_s, u"Cat"_s, u"--role"_s, u"chief"_s});
    QCOMPARE(draft.exitCode, 2);
    QVERIFY2(draft.errText().contains(u"only approved articles"_s), qPrintable(draft.errText()));
    QVERIFY(QDir(hot).isEmpty());
    const CliRun none =
        cli({u"publish"_s, u"--approved"_s, u"--as"_s, u"Cat"_s, u"--role"_s, u"chief"_s});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.outText().contains(u"No approved article"_s));

    QCOMPARE(
        cli({u"status"_s, id, u"review"_s, u"--as"_s, u"Ed"_s, u"--role"_s, u"editor"_s}).exitCode,
        0);
    QCOMPARE(cli({u"status"_s, id, u"approved"_s, u"--as"_s, u"Cat"_s, u"--role"_s, u"chief"_s,
                  u"--override"_s, u"checked by phone"_s})
                 .exitCode,
             0);
    // An editor may not publish; a chief may. A failing endpoint fails only its own delivery.
    const CliRun editor = cli({u"publish"_s, id, u"--as"_s, u"Ed"_s, u"--role"_s, u"editor"_s});
    QCOMPARE(editor.exitCode, 2);
    QCOMPARE(cli({u"destination"_s, u"add"_s, u"down"_s, u"--url"_s, u"http://127.0.0.1:1/in"_s,
                  u"--retries"_s, u"0"_s, u"--timeout"_s, u"2"_s})
                 .exitCode,
             0);
    const CliRun partly =
        cli({u"publish"_s, u"--approved"_s, u"--as"_s, u"Cat"_s, u"--role"_s, u"chief"_s});
    QCOMPARE(partly.exitCode, 1);
    QVERIFY2(partly.errText().contains(u"down: "_s) && partly.errText().contains(u"127.0.0.1:1"_s),
             qPrintable(partly.errText()));
    QVERIFY2(partly.outText().contains(u"hot ("_s), qPrintable(partly.outText()));
    QCOMPARE(show(ids.first()).value(u"status"_s).toString(), u"approved"_s);
    const QStringList files = QDir(hot).entryList({u"*.ninjs.json"_s}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(readBytes(QDir(hot).filePath(files.first())))
                 .object()
                 .value(u"pubStatus"_s)
                 .toString(),
             u"usable"_s);

    // Without the broken endpoint the article is published; hot already had this version.
    QCOMPARE(cli({u"destination"_s, u"disable"_s, u"down"_s}).exitCode, 0);
    const CliRun published = cli({u"publish"_s, id, u"--as"_s, u"Cat"_s, u"--role"_s, u"chief"_s});
    QVERIFY2(published.exitCode == 0, qPrintable(published.errText()));
    QVERIFY2(published.outText().contains(u"hot (already there)"_s),
             qPrintable(published.outText()));
    QCOMPARE(show(ids.first()).value(u"status"_s).toString(), u"published"_s);

    const QJsonArray records = cli({u"publications"_s, id, u"--json"_s}).json().array();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).toObject().value(u"destination"_s).toString(), u"hot"_s);
    QVERIFY(records.at(0).toObject().value(u"succeeded"_s).toBool());
    QCOMPARE(records.at(1).toObject().value(u"destination"_s).toString(), u"down"_s);
    QVERIFY(!records.at(1).toObject().value(u"succeeded"_s).toBool());
    QVERIFY(!records.at(1).toObject().value(u"error"_s).toString().isEmpty());

    const CliRun unpublished =
        cli({u"unpublish"_s, id, u"--as"_s, u"Cat"_s, u"--role"_s, u"chief"_s});
    QVERIFY2(unpublished.exitCode == 0, qPrintable(unpublished.errText()));
    QCOMPARE(show(ids.first()).value(u"status"_s).toString(), u"archived"_s);
    const QStringList canceled = QDir(hot).entryList({u"*-canceled.ninjs.json"_s}, QDir::Files);
    QCOMPARE(canceled.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(readBytes(QDir(hot).filePath(canceled.first())))
                 .object()
                 .value(u"pubStatus"_s)
                 .toString(),
             u"canceled"_s);
    // Piped output has no progress bar: standard error is empty on success.
    QVERIFY2(unpublished.err.isEmpty(), unpublished.err.constData());
}

void TestCli::dictionaryCommand()
{
    QProcessEnvironment desk = environment();
    desk.insert(u"COPYDESK_USER"_s, u"Desk Tester"_s);
    const auto dictionary = [&](const QStringList &arguments) {
        return runWith(QStringList{u"--db"_s, m_dbPath, u"dictionary"_s} + arguments, desk);
    };
    const auto listedWords = [&] {
        QStringList words;
        const QJsonArray rows = dictionary({u"list"_s, u"--json"_s}).json().array();
        for (const QJsonValue &row : rows)
            words.append(row.toObject().value(u"word"_s).toString());
        return words;
    };

    const CliRun empty = dictionary({u"list"_s});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.outText(), u"The newsroom dictionary is empty.\n"_s);
    QCOMPARE(dictionary({u"list"_s, u"--json"_s}).json().array(), QJsonArray());

    const CliRun add = dictionary({u"add"_s, u"Zelenskyy"_s, u"Okafor"_s});
    QCOMPARE(add.exitCode, 0);
    QCOMPARE(add.outText(), u"added Zelenskyy\nadded Okafor\n"_s);
    const CliRun again = dictionary({u"add"_s, u"Okafor"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.outText(), u"Okafor is in the newsroom dictionary already\n"_s);

    const CliRun json = dictionary({u"list"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = json.json().array();
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QCOMPARE(keysOf(row), keySet({u"word", u"addedBy", u"added"}));
        QCOMPARE(row.value(u"addedBy"_s).toString(), u"Desk Tester"_s);
        QVERIFY2(isUtcTime(row.value(u"added"_s)), qPrintable(row.value(u"added"_s).toString()));
    }
    QCOMPARE(listedWords(), (QStringList{u"Okafor"_s, u"Zelenskyy"_s}));
    const CliRun table = dictionary({u"list"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.outText().startsWith(u"WORD"_s));
    QVERIFY(table.outText().contains(u"Desk Tester"_s));

    // Removing is all or nothing.
    const CliRun unknown = dictionary({u"remove"_s, u"Okafor"_s, u"Nobody"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY2(unknown.errText().contains(u"'Nobody' is not in the newsroom dictionary"_s),
             unknown.err.constData());
    QCOMPARE(listedWords(), (QStringList{u"Okafor"_s, u"Zelenskyy"_s}));
    const CliRun remove = dictionary({u"remove"_s, u"Okafor"_s});
    QCOMPARE(remove.exitCode, 0);
    QCOMPARE(remove.outText(), u"removed Okafor\n"_s);
    QCOMPARE(listedWords(), QStringList{u"Zelenskyy"_s});
}

void TestCli::checkJsonAndExitCodes()
{
    const QList<qint64> ids = importFixtures({u"council-budget.txt"_s, u"harbour-dredging.txt"_s});
    QCOMPARE(ids.size(), 2);
    const QJsonObject council = show(ids.at(0));
    const QString unattributed =
        council.value(u"paragraphs"_s).toArray().at(2).toObject().value(u"uuid"_s).toString();

    const CliRun one =
        cli({u"check"_s, QString::number(ids.at(0)), u"--json"_s, u"--no-spelling"_s});
    QCOMPARE(one.exitCode, 1); // ATTR_MISSING and ATTR_UNVERIFIED block
    QVERIFY2(one.err.isEmpty(), one.err.constData());
    const QJsonArray articles = one.json().array();
    QCOMPARE(articles.size(), 1);
    const QJsonObject entry = articles.at(0).toObject();
    QCOMPARE(keysOf(entry), keySet({u"article", u"findings"}));
    const QJsonObject article = entry.value(u"article"_s).toObject();
    QCOMPARE(keysOf(article), keySet({u"id", u"uuid", u"headline"}));
    QCOMPARE(article.value(u"id"_s).toInteger(), ids.at(0));
    QCOMPARE(article.value(u"uuid"_s), council.value(u"uuid"_s));
    QCOMPARE(article.value(u"headline"_s).toString(),
             u"City Council Approves Budget With Library Cuts"_s);
    QStringList rules;
    bool missingFound = false;
    for (const QJsonValue &value : entry.value(u"findings"_s).toArray()) {
        const QJsonObject finding = value.toObject();
        QVERIFY(keysOf(finding).contains(keySet(
            {u"rule", u"severity", u"message", u"field", u"paragraph", u"offset", u"length"})));
        rules.append(finding.value(u"rule"_s).toString());
        if (finding.value(u"rule"_s) == u"ATTR_MISSING"_s) {
            missingFound = true;
            QCOMPARE(finding.value(u"severity"_s).toString(), u"blocking"_s);
            QCOMPARE(finding.value(u"field"_s).toString(), u"body"_s);
            QCOMPARE(finding.value(u"paragraph"_s).toString(), unattributed);
            QVERIFY(finding.value(u"message"_s).toString().contains(u"Several residents"_s));
        }
    }
    QVERIFY(missingFound);
    QCOMPARE(rules.count(u"ATTR_UNVERIFIED"_s), 3);

    // --all: every article, by id; still exit 1.
    const CliRun all = cli({u"check"_s, u"--all"_s, u"--json"_s, u"--no-spelling"_s});
    QCOMPARE(all.exitCode, 1);
    const QJsonArray both = all.json().array();
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0).toObject().value(u"article"_s).toObject().value(u"id"_s).toInteger(),
             ids.at(0));
    QCOMPARE(both.at(1).toObject().value(u"article"_s).toObject().value(u"id"_s).toInteger(),
             ids.at(1));

    // An empty library: nothing to find, exit 0, an empty array.
    QVERIFY(QFile::remove(m_dbPath));
    const CliRun empty = cli({u"check"_s, u"--all"_s, u"--json"_s});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.json().array().size(), 0);
}

void TestCli::checkTableAndSpelling()
{
    const QString file = m_dir->filePath(u"newsroom-report.txt"_s);
    QVERIFY(writeBytes(file,
                       "The Newsroom Report\n\nSummary: The editor said the budget was new.\n\n"
                       "Byline: Jones\n\nThe editor said the budgget was new today. "
                       "(Source: City Council)\n"));
    const CliRun imported = spell({u"import"_s, file});
    QCOMPARE(imported.exitCode, 0);
    const QString id = QString::number(importedIds(imported).value(0));

    const CliRun json = spell({u"check"_s, id, u"--json"_s});
    QVERIFY2(json.err.isEmpty(), json.err.constData());
    const QJsonArray findings = json.json().array().at(0).toObject().value(u"findings"_s).toArray();
    QJsonObject spelling;
    for (const QJsonValue &value : findings) {
        if (value.toObject().value(u"rule"_s) == u"SPELLING"_s)
            spelling = value.toObject();
    }
    QCOMPARE(spelling.value(u"word"_s).toString(), u"budgget"_s);
    QCOMPARE(spelling.value(u"severity"_s).toString(), u"warning"_s);
    QCOMPARE(spelling.value(u"offset"_s).toInt(), 20);
    QCOMPARE(spelling.value(u"length"_s).toInt(), 7);
    QVERIFY(spelling.value(u"suggestions"_s).toArray().contains(u"budget"_s));
    const CliRun fast = spell({u"check"_s, id, u"--json"_s, u"--no-suggestions"_s});
    QVERIFY(fast.outText().contains(u"\"suggestions\":[]"_s));
    const CliRun without = spell({u"check"_s, id, u"--json"_s, u"--no-spelling"_s});
    QVERIFY(!without.outText().contains(u"SPELLING"_s));

    // The table names each finding's rule and message, then the totals.
    const CliRun table = spell({u"check"_s, id});
    QCOMPARE(table.exitCode, 1); // the unverified City Council attribution
    QVERIFY(table.outText().contains(u"\"The Newsroom Report\""_s));
    QVERIFY(table.outText().contains(u"ATTR_UNVERIFIED"_s));
    QVERIFY(table.outText().contains(u"SPELLING"_s));
    QVERIFY(table.outText().contains(u"1 article(s) checked, 1 blocking finding(s)"_s));

    // No dictionary for the article's language: said on stderr, the rest is checked.
    const QString german = m_dir->filePath(u"german.txt"_s);
    QVERIFY(writeBytes(german, "Haushalt beschlossen\n\nLanguage: fr-FR\n\nDer Rat hat "
                               "beschlossen. (Source: Rat)\n"));
    const CliRun other = spell({u"import"_s, german});
    const QString otherId = QString::number(importedIds(other).value(0));
    const CliRun missing = spell({u"check"_s, otherId});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.errText().contains(u"spelling was not checked for fr-FR"_s),
             missing.err.constData());
}

void TestCli::checkUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList{u"check"_s} << 2 << u"--all"_s;
    QTest::newRow("both") << QStringList{u"check"_s, u"1"_s, u"--all"_s} << 2 << u"not both"_s;
    QTest::newRow("unknown article") << QStringList{u"check"_s, u"999"_s} << 2 << u"999"_s;
    QTest::newRow("status unknown")
        << QStringList{u"status"_s, u"1"_s, u"finished"_s} << 2 << u"finished"_s;
    QTest::newRow("status role") << QStringList{u"status"_s, u"1"_s, u"review"_s, u"--role"_s,
                                                u"boss"_s}
                                 << 2 << u"boss"_s;
    QTest::newRow("status arguments") << QStringList{u"status"_s, u"1"_s} << 2 << u"status"_s;
    QTest::newRow("verify no state")
        << QStringList{u"verify"_s, u"1"_s, u"1"_s, u"Police"_s} << 2 << u"--state"_s;
    QTest::newRow("verify bad state")
        << QStringList{u"verify"_s, u"1"_s, u"1"_s, u"Police"_s, u"--state"_s, u"maybe"_s} << 2
        << u"maybe"_s;
}

void TestCli::checkUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QCOMPARE(importFixtures({u"council-budget.txt"_s}).size(), 1);
    const QByteArray before = contentChecksum();
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.errText().contains(message), run.err.constData());
    QCOMPARE(contentChecksum(), before);
}

void TestCli::statusAndVerifyFollowTheWorkflow()
{
    const QList<qint64> ids = importFixtures({u"council-budget.txt"_s});
    QCOMPARE(ids.size(), 1);
    const QString id = QString::number(ids.at(0));
    const QStringList alice{u"--as"_s, u"alice"_s, u"--role"_s, u"editor"_s};
    const QStringList bob{u"--as"_s, u"bob"_s, u"--role"_s, u"reviewer"_s};
    const QStringList carol{u"--as"_s, u"carol"_s, u"--role"_s, u"chief"_s};

    const CliRun toReview = cli(QStringList{u"status"_s, id, u"review"_s} + alice);
    QCOMPARE(toReview.exitCode, 0);
    QVERIFY(toReview.outText().contains(u"Draft -> In review (by alice, Editor)"_s));

    // An editor may not approve (2); a reviewer is blocked by the findings (1).
    const CliRun editorApproves = cli(QStringList{u"status"_s, id, u"approved"_s} + alice);
    QCOMPARE(editorApproves.exitCode, 2);
    QVERIFY(editorApproves.errText().contains(u"editor"_s));
    const CliRun blocked = cli(QStringList{u"status"_s, id, u"approved"_s} + bob);
    QCOMPARE(blocked.exitCode, 1);
    QVERIFY2(blocked.errText().contains(u"ATTR_MISSING"_s), blocked.err.constData());
    const CliRun noComment = cli(QStringList{u"status"_s, id, u"changes-requested"_s} + bob);
    QCOMPARE(noComment.exitCode, 2);
    QVERIFY(noComment.errText().contains(u"comment"_s));

    // verify: by paragraph number or uuid, the source by name in any case.
    const QJsonArray paragraphs = show(ids.at(0)).value(u"paragraphs"_s).toArray();
    const QString second = paragraphs.at(1).toObject().value(u"uuid"_s).toString();
    const CliRun editorVerifies =
        cli(QStringList{u"verify"_s, id, u"1"_s, u"City Council minutes"_s, u"--state"_s,
                        u"verified"_s} +
            alice);
    QCOMPARE(editorVerifies.exitCode, 2);
    QVERIFY(editorVerifies.errText().contains(u"only a reviewer or a chief"_s));
    QCOMPARE(cli(QStringList{u"verify"_s, id, u"1"_s, u"city council MINUTES"_s, u"--state"_s,
                             u"verified"_s, u"--note"_s, u"Minutes page 4"_s} +
                 bob)
                 .exitCode,
             0);
    QCOMPARE(cli(QStringList{u"verify"_s, id, second, u"Finance Committee"_s, u"--state"_s,
                             u"verified"_s} +
                 bob)
                 .exitCode,
             0);
    const CliRun disputed =
        cli(QStringList{u"verify"_s, id, second, u"Library Board"_s, u"--state"_s, u"disputed"_s,
                        u"--note"_s, u"The board denies it"_s} +
            bob);
    QCOMPARE(disputed.exitCode, 0);
    const CliRun wrongSource =
        cli(QStringList{u"verify"_s, id, u"1"_s, u"Police"_s, u"--state"_s, u"verified"_s} + bob);
    QCOMPARE(wrongSource.exitCode, 2);
    QVERIFY(wrongSource.errText().contains(u"City Council minutes"_s));
    const CliRun wrongParagraph =
        cli(QStringList{u"verify"_s, id, u"9"_s, u"Police"_s, u"--state"_s, u"verified"_s} + bob);
    QCOMPARE(wrongParagraph.exitCode, 2);

    const QJsonArray reviewed = show(ids.at(0)).value(u"paragraphs"_s).toArray();
    const QJsonObject minutes =
        reviewed.at(0).toObject().value(u"attributions"_s).toArray().at(0).toObject();
    QCOMPARE(minutes.value(u"verification"_s).toString(), u"verified"_s);
    QCOMPARE(minutes.value(u"reviewer"_s).toString(), u"bob"_s);
    QCOMPARE(minutes.value(u"note"_s).toString(), u"Minutes page 4"_s);
    QCOMPARE(reviewed.at(1)
                 .toObject()
                 .value(u"attributions"_s)
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(u"verification"_s)
                 .toString(),
             u"disputed"_s);

    // Disputed and unattributed still block; a chief approves with a written reason.
    QCOMPARE(cli(QStringList{u"status"_s, id, u"approved"_s} + bob).exitCode, 1);
    QCOMPARE(cli(QStringList{u"status"_s, id, u"approved"_s} + carol).exitCode, 1);
    const CliRun override = cli(QStringList{u"status"_s, id, u"approved"_s, u"--override"_s,
                                            u"Board statement on record; residents seen"_s} +
                                carol);
    QCOMPARE(override.exitCode, 0);
    QVERIFY(override.outText().contains(u"In review -> Approved (by carol, Chief)"_s));
    QCOMPARE(show(ids.at(0)).value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(cli(QStringList{u"status"_s, id, u"published"_s} + alice).exitCode, 2);
    QCOMPARE(cli(QStringList{u"status"_s, id, u"published"_s} + carol).exitCode, 0);
    QCOMPARE(show(ids.at(0)).value(u"status"_s).toString(), u"published"_s);

    // The audit trail, straight from the file.
    {
        const QString connection = u"audit"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(m_dbPath);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT actor, action, to_status, override_reason FROM audit_log"
                               " ORDER BY id"_s));
            QStringList trail;
            while (query.next()) {
                trail.append(query.value(0).toString() + u' ' + query.value(1).toString() + u' ' +
                             query.value(2).toString() + u' ' + query.value(3).toString());
            }
            QCOMPARE(trail, (QStringList{u"alice status review "_s, u"bob verified  "_s,
                                         u"bob verified  "_s, u"bob disputed  "_s,
                                         u"carol status approved Board statement on record; "
                                         u"residents seen"_s,
                                         u"carol status published "_s}));
        }
        QSqlDatabase::removeDatabase(connection);
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
