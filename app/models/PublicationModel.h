#pragma once

#include "core/PublishDestination.h"
#include "storage/StoreError.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

class Database;

// The deliveries of one article (PublishStore::publications), newest first: when, where, which
// version, usable or canceled, and the result or the error. Read-only; refresh() after a run.
class PublicationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        DestinationColumn,
        VersionColumn,
        PubStatusColumn,
        OutcomeColumn,
        AttemptsColumn,
        ColumnCount
    };
    enum Role {
        SucceededRole = Qt::UserRole, // bool
        DestinationRole,              // QString, the destination's name
    };

    explicit PublicationModel(QObject *parent = nullptr);

    // The database must outlive the model or be replaced (setArticle(nullptr, 0)) before it goes.
    void setArticle(Database *database, qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    void refresh();

    const Publication &publication(int row) const { return m_publications.at(row); }
    // The destinations whose latest attempt failed: publishing again retries these.
    QStringList failedDestinations() const;
    StoreError lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database *m_database = nullptr;
    qint64 m_articleId = 0;
    QList<Publication> m_publications; // newest first
    StoreError m_lastError;
};
