#include "ResultRows.h"

#include "StoredTime.h"

#include <QSqlError>
#include <QSqlQuery>

#ifdef COPYDESK_NATIVE_SQLITE
#include <sqlite3.h>
#endif

ResultRows::ResultRows(Database &db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
{}

ResultRows::~ResultRows()
{
    finish();
}

StoreError ResultRows::start(const QVariantList &values)
{
    finish();
    m_error = {};
    int failure = 0;
    m_native = m_db.borrowNativeStatement(m_sql, &failure);
    if (failure != 0)
        return nativeFailure(failure);
#ifdef COPYDESK_NATIVE_SQLITE
    if (m_native) {
        static constexpr char16_t empty[] = u"";
        // Every placeholder gets a value: SQLite would keep the last run's for a missing one.
        Q_ASSERT(values.size() == sqlite3_bind_parameter_count(m_native));
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            const int slot = i + 1;
            int code = SQLITE_OK;
            // A typed null (QVariant(QMetaType(...)), as ArticleStore binds a missing id) is
            // NULL, as Qt's driver binds it.
            if (!value.isValid() || value.isNull()) {
                code = sqlite3_bind_null(m_native, slot);
            } else {
                switch (value.typeId()) {
                case QMetaType::Bool:
                case QMetaType::Int:
                case QMetaType::UInt:
                case QMetaType::LongLong:
                case QMetaType::ULongLong:
                    code = sqlite3_bind_int64(m_native, slot, value.toLongLong());
                    break;
                case QMetaType::Double:
                    code = sqlite3_bind_double(m_native, slot, value.toDouble());
                    break;
                case QMetaType::QByteArray: {
                    const QByteArray bytes = value.toByteArray();
                    code = sqlite3_bind_blob64(m_native, slot, bytes.constData(),
                                               sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
                    break;
                }
                default: {
                    // Like Database::execute(): a null QString is '' (our text columns are NOT
                    // NULL), and sqlite3_bind_text16() would make it NULL.
                    const QString text = value.toString();
                    const void *data = text.isNull() ? static_cast<const void *>(empty)
                                                     : static_cast<const void *>(text.utf16());
                    code = sqlite3_bind_text16(m_native, slot, data,
                                               int(text.size() * sizeof(QChar)), SQLITE_TRANSIENT);
                    break;
                }
                }
            }
            if (code != SQLITE_OK)
                return nativeFailure(code);
        }
        m_active = true;
        return {};
    }
#endif
    m_query = &m_db.prepared(m_sql);
    if (m_query->isActive()) {
        m_ownQuery = m_db.preparedUnkept(m_sql);
        m_query = m_ownQuery.get();
    }
    if (StoreError error = m_db.run(*m_query, values, m_describe))
        return error;
    m_active = true;
    return {};
}

bool ResultRows::next()
{
    if (!m_active || m_error)
        return false;
#ifdef COPYDESK_NATIVE_SQLITE
    if (m_native) {
        const int code = sqlite3_step(m_native);
        if (code == SQLITE_ROW)
            return true;
        if (code != SQLITE_DONE)
            m_error = nativeFailure(code);
        return false;
    }
#endif
    if (m_query->next())
        return true;
    if (m_query->lastError().isValid())
        m_error = m_db.errorFrom(*m_query, m_describe ? m_describe() : QString());
    return false;
}

StoreError ResultRows::finish()
{
    if (m_native)
        m_db.returnNativeStatement(m_native);
    if (m_query)
        m_query->finish();
    m_native = nullptr;
    m_query = nullptr;
    m_ownQuery.reset();
    m_active = false;
    return m_error;
}

bool ResultRows::isNull(int column) const
{
#ifdef COPYDESK_NATIVE_SQLITE
    if (m_native)
        return sqlite3_column_type(m_native, column) == SQLITE_NULL;
#endif
    return m_query->isNull(column);
}

qint64 ResultRows::integer(int column) const
{
#ifdef COPYDESK_NATIVE_SQLITE
    if (m_native)
        return sqlite3_column_int64(m_native, column);
#endif
    return m_query->value(column).toLongLong();
}

#ifdef COPYDESK_NATIVE_SQLITE
QByteArrayView ResultRows::nativeBytes(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_native, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_native, column)) : QByteArrayView();
}
#endif

QString ResultRows::text(int column) const
{
#ifdef COPYDESK_NATIVE_SQLITE
    if (m_native) {
        // SQLite keeps our text as UTF-8; Qt's driver asks it for UTF-16 and copies that, which
        // converts in SQLite's slower loop and copies twice.
        const QByteArrayView bytes = nativeBytes(column);
        return bytes.isNull() ? QString() : QString::fromUtf8(bytes);
    }
#endif
    return m_query->value(column).toString();
}

QUuid ResultRows::uuid(int column) const
{
#ifdef COPYDESK_NATIVE_SQLITE
    if (m_native) {
        // Parsed from SQLite's bytes: a QString per paragraph's uuid was a share of a load.
        const QByteArrayView bytes = nativeBytes(column);
        return bytes.isNull() ? QUuid() : QUuid::fromString(QLatin1StringView(bytes));
    }
#endif
    return QUuid::fromString(m_query->value(column).toString());
}

QDateTime ResultRows::time(int column) const
{
    return StoredTime::fromIso(isNull(column) ? QString() : text(column));
}

StoreError ResultRows::nativeFailure(int code)
{
    return m_db.nativeError(code, m_describe ? m_describe() : QString());
}
