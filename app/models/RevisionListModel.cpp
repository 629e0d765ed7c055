#include "RevisionListModel.h"

#include <QFont>
#include <QLocale>

RevisionListModel::RevisionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RevisionListModel::setArticle(ArticleStore *store, qint64 articleId)
{
    m_store = store;
    m_articleId = articleId;
    refresh();
}

void RevisionListModel::refresh()
{
    QList<RevisionInfo> revisions;
    m_lastError = {};
    if (m_store && m_articleId > 0)
        revisions = m_store->history(m_articleId, &m_lastError);
    beginResetModel();
    m_revisions = m_lastError ? QList<RevisionInfo>() : revisions;
    endResetModel();
    if (m_lastError)
        emit loadFailed(m_lastError.message);
}

bool RevisionListModel::addSavedVersion(int version, const QDateTime &savedAt,
                                        const QString &headline)
{
    if (!m_store || m_articleId <= 0 || m_lastError || m_revisions.isEmpty() ||
        !m_revisions.first().current || m_revisions.first().version != version - 1)
        return false;
    // The row keeps its time and headline: a revision is saved with those of the version it
    // keeps.
    m_revisions.first().current = false;
    emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
    beginInsertRows({}, 0, 0);
    m_revisions.prepend(RevisionInfo{version, savedAt, headline, true});
    endInsertRows();
    return true;
}

int RevisionListModel::version(int row) const
{
    return row >= 0 && row < m_revisions.size() ? m_revisions.at(row).version : 0;
}

int RevisionListModel::rowOfVersion(int version) const
{
    for (qsizetype row = 0; row < m_revisions.size(); ++row) {
        if (m_revisions.at(row).version == version)
            return int(row);
    }
    return -1;
}

bool RevisionListModel::isCurrent(int row) const
{
    return row >= 0 && row < m_revisions.size() && m_revisions.at(row).current;
}

QString RevisionListModel::savedText(const QDateTime &savedAt)
{
    if (!savedAt.isValid())
        return {};
    return QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat);
}

int RevisionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RevisionInfo &revision = m_revisions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return revision.current ? tr("%1 (current)").arg(revision.version)
                                    : QString::number(revision.version);
        case SavedColumn:
            return savedText(revision.savedAt);
        case HeadlineColumn:
            return revision.headline.isEmpty() ? tr("Untitled") : revision.headline;
        }
        break;
    case Qt::ToolTipRole:
        return revision.current
                   ? tr("Version %1, the article as it is stored now").arg(revision.version)
                   : tr("Version %1, saved %2")
                         .arg(revision.version)
                         .arg(QLocale().toString(revision.savedAt.toLocalTime(),
                                                 QLocale::LongFormat));
    case Qt::FontRole:
        if (revision.current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case VersionRole:
        return revision.version;
    case IsCurrentRole:
        return revision.current;
    default:
        break;
    }
    return {};
}

QVariant RevisionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case SavedColumn:
        return tr("Saved");
    case HeadlineColumn:
        return tr("Headline");
    default:
        return {};
    }
}
