#pragma once

#include "widgets/ArticleSpelling.h"
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class DictionariesPage;
}

// The Dictionaries page of Preferences: the installed languages (the article's language picks
// one), the newsroom dictionary of the open database (who added each word and when; add,
// remove) and the personal dictionary (remove). Word-list changes take effect at once, through
// ArticleSpelling, so the open article is re-marked while the dialog is still open.
class DictionariesPage : public QWidget
{
    Q_OBJECT

public:
    explicit DictionariesPage(QWidget *parent = nullptr);
    ~DictionariesPage() override;

    // Not owned; nullptr shows the installed languages only. Reads the newsroom dictionary
    // again from the database, for words other desks added.
    void setSpelling(ArticleSpelling *spelling);

    // Adds the text of the word field to the newsroom dictionary; false (with a message) when it
    // cannot be added.
    bool addNewsroomWord();
    // Removes the selected words of each list.
    void removeSelectedNewsroomWords();
    void removeSelectedPersonalWords();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showInstalled();
    void showNewsroomWords();
    void showPersonalWords();
    void updateButtons();
    void report(const QString &title, const QString &message);

    std::unique_ptr<Ui::DictionariesPage> m_ui;
    QPointer<ArticleSpelling> m_spelling;
};
