#pragma once

#include "core/PublishDestination.h"
#include "storage/StoreError.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The publishing destinations of the open database (PublishStore), by name. The Enabled column
// is a check box that stores the change at once: destinations are shared settings, not part of
// an article's undo history.
class DestinationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, FormatColumn, TargetColumn, EnabledColumn, ColumnCount };

    explicit DestinationModel(QObject *parent = nullptr);

    // The database must outlive the model or be replaced (setDatabase(nullptr)) before it goes.
    void setDatabase(Database *database);
    Database *database() const { return m_database; }
    void refresh();

    const PublishDestination &destination(int row) const { return m_destinations.at(row); }
    int rowOf(const QString &name) const; // -1 when absent
    StoreError lastError() const { return m_lastError; }

    // "Hot folder" / "HTTP endpoint".
    static QString kindLabel(PublishDestination::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void saveFailed(const QString &message);

private:
    Database *m_database = nullptr;
    QList<PublishDestination> m_destinations;
    StoreError m_lastError;
};
