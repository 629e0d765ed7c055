#pragma once

#include "ParagraphData.h"

#include <QObject>
#include <QTextDocument>
#include <QUndoStack>

#include <memory>

// One article open for editing: its fields, its body as a QTextDocument whose blocks are the
// paragraphs (each with ParagraphData), its meta-title variants, and one QUndoStack through
// which every edit goes. Widgets-free; views edit through it and listen to its signals.
class ArticleDocument : public QObject
{
    Q_OBJECT

public:
    enum class Field { Headline, Summary, Byline, Section, Language, Slug };
    Q_ENUM(Field)

    explicit ArticleDocument(const Article &article, QObject *parent = nullptr);
    ~ArticleDocument() override;

    QUndoStack *undoStack() const { return m_undoStack.get(); }
    QTextDocument *body() const { return m_body.get(); }

    // The article as edited now (id and version are those it was loaded or last saved at).
    Article article() const;
    qint64 articleId() const { return m_base.id; }
    int version() const { return m_base.version; }
    // The article as last loaded or saved.
    const Article &savedArticle() const { return m_base; }
    // After a successful save: the stored state becomes the new baseline, the stack clean.
    void markSaved(const Article &saved);
    bool isModified() const { return !m_undoStack->isClean(); }

    QString field(Field field) const;
    // Pushes an undoable change; consecutive changes of one field merge into one undo step.
    void setField(Field field, const QString &value);

    ArticleStatus status() const { return m_status; }

    // Paragraph metadata by block number.
    ParagraphMeta paragraphMeta(int blockNumber) const;
    int blockNumberOf(const QUuid &paragraph) const; // -1 when absent
    // Undoable: replaces the attributions of one paragraph.
    void setAttributions(const QUuid &paragraph, const QList<Attribution> &attributions,
                         const QString &actionText);

    QList<MetaTitle> metaTitles() const { return m_metaTitles; }
    // Undoable: replaces the variants (the meta-title model calls this for every edit).
    // mergeKey >= 0 merges consecutive calls with the same key (typing into one cell).
    void setMetaTitles(const QList<MetaTitle> &titles, const QString &actionText,
                       int mergeKey = -1);

    std::optional<ArticleRef> previous() const { return m_previous; }
    std::optional<ArticleRef> next() const { return m_next; }
    // Links live in the store, not in the content versions; views update these after linking.
    void setLinks(const std::optional<ArticleRef> &previous, const std::optional<ArticleRef> &next);

    // Moves the paragraph of `blockNumber` one up (-1) or down (+1), with its metadata, as one
    // undo step. Returns false at the ends.
    bool moveParagraph(int blockNumber, int direction);
    // Inserts plain text at the cursor as one undo step; pasted paragraphs are unattributed
    // unless they end in the "(Source attribution: X)" convention, which attaches X.
    void insertText(QTextCursor &cursor, const QString &text);

    int wordCount() const;
    int attributedParagraphCount() const;
    int paragraphCount() const;

    // Internal: used by the undo commands.
    QList<ParagraphMeta> paragraphState() const { return m_state; }
    void applyParagraphState(const QList<ParagraphMeta> &state);
    void applyField(Field field, const QString &value);
    void applyMetaTitles(const QList<MetaTitle> &titles);
    void applyAttributions(const QUuid &paragraph, const QList<Attribution> &attributions);
    void undoBodyStep();
    void redoBodyStep();

signals:
    void fieldChanged(ArticleDocument::Field field);
    void metaTitlesChanged();
    void attributionsChanged(int blockNumber); // -1: possibly all paragraphs
    void linksChanged();
    void contentEdited(); // any change through the stack (autosave listens)
    void saved();

private:
    void onUndoCommandAdded();
    void onContentsChange(int position, int removed, int added);
    void reconcile(int position, int removed, int added);
    QList<ParagraphMeta> currentState() const;
    void setBlockMeta(QTextBlock block, const ParagraphMeta &meta);

    Article m_base;
    QString m_fields[6];
    ArticleStatus m_status = ArticleStatus::Draft;
    QList<MetaTitle> m_metaTitles;
    std::optional<ArticleRef> m_previous;
    std::optional<ArticleRef> m_next;

    std::unique_ptr<QTextDocument> m_body;
    std::unique_ptr<QUndoStack> m_undoStack;
    QList<ParagraphMeta> m_state; // metadata per block as of the last reconciled change
    QList<int> m_lengths;         // block lengths as of the last reconciled change
    bool m_replaying = false;     // undo/redo of a body step: no reconciling
    int m_programmaticEdit = 0;   // our own multi-step edits: reconcile once at the end
    QString m_bodyActionText;     // undo text for the next body step, when not typing
};
