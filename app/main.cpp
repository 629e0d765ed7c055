#include "core/PlainTextImporter.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/PostgresAddress.h"
#include "widgets/MainWindow.h"
#include "widgets/Preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace {

constexpr int exitUsage = 2;
constexpr int exitDatabaseUnavailable = 3;

// Without a display Qt aborts with a message about xcb plugins that tells a user nothing.
bool displayAvailable(int argc, char **argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return true;
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return true;
#endif
}

void installTranslators(QApplication &app)
{
    // Preferences › Interface language, else the system's.
    const QString chosen = Preferences::interfaceLanguage();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    // Qt's own strings (standard buttons, file dialogs) when the system has them.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qtTranslator);
    }
    // Copydesk's catalogues are embedded under :/i18n (see app/CMakeLists.txt). Languages
    // without one get English, whose catalogue supplies the plural forms of "%n article(s)".
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("copydesk"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral(":/i18n/copydesk_en"))) {
        QApplication::installTranslator(translator);
    }
}

// The demo article gives a first run something real to look at.
StoreError importDemoArticle(ArticleStore &store)
{
    QFile file(QStringLiteral(":/demo/demo-article.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {StoreError::Kind::Invalid, file.errorString()};
    ImportError parseError;
    std::optional<ImportedArticle> demo =
        PlainTextImporter::parse(file.readAll(), QStringLiteral("demo-article.txt"), &parseError);
    if (!demo)
        return {StoreError::Kind::Invalid, parseError.toString()};
    return store.importArticles({*demo});
}

int reportUnavailableDatabase(const QString &path, const StoreError &error)
{
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot Open Database"),
                          QCoreApplication::translate("main", "Copydesk could not open %1.\n\n%2")
                              .arg(QDir::toNativeSeparators(path), error.message));
    return exitDatabaseUnavailable;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!displayAvailable(argc, argv)) {
        std::fputs("copydesk: no display found. Run it on a desktop session, or with "
                   "QT_QPA_PLATFORM=offscreen, or use copydesk-cli for scripts.\n",
                   stderr);
        return exitUsage;
    }

    QApplication app(argc, argv);
    // The CLI uses the same names, so both find the same default database.
    QApplication::setOrganizationName(QStringLiteral("Copydesk"));
    QApplication::setApplicationName(QStringLiteral("copydesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Copydesk"));
    QApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("copydesk"));
    MainWindow::registerResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/copydesk.svg")));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Newsroom editor with source attributions."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Open the database at PATH, or a newsroom server at "
                                            "postgresql://user@host:port/database (default: %1).")
            .arg(QDir::toNativeSeparators(Database::defaultLocation())),
        QCoreApplication::translate("main", "PATH"));
    parser.addOption(databaseOption);
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "copydesk: %s\n", qPrintable(parser.errorText()));
        return exitUsage;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "copydesk: %s\n",
                     qPrintable(QCoreApplication::translate("main", "unexpected argument: %1")
                                    .arg(parser.positionalArguments().constFirst())));
        return exitUsage;
    }

    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultLocation();
    if (PostgresAddress::isPostgresUrl(path)) {
        // A newsroom server: no demo article in a shared database, and the window asks for a
        // password when the server wants one (never shown or kept).
        MainWindow window;
        window.show();
        if (!window.openDatabaseReportingErrors(path))
            return exitDatabaseUnavailable;
        return QApplication::exec();
    }
    if (!parser.isSet(databaseOption) && !qEnvironmentVariableIsSet("COPYDESK_DB")) {
        // The per-user data folder does not exist before the first run.
        QDir().mkpath(QFileInfo(path).absolutePath());
    }

    {
        Database database;
        if (const StoreError error = database.open(path))
            return reportUnavailableDatabase(path, error);
        if (database.isNew()) {
            ArticleStore store(database);
            if (const StoreError error = importDemoArticle(store))
                qWarning("copydesk: could not import the demo article: %s",
                         qPrintable(error.message));
        }
    }
    MainWindow window;
    if (const StoreError error = window.openDatabase(path))
        return reportUnavailableDatabase(path, error);
    window.show();
    return QApplication::exec();
}
