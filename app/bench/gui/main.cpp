// copydesk-gui-bench: prints how fast the editor window is on a library of a million articles
// (startup, scrolling, memory) and with a 10,000-word article open (opening, typing, autosave),
// next to the targets of the issue. It never fails on a timing: exit code 0 when every figure
// was measured, 1 when a step failed, 2 on bad usage.

#include "GuiBenchRunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("copydesk-gui-bench", text);
}

// The library generator runs as a child process of the benchmark and needs no display.
bool generatorMode(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--generate") == 0)
            return true;
    }
    return false;
}

// Without a display Qt aborts with a message about xcb plugins; say what to do instead.
bool displayAvailable(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return true;
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (generatorMode(argc, argv)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else if (!displayAvailable(argc, argv)) {
        std::fputs("copydesk-gui-bench: no display found. Run it on a desktop session, under "
                   "Xvfb (xvfb-run), or with QT_QPA_PLATFORM=offscreen.\n",
                   stderr);
        return 2;
    } else {
        app = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Copydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("copydesk-gui-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measures Copydesk's main window on a synthetic library: the first screen of the "
           "article list after start, scrolling to the end, memory, and opening, typing in and "
           "autosaving a long article. Prints each figure next to its target; run it on a "
           "display (Xvfb works) or with QT_QPA_PLATFORM=offscreen."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption articlesOption(
        QStringLiteral("articles"), tr("Number of articles in the library (default: 1000000)."),
        tr("N"), QStringLiteral("1000000"));
    const QCommandLineOption wordsOption(QStringLiteral("words"),
                                         tr("Words in the long article (default: 10000)."), tr("N"),
                                         QStringLiteral("10000"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        tr("Directory for the library file (default: a temporary directory). A library left "
           "there by --keep with the same --articles and --words is reused."),
        tr("DIR"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        tr("Keep the library file for later runs."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        tr("Also print the results as JSON on standard output (the table goes to standard "
           "error)."));
    QCommandLineOption generateOption(QStringLiteral("generate"),
                                      tr("Internal: make the library at FILE and describe it "
                                         "as JSON."),
                                      tr("FILE"));
    generateOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {articlesOption, wordsOption, dirOption, keepOption, jsonOption, generateOption});
    parser.process(*app);

    QTextStream standardOutput(stdout);
    QTextStream standardError(stderr);
    GuiBenchOptions options;
    bool ok = false;
    options.articles = parser.value(articlesOption).toLongLong(&ok);
    // At least the long article and one ordinary article to come from.
    if (!ok || options.articles < 2 || options.articles > INT_MAX) {
        standardError << tr("--articles: expected a whole number from 2 to %1, got “%2”.")
                             .arg(INT_MAX)
                             .arg(parser.value(articlesOption))
                      << Qt::endl;
        return 2;
    }
    options.words = parser.value(wordsOption).toInt(&ok);
    if (!ok || options.words < 1) {
        standardError << tr("--words: expected a positive whole number, got “%1”.")
                             .arg(parser.value(wordsOption))
                      << Qt::endl;
        return 2;
    }
    if (parser.isSet(generateOption))
        return GuiBenchRunner::generate(parser.value(generateOption), options.articles,
                                        options.words);
    options.dir = parser.value(dirOption);
    options.keep = parser.isSet(keepOption);

    GuiBenchRunner runner(options, standardError);
    const bool completed = runner.run();
    QTextStream &table = parser.isSet(jsonOption) ? standardError : standardOutput;
    table << Qt::endl;
    runner.report().printTable(table);
    if (parser.isSet(jsonOption))
        standardOutput << QJsonDocument(runner.report().toJson()).toJson() << Qt::flush;
    if (!completed) {
        standardError << Qt::endl << tr("Stopped: %1").arg(runner.failure()) << Qt::endl;
        return 1;
    }
    return 0;
}
