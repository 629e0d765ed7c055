#pragma once

#include "StoreError.h"
#include "core/review/LinkLookup.h"

#include <QHash>

class Database;
class LinkTable;

// The link rules' view of the other articles, read from the database one article at a time as
// the rules follow previous/next links (a review of one article reads its neighbours and, for
// a loop, the chain). Remembers what it read; a read error counts as "no such article" and is
// kept in error().
class StoredLinkLookup : public LinkLookup
{
public:
    explicit StoredLinkLookup(Database &db);

    std::optional<LinkedArticle> find(qint64 id) const override;
    const StoreError &error() const { return m_error; }

    // Every article of the database in one statement, for reviewing the whole library.
    static StoreError fillTable(Database &db, LinkTable *table);

private:
    Database &m_db;
    mutable QHash<qint64, std::optional<LinkedArticle>> m_read;
    mutable StoreError m_error;
};
