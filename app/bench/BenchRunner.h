#pragma once

#include "ImportRows.h"
#include "Report.h"
#include "SqliteShell.h"

#include "storage/ArticleStore.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <ctime>
#include <optional>

class QTextStream;

struct BenchOptions
{
    int articles = 100000;
    QString directory; // where the database files go; must exist
    QStringList only;  // benchmark names; empty = all
    bool keepFiles = false;
    int spellWords = 100000; // the text of the "spell" benchmark
    QString postgresUrl;     // an empty database for the "postgres" benchmark
};

// Builds the synthetic library in a fresh SQLite file and measures the storage operations the
// issue sets targets for, each next to the same SQL run by the sqlite3 shell. Prints progress to
// `log`; the figures go into `report`.
class BenchRunner
{
public:
    BenchRunner(const BenchOptions &options, Report &report, QTextStream &log);

    static constexpr int comparisonArticles = 3000; // written by each way in "create"

    static QStringList benchmarkNames();
    // The benchmarks that need the synthetic library (all but "spell").
    static QStringList storageBenchmarkNames();
    bool run(); // false when a store operation failed
    QString failure() const { return m_failure; }
    // Removes what the run left in the directory (for --dir without --keep).
    void removeFiles() const;

    // The child-process side of "open in a new process": opens the file, prints the nanoseconds
    // Database::open took on `out`. Returns the exit code.
    static int probeOpen(const QString &location, QTextStream &out);

private:
    bool selected(const QString &name) const;
    void progress(const QString &message);
    bool check(const StoreError &error, const QString &what);

    bool runStorage();
    bool runSpelling();
    bool runPublishing();
    bool runPostgres();
    bool populate();
    bool reuseExistingLibrary();
    void writeLibraryInfo() const;
    struct WriteRound
    {
        double rate = 0;      // articles per second of wall time
        std::clock_t cpu = 0; // process CPU time spent on it
    };
    std::optional<WriteRound> writeRound(bool viaImport, int count);
    const ImportRows &importRows(int count);
    static bool createSchemaOnly(const QString &path, QString *error);
    std::optional<double> sqliteImportRound(int count);
    std::optional<WriteRound> sqliteApiRound(int count); // the same rows through SQLite's C API
    bool benchCreate();
    bool benchOpen();
    bool benchList(ArticleStore &store);
    bool benchSearch(ArticleStore &store);
    bool benchLoad(ArticleStore &store);
    // afterOptimize: the second pass, once ArticleStore::optimizeSearchIndex() has run.
    bool benchSave(ArticleStore &store, bool afterOptimize);
    bool benchOptimize(ArticleStore &store);
    bool benchExport(ArticleStore &store);
    // check --all (issue 5): >= 5,000 articles/s without spelling, >= 1,000/s with.
    bool benchCheck(Database &database);
    void describeEnvironment(Database &database);
    void describeMachine(); // when the storage benchmarks, which describe it, do not run
    static QString cpuName();

    QList<qint64> randomIds(int count, quint32 seed) const;
    QList<qint64> distinctRandomIds(int count, quint32 seed) const;
    static double loadAverage();
    static QString cpuNote(std::clock_t cpu, qint64 articles);
    // Puts the sqlite3 figure (or why there is none) on the result.
    void compareWithSqlite(BenchResult &result, const std::optional<double> &figure,
                           const QString &how);
    QString pathInDirectory(const QString &name) const;

    BenchOptions m_options;
    Report &m_report;
    QTextStream &m_log;
    QElapsedTimer m_clock;
    QString m_databasePath;
    SqliteShell m_sqlite;
    bool m_sqliteAvailable = false;
    QString m_failure;
    QJsonObject m_environment;

    QList<qint64> m_ids;             // every article id, ascending
    QString m_rareNoun;              // a proper noun coined for one article only
    QList<qint64> m_importBatchNs;   // import time of each batch of 1,000, in order
    ImportRows m_importRows;         // what both references of "create" write
    QByteArray m_sqliteImportScript; // built once, run in every round
    QString m_sqliteImportError;
    QString m_sqliteApiError;
    QStringList m_spellingFiles; // written by the spelling benchmark
};
