#include "SpellingHighlighter.h"

#include "SpellingStyle.h"
#include "TypedWord.h"
#include "spelling/Speller.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QFontMetricsF>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

namespace {

// A word from a changed layer as it is searched for in paragraphs: the part before an
// apostrophe, since the text may spell "CSTO’s" with a curly one and the list "CSTO's" with a
// straight one. A paragraph that only contains the stem is re-checked too; that costs little.
QString searchedForm(const QString &word)
{
    const auto apostrophe = std::find_if(word.cbegin(), word.cend(),
                                         [](QChar c) { return c == u'\'' || c == QChar(0x2019); });
    return apostrophe != word.cbegin() ? QString(word.cbegin(), apostrophe - word.cbegin()) : word;
}

} // namespace

SpellingHighlighter::SpellingHighlighter(QPlainTextEdit *editor, BlockData blockData,
                                         QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_blockData(blockData)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &SpellingHighlighter::tick);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this,
            &SpellingHighlighter::onCursorPositionChanged);
    // Scrolling to paragraphs not yet checked puts them first.
    connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_timer.isActive())
            m_visiblePending = true;
    });
    editor->installEventFilter(this);
    refreshFormat();
}

SpellingHighlighter::~SpellingHighlighter() = default;

void SpellingHighlighter::refreshFormat()
{
    m_format = SpellingStyle::underlineFormat(m_editor->palette());
}

bool SpellingHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::PaletteChange && m_document) {
        refreshFormat();
        for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
            const ParagraphSpelling *spelling = spellingOf(block);
            if (spelling && !spelling->misspelled.isEmpty())
                applyFormats(block);
        }
    } else if (watched == m_editor && event->type() == QEvent::Resize && m_timer.isActive()) {
        m_visiblePending = true;
    }
    return QObject::eventFilter(watched, event);
}

void SpellingHighlighter::setSpeller(Speller *speller)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_spellerConnections))
        disconnect(connection);
    m_spellerConnections.clear();
    m_speller = speller;
    if (speller) {
        m_spellerConnections << connect(speller, &Speller::wordsChanged, this,
                                        &SpellingHighlighter::markDirtyContaining)
                             << connect(speller, &Speller::allWordsChanged, this,
                                        &SpellingHighlighter::markAllDirty);
    }
    markAllDirty();
}

void SpellingHighlighter::setDocument(QTextDocument *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_documentConnections))
        disconnect(connection);
    m_documentConnections.clear();
    m_document = document;
    m_typing = QTextCursor();
    if (document) {
        m_documentConnections << connect(document, &QTextDocument::contentsChange, this,
                                         &SpellingHighlighter::onContentsChange);
    }
    markAllDirty();
    if (document && m_editor->document() == document && m_editor->isVisible())
        checkFirstScreen();
}

void SpellingHighlighter::checkFirstScreen()
{
    // Which paragraphs the first paint shows, estimated from their lengths: laying them out
    // to know would be wasted, since setting their formats lays them out again.
    QElapsedTimer clock;
    clock.start();
    const QFontMetricsF metrics(m_document->defaultFont());
    const qreal width = std::max(1, m_editor->viewport()->width());
    const qreal height = m_editor->viewport()->height();
    // Half the average width: better a few paragraphs too many than one visible one unchecked.
    const qreal characterWidth = std::max(1.0, metrics.averageCharWidth() / 2);
    qreal shown = 0;
    bool changed = false;
    for (QTextBlock block = m_editor->cursorForPosition(QPoint(0, 0)).block();
         block.isValid() && shown < height && clock.elapsed() < FirstScreenBudgetMs;
         block = block.next()) {
        const ParagraphSpelling *spelling = spellingOf(block);
        if (spelling && spelling->dirty)
            changed = checkBlock(block) || changed;
        const qreal lines = std::max(1.0, std::ceil(block.length() * characterWidth / width));
        shown += lines * metrics.lineSpacing();
    }
    if (changed)
        emit underlinesChanged();
}

ParagraphSpelling *SpellingHighlighter::spellingOf(const QTextBlock &block) const
{
    QTextBlockUserData *data = block.userData();
    if (!data && m_blockData == BlockData::Created) {
        data = new SpellingBlockData;
        QTextBlock(block).setUserData(data);
    }
    // Every user data of the documents this class is given is a SpellingBlockData (see BlockData).
    return data ? &static_cast<SpellingBlockData *>(data)->spelling() : nullptr;
}

void SpellingHighlighter::markAllDirty()
{
    if (!m_document)
        return;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (ParagraphSpelling *spelling = spellingOf(block))
            spelling->dirty = true;
    }
    m_visiblePending = true;
    schedule();
}

void SpellingHighlighter::markDirtyContaining(const QStringList &words)
{
    if (!m_document || words.isEmpty())
        return;
    QStringList forms;
    forms.reserve(words.size());
    for (const QString &word : words)
        forms.append(searchedForm(word));
    bool any = false;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        ParagraphSpelling *spelling = spellingOf(block);
        if (!spelling || spelling->dirty)
            continue;
        const QString text = block.text();
        for (const QString &form : std::as_const(forms)) {
            if (text.contains(form, Qt::CaseInsensitive)) {
                spelling->dirty = true;
                any = true;
                break;
            }
        }
    }
    if (any) {
        m_visiblePending = true;
        schedule();
    }
}

void SpellingHighlighter::schedule()
{
    if (m_document && !m_timer.isActive())
        m_timer.start();
}

QTextBlock SpellingHighlighter::visibleTop() const
{
    return m_editor->cursorForPosition(QPoint(0, 0)).block();
}

QTextBlock SpellingHighlighter::visibleBottom() const
{
    return m_editor->cursorForPosition(QPoint(0, m_editor->viewport()->height() - 1)).block();
}

bool SpellingHighlighter::visibleParagraphsChecked() const
{
    if (!m_document || m_editor->document() != m_document)
        return true;
    const QTextBlock bottom = visibleBottom();
    for (QTextBlock block = visibleTop(); block.isValid(); block = block.next()) {
        const ParagraphSpelling *spelling = spellingOf(block);
        if (!spelling || spelling->dirty)
            return false;
        if (block == bottom)
            break;
    }
    return true;
}

void SpellingHighlighter::tick()
{
    if (!m_document) {
        m_timer.stop();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    bool changed = false;
    bool outOfTime = false;
    auto visit = [&](const QTextBlock &block) {
        ParagraphSpelling *spelling = spellingOf(block);
        if (!spelling || !spelling->dirty)
            return;
        changed = checkBlock(block) || changed;
        outOfTime = clock.elapsed() >= TickBudgetMs;
    };

    // The paragraphs on screen first (the editor shows another document while none is set).
    const bool showing = m_editor->document() == m_document;
    if (showing && m_visiblePending) {
        const QTextBlock bottom = visibleBottom();
        for (QTextBlock block = visibleTop(); block.isValid() && !outOfTime; block = block.next()) {
            visit(block);
            if (block == bottom)
                break;
        }
        if (!outOfTime) {
            m_visiblePending = false;
            emit visibleParagraphsCompleted();
        }
    }

    // Then outwards from the cursor, one paragraph below, one above.
    bool finished = false;
    if (!outOfTime) {
        const QTextBlock centre =
            showing ? m_editor->textCursor().block() : m_document->firstBlock();
        QTextBlock below = centre;
        QTextBlock above = centre.previous();
        while (!outOfTime && (below.isValid() || above.isValid())) {
            if (below.isValid()) {
                visit(below);
                below = below.next();
            }
            if (above.isValid() && !outOfTime) {
                visit(above);
                above = above.previous();
            }
        }
        finished = !outOfTime || (!below.isValid() && !above.isValid());
    }
    if (finished)
        m_timer.stop();
    if (changed)
        emit underlinesChanged();
    if (finished)
        emit checkingFinished();
}

void SpellingHighlighter::checkAll()
{
    if (!m_document)
        return;
    bool changed = false;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const ParagraphSpelling *spelling = spellingOf(block);
        if (spelling && spelling->dirty)
            changed = checkBlock(block) || changed;
    }
    m_timer.stop();
    m_visiblePending = false;
    if (changed)
        emit underlinesChanged();
}

bool SpellingHighlighter::checkBlock(const QTextBlock &block)
{
    ParagraphSpelling *spelling = spellingOf(block);
    const QString text = block.text();
    QList<ParagraphSpelling::Range> ranges;
    if (m_speller) {
        const QList<Misspelling> found = m_speller->misspellings(text);
        ranges.reserve(found.size());
        for (const Misspelling &misspelling : found)
            ranges.append({int(misspelling.start), int(misspelling.length)});
    }
    spelling->dirty = false;
    spelling->textLength = int(text.size());
    if (ranges == spelling->misspelled)
        return false;
    spelling->misspelled = ranges;
    applyFormats(block);
    return true;
}

bool SpellingHighlighter::isSuppressed(const QTextBlock &block,
                                       const ParagraphSpelling::Range &range) const
{
    if (m_typing.isNull() || m_typing.block() != block)
        return false;
    const TypedWord word = TypedWord::around(block.text(), m_typing.positionInBlock());
    return word.overlaps(range.start, range.end());
}

void SpellingHighlighter::applyFormats(const QTextBlock &block)
{
    const ParagraphSpelling *spelling = spellingOf(block);
    QList<QTextLayout::FormatRange> formats;
    if (spelling) {
        formats.reserve(spelling->misspelled.size());
        for (const ParagraphSpelling::Range &range : spelling->misspelled) {
            if (!isSuppressed(block, range))
                formats.append({range.start, range.length, m_format});
        }
    }
    QTextLayout *layout = block.layout();
    if (!layout || layout->formats() == formats)
        return;
    layout->setFormats(formats);
    // As QSyntaxHighlighter does: relayout this paragraph (outside an edit block, so without a
    // contentsChange signal; inside one, the pending change simply grows to cover it).
    m_document->markContentsDirty(block.position(), block.length());
}

int SpellingHighlighter::underlinedCount() const
{
    if (!m_document)
        return 0;
    int count = 0;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next())
        count += int(underlinedRanges(block).size());
    return count;
}

QList<ParagraphSpelling::Range> SpellingHighlighter::underlinedRanges(const QTextBlock &block) const
{
    QList<ParagraphSpelling::Range> ranges;
    const QTextBlockUserData *data = block.userData();
    if (!data)
        return ranges;
    const ParagraphSpelling &spelling = static_cast<const SpellingBlockData *>(data)->spelling();
    for (const ParagraphSpelling::Range &range : spelling.misspelled) {
        if (!isSuppressed(block, range))
            ranges.append(range);
    }
    return ranges;
}

void SpellingHighlighter::onContentsChange(int position, int removed, int added)
{
    // An edit that ends where the editor's cursor is was typed (or pasted) there.
    const QTextCursor cursor = m_editor->textCursor();
    if (m_editor->document() == m_document && cursor.position() == position + added) {
        m_typing = QTextCursor(m_document);
        m_typing.setPosition(cursor.position());
    }

    const QTextBlock first = m_document->findBlock(position);
    QTextBlock last = m_document->findBlock(position + added);
    if (!last.isValid())
        last = m_document->lastBlock();
    bool changed = false;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        if (ParagraphSpelling *spelling = spellingOf(block)) {
            const int newLength = block.length() - 1;
            const int editStart = position - block.position();
            QList<ParagraphSpelling::Range> kept;
            if (block == first && block == last &&
                newLength == spelling->textLength + added - removed) {
                // Inside this paragraph: words before the edit stay, words after it move.
                const int editEnd = editStart + removed;
                for (const ParagraphSpelling::Range &range : std::as_const(spelling->misspelled)) {
                    if (range.end() < editStart)
                        kept.append(range);
                    else if (range.start > editEnd)
                        kept.append({range.start + added - removed, range.length});
                }
            } else if (block == first) {
                // Paragraphs split, merged or replaced: only the words before the edit are sure.
                for (const ParagraphSpelling::Range &range : std::as_const(spelling->misspelled)) {
                    if (range.end() < editStart)
                        kept.append(range);
                }
            }
            changed = changed || kept.size() != spelling->misspelled.size();
            spelling->misspelled = kept;
            spelling->textLength = newLength;
            spelling->dirty = true;
            applyFormats(block);
        }
        if (block == last)
            break;
    }
    if (changed)
        emit underlinesChanged();
    schedule();
}

void SpellingHighlighter::onCursorPositionChanged()
{
    if (m_typing.isNull() || m_editor->document() != m_document)
        return;
    const QTextCursor cursor = m_editor->textCursor();
    const QTextBlock typed = m_typing.block();
    if (cursor.block() == typed && TypedWord::around(typed.text(), m_typing.positionInBlock())
                                       .contains(cursor.positionInBlock()))
        return;
    // The cursor left the word: underline it if it is misspelled.
    m_typing = QTextCursor();
    if (typed.isValid()) {
        applyFormats(typed);
        emit underlinesChanged();
    }
}
