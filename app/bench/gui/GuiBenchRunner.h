#pragma once

#include "BenchLibrary.h"
#include "GuiReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <memory>

class MainWindow;
class QTemporaryDir;
class QTextStream;

struct GuiBenchOptions
{
    qint64 articles = 1'000'000;
    int words = 10'000;
    QString dir; // empty: a temporary directory
    bool keep = false;
};

// Measures the editor window the way an editor meets it: a real MainWindow on a library of a
// million articles (startup to the first painted screen of the list, scrolling to the end,
// memory), then a 10,000-word article (opening it, keystrokes with the gutter repainted,
// autosave), and finally the store and model operations behind those figures one by one.
class GuiBenchRunner
{
    Q_DECLARE_TR_FUNCTIONS(GuiBenchRunner)

public:
    static constexpr int VersionRuns = 5;
    static constexpr int ScrollJumps = 30;
    static constexpr int LongArticleOpens = 7;
    static constexpr int Keystrokes = 300;
    static constexpr int Saves = 50;

    GuiBenchRunner(const GuiBenchOptions &options, QTextStream &progress);
    ~GuiBenchRunner();

    // Runs everything; false when a step failed (failure() says which and why).
    bool run();
    QString failure() const { return m_failure; }
    const GuiReport &report() const { return m_report; }

    // The child process that makes the library: prints LibraryInfo as JSON on standard output.
    static int generate(const QString &path, qint64 articles, int words);

private:
    bool prepareLibrary();
    bool measureStartup();
    bool measureScrolling();
    bool measureLongArticle();
    bool measureKeystrokes();
    bool measureSpelling();
    bool measureAutosave();
    bool measureBreakdown();
    void describeEnvironment();
    void removeCreatedFiles();

    bool fail(const QString &message);
    void say(const QString &line);
    static void settle(int milliseconds);

    GuiBenchOptions m_options;
    QTextStream &m_progress;
    GuiReport m_report;
    QString m_failure;
    std::unique_ptr<QTemporaryDir> m_temporaryDir; // the library, unless --dir
    std::unique_ptr<QTemporaryDir> m_settingsDir;  // the window's QSettings, fresh every run
    QString m_libraryPath;
    bool m_createdLibrary = false;
    LibraryInfo m_library;
    QElapsedTimer m_clock;
    QElapsedTimer m_total;
    QString m_loadAtStart;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_firstArticleId = 0;    // the article the window opened first
    qint64 m_ordinaryArticleId = 0; // a stored article other than the long one, near the top
};
