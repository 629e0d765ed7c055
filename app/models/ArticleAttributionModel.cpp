#include "ArticleAttributionModel.h"

#include "PlainText.h"

#include <QTextBlock>

ArticleAttributionModel::ArticleAttributionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ArticleAttributionModel::setDocument(ArticleDocument *document)
{
    disconnect(m_connection);
    disconnect(m_textConnection);
    m_document = document;
    if (document) {
        m_connection = connect(document, &ArticleDocument::attributionsChanged, this,
                               &ArticleAttributionModel::rebuild);
        // Paragraph numbers and excerpts follow the text, but only at paragraph granularity.
        m_textConnection = connect(document->body(), &QTextDocument::blockCountChanged, this,
                                   &ArticleAttributionModel::rebuild);
    }
    rebuild();
}

QString ArticleAttributionModel::verificationLabel(Verification state)
{
    switch (state) {
    case Verification::Verified:
        return tr("Verified");
    case Verification::Disputed:
        return tr("Disputed");
    case Verification::Unchecked:
        break;
    }
    return tr("Unchecked");
}

void ArticleAttributionModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_document) {
        int paragraphNumber = 0;
        for (QTextBlock block = m_document->body()->begin(); block.isValid();
             block = block.next()) {
            const QString text = block.text().simplified();
            if (text.isEmpty())
                continue;
            ++paragraphNumber;
            Row row;
            row.blockNumber = block.blockNumber();
            row.paragraphNumber = paragraphNumber;
            row.excerpt = text.left(60);
            const ParagraphMeta meta = m_document->paragraphMeta(block.blockNumber());
            if (meta.attributions.isEmpty()) {
                m_rows.append(row);
                continue;
            }
            for (const Attribution &attribution : meta.attributions) {
                row.attribution = attribution;
                m_rows.append(row);
            }
        }
    }
    endResetModel();
}

int ArticleAttributionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleAttributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleAttributionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == BlockNumberRole)
        return row.blockNumber;
    if (role == VerificationRole)
        return row.attribution ? int(row.attribution->verification) : -1;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ParagraphColumn:
            return row.paragraphNumber;
        case SourceColumn:
            return row.attribution ? row.attribution->sourceName : tr("No source");
        case VerificationColumn:
            return row.attribution ? verificationLabel(row.attribution->verification)
                                   : tr("Unattributed");
        case DetailColumn:
            return row.attribution ? row.attribution->detail : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return plainText(tr("Paragraph %1: %2…").arg(row.paragraphNumber).arg(row.excerpt));
    if (role == Qt::ForegroundRole && !row.attribution && index.column() != ParagraphColumn)
        return QColor(0xc6, 0x28, 0x28); // the gutter's red bar
    return {};
}

QVariant ArticleAttributionModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ParagraphColumn:
        return tr("¶");
    case SourceColumn:
        return tr("Source");
    case VerificationColumn:
        return tr("State");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}
