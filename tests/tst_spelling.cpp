// Spell checking (app/spelling): tokenizer, dictionary discovery, the Hunspell wrapper and its
// encodings, the layered Speller with its cache, and the reference comparison with the hunspell
// command on the system en_US dictionary.
#include "HunspellReferenceDifferences.h"
#include "spelling/DictionaryCatalog.h"
#include "spelling/HunspellDictionary.h"
#include "spelling/PersonalDictionary.h"
#include "spelling/Speller.h"
#include "spelling/SpellingTokenizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Kind = SpellingTokenizer::Token::Kind;

namespace {

QString dictionaryFolder()
{
    return QStringLiteral(COPYDESK_TEST_DATA) + u"/spelling/dictionaries"_s;
}

QString corpusPath()
{
    return QStringLiteral(COPYDESK_TEST_DATA) + u"/spelling/news-corpus.txt"_s;
}

DictionaryCatalog testCatalog()
{
    return DictionaryCatalog({dictionaryFolder()});
}

std::unique_ptr<HunspellDictionary> loadTestDictionary(const QString &name)
{
    const QString base = dictionaryFolder() + u'/' + name;
    QString error;
    auto dictionary = HunspellDictionary::load(base + u".aff"_s, base + u".dic"_s, &error);
    if (!dictionary)
        qWarning() << error;
    return dictionary;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Word:
        return u"word"_s;
    case Kind::Number:
        return u"number"_s;
    case Kind::Ordinal:
        return u"ordinal"_s;
    case Kind::Acronym:
        return u"acronym"_s;
    case Kind::Url:
        return u"url"_s;
    case Kind::Email:
        return u"email"_s;
    case Kind::Handle:
        return u"handle"_s;
    }
    return {};
}

// "kind:text" for each token ("word-:" marks a hyphenated word), to compare in one QCOMPARE.
QStringList describeTokens(const QString &text,
                           const SpellingTokenizer::Options &options = SpellingTokenizer::Options())
{
    SpellingTokenizer tokenizer(options);
    QStringList result;
    const QList<SpellingTokenizer::Token> tokens = tokenizer.tokenize(text);
    for (const SpellingTokenizer::Token &token : tokens)
        result.append(kindName(token.kind) + (token.hyphenated ? u"-:"_s : u":"_s) +
                      text.mid(token.start, token.length));
    return result;
}

QStringList misspelledWords(Speller &speller, const QString &text)
{
    QStringList words;
    const QList<Misspelling> misspellings = speller.misspellings(text);
    for (const Misspelling &misspelling : misspellings)
        words.append(misspelling.word);
    return words;
}

bool copyDictionary(const QString &name, const QString &folder, const QString &asName)
{
    QDir().mkpath(folder);
    for (const QString &extension : {u".aff"_s, u".dic"_s}) {
        if (!QFile::copy(dictionaryFolder() + u'/' + name + extension,
                         folder + u'/' + asName + extension))
            return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestSpelling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void tokenizer_data();
    void tokenizer();
    void tokenizerAcronymOptions();
    void tokenizerPositions();
    void tokenizerReusedForManyTexts();

    void catalogSearchOrder();
    void catalogDefaultSearchPaths();
    void catalogLanguageMapping_data();
    void catalogLanguageMapping();
    void catalogBareLanguageTakesItsMainRegion();
    void debianPackages_data();
    void debianPackages();
    void dictionaryNames_data();
    void dictionaryNames();
    void missingDictionary();

    void utf8Dictionary();
    void latin1DictionaryRoundTrip();
    void koi8DictionaryRoundTrip();
    void dictionaryLoadErrors();

    void languageLayer();
    void curlyApostrophes();
    void hyphenatedWords();
    void newsroomLayer();
    void personalLayer();
    void ignoreLayer();
    void layerOrderAndCaseRules();
    void cacheInvalidationAndSignal();
    void removedWordLeavesSuggestions();
    void wordsTheEncodingCannotHold();
    void misspellingPositions();
    void personalDictionaryFile();
    void personalDictionaryErrors();
    void unreadablePersonalDictionaryIsReportedAndKept();

    void systemEnglishHyphenation();
    void systemEnglishMatchesHunspellCommand();

private:
    std::optional<DictionaryCatalog::Dictionary> systemEnglish() const;
    QTemporaryDir m_home;
};

void TestSpelling::initTestCase()
{
    // The user's own personal dictionary and dictionaries folder must not affect the results.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(dictionaryFolder() + u"/en_US.aff"_s));
}

// --- Tokenizer ----------------------------------------------------------------------------

void TestSpelling::tokenizer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");

    QTest::newRow("plain words") << u"The editor said it."_s
                                 << QStringList{u"word:The"_s, u"word:editor"_s, u"word:said"_s,
                                                u"word:it"_s};
    QTest::newRow("curly apostrophe inside a word")
        << u"The CSTO’s report and Smith’s desk"_s
        << QStringList{u"word:The"_s, u"acronym:CSTO’s"_s, u"word:report"_s,
                       u"word:and"_s, u"word:Smith’s"_s,   u"word:desk"_s};
    QTest::newRow("straight apostrophe inside a word")
        << u"rock'n'roll at o'clock, CSTO's"_s
        << QStringList{u"word:rock'n'roll"_s, u"word:at"_s, u"word:o'clock"_s, u"acronym:CSTO's"_s};
    QTest::newRow("quotation marks are not part of words")
        << u"He said ‘yes’ and “no” and 'maybe' — dont’"_s
        << QStringList{u"word:He"_s, u"word:said"_s, u"word:yes"_s,   u"word:and"_s,
                       u"word:no"_s, u"word:and"_s,  u"word:maybe"_s, u"word:dont"_s};
    QTest::newRow("hyphenated words")
        << u"a multi-laceted, well‐known self-driving ex-president"_s
        << QStringList{u"word:a"_s, u"word-:multi-laceted"_s, u"word-:well‐known"_s,
                       u"word-:self-driving"_s, u"word-:ex-president"_s};
    QTest::newRow("hyphens at the edges and dashes separate")
        << u"-lead trail- 2020–21 on—off"_s
        << QStringList{u"word:lead"_s, u"word:trail"_s, u"number:2020"_s,
                       u"number:21"_s, u"word:on"_s,    u"word:off"_s};
    QTest::newRow("hyphenated acronyms and numbers")
        << u"COVID-19 F-35 2020-21 mid-1990s 2nd-largest"_s
        << QStringList{u"acronym:COVID-19"_s, u"word-:F-35"_s, u"number:2020-21"_s,
                       u"word-:mid-1990s"_s, u"word-:2nd-largest"_s};
    QTest::newRow("urls")
        << u"See https://www.example.com/path/to-page?x=1&y=2. Or www.example.org, or "
           u"example.net/news/today (http://en.wikipedia.org/wiki/Foo_(bar)) ftp://x.org."_s
        << QStringList{u"word:See"_s,
                       u"url:https://www.example.com/path/to-page?x=1&y=2"_s,
                       u"word:Or"_s,
                       u"url:www.example.org"_s,
                       u"word:or"_s,
                       u"url:example.net/news/today"_s,
                       u"url:http://en.wikipedia.org/wiki/Foo_(bar)"_s,
                       u"url:ftp://x.org"_s};
    QTest::newRow("a bare domain is words, as in hunspell")
        << u"example.com"_s << QStringList{u"word:example"_s, u"word:com"_s};
    QTest::newRow("e-mail addresses")
        << u"Write to jane.doe+news@example.co.uk or press@city.gov."_s
        << QStringList{u"word:Write"_s, u"word:to"_s, u"email:jane.doe+news@example.co.uk"_s,
                       u"word:or"_s, u"email:press@city.gov"_s};
    QTest::newRow("handles") << u"@janedoe_99 and (@RivertonPD), not mail@host.org nor a@ b"_s
                             << QStringList{u"handle:@janedoe_99"_s,
                                            u"word:and"_s,
                                            u"handle:@RivertonPD"_s,
                                            u"word:not"_s,
                                            u"email:mail@host.org"_s,
                                            u"word:nor"_s,
                                            u"word:a"_s,
                                            u"word:b"_s};
    QTest::newRow("numbers") << u"1,200 people, 3.5 percent, $4.2m at 12pm in the 1990s and ’90s"_s
                             << QStringList{u"number:1,200"_s, u"word:people"_s, u"number:3.5"_s,
                                            u"word:percent"_s, u"number:4.2m"_s, u"word:at"_s,
                                            u"number:12pm"_s,  u"word:in"_s,     u"word:the"_s,
                                            u"number:1990s"_s, u"word:and"_s,    u"number:90s"_s};
    QTest::newRow("ordinals") << u"1st 22nd 3rd 4th 11th 12th 13th 101st 113th 21th 2ND"_s
                              << QStringList{
                                     u"ordinal:1st"_s,  u"ordinal:22nd"_s,  u"ordinal:3rd"_s,
                                     u"ordinal:4th"_s,  u"ordinal:11th"_s,  u"ordinal:12th"_s,
                                     u"ordinal:13th"_s, u"ordinal:101st"_s, u"ordinal:113th"_s,
                                     u"word:21th"_s,    u"ordinal:2ND"_s};
    QTest::newRow("acronyms") << u"NATO and the UN, MP3, H5N1, NGOs, CEOs; I am A"_s
                              << QStringList{
                                     u"acronym:NATO"_s, u"word:and"_s,     u"word:the"_s,
                                     u"acronym:UN"_s,   u"acronym:MP3"_s,  u"acronym:H5N1"_s,
                                     u"acronym:NGOs"_s, u"acronym:CEOs"_s, u"word:I"_s,
                                     u"word:am"_s,      u"word:A"_s};
    QTest::newRow("underscores separate words")
        << u"snake_case_word"_s << QStringList{u"word:snake"_s, u"word:case"_s, u"word:word"_s};
    QTest::newRow("no words") << u" … — ¶ "_s << QStringList{};
}

void TestSpelling::tokenizer()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(describeTokens(text), tokens);
}

void TestSpelling::tokenizerAcronymOptions()
{
    SpellingTokenizer::Options keepAcronyms;
    keepAcronyms.skipAcronyms = false;
    QCOMPARE(describeTokens(u"NATO CSTO’s NGOs 21st"_s, keepAcronyms),
             (QStringList{u"word:NATO"_s, u"word:CSTO’s"_s, u"word:NGOs"_s, u"ordinal:21st"_s}));

    SpellingTokenizer::Options longAcronyms;
    longAcronyms.minimumAcronymLength = 3;
    QCOMPARE(describeTokens(u"UN NATO EU’s"_s, longAcronyms),
             (QStringList{u"word:UN"_s, u"acronym:NATO"_s, u"word:EU’s"_s}));
}

void TestSpelling::tokenizerPositions()
{
    // UTF-16 positions: the emoji is a surrogate pair, the curly quotes single units.
    const QString text = u"😀 “Teh” café-naïve at https://x.org/a then jane@x.org"_s;
    SpellingTokenizer tokenizer;
    const QList<SpellingTokenizer::Token> tokens = tokenizer.tokenize(text);
    QStringList pieces;
    for (const SpellingTokenizer::Token &token : tokens)
        pieces.append(text.mid(token.start, token.length));
    QCOMPARE(pieces, (QStringList{u"Teh"_s, u"café-naïve"_s, u"at"_s, u"https://x.org/a"_s,
                                  u"then"_s, u"jane@x.org"_s}));
    QCOMPARE(tokens.first().start, 4);
    QCOMPARE(tokens.first().length, 3);

    const QList<SpellingTokenizer::Part> parts = SpellingTokenizer::hyphenParts(u"multi-laceted");
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(1).start, 6);
    QCOMPARE(parts.at(1).length, 7);
}

void TestSpelling::tokenizerReusedForManyTexts()
{
    // The boundary buffer is kept between calls: a long text, then a short one, then long again.
    SpellingTokenizer tokenizer;
    const QString longText = u"word "_s.repeated(5000);
    QCOMPARE(tokenizer.tokenize(longText).size(), 5000);
    QCOMPARE(tokenizer.tokenize(u"two words"_s).size(), 2);
    QCOMPARE(tokenizer.tokenize(u""_s).size(), 0);
    QCOMPARE(tokenizer.tokenize(longText + u"and more"_s).size(), 5002);
}

// --- Dictionary discovery -----------------------------------------------------------------

void TestSpelling::catalogSearchOrder()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString first = root.filePath(u"first"_s);
    const QString second = root.filePath(u"second"_s);
    QVERIFY(copyDictionary(u"en_US"_s, first, u"en_US"_s));
    QVERIFY(copyDictionary(u"en_US"_s, second, u"en_US"_s));
    QVERIFY(copyDictionary(u"de_DE"_s, second, u"de_DE"_s));
    // An .aff without its .dic is not a dictionary.
    QVERIFY(QFile::copy(dictionaryFolder() + u"/ru_RU.aff"_s, first + u"/ru_RU.aff"_s));

    const DictionaryCatalog firstWins({first, root.filePath(u"missing"_s), second});
    QCOMPARE(firstWins.names(), (QStringList{u"de_DE"_s, u"en_US"_s}));
    QCOMPARE(firstWins.find(u"en-US"_s)->affPath, first + u"/en_US.aff"_s);
    QCOMPARE(firstWins.find(u"en-US"_s)->dicPath, first + u"/en_US.dic"_s);
    QCOMPARE(firstWins.find(u"de"_s)->affPath, second + u"/de_DE.aff"_s);
    QVERIFY(!firstWins.find(u"ru"_s));

    const DictionaryCatalog secondWins({second, first});
    QCOMPARE(secondWins.find(u"en_US"_s)->affPath, second + u"/en_US.aff"_s);
}

void TestSpelling::catalogDefaultSearchPaths()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    QVERIFY(QDir().mkpath(dataDir.filePath(u"hunspell"_s)));
    const QByteArray oldDicPath = qgetenv("DICPATH");
    const QByteArray oldDataDirs = qgetenv("XDG_DATA_DIRS");
    qputenv("DICPATH", "/opt/dicts/one:/opt/dicts/two");
    qputenv("XDG_DATA_DIRS", QFile::encodeName(dataDir.path()));
    const QStringList paths = DictionaryCatalog::defaultSearchPaths();
    qputenv("DICPATH", oldDicPath);
    qputenv("XDG_DATA_DIRS", oldDataDirs);

    const QString generic = QDir::cleanPath(dataDir.filePath(u"hunspell"_s));
    const qsizetype user = paths.indexOf(DictionaryCatalog::userDictionaryFolder());
    const qsizetype located = paths.indexOf(generic);
    const qsizetype hunspell = paths.indexOf(u"/usr/share/hunspell"_s);
    const qsizetype myspell = paths.indexOf(u"/usr/share/myspell"_s);
    const qsizetype myspellDicts = paths.indexOf(u"/usr/share/myspell/dicts"_s);
    QCOMPARE(paths.value(0), u"/opt/dicts/one"_s);
    QCOMPARE(paths.value(1), u"/opt/dicts/two"_s);
    QCOMPARE(user, 2);
    QVERIFY2(located > user, qPrintable(paths.join(u", ")));
    QVERIFY(hunspell > located);
    QVERIFY(myspell > hunspell);
    QVERIFY(myspellDicts > myspell);
    QCOMPARE(paths.count(u"/usr/share/hunspell"_s), 1);
    QVERIFY(DictionaryCatalog::userDictionaryFolder().endsWith(u"/dictionaries"_s));
}

void TestSpelling::catalogLanguageMapping_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dictionary"); // empty: none

    QTest::newRow("BCP 47 with region") << u"en-US"_s << u"en_US"_s;
    QTest::newRow("Hunspell name") << u"en_US"_s << u"en_US"_s;
    QTest::newRow("odd case") << u"EN-us"_s << u"en_US"_s;
    QTest::newRow("bare English") << u"en"_s << u"en_US"_s;
    QTest::newRow("bare German") << u"de"_s << u"de_DE"_s;
    QTest::newRow("bare Russian") << u"ru"_s << u"ru_RU"_s;
    QTest::newRow("other region is not substituted") << u"de-CH"_s << QString();
    QTest::newRow("missing language") << u"pt-BR"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSpelling::catalogLanguageMapping()
{
    QFETCH(QString, language);
    QFETCH(QString, dictionary);
    const auto found = testCatalog().find(language);
    QCOMPARE(found ? found->name : QString(), dictionary);
}

void TestSpelling::catalogBareLanguageTakesItsMainRegion()
{
    // Several regions installed (hunspell-sv installs sv_FI and sv_SE; hunspell-no nb_NO and
    // nn_NO): a bare language takes its main region, not the first name in the folder.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const QString &name : {u"sv_FI"_s, u"sv_SE"_s, u"pt_AO"_s, u"pt_BR"_s, u"nb_NO"_s, u"fr"_s,
                                u"fr_BE"_s, u"fr_FR"_s})
        QVERIFY(copyDictionary(u"en_US"_s, folder.path(), name));
    const DictionaryCatalog catalog({folder.path()});
    QCOMPARE(catalog.find(u"sv"_s)->name, u"sv_SE"_s);
    QCOMPARE(catalog.find(u"sv-FI"_s)->name, u"sv_FI"_s);
    QCOMPARE(catalog.find(u"pt"_s)->name, u"pt_BR"_s);
    QCOMPARE(catalog.find(u"no"_s)->name, u"nb_NO"_s);
    QCOMPARE(catalog.find(u"fr"_s)->name, u"fr"_s); // a dictionary of the bare name first
    QVERIFY(!catalog.find(u"sv-AX"_s));
}

void TestSpelling::debianPackages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("package");

    // Checked against what each Debian 12 package installs (`dpkg -c`).
    QTest::newRow("de") << u"de"_s << u"hunspell-de-de"_s;
    QTest::newRow("de-DE") << u"de-DE"_s << u"hunspell-de-de"_s;
    QTest::newRow("de-LU (in hunspell-de-de)") << u"de-LU"_s << u"hunspell-de-de"_s;
    QTest::newRow("de-BE (in hunspell-de-de)") << u"de-BE"_s << u"hunspell-de-de"_s;
    QTest::newRow("de-CH") << u"de-CH"_s << u"hunspell-de-ch"_s;
    QTest::newRow("de-LI (in hunspell-de-ch)") << u"de-LI"_s << u"hunspell-de-ch"_s;
    QTest::newRow("de_AT") << u"de_AT"_s << u"hunspell-de-at"_s;
    QTest::newRow("de-IT: none") << u"de-IT"_s << QString();
    QTest::newRow("en") << u"en"_s << u"hunspell-en-us"_s;
    QTest::newRow("en-US") << u"en-US"_s << u"hunspell-en-us"_s;
    QTest::newRow("en-GB") << u"en-GB"_s << u"hunspell-en-gb"_s;
    QTest::newRow("en-AU") << u"en-AU"_s << u"hunspell-en-au"_s;
    QTest::newRow("en-CA") << u"en-CA"_s << u"hunspell-en-ca"_s;
    QTest::newRow("en-ZA") << u"en-ZA"_s << u"hunspell-en-za"_s;
    QTest::newRow("en-NZ: none") << u"en-NZ"_s << QString();
    QTest::newRow("pt-BR") << u"pt-BR"_s << u"hunspell-pt-br"_s;
    QTest::newRow("pt-PT") << u"pt-PT"_s << u"hunspell-pt-pt"_s;
    // A bare language is its likely region (CLDR, as QLocale has it): pt is pt_BR.
    QTest::newRow("pt") << u"pt"_s << u"hunspell-pt-br"_s;
    QTest::newRow("ru") << u"ru"_s << u"hunspell-ru"_s;
    QTest::newRow("ru-RU") << u"ru-RU"_s << u"hunspell-ru"_s;
    QTest::newRow("es") << u"es"_s << u"hunspell-es"_s;
    QTest::newRow("es-MX") << u"es-MX"_s << u"hunspell-es"_s;
    QTest::newRow("fr") << u"fr"_s << u"hunspell-fr"_s;
    QTest::newRow("fr-CA") << u"fr-CA"_s << u"hunspell-fr"_s;
    QTest::newRow("it-CH") << u"it-CH"_s << u"hunspell-it"_s;
    QTest::newRow("nl-BE") << u"nl-BE"_s << u"hunspell-nl"_s;
    QTest::newRow("sv-FI") << u"sv-FI"_s << u"hunspell-sv"_s;
    QTest::newRow("nb") << u"nb-NO"_s << u"hunspell-no"_s;
    QTest::newRow("nn") << u"nn"_s << u"hunspell-no"_s;
    QTest::newRow("sr-Latn-RS") << u"sr-Latn-RS"_s << u"hunspell-sr"_s;
    QTest::newRow("eo") << u"eo"_s << u"myspell-eo"_s;
    QTest::newRow("fa (myspell only)") << u"fa-IR"_s << u"myspell-fa"_s;
    QTest::newRow("unknown") << u"xx"_s << QString();
}

void TestSpelling::debianPackages()
{
    QFETCH(QString, language);
    QFETCH(QString, package);
    QCOMPARE(DictionaryCatalog::debianPackage(language), package);
}

void TestSpelling::dictionaryNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");

    QTest::newRow("de") << u"de"_s << u"de_DE"_s;
    QTest::newRow("de-CH") << u"de-CH"_s << u"de_CH"_s;
    QTest::newRow("en") << u"en"_s << u"en_US"_s;
    QTest::newRow("en-gb") << u"en-gb"_s << u"en_GB"_s;
    QTest::newRow("pt") << u"pt"_s << u"pt_BR"_s;
    QTest::newRow("sv") << u"sv"_s << u"sv_SE"_s; // not sv_SV
    QTest::newRow("nb") << u"nb"_s << u"nb_NO"_s; // not nb_NB
    QTest::newRow("da") << u"da"_s << u"da_DK"_s;
    QTest::newRow("uk") << u"uk"_s << u"uk_UA"_s;
    QTest::newRow("sr-Latn") << u"sr-Latn"_s << u"sr_Latn"_s;
    QTest::newRow("eo: no region") << u"eo"_s << u"eo"_s;
    QTest::newRow("unknown") << u"xx"_s << u"xx"_s;
}

void TestSpelling::dictionaryNames()
{
    QFETCH(QString, language);
    QFETCH(QString, name);
    QCOMPARE(DictionaryCatalog::dictionaryName(language), name);
}

void TestSpelling::missingDictionary()
{
    // A bare language names the dictionary looked for and its package.
    const QString german = DictionaryCatalog::missingDictionaryMessage(u"de"_s);
    QVERIFY2(german.contains(u"\"de\""_s), qPrintable(german));
    QVERIFY2(german.contains(u"de_DE"_s), qPrintable(german));
    QVERIFY2(german.contains(u"de_DE.aff"_s), qPrintable(german));
    QVERIFY2(german.contains(u"hunspell-de-de"_s), qPrintable(german));
    const QString swedish = DictionaryCatalog::missingDictionaryMessage(u"sv"_s);
    QVERIFY2(swedish.contains(u"sv_SE"_s) && swedish.contains(u"hunspell-sv"_s),
             qPrintable(swedish));

    const QString message = DictionaryCatalog::missingDictionaryMessage(u"de-CH"_s);
    QVERIFY2(message.contains(u"\"de-CH\""_s), qPrintable(message));
    QVERIFY2(message.contains(u"hunspell-de-ch"_s), qPrintable(message));
    QVERIFY2(message.contains(u"de_CH.aff"_s), qPrintable(message));
    QVERIFY2(message.contains(DictionaryCatalog::userDictionaryFolder()), qPrintable(message));

    const QString unknown = DictionaryCatalog::missingDictionaryMessage(u"xx-YY"_s);
    QVERIFY2(unknown.contains(u"\"xx-YY\""_s), qPrintable(unknown));
    QVERIFY2(!unknown.contains(u"hunspell-"_s), qPrintable(unknown));

    // Editing goes on without underlines: nothing flagged, no suggestions.
    Speller speller;
    QVERIFY(!speller.setLanguage(u"de-CH"_s, testCatalog()));
    QVERIFY(!speller.hasDictionary());
    QCOMPARE(speller.errorString(), message);
    QVERIFY(speller.misspellings(u"Teh qwzx report"_s).isEmpty());
    QVERIFY(speller.check(u"qwzx"_s));
    QVERIFY(speller.suggestions(u"Teh"_s).isEmpty());

    // A working language after a missing one.
    QVERIFY(speller.setLanguage(u"en-US"_s, testCatalog()));
    QCOMPARE(speller.dictionaryName(), u"en_US"_s);
    QCOMPARE(misspelledWords(speller, u"Teh report"_s), QStringList{u"Teh"_s});
}

// --- Hunspell wrapper and encodings -------------------------------------------------------

void TestSpelling::utf8Dictionary()
{
    auto dictionary = loadTestDictionary(u"en_US"_s);
    QVERIFY(dictionary);
    QCOMPARE(dictionary->encoding(), u"UTF-8"_s);
    for (const QString &word : {u"reports"_s, u"stories"_s, u"checked"_s, u"checking"_s,
                                u"unhappy"_s, u"café"_s, u"cafés"_s, u"naïve"_s, u"NATO's"_s})
        QVERIFY2(dictionary->spell(word), qPrintable(word));
    for (const QString &word : {u"reportz"_s, u"cafe"_s, u"naive"_s, u"unreport"_s})
        QVERIFY2(!dictionary->spell(word), qPrintable(word));
    QVERIFY(dictionary->suggest(u"cafe"_s).contains(u"café"_s));
    QVERIFY(!dictionary->spell(u"Zelenskyy"_s));
    QVERIFY(dictionary->add(u"Zelenskyy"_s));
    QVERIFY(dictionary->spell(u"Zelenskyy"_s));
    QVERIFY(dictionary->spell(u"ZELENSKYY"_s));
}

void TestSpelling::latin1DictionaryRoundTrip()
{
    // The shipped files really are ISO8859-1: "ß" is the single byte 0xDF, not valid UTF-8.
    const QByteArray dic = readAll(dictionaryFolder() + u"/de_DE.dic"_s);
    QVERIFY(dic.contains("Stra\xdf"
                         "e"));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString asUtf8 = utf8.decode(dic);
    QVERIFY(utf8.hasError());
    QVERIFY(!asUtf8.contains(u"Straße"_s));

    auto dictionary = loadTestDictionary(u"de_DE"_s);
    QVERIFY(dictionary);
    QCOMPARE(dictionary->encoding(), u"ISO8859-1"_s);
    for (const QString &word :
         {u"Straße"_s, u"Straßen"_s, u"Größen"_s, u"schöne"_s, u"für"_s, u"Mädchen"_s})
        QVERIFY2(dictionary->spell(word), qPrintable(word));
    QVERIFY(!dictionary->spell(u"Strasse"_s));
    const QStringList suggestions = dictionary->suggest(u"Strase"_s);
    QVERIFY2(suggestions.contains(u"Straße"_s), qPrintable(suggestions.join(u", ")));
    QVERIFY(dictionary->add(u"Zoë"_s)); // ë is in ISO8859-1
    QVERIFY(dictionary->spell(u"Zoë"_s));
}

void TestSpelling::koi8DictionaryRoundTrip()
{
    auto dictionary = loadTestDictionary(u"ru_RU"_s);
    QVERIFY(dictionary);
    QCOMPARE(dictionary->encoding(), u"KOI8-R"_s);
    QVERIFY(dictionary->spell(u"Москва"_s));
    QVERIFY(dictionary->spell(u"Москвы"_s)); // affix rule written in KOI8-R
    QVERIFY(dictionary->spell(u"газеты"_s));
    QVERIFY(!dictionary->spell(u"Масква"_s));
    const QStringList suggestions = dictionary->suggest(u"Масква"_s);
    QVERIFY2(suggestions.contains(u"Москва"_s), qPrintable(suggestions.join(u", ")));

    // é does not exist in KOI8-R: refused rather than turned into something else.
    QVERIFY(!dictionary->canEncode(u"café"_s));
    QVERIFY(!dictionary->spell(u"café"_s));
    QVERIFY(dictionary->suggest(u"café"_s).isEmpty());
    QVERIFY(!dictionary->add(u"café"_s));
    QVERIFY(dictionary->canEncode(u"редактор"_s));
}

void TestSpelling::dictionaryLoadErrors()
{
    QString error;
    QVERIFY(!HunspellDictionary::load(u"/nonexistent/xx_XX.aff"_s, u"/nonexistent/xx_XX.dic"_s,
                                      &error));
    QVERIFY2(error.contains(u"/nonexistent/xx_XX.aff"_s), qPrintable(error));

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile aff(folder.filePath(u"xx_XX.aff"_s));
    QVERIFY(aff.open(QIODevice::WriteOnly));
    aff.write("SET X-NO-SUCH-ENCODING\n");
    aff.close();
    QFile dic(folder.filePath(u"xx_XX.dic"_s));
    QVERIFY(dic.open(QIODevice::WriteOnly));
    dic.write("1\nword\n");
    dic.close();
    error.clear();
    QVERIFY(!HunspellDictionary::load(aff.fileName(), dic.fileName(), &error));
    QVERIFY2(error.contains(u"X-NO-SUCH-ENCODING"_s) && error.contains(aff.fileName()),
             qPrintable(error));
}

// --- Speller ------------------------------------------------------------------------------

void TestSpelling::languageLayer()
{
    Speller speller;
    QVERIFY(speller.setPersonalDictionaryPath(m_home.filePath(u"language.txt"_s)));
    QVERIFY(speller.setLanguage(u"en"_s, testCatalog()));
    QVERIFY(speller.hasDictionary());
    QCOMPARE(speller.language(), u"en"_s);
    QVERIFY(speller.check(u"reports"_s));
    QVERIFY(speller.check(u"Reports"_s)); // sentence start
    QVERIFY(speller.check(u"REPORTS"_s)); // headline
    QVERIFY(!speller.check(u"reportz"_s));
    QVERIFY(speller.check(u"1990s"_s));
    QVERIFY(speller.check(u"22nd"_s));
    QVERIFY(!speller.check(u"21th"_s));
    QVERIFY(speller.check(u"NATO"_s));
    QCOMPARE(misspelledWords(speller, u"The editor reportz teh story at https://x.org/qq "
                                      u"for @qqq, qq@x.org, FBI and 3rd 5m 1,000"_s),
             (QStringList{u"reportz"_s, u"teh"_s}));
    const QStringList suggestions = speller.suggestions(u"reportz"_s);
    QVERIFY(suggestions.contains(u"reports"_s));
    QVERIFY(suggestions.size() <= 8);
    QCOMPARE(speller.suggestions(u"reportz"_s, 1).size(), 1);
}

void TestSpelling::curlyApostrophes()
{
    Speller speller;
    QVERIFY(speller.setPersonalDictionaryPath(m_home.filePath(u"curly.txt"_s)));
    QVERIFY(speller.setLanguage(u"en-US"_s, testCatalog()));
    SpellingTokenizer::Options options;
    options.skipAcronyms = false; // NATO’s is checked, not skipped
    speller.setTokenizerOptions(options);

    // The test dictionary has no ICONV line: the speller itself checks NATO’s as NATO's.
    QVERIFY(speller.check(u"NATO's"_s));
    QVERIFY(speller.check(u"NATO’s"_s));
    QVERIFY(speller.check(u"Smith’s"_s));
    QVERIFY(!speller.check(u"CSTO’s"_s));
    QCOMPARE(misspelledWords(speller, u"NATO’s editor and the CSTO’s desk"_s),
             QStringList{u"CSTO’s"_s});
    QVERIFY(speller.addNewsroomWord(u"CSTO"_s));
    QVERIFY(speller.check(u"CSTO’s"_s));
    QVERIFY(speller.check(u"CSTO's"_s));

    // Suggestions keep the apostrophe the writer typed.
    const QStringList curly = speller.suggestions(u"Smiht’s"_s);
    QVERIFY2(curly.contains(u"Smith’s"_s), qPrintable(curly.join(u", ")));
    const QStringList straight = speller.suggestions(u"Smiht's"_s);
    QVERIFY2(straight.contains(u"Smith's"_s), qPrintable(straight.join(u", ")));
}

void TestSpelling::hyphenatedWords()
{
    Speller speller;
    QVERIFY(speller.setPersonalDictionaryPath(m_home.filePath(u"hyphen.txt"_s)));
    QVERIFY(speller.setLanguage(u"en-US"_s, testCatalog()));
    const QString text = u"A multi-laceted, self-driving ex-presidnt"_s;
    const QList<Misspelling> misspellings = speller.misspellings(text);
    QCOMPARE(misspellings.size(), 2);
    QCOMPARE(misspellings.at(0).word, u"laceted"_s);
    QCOMPARE(misspellings.at(0).start, 8);
    QCOMPARE(misspellings.at(0).length, 7);
    QCOMPARE(misspellings.at(0).compound, u"multi-laceted"_s);
    QCOMPARE(misspellings.at(0).compoundStart, 2);
    QVERIFY(misspellings.at(0).isPartOfCompound());
    QCOMPARE(misspellings.at(1).word, u"presidnt"_s);
    QCOMPARE(misspellings.at(1).compound, u"ex-presidnt"_s);

    QVERIFY(!speller.check(u"multi-laceted"_s));
    QVERIFY(speller.check(u"multi-faceted"_s));
    const QStringList whole = speller.suggestions(u"multi-laceted"_s);
    QVERIFY2(whole.contains(u"multi-faceted"_s), qPrintable(whole.join(u", ")));
    QVERIFY(speller.suggestions(u"laceted"_s).contains(u"faceted"_s));

    // A hyphenated word listed as a whole is accepted even though a part is not a word.
    QVERIFY(speller.addNewsroomWord(u"multi-laceted"_s));
    QVERIFY(speller.check(u"multi-laceted"_s));
    QVERIFY(speller.misspellings(u"a multi-laceted story"_s).isEmpty());
    QVERIFY(!speller.check(u"laceted"_s));
}

void TestSpelling::newsroomLayer()
{
    Speller speller;
    QVERIFY(speller.setPersonalDictionaryPath(m_home.filePath(u"newsroom.txt"_s)));
    QVERIFY(speller.setLanguage(u"en-US"_s, testCatalog()));
    QVERIFY(!speller.check(u"Zelenskyy"_s));
    speller.setNewsroomWords({u"Zelenskyy"_s, u"Kyiv"_s});
    QCOMPARE(speller.newsroomWords(), (QStringList{u"Kyiv"_s, u"Zelenskyy"_s}));
    QVERIFY(speller.check(u"Zelenskyy"_s));
    QVERIFY(speller.check(u"Kyiv’s"_s));
    // Run-time words reach Hunspell's suggestions.
    QVERIFY(speller.suggestions(u"Zelenskky"_s).contains(u"Zelenskyy"_s));
    QVERIFY(speller.addNewsroomWord(u"Odesa"_s));
    QVERIFY(!speller.addNewsroomWord(u"Odesa"_s));
    QVERIFY(!speller.addNewsroomWord(u"two words"_s));
    QVERIFY(!speller.addNewsroomWord(u"  "_s));
    QVERIFY(speller.check(u"Odesa"_s));
    QVERIFY(speller.removeNewsroomWord(u"Kyiv"_s));
    QVERIFY(!speller.removeNewsroomWord(u"Kyiv"_s));
    QVERIFY(!speller.check(u"Kyiv"_s));
    QVERIFY(speller.check(u"Zelenskyy"_s)); // the other words survive the reload
    QVERIFY(speller.check(u"Odesa"_s));
}

void TestSpelling::personalLayer()
{
    const QString path = m_home.filePath(u"personal-layer.txt"_s);
    Speller speller;
    QVERIFY(speller.setPersonalDictionaryPath(path));
    QCOMPARE(speller.personalDictionaryPath(), path);
    QVERIFY(speller.setLanguage(u"en-US"_s, testCatalog()));
    QVERIFY(!speller.check(u"Alvarez"_s));
    QVERIFY(speller.addPersonalWord(u"Alvarez"_s));
    QVERIFY(speller.check(u"Alvarez"_s));
    QCOMPARE(speller.personalWords(), QStringList{u"Alvarez"_s});
    QVERIFY(speller.suggestions(u"Alvarex"_s).contains(u"Alvarez"_s));
    QVERIFY(speller.removePersonalWord(u"Alvarez"_s));
    QVERIFY(!speller.check(u"Alvarez"_s));
    QVERIFY(!speller.addPersonalWord(u"two words"_s));
    QVERIFY(speller.errorString().contains(u"two words"_s));
}

void TestSpelling::ignoreLayer()
{
    Speller speller;
    QVERIFY(speller.setPersonalDictionaryPath(m_home.filePath(u"ignore.txt"_s)));
    QVERIFY(speller.setLanguage(u"en-US"_s, testCatalog()));
    QCOMPARE(misspelledWords(speller, u"Qwzx and Blorf"_s), (QStringList{u"Qwzx"_s, u"Blorf"_s}));
    speller.setIgnoredWords({u"Qwzx"_s});
    QCOMPARE(misspelledWords(speller, u"Qwzx and Blorf"_s), QStringList{u"Blorf"_s});
    QVERIFY(speller.ignoreWord(u"Blorf"_s));
    QVERIFY(speller.misspellings(u"Qwzx and Blorf"_s).isEmpty());
    QCOMPARE(speller.ignoredWords(), (QStringList{u"Blorf"_s, u"Qwzx"_s}));
    // Ignored words are not offered as suggestions (they are not added to Hunspell).
    QVERIFY(!speller.suggestions(u"Blorg"_s).contains(u"Blorf"_s));
    speller.setIgnoredWords({}); // the next article
    QCOMPARE(misspelledWords(speller, u"Qwzx and Blorf"_s), (QStringList{u"Qwzx"_s, u"Blorf"_s}));
}

void TestSpelling::layerOrderAndCaseRules()
{
    Speller speller;
    QVERIFY(speller.setPersonalDictionaryPath(m_home.filePath(u"case.txt"_s)));
    QVERIFY(speller.setLanguage(u"en-US"_s, testCatalog()));
    SpellingTokenizer::Options options;
    options.skipAcronyms = false; // check ALL-CAPS words too
    speller.setTokenizerOptions(options);
    speller.setNewsroomWords({u"zelenskyy"_s, u"McAllister"_s});
    QVERIFY(speller.check(u"zelenskyy"_s));
    QVERIFY(speller.check(u"Zelenskyy"_s));
    QVERIFY(speller.check(u"ZELENSKYY"_s));
    QVERIFY(speller.check(u"Zelenskyy's"_s));
    QVERIFY(speller.check(u"McAllister"_s));
    QVERIFY(speller.check(u"MCALLISTER"_s));
    QVERIFY(!speller.check(u"mcallister"_s));
    QVERIFY(!speller.check(u"Mcallister"_s));

    // Every layer accepts on its own; removing the word from one leaves the others.
    speller.setIgnoredWords({u"Blorf"_s});
    QVERIFY(speller.addPersonalWord(u"Blorf"_s));
    QVERIFY(speller.addNewsroomWord(u"Blorf"_s));
    speller.setIgnoredWords({});
    QVERIFY(speller.check(u"Blorf"_s));
    QVERIFY(speller.removeNewsroomWord(u"Blorf"_s));
    QVERIFY(speller.check(u"Blorf"_s)); // still personal
    QVERIFY(speller.removePersonalWord(u"Blorf"_s));
    QVERIFY(!speller.check(u"Blorf"_s));
}

void TestSpelling::cacheInvalidationAndSignal()
{
    Speller speller;
    QVERIFY(speller.setPersonalDictionaryPath(m_home.filePath(u"cache.txt"_s)));
    QSignalSpy allChanged(&speller, &Speller::allWordsChanged);
    QVERIFY(speller.setLanguage(u"en-US"_s, testCatalog()));
    QCOMPARE(allChanged.size(), 1);
    QSignalSpy changed(&speller, &Speller::wordsChanged);

    // The first answers are cached; each layer change must clear them.
    QVERIFY(!speller.check(u"Qwzx"_s));
    QCOMPARE(misspelledWords(speller, u"Qwzx Blorf"_s), (QStringList{u"Qwzx"_s, u"Blorf"_s}));
    QVERIFY(speller.addNewsroomWord(u"Qwzx"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.takeFirst().at(0).toStringList(), QStringList{u"Qwzx"_s});
    QVERIFY(speller.check(u"Qwzx"_s));
    QCOMPARE(misspelledWords(speller, u"Qwzx Blorf"_s), QStringList{u"Blorf"_s});

    QVERIFY(speller.addPersonalWord(u"Blorf"_s));
    QCOMPARE(changed.takeFirst().at(0).toStringList(), QStringList{u"Blorf"_s});
    QVERIFY(speller.misspellings(u"Qwzx Blorf"_s).isEmpty());

    speller.setNewsroomWords({u"Qwzx"_s, u"Plimf"_s}); // only Plimf is new
    QCOMPARE(changed.takeFirst().at(0).toStringList(), QStringList{u"Plimf"_s});
    speller.setNewsroomWords({u"Qwzx"_s, u"Plimf"_s}); // no change, no signal
    QCOMPARE(changed.size(), 0);
    speller.setNewsroomWords({});
    QCOMPARE(changed.takeFirst().at(0).toStringList(), (QStringList{u"Plimf"_s, u"Qwzx"_s}));
    QVERIFY(!speller.check(u"Qwzx"_s));

    speller.setIgnoredWords({u"Snorp"_s});
    QCOMPARE(changed.takeFirst().at(0).toStringList(), QStringList{u"Snorp"_s});
    QVERIFY(speller.check(u"Snorp"_s));
    QVERIFY(!speller.ignoreWord(u"Snorp"_s)); // already ignored: no signal
    QCOMPARE(changed.size(), 0);

    SpellingTokenizer::Options options;
    options.skipAcronyms = false;
    QVERIFY(speller.check(u"FBI"_s));
    speller.setTokenizerOptions(options);
    QCOMPARE(allChanged.size(), 2);
    QVERIFY(!speller.check(u"FBI"_s));
}

void TestSpelling::removedWordLeavesSuggestions()
{
    Speller speller;
    QVERIFY(speller.setPersonalDictionaryPath(m_home.filePath(u"removed.txt"_s)));
    QVERIFY(speller.setLanguage(u"en-US"_s, testCatalog()));
    SpellingTokenizer::Options options;
    options.skipAcronyms = false; // check ALL-CAPS words too
    speller.setTokenizerOptions(options);
    QVERIFY(speller.addNewsroomWord(u"Zelenskyy"_s));
    QVERIFY(speller.check(u"ZELENSKYY"_s));
    QVERIFY(speller.suggestions(u"Zelenskky"_s).contains(u"Zelenskyy"_s));
    QVERIFY(speller.removeNewsroomWord(u"Zelenskyy"_s));
    QVERIFY(!speller.suggestions(u"Zelenskky"_s).contains(u"Zelenskyy"_s));
    QVERIFY(!speller.check(u"Zelenskyy"_s));
    QVERIFY(!speller.check(u"ZELENSKYY"_s));
    // Removing a word that the dictionary itself has must not forbid it.
    QVERIFY(speller.addNewsroomWord(u"editor"_s));
    QVERIFY(speller.removeNewsroomWord(u"editor"_s));
    QVERIFY(speller.check(u"editor"_s));
}

void TestSpelling::wordsTheEncodingCannotHold()
{
    Speller speller;
    QVERIFY(speller.setPersonalDictionaryPath(m_home.filePath(u"encoding.txt"_s)));
    QVERIFY(speller.setLanguage(u"de"_s, testCatalog()));
    QCOMPARE(speller.dictionaryName(), u"de_DE"_s);
    // Łódź is not representable in ISO8859-1: flagged (the dictionary cannot contain it), no
    // suggestions, no crash; the Unicode newsroom list can still accept it.
    QCOMPARE(misspelledWords(speller, u"Die Straße in Łódź ist schön"_s), QStringList{u"Łódź"_s});
    QVERIFY(speller.suggestions(u"Łódź"_s).isEmpty());
    QVERIFY(speller.addNewsroomWord(u"Łódź"_s));
    QVERIFY(speller.misspellings(u"Die Straße in Łódź ist schön"_s).isEmpty());
    QVERIFY(speller.suggestions(u"Strase"_s).contains(u"Straße"_s));
}

void TestSpelling::misspellingPositions()
{
    Speller speller;
    QVERIFY(speller.setPersonalDictionaryPath(m_home.filePath(u"positions.txt"_s)));
    QVERIFY(speller.setLanguage(u"en-US"_s, testCatalog()));
    const QString text = u"😀 “Teh editor’s reportz,” she said — a self-drivng desk."_s;
    const QList<Misspelling> misspellings = speller.misspellings(text);
    QCOMPARE(misspellings.size(), 3);
    for (const Misspelling &misspelling : misspellings)
        QCOMPARE(text.mid(misspelling.start, misspelling.length), misspelling.word);
    QCOMPARE(misspellings.at(0).word, u"Teh"_s);
    QCOMPARE(misspellings.at(0).start, 4);
    QVERIFY(!misspellings.at(0).isPartOfCompound());
    QCOMPARE(misspellings.at(1).word, u"reportz"_s);
    QCOMPARE(misspellings.at(2).word, u"drivng"_s);
    QCOMPARE(text.mid(misspellings.at(2).compoundStart, misspellings.at(2).compound.size()),
             u"self-drivng"_s);
}

void TestSpelling::personalDictionaryFile()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"deep/er/personal.txt"_s);
    {
        Speller speller;
        QVERIFY(speller.setPersonalDictionaryPath(path));
        QVERIFY(speller.setLanguage(u"en-US"_s, testCatalog()));
        QVERIFY(!QFile::exists(path)); // not created before the first word
        QVERIFY(speller.addPersonalWord(u"Zelenskyy"_s));
        QVERIFY(speller.addPersonalWord(u"Alvarez"_s));
        QVERIFY(speller.addPersonalWord(u"Łódź"_s));
        QVERIFY(speller.addPersonalWord(u"O’Neill"_s)); // stored with a straight apostrophe
    }
    QCOMPARE(readAll(path), u"Alvarez\nO'Neill\nZelenskyy\nŁódź\n"_s.toUtf8());

    Speller reopened;
    QVERIFY(reopened.setPersonalDictionaryPath(path));
    QVERIFY(reopened.setLanguage(u"en-US"_s, testCatalog()));
    QCOMPARE(reopened.personalWords().size(), 4);
    QVERIFY(reopened.misspellings(u"Zelenskyy met Alvarez and O’Neill in Łódź"_s).size() == 1);
    QCOMPARE(misspelledWords(reopened, u"Zelenskyy met Alvarez in Łódź"_s), QStringList{u"met"_s});
    QVERIFY(reopened.removePersonalWord(u"Alvarez"_s));
    QCOMPARE(readAll(path), u"O'Neill\nZelenskyy\nŁódź\n"_s.toUtf8());

    // Lines are trimmed, blank lines skipped, CRLF accepted.
    const QString handWritten = folder.filePath(u"hand.txt"_s);
    QFile file(handWritten);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("  Qwzx  \r\n\r\nBlorf\r\n");
    file.close();
    PersonalDictionary dictionary(handWritten);
    QString error;
    QVERIFY(dictionary.load(&error));
    QCOMPARE(dictionary.words().words(), (QStringList{u"Blorf"_s, u"Qwzx"_s}));

    QVERIFY(PersonalDictionary::defaultPath().endsWith(u"/personal-dictionary.txt"_s));
    QCOMPARE(PersonalDictionary().path(), PersonalDictionary::defaultPath());
}

void TestSpelling::personalDictionaryErrors()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    // A file where the folder should be: the word cannot be saved, and is not added.
    QFile blocker(folder.filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = folder.filePath(u"blocker/personal.txt"_s);
    Speller speller;
    QVERIFY(speller.setPersonalDictionaryPath(path));
    QVERIFY(speller.setLanguage(u"en-US"_s, testCatalog()));
    QVERIFY(!speller.addPersonalWord(u"Qwzx"_s));
    QVERIFY2(speller.errorString().contains(folder.filePath(u"blocker"_s)),
             qPrintable(speller.errorString()));
    QVERIFY(!speller.check(u"Qwzx"_s));
    QVERIFY(speller.personalWords().isEmpty());

    // An unreadable file (a folder) is an error naming it.
    const QString folderPath = folder.filePath(u"a-folder"_s);
    QVERIFY(QDir().mkpath(folderPath));
    QVERIFY(!speller.setPersonalDictionaryPath(folderPath));
    QVERIFY2(speller.errorString().contains(folderPath), qPrintable(speller.errorString()));
}

void TestSpelling::unreadablePersonalDictionaryIsReportedAndKept()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };

    // Not UTF-8 (a Latin-1 file): reported with the file and the line, the layer left out,
    // spelling goes on with the other layers.
    const QString latin1 = folder.filePath(u"latin1.txt"_s);
    const QByteArray latin1Bytes = "Qwzx\nM\xfcller\nBlorf\n";
    QVERIFY(write(latin1, latin1Bytes));
    Speller speller;
    QSignalSpy errors(&speller, &Speller::personalDictionaryErrorChanged);
    QVERIFY(!speller.setPersonalDictionaryPath(latin1));
    QCOMPARE(errors.size(), 1);
    const QString error = speller.personalDictionaryError();
    QVERIFY2(error.contains(latin1) && error.contains(u"line 2"_s) && error.contains(u"UTF-8"_s),
             qPrintable(error));
    QCOMPARE(errors.constFirst().constFirst().toString(), error);
    QVERIFY(speller.personalWords().isEmpty());
    QVERIFY(speller.setLanguage(u"en-US"_s, testCatalog()));
    QCOMPARE(misspelledWords(speller, u"Qwzx said the repot"_s),
             (QStringList{u"Qwzx"_s, u"repot"_s}));
    speller.setNewsroomWords({u"Qwzx"_s});
    QCOMPARE(misspelledWords(speller, u"Qwzx said the repot"_s), QStringList{u"repot"_s});

    // Nothing overwrites it: adding a word is refused with the reason, the bytes stay.
    QVERIFY(!speller.addPersonalWord(u"Zelenskyy"_s));
    QVERIFY2(speller.errorString().contains(latin1), qPrintable(speller.errorString()));
    QVERIFY(!speller.removePersonalWord(u"Qwzx"_s));
    QCOMPARE(readAll(latin1), latin1Bytes);
    PersonalDictionary direct(latin1);
    QString directError;
    QVERIFY(!direct.load(&directError));
    QCOMPARE(direct.loadError(), directError);
    QVERIFY(!direct.add(u"Zelenskyy"_s, &directError));
    QVERIFY(directError.contains(latin1));
    QCOMPARE(readAll(latin1), latin1Bytes);

    // Fixed by the user: the next change reads it again, keeps its words and reports the
    // error gone.
    QVERIFY(write(latin1, u"Qwzx\nMüller\nBlorf\n"_s.toUtf8()));
    QVERIFY(speller.addPersonalWord(u"Zelenskyy"_s));
    QVERIFY(speller.personalDictionaryError().isEmpty());
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.constLast().constFirst().toString().isEmpty());
    QCOMPARE(readAll(latin1), u"Blorf\nMüller\nQwzx\nZelenskyy\n"_s.toUtf8());
    QVERIFY(speller.check(u"Müller"_s));

    // A folder where the file should be.
    const QString aFolder = folder.filePath(u"personal-folder"_s);
    QVERIFY(QDir().mkpath(aFolder));
    QVERIFY(!speller.setPersonalDictionaryPath(aFolder));
    QVERIFY(speller.personalDictionaryError().contains(aFolder));
    QVERIFY(speller.personalDictionaryError().contains(u"folder"_s));
    QVERIFY(!speller.check(u"Zelenskyy"_s)); // its words are gone with the file's
    QVERIFY(!speller.addPersonalWord(u"Zelenskyy"_s));
    QVERIFY(QFileInfo(aFolder).isDir());

    // No permission (root reads anything: then there is nothing to see).
    const QString locked = folder.filePath(u"locked.txt"_s);
    QVERIFY(write(locked, "Blorf\n"));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    QFile probe(locked);
    if (!probe.open(QIODevice::ReadOnly)) {
        QVERIFY(!speller.setPersonalDictionaryPath(locked));
        QVERIFY(speller.personalDictionaryError().contains(locked));
        QVERIFY(!speller.addPersonalWord(u"Zelenskyy"_s));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(readAll(locked), QByteArray("Blorf\n"));
    }

    // At start-up (the default path, as the editor and the CLI construct it).
    const QString defaultPath = PersonalDictionary::defaultPath();
    QVERIFY(QDir().mkpath(QFileInfo(defaultPath).path()));
    QVERIFY(write(defaultPath, latin1Bytes));
    const auto removeDefault = qScopeGuard([&defaultPath] { QFile::remove(defaultPath); });
    const Speller atStart;
    QVERIFY(atStart.personalDictionaryError().contains(defaultPath));
    QCOMPARE(atStart.errorString(), atStart.personalDictionaryError());
}

// --- The system en_US dictionary and the hunspell command ---------------------------------

std::optional<DictionaryCatalog::Dictionary> TestSpelling::systemEnglish() const
{
    return DictionaryCatalog().find(u"en_US"_s);
}

void TestSpelling::systemEnglishHyphenation()
{
    const auto english = systemEnglish();
    if (!english)
        QSKIP("The en_US dictionary is not installed (Debian package hunspell-en-us).");
    Speller speller;
    QVERIFY(speller.setPersonalDictionaryPath(m_home.filePath(u"system.txt"_s)));
    QVERIFY(speller.setLanguage(u"en-US"_s));
    const QList<Misspelling> misspellings =
        speller.misspellings(u"A multi-laceted, well-known ex-president’s plan."_s);
    QCOMPARE(misspellings.size(), 1);
    QCOMPARE(misspellings.first().word, u"laceted"_s);
    QCOMPARE(misspellings.first().compound, u"multi-laceted"_s);
    const QStringList suggestions = speller.suggestions(misspellings.first().compound);
    QVERIFY2(suggestions.contains(u"multi-faceted"_s) || suggestions.contains(u"multifaceted"_s),
             qPrintable(suggestions.join(u", ")));
    QVERIFY(speller.check(u"CSTO’s"_s)); // an acronym
    QVERIFY(speller.check(u"NATO’s"_s));
}

void TestSpelling::systemEnglishMatchesHunspellCommand()
{
    const auto english = systemEnglish();
    if (!english)
        QSKIP("The en_US dictionary is not installed (Debian package hunspell-en-us).");
    const QString hunspell = QStandardPaths::findExecutable(u"hunspell"_s);
    if (hunspell.isEmpty())
        QSKIP("The hunspell command is not installed (Debian package hunspell).");

    // The words `hunspell -l` flags, with the same dictionary files.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    process.start(hunspell, {u"-i"_s, u"UTF-8"_s, u"-l"_s, u"-d"_s, english->affPath.chopped(4),
                             corpusPath()});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList hunspellLines =
        QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    const QSet<QString> hunspellWords(hunspellLines.cbegin(), hunspellLines.cend());

    Speller speller;
    QVERIFY(speller.setPersonalDictionaryPath(m_home.filePath(u"reference.txt"_s)));
    QVERIFY(speller.setLanguage(u"en_US"_s));
    const QByteArray corpus = readAll(corpusPath());
    const QString text = QString::fromUtf8(corpus);
    QVERIFY2(text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts).size() >= 3000,
             "the corpus must have at least 3,000 words");
    QSet<QString> ourWords;
    const QList<Misspelling> misspellings = speller.misspellings(text);
    for (const Misspelling &misspelling : misspellings)
        ourWords.insert(misspelling.word);

    // The deliberate differences, each with its reason (shared with tst_cli).
    const QList<HunspellReference::Difference> differences = HunspellReference::differences();

    // Each difference has the reason given: a token of that kind holds the word, or the word is
    // followed by a curly apostrophe.
    SpellingTokenizer tokenizer;
    const QList<SpellingTokenizer::Token> tokens = tokenizer.tokenize(text);
    for (const HunspellReference::Difference &difference : differences) {
        QVERIFY2(text.contains(difference.hunspell), qPrintable(difference.hunspell));
        if (!difference.reason) {
            QVERIFY2(difference.hunspell.endsWith(QChar(0x2019)), qPrintable(difference.hunspell));
            continue;
        }
        const bool explained =
            std::any_of(tokens.cbegin(), tokens.cend(), [&](const SpellingTokenizer::Token &t) {
                return t.kind == *difference.reason &&
                       text.mid(t.start, t.length).contains(difference.hunspell);
            });
        QVERIFY2(explained, qPrintable(difference.hunspell));
    }

    const QSet<QString> expectedOnlyHunspell = HunspellReference::expectedOnlyHunspell();
    const QSet<QString> expectedOnlyOurs = HunspellReference::expectedOnlyOurs(hunspellWords);
    QStringList onlyHunspell = (hunspellWords - ourWords).values();
    QStringList onlyOurs = (ourWords - hunspellWords).values();
    onlyHunspell.sort();
    onlyOurs.sort();
    QStringList expectedHunspell = expectedOnlyHunspell.values();
    QStringList expectedOurs = expectedOnlyOurs.values();
    expectedHunspell.sort();
    expectedOurs.sort();
    QVERIFY2(onlyHunspell == expectedHunspell,
             qPrintable(u"flagged only by hunspell: "_s + onlyHunspell.join(u", ") +
                        u"\n   expected: "_s + expectedHunspell.join(u", ")));
    QVERIFY2(onlyOurs == expectedOurs,
             qPrintable(u"flagged only by Copydesk: "_s + onlyOurs.join(u", ") +
                        u"\n   expected: "_s + expectedOurs.join(u", ")));

    // The comparison means something: both flag the genuine misspellings of the corpus.
    const QSet<QString> common = hunspellWords & ourWords;
    for (const QString &misspelled : {u"recieve"_s, u"goverment"_s, u"accomodate"_s, u"laceted"_s,
                                      u"occured"_s, u"seperate"_s, u"21th"_s})
        QVERIFY2(common.contains(misspelled) || expectedOnlyOurs.contains(misspelled),
                 qPrintable(misspelled));
    QVERIFY(common.size() >= 25);
}

QTEST_GUILESS_MAIN(TestSpelling)
#include "tst_spelling.moc"
