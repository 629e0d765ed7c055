#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Copies a whole library from one database to another, SQLite or PostgreSQL in either
// direction: every table's rows with their ids (articles, paragraphs, attributions, sources,
// meta titles, revisions, links, dictionaries, the review and publishing records and the audit
// log), then rebuilds the target's search index and identity counters. The target must be at
// the same schema version and hold no articles; the copy is one transaction, so a failure
// leaves it as empty as it was. Afterwards each table's rows are counted and checksummed on
// both sides (an order-independent SHA-256 over every row's values) and must match.
class LibraryTransfer
{
    Q_DECLARE_TR_FUNCTIONS(LibraryTransfer)

public:
    struct TableReport
    {
        QString table;
        qint64 rows = 0;
        QString checksum; // hex
    };

    LibraryTransfer(Database &source, Database &target);

    StoreError run(QList<TableReport> *report);

    // The row count and checksum of one table (the columns both dialects share).
    static StoreError checksum(Database &db, const QString &table, TableReport *report);
    // The tables a library consists of, parents before children.
    static const QStringList &tables();

private:
    StoreError copyTable(const QString &table);
    StoreError copyLinks();
    StoreError finishTarget();

    Database &m_source;
    Database &m_target;
};
