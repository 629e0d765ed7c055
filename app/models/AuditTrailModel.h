#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QUuid>

class ArticleStore;

// The audit trail of one article (AuditLog::entries), newest first: when, what
// (AuditEntry::describe with the paragraph's current number), who, in which role, and the
// comment.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What happened comes right after when: in a narrow dock it is the column to read.
    enum Column { TimeColumn, WhatColumn, WhoColumn, RoleColumn, CommentColumn, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole, // qint64
        ActionRole,                 // AuditEntry::actionKey()
    };

    explicit AuditTrailModel(QObject *parent = nullptr);

    // The store must outlive the model or be replaced (setArticle(nullptr, 0)) before it goes.
    void setArticle(ArticleStore *store, qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    // Re-reads the entries (after a save or a status change).
    void refresh();
    // The article's paragraphs in their current order: entries name a paragraph by its number
    // in the article as it is now, 0 when it is gone.
    void setParagraphs(const QList<QUuid> &paragraphs);

    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    int paragraphNumber(const QUuid &paragraph) const; // 1-based; 0 when not in the article
    StoreError lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    QString describe(const AuditEntry &entry) const;

    ArticleStore *m_store = nullptr;
    qint64 m_articleId = 0;
    QList<AuditEntry> m_entries; // newest first
    QHash<QUuid, int> m_paragraphNumbers;
    StoreError m_lastError;
};
