#include "PublishStore.h"

#include "Database.h"
#include "StoredTime.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString destinationColumns =
    u"id, name, kind, enabled, format, target, headers, timeout_ms, retries"_s;

PublishDestination destinationFrom(const QSqlQuery &query)
{
    PublishDestination destination;
    destination.id = query.value(0).toLongLong();
    destination.name = query.value(1).toString();
    destination.kind = PublishDestination::kindFromKey(query.value(2).toString())
                           .value_or(PublishDestination::Kind::Folder);
    destination.enabled = query.value(3).toBool();
    destination.format =
        ExportFormats::fromKey(query.value(4).toString()).value_or(ExportFormat::Ninjs);
    destination.target = query.value(5).toString();
    QString ignored;
    PublishDestination::parseHeaders(query.value(6).toString(), &destination.headers, &ignored);
    destination.timeoutMs = query.value(7).toInt();
    destination.retries = query.value(8).toInt();
    return destination;
}

} // namespace

PublishStore::PublishStore(Database &db)
    : m_db(db)
{}

QList<PublishDestination> PublishStore::destinations(StoreError *error)
{
    QList<PublishDestination> destinations;
    QSqlQuery &query = m_db.prepared(u"SELECT "_s + destinationColumns +
                                     u" FROM publish_destinations ORDER BY name"_s);
    StoreError result =
        m_db.run(query, {}, [] { return tr("reading the publishing destinations"); });
    while (!result && query.next())
        destinations.append(destinationFrom(query));
    query.finish();
    if (error)
        *error = result;
    return result ? QList<PublishDestination>() : destinations;
}

std::optional<PublishDestination> PublishStore::destination(const QString &name, StoreError *error)
{
    QSqlQuery &query = m_db.prepared(u"SELECT "_s + destinationColumns +
                                     u" FROM publish_destinations WHERE name = ?"_s);
    StoreError result = m_db.run(query, {name.trimmed()}, [&] {
        return tr("reading the publishing destination “%1”").arg(name);
    });
    std::optional<PublishDestination> found;
    if (!result && query.next())
        found = destinationFrom(query);
    query.finish();
    if (!result && !found) {
        result = {StoreError::Kind::NotFound,
                  tr("There is no publishing destination “%1”.").arg(name.trimmed())};
    }
    if (error)
        *error = result;
    return found;
}

StoreError PublishStore::saveDestination(PublishDestination *destination)
{
    destination->name = destination->name.trimmed();
    destination->target = destination->target.trimmed();
    if (const QString problem = destination->validationError(); !problem.isEmpty())
        return {StoreError::Kind::Invalid, problem};

    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery &taken =
        m_db.prepared(u"SELECT 1 FROM publish_destinations WHERE name = ? AND id <> ?"_s);
    if (StoreError error = m_db.run(taken, {destination->name, destination->id}, [&] {
            return tr("checking the destination name “%1”").arg(destination->name);
        }))
        return error;
    const bool nameTaken = taken.next();
    taken.finish();
    if (nameTaken) {
        return {StoreError::Kind::Invalid,
                tr("There is already a destination named “%1”.").arg(destination->name)};
    }

    const QVariantList values{
        destination->name,      PublishDestination::kindKey(destination->kind),
        destination->enabled,   ExportFormats::key(destination->format),
        destination->target,    destination->headersText(),
        destination->timeoutMs, destination->retries};
    const auto describe = [&] { return tr("saving the destination “%1”").arg(destination->name); };
    if (destination->id == 0) {
        QSqlQuery &insert = m_db.prepared(
            u"INSERT INTO publish_destinations(name, kind, enabled, format, target, headers,"
            " timeout_ms, retries) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        if (StoreError error = m_db.run(insert, values, describe))
            return error;
        insert.next();
        destination->id = insert.value(0).toLongLong();
        insert.finish();
    } else {
        QSqlQuery &update = m_db.prepared(
            u"UPDATE publish_destinations SET name = ?, kind = ?, enabled = ?, format = ?,"
            " target = ?, headers = ?, timeout_ms = ?, retries = ? WHERE id = ?"_s);
        if (StoreError error = m_db.run(update, QVariantList(values) << destination->id, describe))
            return error;
        const int changed = update.numRowsAffected();
        update.finish();
        if (changed == 0) {
            return {StoreError::Kind::NotFound,
                    tr("There is no publishing destination %1.").arg(destination->id)};
        }
    }
    return transaction.commit();
}

StoreError PublishStore::removeDestination(qint64 id)
{
    QSqlQuery &remove = m_db.prepared(u"DELETE FROM publish_destinations WHERE id = ?"_s);
    if (StoreError error =
            m_db.run(remove, {id}, [&] { return tr("removing destination %1").arg(id); }))
        return error;
    const int changed = remove.numRowsAffected();
    remove.finish();
    if (changed == 0)
        return {StoreError::Kind::NotFound, tr("There is no publishing destination %1.").arg(id)};
    return {};
}

StoreError PublishStore::recordPublication(Publication *publication)
{
    if (!publication->at.isValid())
        publication->at = StoredTime::nowUtc();
    QSqlQuery &insert = m_db.prepared(
        u"INSERT INTO publications(article_id, destination_id, version, pub_status, at, actor,"
        " succeeded, attempts, result, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id"_s);
    const QVariantList values{publication->articleId,
                              publication->destinationId,
                              publication->version,
                              publication->canceled ? u"canceled"_s : u"usable"_s,
                              StoredTime::isoUtc(publication->at),
                              publication->actor,
                              publication->succeeded,
                              publication->attempts,
                              publication->result,
                              publication->error};
    if (StoreError error = m_db.run(insert, values, [&] {
            return tr("recording the publication of article %1").arg(publication->articleId);
        }))
        return error;
    insert.next();
    publication->id = insert.value(0).toLongLong();
    insert.finish();
    return {};
}

bool PublishStore::isFileOfAnotherArticle(qint64 destinationId, const QString &path,
                                          qint64 articleId, StoreError *error)
{
    QSqlQuery &query = m_db.prepared(
        u"SELECT 1 FROM publications WHERE destination_id = ? AND result = ? AND succeeded = 1"
        " AND article_id <> ? LIMIT 1"_s);
    const StoreError result = m_db.run(query, {destinationId, path, articleId},
                                       [&] { return tr("looking up the owner of %1").arg(path); });
    const bool found = !result && query.next();
    query.finish();
    if (error)
        *error = result;
    return found;
}

QList<Publication> PublishStore::publications(qint64 articleId, StoreError *error)
{
    QList<Publication> publications;
    QSqlQuery &query = m_db.prepared(
        u"SELECT p.id, p.destination_id, d.name, p.version, p.pub_status, p.at, p.actor,"
        " p.succeeded, p.attempts, p.result, p.error FROM publications p"
        " JOIN publish_destinations d ON d.id = p.destination_id"
        " WHERE p.article_id = ? ORDER BY p.id"_s);
    StoreError result = m_db.run(query, {articleId}, [&] {
        return tr("reading the publications of article %1").arg(articleId);
    });
    while (!result && query.next()) {
        Publication publication;
        publication.id = query.value(0).toLongLong();
        publication.articleId = articleId;
        publication.destinationId = query.value(1).toLongLong();
        publication.destinationName = query.value(2).toString();
        publication.version = query.value(3).toInt();
        publication.canceled = query.value(4).toString() == u"canceled";
        publication.at = StoredTime::fromIso(query.value(5));
        publication.actor = query.value(6).toString();
        publication.succeeded = query.value(7).toBool();
        publication.attempts = query.value(8).toInt();
        publication.result = query.value(9).toString();
        publication.error = query.value(10).toString();
        publications.append(publication);
    }
    query.finish();
    if (error)
        *error = result;
    return result ? QList<Publication>() : publications;
}
