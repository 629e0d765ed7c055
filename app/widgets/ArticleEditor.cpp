#include "ArticleEditor.h"
#include "ui_ArticleEditor.h"

#include "widgets/BodyEditor.h"

#include <QKeyEvent>
#include <QRegularExpression>

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

    setDocument(nullptr);
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
                                         &ArticleEditor::showField);
    }
    updateSummaryInfo();
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
    m_ui->lockLabel->setVisible(readOnly && !reason.isEmpty());
    m_ui->lockLabel->setText(reason);
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

void ArticleEditor::applyPreviewStyle()
{
    // The reader box uses the highlight colour faintly, as the site's summary box does.
    QPalette palette = m_ui->summaryPreviewFrame->palette();
    QColor background = palette.color(QPalette::Highlight);
    background.setAlphaF(0.12f);
    palette.setColor(QPalette::Window, background);
    m_ui->summaryPreviewFrame->setAutoFillBackground(true);
    m_ui->summaryPreviewFrame->setPalette(palette);
}
