#include "DestinationModel.h"

#include "storage/PublishStore.h"

#include <QDir>

DestinationModel::DestinationModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DestinationModel::setDatabase(Database *database)
{
    m_database = database;
    refresh();
}

void DestinationModel::refresh()
{
    beginResetModel();
    m_destinations.clear();
    m_lastError = {};
    if (m_database)
        m_destinations = PublishStore(*m_database).destinations(&m_lastError);
    endResetModel();
}

int DestinationModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_destinations.size(); ++row) {
        if (m_destinations.at(row).name == name)
            return row;
    }
    return -1;
}

QString DestinationModel::kindLabel(PublishDestination::Kind kind)
{
    return kind == PublishDestination::Kind::Folder ? tr("Hot folder") : tr("HTTP endpoint");
}

int DestinationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_destinations.size());
}

int DestinationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DestinationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PublishDestination &destination = m_destinations.at(index.row());
    const bool folder = destination.kind == PublishDestination::Kind::Folder;
    if (role == Qt::CheckStateRole && index.column() == EnabledColumn)
        return destination.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case NameColumn:
            return destination.name;
        case KindColumn:
            return kindLabel(destination.kind);
        case FormatColumn:
            return ExportFormats::label(folder ? destination.format : ExportFormat::Ninjs);
        case TargetColumn:
            return folder ? QDir::toNativeSeparators(destination.target) : destination.target;
        case EnabledColumn:
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && folder)
        return QDir::toNativeSeparators(destination.target);
    if (role == Qt::ToolTipRole) {
        // Secrets stay masked wherever a destination is shown (PublishDestination).
        QStringList lines{destination.target, tr("Timeout: %1 s, retries: %2")
                                                  .arg(destination.timeoutMs / 1000.0)
                                                  .arg(destination.retries)};
        for (const auto &[name, value] : destination.headers) {
            lines.append(QStringLiteral("%1: %2").arg(
                QString::fromLatin1(name), PublishDestination::displayedValue(name, value)));
        }
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

bool DestinationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_database || role != Qt::CheckStateRole || index.column() != EnabledColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    PublishDestination changed = m_destinations.at(index.row());
    changed.enabled = value.value<Qt::CheckState>() == Qt::Checked;
    if (changed.enabled == m_destinations.at(index.row()).enabled)
        return true;
    if (const StoreError error = PublishStore(*m_database).saveDestination(&changed)) {
        emit saveFailed(error.message);
        return false;
    }
    m_destinations[index.row()] = changed;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags DestinationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == EnabledColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant DestinationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case FormatColumn:
        return tr("Format");
    case TargetColumn:
        return tr("Folder or URL");
    case EnabledColumn:
        return tr("Enabled");
    case ColumnCount:
        break;
    }
    return {};
}
