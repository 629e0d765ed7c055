#pragma once

#include <QPlainTextEdit>
#include <QTextBlock>

class AttachSourceDialog;
class ArticleDocument;
class ArticleSpelling;
class ArticleStore;
class AttributionGutter;
class SpellingHighlighter;
class QAction;
class QMenu;

// The article body: one QPlainTextEdit whose blocks are the paragraphs of an ArticleDocument,
// with the attribution gutter painted beside it (like the line-number area of Qt's codeeditor
// example). Every edit, undo and redo goes through the document's QUndoStack, never through the
// QTextDocument's own undo.
class BodyEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit BodyEditor(QWidget *parent = nullptr);
    ~BodyEditor() override;

    // Shows the body of `document` (not owned; it must outlive the editor or be replaced first).
    // nullptr shows an empty, read-only editor.
    void setArticleDocument(ArticleDocument *document);
    ArticleDocument *articleDocument() const { return m_document; }

    // Locks the editor (a locked or read-only article) until unlocked, whichever document it shows
    // meanwhile; without a document it is read-only anyway. (Hides QPlainTextEdit::setReadOnly;
    // a call through the base class is noticed as well.)
    void setReadOnly(bool readOnly);

    // The source registry offered by the attach dialog (not owned; may be nullptr).
    void setStore(ArticleStore *store);
    ArticleStore *store() const { return m_store; }

    // The spell checking whose underlines and context-menu actions the body shows (not owned;
    // nullptr: none).
    void setSpelling(ArticleSpelling *spelling);
    SpellingHighlighter *spellingHighlighter() const { return m_spellingHighlighter; }

    AttributionGutter *gutter() const { return m_gutter; }
    QAction *attachSourceAction() const { return m_attachSourceAction; }
    QAction *moveUpAction() const { return m_moveUpAction; }
    QAction *moveDownAction() const { return m_moveDownAction; }

    // The paragraph (block number) the cursor is in.
    int currentParagraph() const;
    // Opens the attach dialog on a paragraph, with one of its attributions selected (or none).
    // The dialog is window-modal and deletes itself when closed; returns it for callers that
    // want to watch it, or nullptr when the paragraph cannot take sources (blank, read-only).
    AttachSourceDialog *openAttachSourceDialog(int blockNumber, int attributionIndex = -1);
    // The editor's context menu: on a misspelled word the spelling actions first (see
    // SpellingMenu), then the standard one with undo/redo routed to the article's stack, plus the
    // attribution and paragraph actions. `position` is in viewport coordinates. The caller owns
    // it.
    QMenu *createContextMenu(const QPoint &position);

    // Used by the gutter: where paragraphs are, in viewport (and gutter) coordinates.
    QTextBlock firstVisibleParagraph() const { return firstVisibleBlock(); }
    QRectF paragraphGeometry(const QTextBlock &block) const;

public slots:
    // Undo/redo through the article's stack, moving the cursor to the text a body step changed.
    // The main window's Undo/Redo actions can call these whatever has focus.
    void undo();
    void redo();

signals:
    // The registry gained a source through the attach dialog.
    void registryChanged();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    void updateGutterWidth();
    void updateGutterFont();
    void applyReadOnly();
    void updateGutterArea(const QRect &rect, int dy);
    void updateActions();
    void moveParagraph(int direction);
    void replayStep(bool undo);
    void addSpellingActions(QMenu *menu, const QPoint &position);
    void onContentsChange(int position, int removed, int added);
    void onCursorPositionChanged();

    ArticleDocument *m_document = nullptr;
    QList<QMetaObject::Connection> m_documentConnections;
    ArticleStore *m_store = nullptr;
    AttributionGutter *m_gutter = nullptr;
    SpellingHighlighter *m_spellingHighlighter = nullptr;
    ArticleSpelling *m_spelling = nullptr;
    QAction *m_attachSourceAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QTextDocument *m_placeholderDocument = nullptr; // shown while no article is open
    int m_currentParagraph = -1;
    bool m_locked = false;           // the caller's setReadOnly()
    bool m_applyingReadOnly = false; // our own setReadOnly(), not the caller's
    bool m_trackingReplay = false;
    int m_replayedPosition = -1; // end of the text the replayed step changed
    int m_replayedBlock = -1;    // the paragraph whose sources the replayed step changed
};
