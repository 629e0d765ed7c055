#include "models/ArticleDocument.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QtTest>

namespace {

Attribution source(const QString &name)
{
    Attribution attribution;
    attribution.sourceName = name;
    return attribution;
}

Article sampleArticle()
{
    Article article;
    article.id = 7;
    article.version = 3;
    article.headline = QStringLiteral("Port strike ends");
    article.paragraphs = {
        Paragraph{QUuid::createUuid(),
                  QStringLiteral("Dockworkers returned to work on Monday."),
                  {source(QStringLiteral("Port authority"))}},
        Paragraph{QUuid::createUuid(),
                  QStringLiteral("The union accepted a 6 percent raise."),
                  {source(QStringLiteral("Dockworkers union")),
                   source(QStringLiteral("Port authority"))}},
        Paragraph{QUuid::createUuid(), QStringLiteral("Ships queued outside the harbour."), {}},
    };
    return article;
}

QStringList sourcesOf(const ParagraphMeta &meta)
{
    QStringList names;
    for (const Attribution &attribution : meta.attributions)
        names << attribution.sourceName;
    return names;
}

QTextCursor cursorAt(ArticleDocument &document, int block, int offset)
{
    QTextCursor cursor(document.body());
    cursor.setPosition(document.body()->findBlockByNumber(block).position() + offset);
    return cursor;
}

} // namespace

class TestArticleDocument : public QObject
{
    Q_OBJECT

private slots:
    void loadsParagraphsWithMetadata();
    void typingKeepsAttributionsAndUndoes();
    void splitKeepsFirstHalfAttributed();
    void splitAtStartKeepsTextAttributed();
    void mergeKeepsTheUnion();
    void deletingParagraphsDeletesAttributions();
    void moveCarriesMetadata();
    void pasteCreatesParagraphsAndAttachesConvention();
    void attributionEditsAreUndoable();
    void fieldEditsMergeIntoOneStep();
    void metaTitleEditsAreUndoable();
    void savedStateTracksTheStack();
};

void TestArticleDocument::loadsParagraphsWithMetadata()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    QCOMPARE(document.body()->blockCount(), 3);
    QCOMPARE(document.paragraphMeta(1).uuid, article.paragraphs.at(1).uuid);
    QCOMPARE(document.article().paragraphs, article.paragraphs);
    QCOMPARE(document.article().headline, article.headline);
    QCOMPARE(document.attributedParagraphCount(), 2);
    QCOMPARE(document.paragraphCount(), 3);
    QVERIFY(!document.isModified());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestArticleDocument::typingKeepsAttributionsAndUndoes()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    QTextCursor cursor = cursorAt(document, 0, 11);
    cursor.insertText(QStringLiteral(" finally"));
    QCOMPARE(document.body()->firstBlock().text(),
             QStringLiteral("Dockworkers finally returned to work on Monday."));
    QCOMPARE(document.paragraphMeta(0),
             (ParagraphMeta{article.paragraphs.at(0).uuid, article.paragraphs.at(0).attributions}));
    QVERIFY(document.isModified());
    document.undoStack()->undo();
    QCOMPARE(document.article().paragraphs, article.paragraphs);
    document.undoStack()->redo();
    QCOMPARE(document.body()->firstBlock().text(),
             QStringLiteral("Dockworkers finally returned to work on Monday."));
    QCOMPARE(sourcesOf(document.paragraphMeta(0)), QStringList{QStringLiteral("Port authority")});
}

void TestArticleDocument::splitKeepsFirstHalfAttributed()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    QTextCursor cursor = cursorAt(document, 1, 10); // "The union |accepted"
    cursor.insertBlock();
    QCOMPARE(document.body()->blockCount(), 4);
    QCOMPARE(document.paragraphMeta(1).uuid, article.paragraphs.at(1).uuid);
    QCOMPARE(document.paragraphMeta(1).attributions.size(), 2);
    const QUuid secondHalf = document.paragraphMeta(2).uuid;
    QVERIFY(!secondHalf.isNull());
    QVERIFY(secondHalf != article.paragraphs.at(1).uuid);
    QVERIFY(document.paragraphMeta(2).attributions.isEmpty());
    QCOMPARE(document.paragraphMeta(3).uuid, article.paragraphs.at(2).uuid);

    document.undoStack()->undo();
    QCOMPARE(document.article().paragraphs, article.paragraphs);
    document.undoStack()->redo();
    QCOMPARE(document.body()->blockCount(), 4);
    QCOMPARE(document.paragraphMeta(2).uuid, secondHalf); // redo restores the same identity
    QCOMPARE(document.paragraphMeta(1).attributions.size(), 2);
}

void TestArticleDocument::splitAtStartKeepsTextAttributed()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    QTextCursor cursor = cursorAt(document, 1, 0);
    cursor.insertBlock();
    QCOMPARE(document.body()->findBlockByNumber(1).text(), QString());
    QVERIFY(document.paragraphMeta(1).attributions.isEmpty());
    QCOMPARE(document.paragraphMeta(2).uuid, article.paragraphs.at(1).uuid);
    QCOMPARE(document.paragraphMeta(2).attributions.size(), 2);
    // The empty line is not a paragraph of the article.
    QCOMPARE(document.article().paragraphs, article.paragraphs);
}

void TestArticleDocument::mergeKeepsTheUnion()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    QTextCursor cursor = cursorAt(document, 1, 0);
    cursor.deletePreviousChar(); // Backspace at the start of paragraph 2
    QCOMPARE(document.body()->blockCount(), 2);
    QCOMPARE(document.paragraphMeta(0).uuid, article.paragraphs.at(0).uuid);
    QCOMPARE(sourcesOf(document.paragraphMeta(0)),
             (QStringList{QStringLiteral("Port authority"), QStringLiteral("Dockworkers union")}));

    document.undoStack()->undo();
    QCOMPARE(document.article().paragraphs, article.paragraphs);

    // Delete at the end of paragraph 2 merges paragraph 3 (unattributed) into it.
    QTextCursor end = cursorAt(document, 1, article.paragraphs.at(1).text.size());
    end.deleteChar();
    QCOMPARE(document.body()->blockCount(), 2);
    QCOMPARE(document.paragraphMeta(1).uuid, article.paragraphs.at(1).uuid);
    QCOMPARE(document.paragraphMeta(1).attributions, article.paragraphs.at(1).attributions);
    document.undoStack()->undo();
    QCOMPARE(document.article().paragraphs, article.paragraphs);
}

void TestArticleDocument::deletingParagraphsDeletesAttributions()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    // Select from the end of paragraph 1 to the end of paragraph 2: paragraph 2 goes entirely.
    QTextCursor cursor = cursorAt(document, 0, article.paragraphs.at(0).text.size());
    cursor.setPosition(document.body()->findBlockByNumber(1).position() +
                           article.paragraphs.at(1).text.size(),
                       QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QCOMPARE(document.body()->blockCount(), 2);
    QCOMPARE(sourcesOf(document.paragraphMeta(0)), QStringList{QStringLiteral("Port authority")});
    QCOMPARE(document.article().paragraphs.size(), 2);
    QVERIFY(document.blockNumberOf(article.paragraphs.at(1).uuid) < 0);
    document.undoStack()->undo();
    QCOMPARE(document.article().paragraphs, article.paragraphs);
}

void TestArticleDocument::moveCarriesMetadata()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    QVERIFY(document.moveParagraph(0, +1));
    QCOMPARE(document.article().paragraphs,
             (QList<Paragraph>{article.paragraphs.at(1), article.paragraphs.at(0),
                               article.paragraphs.at(2)}));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Move paragraph"));
    QVERIFY(document.moveParagraph(2, -1));
    QCOMPARE(document.article().paragraphs,
             (QList<Paragraph>{article.paragraphs.at(1), article.paragraphs.at(2),
                               article.paragraphs.at(0)}));
    QVERIFY(!document.moveParagraph(0, -1));
    QVERIFY(!document.moveParagraph(2, +1));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.article().paragraphs, article.paragraphs);
    document.undoStack()->redo();
    QCOMPARE(document.article().paragraphs.at(0), article.paragraphs.at(1));
}

void TestArticleDocument::pasteCreatesParagraphsAndAttachesConvention()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    QTextCursor cursor = cursorAt(document, 2, article.paragraphs.at(2).text.size());
    document.insertText(
        cursor, QStringLiteral(" More ships waited.\n\nThe harbour master said queues would "
                               "clear by Friday. (Source attribution: Harbour master; "
                               "Port authority)\n\nCrews were relieved."));
    QCOMPARE(document.body()->blockCount(), 5);
    QCOMPARE(document.body()->findBlockByNumber(2).text(),
             QStringLiteral("Ships queued outside the harbour. More ships waited."));
    QCOMPARE(document.paragraphMeta(2).uuid, article.paragraphs.at(2).uuid);
    QCOMPARE(document.body()->findBlockByNumber(3).text(),
             QStringLiteral("The harbour master said queues would clear by Friday."));
    QCOMPARE(sourcesOf(document.paragraphMeta(3)),
             (QStringList{QStringLiteral("Harbour master"), QStringLiteral("Port authority")}));
    QVERIFY(document.paragraphMeta(4).attributions.isEmpty());
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Paste"));
    document.undoStack()->undo();
    QCOMPARE(document.article().paragraphs, article.paragraphs);
    document.undoStack()->redo();
    QCOMPARE(sourcesOf(document.paragraphMeta(3)),
             (QStringList{QStringLiteral("Harbour master"), QStringLiteral("Port authority")}));
}

void TestArticleDocument::attributionEditsAreUndoable()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    QSignalSpy changed(&document, &ArticleDocument::attributionsChanged);
    const QUuid third = article.paragraphs.at(2).uuid;
    document.setAttributions(third, {source(QStringLiteral("Coast guard"))},
                             QStringLiteral("Attach source"));
    QCOMPARE(sourcesOf(document.paragraphMeta(2)), QStringList{QStringLiteral("Coast guard")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(document.attributedParagraphCount(), 3);
    // Typing afterwards, then undoing both, restores exactly.
    QTextCursor cursor = cursorAt(document, 2, 0);
    cursor.insertText(QStringLiteral("Dozens of "));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.article().paragraphs, article.paragraphs);
    document.undoStack()->redo();
    QCOMPARE(sourcesOf(document.paragraphMeta(2)), QStringList{QStringLiteral("Coast guard")});
}

void TestArticleDocument::fieldEditsMergeIntoOneStep()
{
    ArticleDocument document(sampleArticle());
    QSignalSpy changed(&document, &ArticleDocument::fieldChanged);
    document.setField(ArticleDocument::Field::Headline, QStringLiteral("Port strike ends a"));
    document.setField(ArticleDocument::Field::Headline, QStringLiteral("Port strike ends at"));
    document.setField(ArticleDocument::Field::Summary, QStringLiteral("Work resumes."));
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(changed.count(), 3);
    document.undoStack()->undo();
    QCOMPARE(document.field(ArticleDocument::Field::Summary), QString());
    document.undoStack()->undo();
    QCOMPARE(document.field(ArticleDocument::Field::Headline), QStringLiteral("Port strike ends"));
    QVERIFY(!document.isModified());
}

void TestArticleDocument::metaTitleEditsAreUndoable()
{
    ArticleDocument document(sampleArticle());
    const QList<MetaTitle> titles = {MetaTitle{QStringLiteral("Strike over"), true, {}}};
    document.setMetaTitles(titles, QStringLiteral("Add variant"));
    QCOMPARE(document.metaTitles(), titles);
    QCOMPARE(document.article().metaTitles, titles);
    document.undoStack()->undo();
    QVERIFY(document.metaTitles().isEmpty());
}

void TestArticleDocument::savedStateTracksTheStack()
{
    ArticleDocument document(sampleArticle());
    document.setField(ArticleDocument::Field::Byline, QStringLiteral("Harbour desk"));
    QVERIFY(document.isModified());
    Article saved = document.article();
    saved.version = 4;
    document.markSaved(saved);
    QVERIFY(!document.isModified());
    QCOMPARE(document.version(), 4);
    document.undoStack()->undo();
    QVERIFY(document.isModified()); // undoing past a save is a change to save again

    // Typing right where the typing before the save ended must still count as a change.
    ArticleDocument typed(sampleArticle());
    QTextCursor cursor = cursorAt(typed, 0, 0);
    cursor.insertText(QStringLiteral("A"));
    cursor.insertText(QStringLiteral("B"));
    Article afterSave = typed.article();
    afterSave.version = 4;
    typed.markSaved(afterSave);
    QVERIFY(!typed.isModified());
    cursor.insertText(QStringLiteral("C"));
    QVERIFY(typed.isModified());
    QVERIFY(typed.article().paragraphs.at(0).text.startsWith(QStringLiteral("ABC")));
}

QTEST_MAIN(TestArticleDocument)
#include "tst_articledocument.moc"
