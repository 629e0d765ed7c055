#pragma once

#include "ArticleDocument.h"
#include "storage/ReviewStore.h"

#include <QAbstractTableModel>
#include <QPointer>

// The review's side-by-side view of the open article: one row per attribution (paragraph
// number and excerpt, source, verification state, reviewer, note) and one row per paragraph
// that cites nothing, with its "no attribution needed" mark when it has one. Read-only: Verify
// and Dispute go through the article's undo stack, waivers through ReviewStore.
class ReviewAttributionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ParagraphColumn,
        SourceColumn,
        StateColumn,
        ReviewerColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        BlockNumberRole = Qt::UserRole, // the paragraph's block in the body document
        ParagraphUuidRole,              // QUuid
        ParagraphNumberRole,            // 1-based, as readers count (empty lines are not counted)
        AttributionIndexRole,           // index in the paragraph's attributions; -1: none
        VerificationRole,               // Verification as int; -1 for an unattributed paragraph
        WaivedRole,                     // bool: marked "no attribution needed"
    };

    explicit ReviewAttributionModel(QObject *parent = nullptr);

    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const { return m_document; }
    // The waivers and anonymity decisions recorded for the article (ReviewStore::decisions).
    void setDecisions(const ReviewDecisions &decisions);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of attribution `attribution` of the paragraph in `blockNumber` (-1: the row of an
    // unattributed paragraph); -1 when there is none.
    int rowOf(int blockNumber, int attribution) const;
    // The first row after (or before, direction -1) `row` whose attribution is unchecked,
    // wrapping around; -1 when every attribution has been checked.
    int nextUnchecked(int row, int direction) const;
    int uncheckedCount() const;

private:
    struct Row
    {
        int blockNumber = 0;
        int paragraphNumber = 0;
        QUuid paragraph;
        QString excerpt;
        int attributionIndex = -1;
        std::optional<Attribution> attribution;
        std::optional<AttributionWaiver> waiver;
        std::optional<AnonymityDecision> anonymity;
    };
    QList<Row> buildRows() const;
    void rebuild();
    void onContentsChange(int position);

    QPointer<ArticleDocument> m_document;
    ReviewDecisions m_decisions;
    QList<Row> m_rows;
    int m_blockCount = 0; // the body's blocks when m_rows were built
    QList<QMetaObject::Connection> m_connections;
};
