#include "ArticleEditor.h"
#include "ui_ArticleEditor.h"

#include "spelling/Speller.h"
#include "widgets/ArticleSpelling.h"
#include "widgets/BodyEditor.h"
#include "widgets/LineEditSpelling.h"
#include "widgets/SpellCheckDialog.h"
#include "widgets/SpellingHighlighter.h"
#include "widgets/SpellingMenu.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QRegularExpression>
#include <QTextBlock>

namespace {

// Languages offered in the combo; any other BCP 47 tag can be typed.
const char *const commonLanguages[] = {"en-US", "en-GB", "de-DE", "fr-FR", "es-ES",
                                       "it-IT", "pt-BR", "ru-RU", "uk-UA", "pl-PL",
                                       "nl-NL", "sv-SE", "tr-TR", "ar",    "zh-Hans"};

bool isUndoOrRedo(const QKeyEvent *event)
{
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo);
}

} // namespace

ArticleEditor::ArticleEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ArticleEditor>())
{
    m_ui->setupUi(this);
    // The read-only banner stands out like a tooltip and may carry an action link.
    m_ui->lockLabel->setFrameShape(QFrame::StyledPanel);
    m_ui->lockLabel->setMargin(6);
    m_ui->lockLabel->setAutoFillBackground(true);
    m_ui->lockLabel->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->lockLabel->setForegroundRole(QPalette::ToolTipText);
    m_ui->lockLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_ui->lockLabel, &QLabel::linkActivated, this, &ArticleEditor::readOnlyLinkActivated);
    QFont headlineFont = m_ui->headlineEdit->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.5);
    headlineFont.setBold(true);
    m_ui->headlineEdit->setFont(headlineFont);
    QFont previewTitleFont = m_ui->summaryPreviewTitle->font();
    previewTitleFont.setBold(true);
    m_ui->summaryPreviewTitle->setFont(previewTitleFont);
    applyPreviewStyle();

    for (const char *tag : commonLanguages)
        m_ui->languageCombo->addItem(QLatin1String(tag));

    // The article's undo stack, not each field's own history, answers Ctrl+Z in the fields.
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->headlineEdit), static_cast<QWidget *>(m_ui->summaryEdit),
          static_cast<QWidget *>(m_ui->bylineEdit), static_cast<QWidget *>(m_ui->sectionEdit),
          static_cast<QWidget *>(m_ui->slugEdit), static_cast<QWidget *>(m_ui->languageCombo)}) {
        field->installEventFilter(this);
    }
    m_ui->summaryEdit->setUndoRedoEnabled(false);

    auto bindLine = [this](QLineEdit *edit, ArticleDocument::Field field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
            if (m_document)
                m_document->setField(field, text);
        });
    };
    bindLine(m_ui->headlineEdit, ArticleDocument::Field::Headline);
    bindLine(m_ui->bylineEdit, ArticleDocument::Field::Byline);
    bindLine(m_ui->sectionEdit, ArticleDocument::Field::Section);
    bindLine(m_ui->slugEdit, ArticleDocument::Field::Slug);
    connect(m_ui->summaryEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_document)
            m_document->setField(ArticleDocument::Field::Summary, m_ui->summaryEdit->toPlainText());
        updateSummaryInfo();
    });
    connect(m_ui->languageCombo, &QComboBox::currentTextChanged, this, [this](const QString &tag) {
        if (m_document && !tag.trimmed().isEmpty())
            m_document->setField(ArticleDocument::Field::Language, tag.trimmed());
    });

    setUpSpelling();
    setDocument(nullptr);
}

void ArticleEditor::setUpSpelling()
{
    m_summarySpelling =
        new SpellingHighlighter(m_ui->summaryEdit, SpellingHighlighter::BlockData::Created, this);
    m_summarySpelling->setDocument(m_ui->summaryEdit->document());
    m_headlineSpelling = new LineEditSpelling(m_ui->headlineEdit);
    m_bylineSpelling = new LineEditSpelling(m_ui->bylineEdit);
    const auto replaceIn = [this](ArticleMisspellings::Part part) {
        return [this, part](const Misspelling &misspelling, const QString &replacement) {
            if (m_document && m_spelling && !m_readOnly)
                ArticleMisspellings(m_document, m_spelling->speller())
                    .replace({part, 0, misspelling}, replacement);
        };
    };
    m_headlineSpelling->setReplace(replaceIn(ArticleMisspellings::Part::Headline));
    m_bylineSpelling->setReplace(replaceIn(ArticleMisspellings::Part::Byline));

    // QPlainTextEdit has no hook to extend its menu: build it here (viewport coordinates).
    m_ui->summaryEdit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->summaryEdit, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) {
                const std::unique_ptr<QMenu> menu(createSummaryContextMenu(position));
                menu->exec(m_ui->summaryEdit->viewport()->mapToGlobal(position));
            });

    m_checkSpellingAction = new QAction(tr("Check &Spelling…"), this);
    m_checkSpellingAction->setObjectName(QStringLiteral("checkSpellingAction"));
    m_checkSpellingAction->setIcon(QIcon::fromTheme(QStringLiteral("tools-check-spelling")));
    m_checkSpellingAction->setShortcut(QKeySequence(Qt::Key_F7));
    m_checkSpellingAction->setStatusTip(
        tr("Go through the misspelled words of the article one by one"));
    addAction(m_checkSpellingAction);
    connect(m_checkSpellingAction, &QAction::triggered, this, &ArticleEditor::openSpellCheckDialog);

    m_spellingStatusTimer.setSingleShot(true);
    m_spellingStatusTimer.setInterval(0);
    connect(&m_spellingStatusTimer, &QTimer::timeout, this, &ArticleEditor::spellingStatusChanged);
    SpellingHighlighter *body = m_ui->bodyEditor->spellingHighlighter();
    for (SpellingHighlighter *highlighter : {body, m_summarySpelling}) {
        connect(highlighter, &SpellingHighlighter::underlinesChanged, this,
                &ArticleEditor::scheduleSpellingStatus);
    }
    connect(body, &SpellingHighlighter::checkingFinished, this,
            &ArticleEditor::scheduleSpellingStatus);
    for (LineEditSpelling *line : {m_headlineSpelling, m_bylineSpelling}) {
        connect(line, &LineEditSpelling::underlinesChanged, this,
                &ArticleEditor::scheduleSpellingStatus);
    }
}

void ArticleEditor::setSpelling(ArticleSpelling *spelling)
{
    if (m_spelling)
        disconnect(m_spelling, nullptr, this, nullptr);
    if (m_spelling && m_spelling->speller())
        disconnect(m_spelling->speller(), nullptr, this, nullptr);
    m_spelling = spelling;
    Speller *speller = spelling ? spelling->speller() : nullptr;
    m_ui->bodyEditor->setSpelling(spelling);
    m_summarySpelling->setSpeller(speller);
    m_headlineSpelling->setSpelling(spelling);
    m_bylineSpelling->setSpelling(spelling);
    if (spelling) {
        connect(spelling, &ArticleSpelling::dictionaryChanged, this,
                &ArticleEditor::updateSpellingNotice);
        connect(spelling, &ArticleSpelling::personalDictionaryProblemChanged, this,
                &ArticleEditor::updateSpellingNotice);
        // The variants are counted here, from the document: any layer change may change them.
        connect(speller, &Speller::wordsChanged, this, &ArticleEditor::scheduleSpellingStatus);
        connect(speller, &Speller::allWordsChanged, this, &ArticleEditor::scheduleSpellingStatus);
        spelling->setDocument(m_document);
    }
    updateSpellingNotice();
}

ArticleEditor::~ArticleEditor() = default;

BodyEditor *ArticleEditor::bodyEditor() const
{
    return m_ui->bodyEditor;
}

void ArticleEditor::setDocument(ArticleDocument *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_documentConnections))
        disconnect(connection);
    m_documentConnections.clear();
    m_document = document;
    // The dictionary and the ignore list first, so the fields are checked with them.
    if (m_spelling)
        m_spelling->setDocument(document);
    m_ui->bodyEditor->setArticleDocument(document);
    setEnabled(document != nullptr);
    for (ArticleDocument::Field field :
         {ArticleDocument::Field::Headline, ArticleDocument::Field::Summary,
          ArticleDocument::Field::Byline, ArticleDocument::Field::Section,
          ArticleDocument::Field::Language, ArticleDocument::Field::Slug}) {
        showField(field);
    }
    if (document) {
        m_documentConnections << connect(document, &ArticleDocument::fieldChanged, this,
                                         &ArticleEditor::showField)
                              << connect(document, &ArticleDocument::metaTitlesChanged, this,
                                         &ArticleEditor::scheduleSpellingStatus);
    }
    updateSummaryInfo();
    updateSpellingNotice();
}

void ArticleEditor::showField(ArticleDocument::Field field)
{
    const QString value = m_document ? m_document->field(field) : QString();
    // Only touch a widget whose text differs, so typing keeps its cursor and selection.
    auto showLine = [&value](QLineEdit *edit) {
        if (edit->text() != value) {
            const int cursor = edit->cursorPosition();
            edit->setText(value);
            edit->setCursorPosition(std::min(cursor, int(value.size())));
        }
    };
    switch (field) {
    case ArticleDocument::Field::Headline:
        showLine(m_ui->headlineEdit);
        break;
    case ArticleDocument::Field::Byline:
        showLine(m_ui->bylineEdit);
        break;
    case ArticleDocument::Field::Section:
        showLine(m_ui->sectionEdit);
        break;
    case ArticleDocument::Field::Slug:
        showLine(m_ui->slugEdit);
        break;
    case ArticleDocument::Field::Summary:
        if (m_ui->summaryEdit->toPlainText() != value) {
            const QSignalBlocker blocker(m_ui->summaryEdit);
            QTextCursor cursor = m_ui->summaryEdit->textCursor();
            const int position = cursor.position();
            m_ui->summaryEdit->setPlainText(value);
            cursor = m_ui->summaryEdit->textCursor();
            cursor.setPosition(std::min(position, int(value.size())));
            m_ui->summaryEdit->setTextCursor(cursor);
            updateSummaryInfo();
        }
        break;
    case ArticleDocument::Field::Language:
        if (m_ui->languageCombo->currentText() != value) {
            const QSignalBlocker blocker(m_ui->languageCombo);
            m_ui->languageCombo->setCurrentText(value);
        }
        break;
    }
}

int ArticleEditor::countWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\w+(?:['’]\\w+)*"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

void ArticleEditor::updateSummaryInfo()
{
    const QString summary = m_ui->summaryEdit->toPlainText().trimmed();
    const int words = countWords(summary);
    QString text = tr("%n word(s)", nullptr, words);
    if (words > SummaryWordLimit)
        text += QLatin1Char(' ') + tr("(readers expect at most %1)").arg(SummaryWordLimit);
    m_ui->summaryCountLabel->setText(text);
    m_ui->summaryCountLabel->setForegroundRole(words > SummaryWordLimit ? QPalette::Highlight
                                                                        : QPalette::WindowText);
    m_ui->summaryPreviewText->setText(summary.isEmpty() ? tr("Readers will see the summary here.")
                                                        : summary);
    m_ui->summaryPreviewText->setEnabled(!summary.isEmpty());
}

void ArticleEditor::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit :
         {m_ui->headlineEdit, m_ui->bylineEdit, m_ui->sectionEdit, m_ui->slugEdit})
        edit->setReadOnly(readOnly);
    m_ui->summaryEdit->setReadOnly(readOnly);
    m_ui->languageCombo->setEnabled(!readOnly);
    m_ui->bodyEditor->setReadOnly(readOnly);
    updateSpellingNotice();
    m_ui->lockLabel->setVisible(readOnly && !reason.isEmpty());
    m_ui->lockLabel->setText(reason);
}

QString ArticleEditor::readOnlyReason() const
{
    return m_readOnly ? m_ui->lockLabel->text() : QString();
}

bool ArticleEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride &&
        isUndoOrRedo(static_cast<QKeyEvent *>(event))) {
        // Let the window's Undo/Redo actions (the article's stack) take the shortcut.
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPreviewStyle();
    else if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

// --- spelling ---------------------------------------------------------------------------------

QMenu *ArticleEditor::createSummaryContextMenu(const QPoint &position)
{
    QPlainTextEdit *summary = m_ui->summaryEdit;
    QMenu *menu = summary->createStandardContextMenu(position);
    if (!m_document || !m_spelling || !m_spelling->hasDictionary())
        return menu;
    const int offset = summary->cursorForPosition(position).position();
    const QList<Misspelling> found = m_spelling->speller()->misspellings(summary->toPlainText());
    const auto at = std::find_if(found.cbegin(), found.cend(), [offset](const Misspelling &m) {
        return offset >= m.start && offset <= m.start + m.length;
    });
    if (at == found.cend())
        return menu;
    const ArticleMisspellings::Error error{ArticleMisspellings::Part::Summary, 0, *at};
    SpellingMenu::insertActions(
        menu, m_spelling, *at, !m_readOnly,
        [this, error](const QString &replacement) {
            if (m_document && m_spelling && !m_readOnly)
                ArticleMisspellings(m_document, m_spelling->speller()).replace(error, replacement);
        },
        summary);
    return menu;
}

SpellCheckDialog *ArticleEditor::openSpellCheckDialog()
{
    if (!m_document || !m_spelling || m_readOnly)
        return nullptr;
    auto *dialog = new SpellCheckDialog(m_spelling, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SpellCheckDialog::errorShown, this, &ArticleEditor::showSpellingError);
    dialog->open();
    dialog->start();
    return dialog;
}

void ArticleEditor::showSpellingError(const ArticleMisspellings::Error &error)
{
    const int start = int(error.misspelling.start);
    const int length = int(error.misspelling.length);
    // One selection at a time: the word shown, not also the one shown before in another field.
    for (QLineEdit *edit : {m_ui->headlineEdit, m_ui->bylineEdit}) {
        if (edit->hasSelectedText())
            edit->deselect();
    }
    for (QPlainTextEdit *edit : {static_cast<QPlainTextEdit *>(m_ui->summaryEdit),
                                 static_cast<QPlainTextEdit *>(m_ui->bodyEditor)}) {
        QTextCursor cursor = edit->textCursor();
        if (cursor.hasSelection()) {
            cursor.clearSelection();
            edit->setTextCursor(cursor);
        }
    }
    // The field gets the focus (it takes it when the dialog closes), so the user sees where the
    // word is and can go on typing there.
    auto selectInLine = [start, length](QLineEdit *edit) {
        edit->setSelection(start, length);
        edit->setFocus(Qt::OtherFocusReason);
    };
    auto selectIn = [start, length](QPlainTextEdit *edit, int offset) {
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(offset + start);
        cursor.setPosition(offset + start + length, QTextCursor::KeepAnchor);
        edit->setTextCursor(cursor);
        edit->ensureCursorVisible();
        edit->setFocus(Qt::OtherFocusReason);
    };
    switch (error.part) {
    case ArticleMisspellings::Part::Headline:
        selectInLine(m_ui->headlineEdit);
        break;
    case ArticleMisspellings::Part::Byline:
        selectInLine(m_ui->bylineEdit);
        break;
    case ArticleMisspellings::Part::Summary:
        selectIn(m_ui->summaryEdit, 0);
        break;
    case ArticleMisspellings::Part::Body: {
        const QTextBlock block = m_ui->bodyEditor->document()->findBlockByNumber(error.index);
        if (block.isValid())
            selectIn(m_ui->bodyEditor, block.position());
        break;
    }
    case ArticleMisspellings::Part::MetaTitle:
        emit metaTitleErrorShown(error); // the variants are in the Meta titles dock
        break;
    }
}

int ArticleEditor::spellingErrorCount() const
{
    if (!m_document || !m_spelling)
        return 0;
    int count = m_ui->bodyEditor->spellingHighlighter()->underlinedCount() +
                m_summarySpelling->underlinedCount() +
                int(m_headlineSpelling->underlined().size()) +
                int(m_bylineSpelling->underlined().size());
    const QList<MetaTitle> titles = m_document->metaTitles();
    for (const MetaTitle &title : titles)
        count += int(m_spelling->speller()->misspellings(title.text).size());
    return count;
}

QString ArticleEditor::spellingStatusText() const
{
    if (!m_document || !m_spelling)
        return {};
    if (!m_spelling->hasDictionary())
        return tr("Spelling not checked");
    const int count = spellingErrorCount();
    return count == 0 ? tr("No spelling errors") : tr("%n spelling error(s)", nullptr, count);
}

QString ArticleEditor::spellingStatusToolTip() const
{
    if (!m_document || !m_spelling)
        return {};
    if (!m_spelling->hasDictionary())
        return m_spelling->dictionaryProblem();
    return tr("Misspelled words in the headline, summary, byline, meta titles and body. Press "
              "F7 to go through them.");
}

void ArticleEditor::scheduleSpellingStatus()
{
    m_spellingStatusTimer.start();
}

void ArticleEditor::updateSpellingNotice()
{
    const bool checking = m_document && m_spelling;
    const QString problem = checking ? m_spelling->dictionaryProblem() : QString();
    const QString personal = checking ? m_spelling->personalDictionaryProblem() : QString();
    QStringList notices;
    if (!problem.isEmpty())
        notices << tr("%1 Editing works as usual, without spell checking.").arg(problem);
    if (!personal.isEmpty())
        notices << tr("%1 Spelling is checked without your personal dictionary, and the file is "
                      "left as it is.")
                       .arg(personal);
    m_ui->spellingNotice->setVisible(!notices.isEmpty());
    m_ui->spellingNotice->setText(notices.join(QLatin1Char('\n')));
    m_checkSpellingAction->setEnabled(checking && !m_readOnly);
    scheduleSpellingStatus();
}

QString ArticleEditor::spellingNoticeText() const
{
    return m_ui->spellingNotice->isHidden() ? QString() : m_ui->spellingNotice->text();
}

void ArticleEditor::applyPreviewStyle()
{
    // The reader box uses the highlight colour faintly, as the site's summary box does.
    QPalette palette = m_ui->summaryPreviewFrame->palette();
    QColor background = palette.color(QPalette::Highlight);
    background.setAlphaF(0.12f);
    palette.setColor(QPalette::Window, background);
    m_ui->summaryPreviewFrame->setAutoFillBackground(true);
    m_ui->summaryPreviewFrame->setPalette(palette);
    // The spelling notice uses the same faint tint, so it reads as information, not an error.
    m_ui->spellingNotice->setAutoFillBackground(true);
    m_ui->spellingNotice->setPalette(palette);
}
