#pragma once

#include "models/ParagraphData.h"
#include "spelling/Speller.h"

#include <QObject>
#include <QPointer>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTimer>

class QPlainTextEdit;
class QTextDocument;

// Underlines the misspelled words of a QPlainTextEdit's document (the body, the summary)
// incrementally and without blocking, as FocusWriter does (design.md §2):
// - every paragraph keeps its misspelled ranges in its block's user data (ParagraphSpelling),
//   with a dirty flag; an edit inside a paragraph shifts the ranges after it and marks it dirty;
// - an idle timer checks dirty paragraphs for at most TickBudgetMs per tick: the visible ones
//   first, then outwards from the cursor; then it sets that paragraph's formats only (when a
//   document is set, the first screen is checked before the first paint);
// - the word being typed is not underlined until the cursor leaves it;
// - a dictionary layer change marks dirty only the paragraphs that contain a changed word.
//
// Why not QSyntaxHighlighter: its rehighlightBlock() runs inside an edit block, so every
// re-highlighted paragraph is announced as a contentsChange of the whole block, which the
// article document answers by reconciling all its paragraphs (O(paragraphs) each, O(n²) for a
// background pass over a long article), and setDocument() schedules a full rehighlight(). This
// class sets the formats the way QSyntaxHighlighter does internally (QTextLayout::setFormats and
// QTextDocument::markContentsDirty), outside an edit block, so no contentsChange is emitted.
class SpellingHighlighter : public QObject
{
    Q_OBJECT

public:
    static constexpr int TickBudgetMs = 2;
    // When a document is set: the paragraphs about to be shown are checked at once, for at most
    // this long, so the first paint already has their underlines.
    static constexpr int FirstScreenBudgetMs = 16;

    // Where the paragraphs' caches live. The body's blocks carry ParagraphData, which the article
    // document creates (the highlighter must not add user data of its own there); other
    // documents get a SpellingBlockData per block from the highlighter.
    enum class BlockData { FromDocument, Created };

    SpellingHighlighter(QPlainTextEdit *editor, BlockData blockData, QObject *parent = nullptr);
    ~SpellingHighlighter() override;

    // The checker (not owned; nullptr: no underlines). Its layer changes re-mark paragraphs.
    void setSpeller(Speller *speller);
    Speller *speller() const { return m_speller; }
    // Follows a document: call with the editor's document after QPlainTextEdit::setDocument()
    // (nullptr: none). Every paragraph is checked again, the visible ones first.
    void setDocument(QTextDocument *document);
    QTextDocument *document() const { return m_document; }

    // The underlined words now (the word being typed is not underlined, so not counted).
    int underlinedCount() const;
    // The ranges underlined in one paragraph, in order.
    QList<ParagraphSpelling::Range> underlinedRanges(const QTextBlock &block) const;
    // Whether every paragraph has been checked since its last change.
    bool isComplete() const { return !m_timer.isActive(); }
    // Whether the paragraphs on screen have been checked since their last change.
    bool visibleParagraphsChecked() const;

    // Checks every dirty paragraph now (tests, and callers that need the final count at once).
    void checkAll();

signals:
    // Underlines were added or removed somewhere (for counts).
    void underlinesChanged();
    // The paragraphs on screen were all checked (after opening, scrolling or a layer change).
    void visibleParagraphsCompleted();
    // No dirty paragraph is left.
    void checkingFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ParagraphSpelling *spellingOf(const QTextBlock &block) const;
    void markAllDirty();
    void checkFirstScreen();
    void markDirtyContaining(const QStringList &words);
    void schedule();
    void tick();
    bool checkBlock(const QTextBlock &block);
    void applyFormats(const QTextBlock &block);
    QTextBlock visibleTop() const;
    QTextBlock visibleBottom() const;
    void onContentsChange(int position, int removed, int added);
    void onCursorPositionChanged();
    bool isSuppressed(const QTextBlock &block, const ParagraphSpelling::Range &range) const;
    void refreshFormat();

    QPlainTextEdit *m_editor;
    BlockData m_blockData;
    QPointer<Speller> m_speller;
    QPointer<QTextDocument> m_document;
    QList<QMetaObject::Connection> m_documentConnections;
    QList<QMetaObject::Connection> m_spellerConnections;
    QTextCharFormat m_format;
    QTimer m_timer;
    QTextCursor m_typing; // where the user last typed; null when not typing
    bool m_visiblePending = true;
};
