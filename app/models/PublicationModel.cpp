#include "PublicationModel.h"

#include "PlainText.h"
#include "storage/PublishStore.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QSet>

#include <algorithm>

PublicationModel::PublicationModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PublicationModel::setArticle(Database *database, qint64 articleId)
{
    m_database = database;
    m_articleId = articleId;
    refresh();
}

void PublicationModel::refresh()
{
    beginResetModel();
    m_publications.clear();
    m_lastError = {};
    if (m_database && m_articleId > 0) {
        m_publications = PublishStore(*m_database).publications(m_articleId, &m_lastError);
        std::reverse(m_publications.begin(), m_publications.end());
    }
    endResetModel();
}

QStringList PublicationModel::failedDestinations() const
{
    QStringList failed;
    QSet<QString> seen; // newest first: the first row of a destination is its latest attempt
    for (const Publication &publication : m_publications) {
        if (seen.contains(publication.destinationName))
            continue;
        seen.insert(publication.destinationName);
        if (!publication.succeeded)
            failed.append(publication.destinationName);
    }
    return failed;
}

int PublicationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_publications.size());
}

int PublicationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PublicationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Publication &publication = m_publications.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case WhenColumn: {
            // Today's time alone: the dock is narrow and most deliveries are recent.
            const QDateTime local = publication.at.toLocalTime();
            return local.date() == QDate::currentDate()
                       ? QLocale().toString(local.time(), QLocale::ShortFormat)
                       : QLocale().toString(local, QLocale::ShortFormat);
        }
        case DestinationColumn:
            return publication.destinationName;
        case VersionColumn:
            return publication.version;
        case PubStatusColumn:
            return publication.canceled ? tr("canceled") : tr("usable");
        case OutcomeColumn:
            return publication.succeeded ? publication.result
                                         : tr("Failed: %1").arg(publication.error);
        case AttemptsColumn:
            return publication.attempts;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn)
            return plainText(publication.succeeded ? publication.result : publication.error);
        if (index.column() == WhenColumn)
            return tr("%1, by %2")
                .arg(QLocale().toString(publication.at.toLocalTime(), QLocale::LongFormat),
                     publication.actor);
        break;
    case Qt::ForegroundRole:
        // A failure is what someone has to act on: in red, like an error message.
        if (!publication.succeeded && index.column() == OutcomeColumn)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == VersionColumn || index.column() == AttemptsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SucceededRole:
        return publication.succeeded;
    case DestinationRole:
        return publication.destinationName;
    default:
        break;
    }
    return {};
}

QVariant PublicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case WhenColumn:
        return tr("When");
    case DestinationColumn:
        return tr("Destination");
    case VersionColumn:
        return tr("Version");
    case PubStatusColumn:
        return tr("Status");
    case OutcomeColumn:
        return tr("Result");
    case AttemptsColumn:
        return tr("Attempts");
    case ColumnCount:
        break;
    }
    return {};
}
