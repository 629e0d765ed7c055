#include "SourceRegistryModel.h"

#include "PlainText.h"

#include <QUrl>

SourceRegistryModel::SourceRegistryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SourceRegistryModel::setStore(ArticleStore *store)
{
    m_store = store;
    reload();
}

void SourceRegistryModel::reload()
{
    beginResetModel();
    m_sources.clear();
    m_citations.clear();
    StoreError error;
    if (m_store) {
        m_sources = m_store->sources(&error);
        if (!error)
            m_citations = m_store->citationCounts(&error);
    }
    endResetModel();
    if (error)
        emit loadFailed(error.message);
}

Source SourceRegistryModel::source(int row) const
{
    return row >= 0 && row < m_sources.size() ? m_sources.at(row) : Source{};
}

int SourceRegistryModel::citationCount(int row) const
{
    return row >= 0 && row < m_sources.size() ? m_citations.value(m_sources.at(row).id, 0) : 0;
}

int SourceRegistryModel::rowOfSource(qint64 id) const
{
    for (int row = 0; row < m_sources.size(); ++row) {
        if (m_sources.at(row).id == id)
            return row;
    }
    return -1;
}

bool SourceRegistryModel::isValidUrl(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") &&
           !url.host().isEmpty();
}

int SourceRegistryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceRegistryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceRegistryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source &source = m_sources.at(index.row());
    const int citations = m_citations.value(source.id, 0);
    switch (role) {
    case SourceIdRole:
        return source.id;
    case CitationCountRole:
        return citations;
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return source.name;
        case KindColumn:
            return role == Qt::EditRole ? QVariant(int(source.kind))
                                        : QVariant(sourceKindLabel(source.kind));
        case UrlColumn:
            return source.url;
        case CitedByColumn:
            return citations;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CitedByColumn)
            return tr("Cited by %n paragraph(s)", nullptr, citations);
        if (index.column() == UrlColumn && !source.url.isEmpty())
            return plainText(source.url);
        if (index.column() == NameColumn && !source.notes.isEmpty())
            return plainText(source.notes);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CitedByColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant SourceRegistryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case UrlColumn:
        return tr("Website");
    case CitedByColumn:
        return tr("Cited by");
    }
    return {};
}

Qt::ItemFlags SourceRegistryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_store && index.column() != CitedByColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SourceRegistryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_store ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() == CitedByColumn)
        return false;
    Source source = m_sources.at(index.row());
    switch (index.column()) {
    case NameColumn: {
        const QString name = value.toString().simplified();
        if (name.isEmpty()) {
            emit editFailed(tr("A source needs a name."));
            return false;
        }
        source.name = name;
        break;
    }
    case KindColumn: {
        bool ok = false;
        const int kind = value.toInt(&ok);
        if (ok && kind >= int(SourceKind::Official) && kind <= int(SourceKind::Website)) {
            source.kind = SourceKind(kind);
        } else {
            source.kind = sourceKindFromKey(value.toString(), &ok);
            if (!ok) {
                emit editFailed(tr("“%1” is not a kind of source.").arg(value.toString()));
                return false;
            }
        }
        break;
    }
    case UrlColumn: {
        const QString url = value.toString().trimmed();
        if (!isValidUrl(url)) {
            emit editFailed(tr("“%1” is not a web address; it must start with http:// or "
                               "https://.")
                                .arg(url));
            return false;
        }
        source.url = url;
        break;
    }
    default:
        return false;
    }
    if (source == m_sources.at(index.row()))
        return true;
    if (StoreError error = m_store->saveSource(source)) {
        emit editFailed(error.message);
        return false;
    }
    m_sources[index.row()] = source;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit sourceEdited(source.id);
    return true;
}
