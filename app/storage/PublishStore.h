#pragma once

#include "StoreError.h"
#include "core/PublishDestination.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// The publishing destinations and the record of every delivery (schema 7).
class PublishStore
{
    Q_DECLARE_TR_FUNCTIONS(PublishStore)

public:
    explicit PublishStore(Database &db);

    QList<PublishDestination> destinations(StoreError *error = nullptr);
    std::optional<PublishDestination> destination(const QString &name, StoreError *error = nullptr);
    // Adds (id 0) or updates a destination; Invalid with the reason when it is not valid or the
    // name is taken. *destination receives its id.
    StoreError saveDestination(PublishDestination *destination);
    // Removes a destination and its delivery records.
    StoreError removeDestination(qint64 id);

    StoreError recordPublication(Publication *publication);
    // Whether a successful delivery to the destination wrote `path` for another article.
    bool isFileOfAnotherArticle(qint64 destinationId, const QString &path, qint64 articleId,
                                StoreError *error = nullptr);
    // Every delivery of the article, oldest first, with the destination's name.
    QList<Publication> publications(qint64 articleId, StoreError *error = nullptr);

private:
    Database &m_db;
};
