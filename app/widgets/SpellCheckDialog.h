#pragma once

#include "ArticleMisspellings.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SpellCheckDialog;
}
class ArticleSpelling;

// "Check Spelling…" (F7): walks the open article's misspelled words in reading order (headline,
// summary, byline, meta-title variants, body), showing each in its text with suggestions.
// Replace and Replace All are undoable steps of the article; Ignore Once goes on, Ignore in
// Article and the Add buttons accept the word (through ArticleSpelling) and go on. When no
// error is left it says so.
class SpellCheckDialog : public QDialog
{
    Q_OBJECT

public:
    // `spelling` (not owned) has the open article; it must outlive the dialog.
    explicit SpellCheckDialog(ArticleSpelling *spelling, QWidget *parent = nullptr);
    ~SpellCheckDialog() override;

    // Shows the article's first error (connect to errorShown() first).
    void start();

    std::optional<ArticleMisspellings::Error> currentError() const { return m_current; }
    bool isFinished() const { return !m_current.has_value(); }
    QString replacement() const;
    void setReplacement(const QString &text);

    void replace();
    void replaceAll();
    void skip();
    void ignore();
    void addToNewsroom();
    void addToPersonal();

signals:
    // An error is shown: the editor selects it in its field.
    void errorShown(const ArticleMisspellings::Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void findFrom(const ArticleMisspellings::Position &position);
    void showCurrent();
    void showFinished();
    void accepted(bool stored, const QString &title);
    void updateButtons();

    std::unique_ptr<Ui::SpellCheckDialog> m_ui;
    ArticleSpelling *m_spelling;
    ArticleMisspellings m_misspellings;
    std::optional<ArticleMisspellings::Error> m_current;
    int m_found = 0; // errors shown so far
};
