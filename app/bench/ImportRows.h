#pragma once

#include <QByteArray>
#include <QList>

#include <initializer_list>
#include <variant>
#include <vector>

// The rows of a bulk write, described once so that the sqlite3 shell (as an SQL script) and the
// SQLite C API (as prepared statements with bound values) write exactly the same data: the two
// references of the "create" benchmark differ only in how SQLite is driven.
//
// Each row names its table and columns (a "shape": one distinct INSERT statement) and carries
// its values; BEGIN IMMEDIATE and COMMIT mark the transactions between rows.
class ImportRows
{
public:
    struct Null
    {};
    // A text value is held as UTF-8, as both the script and sqlite3_bind_text() want it.
    using Value = std::variant<Null, qint64, QByteArray>;

    struct Shape
    {
        QByteArray table;
        QByteArray columns; // comma-separated, as in the INSERT
        int columnCount = 0;
    };

    struct Operation
    {
        enum class Kind { Begin, Commit, Insert };
        Kind kind = Kind::Insert;
        int shape = -1;      // Insert: index into shapes()
        qsizetype first = 0; // Insert: index of its first value in values()
    };

    void begin();
    void commit();
    // `columns` must stay the same string for every row of one table, so that one prepared
    // statement serves them all; `values` are in the order of the columns.
    void insert(const char *table, const char *columns, std::initializer_list<Value> values);

    const QList<Shape> &shapes() const { return m_shapes; }
    const std::vector<Operation> &operations() const { return m_operations; }
    const std::vector<Value> &values() const { return m_values; }
    bool isEmpty() const { return m_operations.empty(); }

    // "INSERT INTO table(columns) VALUES (?, ?, …)" for a shape, for sqlite3_prepare_v3().
    QByteArray placeholderStatement(int shape) const;
    // Every operation as SQL text with the values written as literals, for the sqlite3 shell.
    QByteArray toScript() const;

private:
    int shapeIndex(const char *table, const char *columns);

    QList<Shape> m_shapes;
    std::vector<Operation> m_operations;
    std::vector<Value> m_values;
};
