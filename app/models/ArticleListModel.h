#pragma once

#include "storage/ArticleStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The article list of the main window: one row per article matching a query. Rows are read in
// pages through ArticleStore::list when a view first asks for them and only a bounded number of
// pages is kept, so a library of a million articles opens instantly and scrolls to its end
// without ever holding every row in memory.
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
    static constexpr int MaxCachedPages = 64; // 12,800 rows at most in memory

    explicit ArticleListModel(QObject *parent = nullptr);

    // The store must outlive the model or be replaced (setStore(nullptr)) before it goes away.
    void setStore(ArticleStore *store);
    ArticleStore *store() const { return m_store; }

    // Resets the model to the query; its limit and offset are ignored.
    void setQuery(const ArticleListQuery &query);
    ArticleListQuery query() const { return m_query; }
    // Reloads after the database changed, keeping the query.
    void refresh();
    // Re-reads one article's row in place (after a save), without re-sorting.
    void updateArticle(qint64 id);
    // Takes a deleted article's row out; false when its row is not loaded (refresh() then).
    bool removeArticle(qint64 id);

    qint64 articleId(int row) const;   // 0 for a row out of range
    int rowOfArticle(qint64 id) const; // -1 when the article is not in a cached page
    // Rows read from the database and kept now (for tests and the benchmark).
    int cachedRowCount() const;
    void setCachedPageLimit(int pages) { m_maxPages = std::max(1, pages); }
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
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A query failed; the model keeps what it had loaded (or nothing after a reset).
    void loadFailed(const QString &message);

private:
    void reload();
    const ArticleSummary *row(int row) const;

    ArticleStore *m_store = nullptr;
    ArticleListQuery m_query;
    // Page number -> rows; the least recently used page is dropped beyond MaxCachedPages.
    mutable QHash<int, QList<ArticleSummary>> m_pages;
    mutable QList<int> m_pageUse; // most recently used last
    int m_maxPages = MaxCachedPages;
    qint64 m_matchingCount = 0;
    mutable StoreError m_lastError;
};
