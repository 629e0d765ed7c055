#include "ReviewStore.h"

#include "ArticleStore.h"
#include "Database.h"
#include "StoredLinkLookup.h"
#include "StoredTime.h"
#include "core/review/ArticleReview.h"
#include "core/review/ReviewContext.h"

#include <QSqlQuery>

namespace {

QString idArray(const QList<qint64> &ids)
{
    QString list = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            list += u',';
        list += QString::number(ids.at(i));
    }
    return list + u']';
}

const ArticleReview &standardReview()
{
    static const ArticleReview review;
    return review;
}

} // namespace

void ReviewDecisions::applyTo(ReviewContext &context) const
{
    for (const AttributionWaiver &waiver : waivers)
        context.markNoAttributionNeeded(waiver.paragraph, waiver.reason);
    if (anonymity.isEmpty())
        return;
    // Decisions are kept by source key; the rules ask by the name the attribution shows.
    for (const Paragraph &paragraph : context.article().paragraphs) {
        for (const Attribution &attribution : paragraph.attributions) {
            const QString key = ArticleStore::sourceKey(attribution.sourceName);
            for (const AnonymityDecision &decision : anonymity) {
                if (decision.paragraph == paragraph.uuid && decision.sourceKey == key)
                    context.recordAnonymityApproval(paragraph.uuid, attribution.sourceName,
                                                    {decision.reason, decision.approvedBy});
            }
        }
    }
}

std::optional<AttributionWaiver> ReviewDecisions::waiver(const QUuid &paragraph) const
{
    for (const AttributionWaiver &waiver : waivers) {
        if (waiver.paragraph == paragraph)
            return waiver;
    }
    return std::nullopt;
}

ReviewStore::ReviewStore(Database &db)
    : m_db(db)
{}

ReviewDecisions ReviewStore::decisions(qint64 articleId, StoreError *error)
{
    const QHash<qint64, ReviewDecisions> all = decisions(QList<qint64>{articleId}, error);
    return all.value(articleId);
}

QHash<qint64, ReviewDecisions> ReviewStore::decisions(const QList<qint64> &articleIds,
                                                      StoreError *error)
{
    QHash<qint64, ReviewDecisions> result;
    const StoreError failure = readDecisions(articleIds, &result);
    if (error)
        *error = failure;
    return failure ? QHash<qint64, ReviewDecisions>{} : result;
}

StoreError ReviewStore::readDecisions(const QList<qint64> &articleIds,
                                      QHash<qint64, ReviewDecisions> *out)
{
    if (articleIds.isEmpty())
        return {};
    const QString ids = idArray(articleIds);
    const auto describe = [] { return tr("reading the review decisions"); };
    QSqlQuery &waivers =
        m_db.prepared(QStringLiteral("SELECT article_id, paragraph_uuid, reason, marked_by, "
                                     "marked_at FROM attribution_waivers"
                                     " WHERE article_id IN (") +
                      m_db.idsFromJsonArray() + QStringLiteral(")"));
    if (StoreError error = m_db.run(waivers, {ids}, describe))
        return error;
    while (waivers.next()) {
        (*out)[waivers.value(0).toLongLong()].waivers.append(
            {QUuid::fromString(waivers.value(1).toString()), waivers.value(2).toString(),
             waivers.value(3).toString(), StoredTime::fromIso(waivers.value(4))});
    }
    waivers.finish();
    QSqlQuery &anonymity = m_db.prepared(
        QStringLiteral("SELECT article_id, paragraph_uuid, source_key, reason, approved_by,"
                       " approved_at FROM anonymity_approvals"
                       " WHERE article_id IN (") +
        m_db.idsFromJsonArray() + QStringLiteral(")"));
    if (StoreError error = m_db.run(anonymity, {ids}, describe))
        return error;
    while (anonymity.next()) {
        (*out)[anonymity.value(0).toLongLong()].anonymity.append(
            {QUuid::fromString(anonymity.value(1).toString()), anonymity.value(2).toString(),
             anonymity.value(3).toString(), anonymity.value(4).toString(),
             StoredTime::fromIso(anonymity.value(5))});
    }
    anonymity.finish();
    return {};
}

QList<Finding> ReviewStore::findings(const Article &article, SpellingChecker *spelling,
                                     StoreError *error)
{
    StoreError failure;
    const ReviewDecisions recorded = decisions(article.id, &failure);
    StoredLinkLookup links(m_db);
    ReviewContext context(article);
    context.setLinkLookup(&links);
    context.setSpellingChecker(spelling);
    recorded.applyTo(context);
    QList<Finding> result = failure ? QList<Finding>{} : standardReview().check(context);
    if (!failure && links.error())
        failure = links.error();
    if (error)
        *error = failure;
    return failure ? QList<Finding>{} : result;
}

StoreError ReviewStore::changeStatus(qint64 articleId, StatusChangeRequest request,
                                     Article *changed)
{
    request.actor = m_actor;
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    StoreError error;
    ArticleStore articles(m_db);
    std::optional<Article> article = articles.load(articleId, &error);
    if (!article)
        return error;
    // Findings only gate approval; reviewing the article for any other move (publishing a
    // batch, say) would cost more than the move itself.
    QList<Finding> found;
    if (request.to == ArticleStatus::Approved) {
        found = findings(*article, nullptr, &error);
        if (error)
            return error;
    }
    const QString refusal = ReviewWorkflow::refusal(*article, request, found);
    if (!refusal.isEmpty()) {
        const bool blocked = ReviewWorkflow::isBlockedByFindings(*article, request, found) &&
                             ReviewWorkflow::refusal(*article, request, {}).isEmpty();
        return {blocked ? StoreError::Kind::Blocked : StoreError::Kind::NotAllowed,
                tr("Article %1 stays “%2”: %3")
                    .arg(articleId)
                    .arg(articleStatusLabel(article->status), refusal)};
    }
    const ArticleStatus from = article->status;
    const QDateTime now = StoredTime::nowUtc();
    QSqlQuery &update = m_db.prepared(
        QStringLiteral("UPDATE articles SET status = ?, published_at = COALESCE(published_at, ?)"
                       " WHERE id = ? AND version = ?"));
    const QVariant publishedAt = request.to == ArticleStatus::Published
                                     ? StoredTime::isoUtcOrNull(now)
                                     : StoredTime::isoUtcOrNull({});
    if ((error = m_db.run(update,
                          {articleStatusKey(request.to), publishedAt, articleId, article->version},
                          [&] { return tr("changing the status of article %1").arg(articleId); })))
        return error;
    if (update.numRowsAffected() != 1)
        return {StoreError::Kind::Conflict,
                tr("Article %1 was changed by someone else meanwhile; its status was not changed.")
                    .arg(articleId)};
    AuditEntry entry;
    entry.articleId = articleId;
    entry.articleUuid = article->uuid;
    entry.at = now;
    entry.actor = m_actor;
    entry.action = AuditEntry::Action::StatusChange;
    entry.from = from;
    entry.to = request.to;
    entry.version = article->version;
    entry.comment = request.comment.trimmed();
    if (request.to == ArticleStatus::Approved && blocksApproval(found))
        entry.overrideReason = request.overrideReason.trimmed();
    if ((error = AuditLog(m_db).append(entry)))
        return error;
    if ((error = transaction.commit()))
        return error;
    article->status = request.to;
    if (request.to == ArticleStatus::Published && !article->published.isValid())
        article->published = now;
    if (changed)
        *changed = *article;
    return {};
}

StoreError ReviewStore::paragraphOf(qint64 articleId, const QUuid &paragraph, Article *article)
{
    StoreError error;
    std::optional<Article> loaded = ArticleStore(m_db).load(articleId, &error);
    if (!loaded)
        return error;
    const bool found =
        std::any_of(loaded->paragraphs.cbegin(), loaded->paragraphs.cend(),
                    [&](const Paragraph &candidate) { return candidate.uuid == paragraph; });
    if (!found)
        return {StoreError::Kind::NotFound,
                tr("Article %1 has no paragraph %2.").arg(articleId).arg(uuidText(paragraph))};
    *article = *loaded;
    return {};
}

StoreError ReviewStore::setNoAttributionNeeded(qint64 articleId, const QUuid &paragraph,
                                               const QString &reason)
{
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    Article article;
    if (StoreError error = paragraphOf(articleId, paragraph, &article))
        return error;
    const QString why = reason.trimmed();
    const QDateTime now = StoredTime::nowUtc();
    const auto describe = [&] {
        return tr("marking paragraph %1 of article %2").arg(uuidText(paragraph)).arg(articleId);
    };
    QSqlQuery &query =
        why.isEmpty()
            ? m_db.prepared(
                  QStringLiteral("DELETE FROM attribution_waivers WHERE paragraph_uuid = ?"))
            : m_db.prepared(QStringLiteral(
                  "INSERT INTO attribution_waivers(paragraph_uuid, article_id, reason, marked_by,"
                  " marked_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(paragraph_uuid) DO UPDATE SET"
                  " reason = excluded.reason, marked_by = excluded.marked_by,"
                  " marked_at = excluded.marked_at"));
    const QVariantList values = why.isEmpty() ? QVariantList{uuidText(paragraph)}
                                              : QVariantList{uuidText(paragraph), articleId, why,
                                                             m_actor.name, StoredTime::isoUtc(now)};
    if (StoreError error = m_db.run(query, values, describe))
        return error;
    if (why.isEmpty() && query.numRowsAffected() == 0)
        return transaction.commit(); // there was no mark: nothing to record
    AuditEntry entry;
    entry.articleId = articleId;
    entry.articleUuid = article.uuid;
    entry.at = now;
    entry.actor = m_actor;
    entry.action = why.isEmpty() ? AuditEntry::Action::AttributionRequired
                                 : AuditEntry::Action::NoAttributionNeeded;
    entry.version = article.version;
    entry.paragraph = paragraph;
    entry.comment = why;
    if (StoreError error = AuditLog(m_db).append(entry))
        return error;
    return transaction.commit();
}

StoreError ReviewStore::approveAnonymity(qint64 articleId, const QUuid &paragraph,
                                         const QString &sourceName, const QString &reason)
{
    if (!ReviewWorkflow::mayReview(m_actor.role))
        return {StoreError::Kind::NotAllowed,
                tr("%1 is an editor: only a reviewer or a chief can approve an anonymous source.")
                    .arg(m_actor.name)};
    if (reason.trimmed().isEmpty())
        return {StoreError::Kind::Invalid,
                tr("Say why the anonymous source “%1” is acceptable: a reason is required.")
                    .arg(sourceName)};
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    Article article;
    if (StoreError error = paragraphOf(articleId, paragraph, &article))
        return error;
    const QString key = ArticleStore::sourceKey(sourceName);
    const Paragraph &cited = *std::find_if(article.paragraphs.cbegin(), article.paragraphs.cend(),
                                           [&](const Paragraph &p) { return p.uuid == paragraph; });
    const auto attribution = std::find_if(
        cited.attributions.cbegin(), cited.attributions.cend(),
        [&](const Attribution &a) { return ArticleStore::sourceKey(a.sourceName) == key; });
    if (attribution == cited.attributions.cend())
        return {StoreError::Kind::NotFound, tr("Paragraph %1 of article %2 does not cite “%3”.")
                                                .arg(uuidText(paragraph))
                                                .arg(articleId)
                                                .arg(sourceName)};
    const QDateTime now = StoredTime::nowUtc();
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO anonymity_approvals(paragraph_uuid, source_key, article_id, reason,"
        " approved_by, approved_at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(paragraph_uuid, source_key) DO UPDATE SET reason = excluded.reason,"
        " approved_by = excluded.approved_by, approved_at = excluded.approved_at"));
    if (StoreError error =
            m_db.run(query,
                     {uuidText(paragraph), key, articleId, reason.trimmed(), m_actor.name,
                      StoredTime::isoUtc(now)},
                     [&] { return tr("recording the decision on “%1”").arg(sourceName); }))
        return error;
    AuditEntry entry;
    entry.articleId = articleId;
    entry.articleUuid = article.uuid;
    entry.at = now;
    entry.actor = m_actor;
    entry.action = AuditEntry::Action::AnonymityApproved;
    entry.version = article.version;
    entry.paragraph = paragraph;
    entry.source = attribution->sourceName;
    entry.comment = reason.trimmed();
    if (StoreError error = AuditLog(m_db).append(entry))
        return error;
    return transaction.commit();
}

QList<AuditEntry> ReviewStore::auditTrail(qint64 articleId, StoreError *error)
{
    return AuditLog(m_db).entries(articleId, error);
}
