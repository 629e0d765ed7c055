#pragma once

#include "spelling/Misspelling.h"

#include <QCoreApplication>

#include <functional>

class ArticleSpelling;
class QMenu;
class QWidget;

// The spelling part of a context menu on a misspelled word, the same in every field: up to
// MaxSuggestions suggestions (bold, at the top; choosing one calls `replace`, which the field
// makes one undo step), then Ignore in This Article, Add to Newsroom Dictionary and Add to
// Personal Dictionary, then a separator before the field's own actions.
class SpellingMenu
{
    Q_DECLARE_TR_FUNCTIONS(SpellingMenu)

public:
    static constexpr int MaxSuggestions = 8;

    // Object names of the actions, for tests and accessibility tools.
    static QString suggestionName() { return QStringLiteral("spellingSuggestionAction"); }
    static QString ignoreName() { return QStringLiteral("spellingIgnoreAction"); }
    static QString addNewsroomName() { return QStringLiteral("spellingAddNewsroomAction"); }
    static QString addPersonalName() { return QStringLiteral("spellingAddPersonalAction"); }

    // `replacement` for a suggestion; the suggestions are for the misspelled word or, for a part
    // of a hyphenated word, for the whole hyphenated word (which the replacement then replaces).
    using Replace = std::function<void(const QString &replacement)>;

    // Inserts the actions above the menu's existing ones. `editable` false (a read-only field)
    // disables the suggestions; the dictionary actions stay available. A failed dictionary
    // action is reported in a message box over `parent`.
    static void insertActions(QMenu *menu, ArticleSpelling *spelling,
                              const Misspelling &misspelling, bool editable, Replace replace,
                              QWidget *parent);
};
