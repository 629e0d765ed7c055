#include "SqliteShell.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SqliteShell", text);
}

double medianOf(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    return n % 2 == 1 ? double(values.at(n / 2))
                      : (double(values.at(n / 2 - 1)) + double(values.at(n / 2))) / 2.0;
}

} // namespace

SqliteShell::SqliteShell(const QString &scratchDirectory, const QString &program)
    : m_scratchDirectory(scratchDirectory)
    , m_program(program)
{}

bool SqliteShell::isAvailable()
{
    if (!m_version.isEmpty())
        return true;
    QProcess process;
    process.start(m_program, {QStringLiteral("-version")});
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_lastError = tr("%1 cannot be run (%2); the sqlite3 column stays empty.")
                          .arg(m_program, process.errorString());
        return false;
    }
    m_version = QString::fromUtf8(process.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
    return !m_version.isEmpty();
}

QByteArray SqliteShell::connectionPrologue()
{
    return QByteArrayLiteral("PRAGMA foreign_keys = ON;\n"
                             "PRAGMA busy_timeout = 5000;\n"
                             "PRAGMA synchronous = NORMAL;\n"
                             "PRAGMA cache_size = -65536;\n");
}

QByteArray SqliteShell::quoted(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace('\'', QByteArrayLiteral("''"));
    return '\'' + utf8 + '\'';
}

std::optional<qint64> SqliteShell::timeScript(const QString &database, const QByteArray &script)
{
    const QString scriptPath =
        QDir(m_scratchDirectory).filePath(QStringLiteral("sqlite3-%1.sql").arg(++m_scriptCounter));
    {
        QFile file(scriptPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(script) < 0) {
            m_lastError = tr("cannot write %1: %2").arg(scriptPath, file.errorString());
            return std::nullopt;
        }
    }
    QProcess process;
    // Rows go nowhere, as Copydesk's rows only go into memory; errors are kept.
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(m_program, {QStringLiteral("-bail"), QStringLiteral("-batch"), database,
                              QStringLiteral(".read ") + scriptPath});
    const bool finished = process.waitForFinished(30 * 60 * 1000);
    const qint64 elapsed = timer.nsecsElapsed();
    if (!m_keepScripts)
        QFile::remove(scriptPath);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_lastError = tr("%1 failed on %2: %3")
                          .arg(m_program, database,
                               QString::fromUtf8(process.readAllStandardError()).trimmed() +
                                   process.errorString());
        return std::nullopt;
    }
    return elapsed;
}

std::optional<double> SqliteShell::differenceMs(const QString &database, const QByteArray &script,
                                                const QString &baselineDatabase,
                                                const QByteArray &baselineScript, int rounds)
{
    QList<qint64> measured;
    QList<qint64> baseline;
    for (int i = 0; i < std::max(1, rounds); ++i) {
        const std::optional<qint64> base = timeScript(baselineDatabase, baselineScript);
        if (!base)
            return std::nullopt;
        baseline.append(*base);
        const std::optional<qint64> run = timeScript(database, script);
        if (!run)
            return std::nullopt;
        measured.append(*run);
    }
    return std::max(0.0, (medianOf(measured) - medianOf(baseline)) / 1e6);
}

std::optional<double> SqliteShell::perOperationMs(const QString &database,
                                                  const QByteArray &prologue,
                                                  const QList<QByteArray> &operations, int rounds)
{
    if (operations.isEmpty())
        return std::nullopt;
    QByteArray script = prologue;
    for (const QByteArray &operation : operations)
        script += operation;
    const QByteArray baseline =
        prologue + QByteArrayLiteral("SELECT count(*) FROM sqlite_master;\n");
    const std::optional<double> total = differenceMs(database, script, database, baseline, rounds);
    if (!total)
        return std::nullopt;
    return *total / double(operations.size());
}
