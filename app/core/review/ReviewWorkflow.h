#pragma once

#include "Finding.h"
#include "core/Article.h"
#include "core/DeskUser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A status change someone asks for.
struct StatusChangeRequest
{
    ArticleStatus to = ArticleStatus::InReview;
    DeskActor actor;
    QString comment;        // requesting changes needs one: what to change
    QString overrideReason; // a chief approving over blocking findings writes why
};

// The approval workflow (issue 5): which status follows which, and who may move an article:
//   draft -> in review; in review -> changes requested | approved; changes requested -> in
//   review; approved -> published | in review (approval withdrawn); published -> corrected |
//   archived; corrected -> archived.
// Editors send to review; reviewers and chiefs do the rest. Nobody approves an article they
// wrote or last edited; approval needs no finding that blocks it, or a chief's written reason.
class ReviewWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ReviewWorkflow)

public:
    static QList<ArticleStatus> nextStatuses(ArticleStatus from);
    static bool isTransition(ArticleStatus from, ArticleStatus to);
    // Whether `role` may make this move at all (not looking at the article).
    static bool mayMove(DeskRole role, ArticleStatus from, ArticleStatus to);
    // Verify or dispute attributions, approve anonymous sources.
    static bool mayReview(DeskRole role);

    // Empty when `request` may change `article`'s status now; else why not (translated, naming
    // the rule). `findings` are the article's current review findings.
    static QString refusal(const Article &article, const StatusChangeRequest &request,
                           const QList<Finding> &findings);
    // Whether a refusal was only for blocking findings (a chief could override it).
    static bool isBlockedByFindings(const Article &article, const StatusChangeRequest &request,
                                    const QList<Finding> &findings);
    // Whether `actor` wrote or last edited the article.
    static bool isOwnArticle(const Article &article, const QString &actorName);
    // The action's label, for menus and the audit trail: "Send to review", "Approve"...
    static QString actionLabel(ArticleStatus from, ArticleStatus to);
};
