#include "CliApplication.h"

#include "ArticleJson.h"
#include "LibraryReview.h"
#include "SpellingReport.h"
#include "SuggestionPool.h"
#include "TerminalProgress.h"
#include "TextInput.h"
#include "TextTable.h"
#include "core/DeskUser.h"
#include "core/ExportFormat.h"
#include "core/JsonEscape.h"
#include "core/NinjsCodec.h"
#include "core/PlainTextImporter.h"
#include "core/PublishDestination.h"
#include "core/review/ArticleReview.h"
#include "core/review/Finding.h"
#include "publish/Publisher.h"
#include "spelling/DictionaryCatalog.h"
#include "spelling/Speller.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/DictionaryStore.h"
#include "storage/FolderExport.h"
#include "storage/LibraryTransfer.h"
#include "storage/NewsroomServer.h"
#include "storage/PostgresAddress.h"
#include "storage/PublishStore.h"
#include "storage/ReviewStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString programName = u"copydesk-cli"_s;

// Headlines in a table are cut here when the output is not a terminal.
constexpr int headlineColumnWidth = 60;
constexpr int bylineColumnWidth = 24;
// As many as the editor's context menu offers (issue 4).
constexpr int maximumSuggestions = 8;
const QString defaultLanguage = u"en-US"_s;

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString jsonText(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QByteArray withoutBom(const QByteArray &data)
{
    static const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    return data.startsWith(bom) ? data.mid(bom.size()) : data;
}

// A ninjs document is a JSON object; everything else is read as the plain-text format.
bool looksLikeNinjs(const QString &fileName, const QByteArray &data)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return true;
    if (suffix == QLatin1String("txt"))
        return false;
    for (const char byte : withoutBom(data)) {
        if (!QChar::isSpace(uchar(byte)))
            return byte == '{';
    }
    return false;
}

// "12  Headline" for a previous/next link; the canonical headline is the only label.
QString referenceText(const std::optional<ArticleRef> &reference, const QString &none)
{
    if (!reference)
        return none;
    return QString::number(reference->id) + u"  "_s + reference->headline;
}

} // namespace

CliApplication::CliApplication()
    : m_commands(commands())
    , m_out(stdout)
    , m_err(stderr)
{}

CliApplication::~CliApplication()
{
    m_out.flush();
    m_err.flush();
}

int CliApplication::exitCodeFor(const StoreError &error)
{
    switch (error.kind) {
    case StoreError::Kind::None:
        return Success;
    case StoreError::Kind::Conflict:
    case StoreError::Kind::Blocked:
        return Conflict;
    case StoreError::Kind::NotFound:
    case StoreError::Kind::Invalid:
    case StoreError::Kind::NotAllowed:
        return BadInput;
    case StoreError::Kind::Unavailable:
    case StoreError::Kind::Damaged:
    case StoreError::Kind::NewerSchema:
        return DatabaseFailure;
    }
    return DatabaseFailure;
}

namespace {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        u"db"_s,
        CliApplication::tr("The database: a Copydesk SQLite file, or a newsroom server as "
                           "postgresql://user@host:port/database. Default: $COPYDESK_DB, else the "
                           "file the Copydesk application uses."),
        CliApplication::tr("PATH"));
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({u"h"_s, u"help"_s}, CliApplication::tr("Shows this help."));
}

QCommandLineOption versionOption()
{
    return QCommandLineOption({u"v"_s, u"version"_s},
                              CliApplication::tr("Shows the version of copydesk-cli."));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(u"json"_s, CliApplication::tr("Prints JSON instead of a table."));
}

QCommandLineOption statusOption()
{
    return QCommandLineOption(
        u"status"_s,
        CliApplication::tr("Only articles with this status: draft, review, changes-requested, "
                           "approved, published, corrected or archived."),
        CliApplication::tr("STATUS"));
}

QCommandLineOption searchOption()
{
    return QCommandLineOption(
        u"search"_s,
        CliApplication::tr("Only articles whose headline, summary, body or meta titles contain "
                           "these words."),
        CliApplication::tr("TEXT"));
}

QCommandLineOption limitOption()
{
    return QCommandLineOption(
        u"limit"_s, CliApplication::tr("At most N articles, most recently updated first."), u"N"_s);
}

QCommandLineOption allOption()
{
    return QCommandLineOption(u"all"_s, CliApplication::tr("Exports every article."));
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(
        u"format"_s,
        CliApplication::tr("The export format: ninjs (IPTC ninjs 3.1 JSON, the default), newsml "
                           "(IPTC NewsML-G2 2.35 XML) or html (an HTML5 page)."),
        CliApplication::tr("FORMAT"), u"ninjs"_s);
}

QCommandLineOption attributionsOption()
{
    return QCommandLineOption(
        u"attributions"_s,
        CliApplication::tr("With --format html, how paragraphs show their sources: none, inline "
                           "(\"(Source: A; B)\" after the text) or notes (numbered source notes at "
                           "the end, the default)."),
        CliApplication::tr("STYLE"), u"notes"_s);
}

QCommandLineOption articleUrlOption()
{
    return QCommandLineOption(
        u"article-url"_s,
        CliApplication::tr("With --format html, where the newsroom publishes an article, "
                           "{uuid} standing for its uuid (e.g. https://news.example/a/{uuid}); "
                           "previous/next links and the canonical link use it."),
        CliApplication::tr("PATTERN"));
}

QCommandLineOption providerOption()
{
    return QCommandLineOption(
        u"provider"_s,
        CliApplication::tr("With --format newsml, the newsroom named as the provider (default: "
                           "Copydesk)."),
        CliApplication::tr("NAME"), u"Copydesk"_s);
}

QCommandLineOption outOption()
{
    return QCommandLineOption(
        u"out"_s,
        CliApplication::tr("The folder to write the files to; created when missing. Each article "
                           "becomes <slug or uuid>-v<version> and the format's ending: "
                           ".ninjs.json, .newsml.xml or .html."),
        CliApplication::tr("DIR"));
}

QCommandLineOption previousOption()
{
    return QCommandLineOption(u"prev"_s,
                              CliApplication::tr("Removes the link to the previous article."));
}

QCommandLineOption nextOption()
{
    return QCommandLineOption(u"next"_s,
                              CliApplication::tr("Removes the link to the next article."));
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(
        u"lang"_s,
        CliApplication::tr("The language: a BCP 47 tag (en-US, de, pt-BR) or a Hunspell "
                           "dictionary name (en_US). Default: en-US, or the article's language "
                           "with --article."),
        CliApplication::tr("L"));
}

QCommandLineOption articleOption()
{
    return QCommandLineOption(
        u"article"_s,
        CliApplication::tr("Checks a stored article instead of a file: its headline, summary, "
                           "byline, body paragraphs and meta titles, accepting the newsroom "
                           "dictionary and the words ignored in that article."),
        CliApplication::tr("ID"));
}

QCommandLineOption newsroomOption()
{
    return QCommandLineOption(
        u"newsroom"_s,
        CliApplication::tr("Also accepts the words of the newsroom dictionary in the database "
                           "(always so with --article)."));
}

QCommandLineOption noSuggestionsOption()
{
    return QCommandLineOption(
        u"no-suggestions"_s,
        CliApplication::tr("Lists the misspelled words without suggestions, which is much faster "
                           "(like hunspell -l)."));
}

QCommandLineOption jobsOption()
{
    return QCommandLineOption(
        u"jobs"_s,
        CliApplication::tr("Looks for suggestions in at most N processes at once, each with its "
                           "own copy of the dictionary. Default: one per processor core."),
        u"N"_s);
}

// The helper processes of SuggestionPool: not for people.
QCommandLineOption suggestionHelperOption()
{
    QCommandLineOption option(u"suggestion-helper"_s,
                              CliApplication::tr("Internal: answers a SuggestionPool request."));
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

QCommandLineOption spellJsonOption()
{
    return QCommandLineOption(
        u"json"_s, CliApplication::tr("Prints a JSON array [{word, line, column, suggestions}] "
                                      "instead of one line per misspelled word."));
}

QCommandLineOption checkAllOption()
{
    return QCommandLineOption(u"all"_s, CliApplication::tr("Checks every article."));
}

QCommandLineOption checkJsonOption()
{
    return QCommandLineOption(
        u"json"_s, CliApplication::tr("Prints a JSON array [{article: {id, uuid, headline}, "
                                      "findings: [...]}] instead of a list."));
}

QCommandLineOption noSpellingOption()
{
    return QCommandLineOption(
        u"no-spelling"_s,
        CliApplication::tr("Skips the SPELLING rule (no dictionaries are loaded)."));
}

QCommandLineOption checkNoSuggestionsOption()
{
    return QCommandLineOption(
        u"no-suggestions"_s,
        CliApplication::tr("SPELLING findings without suggestions, which is much faster."));
}

QCommandLineOption commentOption()
{
    return QCommandLineOption(
        u"comment"_s,
        CliApplication::tr("A comment for the audit log (required to request changes)."),
        CliApplication::tr("C"));
}

QCommandLineOption overrideOption()
{
    return QCommandLineOption(
        u"override"_s,
        CliApplication::tr("A chief approving over blocking findings: the written reason, "
                           "stored in the audit log."),
        CliApplication::tr("REASON"));
}

QCommandLineOption asOption()
{
    return QCommandLineOption(
        u"as"_s,
        CliApplication::tr("Who acts, as recorded in the audit log. Default: $COPYDESK_USER, else "
                           "the name in the Copydesk preferences, else the login name."),
        CliApplication::tr("NAME"));
}

QCommandLineOption destinationOption()
{
    return QCommandLineOption(u"destination"_s,
                              CliApplication::tr("Only this destination (its name)."),
                              CliApplication::tr("NAME"));
}

QCommandLineOption approvedOption()
{
    return QCommandLineOption(u"approved"_s,
                              CliApplication::tr("Every approved article not yet published."));
}

QCommandLineOption folderOption()
{
    return QCommandLineOption(u"folder"_s,
                              CliApplication::tr("add: a hot folder; each file appears complete."),
                              CliApplication::tr("DIR"));
}

QCommandLineOption urlOption()
{
    return QCommandLineOption(
        u"url"_s, CliApplication::tr("add: an HTTP(S) endpoint that receives a POST of the ninjs."),
        CliApplication::tr("URL"));
}

QCommandLineOption headerOption()
{
    return QCommandLineOption(
        u"header"_s,
        CliApplication::tr("add: a request header for the endpoint, e.g. \"Authorization: Bearer "
                           "T\" (repeatable)."),
        CliApplication::tr("HEADER"));
}

QCommandLineOption timeoutOption()
{
    return QCommandLineOption(
        u"timeout"_s, CliApplication::tr("add: seconds the endpoint has to answer (default 10)."),
        CliApplication::tr("SECONDS"), u"10"_s);
}

QCommandLineOption retriesOption()
{
    return QCommandLineOption(
        u"retries"_s,
        CliApplication::tr("add: further attempts after a failure that may pass (default 3)."),
        CliApplication::tr("N"), u"3"_s);
}

QCommandLineOption disabledOption()
{
    return QCommandLineOption(u"disabled"_s,
                              CliApplication::tr("add: store the destination switched off."));
}

QCommandLineOption roleOption()
{
    return QCommandLineOption(
        u"role"_s,
        CliApplication::tr("The role to act in: editor, reviewer or chief. Default: "
                           "$COPYDESK_ROLE, else the role in the Copydesk preferences, else "
                           "editor."),
        CliApplication::tr("ROLE"));
}

QCommandLineOption stateOption()
{
    return QCommandLineOption(u"state"_s,
                              CliApplication::tr("The verdict: verified, disputed or unchecked."),
                              CliApplication::tr("STATE"));
}

QCommandLineOption noteOption()
{
    return QCommandLineOption(
        u"note"_s, CliApplication::tr("The reviewer's note on the source (what was checked)."),
        CliApplication::tr("N"));
}

} // namespace

QList<CliApplication::Command> CliApplication::commands()
{
    return {
        {u"import"_s, tr("FILE..."), tr("Imports .txt and ninjs .json files; all of them or none."),
         &CliApplication::configureImport, &CliApplication::runImport},
        {u"list"_s, tr("[--status S] [--search Q] [--limit N] [--json]"),
         tr("Lists articles, most recently updated first."), &CliApplication::configureList,
         &CliApplication::runList},
        {u"show"_s, tr("ID [--json]"),
         tr("Shows one article with its paragraphs, sources, meta titles and links."),
         &CliApplication::configureShow, &CliApplication::runShow},
        {u"export"_s, tr("ID...|--all [--format ninjs|newsml|html] --out DIR"),
         tr("Writes articles as files for the publishing system."),
         &CliApplication::configureExport, &CliApplication::runExport},
        {u"link"_s, tr("PREV NEXT"), tr("Makes NEXT the article that follows PREV."),
         &CliApplication::configureLink, &CliApplication::runLink},
        {u"unlink"_s, tr("ID --prev|--next"),
         tr("Removes the link to the previous or the next article."),
         &CliApplication::configureUnlink, &CliApplication::runUnlink},
        {u"history"_s, tr("ID"), tr("Lists the saved versions of an article."),
         &CliApplication::configureHistory, &CliApplication::runHistory},
        {u"restore"_s, tr("ID VERSION"),
         tr("Makes an earlier version current again, as a new version."),
         &CliApplication::configureRestore, &CliApplication::runRestore},
        {u"spell"_s,
         tr("FILE|-|--article ID [--lang L] [--newsroom] [--json] [--no-suggestions] [--jobs N]"),
         tr("Lists the misspelled words of a text or an article with their line, column and "
            "suggestions."),
         &CliApplication::configureSpell, &CliApplication::runSpell},
        {u"check"_s, tr("ID...|--all [--json] [--no-spelling] [--no-suggestions]"),
         tr("Lists the review findings of articles; exit status 1 when any is blocking."),
         &CliApplication::configureCheck, &CliApplication::runCheck},
        {u"status"_s, tr("ID STATUS [--comment C] [--override REASON] [--as NAME --role ROLE]"),
         tr("Moves an article through the review workflow (draft, review, changes-requested, "
            "approved, published, corrected, archived)."),
         &CliApplication::configureStatus, &CliApplication::runStatus},
        {u"verify"_s,
         tr("ID PARAGRAPH SOURCE --state verified|disputed|unchecked [--note N] [--as NAME]"),
         tr("Records a reviewer's verdict on one attribution of a paragraph (its uuid or "
            "number)."),
         &CliApplication::configureVerify, &CliApplication::runVerify},
        {u"dictionary"_s, tr("list [--json] | add WORD... | remove WORD..."),
         tr("Shows or changes the newsroom dictionary, shared by every desk on the database."),
         &CliApplication::configureDictionary, &CliApplication::runDictionary},
        {u"destination"_s,
         tr("list [--json] | add NAME --folder DIR [--format F] | add NAME --url URL "
            "[--header H]... [--timeout S] [--retries N] | remove NAME | enable NAME | "
            "disable NAME"),
         tr("Shows or changes where articles are published (shared by every desk)."),
         &CliApplication::configureDestination, &CliApplication::runDestination},
        {u"publish"_s, tr("ID...|--approved [--destination NAME] [--as NAME --role ROLE]"),
         tr("Sends approved articles to every enabled destination; exit status 1 when a "
            "delivery failed."),
         &CliApplication::configurePublish, &CliApplication::runPublish},
        {u"unpublish"_s, tr("ID... [--destination NAME] [--as NAME --role ROLE]"),
         tr("Archives published articles and sends pubStatus canceled wherever they went."),
         &CliApplication::configureUnpublish, &CliApplication::runUnpublish},
        {u"init"_s, tr(""),
         tr("Sets up a newsroom PostgreSQL database: the schema, the roles copydesk_editor, "
            "copydesk_reviewer and copydesk_chief, their grants and the rules the server "
            "enforces. Run once by the database owner (and again after an upgrade)."),
         &CliApplication::configureInit, &CliApplication::runInit},
        {u"migrate"_s, tr("--from LOCATION --to LOCATION"),
         tr("Copies a whole library (articles, revisions, sources, links, review and publishing "
            "records) into an empty database, SQLite file or PostgreSQL, and verifies it by "
            "counts and checksums."),
         &CliApplication::configureMigrate, &CliApplication::runMigrate},
        {u"publications"_s, tr("ID [--json]"),
         tr("Lists every delivery of an article: destination, version, time, result."),
         &CliApplication::configurePublications, &CliApplication::runPublications},
    };
}

const CliApplication::Command *CliApplication::findCommand(const QString &name) const
{
    const auto it = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                 [&name](const Command &command) { return command.name == name; });
    return it == m_commands.cend() ? nullptr : &*it;
}

int CliApplication::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports, lists, shows, links, exports and spell-checks the articles of a Copydesk "
           "database."));
    // Everything after the command name belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption help = helpOption();
    const QCommandLineOption version = versionOption();
    parser.addOptions({db, help, version});
    parser.addPositionalArgument(u"command"_s, tr("One of the commands listed below."),
                                 tr("COMMAND"));
    parser.addPositionalArgument(u"options"_s, tr("The command's arguments and options."),
                                 tr("[options]"));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << globalHelp(parser);
        return Success;
    }
    if (parser.isSet(version)) {
        m_out << programName << ' ' << QStringLiteral(COPYDESK_VERSION) << '\n';
        return Success;
    }
    if (parser.isSet(db)) {
        m_databaseLocation = parser.value(db);
        if (m_databaseLocation.isEmpty())
            return usageError(tr("--db needs the path of a database file."));
    }

    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return usageError(
            tr("no command given; run '%1 --help' to list the commands.").arg(programName));
    const QString name = rest.takeFirst();
    if (name == QLatin1String("help")) {
        if (rest.isEmpty()) {
            m_out << globalHelp(parser);
            return Success;
        }
        const Command *command = findCommand(rest.constFirst());
        if (!command)
            return usageError(tr("unknown command '%1'; run '%2 --help' to list the commands.")
                                  .arg(rest.constFirst(), programName));
        return runCommand(*command, {u"--help"_s});
    }
    const Command *command = findCommand(name);
    if (!command) {
        return usageError(tr("unknown command '%1'; run '%2 --help' to list the commands.")
                              .arg(name, programName));
    }
    return runCommand(*command, rest);
}

int CliApplication::runCommand(const Command &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary);
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption help = helpOption();
    parser.addOptions({db, help});
    (this->*command.configure)(parser);

    if (!parser.parse(QStringList{programName + QLatin1Char(' ') + command.name} + arguments))
        return usageError(parser.errorText(), command.name);
    if (parser.isSet(help)) {
        m_out << commandHelp(command, parser);
        return Success;
    }
    if (parser.isSet(db)) {
        m_databaseLocation = parser.value(db);
        if (m_databaseLocation.isEmpty())
            return usageError(tr("--db needs the path of a database file or a postgresql:// URL."),
                              command.name);
    }
    return (this->*command.execute)(parser);
}

QString CliApplication::globalHelp(const QCommandLineParser &parser) const
{
    QString text = parser.helpText();
    // QCommandLineParser names the program by argv[0]; show the name users type instead.
    text = tr("Usage: %1").arg(programName + u" [--db PATH] COMMAND [options]"_s) +
           text.mid(text.indexOf(QLatin1Char('\n')));

    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : m_commands) {
        text += u"  "_s + command.name + QLatin1Char(' ') + command.synopsis + QLatin1Char('\n');
        text += u"      "_s + command.summary + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') +
            tr("Run '%1 COMMAND --help' for the options of one command.").arg(programName) +
            QLatin1Char('\n');
    text += QLatin1Char('\n') +
            tr("Exit status: 0 success; 1 conflict (someone saved first), or spell found "
               "misspelled words; 2 bad input or usage (nothing was written), or no spelling "
               "dictionary for the language; 3 database unavailable or damaged.") +
            QLatin1Char('\n');
    return text;
}

QString CliApplication::commandHelp(const Command &command, const QCommandLineParser &parser) const
{
    const QString text = parser.helpText();
    return tr("Usage: %1")
               .arg(programName + u" [--db PATH] "_s + command.name + QLatin1Char(' ') +
                    command.synopsis) +
           text.mid(text.indexOf(QLatin1Char('\n')));
}

void CliApplication::configureInit(QCommandLineParser &) const {}

int CliApplication::runInit(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("init takes no arguments."), u"init"_s);
    if (m_databaseLocation.isEmpty())
        m_databaseLocation = Database::defaultLocation();
    Database database;
    if (const StoreError error = database.open(m_databaseLocation)) {
        printError(error.message);
        return exitCodeFor(error);
    }
    if (const StoreError error = NewsroomServer::init(database)) {
        printError(error.message);
        return exitCodeFor(error);
    }
    m_out << tr("%1: schema version %2, roles %3, %4 and %5 with their grants and rules.")
                 .arg(database.location())
                 .arg(database.schemaVersion())
                 .arg(NewsroomServer::editorRole, NewsroomServer::reviewerRole,
                      NewsroomServer::chiefRole)
          << '\n'
          << tr("Give each login one role, e.g.: CREATE ROLE anna LOGIN PASSWORD '…' IN ROLE "
                "copydesk_editor;")
          << '\n';
    return Success;
}

QCommandLineOption migrateFromOption()
{
    return QCommandLineOption(
        u"from"_s, CliApplication::tr("The library to copy: a file or a postgresql:// URL."),
        CliApplication::tr("LOCATION"));
}

QCommandLineOption migrateToOption()
{
    return QCommandLineOption(
        u"to"_s,
        CliApplication::tr("Where to copy it: a new or empty file, or an empty PostgreSQL "
                           "database (postgresql:// URL)."),
        CliApplication::tr("LOCATION"));
}

void CliApplication::configureMigrate(QCommandLineParser &parser) const
{
    parser.addOptions({migrateFromOption(), migrateToOption()});
}

int CliApplication::runMigrate(const QCommandLineParser &parser)
{
    const QString command = u"migrate"_s;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("migrate takes --from and --to, no other arguments."), command);
    const QString from = parser.value(migrateFromOption()).trimmed();
    const QString to = parser.value(migrateToOption()).trimmed();
    if (from.isEmpty() || to.isEmpty())
        return usageError(tr("give both --from LOCATION and --to LOCATION."), command);
    if (from == to)
        return usageError(tr("--from and --to name the same database."), command);
    if (!PostgresAddress::isPostgresUrl(from) && !QFileInfo::exists(from)) {
        printError(tr("%1: no such file.").arg(from));
        return BadInput;
    }
    Database source;
    if (const StoreError error = source.open(from)) {
        printError(error.message);
        return exitCodeFor(error);
    }
    Database target;
    if (const StoreError error = target.open(to)) {
        printError(error.message);
        return exitCodeFor(error);
    }
    LibraryTransfer transfer(source, target);
    QList<LibraryTransfer::TableReport> report;
    if (const StoreError error = transfer.run(&report)) {
        printError(error.message);
        return exitCodeFor(error);
    }
    TextTable table({tr("TABLE"), tr("ROWS"), tr("CHECKSUM")});
    for (const LibraryTransfer::TableReport &row : std::as_const(report))
        table.addRow({row.table, QString::number(row.rows), row.checksum.left(16)});
    m_out << table.render();
    m_out << tr("Copied %1 to %2; every table's row count and checksum match.")
                 .arg(source.location(), target.location())
          << '\n';
    return Success;
}

void CliApplication::configureImport(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        u"files"_s,
        tr("Article files: .txt (the plain-text format) or .json (ninjs). Other names are read as "
           "ninjs when they start with '{', else as plain text. Articles whose uri is already in "
           "the database update it; links between the files resolve in any order."),
        tr("FILE..."));
}

void CliApplication::configureList(QCommandLineParser &parser) const
{
    parser.addOptions({statusOption(), searchOption(), limitOption(), jsonOption()});
}

void CliApplication::configureShow(QCommandLineParser &parser) const
{
    parser.addOption(jsonOption());
    parser.addPositionalArgument(u"id"_s, tr("The article: its id, uuid or uri."), tr("ID"));
}

void CliApplication::configureExport(QCommandLineParser &parser) const
{
    parser.addOptions({allOption(), formatOption(), outOption(), attributionsOption(),
                       articleUrlOption(), providerOption()});
    parser.addPositionalArgument(u"ids"_s, tr("The articles: ids, uuids or uris."), tr("ID..."));
}

void CliApplication::configureLink(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"prev"_s, tr("The earlier article (id, uuid or uri)."),
                                 tr("PREV"));
    parser.addPositionalArgument(u"next"_s, tr("The article that follows it."), tr("NEXT"));
}

void CliApplication::configureUnlink(QCommandLineParser &parser) const
{
    parser.addOptions({previousOption(), nextOption()});
    parser.addPositionalArgument(u"id"_s, tr("The article: its id, uuid or uri."), tr("ID"));
}

void CliApplication::configureHistory(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"id"_s, tr("The article: its id, uuid or uri."), tr("ID"));
}

void CliApplication::configureRestore(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"id"_s, tr("The article: its id, uuid or uri."), tr("ID"));
    parser.addPositionalArgument(u"version"_s, tr("The version to bring back (see history)."),
                                 tr("VERSION"));
}

void CliApplication::configureSpell(QCommandLineParser &parser) const
{
    parser.addOptions({languageOption(), articleOption(), newsroomOption(), spellJsonOption(),
                       noSuggestionsOption(), jobsOption(), suggestionHelperOption()});
    parser.addPositionalArgument(
        u"file"_s,
        tr("The text to check, in UTF-8; - reads standard input. Each misspelled word is printed "
           "as FILE:LINE:COLUMN: WORD: SUGGESTIONS (up to %1), columns counted in characters. "
           "Your personal dictionary is accepted too. Exit status 1 when a word is misspelled, "
           "0 when none is.")
            .arg(maximumSuggestions),
        tr("FILE|-"));
}

void CliApplication::configureDictionary(QCommandLineParser &parser) const
{
    parser.addOption(jsonOption());
    parser.addPositionalArgument(
        u"action"_s,
        tr("list: the words with who added them and when; add: adds the words, recorded as "
           "added by %1 ($COPYDESK_USER, else your login name); remove: removes them (all of "
           "them or, if one is not listed, none).")
            .arg(DeskUser::name()),
        tr("list|add|remove"));
    parser.addPositionalArgument(u"words"_s, tr("The words to add or remove."), tr("[WORD...]"));
}

std::optional<ImportedArticle> CliApplication::readArticleFile(const QString &fileName,
                                                               ImportError *error) const
{
    *error = ImportError{};
    error->fileName = fileName;
    const QFileInfo info(fileName);
    if (!info.exists()) {
        error->message = tr("no such file.");
        return std::nullopt;
    }
    if (info.isDir()) {
        error->message = tr("is a folder, not an article file.");
        return std::nullopt;
    }
    // Refused before reading: a 50 MB file is not an article, and is not read into memory.
    if (info.isFile() && info.size() > ImportLimits::maxFileBytes) {
        error->message = ImportLimits::fileTooLarge(info.size());
        return std::nullopt;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        error->message = tr("cannot read the file: %1").arg(file.errorString());
        return std::nullopt;
    }
    // At most one byte over the limit, also from a device or pipe that never ends.
    const QByteArray data = file.read(ImportLimits::maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        error->message = tr("cannot read the file: %1").arg(file.errorString());
        return std::nullopt;
    }
    if (data.size() > ImportLimits::maxFileBytes) {
        error->message = tr("the file is larger than %1 MiB, the most an article file may be.")
                             .arg(ImportLimits::maxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (withoutBom(data).trimmed().isEmpty()) {
        error->message = tr("the file is empty; there is no article to import.");
        return std::nullopt;
    }

    std::optional<ImportedArticle> imported = looksLikeNinjs(fileName, data)
                                                  ? NinjsCodec::parse(data, fileName, error)
                                                  : PlainTextImporter::parse(data, fileName, error);
    if (!imported) {
        if (error->fileName.isEmpty())
            error->fileName = fileName;
        if (error->message.isEmpty())
            error->message = tr("not a valid article file.");
        return std::nullopt;
    }
    if (imported->fileName.isEmpty())
        imported->fileName = fileName;
    return imported;
}

int CliApplication::openStore()
{
    if (m_store)
        return Success;
    if (m_databaseLocation.isEmpty())
        m_databaseLocation = Database::defaultLocation();
    m_database = std::make_unique<Database>();
    if (const StoreError error = m_database->open(m_databaseLocation)) {
        printError(error.message.isEmpty()
                       ? tr("%1: cannot open the database.").arg(m_databaseLocation)
                       : error.message);
        m_database.reset();
        // Whatever the reason, a database that does not open is exit status 3.
        return DatabaseFailure;
    }
    m_store = std::make_unique<ArticleStore>(*m_database);
    // On a newsroom server the login says who works, and the server enforces its role.
    StoreError actorError;
    m_serverActor = NewsroomServer::sessionActor(*m_database, &actorError);
    if (actorError) {
        printError(actorError.message);
        m_store.reset();
        m_database.reset();
        return exitCodeFor(actorError);
    }
    if (m_serverActor)
        m_store->setActor(*m_serverActor);
    return Success;
}

std::optional<qint64> CliApplication::resolveArticle(const QString &idOrUuid, int *exitCode)
{
    StoreError error;
    const std::optional<qint64> id = m_store->resolve(idOrUuid.trimmed(), &error);
    if (id)
        return id;
    if (!error || error.kind == StoreError::Kind::NotFound) {
        // Name what the user typed, whatever the store's wording.
        error = StoreError(StoreError::Kind::NotFound,
                           tr("no article '%1' in %2 (give its id, uuid or uri).")
                               .arg(idOrUuid, m_databaseLocation));
    }
    *exitCode = storeFailure(error);
    return std::nullopt;
}

std::optional<Article> CliApplication::loadArticle(qint64 id, int *exitCode)
{
    StoreError error;
    std::optional<Article> article = m_store->load(id, &error);
    if (article)
        return article;
    if (!error)
        error = StoreError(StoreError::Kind::NotFound, tr("no article with id %1.").arg(id));
    *exitCode = storeFailure(error);
    return std::nullopt;
}

int CliApplication::usageError(const QString &message, const QString &command)
{
    printError(command.isEmpty() ? message : command + u": "_s + message);
    if (!command.isEmpty())
        printError(tr("run '%1 %2 --help' for its usage.").arg(programName, command));
    return BadInput;
}

int CliApplication::storeFailure(const StoreError &error)
{
    printError(error.message.isEmpty() ? tr("the database refused the operation.") : error.message);
    return exitCodeFor(error);
}

void CliApplication::printError(const QString &message)
{
    // stdout is flushed first so that messages interleave sensibly on a terminal.
    m_out.flush();
    m_err << programName << u": "_s << message << '\n';
    m_err.flush();
}

int CliApplication::runImport(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(tr("name at least one file to import."), u"import"_s);

    // Parse everything first: one bad file means nothing is written.
    QList<ImportedArticle> batch;
    bool failed = false;
    for (const QString &fileName : files) {
        ImportError error;
        std::optional<ImportedArticle> imported = readArticleFile(fileName, &error);
        if (!imported) {
            printError(error.toString());
            failed = true;
            continue;
        }
        batch.append(std::move(*imported));
    }
    if (failed) {
        printError(tr("nothing was imported; correct the files above and import them again."));
        return BadInput;
    }

    if (const int code = openStore())
        return code;
    ImportReport report;
    const StoreError error = m_store->importArticles(batch, &report);
    for (const QString &warning : std::as_const(report.warnings))
        printError(tr("warning: %1").arg(warning));
    if (error) {
        const int code = storeFailure(error);
        printError(tr("nothing was imported."));
        return code;
    }

    for (const qint64 id : std::as_const(report.ids)) {
        StoreError loadError;
        const std::optional<Article> article = m_store->load(id, &loadError);
        if (article) {
            m_out << tr("imported %1 %2 %3")
                         .arg(QString::number(id), uuidText(article->uuid), article->headline)
                  << '\n';
        } else {
            m_out << tr("imported %1").arg(id) << '\n';
        }
    }
    return Success;
}

int CliApplication::runList(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'.").arg(parser.positionalArguments().first()),
                          u"list"_s);

    ArticleListQuery query;
    query.limit = 0; // a script asking for the list wants all of it unless it says otherwise
    const QCommandLineOption status = statusOption();
    if (parser.isSet(status)) {
        bool ok = false;
        query.status = articleStatusFromKey(parser.value(status).trimmed().toLower(), &ok);
        if (!ok) {
            return usageError(tr("--status: '%1' is not a status; use draft, review, approved "
                                 "or published.")
                                  .arg(parser.value(status)),
                              u"list"_s);
        }
    }
    const QCommandLineOption limit = limitOption();
    if (parser.isSet(limit)) {
        bool ok = false;
        query.limit = parser.value(limit).trimmed().toInt(&ok);
        if (!ok || query.limit <= 0) {
            return usageError(
                tr("--limit: '%1' is not a positive whole number.").arg(parser.value(limit)),
                u"list"_s);
        }
    }
    query.search = parser.value(searchOption());

    if (const int code = openStore())
        return code;
    StoreError error;
    const QList<ArticleSummary> rows = m_store->list(query, &error);
    if (error)
        return storeFailure(error);

    if (parser.isSet(jsonOption())) {
        QJsonArray array;
        for (const ArticleSummary &row : rows)
            array.append(ArticleJson::summary(row));
        m_out << jsonText(QJsonDocument(array));
        return Success;
    }
    if (rows.isEmpty()) {
        m_out << tr("No articles.") << '\n';
        return Success;
    }
    TextTable table({tr("ID"), tr("STATUS"), tr("UPDATED"), tr("BYLINE"), tr("HEADLINE")});
    for (const ArticleSummary &row : rows) {
        table.addRow({QString::number(row.id), articleStatusKey(row.status), localTime(row.updated),
                      elideText(row.byline, bylineColumnWidth), row.headline});
    }
    const int columns = terminalColumns();
    m_out << (columns > 0 ? table.render(columns) : table.render(0, headlineColumnWidth));
    return Success;
}

int CliApplication::runShow(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1)
        return usageError(tr("give exactly one article (id, uuid or uri)."), u"show"_s);

    if (const int code = openStore())
        return code;
    int code = Success;
    const std::optional<qint64> id = resolveArticle(arguments.constFirst(), &code);
    if (!id)
        return code;
    const std::optional<Article> article = loadArticle(*id, &code);
    if (!article)
        return code;

    if (parser.isSet(jsonOption())) {
        m_out << jsonText(QJsonDocument(ArticleJson::article(*article)));
        return Success;
    }

    const QString none = tr("(none)");
    QList<std::pair<QString, QString>> fields = {
        {tr("ID"), QString::number(article->id)},
        {tr("UUID"), uuidText(article->uuid)},
        {tr("URI"), article->uri},
        {tr("Headline"), article->headline},
        {tr("Summary"), article->summary},
        {tr("Byline"), article->byline},
        {tr("Section"), article->section},
        {tr("Slug"), article->slug},
        {tr("Language"), article->language},
        {tr("Status"), articleStatusKey(article->status)},
        {tr("Version"), QString::number(article->version)},
        {tr("Created"), localTime(article->created)},
        {tr("Updated"), localTime(article->updated)},
    };
    if (article->published.isValid())
        fields.append({tr("Published"), localTime(article->published)});
    fields.append({tr("Previous"), referenceText(article->previous, none)});
    fields.append({tr("Next"), referenceText(article->next, none)});

    int labelWidth = 0;
    for (const auto &field : std::as_const(fields))
        labelWidth = std::max(labelWidth, displayWidth(field.first) + 1);
    for (const auto &field : std::as_const(fields)) {
        const QString label = field.first + QLatin1Char(':');
        m_out << (label.leftJustified(labelWidth + 1) + field.second).trimmed() << '\n';
    }

    m_out << '\n' << tr("Paragraphs (%1):").arg(article->paragraphs.size()) << '\n';
    if (article->paragraphs.isEmpty())
        m_out << u"  "_s << none << '\n';
    const int numberWidth = int(QString::number(article->paragraphs.size()).size());
    for (qsizetype i = 0; i < article->paragraphs.size(); ++i) {
        const Paragraph &paragraph = article->paragraphs.at(i);
        const QString number = QString::number(i + 1).rightJustified(numberWidth) + u". "_s;
        m_out << u"  "_s << number << paragraph.text << '\n';
        QStringList sources;
        for (const Attribution &attribution : paragraph.attributions) {
            sources.append(tr("%1 (%2)").arg(attribution.sourceName,
                                             verificationKey(attribution.verification)));
        }
        const QString indent(2 + number.size(), QLatin1Char(' '));
        m_out << indent
              << (sources.isEmpty() ? tr("— sources: none (unattributed)")
                                    : tr("— sources: %1").arg(sources.join(u"; "_s)))
              << '\n';
    }

    m_out << '\n' << tr("Meta titles (%1):").arg(article->metaTitles.size()) << '\n';
    if (article->metaTitles.isEmpty())
        m_out << u"  "_s << none << '\n';
    for (qsizetype i = 0; i < article->metaTitles.size(); ++i) {
        const MetaTitle &title = article->metaTitles.at(i);
        m_out << (title.chosen ? u"  * "_s : u"    "_s) << (i + 1) << u". "_s << title.text;
        if (title.chosen)
            m_out << u"  "_s << tr("(chosen)");
        m_out << '\n';
        if (!title.notes.isEmpty())
            m_out << u"       "_s << tr("notes: %1").arg(title.notes) << '\n';
    }
    return Success;
}

int CliApplication::runExport(const QCommandLineParser &parser)
{
    const QString command = u"export"_s;
    const QStringList ids = parser.positionalArguments();
    const bool all = parser.isSet(allOption());
    if (all && !ids.isEmpty())
        return usageError(tr("give article ids or --all, not both."), command);
    if (!all && ids.isEmpty())
        return usageError(tr("name the articles to export, or give --all."), command);

    const std::optional<ExportFormat> format = ExportFormats::fromKey(parser.value(formatOption()));
    if (!format) {
        return usageError(tr("--format: unknown format '%1'; use ninjs, newsml or html.")
                              .arg(parser.value(formatOption())),
                          command);
    }
    ExportOptions options;
    const auto attributions =
        HtmlExportProfile::attributionsFromKey(parser.value(attributionsOption()).trimmed());
    if (!attributions) {
        return usageError(tr("--attributions: unknown style '%1'; use none, inline or notes.")
                              .arg(parser.value(attributionsOption())),
                          command);
    }
    options.html.attributions = *attributions;
    options.html.articleUrlPattern = parser.value(articleUrlOption()).trimmed();
    options.provider = parser.value(providerOption()).trimmed();
    if (options.provider.isEmpty())
        return usageError(tr("--provider: the newsroom's name is empty."), command);
    const QCommandLineOption out = outOption();
    const QString outDir = parser.value(out);
    if (outDir.isEmpty())
        return usageError(tr("--out DIR is required: the folder to write the files to."), command);
    const QFileInfo outInfo(outDir);
    if (outInfo.exists() && !outInfo.isDir())
        return usageError(tr("--out %1: is a file, not a folder.").arg(outDir), command);

    if (const int code = openStore())
        return code;

    // Every id is resolved before anything is written: an unknown id writes nothing.
    QList<qint64> articleIds;
    if (const int code = selectArticles(ids, all, &articleIds))
        return code;

    const bool folderExisted = QFileInfo(outDir).isDir();
    if (!QDir().mkpath(outDir)) {
        printError(tr("--out %1: cannot create the folder.").arg(outDir));
        return BadInput;
    }
    const QDir dir(outDir);
    if (!QFileInfo(dir.absolutePath()).isWritable()) {
        printError(tr("--out %1: the folder is not writable.").arg(outDir));
        return BadInput;
    }
    const auto failed = [&](int exitCode) {
        if (!folderExisted)
            QDir().rmdir(dir.absolutePath()); // only if still empty
        return exitCode;
    };

    FolderExport folderExport(*m_store, dir.absolutePath(), ExportFormats::suffix(*format),
                              ExportFormats::encoder(*format, options));
    TerminalProgress progress(tr("Exporting"), articleIds.size());
    folderExport.setProgress([&progress](qsizetype done, qsizetype) {
        progress.update(done);
        return true;
    });
    const bool exported = folderExport.run(articleIds);
    progress.finish();
    if (!exported) {
        if (folderExport.storeError())
            return failed(storeFailure(folderExport.storeError()));
        printError(folderExport.errorString());
        return failed(BadInput);
    }
    for (const FolderExport::Written &file : folderExport.written())
        m_out << tr("exported %1 %2").arg(QString::number(file.id), file.path) << '\n';
    return Success;
}

int CliApplication::runLink(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2)
        return usageError(tr("give two articles: PREV and the NEXT one that follows it."),
                          u"link"_s);
    if (const int code = openStore())
        return code;
    int code = Success;
    const std::optional<qint64> previous = resolveArticle(arguments.at(0), &code);
    if (!previous)
        return code;
    const std::optional<qint64> next = resolveArticle(arguments.at(1), &code);
    if (!next)
        return code;
    if (const StoreError error = m_store->link(*previous, *next))
        return storeFailure(error);

    const std::optional<Article> first = loadArticle(*previous, &code);
    const std::optional<Article> second = first ? loadArticle(*next, &code) : std::nullopt;
    if (!first || !second)
        return code;
    m_out << tr("linked %1 \"%2\" -> %3 \"%4\"")
                 .arg(QString::number(first->id), first->headline, QString::number(second->id),
                      second->headline)
          << '\n';
    return Success;
}

int CliApplication::runUnlink(const QCommandLineParser &parser)
{
    const QString command = u"unlink"_s;
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1)
        return usageError(tr("give exactly one article (id, uuid or uri)."), command);
    const bool previous = parser.isSet(previousOption());
    const bool next = parser.isSet(nextOption());
    if (previous == next)
        return usageError(tr("give either --prev or --next."), command);

    if (const int code = openStore())
        return code;
    int code = Success;
    const std::optional<qint64> id = resolveArticle(arguments.constFirst(), &code);
    if (!id)
        return code;
    const std::optional<Article> before = loadArticle(*id, &code);
    if (!before)
        return code;
    const std::optional<ArticleRef> &other = previous ? before->previous : before->next;
    if (const StoreError error =
            m_store->unlink(*id, previous ? LinkSide::Previous : LinkSide::Next))
        return storeFailure(error);

    if (!other) {
        m_out << (previous ? tr("%1 has no previous article; nothing to unlink.")
                           : tr("%1 has no next article; nothing to unlink."))
                     .arg(*id)
              << '\n';
    } else {
        m_out << tr("unlinked %1 \"%2\" from %3 \"%4\"")
                     .arg(QString::number(*id), before->headline, QString::number(other->id),
                          other->headline)
              << '\n';
    }
    return Success;
}

int CliApplication::runHistory(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1)
        return usageError(tr("give exactly one article (id, uuid or uri)."), u"history"_s);
    if (const int code = openStore())
        return code;
    int code = Success;
    const std::optional<qint64> id = resolveArticle(arguments.constFirst(), &code);
    if (!id)
        return code;
    StoreError error;
    const QList<RevisionInfo> revisions = m_store->history(*id, &error);
    if (error)
        return storeFailure(error);

    TextTable table({QString(), tr("VERSION"), tr("SAVED"), tr("HEADLINE")});
    for (const RevisionInfo &revision : revisions) {
        table.addRow({revision.current ? u"*"_s : QString(), QString::number(revision.version),
                      localTime(revision.savedAt), revision.headline});
    }
    const int columns = terminalColumns();
    m_out << (columns > 0 ? table.render(columns) : table.render(0, headlineColumnWidth));
    m_out << tr("* the current version") << '\n';
    return Success;
}

int CliApplication::runRestore(const QCommandLineParser &parser)
{
    const QString command = u"restore"_s;
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2)
        return usageError(tr("give the article and the version to restore."), command);
    bool ok = false;
    const int version = arguments.at(1).trimmed().toInt(&ok);
    if (!ok || version <= 0) {
        return usageError(
            tr("VERSION: '%1' is not a version number (see history).").arg(arguments.at(1)),
            command);
    }
    if (const int code = openStore())
        return code;
    int code = Success;
    const std::optional<qint64> id = resolveArticle(arguments.constFirst(), &code);
    if (!id)
        return code;
    Article restored;
    if (const StoreError error = m_store->restore(*id, version, &restored))
        return storeFailure(error);
    m_out << tr("restored %1 to the content of version %2; it is now version %3")
                 .arg(QString::number(*id), QString::number(version),
                      QString::number(restored.version))
          << '\n';
    return Success;
}

int CliApplication::runSpell(const QCommandLineParser &parser)
{
    if (parser.isSet(suggestionHelperOption()))
        return runSuggestionHelper();
    const QString command = u"spell"_s;
    const QStringList files = parser.positionalArguments();
    const bool forArticle = parser.isSet(articleOption());
    if (forArticle && !files.isEmpty())
        return usageError(tr("give a FILE or --article ID, not both."), command);
    if (!forArticle && files.isEmpty())
        return usageError(tr("give a FILE to check (- for standard input) or --article ID."),
                          command);
    if (files.size() > 1)
        return usageError(tr("give one FILE; unexpected argument '%1'.").arg(files.at(1)), command);
    const QCommandLineOption languageSetting = languageOption();
    if (parser.isSet(languageSetting) && parser.value(languageSetting).trimmed().isEmpty())
        return usageError(tr("--lang needs a language, e.g. en-US or de."), command);

    int jobs = 0; // one per core
    const QCommandLineOption jobsSetting = jobsOption();
    if (parser.isSet(jobsSetting)) {
        bool ok = false;
        jobs = parser.value(jobsSetting).trimmed().toInt(&ok);
        if (!ok || jobs <= 0) {
            return usageError(
                tr("--jobs: '%1' is not a positive whole number.").arg(parser.value(jobsSetting)),
                command);
        }
    }

    SpellingReport report;
    QList<std::pair<QString, SpellingReport::Origin>> texts;
    QString language = parser.value(languageSetting).trimmed();
    QStringList newsroomWords;
    QStringList ignoredWords;

    if (forArticle) {
        if (const int code = openStore())
            return code;
        int code = Success;
        const std::optional<qint64> id = resolveArticle(parser.value(articleOption()), &code);
        if (!id)
            return code;
        const std::optional<Article> article = loadArticle(*id, &code);
        if (!article)
            return code;
        StoreError error;
        ignoredWords = DictionaryStore(*m_database).ignoredWords(*id, &error);
        if (error)
            return storeFailure(error);
        if (language.isEmpty())
            language = article->language.isEmpty() ? defaultLanguage : article->language;

        using Field = SpellingReport::Origin::Field;
        texts.append({article->headline, {Field::Headline, {}, 0}});
        texts.append({article->summary, {Field::Summary, {}, 0}});
        texts.append({article->byline, {Field::Byline, {}, 0}});
        for (qsizetype i = 0; i < article->paragraphs.size(); ++i)
            texts.append({article->paragraphs.at(i).text, {Field::Body, {}, int(i + 1)}});
        for (qsizetype i = 0; i < article->metaTitles.size(); ++i)
            texts.append({article->metaTitles.at(i).text, {Field::MetaTitle, {}, int(i + 1)}});
    } else {
        const QString fileName = files.constFirst();
        QString error;
        std::optional<QString> text = TextInput::read(fileName, &error);
        if (!text) {
            printError(error);
            return BadInput;
        }
        const QString shownName =
            fileName == QLatin1String("-") ? TextInput::standardInputName() : fileName;
        texts.append({std::move(*text), {SpellingReport::Origin::Field::File, shownName, 0}});
        if (language.isEmpty())
            language = defaultLanguage;
    }

    if (forArticle || parser.isSet(newsroomOption())) {
        if (const int code = openStore())
            return code;
        StoreError error;
        const QList<NewsroomWord> words = DictionaryStore(*m_database).newsroomWords(&error);
        if (error)
            return storeFailure(error);
        for (const NewsroomWord &word : words)
            newsroomWords.append(word.word);
    }

    const DictionaryCatalog catalog;
    Speller speller;
    if (!speller.personalDictionaryError().isEmpty()) // checked without it; the file is kept
        printError(tr("warning: %1").arg(speller.personalDictionaryError()));
    speller.setNewsroomWords(newsroomWords);
    speller.setIgnoredWords(ignoredWords);
    if (!speller.setLanguage(language, catalog)) {
        // Checking nothing and reporting "no misspellings" would be a lie.
        printError(speller.errorString());
        return BadInput;
    }

    for (const auto &[text, origin] : std::as_const(texts))
        report.check(speller, text, origin);

    const bool withSuggestions = !parser.isSet(noSuggestionsOption());
    if (withSuggestions && !report.isEmpty()) {
        const QJsonObject settings{
            {u"language"_s, language},
            {u"newsroom"_s, QJsonArray::fromStringList(newsroomWords)},
            {u"ignored"_s, QJsonArray::fromStringList(ignoredWords)},
        };
        SuggestionPool pool(speller, {QCoreApplication::applicationFilePath(),
                                      {u"spell"_s, u"--suggestion-helper"_s},
                                      settings});
        if (jobs > 0)
            pool.setMaximumProcesses(jobs);
        report.suggest(pool, maximumSuggestions);
    }

    if (parser.isSet(spellJsonOption()))
        m_out << jsonText(QJsonDocument(report.toJson()));
    else
        m_out << report.toText(withSuggestions);
    return report.isEmpty() ? Success : Findings;
}

int CliApplication::runSuggestionHelper()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        printError(tr("suggestion helper: cannot read standard input."));
        return BadInput;
    }
    QJsonParseError parseError;
    const QJsonObject request = QJsonDocument::fromJson(input.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        printError(tr("suggestion helper: %1.").arg(parseError.errorString()));
        return BadInput;
    }
    const auto strings = [&request](const QString &key) {
        QStringList list;
        const QJsonArray array = request.value(key).toArray();
        for (const QJsonValue &value : array)
            list.append(value.toString());
        return list;
    };
    Speller speller;
    speller.setNewsroomWords(strings(u"newsroom"_s));
    speller.setIgnoredWords(strings(u"ignored"_s));
    if (!speller.setLanguage(request.value(QLatin1String("language")).toString())) {
        printError(speller.errorString());
        return BadInput;
    }
    m_out << QString::fromUtf8(
        QJsonDocument(SuggestionPool::answer(speller, request)).toJson(QJsonDocument::Compact));
    return Success;
}

int CliApplication::runDictionary(const QCommandLineParser &parser)
{
    const QString command = u"dictionary"_s;
    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        return usageError(tr("give an action: list, add or remove (add and remove take words)."),
                          command);
    const QString action = arguments.takeFirst();
    const bool json = parser.isSet(jsonOption());
    if (action == QLatin1String("list")) {
        if (!arguments.isEmpty())
            return usageError(
                tr("list takes no words; unexpected argument '%1'.").arg(arguments.constFirst()),
                command);
        return listNewsroomWords(json);
    }
    if (action != QLatin1String("add") && action != QLatin1String("remove")) {
        return usageError(tr("unknown action '%1'; give list, add or remove.").arg(action),
                          command);
    }
    if (json)
        return usageError(tr("--json goes with list only."), command);
    if (arguments.isEmpty())
        return usageError(tr("%1: name at least one word.").arg(action), command);
    for (const QString &word : std::as_const(arguments)) {
        if (!DictionaryStore::isValidWord(word)) {
            return usageError(tr("'%1' is not a word that can be listed: it is empty or "
                                 "contains spaces.")
                                  .arg(word),
                              command);
        }
    }
    return action == QLatin1String("add") ? addNewsroomWords(arguments)
                                          : removeNewsroomWords(arguments);
}

int CliApplication::listNewsroomWords(bool json)
{
    if (const int code = openStore())
        return code;
    StoreError error;
    const QList<NewsroomWord> words = DictionaryStore(*m_database).newsroomWords(&error);
    if (error)
        return storeFailure(error);
    if (json) {
        QJsonArray array;
        for (const NewsroomWord &word : words) {
            array.append(QJsonObject{{u"word"_s, word.word},
                                     {u"addedBy"_s, word.addedBy},
                                     {u"added"_s, ArticleJson::time(word.addedAt)}});
        }
        m_out << jsonText(QJsonDocument(array));
        return Success;
    }
    if (words.isEmpty()) {
        m_out << tr("The newsroom dictionary is empty.") << '\n';
        return Success;
    }
    TextTable table({tr("WORD"), tr("ADDED BY"), tr("ADDED")});
    for (const NewsroomWord &word : words)
        table.addRow({word.word, word.addedBy, localTime(word.addedAt)});
    m_out << table.render(terminalColumns());
    return Success;
}

int CliApplication::addNewsroomWords(const QStringList &words)
{
    if (const int code = openStore())
        return code;
    DictionaryStore dictionary(*m_database);
    // On a newsroom server, the login.
    const QString user = m_serverActor ? m_serverActor->name : DeskUser::name();
    for (const QString &word : words) {
        bool added = false;
        if (const StoreError error = dictionary.addNewsroomWord(word, user, &added))
            return storeFailure(error);
        m_out << (added ? tr("added %1").arg(word.trimmed())
                        : tr("%1 is in the newsroom dictionary already").arg(word.trimmed()))
              << '\n';
    }
    return Success;
}

int CliApplication::removeNewsroomWords(const QStringList &words)
{
    if (const int code = openStore())
        return code;
    DictionaryStore dictionary(*m_database);
    StoreError error;
    const QList<NewsroomWord> listed = dictionary.newsroomWords(&error);
    if (error)
        return storeFailure(error);
    QSet<QString> present;
    for (const NewsroomWord &entry : listed)
        present.insert(entry.word);
    // All or nothing: every word is looked up before one is removed.
    for (const QString &word : words) {
        if (!present.contains(word.trimmed())) {
            return storeFailure({StoreError::Kind::NotFound,
                                 tr("'%1' is not in the newsroom dictionary; nothing was removed.")
                                     .arg(word.trimmed())});
        }
    }
    QSet<QString> removed;
    for (const QString &word : words) {
        const QString trimmed = word.trimmed();
        if (removed.contains(trimmed))
            continue;
        if (const StoreError removeError = dictionary.removeNewsroomWord(trimmed))
            return storeFailure(removeError);
        removed.insert(trimmed);
        m_out << tr("removed %1").arg(trimmed) << '\n';
    }
    return Success;
}

int CliApplication::selectArticles(const QStringList &names, bool all, QList<qint64> *ids)
{
    if (all) {
        ArticleListQuery query;
        query.limit = 0;
        StoreError error;
        const QList<ArticleSummary> rows = m_store->list(query, &error);
        if (error)
            return storeFailure(error);
        ids->reserve(rows.size());
        for (const ArticleSummary &row : rows)
            ids->append(row.id);
        std::sort(ids->begin(), ids->end());
        return Success;
    }
    int code = Success;
    for (const QString &name : names) {
        const std::optional<qint64> id = resolveArticle(name, &code);
        if (!id)
            return code;
        if (!ids->contains(*id))
            ids->append(*id);
    }
    return Success;
}

std::optional<DeskActor> CliApplication::actingUser(const QCommandLineParser &parser,
                                                    const QString &command, int *exitCode)
{
    if (const int failure = openStore()) {
        *exitCode = failure;
        return std::nullopt;
    }
    if (m_serverActor) {
        const bool otherName =
            parser.isSet(asOption()) && parser.value(asOption()).trimmed() != m_serverActor->name;
        const bool otherRole = parser.isSet(roleOption()) && parser.value(roleOption()).trimmed() !=
                                                                 deskRoleKey(m_serverActor->role);
        if (otherName || otherRole) {
            *exitCode = usageError(tr("on the newsroom server %1 you act as your login %2 (%3); "
                                      "--as and --role cannot change that.")
                                       .arg(m_database->location(), m_serverActor->name,
                                            deskRoleKey(m_serverActor->role)),
                                   command);
            return std::nullopt;
        }
        return m_serverActor;
    }
    DeskActor actor = DeskUser::current();
    if (parser.isSet(asOption())) {
        actor.name = parser.value(asOption()).trimmed();
        if (actor.name.isEmpty()) {
            *exitCode = usageError(tr("--as: give a name."), command);
            return std::nullopt;
        }
    }
    if (parser.isSet(roleOption())) {
        bool ok = false;
        actor.role = deskRoleFromKey(parser.value(roleOption()).trimmed(), &ok);
        if (!ok) {
            *exitCode = usageError(tr("--role: unknown role '%1'; give editor, reviewer or chief.")
                                       .arg(parser.value(roleOption())),
                                   command);
            return std::nullopt;
        }
    }
    return actor;
}

void CliApplication::configureCheck(QCommandLineParser &parser) const
{
    parser.addOptions(
        {checkAllOption(), checkJsonOption(), noSpellingOption(), checkNoSuggestionsOption()});
    parser.addPositionalArgument(u"ids"_s, tr("The articles: ids, uuids or uris."), tr("ID..."));
}

void CliApplication::configureStatus(QCommandLineParser &parser) const
{
    parser.addOptions({commentOption(), overrideOption(), asOption(), roleOption()});
    parser.addPositionalArgument(u"id"_s, tr("The article: its id, uuid or uri."), tr("ID"));
    parser.addPositionalArgument(u"status"_s,
                                 tr("The new status: review, changes-requested, approved, "
                                    "published, corrected or archived."),
                                 tr("STATUS"));
}

void CliApplication::configureVerify(QCommandLineParser &parser) const
{
    parser.addOptions({stateOption(), noteOption(), asOption(), roleOption()});
    parser.addPositionalArgument(u"id"_s, tr("The article: its id, uuid or uri."), tr("ID"));
    parser.addPositionalArgument(
        u"paragraph"_s, tr("The paragraph: its uuid (see show --json) or its number from 1."),
        tr("PARAGRAPH"));
    parser.addPositionalArgument(u"source"_s, tr("The source the paragraph cites, by name."),
                                 tr("SOURCE"));
}

int CliApplication::runCheck(const QCommandLineParser &parser)
{
    const QString command = u"check"_s;
    const QStringList names = parser.positionalArguments();
    const bool all = parser.isSet(checkAllOption());
    if (all && !names.isEmpty())
        return usageError(tr("give article ids or --all, not both."), command);
    if (!all && names.isEmpty())
        return usageError(tr("name the articles to check, or give --all."), command);
    if (const int code = openStore())
        return code;
    QList<qint64> ids;
    if (const int code = selectArticles(names, all, &ids))
        return code;

    const bool json = parser.isSet(checkJsonOption());
    LibraryReview review(*m_database);
    review.setSpelling(!parser.isSet(noSpellingOption()),
                       parser.isSet(checkNoSuggestionsOption()) ? 0 : 8);
    qsizetype articles = 0;
    qsizetype blocking = 0;
    qsizetype blockedArticles = 0;
    // JSON goes straight to standard output as bytes, a megabyte at a time.
    QByteArray bytes;
    QIODevice *out = m_out.device();
    const auto writeOut = [&] {
        out->write(bytes);
        bytes.clear();
    };
    if (json) {
        m_out.flush();
        bytes += '[';
    }
    const auto report = [&](const Article &article, const QList<Finding> &findings) {
        const qsizetype before = blocking;
        for (const Finding &finding : findings)
            blocking += finding.severity == Finding::Severity::Blocking ? 1 : 0;
        blockedArticles += blocking > before ? 1 : 0;
        if (json) {
            // The bytes QJsonDocument writes for {article: {id, uuid, headline}, findings}
            // (keys sorted), without building the document: most of the time of a large check.
            bytes += articles > 0 ? ",\n{\"article\":{\"headline\":\""
                                  : "\n{\"article\":{\"headline\":\"";
            appendJsonEscaped(bytes, article.headline);
            bytes += "\",\"id\":";
            bytes += QByteArray::number(article.id);
            bytes += ",\"uuid\":\"";
            bytes += uuidText(article.uuid).toLatin1();
            bytes += "\"},\"findings\":[";
            for (qsizetype i = 0; i < findings.size(); ++i) {
                if (i > 0)
                    bytes += ',';
                findings.at(i).appendJson(bytes);
            }
            bytes += "]}";
            if (bytes.size() > (1 << 20))
                writeOut();
        } else {
            m_out << tr("%1 \"%2\": %n finding(s)", nullptr, int(findings.size()))
                         .arg(QString::number(article.id), article.headline)
                  << '\n';
            for (const Finding &finding : findings) {
                m_out << u"  "_s << Finding::severityKey(finding.severity).leftJustified(8) << u' '
                      << finding.rule << u"  "_s << finding.message << '\n';
            }
        }
        ++articles;
    };
    const StoreError error = review.run(ids, all, report);
    if (json) {
        bytes += articles > 0 ? "\n]\n" : "]\n";
        writeOut();
    }
    if (error)
        return storeFailure(error);
    const QHash<QString, QString> missing = review.missingDictionaries();
    for (auto it = missing.cbegin(); it != missing.cend(); ++it)
        printError(tr("spelling was not checked for %1: %2").arg(it.key(), it.value()));
    if (!json) {
        m_out << tr("%n article(s) checked", nullptr, int(articles)) << u", "_s
              << tr("%n blocking finding(s)", nullptr, int(blocking)) << u" "_s
              << tr("in %n article(s)", nullptr, int(blockedArticles)) << '\n';
    }
    return blocking > 0 ? Findings : Success;
}

int CliApplication::runStatus(const QCommandLineParser &parser)
{
    const QString command = u"status"_s;
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2)
        return usageError(tr("give the article and its new status."), command);
    bool known = false;
    QString key = arguments.at(1).trimmed().toLower();
    if (key == QLatin1String("in-review"))
        key = u"review"_s;
    const ArticleStatus to = articleStatusFromKey(key, &known);
    if (!known) {
        return usageError(tr("STATUS: unknown status '%1'; give review, changes-requested, "
                             "approved, published, corrected or archived.")
                              .arg(arguments.at(1)),
                          command);
    }
    int code = Success;
    const std::optional<DeskActor> actor = actingUser(parser, command, &code);
    if (!actor)
        return code;
    if (const int failure = openStore())
        return failure;
    const std::optional<qint64> id = resolveArticle(arguments.at(0), &code);
    if (!id)
        return code;
    ReviewStore reviews(*m_database);
    reviews.setActor(*actor);
    StatusChangeRequest request;
    request.to = to;
    request.comment = parser.value(commentOption());
    request.overrideReason = parser.value(overrideOption());
    const std::optional<Article> before = loadArticle(*id, &code);
    if (!before)
        return code;
    Article after;
    if (const StoreError error = reviews.changeStatus(*id, request, &after))
        return storeFailure(error);
    m_out << tr("%1 \"%2\": %3 -> %4 (by %5, %6)")
                 .arg(QString::number(after.id), after.headline, articleStatusLabel(before->status),
                      articleStatusLabel(after.status), actor->name, deskRoleLabel(actor->role))
          << '\n';
    return Success;
}

int CliApplication::runVerify(const QCommandLineParser &parser)
{
    const QString command = u"verify"_s;
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 3)
        return usageError(tr("give the article, the paragraph and the source."), command);
    if (!parser.isSet(stateOption()))
        return usageError(tr("--state is required: verified, disputed or unchecked."), command);
    bool known = false;
    const Verification state =
        verificationFromKey(parser.value(stateOption()).trimmed().toLower(), &known);
    if (!known) {
        return usageError(tr("--state: unknown state '%1'; give verified, disputed or unchecked.")
                              .arg(parser.value(stateOption())),
                          command);
    }
    int code = Success;
    const std::optional<DeskActor> actor = actingUser(parser, command, &code);
    if (!actor)
        return code;
    if (const int failure = openStore())
        return failure;
    const std::optional<qint64> id = resolveArticle(arguments.at(0), &code);
    if (!id)
        return code;
    std::optional<Article> article = loadArticle(*id, &code);
    if (!article)
        return code;

    const QString paragraphName = arguments.at(1).trimmed();
    qsizetype index = -1;
    bool isNumber = false;
    const qsizetype number = paragraphName.toLongLong(&isNumber);
    if (isNumber && number >= 1 && number <= article->paragraphs.size()) {
        index = number - 1;
    } else {
        const QUuid uuid = QUuid::fromString(paragraphName);
        for (qsizetype i = 0; !uuid.isNull() && i < article->paragraphs.size(); ++i) {
            if (article->paragraphs.at(i).uuid == uuid)
                index = i;
        }
    }
    if (index < 0) {
        printError(tr("article %1 has no paragraph '%2' (give its uuid, see show --json, or a "
                      "number from 1 to %3).")
                       .arg(QString::number(*id), paragraphName)
                       .arg(article->paragraphs.size()));
        return BadInput;
    }
    Paragraph &paragraph = article->paragraphs[index];
    const QString sourceKey = ArticleStore::sourceKey(arguments.at(2));
    const auto attribution = std::find_if(
        paragraph.attributions.begin(), paragraph.attributions.end(),
        [&](const Attribution &a) { return ArticleStore::sourceKey(a.sourceName) == sourceKey; });
    if (attribution == paragraph.attributions.end()) {
        QStringList cited;
        for (const Attribution &a : std::as_const(paragraph.attributions))
            cited.append(a.sourceName);
        printError(tr("paragraph %1 of article %2 does not cite '%3'; it cites: %4.")
                       .arg(QString::number(index + 1), QString::number(*id), arguments.at(2),
                            cited.isEmpty() ? tr("no source") : cited.join(u", "_s)));
        return BadInput;
    }
    attribution->verification = state;
    attribution->note = parser.value(noteOption()).trimmed();
    // The save may reallocate the paragraphs: keep what the message needs.
    const QString sourceName = attribution->sourceName;
    m_store->setActor(*actor);
    if (const StoreError error = m_store->save(*article))
        return storeFailure(error);
    m_out << tr("%1 \"%2\", paragraph %3: %4 is %5 (by %6); the article is now version %7")
                 .arg(QString::number(*id), article->headline, QString::number(index + 1),
                      sourceName, verificationKey(state), actor->name,
                      QString::number(article->version))
          << '\n';
    return Success;
}

void CliApplication::configureDestination(QCommandLineParser &parser) const
{
    parser.addOptions({jsonOption(), folderOption(), urlOption(), formatOption(), headerOption(),
                       timeoutOption(), retriesOption(), disabledOption()});
    parser.addPositionalArgument(u"action"_s, tr("list, add, remove, enable or disable."),
                                 tr("ACTION"));
    parser.addPositionalArgument(u"name"_s, tr("The destination's name."), tr("NAME"));
}

void CliApplication::configurePublish(QCommandLineParser &parser) const
{
    parser.addOptions({approvedOption(), destinationOption(), asOption(), roleOption()});
    parser.addPositionalArgument(u"ids"_s, tr("The articles: ids, uuids or uris."), tr("ID..."));
}

void CliApplication::configureUnpublish(QCommandLineParser &parser) const
{
    parser.addOptions({destinationOption(), asOption(), roleOption()});
    parser.addPositionalArgument(u"ids"_s, tr("The articles: ids, uuids or uris."), tr("ID..."));
}

void CliApplication::configurePublications(QCommandLineParser &parser) const
{
    parser.addOption(jsonOption());
    parser.addPositionalArgument(u"id"_s, tr("The article: its id, uuid or uri."), tr("ID"));
}

int CliApplication::runDestination(const QCommandLineParser &parser)
{
    const QString command = u"destination"_s;
    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        return usageError(tr("give an action: list, add, remove, enable or disable."), command);
    }
    const QString action = arguments.takeFirst();
    if (action == QLatin1String("add"))
        return addDestination(parser, arguments);
    if (action == QLatin1String("list")) {
        if (!arguments.isEmpty()) {
            return usageError(
                tr("list takes no name; unexpected argument '%1'.").arg(arguments.constFirst()),
                command);
        }
        if (const int code = openStore())
            return code;
        StoreError error;
        const QList<PublishDestination> destinations =
            PublishStore(*m_database).destinations(&error);
        if (error)
            return storeFailure(error);
        if (parser.isSet(jsonOption())) {
            QJsonArray array;
            for (const PublishDestination &destination : destinations) {
                QJsonObject headers;
                for (const auto &[name, value] : destination.headers) {
                    headers.insert(QString::fromUtf8(name),
                                   PublishDestination::displayedValue(name, value));
                }
                array.append(QJsonObject{{u"name"_s, destination.name},
                                         {u"kind"_s, PublishDestination::kindKey(destination.kind)},
                                         {u"enabled"_s, destination.enabled},
                                         {u"format"_s, ExportFormats::key(destination.format)},
                                         {u"target"_s, destination.target},
                                         {u"headers"_s, headers},
                                         {u"timeoutSeconds"_s, destination.timeoutMs / 1000.0},
                                         {u"retries"_s, destination.retries}});
            }
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        if (destinations.isEmpty()) {
            m_out << tr("No publishing destination is set up.") << '\n';
            return Success;
        }
        TextTable table({tr("NAME"), tr("KIND"), tr("FORMAT"), tr("ENABLED"), tr("TARGET")});
        for (const PublishDestination &destination : destinations) {
            table.addRow({destination.name, PublishDestination::kindKey(destination.kind),
                          ExportFormats::key(destination.format),
                          destination.enabled ? tr("yes") : tr("no"), destination.target});
        }
        m_out << table.render();
        return Success;
    }
    if (action != QLatin1String("remove") && action != QLatin1String("enable") &&
        action != QLatin1String("disable")) {
        return usageError(
            tr("unknown action '%1'; give list, add, remove, enable or disable.").arg(action),
            command);
    }
    if (arguments.size() != 1)
        return usageError(tr("%1: name one destination.").arg(action), command);
    if (const int code = openStore())
        return code;
    PublishStore store(*m_database);
    StoreError error;
    std::optional<PublishDestination> destination = store.destination(arguments.first(), &error);
    if (!destination)
        return storeFailure(error);
    if (action == QLatin1String("remove")) {
        if (const StoreError removed = store.removeDestination(destination->id))
            return storeFailure(removed);
        m_out << tr("removed destination \"%1\"").arg(destination->name) << '\n';
        return Success;
    }
    destination->enabled = action == QLatin1String("enable");
    if (const StoreError saved = store.saveDestination(&*destination))
        return storeFailure(saved);
    m_out << (destination->enabled ? tr("enabled destination \"%1\"")
                                   : tr("disabled destination \"%1\""))
                 .arg(destination->name)
          << '\n';
    return Success;
}

int CliApplication::addDestination(const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString command = u"destination"_s;
    if (arguments.size() != 1)
        return usageError(tr("add: give the destination's name."), command);
    const bool folder = parser.isSet(folderOption());
    const bool http = parser.isSet(urlOption());
    if (folder == http)
        return usageError(tr("add: give either --folder DIR or --url URL."), command);

    PublishDestination destination;
    destination.name = arguments.first().trimmed();
    destination.enabled = !parser.isSet(disabledOption());
    if (folder) {
        destination.kind = PublishDestination::Kind::Folder;
        destination.target = QFileInfo(parser.value(folderOption())).absoluteFilePath();
        const std::optional<ExportFormat> format =
            ExportFormats::fromKey(parser.value(formatOption()));
        if (!format) {
            return usageError(tr("--format: unknown format '%1'; use ninjs, newsml or html.")
                                  .arg(parser.value(formatOption())),
                              command);
        }
        destination.format = *format;
        if (parser.isSet(headerOption()) || parser.isSet(timeoutOption()) ||
            parser.isSet(retriesOption())) {
            return usageError(tr("--header, --timeout and --retries go with --url."), command);
        }
    } else {
        destination.kind = PublishDestination::Kind::Http;
        destination.target = parser.value(urlOption()).trimmed();
        if (parser.isSet(formatOption()) &&
            ExportFormats::fromKey(parser.value(formatOption())) != ExportFormat::Ninjs) {
            return usageError(tr("--format: an HTTP endpoint receives ninjs."), command);
        }
        QString problem;
        if (!PublishDestination::parseHeaders(parser.values(headerOption()).join(u'\n'),
                                              &destination.headers, &problem)) {
            return usageError(u"--header: "_s + problem, command);
        }
        bool ok = false;
        const double seconds = parser.value(timeoutOption()).toDouble(&ok);
        if (!ok || seconds <= 0) {
            return usageError(tr("--timeout: '%1' is not a number of seconds.")
                                  .arg(parser.value(timeoutOption())),
                              command);
        }
        destination.timeoutMs = int(seconds * 1000);
        destination.retries = parser.value(retriesOption()).toInt(&ok);
        if (!ok) {
            return usageError(
                tr("--retries: '%1' is not a number.").arg(parser.value(retriesOption())), command);
        }
    }
    if (const QString problem = destination.validationError(); !problem.isEmpty())
        return usageError(problem, command);
    if (const int code = openStore())
        return code;
    if (const StoreError error = PublishStore(*m_database).saveDestination(&destination))
        return storeFailure(error);
    m_out << tr("added destination \"%1\" (%2 %3)")
                 .arg(destination.name, PublishDestination::kindKey(destination.kind),
                      destination.target)
          << '\n';
    return Success;
}

int CliApplication::runPublish(const QCommandLineParser &parser)
{
    return publishArticles(parser, u"publish"_s, false);
}

int CliApplication::runUnpublish(const QCommandLineParser &parser)
{
    return publishArticles(parser, u"unpublish"_s, true);
}

int CliApplication::publishArticles(const QCommandLineParser &parser, const QString &command,
                                    bool unpublish)
{
    const QStringList names = parser.positionalArguments();
    const bool approved = !unpublish && parser.isSet(approvedOption());
    if (approved && !names.isEmpty())
        return usageError(tr("give article ids or --approved, not both."), command);
    if (!approved && names.isEmpty()) {
        return usageError(unpublish ? tr("name the articles to unpublish.")
                                    : tr("name the articles to publish, or give --approved."),
                          command);
    }
    int code = Success;
    const std::optional<DeskActor> actor = actingUser(parser, command, &code);
    if (!actor)
        return code;
    if (const int failure = openStore())
        return failure;

    QList<qint64> ids;
    if (approved) {
        ArticleListQuery query;
        query.status = ArticleStatus::Approved;
        query.limit = 0;
        StoreError error;
        for (const ArticleSummary &row : m_store->list(query, &error))
            ids.append(row.id);
        if (error)
            return storeFailure(error);
        std::sort(ids.begin(), ids.end());
        if (ids.isEmpty()) {
            m_out << tr("No approved article is waiting to be published.") << '\n';
            return Success;
        }
    } else if (const int failure = selectArticles(names, false, &ids)) {
        return failure;
    }

    Publisher publisher(*m_database);
    publisher.setActor(*actor);
    TerminalProgress progress(unpublish ? tr("Unpublishing") : tr("Publishing"), ids.size());
    int exitCode = Success;
    QObject::connect(&publisher, &Publisher::progress, &publisher,
                     [&progress](qsizetype done, qsizetype) { progress.update(done); });
    QObject::connect(
        &publisher, &Publisher::articleFinished, &publisher,
        [&](const Publisher::ArticleResult &result) {
            progress.finish();
            const QString article = tr("%1 \"%2\" v%3")
                                        .arg(QString::number(result.articleId), result.headline,
                                             QString::number(result.version));
            if (result.deliveries.isEmpty() && !result.refusal.isEmpty()) {
                printError(result.refusal);
                exitCode = std::max<int>(exitCode, BadInput);
                return;
            }
            QStringList delivered = result.upToDate;
            for (QString &name : delivered)
                name = tr("%1 (already there)").arg(name);
            for (const Publication &delivery : result.deliveries) {
                if (delivery.succeeded)
                    delivered.append(tr("%1 (%2)").arg(delivery.destinationName, delivery.result));
                else
                    printError(
                        tr("%1 -> %2: %3").arg(article, delivery.destinationName, delivery.error));
            }
            if (!result.refusal.isEmpty())
                printError(tr("%1: %2").arg(article, result.refusal));
            if (!result.completed)
                exitCode = std::max<int>(exitCode, Findings);
            if (!delivered.isEmpty()) {
                m_out << (unpublish ? tr("unpublished %1 -> %2") : tr("published %1 -> %2"))
                             .arg(article, delivered.join(u", "_s))
                      << '\n';
                m_out.flush();
            }
        });
    if (const StoreError error =
            publisher.start(ids, unpublish ? Publisher::Mode::Unpublish : Publisher::Mode::Publish,
                            parser.value(destinationOption()))) {
        return storeFailure(error);
    }
    QEventLoop loop;
    QObject::connect(&publisher, &Publisher::finished, &loop, &QEventLoop::quit);
    loop.exec();
    progress.finish();
    return exitCode;
}

int CliApplication::runPublications(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1)
        return usageError(tr("name one article."), u"publications"_s);
    if (const int failure = openStore())
        return failure;
    int code = Success;
    const std::optional<qint64> id = resolveArticle(arguments.first(), &code);
    if (!id)
        return code;
    StoreError error;
    const QList<Publication> publications = PublishStore(*m_database).publications(*id, &error);
    if (error)
        return storeFailure(error);
    if (parser.isSet(jsonOption())) {
        QJsonArray array;
        for (const Publication &publication : publications) {
            array.append(
                QJsonObject{{u"destination"_s, publication.destinationName},
                            {u"version"_s, publication.version},
                            {u"pubStatus"_s, publication.canceled ? u"canceled"_s : u"usable"_s},
                            {u"at"_s, ArticleJson::time(publication.at)},
                            {u"actor"_s, publication.actor},
                            {u"succeeded"_s, publication.succeeded},
                            {u"attempts"_s, publication.attempts},
                            {u"result"_s, publication.result},
                            {u"error"_s, publication.error}});
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (publications.isEmpty()) {
        m_out << tr("Article %1 has not been published.").arg(*id) << '\n';
        return Success;
    }
    TextTable table({tr("WHEN"), tr("DESTINATION"), tr("VERSION"), tr("STATUS"), tr("RESULT")});
    for (const Publication &publication : publications) {
        QString outcome =
            publication.succeeded ? publication.result : tr("failed: %1").arg(publication.error);
        table.addRow({QLocale().toString(publication.at.toLocalTime(), QLocale::ShortFormat),
                      publication.destinationName, QString::number(publication.version),
                      publication.canceled ? tr("canceled") : tr("usable"), outcome});
    }
    m_out << table.render();
    return Success;
}
