#pragma once

#include "core/DeskUser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class ArticleStore;
class Database;
class QCommandLineParser;
struct Article;
struct ImportError;
struct ImportedArticle;
struct StoreError;

// copydesk-cli (design.md §4): one QCommandLineParser for the global options, then one per
// command over the arguments after the command name. The database is opened only once the
// command line is known to be valid, and import parses every file before it writes anything.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    enum ExitCode {
        Success = 0,
        Conflict = 1,        // someone saved first
        Findings = 1,        // spell: misspelled words were found
        BadInput = 2,        // usage, unreadable or invalid input, unknown article, refused edit
        DatabaseFailure = 3, // unavailable, damaged, or written by a newer Copydesk
    };

    CliApplication();
    ~CliApplication();
    CliApplication(const CliApplication &) = delete;
    CliApplication &operator=(const CliApplication &) = delete;

    // arguments as QCoreApplication::arguments() gives them (the program first).
    int run(const QStringList &arguments);

    static int exitCodeFor(const StoreError &error);

private:
    struct Command
    {
        QString name;
        QString synopsis; // what follows the command name in the usage line
        QString summary;  // one line in the global help
        void (CliApplication::*configure)(QCommandLineParser &parser) const;
        int (CliApplication::*execute)(const QCommandLineParser &parser);
    };

    static QList<Command> commands();
    const Command *findCommand(const QString &name) const;

    void configureImport(QCommandLineParser &parser) const;
    void configureList(QCommandLineParser &parser) const;
    void configureShow(QCommandLineParser &parser) const;
    void configureExport(QCommandLineParser &parser) const;
    void configureLink(QCommandLineParser &parser) const;
    void configureUnlink(QCommandLineParser &parser) const;
    void configureHistory(QCommandLineParser &parser) const;
    void configureRestore(QCommandLineParser &parser) const;
    void configureSpell(QCommandLineParser &parser) const;
    void configureDictionary(QCommandLineParser &parser) const;
    void configureCheck(QCommandLineParser &parser) const;
    void configureStatus(QCommandLineParser &parser) const;
    void configureVerify(QCommandLineParser &parser) const;
    void configureDestination(QCommandLineParser &parser) const;
    void configurePublish(QCommandLineParser &parser) const;
    void configureUnpublish(QCommandLineParser &parser) const;
    void configurePublications(QCommandLineParser &parser) const;
    void configureInit(QCommandLineParser &parser) const;
    void configureMigrate(QCommandLineParser &parser) const;

    int runImport(const QCommandLineParser &parser);
    int runList(const QCommandLineParser &parser);
    int runShow(const QCommandLineParser &parser);
    int runExport(const QCommandLineParser &parser);
    int runLink(const QCommandLineParser &parser);
    int runUnlink(const QCommandLineParser &parser);
    int runHistory(const QCommandLineParser &parser);
    int runRestore(const QCommandLineParser &parser);
    int runSpell(const QCommandLineParser &parser);
    int runDictionary(const QCommandLineParser &parser);
    int runCheck(const QCommandLineParser &parser);
    int runStatus(const QCommandLineParser &parser);
    int runVerify(const QCommandLineParser &parser);
    int runDestination(const QCommandLineParser &parser);
    int runPublish(const QCommandLineParser &parser);
    int runUnpublish(const QCommandLineParser &parser);
    int runPublications(const QCommandLineParser &parser);
    int runInit(const QCommandLineParser &parser);
    int runMigrate(const QCommandLineParser &parser);
    // publish and unpublish: runs the Publisher over the articles, printing each result.
    int publishArticles(const QCommandLineParser &parser, const QString &command, bool unpublish);
    int addDestination(const QCommandLineParser &parser, const QStringList &arguments);
    // --as and --role over DeskUser::current(); a usage error (exit code in *exitCode) when the
    // role is unknown.
    std::optional<DeskActor> actingUser(const QCommandLineParser &parser, const QString &command,
                                        int *exitCode);
    // The articles named on the command line (resolved, in order, once each) or, with all,
    // every article by id; Success or the exit code after printing why not.
    int selectArticles(const QStringList &names, bool all, QList<qint64> *ids);
    int runSuggestionHelper();
    int listNewsroomWords(bool json);
    int addNewsroomWords(const QStringList &words);
    int removeNewsroomWords(const QStringList &words);

    int runCommand(const Command &command, const QStringList &arguments);
    QString globalHelp(const QCommandLineParser &parser) const;
    QString commandHelp(const Command &command, const QCommandLineParser &parser) const;

    // Reads and parses one input file; the format comes from the extension, else the content.
    std::optional<ImportedArticle> readArticleFile(const QString &fileName,
                                                   ImportError *error) const;

    // Opens the database once; returns Success or the exit code after printing why not.
    int openStore();
    // Numeric id, uuid or uri -> id; prints the error and sets *exitCode when it fails.
    std::optional<qint64> resolveArticle(const QString &idOrUuid, int *exitCode);
    std::optional<Article> loadArticle(qint64 id, int *exitCode);

    int usageError(const QString &message, const QString &command = {});
    int storeFailure(const StoreError &error);
    void printError(const QString &message);

    const QList<Command> m_commands;
    QTextStream m_out;
    QTextStream m_err;
    QString m_databaseLocation;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ArticleStore> m_store;
    std::optional<DeskActor> m_serverActor; // on a PostgreSQL server with the rules installed
};
