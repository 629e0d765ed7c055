#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The sqlite3 command-line shell as a yardstick: it runs the same SQL on the same file with no
// Qt in between, so "Copydesk / sqlite3" shows what the store's own layers cost.
//
// Each run is a fresh `sqlite3 -bail -batch FILE ".read SCRIPT"` process timed from the
// outside; a baseline run of the same kind (start-up, opening the file, reading the schema) is
// subtracted, and scripts repeat an operation many times so the per-operation mean is precise.
class SqliteShell
{
public:
    explicit SqliteShell(const QString &scratchDirectory,
                         const QString &program = QStringLiteral("sqlite3"));

    // False (with the reason in lastError()) when the shell is not installed or does not run.
    bool isAvailable();
    // Keep the generated scripts (sqlite3-N.sql in the scratch directory) to rerun them by hand.
    void setKeepScripts(bool keep) { m_keepScripts = keep; }
    QString version() const { return m_version; }
    QString lastError() const { return m_lastError; }

    // The PRAGMAs Copydesk sets on every connection, so both sides run with the same settings.
    static QByteArray connectionPrologue();
    // SQL string literal: single quotes doubled, UTF-8.
    static QByteArray quoted(const QString &text);

    // Wall time of one shell process running `script` against `database`, in nanoseconds.
    std::optional<qint64> timeScript(const QString &database, const QByteArray &script);

    // Mean milliseconds per operation: the shell runs prologue + all operations, and separately
    // prologue + a schema read; the difference of the medians over `rounds` pairs of runs,
    // divided by the number of operations. Operations that write should pass rounds = 1.
    std::optional<double> perOperationMs(const QString &database, const QByteArray &prologue,
                                         const QList<QByteArray> &operations, int rounds);

    // Median wall time of `script` minus that of `baselineScript` (each on its own database),
    // over `rounds` alternating runs, in milliseconds.
    std::optional<double> differenceMs(const QString &database, const QByteArray &script,
                                       const QString &baselineDatabase,
                                       const QByteArray &baselineScript, int rounds);

private:
    QString m_scratchDirectory;
    QString m_program;
    QString m_version;
    QString m_lastError;
    int m_scriptCounter = 0;
    bool m_keepScripts = false;
};
