// copydesk-bench: prints how fast the storage layer is on a synthetic newsroom library, next to
// the targets of the issue and the sqlite3 shell doing the same work, and how fast spell
// checking is next to the hunspell command, and (--only postgres) the storage on a PostgreSQL
// server. It never fails on a timing: exit code 0 when every benchmark ran, 1 when a store
// operation or a program failed or concurrent saves lost an update, 2 on bad usage.

#include "BenchRunner.h"
#include "PostgresBench.h"
#include "Report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("copydesk-bench", text);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("copydesk-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measures Copydesk's storage on a deterministic synthetic newsroom library and its "
           "spell checking on generated news copy, and prints each figure next to its target and "
           "the sqlite3 shell or the hunspell command doing the same work."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption articlesOption(
        QStringLiteral("articles"), tr("Number of articles in the library (default: 100000)."),
        tr("N"), QStringLiteral("100000"));
    const QCommandLineOption spellWordsOption(
        QStringLiteral("spell-words"),
        tr("Words in the generated text of the \"spell\" benchmark (default: 100000)."), tr("N"),
        QStringLiteral("100000"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        tr("Directory for the database files (default: a temporary directory). A library left "
           "there by --keep with the same N is reused when the import is not measured."),
        tr("DIR"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        tr("Keep the database, the exported files and the sqlite3 scripts."));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        tr("Run only these benchmarks (comma-separated): %1. \"create\" compares "
           "importArticles(), create() and the sqlite3 shell writing the first %2 articles; "
           "\"spell\" times copydesk-cli spell on a generated 100,000-word text next to the "
           "hunspell command, and needs no library; \"publish\" publishes 5,000 approved "
           "articles of its own database to an HTTP endpoint on the loopback interface and to a "
           "hot folder; \"postgres\" fills the empty PostgreSQL database of --postgres with the "
           "N articles and times load, save, search and %3 clients saving at once.")
            .arg(BenchRunner::benchmarkNames().join(QStringLiteral(", ")))
            .arg(BenchRunner::comparisonArticles)
            .arg(PostgresBench::clients),
        tr("NAME,..."));
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        tr("The \"postgres\" benchmark's database: a postgresql:// URL of an existing, empty "
           "database that it may fill (one that holds articles is refused; nothing is "
           "deleted)."),
        tr("URL"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        tr("Also print the results as JSON on standard output (the table goes to standard "
           "error)."));
    QCommandLineOption probeOption(QStringLiteral("probe-open"),
                                   tr("Internal: time Database::open of FILE in this process."),
                                   tr("FILE"));
    probeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({articlesOption, spellWordsOption, dirOption, keepOption, onlyOption,
                       postgresOption, jsonOption, probeOption});
    parser.process(app);

    QTextStream standardOutput(stdout);
    QTextStream standardError(stderr);
    if (parser.isSet(probeOption))
        return BenchRunner::probeOpen(parser.value(probeOption), standardOutput);

    BenchOptions options;
    bool ok = false;
    options.articles = parser.value(articlesOption).toInt(&ok);
    if (!ok || options.articles < 1) {
        standardError << tr("--articles: expected a positive whole number, got “%1”.")
                             .arg(parser.value(articlesOption))
                      << '\n';
        return 2;
    }
    options.spellWords = parser.value(spellWordsOption).toInt(&ok);
    if (!ok || options.spellWords < 1) {
        standardError << tr("--spell-words: expected a positive whole number, got “%1”.")
                             .arg(parser.value(spellWordsOption))
                      << '\n';
        return 2;
    }
    if (parser.isSet(onlyOption)) {
        const QStringList names =
            parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : names) {
            const QString trimmed = name.trimmed();
            if (!BenchRunner::benchmarkNames().contains(trimmed)) {
                standardError << tr("--only: unknown benchmark “%1”; known: %2.")
                                     .arg(trimmed,
                                          BenchRunner::benchmarkNames().join(QStringLiteral(", ")))
                              << '\n';
                return 2;
            }
            options.only.append(trimmed);
        }
    }
    options.postgresUrl = parser.value(postgresOption);
    if (options.only.contains(QStringLiteral("postgres")) && options.postgresUrl.isEmpty()) {
        standardError << tr("--only postgres needs --postgres URL: the URL of an existing, empty "
                            "PostgreSQL database the benchmark may fill.")
                      << '\n';
        return 2;
    }
    options.keepFiles = parser.isSet(keepOption);

    QTemporaryDir temporary(QDir::temp().filePath(QStringLiteral("copydesk-bench-XXXXXX")));
    if (parser.isSet(dirOption)) {
        options.directory = QDir(parser.value(dirOption)).absolutePath();
        if (!QDir().mkpath(options.directory)) {
            standardError << tr("--dir: cannot create %1.").arg(options.directory) << '\n';
            return 2;
        }
    } else {
        if (!temporary.isValid()) {
            standardError
                << tr("Cannot create a temporary directory: %1").arg(temporary.errorString())
                << '\n';
            return 2;
        }
        temporary.setAutoRemove(!options.keepFiles);
        options.directory = temporary.path();
    }

    Report report;
    BenchRunner runner(options, report, standardError);
    const bool completed = runner.run();

    const bool json = parser.isSet(jsonOption);
    QTextStream &tableStream = json ? standardError : standardOutput;
    tableStream << '\n';
    report.printTable(tableStream);
    if (json) {
        QJsonObject document = report.toJson();
        document.insert(QStringLiteral("completed"), completed);
        if (!completed)
            document.insert(QStringLiteral("failure"), runner.failure());
        standardOutput << QString::fromUtf8(QJsonDocument(document).toJson());
        standardOutput.flush();
    }
    if (options.keepFiles)
        standardError << tr("Files kept in %1").arg(options.directory) << '\n';
    else if (parser.isSet(dirOption))
        runner.removeFiles();
    if (!completed) {
        standardError << tr("copydesk-bench: %1").arg(runner.failure()) << '\n';
        return 1;
    }
    return 0;
}
