#include "LibraryTransfer.h"

#include "Database.h"
#include "NewsroomServer.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <array>
#include <cstring>

namespace {

// Columns only one dialect has: PostgreSQL's search configuration and generated vector.
bool isDialectColumn(const QString &column)
{
    return column == QLatin1String("config") || column == QLatin1String("document");
}

QStringList sharedColumns(Database &db, const QString &table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i) {
        if (!isDialectColumn(record.fieldName(i)))
            columns.append(record.fieldName(i));
    }
    columns.sort();
    return columns;
}

} // namespace

LibraryTransfer::LibraryTransfer(Database &source, Database &target)
    : m_source(source)
    , m_target(target)
{}

const QStringList &LibraryTransfer::tables()
{
    static const QStringList list = {
        QStringLiteral("sources"),
        QStringLiteral("articles"),
        QStringLiteral("paragraphs"),
        QStringLiteral("attributions"),
        QStringLiteral("meta_titles"),
        QStringLiteral("revisions"),
        QStringLiteral("article_text"),
        QStringLiteral("newsroom_words"),
        QStringLiteral("article_ignored_words"),
        QStringLiteral("audit_log"),
        QStringLiteral("attribution_waivers"),
        QStringLiteral("anonymity_approvals"),
        QStringLiteral("publish_destinations"),
        QStringLiteral("publications"),
    };
    return list;
}

StoreError LibraryTransfer::run(QList<TableReport> *report)
{
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return {StoreError::Kind::Invalid,
                tr("%1 has schema version %2 but %3 has %4; open both with this Copydesk first.")
                    .arg(m_source.location())
                    .arg(m_source.schemaVersion())
                    .arg(m_target.location())
                    .arg(m_target.schemaVersion())};
    for (const QString &table : {QStringLiteral("articles"), QStringLiteral("sources"),
                                 QStringLiteral("publish_destinations")}) {
        QSqlQuery count(m_target.connection());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !count.next())
            return m_target.errorFrom(count, tr("checking that the target is empty"));
        if (count.value(0).toLongLong() > 0)
            return {StoreError::Kind::Invalid,
                    tr("%1 is not empty (its table %2 has %3 rows); migrate copies into a new "
                       "or empty database only, nothing was changed.")
                        .arg(m_target.location(), table)
                        .arg(count.value(0).toLongLong())};
    }

    ReadTransaction snapshot(m_source);
    if (snapshot.beginError())
        return snapshot.beginError();
    Transaction transaction(m_target);
    if (transaction.beginError())
        return transaction.beginError();
    if (NewsroomServer::rulesInstalled(m_target)) {
        // The server's rules would stamp every copied row with the migrating login.
        if (StoreError error =
                m_target.exec(QStringLiteral("SET LOCAL session_replication_role = replica"),
                              tr("copying rows as they are (the newsroom rules are installed)"))) {
            error.message +=
                QLatin1Char(' ') + tr("Migrate into the database before running init, or as a "
                                      "superuser.");
            return error;
        }
    }
    for (const QString &table : tables()) {
        if (StoreError error = copyTable(table))
            return error;
    }
    if (StoreError error = copyLinks())
        return error;
    if (StoreError error = finishTarget())
        return error;

    QList<TableReport> rows;
    for (const QString &table : tables()) {
        TableReport mine;
        TableReport theirs;
        if (StoreError error = checksum(m_source, table, &mine))
            return error;
        if (StoreError error = checksum(m_target, table, &theirs))
            return error;
        if (mine.rows != theirs.rows || mine.checksum != theirs.checksum)
            return {StoreError::Kind::Damaged,
                    tr("The copy of table %1 differs (%2 rows, checksum %3 in %4; %5 rows, "
                       "checksum %6 in %7); nothing was copied.")
                        .arg(table)
                        .arg(mine.rows)
                        .arg(mine.checksum.left(16), m_source.location())
                        .arg(theirs.rows)
                        .arg(theirs.checksum.left(16), m_target.location())};
        rows.append(mine);
    }
    if (StoreError error = transaction.commit())
        return error;
    if (m_target.isPostgres()) {
        // Fresh statistics for the planner, or searches on the copy scan until autovacuum
        // catches up (see ArticleStore::optimizeSearchIndex).
        if (StoreError error =
                m_target.exec(QStringLiteral("ANALYZE"), tr("analyzing the copied tables")))
            return error;
    }
    if (report)
        *report = rows;
    return {};
}

StoreError LibraryTransfer::copyTable(const QString &table)
{
    const QStringList columns = sharedColumns(m_target, table);
    if (columns.isEmpty())
        return {StoreError::Kind::Damaged,
                tr("%1 has no table %2.").arg(m_target.location(), table)};
    QStringList placeholders;
    QStringList selected;
    for (const QString &column : columns) {
        placeholders.append(QStringLiteral("?"));
        // Links are copied once every article is there (copyLinks).
        selected.append(table == QLatin1String("articles") && (column == QLatin1String("prev_id") ||
                                                               column == QLatin1String("next_id"))
                            ? QStringLiteral("NULL")
                            : column);
    }
    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(selected.join(u", "), table)))
        return m_source.errorFrom(read, tr("reading table %1").arg(table));
    QSqlQuery &write =
        m_target.prepared(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                              .arg(table, columns.join(u", "), placeholders.join(u", ")));
    QVariantList values;
    values.reserve(columns.size());
    while (read.next()) {
        values.clear();
        for (int i = 0; i < columns.size(); ++i)
            values.append(read.value(i));
        if (StoreError error =
                m_target.run(write, values, [&] { return tr("copying table %1").arg(table); }))
            return error;
    }
    if (read.lastError().isValid())
        return m_source.errorFrom(read, tr("reading table %1").arg(table));
    return {};
}

StoreError LibraryTransfer::copyLinks()
{
    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, prev_id, next_id FROM articles"
                                  " WHERE prev_id IS NOT NULL OR next_id IS NOT NULL")))
        return m_source.errorFrom(read, tr("reading the links between articles"));
    QSqlQuery &write = m_target.prepared(
        QStringLiteral("UPDATE articles SET prev_id = ?, next_id = ? WHERE id = ?"));
    while (read.next()) {
        if (StoreError error =
                m_target.run(write, {read.value(1), read.value(2), read.value(0)},
                             [] { return tr("copying the links between articles"); }))
            return error;
    }
    return {};
}

StoreError LibraryTransfer::finishTarget()
{
    if (!m_target.isPostgres()) {
        // The FTS5 index reads its external content (article_text) again.
        return m_target.exec(
            QStringLiteral("INSERT INTO article_fts(article_fts) VALUES ('rebuild')"),
            tr("building the search index"));
    }
    if (StoreError error = m_target.exec(
            QStringLiteral("UPDATE article_text t SET config = copydesk_search_config(a.language)"
                           " FROM articles a WHERE a.id = t.article_id"),
            tr("building the search index")))
        return error;
    // Identity columns count on from the highest copied id.
    for (const QString &table : tables()) {
        if (!m_target.connection().record(table).contains(QStringLiteral("id")))
            continue;
        if (StoreError error =
                m_target.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                             " COALESCE((SELECT max(id) FROM %1), 0) + 1, false)")
                                  .arg(table),
                              tr("setting the id counter of %1").arg(table)))
            return error;
    }
    return {};
}

StoreError LibraryTransfer::checksum(Database &db, const QString &table, TableReport *report)
{
    const QStringList columns = sharedColumns(db, table);
    QSqlQuery read(db.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u", "), table)))
        return db.errorFrom(read, tr("checksumming table %1").arg(table));
    // Lane-wise sums of the rows' SHA-256: independent of row order (which differs between the
    // dialects and their collations), yet any changed, missing or extra row changes it.
    std::array<quint64, 4> lanes{};
    qint64 rows = 0;
    QByteArray row;
    while (read.next()) {
        row.clear();
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = read.value(i);
            row += value.isNull() ? QByteArray("\x1e") : value.toString().toUtf8();
            row += '\x1f';
        }
        const QByteArray digest = QCryptographicHash::hash(row, QCryptographicHash::Sha256);
        for (int lane = 0; lane < 4; ++lane) {
            quint64 part = 0;
            memcpy(&part, digest.constData() + qsizetype(lane) * 8, 8);
            lanes[lane] += part;
        }
        ++rows;
    }
    QByteArray sum;
    for (const quint64 lane : lanes)
        sum += QByteArray::number(lane, 16).rightJustified(16, '0');
    report->table = table;
    report->rows = rows;
    report->checksum = QString::fromLatin1(sum);
    return {};
}
