#include "ReviewAttributionModel.h"

#include "ArticleAttributionModel.h"
#include "PlainText.h"
#include "storage/ArticleStore.h"

#include <QColor>
#include <QLocale>
#include <QTextBlock>

namespace {

constexpr int ExcerptLength = 80;

} // namespace

ReviewAttributionModel::ReviewAttributionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReviewAttributionModel::setDocument(ArticleDocument *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_decisions = {};
    if (document) {
        m_connections << connect(document, &ArticleDocument::attributionsChanged, this,
                                 &ReviewAttributionModel::rebuild);
        m_connections << connect(document->body(), &QTextDocument::blockCountChanged, this,
                                 &ReviewAttributionModel::rebuild);
        m_connections << connect(document->body(), &QTextDocument::contentsChange, this,
                                 [this](int position) { onContentsChange(position); });
        m_connections << connect(document, &ArticleDocument::saved, this,
                                 &ReviewAttributionModel::rebuild);
    }
    beginResetModel();
    m_rows = buildRows();
    m_blockCount = document ? document->body()->blockCount() : 0;
    endResetModel();
}

void ReviewAttributionModel::setDecisions(const ReviewDecisions &decisions)
{
    m_decisions = decisions;
    rebuild();
}

QList<ReviewAttributionModel::Row> ReviewAttributionModel::buildRows() const
{
    QList<Row> rows;
    if (!m_document)
        return rows;
    int paragraphNumber = 0;
    for (QTextBlock block = m_document->body()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text().simplified();
        if (text.isEmpty())
            continue; // spacing while typing, not a paragraph (ArticleDocument::article())
        ++paragraphNumber;
        const ParagraphMeta meta = m_document->paragraphMeta(block.blockNumber());
        Row row;
        row.blockNumber = block.blockNumber();
        row.paragraphNumber = paragraphNumber;
        row.paragraph = meta.uuid;
        row.excerpt = text.size() > ExcerptLength ? text.left(ExcerptLength) + u'…' : text;
        if (meta.attributions.isEmpty()) {
            row.waiver = m_decisions.waiver(meta.uuid);
            rows.append(row);
            continue;
        }
        for (qsizetype i = 0; i < meta.attributions.size(); ++i) {
            Row cited = row;
            cited.attributionIndex = int(i);
            cited.attribution = meta.attributions.at(i);
            const QString key = ArticleStore::sourceKey(cited.attribution->sourceName);
            for (const AnonymityDecision &decision : m_decisions.anonymity) {
                if (decision.paragraph == meta.uuid && decision.sourceKey == key)
                    cited.anonymity = decision;
            }
            rows.append(cited);
        }
    }
    return rows;
}

void ReviewAttributionModel::rebuild()
{
    QList<Row> rows = buildRows();
    m_blockCount = m_document ? m_document->body()->blockCount() : 0;
    const bool sameShape =
        rows.size() == m_rows.size() &&
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &a, const Row &b) {
            return a.blockNumber == b.blockNumber && a.paragraph == b.paragraph &&
                   a.attributionIndex == b.attributionIndex;
        });
    if (!sameShape) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // Verifying one source changes one row: keep the view's current row and selection, which
    // a reset would lose (the reviewer goes on from there with the keyboard).
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ReviewAttributionModel::onContentsChange(int position)
{
    // Typing changes one paragraph's excerpt; typing into an empty line makes a paragraph.
    const QTextBlock block = m_document->body()->findBlock(position);
    if (!block.isValid())
        return;
    const QString text = block.text().simplified();
    int first = -1;
    int last = -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).blockNumber != block.blockNumber())
            continue;
        if (first < 0)
            first = int(i);
        last = int(i);
    }
    if (text.isEmpty() != (first < 0) || m_document->body()->blockCount() != m_blockCount) {
        rebuild();
        return;
    }
    if (first < 0)
        return;
    const QString excerpt = text.size() > ExcerptLength ? text.left(ExcerptLength) + u'…' : text;
    for (int i = first; i <= last; ++i)
        m_rows[i].excerpt = excerpt;
    emit dataChanged(index(first, ParagraphColumn), index(last, ParagraphColumn));
}

int ReviewAttributionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewAttributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewAttributionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case BlockNumberRole:
        return row.blockNumber;
    case ParagraphUuidRole:
        return row.paragraph;
    case ParagraphNumberRole:
        return row.paragraphNumber;
    case AttributionIndexRole:
        return row.attributionIndex;
    case VerificationRole:
        return row.attribution ? int(row.attribution->verification) : -1;
    case WaivedRole:
        return row.waiver.has_value();
    default:
        break;
    }
    const std::optional<Attribution> &cited = row.attribution;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ParagraphColumn:
            return tr("%1 · %2").arg(row.paragraphNumber).arg(row.excerpt);
        case SourceColumn:
            return cited ? cited->sourceName : tr("No source");
        case StateColumn:
            if (cited)
                return ArticleAttributionModel::verificationLabel(cited->verification);
            return row.waiver ? tr("No attribution needed") : tr("Unattributed");
        case ReviewerColumn:
            if (cited)
                return cited->reviewer;
            return row.waiver ? row.waiver->markedBy : QString();
        case NoteColumn:
            if (cited && row.anonymity)
                return cited->note.isEmpty()
                           ? tr("Anonymity approved: %1").arg(row.anonymity->reason)
                           : tr("%1 (anonymity approved: %2)")
                                 .arg(cited->note, row.anonymity->reason);
            if (cited)
                return cited->note;
            return row.waiver ? row.waiver->reason : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Paragraph %1: %2").arg(row.paragraphNumber).arg(row.excerpt);
        if (cited && cited->reviewedAt.isValid())
            tip += u'\n' + tr("%1 by %2 on %3")
                               .arg(ArticleAttributionModel::verificationLabel(cited->verification),
                                    cited->reviewer,
                                    QLocale().toString(cited->reviewedAt.toLocalTime(),
                                                       QLocale::ShortFormat));
        if (row.anonymity)
            tip += u'\n' + tr("Anonymity approved by %1: %2")
                               .arg(row.anonymity->approvedBy, row.anonymity->reason);
        if (row.waiver)
            tip +=
                u'\n' +
                tr("No attribution needed (%1): %2").arg(row.waiver->markedBy, row.waiver->reason);
        return plainText(tip);
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        // The attribution gutter's colours: red for what blocks approval, green for checked.
        if (!cited)
            return row.waiver ? QVariant() : QVariant(QColor(0xc6, 0x28, 0x28));
        if (cited->verification == Verification::Disputed)
            return QColor(0xc6, 0x28, 0x28);
        if (cited->verification == Verification::Verified)
            return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

QVariant ReviewAttributionModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ParagraphColumn:
        return tr("Paragraph");
    case SourceColumn:
        return tr("Source");
    case StateColumn:
        return tr("State");
    case ReviewerColumn:
        return tr("Reviewer");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

int ReviewAttributionModel::rowOf(int blockNumber, int attribution) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.blockNumber == blockNumber && row.attributionIndex == attribution)
            return int(i);
    }
    return -1;
}

int ReviewAttributionModel::nextUnchecked(int row, int direction) const
{
    const int count = int(m_rows.size());
    if (count == 0)
        return -1;
    const int step = direction < 0 ? -1 : 1;
    // From before the first row (or after the last) when there is no current row.
    int candidate = row < 0 ? (step > 0 ? -1 : count) : row;
    for (int visited = 0; visited < count; ++visited) {
        candidate = (candidate + step + count) % count;
        const Row &r = m_rows.at(candidate);
        if (r.attribution && r.attribution->verification == Verification::Unchecked)
            return candidate;
    }
    return -1;
}

int ReviewAttributionModel::uncheckedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.attribution && row.attribution->verification == Verification::Unchecked;
    }));
}
