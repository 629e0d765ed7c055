#pragma once

#include "spelling/Misspelling.h"
#include "widgets/ArticleSpelling.h"

#include <QObject>
#include <QPointer>
#include <QTextCharFormat>
#include <QTextLayout>

#include <functional>
#include <optional>

class QLineEdit;
class QMenu;

// Underlines the misspelled words of a QLineEdit (the headline, the byline, a meta-title
// variant's editor) and puts the spelling actions into its context menu.
//
// QLineEdit has no highlighter. Its text layout takes formats from input-method events: a
// QInputMethodEvent with TextFormat attributes (positions relative to the cursor) and no
// preedit or commit text sets them without touching the text, the cursor, the selection or the
// undo history. The underlines are sent that way after every change; while an input method is
// composing, its own preedit formats are left alone. A read-only field (a locked article) is
// underlined too; its menu's suggestions are disabled.
//
// A line is short, so it is checked at once after each change; the word being typed is not
// underlined until the cursor leaves it.
class LineEditSpelling : public QObject
{
    Q_OBJECT

public:
    // Replaces the misspelled word (or the hyphenated word it is part of) as one undo step.
    using Replace = std::function<void(const Misspelling &misspelling, const QString &replacement)>;

    // Watches `edit` and is deleted with it.
    explicit LineEditSpelling(QLineEdit *edit);
    ~LineEditSpelling() override;

    QLineEdit *lineEdit() const { return m_edit; }

    // The checker and its actions (not owned; nullptr: no underlines, no spelling menu).
    void setSpelling(ArticleSpelling *spelling);
    // How a suggestion is applied; without one the suggestions are disabled.
    void setReplace(Replace replace) { m_replace = std::move(replace); }

    QList<Misspelling> misspellings() const { return m_misspellings; }
    // The underlined words (all misspellings but the one being typed).
    QList<Misspelling> underlined() const;
    // The misspelling at a cursor position (its start up to and including its end), if any.
    std::optional<Misspelling> misspellingAt(int position) const;
    // Builds the field's context menu for a cursor position: the standard one, with the
    // spelling actions on top when a misspelled word is there. The caller owns it.
    QMenu *createContextMenu(int position);

    // Checks the text again (after a layer change) and re-applies the underlines.
    void refresh();

signals:
    void underlinesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited();
    void onTextChanged(const QString &text);
    void onCursorPositionChanged(int oldPosition, int newPosition);
    void apply(bool force = false);
    bool isSuppressed(const Misspelling &misspelling) const;

    QLineEdit *m_edit;
    QPointer<ArticleSpelling> m_spelling;
    QList<QMetaObject::Connection> m_spellerConnections;
    Replace m_replace;
    QList<Misspelling> m_misspellings;
    QList<QTextLayout::FormatRange> m_applied;
    QTextCharFormat m_format;
    QString m_typedText;       // the text as the user last typed it
    int m_typingPosition = -1; // where; -1 when not typing
    bool m_composing = false;  // an input method's preedit is showing
    bool m_sending = false;    // our own input-method event is being delivered
};
