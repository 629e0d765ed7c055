#pragma once

#include "ArticleDocument.h"
#include "storage/ArticleStore.h"

#include <QCoreApplication>
#include <QMap>
#include <QUndoCommand>

#include <optional>

// Links or unlinks the previous/next article of an open article, as one step of that article's
// undo stack. Links live in the store (kept symmetric by ArticleStore::link/unlink), so the
// command records both neighbours of every article the change touches and undo puts exactly
// those links back. After every redo/undo the document's links are reloaded from the store.
// The store must outlive the document's undo stack.
class LinkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(LinkCommand)

public:
    // Links the document's article on `side` to `target` (nullopt unlinks that side). The store
    // is changed first; only when it accepts is an already-applied command pushed. A refused
    // link (self-link, cycle: StoreError::Kind::Invalid) or a store failure is returned and
    // leaves both the store and the stack as they were. Nothing to change: no command, no error.
    static StoreError push(ArticleDocument *document, ArticleStore *store, LinkSide side,
                           std::optional<qint64> target);

    void undo() override;
    void redo() override;

    // The error of the last undo/redo, if the store failed (the links shown are then reloaded
    // from the store, so they stay truthful).
    const StoreError &lastError() const { return m_lastError; }

private:
    struct Ends
    {
        std::optional<qint64> previous;
        std::optional<qint64> next;

        bool operator==(const Ends &) const = default;
    };
    using LinkState = QMap<qint64, Ends>;

    LinkCommand(ArticleDocument *document, ArticleStore *store, LinkState before, LinkState after,
                const QString &text);

    static StoreError snapshot(ArticleStore *store, const QList<qint64> &ids, LinkState *state);
    StoreError apply(const LinkState &state);
    void refreshDocument();

    ArticleDocument *m_document;
    ArticleStore *m_store;
    LinkState m_before;
    LinkState m_after;
    StoreError m_lastError;
    bool m_applied = true; // pushed after the store already changed: the first redo is a no-op
};
