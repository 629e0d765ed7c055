#include "ArticleListModel.h"

#include "PlainText.h"

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

void ArticleListModel::updateArticle(qint64 id)
{
    const int rowNumber = rowOfArticle(id);
    if (rowNumber < 0 || !m_store)
        return;
    const std::optional<ArticleSummary> fresh = m_store->summary(id);
    if (!fresh)
        return;
    m_pages[rowNumber / PageSize][rowNumber % PageSize] = *fresh;
    emit dataChanged(index(rowNumber, 0), index(rowNumber, ColumnCount - 1));
}

bool ArticleListModel::removeArticle(qint64 id)
{
    const int rowNumber = rowOfArticle(id);
    if (rowNumber < 0)
        return false;
    beginRemoveRows({}, rowNumber, rowNumber);
    // The rows after it move up: its page loses it, later pages are read again when asked for.
    const int page = rowNumber / PageSize;
    m_pages[page].removeAt(rowNumber % PageSize);
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it.key() > page) {
            m_pageUse.removeOne(it.key());
            it = m_pages.erase(it);
        } else {
            ++it;
        }
    }
    m_matchingCount = std::max<qint64>(0, m_matchingCount - 1);
    endRemoveRows();
    return true;
}

qint64 ArticleListModel::articleId(int row) const
{
    const ArticleSummary *summary = this->row(row);
    return summary ? summary->id : 0;
}

int ArticleListModel::rowOfArticle(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const QList<ArticleSummary> &page = it.value();
        for (qsizetype i = 0; i < page.size(); ++i) {
            if (page.at(i).id == id)
                return it.key() * PageSize + int(i);
        }
    }
    return -1;
}

int ArticleListModel::cachedRowCount() const
{
    int rows = 0;
    for (const QList<ArticleSummary> &page : std::as_const(m_pages))
        rows += int(page.size());
    return rows;
}

const ArticleSummary *ArticleListModel::row(int row) const
{
    if (!m_store || row < 0 || row >= m_matchingCount)
        return nullptr;
    const int pageNumber = row / PageSize;
    auto it = m_pages.find(pageNumber);
    if (it == m_pages.end()) {
        ArticleListQuery pageQuery = m_query;
        pageQuery.limit = PageSize;
        pageQuery.offset = pageNumber * PageSize;
        StoreError error;
        QList<ArticleSummary> page = m_store->list(pageQuery, &error);
        if (error) {
            if (!m_lastError) {
                m_lastError = error;
                // Reported once, after the view's paint, not from inside data().
                auto *self = const_cast<ArticleListModel *>(this);
                QMetaObject::invokeMethod(
                    self, [self, message = error.message] { emit self->loadFailed(message); },
                    Qt::QueuedConnection);
            }
            return nullptr;
        }
        while (m_pageUse.size() >= m_maxPages)
            m_pages.remove(m_pageUse.takeFirst());
        it = m_pages.insert(pageNumber, page);
    } else {
        m_pageUse.removeOne(pageNumber);
    }
    m_pageUse.append(pageNumber);
    const QList<ArticleSummary> &page = it.value();
    const int index = row % PageSize;
    // The library may have shrunk since it was counted; a missing row shows empty.
    return index < page.size() ? &page.at(index) : nullptr;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    // A table: only the invisible root has children.
    return parent.isValid() ? 0 : int(std::min<qint64>(m_matchingCount, INT_MAX));
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary *summary = row(index.row());
    if (!summary)
        return {};
    const ArticleSummary &article = *summary;

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
            return plainText(article.headline);
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

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    ArticleListQuery query = m_query;
    switch (column) {
    case HeadlineColumn:
        query.sort = ArticleSort::Headline;
        break;
    case StatusColumn:
        query.sort = ArticleSort::Status;
        break;
    case BylineColumn:
        query.sort = ArticleSort::Byline;
        break;
    case UpdatedColumn:
        query.sort = ArticleSort::Updated;
        break;
    case CoverageColumn:
        query.sort = ArticleSort::Coverage;
        break;
    default:
        return;
    }
    query.descending = order == Qt::DescendingOrder;
    if (query.sort == m_query.sort && query.descending == m_query.descending)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_query = query;
    m_pages.clear();
    m_pageUse.clear();
    // Rows keep their numbers; what they show changes. Persistent indexes stay by row.
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_matchingCount = 0;
    m_lastError = {};
    if (m_store) {
        ArticleListQuery countQuery = m_query;
        countQuery.limit = 0;
        countQuery.offset = 0;
        StoreError error;
        m_matchingCount = m_store->count(countQuery, &error);
        if (error) {
            m_lastError = error;
            m_matchingCount = 0;
        }
    }
    endResetModel();
    if (m_lastError)
        emit loadFailed(m_lastError.message);
}
