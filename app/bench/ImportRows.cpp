#include "ImportRows.h"

namespace {

QByteArray literal(const ImportRows::Value &value)
{
    if (const auto *number = std::get_if<qint64>(&value))
        return QByteArray::number(*number);
    if (const auto *text = std::get_if<QByteArray>(&value)) {
        QByteArray quoted = *text;
        quoted.replace('\'', QByteArrayLiteral("''"));
        return '\'' + quoted + '\'';
    }
    return QByteArrayLiteral("NULL");
}

} // namespace

void ImportRows::begin()
{
    m_operations.push_back(Operation{Operation::Kind::Begin});
}

void ImportRows::commit()
{
    m_operations.push_back(Operation{Operation::Kind::Commit});
}

void ImportRows::insert(const char *table, const char *columns, std::initializer_list<Value> values)
{
    const int shape = shapeIndex(table, columns);
    Q_ASSERT(qsizetype(values.size()) == m_shapes.at(shape).columnCount);
    m_operations.push_back(Operation{Operation::Kind::Insert, shape, qsizetype(m_values.size())});
    m_values.insert(m_values.end(), values);
}

int ImportRows::shapeIndex(const char *table, const char *columns)
{
    // A handful of shapes, looked up for every row: a linear scan beats hashing here.
    for (qsizetype i = 0; i < m_shapes.size(); ++i) {
        const Shape &shape = m_shapes.at(i);
        if (shape.table == table && shape.columns == columns)
            return int(i);
    }
    const QByteArray columnList(columns);
    m_shapes.append(Shape{QByteArray(table), columnList, int(columnList.count(',')) + 1});
    return int(m_shapes.size() - 1);
}

QByteArray ImportRows::placeholderStatement(int shape) const
{
    const Shape &s = m_shapes.at(shape);
    QByteArray sql = "INSERT INTO " + s.table + '(' + s.columns + ") VALUES (";
    for (int i = 0; i < s.columnCount; ++i)
        sql += i == 0 ? "?" : ", ?";
    return sql + ')';
}

QByteArray ImportRows::toScript() const
{
    QByteArray script;
    for (const Operation &operation : m_operations) {
        switch (operation.kind) {
        case Operation::Kind::Begin:
            script += "BEGIN IMMEDIATE;\n";
            break;
        case Operation::Kind::Commit:
            script += "COMMIT;\n";
            break;
        case Operation::Kind::Insert: {
            const Shape &shape = m_shapes.at(operation.shape);
            script += "INSERT INTO " + shape.table + '(' + shape.columns + ") VALUES (";
            for (int i = 0; i < shape.columnCount; ++i) {
                if (i > 0)
                    script += ", ";
                script += literal(m_values.at(size_t(operation.first + i)));
            }
            script += ");\n";
            break;
        }
        }
    }
    return script;
}
