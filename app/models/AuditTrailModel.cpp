#include "AuditTrailModel.h"

#include "ArticleListModel.h"
#include "storage/ArticleStore.h"

#include <QLocale>

#include <algorithm>

AuditTrailModel::AuditTrailModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditTrailModel::setArticle(ArticleStore *store, qint64 articleId)
{
    m_store = store;
    m_articleId = articleId;
    refresh();
}

void AuditTrailModel::refresh()
{
    QList<AuditEntry> entries;
    m_lastError = {};
    if (m_store && m_articleId > 0) {
        AuditLog log(m_store->database());
        entries = log.entries(m_articleId, &m_lastError);
    }
    std::reverse(entries.begin(), entries.end()); // the log reads oldest first
    beginResetModel();
    m_entries = m_lastError ? QList<AuditEntry>() : entries;
    endResetModel();
    if (m_lastError)
        emit loadFailed(m_lastError.message);
}

void AuditTrailModel::setParagraphs(const QList<QUuid> &paragraphs)
{
    QHash<QUuid, int> numbers;
    numbers.reserve(paragraphs.size());
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        numbers.insert(paragraphs.at(i), int(i + 1));
    if (numbers == m_paragraphNumbers)
        return;
    m_paragraphNumbers = numbers;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, WhatColumn), index(rowCount() - 1, WhatColumn));
}

int AuditTrailModel::paragraphNumber(const QUuid &paragraph) const
{
    return m_paragraphNumbers.value(paragraph, 0);
}

QString AuditTrailModel::describe(const AuditEntry &entry) const
{
    return entry.describe(entry.paragraph.isNull() ? 0 : paragraphNumber(entry.paragraph));
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return ArticleListModel::updatedText(entry.at); // as the article list shows times
        case WhoColumn:
            return entry.actor.name;
        case RoleColumn:
            return deskRoleLabel(entry.actor.role);
        case WhatColumn:
            return describe(entry);
        case CommentColumn:
            return entry.comment;
        }
        break;
    case Qt::ToolTipRole: {
        // The whole line at once: the dock is narrow and the columns are cut short.
        QString tip = tr("%1, %2 (%3), version %4:\n%5")
                          .arg(QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat),
                               entry.actor.name, deskRoleLabel(entry.actor.role))
                          .arg(entry.version)
                          .arg(describe(entry));
        if (!entry.comment.isEmpty())
            tip += QLatin1Char('\n') + tr("Comment: %1").arg(entry.comment);
        return tip;
    }
    case EntryIdRole:
        return entry.id;
    case ActionRole:
        return AuditEntry::actionKey(entry.action);
    default:
        break;
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case RoleColumn:
        return tr("Role");
    case WhatColumn:
        return tr("What");
    case CommentColumn:
        return tr("Comment");
    default:
        return {};
    }
}
