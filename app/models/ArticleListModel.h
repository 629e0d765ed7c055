#pragma once

#include "storage/ArticleStore.h"

#include <QAbstractTableModel>
#include <QList>

// The article list of the main window: one row per article matching a query, loaded lazily in
// pages through ArticleStore::list so a newsroom with years of archive opens instantly.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        HeadlineColumn,
        StatusColumn,
        BylineColumn,
        UpdatedColumn,
        CoverageColumn, // share of paragraphs that cite at least one source
        ColumnCount
    };
    enum Role { ArticleIdRole = Qt::UserRole };

    static constexpr int PageSize = 200;

    explicit ArticleListModel(QObject *parent = nullptr);

    // The store must outlive the model or be replaced (setStore(nullptr)) before it goes away.
    void setStore(ArticleStore *store);
    ArticleStore *store() const { return m_store; }

    // Resets the model to the first page of the query; its limit and offset are ignored.
    void setQuery(const ArticleListQuery &query);
    ArticleListQuery query() const { return m_query; }
    // Reloads after the database changed, keeping the query.
    void refresh();

    qint64 articleId(int row) const;   // 0 for a row out of range
    int rowOfArticle(qint64 id) const; // -1 when the article is not loaded (or not listed)
    // The number of articles matching the query, loaded or not.
    qint64 matchingCount() const { return m_matchingCount; }
    StoreError lastError() const { return m_lastError; }

    // The Updated column: the time for changes made today, else the date (short formats).
    static QString updatedText(const QDateTime &updated, const QDate &today = QDate::currentDate());

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A query failed; the model keeps what it had loaded (or nothing after a reset).
    void loadFailed(const QString &message);

private:
    void reload();
    QList<ArticleSummary> loadPage(int offset);

    ArticleStore *m_store = nullptr;
    ArticleListQuery m_query;
    QList<ArticleSummary> m_rows;
    qint64 m_matchingCount = 0;
    bool m_endReached = true;
    StoreError m_lastError;
};
