#include "models/ArticleDocument.h"
#include "models/SourceRegistryModel.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "widgets/AttachSourceDialog.h"
#include "widgets/AttributionGutter.h"
#include "widgets/AttributionStyle.h"
#include "widgets/BodyEditor.h"
#include "widgets/SourcesDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QtTest>

namespace {

const QString p0 = QStringLiteral("Dockworkers returned to work on Monday after a six-day strike.");
const QString p1 = QStringLiteral(
    "The union accepted a 6 percent raise over two years, its negotiators said late on Sunday, "
    "after talks that ran through the weekend at the port authority's offices and ended with "
    "both sides promising to review overtime rules, night-shift pay and the staffing of the "
    "container terminals before the next season.");
const QString p2 = QStringLiteral("Ships queued outside the harbour for most of the week.");
const QString p3 = QStringLiteral("Exporters said the backlog would take a month to clear.");

Attribution source(const QString &name, Verification state = Verification::Unchecked)
{
    Attribution attribution;
    attribution.sourceName = name;
    attribution.verification = state;
    if (state != Verification::Unchecked) {
        attribution.reviewer = QStringLiteral("desk");
        attribution.reviewedAt = QDateTime(QDate(2024, 5, 3), QTime(9, 30), Qt::UTC);
    }
    return attribution;
}

QStringList namesOf(const QList<Attribution> &attributions)
{
    QStringList names;
    for (const Attribution &attribution : attributions)
        names << attribution.sourceName;
    return names;
}

// Everything about the paragraphs that must survive editing, saving and reloading.
QString describe(const QList<Paragraph> &paragraphs)
{
    QStringList lines;
    for (const Paragraph &paragraph : paragraphs) {
        QStringList attributions;
        for (const Attribution &a : paragraph.attributions)
            attributions << QStringLiteral("%1/%2/%3/%4/%5")
                                .arg(a.sourceName, verificationKey(a.verification), a.detail, a.url,
                                     a.reviewer);
        lines << QStringLiteral("%1 | %2 | %3")
                     .arg(paragraph.uuid.toString(), paragraph.text, attributions.join(u", "));
    }
    return lines.join(u'\n');
}

QKeySequence firstBinding(QKeySequence::StandardKey key)
{
    return QKeySequence::keyBindings(key).constFirst();
}

void press(QWidget *widget, const QKeySequence &sequence)
{
    const QKeyCombination combination = sequence[0];
    QTest::keyClick(widget, combination.key(), combination.keyboardModifiers());
}

} // namespace

class TestBodyEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typingKeepsAttributions();
    void enterSplitsAndUndoRestores();
    void backspaceAtBoundaryMerges();
    void deleteAtBoundaryMerges();
    void altArrowsMoveParagraphs();
    void undoRedoGoThroughTheArticleStack();
    void pasteCreatesParagraphsWithConvention();
    void cutAndPasteCarriesSources();
    void gutterShowsChipsAndReportsClicks();
    void gutterPaintsStateColours();
    void gutterChipsFollowNamesStatesAndFonts();
    void attachDialogAddsExistingAndNewSources();
    void attachDialogUpdatesAndRemoves();
    void readOnlyEditorRefusesEdits();
    void registryModel();
    void sourcesDialogMerges();
    void sourcesDialogDeletesOnlyUncited();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("desk.sqlite")); }
    void placeCursor(int block, int offset);
    QTextBlock block(int number) const { return m_doc->body()->findBlockByNumber(number); }
    // Saves the article as edited and reads it back through a second connection.
    void saveAndReopen(Article *reloaded);
    void checkPersisted();
    AttachSourceDialog *openDialog();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<BodyEditor> m_editor;
    Article m_article; // as loaded
};

void TestBodyEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    StoreError error = m_db->open(path());
    QVERIFY2(!error, qPrintable(error.message));
    m_store = std::make_unique<ArticleStore>(*m_db);

    Article article;
    article.headline = QStringLiteral("Port strike ends");
    article.paragraphs = {
        Paragraph{{}, p0, {source(QStringLiteral("Port authority"), Verification::Verified)}},
        Paragraph{{},
                  p1,
                  {source(QStringLiteral("Dockworkers union")),
                   source(QStringLiteral("Port authority"), Verification::Disputed)}},
        Paragraph{{}, p2, {}},
        Paragraph{{}, p3, {source(QStringLiteral("Oakland port authority"))}},
    };
    for (Paragraph &paragraph : article.paragraphs)
        paragraph.uuid = QUuid::createUuid();
    error = m_store->create(article);
    QVERIFY2(!error, qPrintable(error.message));
    const std::optional<Article> loaded = m_store->load(article.id, &error);
    QVERIFY2(loaded, qPrintable(error.message));
    m_article = *loaded;

    m_doc = std::make_unique<ArticleDocument>(m_article);
    m_editor = std::make_unique<BodyEditor>();
    m_editor->setStore(m_store.get());
    m_editor->resize(900, 420);
    m_editor->setArticleDocument(m_doc.get());
    // Showing the body in the editor (which gives it a plain-text layout) changes nothing.
    QCOMPARE(m_doc->article().paragraphs, m_article.paragraphs);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(m_editor->toPlainText(), QStringList({p0, p1, p2, p3}).join(u'\n'));
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void TestBodyEditor::cleanup()
{
    m_editor.reset();
    m_doc.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestBodyEditor::placeCursor(int number, int offset)
{
    QTextCursor cursor(m_doc->body());
    cursor.setPosition(block(number).position() + offset);
    m_editor->setTextCursor(cursor);
}

void TestBodyEditor::saveAndReopen(Article *reloaded)
{
    Article article = m_doc->article();
    StoreError error = m_store->save(article);
    QVERIFY2(!error, qPrintable(error.message));
    m_doc->markSaved(article);

    Database other;
    error = other.open(path());
    QVERIFY2(!error, qPrintable(error.message));
    ArticleStore store(other);
    const std::optional<Article> loaded = store.load(article.id, &error);
    QVERIFY2(loaded, qPrintable(error.message));
    *reloaded = *loaded;
}

void TestBodyEditor::checkPersisted()
{
    Article reloaded;
    saveAndReopen(&reloaded);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(describe(reloaded.paragraphs), describe(m_doc->article().paragraphs));
}

AttachSourceDialog *TestBodyEditor::openDialog()
{
    AttachSourceDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_editor->findChild<AttachSourceDialog *>()) != nullptr); }();
    return dialog;
}

void TestBodyEditor::typingKeepsAttributions()
{
    const ParagraphMeta before = m_doc->paragraphMeta(0);
    placeCursor(0, 11); // "Dockworkers| returned"
    QTest::keyClicks(m_editor.get(), QStringLiteral(" finally"));
    QCOMPARE(block(0).text(),
             QStringLiteral("Dockworkers finally returned to work on Monday after a six-day "
                            "strike."));
    QCOMPARE(m_doc->paragraphMeta(0), before);
    checkPersisted();
}

void TestBodyEditor::enterSplitsAndUndoRestores()
{
    const QList<Paragraph> original = m_doc->article().paragraphs;
    placeCursor(1, 10); // "The union |accepted"
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QCOMPARE(m_doc->body()->blockCount(), 5);
    QCOMPARE(block(1).text(), QStringLiteral("The union "));
    QCOMPARE(m_doc->paragraphMeta(1).uuid, original.at(1).uuid);
    QCOMPARE(m_doc->paragraphMeta(1).attributions, original.at(1).attributions);
    const QUuid secondHalf = m_doc->paragraphMeta(2).uuid;
    QVERIFY(secondHalf != original.at(1).uuid);
    QVERIFY(m_doc->paragraphMeta(2).attributions.isEmpty());
    QCOMPARE(m_editor->textCursor().blockNumber(), 2);
    const QList<Paragraph> split = m_doc->article().paragraphs;

    // The first half's text changed, so the save unchecks its sources (the reviewer saw the
    // whole sentence), in the store and in the editor.
    QList<Paragraph> stored = split;
    for (Attribution &attribution : stored[1].attributions) {
        attribution.verification = Verification::Unchecked;
        attribution.reviewer.clear();
        attribution.reviewedAt = {};
        attribution.note.clear();
    }
    Article reloaded;
    saveAndReopen(&reloaded);
    QCOMPARE(describe(reloaded.paragraphs), describe(stored));
    QCOMPARE(describe(m_doc->article().paragraphs), describe(stored));
    QVERIFY(reloaded.paragraphs.at(2).attributions.isEmpty());

    // Undo brings the whole sentence back with its review (the reviewer saw that text); redo
    // the split as it was saved, unchecked: an old review never comes back with other text.
    press(m_editor.get(), firstBinding(QKeySequence::Undo));
    QCOMPARE(m_doc->article().paragraphs, original);
    press(m_editor.get(), firstBinding(QKeySequence::Redo));
    QCOMPARE(describe(m_doc->article().paragraphs), describe(stored));
    saveAndReopen(&reloaded);
    QCOMPARE(describe(reloaded.paragraphs), describe(stored));
    QCOMPARE(describe(m_doc->article().paragraphs), describe(stored));
    QCOMPARE(m_doc->paragraphMeta(2).uuid, secondHalf);
}

void TestBodyEditor::backspaceAtBoundaryMerges()
{
    const QList<Paragraph> original = m_doc->article().paragraphs;
    placeCursor(1, 0);
    QTest::keyClick(m_editor.get(), Qt::Key_Backspace);
    QCOMPARE(m_doc->body()->blockCount(), 3);
    QCOMPARE(block(0).text(), p0 + p1);
    QCOMPARE(m_doc->paragraphMeta(0).uuid, original.at(0).uuid);
    // The union: the first paragraph's own attribution stays as it was (verified).
    QCOMPARE(namesOf(m_doc->paragraphMeta(0).attributions),
             (QStringList{QStringLiteral("Port authority"), QStringLiteral("Dockworkers union")}));
    QCOMPARE(m_doc->paragraphMeta(0).attributions.at(0).verification, Verification::Verified);
    checkPersisted();

    press(m_editor.get(), firstBinding(QKeySequence::Undo));
    QCOMPARE(m_doc->article().paragraphs, original);
    checkPersisted();
}

void TestBodyEditor::deleteAtBoundaryMerges()
{
    const QList<Paragraph> original = m_doc->article().paragraphs;
    placeCursor(2, int(p2.size())); // end of the unattributed paragraph
    QTest::keyClick(m_editor.get(), Qt::Key_Delete);
    QCOMPARE(m_doc->body()->blockCount(), 3);
    QCOMPARE(block(2).text(), p2 + p3);
    QCOMPARE(m_doc->paragraphMeta(2).uuid, original.at(2).uuid);
    QCOMPARE(namesOf(m_doc->paragraphMeta(2).attributions),
             QStringList{QStringLiteral("Oakland port authority")});
    checkPersisted();

    press(m_editor.get(), firstBinding(QKeySequence::Undo));
    QCOMPARE(m_doc->article().paragraphs, original);
}

void TestBodyEditor::altArrowsMoveParagraphs()
{
    const QList<Paragraph> original = m_doc->article().paragraphs;
    placeCursor(0, 5);
    QVERIFY(!m_editor->moveUpAction()->isEnabled());
    QVERIFY(m_editor->moveDownAction()->isEnabled());
    QTest::keyClick(m_editor.get(), Qt::Key_Down, Qt::AltModifier);
    QList<Paragraph> moved = original;
    moved.move(0, 1);
    QCOMPARE(m_doc->article().paragraphs, moved);
    QCOMPARE(m_editor->textCursor().blockNumber(), 1);
    QCOMPARE(m_editor->textCursor().positionInBlock(), 5);
    checkPersisted();

    QTest::keyClick(m_editor.get(), Qt::Key_Down, Qt::AltModifier);
    moved.move(1, 2);
    QCOMPARE(m_doc->article().paragraphs, moved);
    QTest::keyClick(m_editor.get(), Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(m_editor.get(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_doc->article().paragraphs, original);
    QCOMPARE(m_editor->textCursor().blockNumber(), 0);

    // Each move is one step: undo the two ups, then the two downs.
    for (int i = 0; i < 2; ++i)
        press(m_editor.get(), firstBinding(QKeySequence::Undo));
    QCOMPARE(m_doc->article().paragraphs, moved);
    for (int i = 0; i < 2; ++i)
        press(m_editor.get(), firstBinding(QKeySequence::Undo));
    QCOMPARE(m_doc->article().paragraphs, original);
    checkPersisted();
}

void TestBodyEditor::undoRedoGoThroughTheArticleStack()
{
    QUndoStack *stack = m_doc->undoStack();
    const QList<Paragraph> original = m_doc->article().paragraphs;

    // A merge undone by QTextDocument alone would lose the second paragraph's attributions; the
    // article's stack restores them exactly, whichever way undo is asked for.
    placeCursor(1, 0);
    QTest::keyClick(m_editor.get(), Qt::Key_Backspace);
    QCOMPARE(stack->count(), 1);
    const QList<Paragraph> merged = m_doc->article().paragraphs;

    std::unique_ptr<QMenu> menu(m_editor->createContextMenu(QPoint(10, 10)));
    QAction *undo = menu->findChild<QAction *>(QStringLiteral("edit-undo"));
    QAction *redo = menu->findChild<QAction *>(QStringLiteral("edit-redo"));
    QVERIFY(undo);
    QVERIFY(redo);
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    QVERIFY(menu->actions().contains(m_editor->attachSourceAction()));
    QVERIFY(menu->actions().contains(m_editor->moveUpAction()));
    undo->trigger();
    QCOMPARE(stack->index(), 0);
    QCOMPARE(m_doc->article().paragraphs, original);
    menu.reset(m_editor->createContextMenu(QPoint(10, 10)));
    redo = menu->findChild<QAction *>(QStringLiteral("edit-redo"));
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(m_doc->article().paragraphs, merged);

    press(m_editor.get(), firstBinding(QKeySequence::Undo));
    QCOMPARE(m_doc->article().paragraphs, original);
    QCOMPARE(m_editor->textCursor().position(), block(1).position()); // where the text changed
    press(m_editor.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(m_doc->article().paragraphs, merged);
    press(m_editor.get(), firstBinding(QKeySequence::Undo));

    // An attribution step is on the same stack; undoing it shows its paragraph.
    m_doc->setAttributions(m_doc->paragraphMeta(2).uuid, {source(QStringLiteral("Coast guard"))},
                           QStringLiteral("Attach source"));
    placeCursor(0, 0);
    press(m_editor.get(), firstBinding(QKeySequence::Undo));
    QVERIFY(m_doc->paragraphMeta(2).attributions.isEmpty());
    QCOMPARE(m_editor->textCursor().blockNumber(), 2);
    press(m_editor.get(), firstBinding(QKeySequence::Redo));
    QCOMPARE(namesOf(m_doc->paragraphMeta(2).attributions),
             QStringList{QStringLiteral("Coast guard")});

    // The body document's own undo history is never replayed behind the stack's back.
    QCOMPARE(stack->index(), stack->count());
    checkPersisted();
}

void TestBodyEditor::pasteCreatesParagraphsWithConvention()
{
    placeCursor(3, int(p3.size()));
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    const QList<Paragraph> beforePaste = m_doc->article().paragraphs;
    const int steps = m_doc->undoStack()->count();

    QApplication::clipboard()->setText(
        QStringLiteral("Cranes restarted at dawn. (Source attribution: Harbour master)\n\n"
                       "Trucks lined up at the gates.\r\n\r\n"
                       "Prices eased by Friday. (Source: Port authority; Exporters' guild)"));
    QTest::keyClick(m_editor.get(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->body()->blockCount(), 7);
    QCOMPARE(block(4).text(), QStringLiteral("Cranes restarted at dawn."));
    QCOMPARE(namesOf(m_doc->paragraphMeta(4).attributions),
             QStringList{QStringLiteral("Harbour master")});
    QCOMPARE(block(5).text(), QStringLiteral("Trucks lined up at the gates."));
    QVERIFY(m_doc->paragraphMeta(5).attributions.isEmpty());
    QCOMPARE(namesOf(m_doc->paragraphMeta(6).attributions),
             (QStringList{QStringLiteral("Port authority"), QStringLiteral("Exporters' guild")}));
    QCOMPARE(m_editor->textCursor().blockNumber(), 6);
    const QList<Paragraph> pasted = m_doc->article().paragraphs;

    Article reloaded;
    saveAndReopen(&reloaded);
    QCOMPARE(describe(reloaded.paragraphs), describe(pasted));
    QVERIFY(reloaded.paragraphs.at(4).attributions.at(0).sourceId != 0);
    QVERIFY(m_store->sourceByName(QStringLiteral("harbour MASTER")).has_value());

    press(m_editor.get(), firstBinding(QKeySequence::Undo));
    QCOMPARE(m_doc->article().paragraphs, beforePaste);
    press(m_editor.get(), firstBinding(QKeySequence::Redo));
    // As saved: the same sources, now with their registry ids.
    QCOMPARE(describe(m_doc->article().paragraphs), describe(pasted));
}

void TestBodyEditor::cutAndPasteCarriesSources()
{
    // Cutting a whole paragraph line puts it on the clipboard in the plain-text convention.
    const QList<Attribution> second = m_doc->paragraphMeta(1).attributions;
    placeCursor(0, 0);
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(block(1).position(), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    QTest::keyClick(m_editor.get(), Qt::Key_X, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(),
             p0 + QStringLiteral(" (Source attribution: Port authority)\n\n"));
    QCOMPARE(block(0).text(), p1);
    QCOMPARE(m_doc->paragraphMeta(0).attributions, second);

    // Pasted after the last paragraph, it cites its source again (as an unchecked claim).
    placeCursor(2, int(p3.size()));
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QTest::keyClick(m_editor.get(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(block(3).text(), p0);
    QCOMPARE(namesOf(m_doc->paragraphMeta(3).attributions),
             QStringList{QStringLiteral("Port authority")});
    QCOMPARE(m_doc->paragraphMeta(3).attributions.at(0).verification, Verification::Unchecked);

    // A phrase copied out of a paragraph does not carry the paragraph's sources.
    placeCursor(0, 4);
    cursor = m_editor->textCursor();
    cursor.setPosition(block(0).position() + 9, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    QTest::keyClick(m_editor.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("union"));
    checkPersisted();
}

void TestBodyEditor::gutterShowsChipsAndReportsClicks()
{
    AttributionGutter *gutter = m_editor->gutter();
    QVERIFY(gutter->isVisible());
    QVERIFY(gutter->width() >= 120);
    QCOMPARE(m_editor->viewport()->x() - m_editor->contentsRect().left(), gutter->width());

    // The long paragraph has room for both chips; the one-line paragraphs show one chip each.
    QCOMPARE(gutter->chipRects(1).size(), 2);
    QCOMPARE(gutter->hiddenCount(1), 0);
    QCOMPARE(gutter->chipRects(0).size(), 1);
    QVERIFY(gutter->barRect(0).isNull());
    QVERIFY(gutter->chipRects(2).isEmpty());
    QVERIFY(!gutter->barRect(2).isNull());
    for (int number = 0; number < 4; ++number) {
        const QRectF band = m_editor->paragraphGeometry(block(number));
        for (const QRect &chip : gutter->chipRects(number)) {
            QVERIFY(gutter->rect().contains(chip));
            QVERIFY2(chip.top() >= band.top() && chip.bottom() <= band.bottom(),
                     "a chip stays within its paragraph's height");
        }
    }

    // Tooltips name the source, its verification and detail; the bar explains itself.
    const QPoint verifiedChip = gutter->chipRects(0).at(0).center();
    QHelpEvent help(QEvent::ToolTip, verifiedChip, gutter->mapToGlobal(verifiedChip));
    QApplication::sendEvent(gutter, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("Port authority")));
    QVERIFY(QToolTip::text().contains(AttributionStyle::verificationLabel(Verification::Verified)));
    QVERIFY(QToolTip::text().contains(QStringLiteral("desk")));
    const QPoint barCenter = gutter->barRect(2).center();
    QHelpEvent barHelp(QEvent::ToolTip, barCenter, gutter->mapToGlobal(barCenter));
    QApplication::sendEvent(gutter, &barHelp);
    QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("No source")));
    QToolTip::hideText();

    QSignalSpy clicked(gutter, &AttributionGutter::attributionClicked);
    QSignalSpy attach(gutter, &AttributionGutter::attachRequested);
    QTest::mouseClick(gutter, Qt::LeftButton, {}, gutter->chipRects(1).at(1).center());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), 1);
    QCOMPARE(clicked.at(0).at(1).toInt(), 1);
    // The editor opens the attach dialog on that paragraph, with that source selected.
    AttachSourceDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->paragraph(), m_doc->paragraphMeta(1).uuid);
    QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("attributionList"))->currentRow(), 1);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("sourceEdit"))->text(),
             QStringLiteral("Port authority"));
    dialog->reject();
    QTRY_VERIFY(!m_editor->findChild<AttachSourceDialog *>());

    QTest::mouseClick(gutter, Qt::LeftButton, {}, gutter->barRect(2).center());
    QCOMPARE(attach.size(), 1);
    QCOMPARE(attach.at(0).at(0).toInt(), 2);
    dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->paragraph(), m_doc->paragraphMeta(2).uuid);
    dialog->reject();
    QTRY_VERIFY(!m_editor->findChild<AttachSourceDialog *>());

    // Beside a chip, in the paragraph's band: attach to that paragraph.
    const QRect chip = gutter->chipRects(0).at(0);
    QTest::mouseClick(gutter, Qt::LeftButton, {}, QPoint(chip.right() + 4, chip.center().y()));
    QCOMPARE(attach.size(), 2);
    QCOMPARE(attach.at(1).at(0).toInt(), 0);
    QCOMPARE(gutter->hitTest(QPoint(chip.right() + 4, chip.center().y())).index, -1);
    QTRY_VERIFY(m_editor->findChild<AttachSourceDialog *>());
    m_editor->findChild<AttachSourceDialog *>()->reject();
    QTRY_VERIFY(!m_editor->findChild<AttachSourceDialog *>());

    // More sources than fit beside a one-line paragraph are summarised as "+N".
    m_doc->setAttributions(m_doc->paragraphMeta(0).uuid,
                           {source(QStringLiteral("Port authority")), source(QStringLiteral("A")),
                            source(QStringLiteral("B")), source(QStringLiteral("C"))},
                           QStringLiteral("Attach source"));
    QCOMPARE(gutter->chipRects(0).size(), 1);
    QCOMPARE(gutter->hiddenCount(0), 3);
    QVERIFY(!gutter->overflowRect(0).isNull());
    QVERIFY(!gutter->overflowRect(0).intersects(gutter->chipRects(0).at(0)));
    QCOMPARE(gutter->hitTest(gutter->overflowRect(0).center()).index, 1);

    // Attaching a source replaces the red bar with a chip.
    m_doc->setAttributions(m_doc->paragraphMeta(2).uuid, {source(QStringLiteral("Coast guard"))},
                           QStringLiteral("Attach source"));
    QVERIFY(gutter->barRect(2).isNull());
    QCOMPARE(gutter->chipRects(2).size(), 1);

    // A blank line is spacing: no bar, and clicking beside it attaches nothing.
    placeCursor(3, int(p3.size()));
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QVERIFY(gutter->barRect(4).isNull());
    QVERIFY(!m_editor->attachSourceAction()->isEnabled());
    const QRectF blank = m_editor->paragraphGeometry(block(4));
    QTest::mouseClick(gutter, Qt::LeftButton, {}, QPoint(20, int(blank.center().y())));
    QCOMPARE(attach.size(), 2);
}

void TestBodyEditor::gutterPaintsStateColours()
{
    AttributionGutter *gutter = m_editor->gutter();
    placeCursor(2, 0); // the current paragraph's band is tinted; look at others
    const QImage image = gutter->grab().toImage();
    const QPalette palette = gutter->palette();
    const QRect verified = gutter->chipRects(0).at(0);
    QCOMPARE(image.pixelColor(verified.left() + 2, verified.center().y()).rgb(),
             AttributionStyle::chipColors(Verification::Verified, palette).fill.rgb());
    const QRect disputed = gutter->chipRects(1).at(1);
    QCOMPARE(image.pixelColor(disputed.left() + 2, disputed.center().y()).rgb(),
             AttributionStyle::chipColors(Verification::Disputed, palette).fill.rgb());
    const QRect unchecked = gutter->chipRects(3).at(0);
    QCOMPARE(image.pixelColor(unchecked.left() + 2, unchecked.center().y()).rgb(),
             AttributionStyle::chipColors(Verification::Unchecked, palette).fill.rgb());
    const QRect bar = gutter->barRect(2);
    QCOMPARE(image.pixelColor(bar.center()).rgb(), AttributionStyle::missingColor(palette).rgb());

    // A dark palette gets its own, readable colours.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    QVERIFY(AttributionStyle::isDark(dark));
    for (const Verification state :
         {Verification::Unchecked, Verification::Verified, Verification::Disputed}) {
        const auto light = AttributionStyle::chipColors(state, palette);
        const auto night = AttributionStyle::chipColors(state, dark);
        QVERIFY(light.fill.lightness() > light.text.lightness());
        QVERIFY(night.fill.lightness() < night.text.lightness());
        QVERIFY(qAbs(night.fill.lightness() - night.text.lightness()) > 100);
    }
    m_editor->setPalette(dark);
    const QImage darkImage = gutter->grab().toImage();
    QCOMPARE(darkImage.pixelColor(verified.left() + 2, verified.center().y()).rgb(),
             AttributionStyle::chipColors(Verification::Verified, dark).fill.rgb());
    QCOMPARE(darkImage.pixelColor(bar.center()).rgb(), AttributionStyle::missingColor(dark).rgb());
}

void TestBodyEditor::gutterChipsFollowNamesStatesAndFonts()
{
    // Chips are painted once and reused: a new name, state or font must still show.
    AttributionGutter *gutter = m_editor->gutter();
    placeCursor(2, 0);
    const QUuid paragraph = m_doc->paragraphMeta(3).uuid;
    const auto chipImage = [&] { return gutter->grab(gutter->chipRects(3).at(0)).toImage(); };

    // Names too long for the gutter, differing at the start: same chip size, other text.
    const QString tail = QStringLiteral(" port authority press office statement on the strike");
    m_doc->setAttributions(paragraph, {source(QStringLiteral("Oakland") + tail)},
                           QStringLiteral("Rename"));
    const QRect chip = gutter->chipRects(3).at(0);
    const QImage oakland = chipImage();
    m_doc->setAttributions(paragraph, {source(QStringLiteral("Seattle") + tail)},
                           QStringLiteral("Rename"));
    QCOMPARE(gutter->chipRects(3).at(0), chip);
    QVERIFY(chipImage() != oakland);

    m_doc->setAttributions(paragraph, {source(QStringLiteral("Oakland") + tail)},
                           QStringLiteral("Rename"));
    QCOMPARE(chipImage(), oakland);
    m_doc->setAttributions(paragraph,
                           {source(QStringLiteral("Oakland") + tail, Verification::Verified)},
                           QStringLiteral("Verify"));
    QCOMPARE(gutter->grab().toImage().pixelColor(chip.left() + 2, chip.center().y()).rgb(),
             AttributionStyle::chipColors(Verification::Verified, gutter->palette()).fill.rgb());

    // A larger font: names are measured again (the chip grows at least as much as its name).
    const int width = gutter->chipRects(0).at(0).width();
    const QString name = m_doc->paragraphMeta(0).attributions.at(0).sourceName;
    const int nameWidth = gutter->fontMetrics().horizontalAdvance(name);
    QFont larger = gutter->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    gutter->setFont(larger);
    const int growth = gutter->fontMetrics().horizontalAdvance(name) - nameWidth;
    QVERIFY(growth > 10);
    QVERIFY2(gutter->chipRects(0).at(0).width() - width >= growth,
             qPrintable(QStringLiteral("%1 -> %2, the name %3 px wider")
                            .arg(width)
                            .arg(gutter->chipRects(0).at(0).width())
                            .arg(growth)));
}

void TestBodyEditor::attachDialogAddsExistingAndNewSources()
{
    QSignalSpy registryChanged(m_editor.get(), &BodyEditor::registryChanged);
    placeCursor(2, 3);
    const int steps = m_doc->undoStack()->count();
    QTest::keyClick(m_editor.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    AttachSourceDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->paragraph(), m_doc->paragraphMeta(2).uuid);
    auto *sourceEdit = dialog->findChild<QLineEdit *>(QStringLiteral("sourceEdit"));
    auto *detailEdit = dialog->findChild<QLineEdit *>(QStringLiteral("detailEdit"));
    auto *urlEdit = dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    auto *newSource = dialog->findChild<QGroupBox *>(QStringLiteral("newSourceGroup"));
    auto *kindCombo = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    auto *sourceUrlEdit = dialog->findChild<QLineEdit *>(QStringLiteral("sourceUrlEdit"));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("attributionList"));
    QVERIFY(sourceEdit && detailEdit && urlEdit && newSource && kindCombo && sourceUrlEdit && list);

    // The completer matches any part of a registry name, ignoring case.
    QCompleter *completer = sourceEdit->completer();
    QVERIFY(completer);
    completer->setCompletionPrefix(QStringLiteral("PORT AUTH"));
    QCOMPARE(completer->completionCount(), 2);
    QStringList matches;
    for (int i = 0; completer->setCurrentRow(i); ++i)
        matches << completer->currentCompletion();
    matches.sort();
    QCOMPARE(matches, (QStringList{QStringLiteral("Oakland port authority"),
                                   QStringLiteral("Port authority")}));

    // An existing source: the new-source group stays disabled; Enter adds it.
    QTest::keyClicks(sourceEdit, QStringLiteral("port authority"));
    completer->popup()->hide();
    QVERIFY(!newSource->isEnabled());
    QTest::keyClick(sourceEdit, Qt::Key_Return);
    QVERIFY2(dialog->message().isEmpty(), qPrintable(dialog->message()));
    QCOMPARE(dialog->pendingAttributions().size(), 1);
    QCOMPARE(dialog->pendingAttributions().at(0).sourceName, QStringLiteral("Port authority"));
    QCOMPARE(dialog->pendingAttributions().at(0).sourceId,
             m_store->sourceByName(QStringLiteral("Port authority"))->id);
    QVERIFY(sourceEdit->text().isEmpty());
    QCOMPARE(list->count(), 1);

    // A new source, with its kind and website; a bad link is refused first.
    QTest::keyClicks(sourceEdit, QStringLiteral("Harbour master"));
    completer->popup()->hide();
    QVERIFY(newSource->isEnabled());
    kindCombo->setCurrentIndex(kindCombo->findData(int(SourceKind::Person)));
    QTest::keyClicks(sourceUrlEdit, QStringLiteral("https://harbour.example/"));
    QTest::keyClicks(detailEdit, QStringLiteral("Radio statement, 14:00"));
    QTest::keyClicks(urlEdit, QStringLiteral("harbour statement"));
    QTest::keyClick(urlEdit, Qt::Key_Return);
    QVERIFY(!dialog->message().isEmpty());
    QCOMPARE(dialog->pendingAttributions().size(), 1);
    urlEdit->clear();
    QTest::keyClicks(urlEdit, QStringLiteral("https://harbour.example/statement"));
    QVERIFY(dialog->message().isEmpty()); // typing clears the message
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog->pendingAttributions().size(), 2);
    QCOMPARE(dialog->pendingAttributions().at(1).sourceId, 0); // created on OK
    QCOMPARE(dialog->pendingAttributions().at(1).detail, QStringLiteral("Radio statement, 14:00"));

    // A source the paragraph already has, and an empty name, are refused inline.
    QTest::keyClicks(sourceEdit, QStringLiteral("PORT  Authority"));
    completer->popup()->hide();
    QVERIFY(!dialog->addFromForm());
    QVERIFY(dialog->message().contains(QStringLiteral("already")));
    QCOMPARE(dialog->pendingAttributions().size(), 2);
    sourceEdit->clear();
    QTest::keyClicks(detailEdit, QStringLiteral("page 4"));
    QTest::keyClick(detailEdit, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->message().isEmpty());
    QCOMPARE(dialog->pendingAttributions().size(), 2);
    detailEdit->clear();

    // Nothing is applied before OK.
    QVERIFY(m_doc->paragraphMeta(2).attributions.isEmpty());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_editor->findChild<AttachSourceDialog *>());

    const QList<Attribution> attached = m_doc->paragraphMeta(2).attributions;
    QCOMPARE(namesOf(attached),
             (QStringList{QStringLiteral("Port authority"), QStringLiteral("Harbour master")}));
    const std::optional<Source> created = m_store->sourceByName(QStringLiteral("Harbour master"));
    QVERIFY(created);
    QCOMPARE(created->kind, SourceKind::Person);
    QCOMPARE(created->url, QStringLiteral("https://harbour.example/"));
    QCOMPARE(attached.at(1).sourceId, created->id);
    QCOMPARE(attached.at(1).url, QStringLiteral("https://harbour.example/statement"));
    QCOMPARE(registryChanged.size(), 1);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    checkPersisted();

    // One undo removes the attachment; redo brings it back.
    press(m_editor.get(), firstBinding(QKeySequence::Undo));
    QVERIFY(m_doc->paragraphMeta(2).attributions.isEmpty());
    QVERIFY(!m_editor->gutter()->barRect(2).isNull());
    press(m_editor.get(), firstBinding(QKeySequence::Redo));
    QCOMPARE(m_doc->paragraphMeta(2).attributions, attached);
}

void TestBodyEditor::attachDialogUpdatesAndRemoves()
{
    const QList<Paragraph> original = m_doc->article().paragraphs;
    AttachSourceDialog *dialog = m_editor->openAttachSourceDialog(0, 0);
    QVERIFY(dialog);
    auto *detailEdit = dialog->findChild<QLineEdit *>(QStringLiteral("detailEdit"));
    auto *addButton = dialog->findChild<QPushButton *>(QStringLiteral("addButton"));
    QVERIFY(!addButton->isEnabled()); // nothing changed yet
    QTest::keyClicks(detailEdit, QStringLiteral("Press release"));
    QVERIFY(addButton->isEnabled());
    QCOMPARE(addButton->text(), QStringLiteral("&Update"));
    QTest::mouseClick(addButton, Qt::LeftButton);
    QCOMPARE(dialog->pendingAttributions().size(), 1);
    QCOMPARE(dialog->pendingAttributions().at(0).detail, QStringLiteral("Press release"));
    // What was verified was the claim without this detail: it needs checking again.
    QCOMPARE(dialog->pendingAttributions().at(0).verification, Verification::Unchecked);
    dialog->accept();
    QCOMPARE(m_doc->paragraphMeta(0).attributions.at(0).detail, QStringLiteral("Press release"));
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Edit source"));

    dialog = m_editor->openAttachSourceDialog(1);
    QVERIFY(dialog);
    dialog->selectAttribution(0);
    dialog->removeSelected();
    QCOMPARE(namesOf(dialog->pendingAttributions()), QStringList{QStringLiteral("Port authority")});
    dialog->accept();
    QCOMPARE(namesOf(m_doc->paragraphMeta(1).attributions),
             QStringList{QStringLiteral("Port authority")});
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Remove source"));
    checkPersisted();

    press(m_editor.get(), firstBinding(QKeySequence::Undo));
    press(m_editor.get(), firstBinding(QKeySequence::Undo));
    QCOMPARE(m_doc->article().paragraphs, original);

    // A blank paragraph cannot take sources.
    placeCursor(3, int(p3.size()));
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QVERIFY(!m_editor->openAttachSourceDialog(4));
}

void TestBodyEditor::readOnlyEditorRefusesEdits()
{
    const QList<Paragraph> original = m_doc->article().paragraphs;
    placeCursor(1, 0);
    QTest::keyClick(m_editor.get(), Qt::Key_Backspace);
    const QList<Paragraph> merged = m_doc->article().paragraphs;
    m_editor->setReadOnly(true);
    QVERIFY(!m_editor->attachSourceAction()->isEnabled());
    QVERIFY(!m_editor->moveDownAction()->isEnabled());
    QTest::keyClicks(m_editor.get(), QStringLiteral("xyz"));
    press(m_editor.get(), firstBinding(QKeySequence::Undo));
    QTest::keyClick(m_editor.get(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_doc->article().paragraphs, merged);
    QVERIFY(!m_editor->openAttachSourceDialog(0));

    m_editor->setReadOnly(false);
    QVERIFY(m_editor->attachSourceAction()->isEnabled());
    press(m_editor.get(), firstBinding(QKeySequence::Undo));
    QCOMPARE(m_doc->article().paragraphs, original);

    // A lock outlasts switching articles, whichever way it was set.
    m_editor->setReadOnly(true);
    m_editor->setArticleDocument(nullptr);
    m_editor->setArticleDocument(m_doc.get());
    QVERIFY(m_editor->isReadOnly());
    static_cast<QPlainTextEdit *>(m_editor.get())->setReadOnly(false);
    m_editor->setArticleDocument(m_doc.get());
    QVERIFY(!m_editor->isReadOnly());

    // No article: an empty, read-only editor whose gutter paints nothing.
    m_editor->setArticleDocument(nullptr);
    QVERIFY(m_editor->isReadOnly());
    QVERIFY(m_editor->toPlainText().isEmpty());
    QVERIFY(m_editor->gutter()->chipRects(0).isEmpty());
    QVERIFY(!m_editor->grab().isNull());
    m_editor->setArticleDocument(m_doc.get());
    QCOMPARE(m_editor->toPlainText(), m_doc->body()->toPlainText());
}

void TestBodyEditor::registryModel()
{
    SourceRegistryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &SourceRegistryModel::editFailed);
    QSignalSpy edited(&model, &SourceRegistryModel::sourceEdited);
    QCOMPARE(model.rowCount(), 0);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(SourceRegistryModel::ColumnCount));
    const int port = model.rowOfSource(m_store->sourceByName(QStringLiteral("Port authority"))->id);
    QVERIFY(port >= 0);
    QCOMPARE(model.index(port, SourceRegistryModel::NameColumn).data().toString(),
             QStringLiteral("Port authority"));
    QCOMPARE(model.index(port, SourceRegistryModel::CitedByColumn).data().toInt(), 2);
    QCOMPARE(model.index(port, 0).data(SourceRegistryModel::CitationCountRole).toInt(), 2);
    QVERIFY(
        !(model.flags(model.index(port, SourceRegistryModel::CitedByColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(port, SourceRegistryModel::NameColumn)) & Qt::ItemIsEditable);

    // Rename, kind and website go to the store.
    const QModelIndex name = model.index(port, SourceRegistryModel::NameColumn);
    QVERIFY(model.setData(name, QStringLiteral("  Port of Oakland  ")));
    QCOMPARE(name.data().toString(), QStringLiteral("Port of Oakland"));
    QVERIFY(m_store->sourceByName(QStringLiteral("port of oakland")).has_value());
    QVERIFY(!m_store->sourceByName(QStringLiteral("Port authority")).has_value());
    QVERIFY(
        model.setData(model.index(port, SourceRegistryModel::KindColumn), int(SourceKind::Agency)));
    QCOMPARE(model.index(port, SourceRegistryModel::KindColumn).data().toString(),
             sourceKindLabel(SourceKind::Agency));
    QVERIFY(model.setData(model.index(port, SourceRegistryModel::UrlColumn),
                          QStringLiteral("https://port.example")));
    const std::optional<Source> stored = m_store->sourceByName(QStringLiteral("Port of Oakland"));
    QCOMPARE(stored->kind, SourceKind::Agency);
    QCOMPARE(stored->url, QStringLiteral("https://port.example"));
    QCOMPARE(edited.size(), 3);
    QVERIFY(failed.isEmpty());

    // Refused edits leave the row and the store as they were.
    QVERIFY(!model.setData(name, QStringLiteral("dockworkers UNION")));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!model.setData(name, QStringLiteral("   ")));
    QVERIFY(!model.setData(model.index(port, SourceRegistryModel::UrlColumn),
                           QStringLiteral("ftp://port.example")));
    QVERIFY(!model.setData(model.index(port, SourceRegistryModel::CitedByColumn), 7));
    QCOMPARE(failed.size(), 3);
    QCOMPARE(name.data().toString(), QStringLiteral("Port of Oakland"));
    QCOMPARE(m_store->sourceByName(QStringLiteral("Port of Oakland"))->url,
             QStringLiteral("https://port.example"));

    QVERIFY(SourceRegistryModel::isValidUrl(QString()));
    QVERIFY(SourceRegistryModel::isValidUrl(QStringLiteral("http://a.example/x?y=1")));
    QVERIFY(!SourceRegistryModel::isValidUrl(QStringLiteral("https://")));
    QVERIFY(!SourceRegistryModel::isValidUrl(QStringLiteral("mailto:desk@example.com")));

    model.reload();
    QCOMPARE(model.rowCount(), 3);
    model.setStore(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestBodyEditor::sourcesDialogMerges()
{
    SourcesDialog dialog(m_store.get());
    QSignalSpy changed(&dialog, &SourcesDialog::registryChanged);
    dialog.show();
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("sourceView"));
    auto *merge = dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"));
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(view && merge && filter);
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(!merge->isEnabled());

    // The filter narrows the table to the two port authorities; select both.
    QTest::keyClicks(filter, QStringLiteral("PORT"));
    QCOMPARE(view->model()->rowCount(), 2);
    view->selectAll();
    QVERIFY(merge->isEnabled());
    const qint64 keep = m_store->sourceByName(QStringLiteral("Port authority"))->id;
    const qint64 duplicate = m_store->sourceByName(QStringLiteral("Oakland port authority"))->id;
    QCOMPARE(dialog.selectedSourceIds(),
             (QList<qint64>{std::min(keep, duplicate), std::max(keep, duplicate)}));

    // Merge… asks which source to keep; the most cited one is offered first.
    QString offered;
    QTimer::singleShot(0, &dialog, [&] {
        auto *picker = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(picker);
        offered = picker->textValue();
        picker->accept();
    });
    QTest::mouseClick(merge, Qt::LeftButton);
    QVERIFY(offered.startsWith(QStringLiteral("Port authority")));
    QVERIFY2(dialog.message().isEmpty(), qPrintable(dialog.message()));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_store->sourceByName(QStringLiteral("Oakland port authority")).has_value());
    QCOMPARE(m_store->citationCounts().value(keep), 3);
    filter->clear();
    QCOMPARE(view->model()->rowCount(), 2);
    const int row = dialog.model()->rowOfSource(keep);
    QCOMPARE(dialog.model()->index(row, SourceRegistryModel::CitedByColumn).data().toInt(), 3);

    // The paragraph that cited the duplicate cites the kept source now.
    Database other;
    QVERIFY(!other.open(path()));
    ArticleStore store(other);
    const std::optional<Article> reloaded = store.load(m_article.id);
    QVERIFY(reloaded);
    QCOMPARE(namesOf(reloaded->paragraphs.at(3).attributions),
             QStringList{QStringLiteral("Port authority")});
    QCOMPARE(reloaded->paragraphs.at(3).attributions.at(0).sourceId, keep);
}

void TestBodyEditor::sourcesDialogDeletesOnlyUncited()
{
    Source unused;
    unused.name = QStringLiteral("Unused wire");
    QVERIFY(!m_store->saveSource(unused));
    SourcesDialog dialog(m_store.get());
    QSignalSpy changed(&dialog, &SourcesDialog::registryChanged);
    dialog.show();
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("sourceView"));
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QCOMPARE(view->model()->rowCount(), 4);
    QTest::keyClicks(filter, QStringLiteral("u"));
    view->selectAll(); // every source has a "u": cited ones too
    QCOMPARE(dialog.selectedSourceIds().size(), 4);
    QVERIFY(!dialog.deleteSelected());
    QVERIFY(dialog.message().contains(QStringLiteral("Port authority")));
    // Source names are shown as written, never read as markup (issue 8).
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message);
    QCOMPARE(message->textFormat(), Qt::PlainText);
    QVERIFY(!m_store->sourceByName(QStringLiteral("Unused wire")).has_value());
    QVERIFY(m_store->sourceByName(QStringLiteral("Port authority")).has_value());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(dialog.model()->rowCount(), 3);
}

QTEST_MAIN(TestBodyEditor)
#include "tst_bodyeditor.moc"
