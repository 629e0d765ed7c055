#include "BodyEditor.h"

#include "ArticleMisspellings.h"
#include "ArticleSpelling.h"
#include "AttachSourceDialog.h"
#include "AttributionGutter.h"
#include "SpellingHighlighter.h"
#include "SpellingMenu.h"
#include "models/ArticleDocument.h"
#include "models/ParagraphData.h"
#include "spelling/Speller.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QPaintEvent>
#include <QTextBlock>
#include <QTextLayout>

namespace {

bool isBlank(const QTextBlock &block)
{
    return block.text().trimmed().isEmpty();
}

// The plain-text convention of design.md §4, so a copied paragraph carries its sources into
// another paragraph, another article or a text file (and back in through the importer).
QString withAttributionMarker(const QString &text, const QList<Attribution> &attributions)
{
    QStringList names;
    names.reserve(attributions.size());
    for (const Attribution &attribution : attributions)
        names.append(attribution.sourceName);
    return QStringLiteral("%1 (Source attribution: %2)").arg(text, names.join(u"; "));
}

} // namespace

BodyEditor::BodyEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_placeholderDocument(new QTextDocument(this))
{
    setAccessibleName(tr("Article body"));
    setTabChangesFocus(true);
    m_placeholderDocument->setDocumentLayout(new QPlainTextDocumentLayout(m_placeholderDocument));

    m_gutter = new AttributionGutter(this);
    m_spellingHighlighter =
        new SpellingHighlighter(this, SpellingHighlighter::BlockData::FromDocument, this);

    m_attachSourceAction = new QAction(tr("Attach Source…"), this);
    m_attachSourceAction->setObjectName(QStringLiteral("attachSourceAction"));
    m_attachSourceAction->setIcon(QIcon::fromTheme(QStringLiteral("insert-link")));
    m_attachSourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_attachSourceAction->setStatusTip(tr("Attach a source to the current paragraph"));
    m_moveUpAction = new QAction(tr("Move Paragraph Up"), this);
    m_moveUpAction->setObjectName(QStringLiteral("moveParagraphUpAction"));
    m_moveUpAction->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    m_moveUpAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveUpAction->setStatusTip(tr("Move the current paragraph above the previous one"));
    m_moveDownAction = new QAction(tr("Move Paragraph Down"), this);
    m_moveDownAction->setObjectName(QStringLiteral("moveParagraphDownAction"));
    m_moveDownAction->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    m_moveDownAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_moveDownAction->setStatusTip(tr("Move the current paragraph below the next one"));
    for (QAction *action : {m_attachSourceAction, m_moveUpAction, m_moveDownAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    connect(m_attachSourceAction, &QAction::triggered, this,
            [this] { openAttachSourceDialog(currentParagraph()); });
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveParagraph(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveParagraph(+1); });
    connect(m_gutter, &AttributionGutter::attachRequested, this,
            [this](int blockNumber) { openAttachSourceDialog(blockNumber); });
    connect(m_gutter, &AttributionGutter::attributionClicked, this,
            [this](int blockNumber, int index) { openAttachSourceDialog(blockNumber, index); });
    connect(this, &QPlainTextEdit::updateRequest, this, &BodyEditor::updateGutterArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this,
            &BodyEditor::onCursorPositionChanged);

    setArticleDocument(nullptr);
    updateGutterFont();
    updateGutterWidth();
}

BodyEditor::~BodyEditor() = default;

void BodyEditor::setArticleDocument(ArticleDocument *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_documentConnections))
        disconnect(connection);
    m_documentConnections.clear();
    m_document = document;
    m_currentParagraph = -1;
    if (!document) {
        m_spellingHighlighter->setDocument(nullptr);
        setDocument(m_placeholderDocument);
    } else {
        QTextDocument *body = document->body();
        // QPlainTextEdit lays out its document with QPlainTextDocumentLayout only. Replacing a
        // layout frees every block's data, ParagraphData included, and announces the whole text
        // as changed: keep the document from reconciling that, then put the paragraphs back.
        if (!qobject_cast<QPlainTextDocumentLayout *>(body->documentLayout())) {
            const QList<ParagraphMeta> paragraphs = document->paragraphState();
            {
                const QSignalBlocker blocker(body);
                body->setDocumentLayout(new QPlainTextDocumentLayout(body));
            }
            document->applyParagraphState(paragraphs);
        }
        setDocument(body);
        // setDocument keeps the document's own font; the body is shown in the editor's.
        body->setDefaultFont(font());
        m_spellingHighlighter->setDocument(body);
        m_documentConnections << connect(document, &ArticleDocument::attributionsChanged, m_gutter,
                                         qOverload<>(&QWidget::update))
                              << connect(document, &ArticleDocument::attributionsChanged, this,
                                         [this](int blockNumber) {
                                             if (m_trackingReplay && blockNumber >= 0)
                                                 m_replayedBlock = blockNumber;
                                             updateActions();
                                         })
                              << connect(body, &QTextDocument::contentsChange, this,
                                         &BodyEditor::onContentsChange);
    }
    applyReadOnly();
    onCursorPositionChanged();
    m_gutter->update();
}

void BodyEditor::setReadOnly(bool readOnly)
{
    m_locked = readOnly;
    applyReadOnly();
}

void BodyEditor::applyReadOnly()
{
    m_applyingReadOnly = true;
    QPlainTextEdit::setReadOnly(!m_document || m_locked);
    m_applyingReadOnly = false;
}

void BodyEditor::setStore(ArticleStore *store)
{
    m_store = store;
}

void BodyEditor::setSpelling(ArticleSpelling *spelling)
{
    m_spelling = spelling;
    m_spellingHighlighter->setSpeller(spelling ? spelling->speller() : nullptr);
}

int BodyEditor::currentParagraph() const
{
    return textCursor().blockNumber();
}

AttachSourceDialog *BodyEditor::openAttachSourceDialog(int blockNumber, int attributionIndex)
{
    if (!m_document || isReadOnly())
        return nullptr;
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    if (!block.isValid() || isBlank(block))
        return nullptr;
    auto *dialog = new AttachSourceDialog(m_document, m_store, blockNumber, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (attributionIndex >= 0)
        dialog->selectAttribution(attributionIndex);
    connect(dialog, &AttachSourceDialog::registryChanged, this, &BodyEditor::registryChanged);
    dialog->open();
    return dialog;
}

QRectF BodyEditor::paragraphGeometry(const QTextBlock &block) const
{
    return blockBoundingGeometry(block).translated(contentOffset());
}

// --- gutter, as in Qt's codeeditor example ----------------------------------------------------

void BodyEditor::updateGutterWidth()
{
    setViewportMargins(m_gutter->preferredWidth(), 0, 0, 0);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(
        QRect(contents.left(), contents.top(), m_gutter->preferredWidth(), contents.height()));
}

void BodyEditor::updateGutterArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void BodyEditor::updateGutterFont()
{
    // Chips use the interface font, small enough that one chip fits beside each text line.
    QFont font = QApplication::font(m_gutter);
    const int lineSpacing = fontMetrics().lineSpacing();
    qreal size = std::min(QFontInfo(font).pointSizeF(), QFontInfo(this->font()).pointSizeF());
    font.setPointSizeF(size);
    while (QFontMetrics(font).height() + 3 > lineSpacing && size > 6.0) {
        size -= 0.5;
        font.setPointSizeF(size);
    }
    m_gutter->setFont(font);
}

void BodyEditor::paintEvent(QPaintEvent *event)
{
    // A paragraph's layout drops its shaped glyphs after every draw unless it caches them, so
    // each repaint (every keystroke, every cursor blink) shaped each visible line again, a third
    // of painting the body. The visible paragraphs keep theirs; an edit re-lays out its own.
    const qreal bottom = event->rect().bottom();
    const QPointF offset = contentOffset();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        if (blockBoundingGeometry(block).translated(offset).top() > bottom)
            break;
        if (!block.layout()->cacheEnabled())
            block.layout()->setCacheEnabled(true);
    }
    QPlainTextEdit::paintEvent(event);
}

void BodyEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterWidth();
}

void BodyEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
        updateGutterFont();
        updateGutterWidth();
        break;
    case QEvent::ReadOnlyChange:
        // A caller's setReadOnly() locks the editor for whichever article it shows next.
        if (!m_applyingReadOnly)
            m_locked = isReadOnly();
        updateActions();
        break;
    default:
        break;
    }
}

// --- editing ----------------------------------------------------------------------------------

void BodyEditor::onCursorPositionChanged()
{
    const int paragraph = currentParagraph();
    if (paragraph != m_currentParagraph) {
        m_currentParagraph = paragraph;
        m_gutter->update();
    }
    updateActions();
}

void BodyEditor::updateActions()
{
    const bool editable = m_document && !isReadOnly();
    const QTextBlock block = textCursor().block();
    m_attachSourceAction->setEnabled(editable && !isBlank(block));
    m_moveUpAction->setEnabled(editable && block.previous().isValid());
    m_moveDownAction->setEnabled(editable && block.next().isValid());
}

void BodyEditor::moveParagraph(int direction)
{
    if (!m_document || isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    const int number = cursor.blockNumber();
    const int offset = cursor.positionInBlock();
    if (!m_document->moveParagraph(number, direction))
        return;
    // Keep the cursor where it was in the paragraph it moved with.
    const QTextBlock moved = document()->findBlockByNumber(number + direction);
    cursor.setPosition(moved.position() + std::min(offset, moved.length() - 1));
    setTextCursor(cursor);
    ensureCursorVisible();
}

void BodyEditor::undo()
{
    replayStep(true);
}

void BodyEditor::redo()
{
    replayStep(false);
}

void BodyEditor::replayStep(bool undo)
{
    if (!m_document || isReadOnly())
        return;
    QUndoStack *stack = m_document->undoStack();
    if (undo ? !stack->canUndo() : !stack->canRedo())
        return;
    m_trackingReplay = true;
    m_replayedPosition = -1;
    m_replayedBlock = -1;
    if (undo)
        stack->undo();
    else
        stack->redo();
    m_trackingReplay = false;

    // Show what the step changed: the end of the text it touched, or the paragraph whose sources
    // it changed (a field step changes neither).
    QTextCursor cursor = textCursor();
    if (m_replayedPosition >= 0) {
        cursor.setPosition(std::clamp(m_replayedPosition, 0, document()->characterCount() - 1));
    } else if (m_replayedBlock >= 0 && m_replayedBlock != cursor.blockNumber()) {
        const QTextBlock block = document()->findBlockByNumber(m_replayedBlock);
        if (!block.isValid())
            return;
        cursor.setPosition(block.position());
    } else {
        return;
    }
    setTextCursor(cursor);
    ensureCursorVisible();
}

void BodyEditor::onContentsChange(int position, int removed, int added)
{
    Q_UNUSED(removed)
    if (m_trackingReplay)
        m_replayedPosition = position + added;
}

bool BodyEditor::event(QEvent *event)
{
    // Claim Undo/Redo before any window shortcut, so they go through keyPressEvent below.
    if (event->type() == QEvent::ShortcutOverride && m_document && !isReadOnly()) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void BodyEditor::keyPressEvent(QKeyEvent *event)
{
    // QPlainTextEdit would undo the QTextDocument directly, bypassing the article's stack and
    // leaving the paragraphs' attributions behind.
    if (m_document && !isReadOnly()) {
        if (event->matches(QKeySequence::Undo)) {
            undo();
            event->accept();
            return;
        }
        if (event->matches(QKeySequence::Redo)) {
            redo();
            event->accept();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

QMenu *BodyEditor::createContextMenu(const QPoint &position)
{
    QMenu *menu = createStandardContextMenu(position);
    addSpellingActions(menu, position);
    if (m_document) {
        const QUndoStack *stack = m_document->undoStack();
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            const bool isUndo = action->objectName() == u"edit-undo";
            const bool isRedo = action->objectName() == u"edit-redo";
            if (!isUndo && !isRedo)
                continue;
            disconnect(action, &QAction::triggered, nullptr, nullptr);
            action->setEnabled(!isReadOnly() && (isUndo ? stack->canUndo() : stack->canRedo()));
            connect(action, &QAction::triggered, this,
                    isUndo ? &BodyEditor::undo : &BodyEditor::redo);
        }
    }
    menu->addSeparator();
    menu->addAction(m_attachSourceAction);
    menu->addSeparator();
    menu->addAction(m_moveUpAction);
    menu->addAction(m_moveDownAction);
    return menu;
}

void BodyEditor::addSpellingActions(QMenu *menu, const QPoint &position)
{
    if (!m_document || !m_spelling || !m_spelling->hasDictionary())
        return;
    const QTextCursor cursor = cursorForPosition(position);
    const QTextBlock block = cursor.block();
    const int offset = cursor.positionInBlock();
    const QList<Misspelling> found = m_spelling->speller()->misspellings(block.text());
    const auto at = std::find_if(found.cbegin(), found.cend(), [offset](const Misspelling &m) {
        return offset >= m.start && offset <= m.start + m.length;
    });
    if (at == found.cend())
        return;
    const ArticleMisspellings::Error error{ArticleMisspellings::Part::Body, block.blockNumber(),
                                           *at};
    SpellingMenu::insertActions(
        menu, m_spelling, *at, !isReadOnly(),
        [this, error](const QString &replacement) {
            if (m_document && m_spelling && !isReadOnly())
                ArticleMisspellings(m_document, m_spelling->speller()).replace(error, replacement);
        },
        this);
}

void BodyEditor::contextMenuEvent(QContextMenuEvent *event)
{
    const std::unique_ptr<QMenu> menu(createContextMenu(event->pos()));
    menu->exec(event->globalPos());
}

void BodyEditor::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!m_document || isReadOnly() || !mime->hasText() || mime->text().isEmpty()) {
        QPlainTextEdit::dropEvent(event);
        return;
    }
    // QPlainTextEdit would remove a moved selection and insert the text inside one edit block of
    // the QTextDocument, behind the article's back; do both as steps of one undoable macro.
    QDragLeaveEvent leave; // ends the drop caret and auto-scrolling as the base drop would
    QPlainTextEdit::dragLeaveEvent(&leave);
    QTextCursor target = cursorForPosition(event->position().toPoint());
    QTextCursor moved = textCursor();
    const bool move = event->source() == viewport() && event->dropAction() == Qt::MoveAction &&
                      moved.hasSelection();
    if (move && target.position() >= moved.selectionStart() &&
        target.position() <= moved.selectionEnd()) {
        event->ignore(); // dropped onto itself
        return;
    }
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(move ? tr("Move text") : tr("Drop text"));
    if (move) {
        int position = target.position();
        if (position > moved.selectionStart())
            position -= moved.selectionEnd() - moved.selectionStart();
        moved.removeSelectedText();
        target.setPosition(position);
    }
    m_document->insertText(target, mime->text());
    stack->endMacro();
    setTextCursor(target);
    ensureCursorVisible();
    event->acceptProposedAction();
}

void BodyEditor::insertFromMimeData(const QMimeData *source)
{
    if (!m_document || isReadOnly() || !source->hasText()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    const QString text = source->text();
    if (text.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    m_document->insertText(cursor, text);
    setTextCursor(cursor);
    ensureCursorVisible();
}

QMimeData *BodyEditor::createMimeDataFromSelection() const
{
    const QTextCursor cursor = textCursor();
    if (!m_document || !cursor.hasSelection())
        return QPlainTextEdit::createMimeDataFromSelection();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    QStringList parts;
    for (QTextBlock block = document()->findBlock(start);
         block.isValid() && block.position() <= end; block = block.next()) {
        const int textLength = block.length() - 1;
        const int from = std::max(start - block.position(), 0);
        const int to = std::min(end - block.position(), textLength);
        const QString piece = block.text().mid(from, std::max(0, to - from));
        const auto *data = static_cast<const ParagraphData *>(block.userData());
        // Only a whole paragraph carries its sources; a phrase from one does not.
        if (from == 0 && to == textLength && data && !data->meta().attributions.isEmpty() &&
            !piece.trimmed().isEmpty())
            parts.append(withAttributionMarker(piece, data->meta().attributions));
        else
            parts.append(piece);
    }
    auto *mime = new QMimeData;
    // Paragraphs separated by blank lines, as in the plain-text article format.
    mime->setText(parts.join(QStringLiteral("\n\n")));
    return mime;
}
