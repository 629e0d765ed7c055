#pragma once

#include "ArticleDocument.h"

#include <QAbstractTableModel>
#include <QPointer>

// Every attribution of the open article, one row each in paragraph order, plus one row for each
// paragraph that cites nothing (what a reviewer must see first). Read-only: attributions are
// edited through the attach popup, which goes through the article's undo stack.
class ArticleAttributionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ParagraphColumn, SourceColumn, VerificationColumn, DetailColumn, ColumnCount };
    enum Role {
        BlockNumberRole = Qt::UserRole, // the paragraph's block in the body document
        VerificationRole,               // Verification as int; -1 for an unattributed paragraph
    };

    explicit ArticleAttributionModel(QObject *parent = nullptr);

    void setDocument(ArticleDocument *document);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString verificationLabel(Verification state);

private:
    struct Row
    {
        int blockNumber = 0;
        int paragraphNumber = 0; // 1-based among non-empty paragraphs
        QString excerpt;
        std::optional<Attribution> attribution;
    };
    void rebuild();

    QPointer<ArticleDocument> m_document;
    QList<Row> m_rows;
    QMetaObject::Connection m_connection;
    QMetaObject::Connection m_textConnection;
};
