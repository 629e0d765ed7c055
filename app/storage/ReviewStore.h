#pragma once

#include "AuditLog.h"
#include "StoreError.h"
#include "core/Article.h"
#include "core/DeskUser.h"
#include "core/review/Finding.h"
#include "core/review/ReviewWorkflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

class Database;
class ReviewContext;
class SpellingChecker;

// A paragraph marked "no attribution needed", with the written reason and who marked it.
struct AttributionWaiver
{
    QUuid paragraph;
    QString reason;
    QString markedBy;
    QDateTime markedAt;
};

// Why an anonymous source is acceptable in one paragraph, and which reviewer accepted it.
struct AnonymityDecision
{
    QUuid paragraph;
    QString sourceKey; // ArticleStore::sourceKey() of the source's name
    QString reason;
    QString approvedBy;
    QDateTime approvedAt;
};

// What an article's review needs besides the article: the recorded decisions.
struct ReviewDecisions
{
    QList<AttributionWaiver> waivers;
    QList<AnonymityDecision> anonymity;

    // Hands the decisions to the rules (the context's article names the sources).
    void applyTo(ReviewContext &context) const;
    std::optional<AttributionWaiver> waiver(const QUuid &paragraph) const;
};

// The review workflow on the database: status changes under ReviewWorkflow's rules (with the
// findings computed from the stored article), waivers and anonymity decisions, each recorded
// in the audit log in the same transaction.
class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)

public:
    explicit ReviewStore(Database &db);

    // Who acts; defaults to DeskUser::current().
    const DeskActor &actor() const { return m_actor; }
    void setActor(const DeskActor &actor) { m_actor = actor; }

    ReviewDecisions decisions(qint64 articleId, StoreError *error = nullptr);
    // For many articles at once (check --all): one statement per table and chunk.
    QHash<qint64, ReviewDecisions> decisions(const QList<qint64> &articleIds,
                                             StoreError *error = nullptr);

    // The article's findings as a reviewer sees them: links followed in the database, the
    // recorded decisions applied; SPELLING only when a checker is given.
    QList<Finding> findings(const Article &article, SpellingChecker *spelling = nullptr,
                            StoreError *error = nullptr);

    // Moves the article to request.to as actor() (request.actor is ignored) if the workflow
    // allows it: NotAllowed with the reason when the move or the role is refused, Blocked when
    // blocking findings stand (a chief may give request.overrideReason). The content version
    // is unchanged; *changed (when given) receives the article as it is afterwards.
    StoreError changeStatus(qint64 articleId, StatusChangeRequest request,
                            Article *changed = nullptr);

    // Marks a paragraph of the article as needing no attribution, with the reason; an empty
    // reason takes the mark off. Anyone may.
    StoreError setNoAttributionNeeded(qint64 articleId, const QUuid &paragraph,
                                      const QString &reason);
    // Records why the attribution of `paragraph` to the anonymous source `sourceName` is
    // acceptable; a reviewer or chief only, with a reason.
    StoreError approveAnonymity(qint64 articleId, const QUuid &paragraph, const QString &sourceName,
                                const QString &reason);

    QList<AuditEntry> auditTrail(qint64 articleId, StoreError *error = nullptr);

private:
    StoreError readDecisions(const QList<qint64> &articleIds, QHash<qint64, ReviewDecisions> *out);
    StoreError paragraphOf(qint64 articleId, const QUuid &paragraph, Article *article);

    Database &m_db;
    DeskActor m_actor = DeskUser::current();
};
