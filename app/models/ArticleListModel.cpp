#include "ArticleListModel.h"

#include <QLocale>

QString ArticleListModel::updatedText(const QDateTime &updated, const QDate &today)
{
    const QDateTime local = updated.toLocalTime();
    // Like a mail client: the time for today's changes, the date for older ones.
    if (local.date() == today)
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ArticleListModel::setStore(ArticleStore *store)
{
    m_store = store;
    reload();
}

void ArticleListModel::setQuery(const ArticleListQuery &query)
{
    m_query = query;
    m_query.limit = PageSize;
    m_query.offset = 0;
    reload();
}

void ArticleListModel::refresh()
{
    reload();
}

qint64 ArticleListModel::articleId(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return 0;
    return m_rows.at(row).id;
}

int ArticleListModel::rowOfArticle(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    // A table: only the invisible root has children.
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &article = m_rows.at(index.row());

    if (role == ArticleIdRole)
        return article.id;

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case HeadlineColumn:
            return article.headline;
        case StatusColumn:
            return articleStatusLabel(article.status);
        case BylineColumn:
            return article.byline;
        case UpdatedColumn:
            return updatedText(article.updated);
        case CoverageColumn:
            if (article.paragraphCount <= 0)
                return QStringLiteral("–");
            // Rounded down: one unattributed paragraph in a long story must not show 100 %.
            return QLocale().toString(article.attributedParagraphCount * 100 /
                                      article.paragraphCount) +
                   QLocale().percent();
        default:
            return {};
        }
    }

    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case HeadlineColumn:
            return article.headline;
        case UpdatedColumn:
            return QLocale().toString(article.updated.toLocalTime(), QLocale::LongFormat);
        case CoverageColumn:
            if (article.paragraphCount <= 0)
                return tr("No paragraphs yet");
            return tr("%1 of %n paragraph(s) cite a source", nullptr, article.paragraphCount)
                .arg(article.attributedParagraphCount);
        default:
            return {};
        }
    }

    if (role == Qt::TextAlignmentRole && index.column() == CoverageColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);

    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeadlineColumn:
        return tr("Headline");
    case StatusColumn:
        return tr("Status");
    case BylineColumn:
        return tr("Byline");
    case UpdatedColumn:
        return tr("Updated");
    case CoverageColumn:
        return tr("Attribution");
    default:
        return {};
    }
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && !m_endReached;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<ArticleSummary> page = loadPage(int(m_rows.size()));
    if (page.isEmpty()) {
        if (m_lastError)
            emit loadFailed(m_lastError.message);
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_matchingCount = 0;
    m_endReached = true;
    m_lastError = {};
    if (m_store) {
        m_endReached = false;
        ArticleListQuery countQuery = m_query;
        countQuery.limit = 0;
        countQuery.offset = 0;
        StoreError error;
        m_matchingCount = m_store->count(countQuery, &error);
        if (error) {
            m_lastError = error;
            m_matchingCount = 0;
            m_endReached = true;
        } else {
            m_rows = loadPage(0);
        }
    }
    endResetModel();
    if (m_lastError)
        emit loadFailed(m_lastError.message);
}

QList<ArticleSummary> ArticleListModel::loadPage(int offset)
{
    ArticleListQuery pageQuery = m_query;
    pageQuery.limit = PageSize;
    pageQuery.offset = offset;
    StoreError error;
    QList<ArticleSummary> page = m_store->list(pageQuery, &error);
    if (error) {
        // Stop fetching: retrying on every scroll would flood the user with the same error.
        m_lastError = error;
        m_endReached = true;
        return {};
    }
    m_endReached = page.size() < PageSize;
    return page;
}
