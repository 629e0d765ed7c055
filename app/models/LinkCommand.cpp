#include "LinkCommand.h"

#include <QDebug>

StoreError LinkCommand::push(ArticleDocument *document, ArticleStore *store, LinkSide side,
                             std::optional<qint64> target)
{
    Q_ASSERT(document && store);
    const qint64 id = document->articleId();
    if (id == 0) {
        return {StoreError::Kind::Invalid,
                tr("Save the article before linking it to another article.")};
    }
    StoreError error;
    const std::optional<Article> self = store->load(id, &error);
    if (!self)
        return error;
    const std::optional<ArticleRef> &current =
        side == LinkSide::Previous ? self->previous : self->next;
    const std::optional<qint64> currentId =
        current ? std::optional<qint64>(current->id) : std::nullopt;
    if (currentId == target)
        return {};

    // Every article whose previous or next can change: this one, the one it leaves, the target
    // and the target's old neighbour on the side that now faces this article.
    QList<qint64> involved{id};
    if (currentId)
        involved.append(*currentId);
    QString text;
    if (target) {
        const std::optional<Article> other = store->load(*target, &error);
        if (!other)
            return error;
        involved.append(*target);
        const std::optional<ArticleRef> &facing =
            side == LinkSide::Previous ? other->next : other->previous;
        if (facing)
            involved.append(facing->id);
        text = side == LinkSide::Previous ? tr("Link previous article “%1”").arg(other->headline)
                                          : tr("Link next article “%1”").arg(other->headline);
    } else {
        text =
            side == LinkSide::Previous ? tr("Unlink previous article") : tr("Unlink next article");
    }
    involved.removeIf([](qint64 candidate) { return candidate <= 0; });
    std::sort(involved.begin(), involved.end());
    involved.erase(std::unique(involved.begin(), involved.end()), involved.end());

    Transaction transaction(store->database());
    if (transaction.beginError())
        return transaction.beginError();
    LinkState before;
    if ((error = snapshot(store, involved, &before)))
        return error;
    if (target) {
        error = side == LinkSide::Previous ? store->link(*target, id) : store->link(id, *target);
    } else {
        error = store->unlink(id, side);
    }
    if (error)
        return error;
    LinkState after;
    if ((error = snapshot(store, involved, &after)))
        return error;
    if ((error = transaction.commit()))
        return error;

    document->undoStack()->push(
        new LinkCommand(document, store, std::move(before), std::move(after), text));
    return {};
}

LinkCommand::LinkCommand(ArticleDocument *document, ArticleStore *store, LinkState before,
                         LinkState after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void LinkCommand::undo()
{
    m_lastError = apply(m_before);
    if (m_lastError)
        qWarning().noquote() << "Undoing a link failed:" << m_lastError.message;
    refreshDocument();
}

void LinkCommand::redo()
{
    if (m_applied) {
        m_applied = false; // push() already changed the store
        m_lastError = {};
    } else {
        m_lastError = apply(m_after);
        if (m_lastError)
            qWarning().noquote() << "Redoing a link failed:" << m_lastError.message;
    }
    refreshDocument();
}

StoreError LinkCommand::snapshot(ArticleStore *store, const QList<qint64> &ids, LinkState *state)
{
    for (const qint64 id : ids) {
        StoreError error;
        const std::optional<Article> article = store->load(id, &error);
        if (!article)
            return error;
        Ends ends;
        if (article->previous)
            ends.previous = article->previous->id;
        if (article->next)
            ends.next = article->next->id;
        state->insert(id, ends);
    }
    return {};
}

// Puts the recorded links back: first every end that differs is unlinked (which also frees its
// partner), then the recorded pairs are linked again, all in one transaction.
StoreError LinkCommand::apply(const LinkState &state)
{
    Transaction transaction(m_store->database());
    if (transaction.beginError())
        return transaction.beginError();
    LinkState now;
    StoreError error = snapshot(m_store, state.keys(), &now);
    if (error)
        return error;
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        const Ends &current = now.value(it.key());
        if (current.previous && current.previous != it.value().previous) {
            if ((error = m_store->unlink(it.key(), LinkSide::Previous)))
                return error;
        }
        if (current.next && current.next != it.value().next) {
            if ((error = m_store->unlink(it.key(), LinkSide::Next)))
                return error;
        }
    }
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        if (it.value().previous && (error = m_store->link(*it.value().previous, it.key())))
            return error;
        if (it.value().next && (error = m_store->link(it.key(), *it.value().next)))
            return error;
    }
    return transaction.commit();
}

void LinkCommand::refreshDocument()
{
    StoreError error;
    const std::optional<Article> article = m_store->load(m_document->articleId(), &error);
    if (!article) {
        qWarning().noquote() << "Reloading the links failed:" << error.message;
        return;
    }
    m_document->setLinks(article->previous, article->next);
}
