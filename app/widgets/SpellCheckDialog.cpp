#include "SpellCheckDialog.h"
#include "ui_SpellCheckDialog.h"

#include "ArticleSpelling.h"
#include "SpellingMenu.h"
#include "SpellingStyle.h"
#include "spelling/Speller.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTextCursor>

SpellCheckDialog::SpellCheckDialog(ArticleSpelling *spelling, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SpellCheckDialog>())
    , m_spelling(spelling)
    , m_misspellings(spelling->document(), spelling->speller())
{
    m_ui->setupUi(this);
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &SpellCheckDialog::replace);
    connect(m_ui->replaceAllButton, &QPushButton::clicked, this, &SpellCheckDialog::replaceAll);
    connect(m_ui->skipButton, &QPushButton::clicked, this, &SpellCheckDialog::skip);
    connect(m_ui->ignoreButton, &QPushButton::clicked, this, &SpellCheckDialog::ignore);
    connect(m_ui->addNewsroomButton, &QPushButton::clicked, this, &SpellCheckDialog::addToNewsroom);
    connect(m_ui->addPersonalButton, &QPushButton::clicked, this, &SpellCheckDialog::addToPersonal);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->suggestionList, &QListWidget::currentTextChanged, this,
            [this](const QString &text) {
                if (!text.isEmpty())
                    m_ui->replacementEdit->setText(text);
            });
    connect(m_ui->suggestionList, &QListWidget::itemActivated, this, &SpellCheckDialog::replace);
    connect(m_ui->replacementEdit, &QLineEdit::textChanged, this, &SpellCheckDialog::updateButtons);
}

SpellCheckDialog::~SpellCheckDialog() = default;

void SpellCheckDialog::start()
{
    m_found = 0;
    if (!m_spelling->document()) {
        showFinished();
        m_ui->statusLabel->setText(tr("No article is open."));
        return;
    }
    if (!m_spelling->hasDictionary()) {
        showFinished();
        m_ui->statusLabel->setText(m_spelling->dictionaryProblem());
        return;
    }
    findFrom(ArticleMisspellings::Position());
}

QString SpellCheckDialog::replacement() const
{
    return m_ui->replacementEdit->text();
}

void SpellCheckDialog::setReplacement(const QString &text)
{
    m_ui->replacementEdit->setText(text);
}

void SpellCheckDialog::findFrom(const ArticleMisspellings::Position &position)
{
    m_current = m_misspellings.next(position);
    if (m_current) {
        ++m_found;
        showCurrent();
        emit errorShown(*m_current);
    } else {
        showFinished();
    }
}

void SpellCheckDialog::showCurrent()
{
    const ArticleMisspellings::Error &error = *m_current;
    const QString text = m_misspellings.text(error.part, error.index);
    m_ui->locationLabel->setText(tr("Not in the dictionary, in %1:")
                                     .arg(ArticleMisspellings::describe(error.part, error.index)));

    // The whole field or paragraph, with the word marked as in the editor and in bold.
    // Through the document: QTextEdit::setPlainText would carry the bold of the last word on.
    m_ui->contextView->document()->setPlainText(text);
    QTextCursor cursor(m_ui->contextView->document());
    cursor.setPosition(int(error.misspelling.start));
    cursor.setPosition(int(error.misspelling.start + error.misspelling.length),
                       QTextCursor::KeepAnchor);
    QTextCharFormat format = SpellingStyle::underlineFormat(palette());
    format.setFontWeight(QFont::Bold);
    cursor.mergeCharFormat(format);
    cursor.clearSelection();
    m_ui->contextView->setTextCursor(cursor);
    m_ui->contextView->ensureCursorVisible();

    const QStringList suggestions =
        m_spelling->speller()->suggestions(error.target(), SpellingMenu::MaxSuggestions);
    m_ui->suggestionList->clear();
    m_ui->suggestionList->addItems(suggestions);
    if (!suggestions.isEmpty()) {
        m_ui->suggestionList->setCurrentRow(0);
    } else {
        m_ui->replacementEdit->setText(error.target());
        m_ui->replacementEdit->selectAll();
    }
    m_ui->statusLabel->setText(suggestions.isEmpty() ? tr("No suggestions: type the correction.")
                                                     : QString());
    updateButtons();
    m_ui->replaceButton->setDefault(true);
}

void SpellCheckDialog::showFinished()
{
    m_current.reset();
    m_ui->locationLabel->clear();
    m_ui->contextView->clear();
    m_ui->suggestionList->clear();
    m_ui->replacementEdit->clear();
    m_ui->statusLabel->setText(m_found == 0
                                   ? tr("No spelling errors in this article.")
                                   : tr("The spelling check is complete: no more errors."));
    updateButtons();
    m_ui->closeButton->setDefault(true);
    m_ui->closeButton->setFocus();
}

void SpellCheckDialog::updateButtons()
{
    const bool open = m_current.has_value();
    const bool canReplace = open && !m_ui->replacementEdit->text().isEmpty() &&
                            m_ui->replacementEdit->text() != m_current->target();
    m_ui->replaceButton->setEnabled(canReplace);
    m_ui->replaceAllButton->setEnabled(canReplace);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->skipButton), static_cast<QWidget *>(m_ui->ignoreButton),
          static_cast<QWidget *>(m_ui->addNewsroomButton),
          static_cast<QWidget *>(m_ui->addPersonalButton),
          static_cast<QWidget *>(m_ui->replacementEdit),
          static_cast<QWidget *>(m_ui->suggestionList)})
        widget->setEnabled(open);
}

void SpellCheckDialog::replace()
{
    if (!m_current || !m_ui->replaceButton->isEnabled())
        return;
    const ArticleMisspellings::Error error = *m_current;
    const QString text = replacement();
    if (!m_misspellings.replace(error, text)) {
        // The text changed under the dialog: look again from the same place.
        findFrom(error.position());
        return;
    }
    findFrom({error.part, error.index, error.targetStart() + int(text.size())});
}

void SpellCheckDialog::replaceAll()
{
    if (!m_current || !m_ui->replaceAllButton->isEnabled())
        return;
    const ArticleMisspellings::Error error = *m_current;
    const QString text = replacement();
    const int count = m_misspellings.replaceAll(error.target(), text);
    findFrom({error.part, error.index, error.targetStart() + int(text.size())});
    if (m_current)
        m_ui->statusLabel->setText(tr("Replaced %n time(s).", nullptr, count));
}

void SpellCheckDialog::skip()
{
    if (!m_current)
        return;
    const ArticleMisspellings::Error error = *m_current;
    findFrom({error.part, error.index, int(error.misspelling.start + error.misspelling.length)});
}

void SpellCheckDialog::accepted(bool stored, const QString &title)
{
    if (!stored) {
        QMessageBox::warning(this, title, m_spelling->lastError());
        return;
    }
    // The word is accepted now, so looking again from it goes on to the next error.
    findFrom(m_current->position());
}

void SpellCheckDialog::ignore()
{
    if (m_current)
        accepted(
            m_spelling->ignoreWord(ArticleSpelling::dictionaryWord(m_current->misspelling.word)),
            tr("Ignore Word"));
}

void SpellCheckDialog::addToNewsroom()
{
    if (m_current)
        accepted(m_spelling->addNewsroomWord(
                     ArticleSpelling::dictionaryWord(m_current->misspelling.word)),
                 tr("Add to Newsroom Dictionary"));
}

void SpellCheckDialog::addToPersonal()
{
    if (m_current)
        accepted(m_spelling->addPersonalWord(
                     ArticleSpelling::dictionaryWord(m_current->misspelling.word)),
                 tr("Add to Personal Dictionary"));
}

void SpellCheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}
