#include "StoredLinkLookup.h"

#include "Database.h"
#include "core/review/LinkTable.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

LinkedArticle linkedArticle(const QSqlQuery &row)
{
    return {row.value(0).toLongLong(), articleStatusFromKey(row.value(1).toString()),
            row.value(2).toString(), row.value(3).toLongLong(), row.value(4).toLongLong()};
}

const QString linkColumns = QStringLiteral("SELECT id, status, headline, prev_id, next_id");

} // namespace

StoredLinkLookup::StoredLinkLookup(Database &db)
    : m_db(db)
{}

std::optional<LinkedArticle> StoredLinkLookup::find(qint64 id) const
{
    const auto known = m_read.constFind(id);
    if (known != m_read.cend())
        return *known;
    QSqlQuery &query = m_db.prepared(linkColumns + QStringLiteral(" FROM articles WHERE id = ?"));
    if (StoreError error = m_db.run(query, {id}, [id] {
            return QCoreApplication::translate("StoredLinkLookup", "following a link to article %1")
                .arg(id);
        })) {
        m_error = error;
        return std::nullopt;
    }
    std::optional<LinkedArticle> article;
    if (query.next())
        article = linkedArticle(query);
    query.finish();
    m_read.insert(id, article);
    return article;
}

StoreError StoredLinkLookup::fillTable(Database &db, LinkTable *table)
{
    QSqlQuery &query = db.prepared(linkColumns + QStringLiteral(" FROM articles"));
    if (StoreError error = db.run(query, {}, [] {
            return QCoreApplication::translate("StoredLinkLookup", "reading the article links");
        }))
        return error;
    while (query.next())
        table->insert(linkedArticle(query));
    query.finish();
    return {};
}
