#include "SqliteReplay.h"

#include "ImportRows.h"
#include "SqliteShell.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <vector>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SqliteReplay", text);
}

// Finalizes the prepared statements on every way out, before the connection is closed (SQLite
// refuses to close a connection that still has statements).
class Statements
{
public:
    ~Statements()
    {
        for (sqlite3_stmt *statement : list)
            sqlite3_finalize(statement);
    }
    std::vector<sqlite3_stmt *> list;
};

} // namespace

std::optional<qint64> SqliteReplay::run(const QString &database, const ImportRows &rows)
{
    m_lastError.clear();
    sqlite3 *connection = nullptr;
    // Without SQLITE_OPEN_CREATE: the file must be the one Copydesk's migrations made.
    const int opened = sqlite3_open_v2(QFile::encodeName(database).constData(), &connection,
                                       SQLITE_OPEN_READWRITE, nullptr);
    std::optional<qint64> elapsed;
    if (succeeded(connection, opened, tr("opening %1").arg(database), SQLITE_OK))
        elapsed = replay(connection, rows);
    // Even a failed open returns a connection (for its error message) that must be closed.
    const int closed = sqlite3_close(connection);
    if (elapsed && !succeeded(connection, closed, tr("closing %1").arg(database), SQLITE_OK))
        return std::nullopt;
    return elapsed;
}

std::optional<qint64> SqliteReplay::replay(sqlite3 *connection, const ImportRows &rows)
{
    char *message = nullptr;
    const int configured = sqlite3_exec(connection, SqliteShell::connectionPrologue().constData(),
                                        nullptr, nullptr, &message);
    sqlite3_free(message); // sqlite3_errmsg() tells the same
    if (!succeeded(connection, configured, tr("the connection's PRAGMAs"), SQLITE_OK))
        return std::nullopt;

    Statements statements;
    const auto prepare = [&](const QByteArray &sql) {
        sqlite3_stmt *statement = nullptr;
        const int code = sqlite3_prepare_v3(connection, sql.constData(), int(sql.size()),
                                            SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        statements.list.push_back(statement);
        return succeeded(connection, code, QString::fromUtf8(sql), SQLITE_OK);
    };
    for (int shape = 0; shape < rows.shapes().size(); ++shape) {
        if (!prepare(rows.placeholderStatement(shape)))
            return std::nullopt;
    }
    const qsizetype begin = qsizetype(statements.list.size());
    if (!prepare(QByteArrayLiteral("BEGIN IMMEDIATE")) || !prepare(QByteArrayLiteral("COMMIT")))
        return std::nullopt;
    const qsizetype commit = begin + 1;

    const std::vector<ImportRows::Value> &values = rows.values();
    bool ok = true;
    QElapsedTimer timer;
    const std::clock_t cpuStart = std::clock();
    timer.start();
    for (const ImportRows::Operation &operation : rows.operations()) {
        sqlite3_stmt *statement = nullptr;
        switch (operation.kind) {
        case ImportRows::Operation::Kind::Begin:
            statement = statements.list[size_t(begin)];
            break;
        case ImportRows::Operation::Kind::Commit:
            statement = statements.list[size_t(commit)];
            break;
        case ImportRows::Operation::Kind::Insert: {
            statement = statements.list[size_t(operation.shape)];
            const int columns = rows.shapes().at(operation.shape).columnCount;
            for (int i = 0; ok && i < columns; ++i) {
                const ImportRows::Value &value = values[size_t(operation.first + i)];
                int code = SQLITE_OK;
                if (const auto *number = std::get_if<qint64>(&value)) {
                    code = sqlite3_bind_int64(statement, i + 1, *number);
                } else if (const auto *text = std::get_if<QByteArray>(&value)) {
                    // The rows outlive the statement's use of them: no copy needed.
                    code = sqlite3_bind_text(statement, i + 1, text->constData(), int(text->size()),
                                             SQLITE_STATIC);
                } else {
                    code = sqlite3_bind_null(statement, i + 1);
                }
                ok = code == SQLITE_OK || failed(connection, code, statement);
            }
            break;
        }
        }
        if (ok) {
            const int stepped = sqlite3_step(statement);
            ok = stepped == SQLITE_DONE || failed(connection, stepped, statement);
        }
        // After a failed step, reset returns the same error again; the first report stands.
        const int reset = sqlite3_reset(statement);
        ok = ok && (reset == SQLITE_OK || failed(connection, reset, statement));
        if (!ok)
            break;
    }
    const qint64 elapsed = timer.nsecsElapsed();
    m_lastCpu = std::clock() - cpuStart;
    if (!ok) {
        // Leaves the file as it was before the failed transaction.
        if (!sqlite3_get_autocommit(connection))
            sqlite3_exec(connection, "ROLLBACK", nullptr, nullptr, nullptr);
        return std::nullopt;
    }
    return elapsed;
}

bool SqliteReplay::failed(sqlite3 *connection, int code, sqlite3_stmt *statement)
{
    // Only here is the statement's text made a QString: in the timed loop that cost more per
    // row than some of the inserts.
    return record(connection, code, QString::fromUtf8(sqlite3_sql(statement)));
}

bool SqliteReplay::succeeded(sqlite3 *connection, int code, const QString &what, int expected)
{
    return code == expected || record(connection, code, what);
}

bool SqliteReplay::record(sqlite3 *connection, int code, const QString &what)
{
    if (m_lastError.isEmpty()) {
        const char *message = connection ? sqlite3_errmsg(connection) : sqlite3_errstr(code);
        m_lastError = tr("%1: %2 (SQLite code %3)").arg(what, QString::fromUtf8(message)).arg(code);
    }
    return false;
}
