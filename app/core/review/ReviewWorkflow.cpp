#include "ReviewWorkflow.h"

namespace {

struct Move
{
    ArticleStatus from;
    ArticleStatus to;
    bool editorMay;
};

constexpr Move moves[] = {
    {ArticleStatus::Draft, ArticleStatus::InReview, true},
    {ArticleStatus::InReview, ArticleStatus::ChangesRequested, false},
    {ArticleStatus::InReview, ArticleStatus::Approved, false},
    {ArticleStatus::ChangesRequested, ArticleStatus::InReview, true},
    {ArticleStatus::Approved, ArticleStatus::Published, false},
    {ArticleStatus::Approved, ArticleStatus::InReview, false},
    {ArticleStatus::Published, ArticleStatus::Corrected, false},
    {ArticleStatus::Published, ArticleStatus::Archived, false},
    {ArticleStatus::Corrected, ArticleStatus::Archived, false},
};

const Move *findMove(ArticleStatus from, ArticleStatus to)
{
    for (const Move &move : moves) {
        if (move.from == from && move.to == to)
            return &move;
    }
    return nullptr;
}

QString sameName(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace

QList<ArticleStatus> ReviewWorkflow::nextStatuses(ArticleStatus from)
{
    QList<ArticleStatus> statuses;
    for (const Move &move : moves) {
        if (move.from == from)
            statuses.append(move.to);
    }
    return statuses;
}

bool ReviewWorkflow::isTransition(ArticleStatus from, ArticleStatus to)
{
    return findMove(from, to) != nullptr;
}

bool ReviewWorkflow::mayMove(DeskRole role, ArticleStatus from, ArticleStatus to)
{
    const Move *move = findMove(from, to);
    return move != nullptr && (move->editorMay || role != DeskRole::Editor);
}

bool ReviewWorkflow::mayReview(DeskRole role)
{
    return role != DeskRole::Editor;
}

bool ReviewWorkflow::isOwnArticle(const Article &article, const QString &actorName)
{
    const QString actor = sameName(actorName);
    return !actor.isEmpty() &&
           (sameName(article.createdBy) == actor || sameName(article.updatedBy) == actor);
}

bool ReviewWorkflow::isBlockedByFindings(const Article &article, const StatusChangeRequest &request,
                                         const QList<Finding> &findings)
{
    return article.status == ArticleStatus::InReview && request.to == ArticleStatus::Approved &&
           blocksApproval(findings);
}

QString ReviewWorkflow::refusal(const Article &article, const StatusChangeRequest &request,
                                const QList<Finding> &findings)
{
    const ArticleStatus from = article.status;
    const ArticleStatus to = request.to;
    if (from == to)
        return tr("The article is already \"%1\".").arg(articleStatusLabel(to));
    if (!isTransition(from, to)) {
        QStringList allowed;
        for (const ArticleStatus next : nextStatuses(from))
            allowed.append(articleStatusLabel(next));
        // NOLINTNEXTLINE(modernize-raw-string-literal): lupdate extracts plain literals
        return tr("An article that is \"%1\" cannot become \"%2\"; it can become: %3.")
            .arg(articleStatusLabel(from), articleStatusLabel(to),
                 allowed.isEmpty() ? tr("nothing else") : allowed.join(QStringLiteral(", ")));
    }
    if (request.actor.name.trimmed().isEmpty())
        return tr("Say who you are: a status change is recorded with a name.");
    if (!mayMove(request.actor.role, from, to))
        return tr("%1 is an editor: only a reviewer or a chief can move an article from \"%2\" "
                  "to \"%3\".")
            .arg(request.actor.name, articleStatusLabel(from), articleStatusLabel(to));
    if (to == ArticleStatus::ChangesRequested && request.comment.trimmed().isEmpty())
        return tr("Say which changes you request: a comment is required.");
    if (to != ArticleStatus::Approved)
        return {};
    if (isOwnArticle(article, request.actor.name))
        return tr("%1 wrote or last edited this article and cannot approve it: another "
                  "reviewer must.")
            .arg(request.actor.name);
    if (!request.overrideReason.trimmed().isEmpty() && request.actor.role != DeskRole::Chief)
        return tr("Only a chief can approve over blocking findings.");
    if (!blocksApproval(findings))
        return {};
    if (request.actor.role == DeskRole::Chief && !request.overrideReason.trimmed().isEmpty())
        return {};
    QStringList rules;
    int count = 0;
    for (const Finding &finding : findings) {
        if (!finding.blocksApproval)
            continue;
        ++count;
        if (!rules.contains(finding.rule))
            rules.append(finding.rule);
    }
    return tr("%n finding(s) block approval (%1). Fix them, or a chief can approve with a written "
              "reason.",
              nullptr, count)
        .arg(rules.join(QStringLiteral(", ")));
}

QString ReviewWorkflow::actionLabel(ArticleStatus from, ArticleStatus to)
{
    switch (to) {
    case ArticleStatus::InReview:
        if (from == ArticleStatus::ChangesRequested)
            return tr("Send back to review");
        if (from == ArticleStatus::Approved)
            return tr("Withdraw approval");
        return tr("Send to review");
    case ArticleStatus::ChangesRequested:
        return tr("Request changes");
    case ArticleStatus::Approved:
        return tr("Approve");
    case ArticleStatus::Published:
        return tr("Mark published");
    case ArticleStatus::Corrected:
        return tr("Mark corrected");
    case ArticleStatus::Archived:
        return tr("Archive");
    case ArticleStatus::Draft:
        break;
    }
    return tr("Back to draft");
}
