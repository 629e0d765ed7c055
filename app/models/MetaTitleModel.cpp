#include "MetaTitleModel.h"

#include "ArticleDocument.h"
#include "PlainText.h"
#include "core/TitleWidth.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace {

const QString rowsMimeType = QStringLiteral("application/x-copydesk-meta-title-rows");

// Text and notes: what identifies a row when telling inserts, removals and moves apart.
bool sameRow(const MetaTitle &a, const MetaTitle &b)
{
    return a.text == b.text && a.notes == b.notes;
}

int characterCount(const QString &text)
{
    // User-perceived characters: "é" written as e + combining accent is one.
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

} // namespace

MetaTitleModel::MetaTitleModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MetaTitleModel::setDocument(ArticleDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    beginResetModel();
    m_document = document;
    m_titles = document ? document->metaTitles() : QList<MetaTitle>{};
    endResetModel();
    if (!document)
        return;
    connect(document, &ArticleDocument::metaTitlesChanged, this, &MetaTitleModel::refresh);
    connect(document, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_titles.clear();
        endResetModel();
    });
}

ArticleDocument *MetaTitleModel::document() const
{
    return m_document;
}

MetaTitleModel::WidthLevel MetaTitleModel::levelFor(double pixels)
{
    if (pixels > TitleWidth::cutAbovePx)
        return WidthLevel::Cut;
    if (pixels > TitleWidth::warnAbovePx)
        return WidthLevel::Warn;
    return WidthLevel::Ok;
}

QString MetaTitleModel::foldedTitle(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text.toCaseFolded()) {
        if (c.category() == QChar::Punctuation_Dash || c.isSpace())
            folded.append(QLatin1Char(' ')); // "Port-strike" reads as "Port strike"
        else if (!c.isPunct())
            folded.append(c); // "Don't" reads as "Dont", "ends." as "ends"
    }
    return folded.simplified();
}

int MetaTitleModel::chosenRow() const
{
    for (qsizetype i = 0; i < m_titles.size(); ++i) {
        if (m_titles.at(i).chosen)
            return int(i);
    }
    return -1;
}

QList<std::pair<int, int>> MetaTitleModel::equivalentRows() const
{
    QStringList folded;
    folded.reserve(m_titles.size());
    for (const MetaTitle &title : m_titles)
        folded.append(foldedTitle(title.text));
    QList<std::pair<int, int>> pairs;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        if (folded.at(i).isEmpty())
            continue;
        for (qsizetype j = i + 1; j < folded.size(); ++j) {
            if (folded.at(i) == folded.at(j))
                pairs.append({int(i), int(j)});
        }
    }
    return pairs;
}

bool MetaTitleModel::addVariant(const QString &text)
{
    if (!m_document)
        return false;
    QList<MetaTitle> titles = m_titles;
    titles.append(MetaTitle{text, titles.isEmpty(), {}});
    m_document->setMetaTitles(titles, tr("Add meta title"));
    return true;
}

bool MetaTitleModel::removeVariant(int row)
{
    if (!m_document || row < 0 || row >= m_titles.size())
        return false;
    QList<MetaTitle> titles = m_titles;
    const bool wasChosen = titles.takeAt(row).chosen;
    if (wasChosen && !titles.isEmpty())
        titles[std::min<qsizetype>(row, titles.size() - 1)].chosen = true;
    m_document->setMetaTitles(titles, tr("Remove meta title"));
    return true;
}

bool MetaTitleModel::moveVariant(int row, int delta)
{
    const int target = row + delta;
    if (!m_document || delta == 0 || row < 0 || row >= m_titles.size() || target < 0 ||
        target >= m_titles.size()) {
        return false;
    }
    QList<MetaTitle> titles = m_titles;
    titles.move(row, target);
    m_document->setMetaTitles(titles, tr("Move meta title"));
    return true;
}

bool MetaTitleModel::choose(int row)
{
    if (!m_document || row < 0 || row >= m_titles.size())
        return false;
    QList<MetaTitle> titles = m_titles;
    for (qsizetype i = 0; i < titles.size(); ++i)
        titles[i].chosen = i == row;
    if (titles == m_titles)
        return false;
    m_document->setMetaTitles(titles, tr("Choose meta title"));
    return true;
}

bool MetaTitleModel::moveVariants(QList<int> rows, int destination)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (!m_document || rows.isEmpty() || rows.first() < 0 || rows.last() >= m_titles.size() ||
        destination < 0 || destination > m_titles.size()) {
        return false;
    }
    QList<MetaTitle> moved;
    QList<MetaTitle> titles;
    int insertAt = destination;
    for (qsizetype i = 0; i < m_titles.size(); ++i) {
        if (rows.contains(int(i))) {
            moved.append(m_titles.at(i));
            if (i < destination)
                --insertAt;
        } else {
            titles.append(m_titles.at(i));
        }
    }
    for (qsizetype i = 0; i < moved.size(); ++i)
        titles.insert(insertAt + i, moved.at(i));
    if (titles == m_titles)
        return false;
    m_document->setMetaTitles(titles,
                              moved.size() == 1 ? tr("Move meta title") : tr("Move meta titles"));
    return true;
}

int MetaTitleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_titles.size());
}

int MetaTitleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetaTitleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MetaTitle &title = m_titles.at(index.row());
    const int column = index.column();

    switch (role) {
    case PixelWidthRole:
        return TitleWidth::pixels(title.text);
    case WidthLevelRole:
        return int(levelFor(TitleWidth::pixels(title.text)));
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return title.text;
        case CharactersColumn:
            return characterCount(title.text);
        case WidthColumn:
            return tr("%L1 px").arg(qRound(TitleWidth::pixels(title.text)));
        case NotesColumn:
            return title.notes;
        default:
            return {};
        }
    case Qt::EditRole:
        if (column == TitleColumn)
            return title.text;
        if (column == NotesColumn)
            return title.notes;
        return {};
    case Qt::CheckStateRole:
        if (column == ChosenColumn)
            return title.chosen ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole:
        if (column == TitleColumn && title.chosen) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == CharactersColumn || column == WidthColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == ChosenColumn)
            return title.chosen ? tr("The chosen variant: the page's title in search results")
                                : tr("Choose this variant as the page's title in search results");
        if (column == TitleColumn && !title.text.isEmpty())
            return plainText(title.text);
        return {};
    case Qt::AccessibleTextRole:
        if (column == ChosenColumn)
            return title.chosen ? tr("Chosen") : tr("Not chosen");
        return {};
    case Qt::AccessibleDescriptionRole:
        if (column == WidthColumn) {
            switch (levelFor(TitleWidth::pixels(title.text))) {
            case WidthLevel::Ok:
                return tr("Fits in search results");
            case WidthLevel::Warn:
                return tr("Close to the %1 px cut of search results").arg(TitleWidth::cutAbovePx);
            case WidthLevel::Cut:
                return tr("Wider than %1 px: search results cut this title")
                    .arg(TitleWidth::cutAbovePx);
            }
        }
        return {};
    default:
        return {};
    }
}

bool MetaTitleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const int row = index.row();
    const int column = index.column();
    if (column == ChosenColumn && role == Qt::CheckStateRole) {
        // Radio-like: checking one unchecks the others; the chosen one cannot be unchecked.
        if (value.value<Qt::CheckState>() != Qt::Checked)
            return false;
        choose(row);
        return true;
    }
    if (role != Qt::EditRole || (column != TitleColumn && column != NotesColumn))
        return false;
    QList<MetaTitle> titles = m_titles;
    if (column == TitleColumn)
        titles[row].text = value.toString();
    else
        titles[row].notes = value.toString();
    m_document->setMetaTitles(
        titles, column == TitleColumn ? tr("Edit meta title") : tr("Edit meta title notes"),
        mergeKey(row, column));
    return true;
}

QVariant MetaTitleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_titles.size())
            return section + 1;
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ChosenColumn:
            return tr("Chosen");
        case TitleColumn:
            return tr("Title");
        case CharactersColumn:
            return tr("Chars");
        case WidthColumn:
            return tr("Width");
        case NotesColumn:
            return tr("Notes");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ChosenColumn:
            return tr("The variant used as the title in search results (exactly one)");
        case CharactersColumn:
            return tr("Number of characters");
        case WidthColumn:
            return tr("Width at Arial 20 px; search engines cut titles near %1 px")
                .arg(TitleWidth::cutAbovePx);
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags MetaTitleModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land between rows, never on one
    Qt::ItemFlags flags =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == ChosenColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == TitleColumn || index.column() == NotesColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

Qt::DropActions MetaTitleModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions MetaTitleModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList MetaTitleModel::mimeTypes() const
{
    return {rowsMimeType};
}

QMimeData *MetaTitleModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    // The model's address keeps rows of another article's table from being dropped here.
    stream << quint64(reinterpret_cast<quintptr>(this)) << rows;
    auto *data = new QMimeData;
    data->setData(rowsMimeType, encoded);
    return data;
}

QList<int> MetaTitleModel::rowsFromMime(const QMimeData *data) const
{
    if (!data || !data->hasFormat(rowsMimeType))
        return {};
    QDataStream stream(data->data(rowsMimeType));
    quint64 origin = 0;
    QList<int> rows;
    stream >> origin >> rows;
    if (stream.status() != QDataStream::Ok || origin != quint64(reinterpret_cast<quintptr>(this)))
        return {};
    for (const int row : std::as_const(rows)) {
        if (row < 0 || row >= m_titles.size())
            return {};
    }
    return rows;
}

bool MetaTitleModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                     int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return m_document && action == Qt::MoveAction && !rowsFromMime(data).isEmpty();
}

bool MetaTitleModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Between rows the view passes the row; onto a row (parent = that row) lands before it.
    int destination = row;
    if (destination < 0)
        destination = parent.isValid() ? parent.row() : rowCount();
    moveVariants(rowsFromMime(data), std::clamp(destination, 0, rowCount()));
    return true;
}

bool MetaTitleModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0)
        return false;
    QList<int> rows;
    for (int i = 0; i < count; ++i)
        rows.append(sourceRow + i);
    return moveVariants(rows, destinationChild);
}

int MetaTitleModel::mergeKey(int row, int column) const
{
    return row * ColumnCount + column;
}

void MetaTitleModel::refresh()
{
    const QList<MetaTitle> next = m_document ? m_document->metaTitles() : QList<MetaTitle>{};
    const qsizetype oldSize = m_titles.size();
    const qsizetype newSize = next.size();

    // First tell the views about a single row inserted, removed or moved, so selections and
    // the current index follow the rows; then which rows changed data.
    qsizetype first = 0;
    while (first < std::min(oldSize, newSize) && sameRow(m_titles.at(first), next.at(first)))
        ++first;
    if (newSize == oldSize + 1) {
        bool shifted = true;
        for (qsizetype i = first; shifted && i < oldSize; ++i)
            shifted = sameRow(m_titles.at(i), next.at(i + 1));
        if (!shifted) {
            beginResetModel();
            m_titles = next;
            endResetModel();
            return;
        }
        beginInsertRows({}, int(first), int(first));
        m_titles.insert(first, next.at(first));
        endInsertRows();
    } else if (newSize == oldSize - 1) {
        bool shifted = true;
        for (qsizetype i = first; shifted && i < newSize; ++i)
            shifted = sameRow(m_titles.at(i + 1), next.at(i));
        if (!shifted) {
            beginResetModel();
            m_titles = next;
            endResetModel();
            return;
        }
        beginRemoveRows({}, int(first), int(first));
        m_titles.removeAt(first);
        endRemoveRows();
    } else if (newSize == oldSize && first < newSize) {
        qsizetype last = newSize - 1;
        while (sameRow(m_titles.at(last), next.at(last)))
            --last;
        bool down = last > first && sameRow(m_titles.at(first), next.at(last));
        for (qsizetype i = first; down && i < last; ++i)
            down = sameRow(m_titles.at(i + 1), next.at(i));
        bool up = last > first && sameRow(m_titles.at(last), next.at(first));
        for (qsizetype i = first + 1; up && i <= last; ++i)
            up = sameRow(m_titles.at(i - 1), next.at(i));
        if (down || up) {
            const int from = int(down ? first : last);
            const int to = int(down ? last : first);
            beginMoveRows({}, from, from, {}, down ? to + 1 : to);
            m_titles.move(from, to);
            endMoveRows();
        }
    } else if (newSize != oldSize) {
        beginResetModel();
        m_titles = next;
        endResetModel();
        return;
    }

    // Same shape now: report the rows whose values differ, in contiguous runs.
    for (qsizetype row = 0; row < newSize;) {
        if (m_titles.at(row) == next.at(row)) {
            ++row;
            continue;
        }
        qsizetype end = row;
        while (end + 1 < newSize && m_titles.at(end + 1) != next.at(end + 1))
            ++end;
        for (qsizetype i = row; i <= end; ++i)
            m_titles[i] = next.at(i);
        emit dataChanged(index(int(row), 0), index(int(end), ColumnCount - 1));
        row = end + 1;
    }
}
