#pragma once

#include "core/Article.h"

#include <QHash>
#include <QString>
#include <QUuid>

#include <optional>

class LinkLookup;
class SpellingChecker;

// Everything the review rules look at: the article, plus what the article itself does not
// carry and callers fill in (the workflow and the store know it):
// - the other articles, to follow previous/next links (without it the link rules check only
//   what the article alone shows: self-links and previous = next);
// - a spell checker (without it SPELLING does not run);
// - paragraphs marked "no attribution needed", each with the written reason;
// - for attributions to anonymous sources, the recorded reason and approver.
// The context does not own the article, the lookup or the checker; they must outlive it.
class ReviewContext
{
public:
    // Why an anonymous source is acceptable, and who accepted it.
    struct AnonymityApproval
    {
        QString reason;
        QString approvedBy;

        bool isComplete() const
        {
            return !reason.trimmed().isEmpty() && !approvedBy.trimmed().isEmpty();
        }
        bool operator==(const AnonymityApproval &) const = default;
    };

    explicit ReviewContext(const Article &article);

    const Article &article() const { return *m_article; }

    const LinkLookup *linkLookup() const { return m_links; }
    void setLinkLookup(const LinkLookup *links) { m_links = links; }

    SpellingChecker *spellingChecker() const { return m_spelling; }
    void setSpellingChecker(SpellingChecker *checker) { m_spelling = checker; }

    // A paragraph that needs no attribution (the reporter's own observation...): ATTR_MISSING
    // shows the mark and its reason to the reviewer instead of blocking. A mark without a
    // reason still blocks (the finding asks for the reason).
    void markNoAttributionNeeded(const QUuid &paragraph, const QString &reason);
    std::optional<QString> noAttributionReason(const QUuid &paragraph) const;

    // The decision recorded for the attribution of `paragraph` to the source `sourceName`.
    void recordAnonymityApproval(const QUuid &paragraph, const QString &sourceName,
                                 const AnonymityApproval &approval);
    std::optional<AnonymityApproval> anonymityApproval(const QUuid &paragraph,
                                                       const QString &sourceName) const;

    // The registry entry an attribution cites, from Article::sources: by id when both have
    // one, else by name. Null when the article does not list it.
    const Source *sourceOf(const Attribution &attribution) const;

private:
    const Article *m_article;
    const LinkLookup *m_links = nullptr;
    SpellingChecker *m_spelling = nullptr;
    QHash<QUuid, QString> m_noAttributionReasons;
    QHash<QUuid, QHash<QString, AnonymityApproval>> m_anonymityApprovals;
};
