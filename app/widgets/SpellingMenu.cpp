#include "SpellingMenu.h"

#include "ArticleSpelling.h"
#include "spelling/Speller.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

void SpellingMenu::insertActions(QMenu *menu, ArticleSpelling *spelling,
                                 const Misspelling &misspelling, bool editable, Replace replace,
                                 QWidget *parent)
{
    QAction *before = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    const QString target = misspelling.isPartOfCompound() ? misspelling.compound : misspelling.word;
    const QStringList suggestions = spelling->speller()->suggestions(target, MaxSuggestions);
    QList<QAction *> actions;
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("(No suggestions)"), menu);
        none->setEnabled(false);
        actions.append(none);
    }
    for (const QString &suggestion : suggestions) {
        QString label = suggestion;
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        auto *action = new QAction(label, menu);
        action->setObjectName(suggestionName());
        action->setData(suggestion);
        QFont font = action->font();
        font.setBold(true);
        action->setFont(font);
        action->setEnabled(editable);
        action->setStatusTip(tr("Replace “%1” with “%2”").arg(target, suggestion));
        QObject::connect(action, &QAction::triggered, menu,
                         [replace, suggestion] { replace(suggestion); });
        actions.append(action);
    }

    const QString word = ArticleSpelling::dictionaryWord(misspelling.word);
    const QString shown = QString(word).replace(QLatin1Char('&'), QStringLiteral("&&"));
    auto report = [parent](const QString &title, const QString &message) {
        QMessageBox::warning(parent, title, message);
    };
    auto *ignore = new QAction(tr("&Ignore “%1” in This Article").arg(shown), menu);
    ignore->setObjectName(ignoreName());
    ignore->setStatusTip(tr("Accept this word in this article only"));
    QObject::connect(ignore, &QAction::triggered, menu, [spelling, word, report] {
        if (!spelling->ignoreWord(word))
            report(tr("Ignore Word"), spelling->lastError());
    });
    auto *newsroom = new QAction(tr("Add “%1” to &Newsroom Dictionary").arg(shown), menu);
    newsroom->setObjectName(addNewsroomName());
    newsroom->setStatusTip(tr("Accept this word in every article, for every desk"));
    QObject::connect(newsroom, &QAction::triggered, menu, [spelling, word, report] {
        if (!spelling->addNewsroomWord(word))
            report(tr("Add to Newsroom Dictionary"), spelling->lastError());
    });
    auto *personal = new QAction(tr("Add “%1” to &Personal Dictionary").arg(shown), menu);
    personal->setObjectName(addPersonalName());
    personal->setStatusTip(tr("Accept this word in every article you edit"));
    QObject::connect(personal, &QAction::triggered, menu, [spelling, word, report] {
        if (!spelling->addPersonalWord(word))
            report(tr("Add to Personal Dictionary"), spelling->lastError());
    });

    menu->insertActions(before, actions);
    menu->insertSeparator(before);
    menu->insertActions(before, {ignore, newsroom, personal});
    if (before)
        menu->insertSeparator(before);
}
