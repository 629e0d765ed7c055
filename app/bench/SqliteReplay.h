#pragma once

#include <QString>

#include <ctime>
#include <optional>

class ImportRows;
struct sqlite3;
struct sqlite3_stmt;

// SQLite's C API as a yardstick for bulk writes: it writes ImportRows with one prepared
// statement per distinct INSERT and bound values, with no Qt and no Copydesk in between. Unlike
// the sqlite3 shell, which parses every statement afresh, this is the floor of what SQLite
// itself can do with the same rows and the same schema.
class SqliteReplay
{
public:
    // Opens `database` (which must already hold the schema) with the settings Copydesk uses on
    // every connection, prepares the statements, then writes every row of `rows`. Returns the
    // nanoseconds of the writing alone (opening and preparing are not timed), or nothing, with
    // the reason in lastError().
    std::optional<qint64> run(const QString &database, const ImportRows &rows);
    QString lastError() const { return m_lastError; }
    // Process CPU time of the last successful writing: unlike wall time, hardly affected by
    // other processes on the same cores.
    std::clock_t lastCpu() const { return m_lastCpu; }

private:
    std::optional<qint64> replay(sqlite3 *connection, const ImportRows &rows);
    // False, with the reason in lastError(), unless `code` is `expected`.
    bool succeeded(sqlite3 *connection, int code, const QString &what, int expected);
    // Records the failure of `statement` with `code`; always false.
    bool failed(sqlite3 *connection, int code, sqlite3_stmt *statement);
    // Keeps the first failure's reason in lastError(); always false.
    bool record(sqlite3 *connection, int code, const QString &what);

    QString m_lastError;
    std::clock_t m_lastCpu = 0;
};
