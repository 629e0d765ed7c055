#pragma once

#include "storage/ArticleStore.h"

#include <QAbstractTableModel>
#include <QList>

// The saved versions of one article (ArticleStore::history), newest first; the first row is the
// article as it is stored now and is marked as current.
class RevisionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { VersionColumn, SavedColumn, HeadlineColumn, ColumnCount };
    enum Role {
        VersionRole = Qt::UserRole, // int
        IsCurrentRole,              // bool
    };

    explicit RevisionListModel(QObject *parent = nullptr);

    // The store must outlive the model or be replaced (setArticle(nullptr, 0)) before it goes.
    void setArticle(ArticleStore *store, qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    // Reloads the history (after a save or a restore).
    void refresh();
    // After the article was saved as `version`: the version that was current becomes a saved
    // one below it, without reading the history again (which reads the whole article). False,
    // and nothing changed, when the list does not end at version - 1 (a save that skipped
    // versions, as keeping mine after a conflict does): refresh() then.
    bool addSavedVersion(int version, const QDateTime &savedAt, const QString &headline);

    int version(int row) const;          // 0 for a row out of range
    int rowOfVersion(int version) const; // -1 when absent
    bool isCurrent(int row) const;
    StoreError lastError() const { return m_lastError; }

    // The Saved column: local time, short format.
    static QString savedText(const QDateTime &savedAt);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    ArticleStore *m_store = nullptr;
    qint64 m_articleId = 0;
    QList<RevisionInfo> m_revisions;
    StoreError m_lastError;
};
