#include "LineEditSpelling.h"

#include "ArticleSpelling.h"
#include "SpellingMenu.h"
#include "SpellingStyle.h"
#include "TypedWord.h"
#include "spelling/Speller.h"

#include <QContextMenuEvent>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>

LineEditSpelling::LineEditSpelling(QLineEdit *edit)
    : QObject(edit)
    , m_edit(edit)
    , m_format(SpellingStyle::underlineFormat(edit->palette()))
{
    connect(edit, &QLineEdit::textEdited, this, &LineEditSpelling::onTextEdited);
    connect(edit, &QLineEdit::textChanged, this, &LineEditSpelling::onTextChanged);
    connect(edit, &QLineEdit::cursorPositionChanged, this,
            &LineEditSpelling::onCursorPositionChanged);
    edit->installEventFilter(this);
}

LineEditSpelling::~LineEditSpelling() = default;

void LineEditSpelling::setSpelling(ArticleSpelling *spelling)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_spellerConnections))
        disconnect(connection);
    m_spellerConnections.clear();
    m_spelling = spelling;
    if (spelling) {
        Speller *speller = spelling->speller();
        m_spellerConnections << connect(speller, &Speller::wordsChanged, this,
                                        &LineEditSpelling::refresh)
                             << connect(speller, &Speller::allWordsChanged, this,
                                        &LineEditSpelling::refresh);
    }
    refresh();
}

void LineEditSpelling::refresh()
{
    const QList<Misspelling> found =
        m_spelling ? m_spelling->speller()->misspellings(m_edit->text()) : QList<Misspelling>();
    const bool changed = found != m_misspellings;
    m_misspellings = found;
    apply();
    if (changed)
        emit underlinesChanged();
}

void LineEditSpelling::onTextEdited()
{
    // textEdited comes before textChanged, which checks the new text.
    m_typedText = m_edit->text();
    m_typingPosition = m_edit->cursorPosition();
}

void LineEditSpelling::onTextChanged(const QString &text)
{
    if (text != m_typedText)
        m_typingPosition = -1; // set by the program (undo, another article), not typed
    refresh();
}

void LineEditSpelling::onCursorPositionChanged(int oldPosition, int newPosition)
{
    Q_UNUSED(oldPosition)
    if (m_typingPosition < 0)
        return;
    if (m_edit->text() == m_typedText &&
        TypedWord::around(m_typedText, m_typingPosition).contains(newPosition))
        return;
    m_typingPosition = -1; // the cursor left the word: underline it if it is misspelled
    apply();
    emit underlinesChanged();
}

bool LineEditSpelling::isSuppressed(const Misspelling &misspelling) const
{
    if (m_typingPosition < 0 || m_edit->text() != m_typedText)
        return false;
    return TypedWord::around(m_typedText, m_typingPosition)
        .overlaps(int(misspelling.start), int(misspelling.start + misspelling.length));
}

QList<Misspelling> LineEditSpelling::underlined() const
{
    QList<Misspelling> shown;
    for (const Misspelling &misspelling : m_misspellings) {
        if (!isSuppressed(misspelling))
            shown.append(misspelling);
    }
    return shown;
}

std::optional<Misspelling> LineEditSpelling::misspellingAt(int position) const
{
    for (const Misspelling &misspelling : m_misspellings) {
        if (position >= misspelling.start && position <= misspelling.start + misspelling.length)
            return misspelling;
    }
    return std::nullopt;
}

void LineEditSpelling::apply(bool force)
{
    if (m_composing)
        return;
    QList<QTextLayout::FormatRange> formats;
    const QList<Misspelling> shown = underlined();
    formats.reserve(shown.size());
    for (const Misspelling &misspelling : shown)
        formats.append({int(misspelling.start), int(misspelling.length), m_format});
    if (!force && formats == m_applied)
        return;
    // The event's positions are relative to the cursor; it neither moves the cursor nor
    // changes the text or the selection.
    const int cursor = m_edit->cursorPosition();
    QList<QInputMethodEvent::Attribute> attributes;
    attributes.reserve(formats.size());
    for (const QTextLayout::FormatRange &range : std::as_const(formats)) {
        attributes.append(QInputMethodEvent::Attribute(
            QInputMethodEvent::TextFormat, range.start - cursor, range.length, range.format));
    }
    QInputMethodEvent event(QString(), attributes);
    m_sending = true;
    QCoreApplication::sendEvent(m_edit, &event);
    m_sending = false;
    // Qt 6's QLineEdit takes the formats when it is read-only too (a locked article), so what
    // was sent is what it shows. (Remembering "nothing" for a read-only field left its last
    // underline in place when its word was corrected or accepted.)
    m_applied = formats;
}

QMenu *LineEditSpelling::createContextMenu(int position)
{
    QMenu *menu = m_edit->createStandardContextMenu();
    const std::optional<Misspelling> misspelling = misspellingAt(position);
    if (m_spelling && misspelling) {
        const Misspelling found = *misspelling;
        const bool editable = !m_edit->isReadOnly() && bool(m_replace);
        SpellingMenu::insertActions(
            menu, m_spelling, found, editable,
            [this, found](const QString &replacement) {
                if (m_replace)
                    m_replace(found, replacement);
            },
            m_edit);
    }
    return menu;
}

bool LineEditSpelling::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::InputMethod:
        if (!m_sending) {
            // A real input method: leave its preedit formats alone until it commits.
            const auto *input = static_cast<QInputMethodEvent *>(event);
            m_composing = !input->preeditString().isEmpty();
            if (!m_composing)
                m_applied.clear(); // its event replaced ours
        }
        break;
    case QEvent::PaletteChange:
        m_format = SpellingStyle::underlineFormat(m_edit->palette());
        apply(true);
        break;
    case QEvent::ContextMenu: {
        if (!m_spelling)
            break;
        auto *contextEvent = static_cast<QContextMenuEvent *>(event);
        const std::unique_ptr<QMenu> menu(
            createContextMenu(m_edit->cursorPositionAt(contextEvent->pos())));
        menu->exec(contextEvent->globalPos());
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
