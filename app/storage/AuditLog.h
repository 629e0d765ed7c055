#pragma once

#include "StoreError.h"
#include "core/Article.h"
#include "core/DeskUser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

class Database;

// One line of an article's audit trail: a status change, a verification, a waiver or an
// approval of an anonymous source, with who did it, when, at which version and why.
struct AuditEntry
{
    enum class Action {
        StatusChange,        // from/to, comment; overrideReason when a chief approved anyway
        Verified,            // paragraph, source, comment = the reviewer's note
        Disputed,            // the same
        NoAttributionNeeded, // paragraph, comment = the reason
        AttributionRequired, // the mark was taken off again
        AnonymityApproved,   // paragraph, source, comment = the reason
    };

    qint64 id = 0;
    qint64 articleId = 0;
    QUuid articleUuid;
    QDateTime at;
    DeskActor actor;
    Action action = Action::StatusChange;
    std::optional<ArticleStatus> from;
    std::optional<ArticleStatus> to;
    int version = 0;
    QUuid paragraph;
    QString source;
    QString comment;
    QString overrideReason;

    static QString actionKey(Action action); // "status", "verified", "disputed"...
    static std::optional<Action> actionFromKey(const QString &key);
    // One translated line for the History dock: "Approved (was In review)", "Verified
    // “Reuters” in paragraph 3"... (paragraphNumber: 1-based, 0 when not known).
    QString describe(int paragraphNumber = 0) const;
};

// The audit log: append-only (the database refuses to change or delete its rows, and they stay
// when their article is deleted). Callers append inside their own write transaction, so the
// entry and the change it records are one commit.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database &db);

    // Fills entry.id and, when invalid, entry.at.
    StoreError append(AuditEntry &entry);
    // Oldest first.
    QList<AuditEntry> entries(qint64 articleId, StoreError *error = nullptr);

private:
    Database &m_db;
};
