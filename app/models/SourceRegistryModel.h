#pragma once

#include "storage/ArticleStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The newsroom's shared source registry as a table: name, kind, website and how many paragraphs
// cite each source. Name, kind and website are edited in place through ArticleStore::saveSource;
// a refused edit (an empty or taken name, a bad address) leaves the row as it was and is reported
// through editFailed(). The registry is shared, not part of an article: its edits are not undoable.
class SourceRegistryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, UrlColumn, CitedByColumn, ColumnCount };
    enum Role {
        SourceIdRole = Qt::UserRole, // qint64
        CitationCountRole,           // int
    };

    explicit SourceRegistryModel(QObject *parent = nullptr);

    // The store must outlive the model or be replaced (setStore(nullptr)) first. Reloads.
    void setStore(ArticleStore *store);
    ArticleStore *store() const { return m_store; }
    // Reads the registry and the citation counts again.
    void reload();

    Source source(int row) const;
    int citationCount(int row) const;
    int rowOfSource(qint64 id) const; // -1 when absent

    // Empty, or an absolute http(s) address with a host.
    static bool isValidUrl(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Name and website take a string, kind an int (SourceKind) or its key.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editFailed(const QString &message);
    void loadFailed(const QString &message);
    void sourceEdited(qint64 id);

private:
    ArticleStore *m_store = nullptr;
    QList<Source> m_sources;
    QHash<qint64, int> m_citations;
};
