#pragma once

#include "Database.h"
#include "StoreError.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVariantList>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QSqlQuery;
struct sqlite3_stmt;

// The rows of one kept SELECT, read column by column: on SQLite through its C API on the
// connection Qt's driver opened, on PostgreSQL through QSqlQuery. QSqlQuery::value() builds a
// QVariant for every column, and when articles are loaded in bulk (an export) that cost more
// than SQLite's own reading of the rows.
//
//     ResultRows rows(db, sql);
//     if (StoreError error = rows.run(values, [] { return tr("loading things"); }))
//         return error;
//     while (rows.next())
//         use(rows.integer(0), rows.text(1));
//     if (StoreError error = rows.finish())
//         return error;
//
// Readers of the same SQL may be open at once (a loop inside a loop): the second gets a
// statement of its own.
class ResultRows
{
public:
    ResultRows(Database &db, const QString &sql);
    ~ResultRows();
    ResultRows(const ResultRows &) = delete;
    ResultRows &operator=(const ResultRows &) = delete;

    // Binds values in order and starts the statement; describe() says what it was doing, and
    // only runs on failure.
    template <typename Describe>
    requires std::is_invocable_r_v<QString, Describe> StoreError run(const QVariantList &values,
                                                                     Describe &&describe)
    {
        m_describe = std::forward<Describe>(describe);
        return start(values);
    }

    // The next row; false after the last one or when reading failed (see finish()). On SQLite a
    // successful run() has read nothing yet: errors in the rows come from next()/finish().
    bool next();
    // Ends the statement, releasing its read snapshot; the error that ended next() early, if any.
    StoreError finish();

    bool isNull(int column) const;
    qint64 integer(int column) const; // 0 for NULL
    QString text(int column) const;   // a null QString for NULL
    QDateTime time(int column) const; // a stored ISO time; invalid for NULL
    QUuid uuid(int column) const;     // null for NULL or a malformed text

private:
    StoreError start(const QVariantList &values);
    StoreError nativeFailure(int code);
    // A column's UTF-8 bytes as SQLite holds them; a null view for NULL.
    QByteArrayView nativeBytes(int column) const;

    Database &m_db;
    QString m_sql;
    std::function<QString()> m_describe;
    sqlite3_stmt *m_native = nullptr;
    QSqlQuery *m_query = nullptr;
    std::unique_ptr<QSqlQuery> m_ownQuery; // when another reader is stepping the kept one
    StoreError m_error;
    bool m_active = false;
};
