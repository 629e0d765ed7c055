// Spell checking in the editor: underlines in every field, the word being typed, the context
// menu's actions and their undo steps, the Check Spelling dialog, a missing dictionary, the
// status bar count and the Dictionaries page. Uses the tiny test dictionaries in
// tests/data/spelling, never the system's.

#include "models/ArticleDocument.h"
#include "models/MetaTitleModel.h"
#include "spelling/DictionaryCatalog.h"
#include "spelling/Speller.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/DictionaryStore.h"
#include "widgets/ArticleEditor.h"
#include "widgets/ArticleSpelling.h"
#include "widgets/BodyEditor.h"
#include "widgets/DictionariesPage.h"
#include "widgets/LineEditSpelling.h"
#include "widgets/MainWindow.h"
#include "widgets/MetaTitleInspector.h"
#include "widgets/PreferencesDialog.h"
#include "widgets/SpellCheckDialog.h"
#include "widgets/SpellingHighlighter.h"
#include "widgets/SpellingItemDelegate.h"
#include "widgets/SpellingMenu.h"
#include "widgets/SpellingStyle.h"
#include "widgets/TypedWord.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QString dictionaryFolder()
{
    return QStringLiteral(COPYDESK_TEST_DATA "/spelling/dictionaries");
}

DictionaryCatalog testCatalog()
{
    return DictionaryCatalog({dictionaryFolder()});
}

// The article every test starts from; its 13 misspellings in reading order:
// headline repoart; summary knwon; byline Qwertz, Smtih; variant 1 budgett; variant 2 Qwertz;
// paragraph 2 presidnet, deadlne; paragraph 3 Zorblat; paragraph 4 teh, storey;
// paragraph 5 Qwertz, teh.
Article sampleArticle()
{
    Article article;
    article.headline = u"Council budget repoart"_s;
    article.summary = u"The editor said the budget was well knwon."_s;
    article.byline = u"Qwertz Smtih"_s;
    article.language = u"en-US"_s;
    article.metaTitles = {MetaTitle{u"City council budgett"_s, true, {}},
                          MetaTitle{u"Qwertz said the budget was new"_s, false, {}}};
    for (const QString &text :
         {u"The council said the budget was new."_s, u"The presidnet said the deadlne is today."_s,
          u"Zorblat said it was happy."_s, u"The editor liked teh storey."_s,
          u"Qwertz said teh report was well known."_s})
        article.paragraphs.append(Paragraph{QUuid::createUuid(), text, {}});
    return article;
}

// The words a block's layout underlines with the spelling format.
QStringList underlinedWords(const QTextBlock &block)
{
    QStringList words;
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (SpellingStyle::isUnderline(range.format))
            words.append(block.text().mid(range.start, range.length));
    }
    return words;
}

bool isUnderlineRed(QRgb pixel)
{
    return qRed(pixel) > 150 && qGreen(pixel) < 140 && qBlue(pixel) < 140 &&
           qRed(pixel) - qGreen(pixel) > 60;
}

// The x coordinates (widget pixels) of the columns holding the underline's red in `area`.
QList<int> redColumns(QWidget *widget, const QRect &area)
{
    const QImage image = widget->grab().toImage();
    QList<int> columns;
    for (int x = std::max(0, area.left()); x <= std::min(area.right(), image.width() - 1); ++x) {
        for (int y = std::max(0, area.top()); y <= std::min(area.bottom(), image.height() - 1);
             ++y) {
            if (isUnderlineRed(image.pixel(x, y))) {
                columns.append(x);
                break;
            }
        }
    }
    return columns;
}

// The text positions of a line edit under its red underline columns.
QSet<int> underlinedPositions(QLineEdit *edit)
{
    QSet<int> positions;
    const QList<int> columns = redColumns(edit, edit->rect());
    for (const int x : columns)
        positions.insert(edit->cursorPositionAt(QPoint(x, edit->height() / 2)));
    return positions;
}

// Whether a line edit shows the underline under exactly the characters of `word` (and nowhere
// else); a column at a glyph's edge maps to the position on either side of it.
bool lineEditUnderlines(QLineEdit *edit, const QString &word)
{
    const QSet<int> positions = underlinedPositions(edit);
    if (word.isEmpty())
        return positions.isEmpty();
    const int start = int(edit->text().indexOf(word));
    if (start < 0 || positions.isEmpty())
        return false;
    const int end = start + int(word.size());
    for (const int position : positions) {
        if (position < start || position > end)
            return false;
    }
    return positions.contains(start + int(word.size()) / 2);
}

QAction *findAction(QMenu *menu, const QString &objectName, const QString &data = {})
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == objectName &&
            (data.isEmpty() || action->data().toString() == data))
            return action;
    }
    return nullptr;
}

QStringList suggestionsIn(QMenu *menu)
{
    QStringList suggestions;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == SpellingMenu::suggestionName())
            suggestions.append(action->data().toString());
    }
    return suggestions;
}

} // namespace

class TestSpellingUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typedWordSpans();
    void bodyParagraphsAreUnderlined();
    void highlightingLeavesTheArticleUnchanged();
    void firstScreenFirstRestInTheBackground();
    void summaryIsUnderlined();
    void headlineAndBylineAreUnderlined();
    void lockedFieldsAreUnderlined();
    void variantsAreUnderlinedInTableAndEditor();
    void typedWordIsUnderlinedWhenTheCursorLeaves();
    void typedWordInALineEdit();
    void editsShiftUnderlinesOfTheParagraph();
    void bodySuggestionIsOneUndoStep();
    void fieldSuggestionsAreOneUndoStepEach();
    void variantEditorSuggestionIsOneUndoStep();
    void compoundSuggestionReplacesTheWholeWord();
    void ignoreIsStoredForThisArticleOnly();
    void newsroomWordIsStoredAndClearsEveryField();
    void layerChangeRemarksOnlyParagraphsWithTheWord();
    void personalWordIsWrittenToTheFile();
    void checkSpellingDialogWalksTheArticle();
    void checkSpellingDialogReportsACleanArticle();
    void checkSpellingShowsTheVariantRowInTheWindow();
    void missingDictionaryIsANoticeAndEditingGoesOn();
    void unreadablePersonalDictionaryIsANotice();
    void languageChangeRechecks();
    void mainWindowCountsErrorsInTheStatusBar();
    void dictionariesPageEditsTheLists();

private:
    void openEditor(const Article &article);
    void waitChecked();
    QPoint pointInBody(int blockNumber, const QString &word) const;
    QTextBlock block(int number) const { return m_doc->body()->findBlockByNumber(number); }
    QLineEdit *headline() const
    {
        return m_editor->findChild<QLineEdit *>(QStringLiteral("headlineEdit"));
    }
    QLineEdit *byline() const
    {
        return m_editor->findChild<QLineEdit *>(QStringLiteral("bylineEdit"));
    }
    QPlainTextEdit *summary() const
    {
        return m_editor->findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit"));
    }
    BodyEditor *body() const { return m_editor->bodyEditor(); }
    QString personalPath() const { return m_dir->filePath(u"personal.txt"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<ArticleSpelling> m_spelling;
    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<ArticleEditor> m_editor;
    qint64 m_articleId = 0;
};

void TestSpellingUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CopydeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_spellingui"_s);
    qputenv("COPYDESK_USER", "tester");
    QLocale::setDefault(QLocale::c());
    QVERIFY2(QFile::exists(dictionaryFolder() + u"/en_US.dic"_s), "the test dictionary is missing");
}

void TestSpellingUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    const StoreError error = m_db->open(m_dir->filePath(u"desk.sqlite"_s));
    QVERIFY2(!error, qPrintable(error.message));
    m_store = std::make_unique<ArticleStore>(*m_db);
    m_spelling = std::make_unique<ArticleSpelling>();
    m_spelling->setCatalog(testCatalog());
    QVERIFY(m_spelling->speller()->setPersonalDictionaryPath(personalPath()));
    m_spelling->setDatabase(m_db.get());

    Article article = sampleArticle();
    const StoreError created = m_store->create(article);
    QVERIFY2(!created, qPrintable(created.message));
    m_articleId = article.id;
    openEditor(article);
}

void TestSpellingUi::cleanup()
{
    m_editor.reset();
    m_doc.reset();
    m_spelling.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSpellingUi::openEditor(const Article &article)
{
    StoreError error;
    const std::optional<Article> loaded = m_store->load(article.id, &error);
    QVERIFY2(loaded, qPrintable(error.message));
    if (!m_editor) {
        m_editor = std::make_unique<ArticleEditor>();
        m_editor->setSpelling(m_spelling.get());
        m_editor->resize(900, 700);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }
    m_editor->setDocument(nullptr);
    m_doc = std::make_unique<ArticleDocument>(*loaded);
    m_editor->setDocument(m_doc.get());
    waitChecked();
}

void TestSpellingUi::waitChecked()
{
    QTRY_VERIFY(body()->spellingHighlighter()->isComplete());
    QTRY_VERIFY(m_editor->summarySpelling()->isComplete());
}

QPoint TestSpellingUi::pointInBody(int blockNumber, const QString &word) const
{
    const QTextBlock paragraph = block(blockNumber);
    const int offset = int(paragraph.text().indexOf(word));
    if (offset < 0)
        return {};
    QTextCursor cursor(paragraph);
    cursor.setPosition(paragraph.position() + offset + 1);
    return body()->cursorRect(cursor).center();
}

// --- underlines --------------------------------------------------------------------------------

void TestSpellingUi::typedWordSpans()
{
    const auto span = [](const QString &text, int position) {
        const TypedWord word = TypedWord::around(text, position);
        return text.mid(word.start, word.end - word.start);
    };
    QCOMPARE(span(u"the helo"_s, 8), u"helo"_s);
    QCOMPARE(span(u"the helo"_s, 6), u"helo"_s);
    QCOMPARE(span(u"the helo "_s, 9), QString());
    QCOMPARE(span(u"it don'"_s, 7), u"don'"_s);           // an apostrophe while typing "don't"
    QCOMPARE(span(u"a multi-lac"_s, 11), u"multi-lac"_s); // a hyphenated word
    QCOMPARE(span(u"“quoted”"_s, 7), u"quoted"_s);        // quotation marks are not the word
}

void TestSpellingUi::bodyParagraphsAreUnderlined()
{
    QCOMPARE(underlinedWords(block(0)), QStringList());
    QCOMPARE(underlinedWords(block(1)), (QStringList{u"presidnet"_s, u"deadlne"_s}));
    QCOMPARE(underlinedWords(block(2)), QStringList{u"Zorblat"_s});
    QCOMPARE(underlinedWords(block(3)), (QStringList{u"teh"_s, u"storey"_s}));
    QCOMPARE(underlinedWords(block(4)), (QStringList{u"Qwertz"_s, u"teh"_s}));
    // The format is the wavy spell-check underline in the palette-based red.
    const QList<QTextLayout::FormatRange> formats = block(1).layout()->formats();
    QCOMPARE(formats.constFirst().format.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
    QCOMPARE(formats.constFirst().format.underlineColor(),
             SpellingStyle::underlineColor(body()->palette()));
    // And it is painted: red appears under the word in the viewport.
    const QRect word = body()->cursorRect(QTextCursor(block(2)));
    QVERIFY(!redColumns(body()->viewport(),
                        QRect(0, word.top(), body()->viewport()->width(), word.height() + 4))
                 .isEmpty());
    const QRect clean = body()->cursorRect(QTextCursor(block(0)));
    QVERIFY(redColumns(body()->viewport(),
                       QRect(0, clean.top(), body()->viewport()->width(), clean.height() + 2))
                .isEmpty());
}

void TestSpellingUi::highlightingLeavesTheArticleUnchanged()
{
    // Underlining is display only: no undo step, nothing to save, the text as loaded.
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!m_doc->isModified());
    QCOMPARE(m_doc->article().paragraphs, m_store->load(m_articleId)->paragraphs);
}

void TestSpellingUi::firstScreenFirstRestInTheBackground()
{
    Article longer;
    longer.headline = u"Council budget"_s;
    longer.language = u"en-US"_s;
    for (int i = 0; i < 300; ++i)
        longer.paragraphs.append(
            Paragraph{QUuid::createUuid(), u"The presidnet said the budget was new."_s, {}});
    QVERIFY(!m_store->create(longer));
    m_editor->setDocument(nullptr);
    const std::optional<Article> loaded = m_store->load(longer.id);
    m_doc = std::make_unique<ArticleDocument>(*loaded);
    m_editor->setDocument(m_doc.get());
    // Before any event is processed (so before the first paint): the first screen is underlined,
    // the end of the article is not checked yet.
    QCOMPARE(underlinedWords(block(0)), QStringList{u"presidnet"_s});
    QCOMPARE(underlinedWords(block(5)), QStringList{u"presidnet"_s});
    const auto spellingOf = [this](int number) {
        return static_cast<const ParagraphData *>(block(number).userData())->spelling();
    };
    QVERIFY(spellingOf(299).dirty);
    QVERIFY(!body()->spellingHighlighter()->isComplete());
    // The idle timer does the rest.
    waitChecked();
    QVERIFY(!spellingOf(299).dirty);
    QCOMPARE(underlinedWords(block(299)), QStringList{u"presidnet"_s});
    QCOMPARE(body()->spellingHighlighter()->underlinedCount(), 300);
}

void TestSpellingUi::summaryIsUnderlined()
{
    const QTextBlock first = summary()->document()->firstBlock();
    QCOMPARE(underlinedWords(first), QStringList{u"knwon"_s});
    QCOMPARE(m_editor->summarySpelling()->underlinedCount(), 1);
}

void TestSpellingUi::headlineAndBylineAreUnderlined()
{
    QVERIFY(lineEditUnderlines(headline(), u"repoart"_s));
    QCOMPARE(m_editor->bylineSpelling()->underlined().size(), 2);
    const QSet<int> positions = underlinedPositions(byline());
    QVERIFY(positions.contains(3));  // Qwertz
    QVERIFY(positions.contains(10)); // Smtih
    for (const int position : positions)
        QVERIFY(position >= 0 && position <= 12);

    // Correcting the word removes the underline; the text and cursor are the user's.
    headline()->setText(u"Council budget report"_s);
    QVERIFY(lineEditUnderlines(headline(), QString()));
    QCOMPARE(headline()->text(), u"Council budget report"_s);
}

void TestSpellingUi::lockedFieldsAreUnderlined()
{
    // A locked (read-only) article shows its misspellings like an editable one.
    m_editor->setReadOnly(true, u"Published: read only"_s);
    QVERIFY(headline()->isReadOnly() && byline()->isReadOnly());
    QVERIFY(lineEditUnderlines(headline(), u"repoart"_s));

    // An article opened while the editor is locked.
    Article other = sampleArticle();
    other.headline = u"Teh council budget"_s;
    other.byline = u"Smtih"_s;
    QVERIFY(!m_store->create(other));
    openEditor(other);
    QVERIFY(headline()->isReadOnly());
    QVERIFY(lineEditUnderlines(headline(), u"Teh"_s));
    QVERIFY(lineEditUnderlines(byline(), u"Smtih"_s));
    QCOMPARE(underlinedWords(block(1)), (QStringList{u"presidnet"_s, u"deadlne"_s}));

    // New text while locked (another desk's change): its own words, no underline left where
    // the old word was; a corrected word loses its underline.
    m_doc->setField(ArticleDocument::Field::Headline, u"The budgett council"_s);
    QVERIFY(lineEditUnderlines(headline(), u"budgett"_s));
    m_doc->setField(ArticleDocument::Field::Headline, u"The budget council"_s);
    QVERIFY(lineEditUnderlines(headline(), QString()));
    // A dictionary change while locked takes the underline away, or brings it.
    QVERIFY(m_spelling->addNewsroomWord(u"Smtih"_s));
    QVERIFY(lineEditUnderlines(byline(), QString()));
    QVERIFY(m_spelling->removeNewsroomWord(u"Smtih"_s));
    QVERIFY(lineEditUnderlines(byline(), u"Smtih"_s));

    // The menu offers no correction in a locked field; the field stays as it was.
    const std::unique_ptr<QMenu> menu(m_editor->bylineSpelling()->createContextMenu(2));
    QAction *suggestion = findAction(menu.get(), SpellingMenu::suggestionName(), u"Smith"_s);
    QVERIFY(suggestion);
    QVERIFY(!suggestion->isEnabled());
    QVERIFY(byline()->isReadOnly());
    QCOMPARE(byline()->text(), u"Smtih"_s);

    // Unlocked again: the same underlines, and the fields are editable.
    m_editor->setReadOnly(false);
    QVERIFY(!headline()->isReadOnly());
    QVERIFY(lineEditUnderlines(byline(), u"Smtih"_s));
    QVERIFY(lineEditUnderlines(headline(), QString()));
}

void TestSpellingUi::variantsAreUnderlinedInTableAndEditor()
{
    MetaTitleInspector inspector;
    inspector.setSpelling(m_spelling.get());
    inspector.setDocument(m_doc.get());
    inspector.resize(600, 300);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    QTableView *table = inspector.view();
    SpellingItemDelegate *delegate = inspector.titleDelegate();
    const QModelIndex first = inspector.model()->index(0, MetaTitleModel::TitleColumn);
    const QModelIndex second = inspector.model()->index(1, MetaTitleModel::TitleColumn);
    QCOMPARE(delegate->misspellings(first).constFirst().word, u"budgett"_s);

    // The delegate paints red under the misspelled word's cell, in its right part ("budgett"
    // ends the title), and none under a correct title.
    table->clearSelection();
    const QRect firstCell = table->visualRect(first);
    const QList<int> columns = redColumns(table->viewport(), firstCell);
    QVERIFY(!columns.isEmpty());
    QVERIFY(columns.constFirst() > firstCell.left() + 20);
    m_doc->setMetaTitles({MetaTitle{u"City council budget"_s, true, {}},
                          MetaTitle{u"Qwertz said the budget was new"_s, false, {}}},
                         u"test"_s);
    QTRY_VERIFY(redColumns(table->viewport(), table->visualRect(first)).isEmpty());
    QVERIFY(!redColumns(table->viewport(), table->visualRect(second)).isEmpty());

    // The cell's editor underlines too.
    table->setCurrentIndex(second);
    table->edit(second);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->deselect(); // editing starts with the text selected
    QVERIFY(lineEditUnderlines(editor, u"Qwertz"_s));
}

void TestSpellingUi::typedWordIsUnderlinedWhenTheCursorLeaves()
{
    body()->setFocus();
    QTextCursor cursor(block(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    body()->setTextCursor(cursor);
    QTest::keyClicks(body(), u" helo"_s);
    waitChecked();
    QCOMPARE(block(0).text(), u"The council said the budget was new. helo"_s);
    // Checked, but not underlined while the cursor is in it.
    QVERIFY(block(0).userData());
    QCOMPARE(underlinedWords(block(0)), QStringList());
    QCOMPARE(m_editor->spellingErrorCount(), 13);

    // Typing on into another word leaves it: now it is underlined.
    QTest::keyClicks(body(), u" the"_s);
    waitChecked();
    QCOMPARE(underlinedWords(block(0)), QStringList{u"helo"_s});
    QCOMPARE(m_editor->spellingErrorCount(), 14);

    // Going back into a word without typing shows its underline; typing in it hides it again.
    cursor = body()->textCursor();
    cursor.setPosition(block(0).position() + int(block(0).text().indexOf(u"helo"_s)) + 2);
    body()->setTextCursor(cursor);
    waitChecked();
    QCOMPARE(underlinedWords(block(0)), QStringList{u"helo"_s});
    QTest::keyClick(body(), Qt::Key_X);
    waitChecked();
    QCOMPARE(underlinedWords(block(0)), QStringList());
    // Moving to another paragraph underlines it.
    body()->setTextCursor(QTextCursor(block(3)));
    waitChecked();
    QCOMPARE(underlinedWords(block(0)), QStringList{u"hexlo"_s});
}

void TestSpellingUi::typedWordInALineEdit()
{
    QLineEdit *edit = headline();
    edit->setFocus();
    edit->end(false);
    QTest::keyClicks(edit, u" wrld"_s);
    QCOMPARE(edit->text(), u"Council budget repoart wrld"_s);
    QCOMPARE(m_editor->headlineSpelling()->misspellings().size(), 2);
    QCOMPARE(m_editor->headlineSpelling()->underlined().size(), 1);
    QVERIFY(lineEditUnderlines(edit, u"repoart"_s));
    QTest::keyClick(edit, Qt::Key_Home);
    QCOMPARE(m_editor->headlineSpelling()->underlined().size(), 2);
    const QSet<int> positions = underlinedPositions(edit);
    QVERIFY(positions.contains(25)); // in "wrld"
    // The cursor did not move and the text is unchanged by the underlines.
    QCOMPARE(edit->cursorPosition(), 0);
    QCOMPARE(m_doc->field(ArticleDocument::Field::Headline), u"Council budget repoart wrld"_s);
}

void TestSpellingUi::editsShiftUnderlinesOfTheParagraph()
{
    // Typing before a misspelled word moves its underline with it at once, before the
    // paragraph is checked again.
    QTextCursor cursor(block(1));
    cursor.setPosition(block(1).position() + 3); // after "The"
    body()->setTextCursor(cursor);
    QTest::keyClicks(body(), u" new"_s);
    QCOMPARE(underlinedWords(block(1)), (QStringList{u"presidnet"_s, u"deadlne"_s}));
    waitChecked();
    QCOMPARE(underlinedWords(block(1)), (QStringList{u"presidnet"_s, u"deadlne"_s}));
    // Splitting the paragraph: each half is checked on its own.
    cursor.setPosition(block(1).position() + int(block(1).text().indexOf(u" the deadlne"_s)));
    body()->setTextCursor(cursor);
    QTest::keyClick(body(), Qt::Key_Return);
    waitChecked();
    QCOMPARE(underlinedWords(block(1)), QStringList{u"presidnet"_s});
    QCOMPARE(underlinedWords(block(2)), QStringList{u"deadlne"_s});
    // Undo through the article's stack restores the paragraph and its underlines.
    body()->undo();
    waitChecked();
    QCOMPARE(underlinedWords(block(1)), (QStringList{u"presidnet"_s, u"deadlne"_s}));
}

// --- the context menu ----------------------------------------------------------------------

void TestSpellingUi::bodySuggestionIsOneUndoStep()
{
    const std::unique_ptr<QMenu> menu(body()->createContextMenu(pointInBody(1, u"presidnet"_s)));
    QCOMPARE(suggestionsIn(menu.get()), QStringList{u"president"_s});
    // The suggestions come first, in bold; the dictionary actions follow; the standard menu
    // and the paragraph actions stay.
    QCOMPARE(menu->actions().constFirst()->data().toString(), u"president"_s);
    QVERIFY(menu->actions().constFirst()->font().bold());
    QVERIFY(findAction(menu.get(), SpellingMenu::ignoreName()));
    QVERIFY(findAction(menu.get(), SpellingMenu::addNewsroomName()));
    QVERIFY(findAction(menu.get(), SpellingMenu::addPersonalName()));
    QVERIFY(menu->actions().contains(body()->attachSourceAction()));

    const int steps = m_doc->undoStack()->count();
    findAction(menu.get(), SpellingMenu::suggestionName(), u"president"_s)->trigger();
    QCOMPARE(block(1).text(), u"The president said the deadlne is today."_s);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    waitChecked();
    QCOMPARE(underlinedWords(block(1)), QStringList{u"deadlne"_s});

    m_doc->undoStack()->undo();
    QCOMPARE(block(1).text(), u"The presidnet said the deadlne is today."_s);
    waitChecked();
    QCOMPARE(underlinedWords(block(1)), (QStringList{u"presidnet"_s, u"deadlne"_s}));
    m_doc->undoStack()->redo();
    QCOMPARE(block(1).text(), u"The president said the deadlne is today."_s);

    // A correct word has no spelling actions.
    const std::unique_ptr<QMenu> plain(body()->createContextMenu(pointInBody(1, u"said"_s)));
    QVERIFY(suggestionsIn(plain.get()).isEmpty());
    QVERIFY(!findAction(plain.get(), SpellingMenu::ignoreName()));
}

void TestSpellingUi::fieldSuggestionsAreOneUndoStepEach()
{
    // Typing in the headline first: the correction must not merge into that typing step.
    headline()->setFocus();
    headline()->end(false);
    QTest::keyClicks(headline(), u" today"_s);
    const int steps = m_doc->undoStack()->count();
    QCOMPARE(steps, 1);

    const std::unique_ptr<QMenu> headlineMenu(m_editor->headlineSpelling()->createContextMenu(17));
    QCOMPARE(suggestionsIn(headlineMenu.get()), QStringList{u"report"_s});
    findAction(headlineMenu.get(), SpellingMenu::suggestionName(), u"report"_s)->trigger();
    QCOMPARE(headline()->text(), u"Council budget report today"_s);
    QCOMPARE(m_doc->field(ArticleDocument::Field::Headline), u"Council budget report today"_s);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY(lineEditUnderlines(headline(), QString()));

    const std::unique_ptr<QMenu> bylineMenu(m_editor->bylineSpelling()->createContextMenu(9));
    findAction(bylineMenu.get(), SpellingMenu::suggestionName(), u"Smith"_s)->trigger();
    QCOMPARE(byline()->text(), u"Qwertz Smith"_s);
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);

    const QPoint inKnwon = summary()->cursorRect(QTextCursor(summary()->document())).center() +
                           QPoint(summary()->fontMetrics().horizontalAdvance(
                                      u"The editor said the budget was well kn"_s),
                                  0);
    const std::unique_ptr<QMenu> summaryMenu(m_editor->createSummaryContextMenu(inKnwon));
    findAction(summaryMenu.get(), SpellingMenu::suggestionName(), u"known"_s)->trigger();
    QCOMPARE(summary()->toPlainText(), u"The editor said the budget was well known."_s);
    QCOMPARE(m_doc->undoStack()->count(), steps + 3);

    // Each undo takes back one correction, the typing stays until its own undo.
    m_doc->undoStack()->undo();
    QCOMPARE(summary()->toPlainText(), u"The editor said the budget was well knwon."_s);
    m_doc->undoStack()->undo();
    QCOMPARE(byline()->text(), u"Qwertz Smtih"_s);
    m_doc->undoStack()->undo();
    QCOMPARE(headline()->text(), u"Council budget repoart today"_s);
    QVERIFY(lineEditUnderlines(headline(), u"repoart"_s));
    m_doc->undoStack()->undo();
    QCOMPARE(headline()->text(), u"Council budget repoart"_s);
}

void TestSpellingUi::variantEditorSuggestionIsOneUndoStep()
{
    MetaTitleInspector inspector;
    inspector.setSpelling(m_spelling.get());
    inspector.setDocument(m_doc.get());
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    QTableView *table = inspector.view();
    const QModelIndex first = inspector.model()->index(0, MetaTitleModel::TitleColumn);
    table->setCurrentIndex(first);
    table->edit(first);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    auto *spelling = editor->findChild<LineEditSpelling *>();
    QVERIFY(spelling);
    editor->end(false);
    QTest::keyClicks(editor, u" today"_s);
    const int steps = m_doc->undoStack()->count();

    const std::unique_ptr<QMenu> menu(spelling->createContextMenu(16));
    QCOMPARE(suggestionsIn(menu.get()).constFirst(), u"budget"_s);
    findAction(menu.get(), SpellingMenu::suggestionName(), u"budget"_s)->trigger();
    QCOMPARE(editor->text(), u"City council budget today"_s);
    QCOMPARE(m_doc->metaTitles().constFirst().text, u"City council budget today"_s);
    // The typing, then the correction: two steps.
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->metaTitles().constFirst().text, u"City council budgett today"_s);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->metaTitles().constFirst().text, u"City council budgett"_s);
}

void TestSpellingUi::compoundSuggestionReplacesTheWholeWord()
{
    // "multi-faceted" is in the dictionary as its parts; "multi-laceted" flags "laceted" and
    // the suggestions are for the whole word.
    QTextCursor cursor(block(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(u" A multi-laceted story."_s);
    waitChecked();
    QCOMPARE(underlinedWords(block(0)), QStringList{u"laceted"_s});
    const std::unique_ptr<QMenu> menu(body()->createContextMenu(pointInBody(0, u"laceted"_s)));
    QVERIFY2(suggestionsIn(menu.get()).contains(u"multi-faceted"_s),
             qPrintable(suggestionsIn(menu.get()).join(u", ")));
    findAction(menu.get(), SpellingMenu::suggestionName(), u"multi-faceted"_s)->trigger();
    QCOMPARE(block(0).text(), u"The council said the budget was new. A multi-faceted story."_s);
}

void TestSpellingUi::ignoreIsStoredForThisArticleOnly()
{
    Article other;
    other.headline = u"Another story"_s;
    other.language = u"en-US"_s;
    other.paragraphs = {Paragraph{QUuid::createUuid(), u"Qwertz said it was new."_s, {}}};
    QVERIFY(!m_store->create(other));

    const std::unique_ptr<QMenu> menu(body()->createContextMenu(pointInBody(4, u"Qwertz"_s)));
    QAction *ignore = findAction(menu.get(), SpellingMenu::ignoreName());
    QVERIFY(ignore->text().contains(u"Qwertz"_s));
    ignore->trigger();
    DictionaryStore dictionaries(*m_db);
    QCOMPARE(dictionaries.ignoredWords(m_articleId), QStringList{u"Qwertz"_s});
    QCOMPARE(dictionaries.ignoredWords(other.id), QStringList());
    waitChecked();
    // Gone everywhere in this article: body, byline and the variant.
    QCOMPARE(underlinedWords(block(4)), QStringList{u"teh"_s});
    QCOMPARE(m_editor->bylineSpelling()->underlined().size(), 1);
    QCOMPARE(m_editor->spellingErrorCount(), 10);

    // Another article still flags it; coming back, the ignore list is loaded again.
    openEditor(other);
    QCOMPARE(underlinedWords(block(0)), QStringList{u"Qwertz"_s});
    openEditor(*m_store->load(m_articleId));
    QCOMPARE(underlinedWords(block(4)), QStringList{u"teh"_s});
}

void TestSpellingUi::newsroomWordIsStoredAndClearsEveryField()
{
    const std::unique_ptr<QMenu> menu(body()->createContextMenu(pointInBody(4, u"Qwertz"_s)));
    findAction(menu.get(), SpellingMenu::addNewsroomName())->trigger();
    const QList<NewsroomWord> stored = DictionaryStore(*m_db).newsroomWords();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().word, u"Qwertz"_s);
    QCOMPARE(stored.constFirst().addedBy, u"tester"_s);
    QVERIFY(stored.constFirst().addedAt.isValid());
    waitChecked();
    QCOMPARE(underlinedWords(block(4)), QStringList{u"teh"_s});
    QVERIFY(lineEditUnderlines(byline(), u"Smtih"_s));
    QCOMPARE(m_editor->spellingErrorCount(), 10);

    // Every desk: a new session on the same database accepts it too.
    ArticleSpelling second;
    second.setCatalog(testCatalog());
    second.setDatabase(m_db.get());
    second.setDocument(m_doc.get());
    QVERIFY(second.speller()->check(u"Qwertz"));
}

void TestSpellingUi::layerChangeRemarksOnlyParagraphsWithTheWord()
{
    // Right after the layer change, before the idle timer runs, only paragraphs containing the
    // word (in any case) are dirty; the others keep their checked marks.
    m_spelling->speller()->addNewsroomWord(u"zorblat"_s);
    QList<bool> dirty;
    for (QTextBlock b = m_doc->body()->begin(); b.isValid(); b = b.next())
        dirty.append(static_cast<const ParagraphData *>(b.userData())->spelling().dirty);
    QCOMPARE(dirty, (QList<bool>{false, false, true, false, false}));
    waitChecked();
    QCOMPARE(underlinedWords(block(2)), QStringList());
    QCOMPARE(underlinedWords(block(1)), (QStringList{u"presidnet"_s, u"deadlne"_s}));
}

void TestSpellingUi::personalWordIsWrittenToTheFile()
{
    const std::unique_ptr<QMenu> menu(body()->createContextMenu(pointInBody(3, u"storey"_s)));
    findAction(menu.get(), SpellingMenu::addPersonalName())->trigger();
    QFile file(personalPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts),
             QStringList{u"storey"_s});
    waitChecked();
    QCOMPARE(underlinedWords(block(3)), QStringList{u"teh"_s});
    QVERIFY(m_spelling->speller()->personalWords().contains(u"storey"_s));
}

// --- Check Spelling (F7) -----------------------------------------------------------------------

void TestSpellingUi::checkSpellingDialogWalksTheArticle()
{
    QCOMPARE(m_editor->checkSpellingAction()->shortcut(), QKeySequence(Qt::Key_F7));
    SpellCheckDialog *dialog = m_editor->openSpellCheckDialog();
    QVERIFY(dialog);
    const auto current = [dialog] {
        return dialog->currentError() ? dialog->currentError()->misspelling.word : QString();
    };
    auto *list = dialog->findChild<QListWidget *>(u"suggestionList"_s);

    QCOMPARE(current(), u"repoart"_s);
    QCOMPARE(list->item(0)->text(), u"report"_s);
    QCOMPARE(dialog->replacement(), u"report"_s);
    // The editor shows the word being checked, selected in the field that has the focus (it
    // takes it when the dialog closes).
    QCOMPARE(headline()->selectedText(), u"repoart"_s);
    QCOMPARE(m_editor->focusWidget(), headline());
    const int steps = m_doc->undoStack()->count();
    dialog->replace();
    QCOMPARE(m_doc->field(ArticleDocument::Field::Headline), u"Council budget report"_s);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);

    QCOMPARE(current(), u"knwon"_s);
    QCOMPARE(summary()->textCursor().selectedText(), u"knwon"_s);
    QCOMPARE(m_editor->focusWidget(), summary());
    QVERIFY(!headline()->hasSelectedText()); // one selection: the word shown
    dialog->skip();
    QCOMPARE(current(), u"Qwertz"_s);
    QCOMPARE(byline()->selectedText(), u"Qwertz"_s);
    QCOMPARE(m_editor->focusWidget(), byline());
    QVERIFY(!summary()->textCursor().hasSelection());
    dialog->ignore(); // every Qwertz of this article
    QCOMPARE(DictionaryStore(*m_db).ignoredWords(m_articleId), QStringList{u"Qwertz"_s});
    QCOMPARE(current(), u"Smtih"_s);
    // The word in its text: only the word is marked (not the rest, nor the last word's mark).
    auto *context = dialog->findChild<QTextEdit *>(u"contextView"_s);
    QCOMPARE(context->toPlainText(), u"Qwertz Smtih"_s);
    const auto markedAt = [context](int position) {
        QTextCursor cursor(context->document());
        cursor.setPosition(position + 1); // the format of the character before the cursor
        return SpellingStyle::isUnderline(cursor.charFormat()) &&
               cursor.charFormat().fontWeight() == QFont::Bold;
    };
    QVERIFY(!markedAt(0));
    QVERIFY(markedAt(8));
    dialog->replace();
    QCOMPARE(m_doc->field(ArticleDocument::Field::Byline), u"Qwertz Smith"_s);
    QCOMPARE(current(), u"budgett"_s);
    QVERIFY(!byline()->hasSelectedText()); // the variant is shown by the Meta titles dock
    dialog->replace();
    QCOMPARE(m_doc->metaTitles().constFirst().text, u"City council budget"_s);
    QCOMPARE(current(), u"presidnet"_s);
    QCOMPARE(body()->textCursor().selectedText(), u"presidnet"_s);
    QCOMPARE(m_editor->focusWidget(), body());
    dialog->replace();
    QCOMPARE(current(), u"deadlne"_s);
    dialog->skip();
    QCOMPARE(current(), u"Zorblat"_s);
    dialog->addToNewsroom();
    QCOMPARE(DictionaryStore(*m_db).newsroomWords().constFirst().word, u"Zorblat"_s);
    QCOMPARE(current(), u"teh"_s);
    const int beforeAll = m_doc->undoStack()->count();
    dialog->replaceAll(); // both "teh", in paragraphs 4 and 5: one step
    QCOMPARE(block(3).text(), u"The editor liked the storey."_s);
    QCOMPARE(block(4).text(), u"Qwertz said the report was well known."_s);
    QCOMPARE(m_doc->undoStack()->count(), beforeAll + 1);
    QCOMPARE(current(), u"storey"_s);
    dialog->setReplacement(u"story"_s);
    dialog->replace();
    QVERIFY(dialog->isFinished());
    QVERIFY(dialog->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"complete"_s));
    QVERIFY(!dialog->findChild<QPushButton *>(u"replaceButton"_s)->isEnabled());

    // The walk's corrections are ordinary undo steps.
    m_doc->undoStack()->undo(); // storey
    m_doc->undoStack()->undo(); // both teh
    QCOMPARE(block(3).text(), u"The editor liked teh storey."_s);
    QCOMPARE(block(4).text(), u"Qwertz said teh report was well known."_s);
    dialog->close();
}

void TestSpellingUi::checkSpellingDialogReportsACleanArticle()
{
    Article clean;
    clean.headline = u"Council budget"_s;
    clean.language = u"en-US"_s;
    clean.paragraphs = {Paragraph{QUuid::createUuid(), u"The council said it was new."_s, {}}};
    QVERIFY(!m_store->create(clean));
    openEditor(clean);
    SpellCheckDialog *dialog = m_editor->openSpellCheckDialog();
    QVERIFY(dialog->isFinished());
    QCOMPARE(dialog->findChild<QLabel *>(u"statusLabel"_s)->text(),
             u"No spelling errors in this article."_s);
    dialog->close();
}

void TestSpellingUi::checkSpellingShowsTheVariantRowInTheWindow()
{
    QSettings().clear();
    cleanup();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"window.sqlite"_s);
    {
        Database database;
        QVERIFY(!database.open(path));
        ArticleStore store(database);
        Article article = sampleArticle();
        QVERIFY(!store.create(article));
    }
    MainWindow window;
    window.spelling()->setCatalog(testCatalog());
    QVERIFY(window.spelling()->speller()->setPersonalDictionaryPath(personalPath()));
    QVERIFY(!window.openDatabase(path));
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *inspector = window.findChild<MetaTitleInspector *>();
    auto *titlesDock = window.findChild<QDockWidget *>(u"metaTitlesDock"_s);
    auto *linksDock = window.findChild<QDockWidget *>(u"linksDock"_s);
    QVERIFY(inspector && titlesDock && linksDock);
    // Another tab of the dock area is in front, and the first variant is current.
    linksDock->raise();
    // (A dock behind another tab stays "visible", moved out of the window: nothing shows.)
    QTRY_VERIFY(inspector->visibleRegion().isEmpty());
    QTableView *table = inspector->view();
    table->setCurrentIndex(inspector->model()->index(1, MetaTitleModel::NotesColumn));

    SpellCheckDialog *dialog = window.articleEditor()->openSpellCheckDialog();
    QVERIFY(dialog);
    const auto current = [dialog] {
        return dialog->currentError() ? dialog->currentError()->misspelling.word : QString();
    };
    while (!dialog->isFinished() && current() != u"budgett"_s)
        dialog->skip();
    QCOMPARE(current(), u"budgett"_s);
    // The Meta titles tab comes to the front with the variant's title current and its row
    // selected; the table takes the focus.
    QTRY_VERIFY(!inspector->visibleRegion().isEmpty());
    QCOMPARE(table->currentIndex(), inspector->model()->index(0, MetaTitleModel::TitleColumn));
    QVERIFY(table->selectionModel()->isRowSelected(0, {}));
    QVERIFY(!table->selectionModel()->isRowSelected(1, {}));
    QCOMPARE(window.focusWidget(), table);

    dialog->skip();
    QCOMPARE(current(), u"Qwertz"_s);
    QCOMPARE(dialog->currentError()->index, 1);
    QCOMPARE(table->currentIndex(), inspector->model()->index(1, MetaTitleModel::TitleColumn));
    QVERIFY(table->selectionModel()->isRowSelected(1, {}));
    QVERIFY(!table->selectionModel()->isRowSelected(0, {}));

    // The next error is in the body: the body has the focus and the word.
    dialog->skip();
    QCOMPARE(current(), u"presidnet"_s);
    BodyEditor *bodyEditor = window.articleEditor()->bodyEditor();
    QCOMPARE(bodyEditor->textCursor().selectedText(), u"presidnet"_s);
    QCOMPARE(window.focusWidget(), bodyEditor);
    dialog->close();
}

// --- dictionaries and the status bar -----------------------------------------------------------

void TestSpellingUi::missingDictionaryIsANoticeAndEditingGoesOn()
{
    // de-CH is not among the test dictionaries (de_DE is, but a region was asked for).
    m_doc->setField(ArticleDocument::Field::Language, u"de-CH"_s);
    QTRY_VERIFY(!m_editor->spellingNoticeText().isEmpty());
    const QString notice = m_editor->spellingNoticeText();
    QVERIFY2(notice.contains(u"de-CH"_s) && notice.contains(u"hunspell-de-ch"_s),
             qPrintable(notice));
    QCOMPARE(m_spelling->dictionaryProblem(),
             DictionaryCatalog::missingDictionaryMessage(u"de-CH"_s));
    waitChecked();
    QCOMPARE(underlinedWords(block(1)), QStringList());
    QVERIFY(lineEditUnderlines(headline(), QString()));
    QCOMPARE(m_editor->spellingErrorCount(), 0);
    QCOMPARE(m_editor->spellingStatusText(), u"Spelling not checked"_s);
    QCOMPARE(m_editor->spellingStatusToolTip(), m_spelling->dictionaryProblem());
    SpellCheckDialog *dialog = m_editor->openSpellCheckDialog();
    QVERIFY(dialog->isFinished());
    QCOMPARE(dialog->findChild<QLabel *>(u"statusLabel"_s)->text(),
             m_spelling->dictionaryProblem());
    dialog->close();

    // Editing goes on as usual.
    QTextCursor cursor(block(0));
    body()->setTextCursor(cursor);
    QTest::keyClicks(body(), u"Zz "_s);
    QVERIFY(block(0).text().startsWith(u"Zz The council"_s));
    QVERIFY(m_doc->isModified());
}

void TestSpellingUi::unreadablePersonalDictionaryIsANotice()
{
    // The personal dictionary file holds Latin-1, not UTF-8: the editor says so, naming the
    // file; the other layers and the language dictionary go on underlining.
    const QString path = m_dir->filePath(u"latin1.txt"_s);
    const QByteArray bytes = "Smtih\nM\xfcller\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QVERIFY(m_editor->spellingNoticeText().isEmpty());
    QVERIFY(!m_spelling->speller()->setPersonalDictionaryPath(path));
    QVERIFY(m_spelling->personalDictionaryProblem().contains(path));
    QTRY_VERIFY(m_editor->spellingNoticeText().contains(path));
    QVERIFY2(m_editor->spellingNoticeText().contains(u"line 2"_s),
             qPrintable(m_editor->spellingNoticeText()));
    waitChecked();
    QCOMPARE(m_editor->spellingErrorCount(), 13); // Smtih is still flagged
    QCOMPARE(underlinedWords(block(1)), (QStringList{u"presidnet"_s, u"deadlne"_s}));

    // Adding a word is refused with the reason; the file is not written over.
    QVERIFY(!m_spelling->addPersonalWord(u"Qwertz"_s));
    QVERIFY(m_spelling->lastError().contains(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    file.close();

    // Fixed (converted to UTF-8): the next word added reads it again, and the notice goes.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"Smtih\nMüller\n"_s.toUtf8());
    file.close();
    QVERIFY(m_spelling->addPersonalWord(u"Qwertz"_s));
    QVERIFY(m_spelling->personalDictionaryProblem().isEmpty());
    QTRY_VERIFY(m_editor->spellingNoticeText().isEmpty());
    QCOMPARE(m_spelling->speller()->personalWords(),
             (QStringList{u"Müller"_s, u"Qwertz"_s, u"Smtih"_s}));
    waitChecked();
    QTRY_COMPARE(m_editor->spellingErrorCount(), 9); // Smtih and the three Qwertz
}

void TestSpellingUi::languageChangeRechecks()
{
    m_doc->setField(ArticleDocument::Field::Language, u"de-CH"_s);
    QTRY_VERIFY(!m_spelling->hasDictionary());
    waitChecked();
    QCOMPARE(underlinedWords(block(1)), QStringList());
    m_doc->setField(ArticleDocument::Field::Language, u"en"_s); // en → en_US
    QTRY_VERIFY(m_spelling->hasDictionary());
    QCOMPARE(m_spelling->speller()->dictionaryName(), u"en_US"_s);
    waitChecked();
    QCOMPARE(underlinedWords(block(1)), (QStringList{u"presidnet"_s, u"deadlne"_s}));
    QVERIFY(m_editor->spellingNoticeText().isEmpty());
    QVERIFY(lineEditUnderlines(headline(), u"repoart"_s));
}

void TestSpellingUi::mainWindowCountsErrorsInTheStatusBar()
{
    QSettings().clear();
    cleanup();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"window.sqlite"_s);
    {
        Database database;
        QVERIFY(!database.open(path));
        ArticleStore store(database);
        Article article = sampleArticle();
        QVERIFY(!store.create(article));
    }
    MainWindow window;
    window.spelling()->setCatalog(testCatalog());
    QVERIFY(window.spelling()->speller()->setPersonalDictionaryPath(personalPath()));
    QVERIFY(!window.openDatabase(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QLabel *label = nullptr;
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    for (QLabel *candidate : labels) {
        if (candidate->accessibleName() == u"Spelling"_s)
            label = candidate;
    }
    QVERIFY(label);
    QTRY_COMPARE(label->text(), u"13 spelling error(s)"_s);

    // F7 is in the Article menu; correcting a word updates the count.
    auto *action = window.findChild<QAction *>(u"checkSpellingAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F7));
    ArticleDocument *document = window.currentDocument();
    document->setField(ArticleDocument::Field::Headline, u"Council budget report"_s);
    QTRY_COMPARE(label->text(), u"12 spelling error(s)"_s);

    // No dictionary: the label says so, its tool tip says what to install.
    document->setField(ArticleDocument::Field::Language, u"pt-BR"_s);
    QTRY_COMPARE(label->text(), u"Spelling not checked"_s);
    QVERIFY(label->toolTip().contains(u"hunspell-pt-br"_s));
}

void TestSpellingUi::dictionariesPageEditsTheLists()
{
    QVERIFY(m_spelling->addPersonalWord(u"Okafor"_s));
    PreferencesDialog dialog;
    dialog.setSpelling(m_spelling.get());
    DictionariesPage *page = dialog.dictionariesPage();
    auto *installed = page->findChild<QListWidget *>(u"dictionaryList"_s);
    QCOMPARE(installed->count(), 3);
    QVERIFY(installed->item(1)->text().startsWith(u"en_US"_s));

    auto *word = page->findChild<QLineEdit *>(u"newsroomWordEdit"_s);
    word->setText(u"Zorblat"_s);
    // Enter in the field adds the word; it does not close Preferences.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QTabWidget *>(u"tabs"_s)->setCurrentWidget(page);
    word->setFocus();
    QTest::keyClick(word, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(word->text().isEmpty());
    auto *newsroom = page->findChild<QTreeWidget *>(u"newsroomList"_s);
    QCOMPARE(newsroom->topLevelItemCount(), 1);
    QCOMPARE(newsroom->topLevelItem(0)->text(0), u"Zorblat"_s);
    QCOMPARE(newsroom->topLevelItem(0)->text(1), u"tester"_s);
    QCOMPARE(DictionaryStore(*m_db).newsroomWords().size(), 1);
    waitChecked();
    QCOMPARE(underlinedWords(block(2)), QStringList()); // at once, in the open article

    // A word with a space is refused with a message (no store change).
    word->setText(u"two words"_s);
    QTimer::singleShot(0, this, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QVERIFY(!page->addNewsroomWord());
    QCOMPARE(DictionaryStore(*m_db).newsroomWords().size(), 1);

    newsroom->topLevelItem(0)->setSelected(true);
    page->removeSelectedNewsroomWords();
    QCOMPARE(newsroom->topLevelItemCount(), 0);
    QVERIFY(DictionaryStore(*m_db).newsroomWords().isEmpty());
    waitChecked();
    QCOMPARE(underlinedWords(block(2)), QStringList{u"Zorblat"_s});

    auto *personal = page->findChild<QListWidget *>(u"personalList"_s);
    QCOMPARE(personal->count(), 1);
    QCOMPARE(personal->item(0)->text(), u"Okafor"_s);
    personal->item(0)->setSelected(true);
    page->removeSelectedPersonalWords();
    QCOMPARE(personal->count(), 0);
    QVERIFY(m_spelling->speller()->personalWords().isEmpty());
}

QTEST_MAIN(TestSpellingUi)
#include "tst_spellingui.moc"
