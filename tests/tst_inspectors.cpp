#include "core/TextDiff.h"
#include "models/ArticleDocument.h"
#include "models/LinkCommand.h"
#include "models/RevisionListModel.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "widgets/HistoryInspector.h"
#include "widgets/LinksInspector.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using TextDiff::Segment;
using TextDiff::Segments;
using Kind = TextDiff::Segment::Kind;

namespace {

Segment equal(const QString &text)
{
    return {Kind::Equal, text};
}
Segment inserted(const QString &text)
{
    return {Kind::Inserted, text};
}
Segment removed(const QString &text)
{
    return {Kind::Removed, text};
}

QString sideOf(const Segments &segments, Kind changed)
{
    QString text;
    for (const Segment &segment : segments) {
        if (segment.kind == Kind::Equal || segment.kind == changed)
            text += segment.text;
    }
    return text;
}

Attribution attribution(const QString &name)
{
    Attribution result;
    result.sourceName = name;
    return result;
}

const QString variantThree = QStringLiteral("Meta title variant three");

} // namespace

namespace QTest {
template <> char *toString(const Segment &segment)
{
    static const char *const kinds[] = {"Equal", "Inserted", "Removed"};
    return qstrdup(QStringLiteral("{%1, \"%2\"}")
                       .arg(QLatin1String(kinds[int(segment.kind)]), segment.text)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

class TestInspectors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // TextDiff
    void tokenizeKeepsEveryCharacter();
    void wordDiffReplacesOneWord();
    void wordDiffJoinsNeighbouringChanges();
    void wordDiffInsertsAndRemoves();
    void wordDiffOfEqualAndEmptyTexts();
    void textDiffAlignsParagraphsFirst();
    void diffsReassembleBothTexts();
    void longTextsStayBounded();
    void articleDiffFindsFieldAndSourceChanges();
    void articleDiffMatchesParagraphsByUuid();

    // LinkCommand
    void relinkUndoRestoresEveryEnd();
    void unlinkIsUndoable();
    void refusedLinksLeaveNoCommand();

    // LinksInspector
    void labelsShowCanonicalHeadlines();
    void suggestionsComeFromSearchWithoutCurrentArticle();
    void choosingASuggestionLinks();
    void refusedLinkIsExplained();
    void chainShowsSeriesInOrder();
    void openAndUnlinkButtons();

    // History
    void revisionModelListsVersions();
    void revisionModelFollowsSaves();
    void historyShowsDiffAgainstCurrent();
    void restoreAsksThenEmits();

private:
    qint64 createArticle(const QString &headline, const QStringList &metaTitles = {},
                         const QString &body = QStringLiteral("Body text."));
    std::optional<qint64> linkOf(qint64 id, LinkSide side);
    std::unique_ptr<ArticleDocument> openDocument(qint64 id);
    static QStringList visibleTexts(const QWidget &widget);
    static void typeSearch(LinksInspector &inspector, QLineEdit *edit, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
};

void TestInspectors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    const StoreError error = m_db->open(m_dir->filePath(QStringLiteral("inspectors.sqlite")));
    QVERIFY2(!error, qPrintable(error.message));
    m_store = std::make_unique<ArticleStore>(*m_db);
}

void TestInspectors::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestInspectors::createArticle(const QString &headline, const QStringList &metaTitles,
                                     const QString &body)
{
    Article article;
    article.headline = headline;
    article.summary = QStringLiteral("Summary of %1.").arg(headline);
    article.paragraphs.append(Paragraph{QUuid::createUuid(), body, {}});
    for (qsizetype i = 0; i < metaTitles.size(); ++i)
        article.metaTitles.append(MetaTitle{metaTitles.at(i), i == metaTitles.size() - 1, {}});
    const StoreError error = m_store->create(article);
    if (error)
        qFatal("creating an article failed: %s", qPrintable(error.message));
    return article.id;
}

std::optional<qint64> TestInspectors::linkOf(qint64 id, LinkSide side)
{
    const std::optional<Article> article = m_store->load(id);
    if (!article)
        qFatal("article %lld is gone", id);
    const std::optional<ArticleRef> &ref =
        side == LinkSide::Previous ? article->previous : article->next;
    return ref ? std::optional<qint64>(ref->id) : std::nullopt;
}

std::unique_ptr<ArticleDocument> TestInspectors::openDocument(qint64 id)
{
    const std::optional<Article> article = m_store->load(id);
    if (!article)
        qFatal("article %lld is gone", id);
    return std::make_unique<ArticleDocument>(*article);
}

QStringList TestInspectors::visibleTexts(const QWidget &widget)
{
    QStringList texts;
    const QList<QLabel *> labels = widget.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts << label->text() << label->toolTip();
    const QList<QListWidget *> lists = widget.findChildren<QListWidget *>();
    for (const QListWidget *list : lists) {
        for (int row = 0; row < list->count(); ++row)
            texts << list->item(row)->text() << list->item(row)->toolTip();
    }
    return texts;
}

void TestInspectors::typeSearch(LinksInspector &inspector, QLineEdit *edit, const QString &text)
{
    inspector.activateWindow();
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    edit->clear();
    QTest::keyClicks(edit, text);
}

// --- TextDiff ----------------------------------------------------------------------------------

void TestInspectors::tokenizeKeepsEveryCharacter()
{
    const QString text = QStringLiteral("It’s a well-known fact,  isn't it?");
    const QStringList tokens = TextDiff::tokenize(text);
    const QStringList expected{
        QStringLiteral("It’s"),  QStringLiteral(" "),    QStringLiteral("a"),
        QStringLiteral(" "),     QStringLiteral("well"), QStringLiteral("-"),
        QStringLiteral("known"), QStringLiteral(" "),    QStringLiteral("fact"),
        QStringLiteral(","),     QStringLiteral("  "),   QStringLiteral("isn't"),
        QStringLiteral(" "),     QStringLiteral("it"),   QStringLiteral("?")};
    QCOMPARE(tokens, expected);
    QCOMPARE(tokens.join(QString()), text);
}

void TestInspectors::wordDiffReplacesOneWord()
{
    const Segments diff = TextDiff::diffWords(QStringLiteral("the quick brown fox"),
                                              QStringLiteral("the slow brown fox"));
    const Segments expected{equal(QStringLiteral("the ")), removed(QStringLiteral("quick")),
                            inserted(QStringLiteral("slow")), equal(QStringLiteral(" brown fox"))};
    QCOMPARE(diff, expected);
}

void TestInspectors::wordDiffJoinsNeighbouringChanges()
{
    // The space between two replaced words is kept inside one change, not shown as "equal".
    const Segments diff = TextDiff::diffWords(QStringLiteral("the quick brown fox"),
                                              QStringLiteral("the slow red fox"));
    const Segments expected{equal(QStringLiteral("the ")), removed(QStringLiteral("quick brown")),
                            inserted(QStringLiteral("slow red")), equal(QStringLiteral(" fox"))};
    QCOMPARE(diff, expected);
}

void TestInspectors::wordDiffInsertsAndRemoves()
{
    const QString shorter = QStringLiteral("Ships queued outside.");
    const QString longer = QStringLiteral("Ships queued outside the harbour.");
    const Segments insertion{equal(QStringLiteral("Ships queued outside")),
                             inserted(QStringLiteral(" the harbour")), equal(QStringLiteral("."))};
    QCOMPARE(TextDiff::diffWords(shorter, longer), insertion);
    const Segments removal{equal(QStringLiteral("Ships queued outside")),
                           removed(QStringLiteral(" the harbour")), equal(QStringLiteral("."))};
    QCOMPARE(TextDiff::diffWords(longer, shorter), removal);
}

void TestInspectors::wordDiffOfEqualAndEmptyTexts()
{
    const QString text = QStringLiteral("Nothing changed here.");
    QCOMPARE(TextDiff::diffWords(text, text), Segments{equal(text)});
    QVERIFY(TextDiff::isUnchanged(TextDiff::diffWords(text, text)));
    QCOMPARE(TextDiff::diffWords(QString(), text), Segments{inserted(text)});
    QCOMPARE(TextDiff::diffWords(text, QString()), Segments{removed(text)});
    QVERIFY(TextDiff::diffWords(QString(), QString()).isEmpty());
}

void TestInspectors::textDiffAlignsParagraphsFirst()
{
    const QString before = QStringLiteral("Alpha one.\nBeta two.\nGamma three.");
    const QString after = QStringLiteral("Alpha one.\nBeta 2.\nDelta four.\nGamma three.");
    const Segments expected{equal(QStringLiteral("Alpha one.\nBeta ")),
                            removed(QStringLiteral("two")),
                            inserted(QStringLiteral("2")),
                            equal(QStringLiteral(".")),
                            inserted(QStringLiteral("\nDelta four.")),
                            equal(QStringLiteral("\nGamma three."))};
    QCOMPARE(TextDiff::diffTexts(before, after), expected);

    const Segments removedParagraph{equal(QStringLiteral("Alpha one.")),
                                    removed(QStringLiteral("\nBeta two.")),
                                    equal(QStringLiteral("\nGamma three."))};
    QCOMPARE(TextDiff::diffTexts(before, QStringLiteral("Alpha one.\nGamma three.")),
             removedParagraph);
}

void TestInspectors::diffsReassembleBothTexts()
{
    // Random edits of a random text: whatever the alignment, each side comes back exactly.
    QRandomGenerator random(20240607);
    const QStringList words{QStringLiteral("harbour"), QStringLiteral("strike"),
                            QStringLiteral("union"),   QStringLiteral("the"),
                            QStringLiteral("said"),    QStringLiteral(","),
                            QStringLiteral("."),       QStringLiteral("\n"),
                            QStringLiteral("  "),      QStringLiteral("ships")};
    const auto randomText = [&](int length) {
        QString text;
        for (int i = 0; i < length; ++i) {
            text += words.at(random.bounded(int(words.size())));
            if (random.bounded(3) > 0)
                text += QLatin1Char(' ');
        }
        return text;
    };
    for (int round = 0; round < 200; ++round) {
        const QString before = randomText(random.bounded(40));
        QString after = before;
        const int edits = random.bounded(5);
        for (int e = 0; e < edits; ++e) {
            const int at = after.isEmpty() ? 0 : random.bounded(int(after.size()));
            if (random.bounded(2) == 0)
                after.insert(at, randomText(random.bounded(1, 4)));
            else
                after.remove(at, random.bounded(1, 12));
        }
        for (const Segments &diff :
             {TextDiff::diffWords(before, after), TextDiff::diffTexts(before, after)}) {
            QCOMPARE(sideOf(diff, Kind::Removed), before);
            QCOMPARE(sideOf(diff, Kind::Inserted), after);
            for (qsizetype i = 1; i < diff.size(); ++i)
                QVERIFY(diff.at(i).kind != diff.at(i - 1).kind); // neighbours merged
        }
    }
}

void TestInspectors::longTextsStayBounded()
{
    QStringList before;
    QStringList after;
    for (int i = 0; i < 30000; ++i) {
        before << QStringLiteral("w%1").arg(i);
        after << QStringLiteral("x%1").arg(i);
    }
    QElapsedTimer timer;
    timer.start();
    // 60,000 tokens on each side: far beyond maxCells, so the middle is replaced whole.
    const Segments replaced =
        TextDiff::diffWords(before.join(QLatin1Char(' ')), after.join(QLatin1Char(' ')));
    QCOMPARE(sideOf(replaced, Kind::Removed), before.join(QLatin1Char(' ')));
    QCOMPARE(sideOf(replaced, Kind::Inserted), after.join(QLatin1Char(' ')));

    // One word changed in the middle of a long text: the common start and end are exact.
    QStringList edited = before;
    edited[15000] = QStringLiteral("changed");
    const Segments one =
        TextDiff::diffWords(before.join(QLatin1Char(' ')), edited.join(QLatin1Char(' ')));
    QCOMPARE(one.size(), 4);
    QCOMPARE(one.at(1), removed(QStringLiteral("w15000")));
    QCOMPARE(one.at(2), inserted(QStringLiteral("changed")));

    // Many paragraphs, each edited: aligned paragraph by paragraph.
    QStringList paragraphs;
    QStringList editedParagraphs;
    for (int p = 0; p < 400; ++p) {
        const QString text =
            QStringLiteral("Paragraph %1 says the harbour reopened on day %1.").arg(p).repeated(4);
        paragraphs << text;
        editedParagraphs << (p % 2 ? QString(text).replace(QStringLiteral("harbour"),
                                                           QStringLiteral("port"))
                                   : text);
    }
    const Segments many = TextDiff::diffTexts(paragraphs.join(QLatin1Char('\n')),
                                              editedParagraphs.join(QLatin1Char('\n')));
    QCOMPARE(sideOf(many, Kind::Inserted), editedParagraphs.join(QLatin1Char('\n')));
    const qsizetype changes = std::count_if(many.cbegin(), many.cend(), [](const Segment &s) {
        return s.kind == Kind::Inserted && s.text == QLatin1String("port");
    });
    QCOMPARE(changes, 200 * 4);
    QVERIFY2(timer.elapsed() < 20000, "the bounded diff should be quick");
}

void TestInspectors::articleDiffFindsFieldAndSourceChanges()
{
    Article before;
    before.headline = QStringLiteral("Port strike ends");
    before.paragraphs = {
        Paragraph{QUuid::createUuid(),
                  QStringLiteral("Dockworkers returned on Monday."),
                  {attribution(QStringLiteral("Port authority"))}},
        Paragraph{QUuid::createUuid(),
                  QStringLiteral("The union accepted a raise."),
                  {attribution(QStringLiteral("Dockworkers union"))}},
    };
    before.metaTitles = {MetaTitle{QStringLiteral("Strike over"), true, {}}};
    QVERIFY(TextDiff::diffArticles(before, before).isEmpty());

    Article after = before;
    after.headline = QStringLiteral("Port strike ends after talks");
    after.paragraphs[1].attributions.append(attribution(QStringLiteral("City hall")));
    const QList<TextDiff::FieldDiff> diffs = TextDiff::diffArticles(before, after);
    QCOMPARE(diffs.size(), 2);
    QCOMPARE(diffs.at(0).label, QStringLiteral("Headline"));
    QCOMPARE(diffs.at(0).segments, (Segments{equal(QStringLiteral("Port strike ends")),
                                             inserted(QStringLiteral(" after talks"))}));
    QCOMPARE(diffs.at(1).label, QStringLiteral("Sources of paragraph 2"));
    QCOMPARE(diffs.at(1).segments, (Segments{equal(QStringLiteral("Dockworkers union")),
                                             inserted(QStringLiteral("; City hall"))}));

    // A replaced source and a changed meta title.
    Article other = before;
    other.paragraphs[0].attributions = {attribution(QStringLiteral("Harbour master"))};
    other.metaTitles = {MetaTitle{QStringLiteral("Strike over"), false, {}},
                        MetaTitle{QStringLiteral("Dockworkers back"), true, {}}};
    const QList<TextDiff::FieldDiff> sourceDiffs = TextDiff::diffArticles(before, other);
    QCOMPARE(sourceDiffs.size(), 2);
    QCOMPARE(sourceDiffs.at(0).label, QStringLiteral("Sources of paragraph 1"));
    QCOMPARE(sourceDiffs.at(0).segments, (Segments{removed(QStringLiteral("Port authority")),
                                                   inserted(QStringLiteral("Harbour master"))}));
    QCOMPARE(sourceDiffs.at(1).label, QStringLiteral("Meta titles"));
    QCOMPARE(sideOf(sourceDiffs.at(1).segments, Kind::Inserted),
             QStringLiteral("Strike over\nDockworkers back (chosen)"));
}

void TestInspectors::articleDiffMatchesParagraphsByUuid()
{
    Article before;
    before.headline = QStringLiteral("Series");
    for (int i = 0; i < 4; ++i) {
        before.paragraphs.append(
            Paragraph{QUuid::createUuid(), QStringLiteral("Paragraph number %1.").arg(i), {}});
    }
    Article after = before;
    after.paragraphs.removeAt(1);                                       // was 2
    after.paragraphs[1].text = QStringLiteral("Paragraph number two."); // was "… 2."
    after.paragraphs.insert(0, Paragraph{QUuid::createUuid(), QStringLiteral("A new lead."), {}});

    const QList<TextDiff::FieldDiff> diffs = TextDiff::diffArticles(before, after);
    QStringList labels;
    for (const TextDiff::FieldDiff &diff : diffs)
        labels << diff.label;
    QCOMPARE(labels, (QStringList{QStringLiteral("New paragraph 1"),
                                  QStringLiteral("Removed paragraph (was 2)"),
                                  QStringLiteral("Paragraph 3")}));
    QCOMPARE(diffs.at(0).segments, Segments{inserted(QStringLiteral("A new lead."))});
    QCOMPARE(diffs.at(1).segments, Segments{removed(QStringLiteral("Paragraph number 1."))});
    QCOMPARE(diffs.at(2).segments,
             (Segments{equal(QStringLiteral("Paragraph number ")), removed(QStringLiteral("2")),
                       inserted(QStringLiteral("two")), equal(QStringLiteral("."))}));

    // Moved: reported at its new place, with its old number.
    Article moved = before;
    moved.paragraphs.move(0, 3);
    const QList<TextDiff::FieldDiff> moves = TextDiff::diffArticles(before, moved);
    QCOMPARE(moves.size(), 1);
    QCOMPARE(moves.at(0).label, QStringLiteral("Paragraph 4 (moved from 1)"));
}

// --- LinkCommand -------------------------------------------------------------------------------

void TestInspectors::relinkUndoRestoresEveryEnd()
{
    const qint64 a = createArticle(QStringLiteral("Alpha"));
    const qint64 b = createArticle(QStringLiteral("Bravo"));
    const qint64 c = createArticle(QStringLiteral("Charlie"));
    const qint64 d = createArticle(QStringLiteral("Delta"));
    QVERIFY(!m_store->link(a, b));
    QVERIFY(!m_store->link(d, c));
    auto document = openDocument(a);
    QSignalSpy linksChanged(document.get(), &ArticleDocument::linksChanged);

    const StoreError error = LinkCommand::push(document.get(), m_store.get(), LinkSide::Next, c);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(linkOf(a, LinkSide::Next), c);
    QCOMPARE(linkOf(c, LinkSide::Previous), a);
    QCOMPARE(linkOf(b, LinkSide::Previous), std::nullopt);
    QCOMPARE(linkOf(d, LinkSide::Next), std::nullopt);
    QCOMPARE(document->next()->id, c);
    QCOMPARE(document->next()->headline, QStringLiteral("Charlie"));
    QCOMPARE(linksChanged.count(), 1);

    document->undoStack()->undo();
    QCOMPARE(linkOf(a, LinkSide::Next), b);
    QCOMPARE(linkOf(b, LinkSide::Previous), a);
    QCOMPARE(linkOf(c, LinkSide::Previous), d);
    QCOMPARE(linkOf(d, LinkSide::Next), c);
    QCOMPARE(linkOf(c, LinkSide::Next), std::nullopt);
    QCOMPARE(linkOf(a, LinkSide::Previous), std::nullopt);
    QCOMPARE(document->next()->id, b);

    document->undoStack()->redo();
    QCOMPARE(linkOf(a, LinkSide::Next), c);
    QCOMPARE(linkOf(c, LinkSide::Previous), a);
    QCOMPARE(linkOf(b, LinkSide::Previous), std::nullopt);
    QCOMPARE(linkOf(d, LinkSide::Next), std::nullopt);
    QCOMPARE(document->next()->id, c);

    // The relink scenario from the issue, without D: A→B, then A→C; undo gives A→B back and
    // leaves C unlinked.
    document->undoStack()->undo();
    QVERIFY(!m_store->unlink(c, LinkSide::Previous));
    const StoreError again = LinkCommand::push(document.get(), m_store.get(), LinkSide::Next, c);
    QVERIFY(!again);
    document->undoStack()->undo();
    QCOMPARE(linkOf(a, LinkSide::Next), b);
    QCOMPARE(linkOf(c, LinkSide::Previous), std::nullopt);
    QCOMPARE(linkOf(c, LinkSide::Next), std::nullopt);
}

void TestInspectors::unlinkIsUndoable()
{
    const qint64 a = createArticle(QStringLiteral("Alpha"));
    const qint64 b = createArticle(QStringLiteral("Bravo"));
    QVERIFY(!m_store->link(a, b));
    auto document = openDocument(b);
    QVERIFY(!LinkCommand::push(document.get(), m_store.get(), LinkSide::Previous, std::nullopt));
    QCOMPARE(linkOf(a, LinkSide::Next), std::nullopt);
    QCOMPARE(linkOf(b, LinkSide::Previous), std::nullopt);
    QVERIFY(!document->previous());
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Unlink previous article"));

    document->undoStack()->undo();
    QCOMPARE(linkOf(a, LinkSide::Next), b);
    QCOMPARE(document->previous()->id, a);

    // Linking what is already linked, or unlinking nothing, pushes nothing.
    QVERIFY(!LinkCommand::push(document.get(), m_store.get(), LinkSide::Previous, a));
    QVERIFY(!LinkCommand::push(document.get(), m_store.get(), LinkSide::Next, std::nullopt));
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->index(), 0);
}

void TestInspectors::refusedLinksLeaveNoCommand()
{
    const qint64 a = createArticle(QStringLiteral("Alpha"));
    const qint64 b = createArticle(QStringLiteral("Bravo"));
    const qint64 c = createArticle(QStringLiteral("Charlie"));
    QVERIFY(!m_store->link(a, b));
    QVERIFY(!m_store->link(b, c));

    auto first = openDocument(a);
    const StoreError self = LinkCommand::push(first.get(), m_store.get(), LinkSide::Next, a);
    QCOMPARE(self.kind, StoreError::Kind::Invalid);
    QVERIFY(!self.message.isEmpty());
    QCOMPARE(first->undoStack()->count(), 0);
    QCOMPARE(linkOf(a, LinkSide::Next), b);
    QCOMPARE(first->next()->id, b);

    auto last = openDocument(c);
    const StoreError cycle = LinkCommand::push(last.get(), m_store.get(), LinkSide::Next, a);
    QCOMPARE(cycle.kind, StoreError::Kind::Invalid);
    QCOMPARE(last->undoStack()->count(), 0);
    QCOMPARE(linkOf(c, LinkSide::Next), std::nullopt);
    QCOMPARE(linkOf(a, LinkSide::Previous), std::nullopt);
    QCOMPARE(linkOf(a, LinkSide::Next), b);
    QCOMPARE(linkOf(b, LinkSide::Next), c);

    // An article never saved cannot be linked.
    ArticleDocument unsaved(Article{});
    QCOMPARE(LinkCommand::push(&unsaved, m_store.get(), LinkSide::Next, a).kind,
             StoreError::Kind::Invalid);
    QCOMPARE(unsaved.undoStack()->count(), 0);
}

// --- LinksInspector ----------------------------------------------------------------------------

void TestInspectors::labelsShowCanonicalHeadlines()
{
    const qint64 a = createArticle(QStringLiteral("Harbour wall approved"));
    const qint64 b = createArticle(QStringLiteral("Harbour wall construction begins"),
                                   {QStringLiteral("Meta title variant one"),
                                    QStringLiteral("Meta title variant two"), variantThree});
    const qint64 c = createArticle(QStringLiteral("Harbour wall opens"));
    QVERIFY(!m_store->link(a, b));
    QVERIFY(!m_store->link(b, c));

    for (const qint64 id : {a, c}) {
        auto document = openDocument(id);
        LinksInspector inspector;
        inspector.setDocument(document.get(), m_store.get());
        auto *label = inspector.findChild<QLabel *>(id == a ? QStringLiteral("nextHeadline")
                                                            : QStringLiteral("previousHeadline"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Harbour wall construction begins"));
        const QStringList texts = visibleTexts(inspector);
        QVERIFY(texts.join(QLatin1Char('\n')).contains(QLatin1String("construction begins")));
        for (const QString &text : texts)
            QVERIFY2(!text.contains(QLatin1String("Meta title variant")), qPrintable(text));
    }

    // B is found through its meta titles, but the suggestion still names it by its headline.
    auto document = openDocument(c);
    LinksInspector inspector;
    inspector.setDocument(document.get(), m_store.get());
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    auto *nextEdit = inspector.findChild<QLineEdit *>(QStringLiteral("nextEdit"));
    typeSearch(inspector, nextEdit, QStringLiteral("variant three"));
    QAbstractItemModel *suggestions = inspector.completer(LinkSide::Next)->model();
    QTRY_COMPARE(suggestions->rowCount(), 1);
    const QModelIndex row = suggestions->index(0, 0);
    QCOMPARE(row.data(LinksInspector::ArticleIdRole).toLongLong(), b);
    QCOMPARE(row.data(LinksInspector::HeadlineRole).toString(),
             QStringLiteral("Harbour wall construction begins"));
    QVERIFY(row.data(Qt::DisplayRole)
                .toString()
                .startsWith(QLatin1String("Harbour wall construction begins")));
    QVERIFY(!row.data(Qt::DisplayRole).toString().contains(QLatin1String("variant")));
}

void TestInspectors::suggestionsComeFromSearchWithoutCurrentArticle()
{
    const qint64 a = createArticle(QStringLiteral("Harbour wall approved"));
    const qint64 b = createArticle(QStringLiteral("Harbour wall construction begins"));
    createArticle(QStringLiteral("Council budget passes"));
    const qint64 d = createArticle(QStringLiteral("Fishermen protest"), {},
                                   QStringLiteral("Boats blocked the harbour entrance."));
    auto document = openDocument(a);
    LinksInspector inspector;
    inspector.setDocument(document.get(), m_store.get());
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    auto *nextEdit = inspector.findChild<QLineEdit *>(QStringLiteral("nextEdit"));
    typeSearch(inspector, nextEdit, QStringLiteral("harbour"));

    QAbstractItemModel *suggestions = inspector.completer(LinkSide::Next)->model();
    QCOMPARE(suggestions->rowCount(), 0); // debounced: nothing searched yet
    QTRY_COMPARE(suggestions->rowCount(), 2);
    QSet<qint64> ids;
    for (int row = 0; row < suggestions->rowCount(); ++row)
        ids.insert(suggestions->index(row, 0).data(LinksInspector::ArticleIdRole).toLongLong());
    QCOMPARE(ids, (QSet<qint64>{b, d})); // full text (d's body), never the article itself
    QVERIFY(inspector.completer(LinkSide::Next)->popup()->isVisible());
    // Status is shown beside the headline.
    QVERIFY(suggestions->index(0, 0).data().toString().contains(
        articleStatusLabel(ArticleStatus::Draft)));

    // Query syntax is plain text, and at most maxSuggestions rows come back.
    for (int i = 0; i < LinksInspector::maxSuggestions + 5; ++i)
        createArticle(QStringLiteral("Harbour story %1").arg(i));
    typeSearch(inspector, nextEdit, QStringLiteral("\"harbour\" (sto"));
    QTRY_COMPARE(suggestions->rowCount(), LinksInspector::maxSuggestions);
    QVERIFY(inspector.message().isEmpty());
}

void TestInspectors::choosingASuggestionLinks()
{
    const qint64 a = createArticle(QStringLiteral("Harbour wall approved"));
    const qint64 b = createArticle(QStringLiteral("Harbour wall construction begins"));
    auto document = openDocument(a);
    LinksInspector inspector;
    inspector.setDocument(document.get(), m_store.get());
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    auto *nextEdit = inspector.findChild<QLineEdit *>(QStringLiteral("nextEdit"));
    typeSearch(inspector, nextEdit, QStringLiteral("construction"));
    QCompleter *completer = inspector.completer(LinkSide::Next);
    QTRY_COMPARE(completer->model()->rowCount(), 1);
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);

    QCOMPARE(linkOf(a, LinkSide::Next), b);
    QCOMPARE(linkOf(b, LinkSide::Previous), a);
    QCOMPARE(document->undoStack()->count(), 1);
    auto *label = inspector.findChild<QLabel *>(QStringLiteral("nextHeadline"));
    QCOMPARE(label->text(), QStringLiteral("Harbour wall construction begins"));
    QTRY_VERIFY(nextEdit->text().isEmpty());
    QVERIFY(inspector.message().isEmpty());

    document->undoStack()->undo();
    QCOMPARE(linkOf(a, LinkSide::Next), std::nullopt);
    QCOMPARE(label->text(), QStringLiteral("No next article"));
}

void TestInspectors::refusedLinkIsExplained()
{
    const qint64 a = createArticle(QStringLiteral("Harbour wall approved"));
    const qint64 b = createArticle(QStringLiteral("Harbour wall construction begins"));
    const qint64 c = createArticle(QStringLiteral("Harbour wall opens"));
    QVERIFY(!m_store->link(a, b));
    QVERIFY(!m_store->link(b, c));
    const QString storeMessage = m_store->link(c, a).message; // refused: changes nothing
    QVERIFY(!storeMessage.isEmpty());

    auto document = openDocument(c);
    LinksInspector inspector;
    inspector.setDocument(document.get(), m_store.get());
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    auto *nextEdit = inspector.findChild<QLineEdit *>(QStringLiteral("nextEdit"));
    typeSearch(inspector, nextEdit, QStringLiteral("approved"));
    QCompleter *completer = inspector.completer(LinkSide::Next);
    QTRY_COMPARE(completer->model()->rowCount(), 1);
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);

    QVERIFY(inspector.message().contains(storeMessage));
    auto *frame = inspector.findChild<QFrame *>(QStringLiteral("messageFrame"));
    QVERIFY(frame->isVisible());
    QCOMPARE(inspector.findChild<QLabel *>(QStringLiteral("messageText"))->text(),
             inspector.message());
    QCOMPARE(document->undoStack()->count(), 0);
    QCOMPARE(linkOf(c, LinkSide::Next), std::nullopt);
    QCOMPARE(linkOf(a, LinkSide::Previous), std::nullopt);
    QCOMPARE(inspector.findChild<QLabel *>(QStringLiteral("nextHeadline"))->text(),
             QStringLiteral("No next article"));

    // Dismissed by its close button.
    QTest::mouseClick(inspector.findChild<QToolButton *>(QStringLiteral("messageCloseButton")),
                      Qt::LeftButton);
    QVERIFY(!frame->isVisible());
    QVERIFY(inspector.message().isEmpty());
}

void TestInspectors::chainShowsSeriesInOrder()
{
    const qint64 a = createArticle(QStringLiteral("Part one"));
    const qint64 b = createArticle(QStringLiteral("Part two"), {variantThree});
    const qint64 c = createArticle(QStringLiteral("Part three"));
    QVERIFY(!m_store->link(b, c));
    QVERIFY(!m_store->link(a, b));

    auto document = openDocument(b);
    LinksInspector inspector;
    inspector.setDocument(document.get(), m_store.get());
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    auto *chain = inspector.findChild<QListWidget *>(QStringLiteral("chainList"));
    QCOMPARE(chain->count(), 3);
    const qint64 expected[] = {a, b, c};
    for (int row = 0; row < 3; ++row) {
        QListWidgetItem *item = chain->item(row);
        QCOMPARE(item->data(LinksInspector::ArticleIdRole).toLongLong(), expected[row]);
        QCOMPARE(item->font().bold(), row == 1);
        QCOMPARE(item->text().contains(QStringLiteral("▶")), row == 1);
    }
    QCOMPARE(chain->item(0)->text(), QStringLiteral("1. Part one"));
    QVERIFY(chain->item(1)->text().contains(QLatin1String("Part two")));
    QCOMPARE(chain->currentRow(), 1);
    QVERIFY(!inspector.findChild<QLabel *>(QStringLiteral("seriesHint"))->isVisible());

    // The current item follows headline edits.
    document->setField(ArticleDocument::Field::Headline, QStringLiteral("Part two, revised"));
    QVERIFY(chain->item(1)->text().contains(QLatin1String("Part two, revised")));

    // Enter (or a double-click) opens another article of the series; the current one is open.
    QSignalSpy open(&inspector, &LinksInspector::openArticleRequested);
    chain->setFocus();
    chain->setCurrentRow(2);
    QTest::keyClick(chain, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), c);
    chain->setCurrentRow(1);
    QTest::keyClick(chain, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    const QRect first = chain->visualItemRect(chain->item(0));
    QTest::mouseClick(chain->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(chain->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).toLongLong(), a);

    // Linking elsewhere updates the series at once.
    QVERIFY(!LinkCommand::push(document.get(), m_store.get(), LinkSide::Next, std::nullopt));
    QCOMPARE(chain->count(), 2);
    document->undoStack()->undo();
    QCOMPARE(chain->count(), 3);
}

void TestInspectors::openAndUnlinkButtons()
{
    const qint64 a = createArticle(QStringLiteral("Alpha"));
    const qint64 b = createArticle(QStringLiteral("Bravo"));
    QVERIFY(!m_store->link(a, b));
    auto document = openDocument(b);
    LinksInspector inspector;
    inspector.setDocument(document.get(), m_store.get());
    auto *previousOpen = inspector.findChild<QPushButton *>(QStringLiteral("previousOpenButton"));
    auto *previousUnlink =
        inspector.findChild<QPushButton *>(QStringLiteral("previousUnlinkButton"));
    auto *nextOpen = inspector.findChild<QPushButton *>(QStringLiteral("nextOpenButton"));
    QVERIFY(previousOpen->isEnabled());
    QVERIFY(previousUnlink->isEnabled());
    QVERIFY(!nextOpen->isEnabled());

    QSignalSpy open(&inspector, &LinksInspector::openArticleRequested);
    QTest::mouseClick(previousOpen, Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), a);

    QTest::mouseClick(previousUnlink, Qt::LeftButton);
    QCOMPARE(linkOf(b, LinkSide::Previous), std::nullopt);
    QCOMPARE(linkOf(a, LinkSide::Next), std::nullopt);
    QVERIFY(!previousOpen->isEnabled());
    QVERIFY(!previousUnlink->isEnabled());
    QCOMPARE(inspector.findChild<QLabel *>(QStringLiteral("previousHeadline"))->text(),
             QStringLiteral("No previous article"));
    QVERIFY(inspector.findChild<QLabel *>(QStringLiteral("seriesHint"))->isVisibleTo(&inspector));

    document->undoStack()->undo();
    QCOMPARE(linkOf(b, LinkSide::Previous), a);
    QCOMPARE(inspector.findChild<QLabel *>(QStringLiteral("previousHeadline"))->text(),
             QStringLiteral("Alpha"));

    // Without an open article everything is disabled.
    inspector.setDocument(nullptr, m_store.get());
    QVERIFY(!inspector.findChild<QLineEdit *>(QStringLiteral("previousEdit"))->isEnabled());
    QVERIFY(!previousOpen->isEnabled());
    QCOMPARE(inspector.findChild<QListWidget *>(QStringLiteral("chainList"))->count(), 0);
}

// --- History -----------------------------------------------------------------------------------

void TestInspectors::revisionModelListsVersions()
{
    const qint64 id = createArticle(QStringLiteral("First headline"));
    Article article = *m_store->load(id);
    article.headline = QStringLiteral("Second headline");
    QVERIFY(!m_store->save(article));
    article.headline = QStringLiteral("Third headline");
    QVERIFY(!m_store->save(article));

    RevisionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(m_store.get(), id);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(RevisionListModel::ColumnCount));
    QCOMPARE(model.version(0), 3);
    QVERIFY(model.isCurrent(0));
    QVERIFY(!model.isCurrent(1));
    QCOMPARE(model.index(0, RevisionListModel::VersionColumn).data().toString(),
             QStringLiteral("3 (current)"));
    QCOMPARE(model.index(2, RevisionListModel::VersionColumn).data().toString(),
             QStringLiteral("1"));
    QCOMPARE(model.index(0, RevisionListModel::HeadlineColumn).data().toString(),
             QStringLiteral("Third headline"));
    QCOMPARE(model.index(1, RevisionListModel::HeadlineColumn).data().toString(),
             QStringLiteral("Second headline"));
    QCOMPARE(model.index(2, RevisionListModel::HeadlineColumn).data().toString(),
             QStringLiteral("First headline"));
    QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(1, 0).data(Qt::FontRole).isValid());
    QCOMPARE(model.index(1, 0).data(RevisionListModel::VersionRole).toInt(), 2);
    QCOMPARE(model.headerData(RevisionListModel::SavedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Saved"));
    const QString saved = model.index(1, RevisionListModel::SavedColumn).data().toString();
    QVERIFY(!saved.isEmpty());
    QCOMPARE(model.rowOfVersion(1), 2);
    QCOMPARE(model.rowOfVersion(9), -1);

    article.headline = QStringLiteral("Fourth headline");
    QVERIFY(!m_store->save(article));
    model.refresh();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.version(0), 4);
    model.setArticle(nullptr, 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestInspectors::revisionModelFollowsSaves()
{
    const qint64 id = createArticle(QStringLiteral("First headline"));
    Article article = *m_store->load(id);
    RevisionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(m_store.get(), id);
    QCOMPARE(model.rowCount(), 1);

    // Each save adds one row on top, without a reset, and the rows are those of the history
    // read again.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    for (const QString &headline : {QStringLiteral("Second headline"), QString()}) {
        article.headline = headline;
        QVERIFY(!m_store->save(article));
        QVERIFY(model.addSavedVersion(article.version, article.updated, article.headline));
    }
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), 2);
    RevisionListModel reread;
    reread.setArticle(m_store.get(), id);
    QCOMPARE(model.rowCount(), reread.rowCount());
    for (int row = 0; row < reread.rowCount(); ++row) {
        for (int column = 0; column < reread.columnCount(); ++column) {
            for (const int role :
                 {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::FontRole),
                  int(RevisionListModel::VersionRole), int(RevisionListModel::IsCurrentRole)}) {
                QCOMPARE(model.index(row, column).data(role), reread.index(row, column).data(role));
            }
        }
    }
    QCOMPARE(model.index(0, RevisionListModel::HeadlineColumn).data().toString(),
             QStringLiteral("Untitled"));
    QVERIFY(model.isCurrent(0));
    QVERIFY(!model.isCurrent(1));

    // Two saves, one announced (as keeping mine after a conflict skips a version): refused,
    // unchanged, for a refresh to read.
    article.headline = QStringLiteral("Fourth headline");
    QVERIFY(!m_store->save(article));
    article.headline = QStringLiteral("Fifth headline");
    QVERIFY(!m_store->save(article));
    QVERIFY(!model.addSavedVersion(article.version, article.updated, article.headline));
    QCOMPARE(model.rowCount(), 3);
    model.refresh();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.version(0), 5);
}

void TestInspectors::historyShowsDiffAgainstCurrent()
{
    Article article;
    article.headline = QStringLiteral("Port strike ends");
    article.paragraphs = {
        Paragraph{QUuid::createUuid(),
                  QStringLiteral("Dockworkers returned on Monday."),
                  {attribution(QStringLiteral("Port authority"))}},
        Paragraph{QUuid::createUuid(), QStringLiteral("Wages rise 5% & <b>more</b>."), {}}};
    QVERIFY(!m_store->create(article));
    Article edited = article;
    edited.paragraphs[0].text = QStringLiteral("Dockworkers returned on Tuesday.");
    QVERIFY(!m_store->save(edited));

    auto document = openDocument(article.id);
    document->setField(ArticleDocument::Field::Headline,
                       QStringLiteral("Port strike ends after talks")); // unsaved
    HistoryInspector inspector;
    inspector.setDocument(document.get(), m_store.get());
    inspector.resize(420, 600);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    QCOMPARE(inspector.model()->rowCount(), 2);
    QCOMPARE(inspector.selectedVersion(), 1); // the latest earlier version by default

    auto *browser = inspector.findChild<QTextBrowser *>(QStringLiteral("diffBrowser"));
    QVERIFY(browser->isReadOnly());
    const QString text = browser->toPlainText();
    QVERIFY2(text.contains(QLatin1String("Monday")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Tuesday")));
    QVERIFY(text.contains(QLatin1String("after talks")));
    QVERIFY(text.contains(QLatin1String("Paragraph 1")));
    QVERIFY(!text.contains(QLatin1String("Wages"))); // unchanged paragraph not listed
    QVERIFY(browser->toHtml().contains(QLatin1String("line-through")));

    // Escaped: article text never becomes markup.
    document->setField(ArticleDocument::Field::Headline, QStringLiteral("<i>Port</i> & strike"));
    QTRY_VERIFY2(browser->toPlainText().contains(QLatin1String("<i>Port</i> & strike")),
                 qPrintable(browser->toPlainText()));

    // The current version: only the unsaved changes.
    inspector.selectVersion(2);
    QTRY_VERIFY(browser->toPlainText().contains(QLatin1String("Unsaved changes since version 2")));
    QVERIFY(!browser->toPlainText().contains(QLatin1String("Monday")));

    // Saved elsewhere (the main window saves, then the document is marked saved).
    Article current = document->article();
    QVERIFY(!m_store->save(current));
    document->markSaved(current);
    QCOMPARE(inspector.model()->rowCount(), 3);
    QCOMPARE(inspector.selectedVersion(), 2);
    QVERIFY2(browser->toPlainText().contains(QLatin1String("<i>Port</i> & strike")),
             qPrintable(browser->toPlainText()));
    // Version 2 is a saved version now: the diff says so once it follows.
    QTRY_VERIFY2(browser->toPlainText().contains(
                     QLatin1String("What the current article changed since version 2")),
                 qPrintable(browser->toPlainText()));
    QVERIFY(browser->toPlainText().contains(QLatin1String("<i>Port</i> & strike")));
    QVERIFY(inspector.findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());

    // Another save: one more row, the selection stays on version 2.
    document->setField(ArticleDocument::Field::Byline, QStringLiteral("Harbour desk"));
    current = document->article();
    QVERIFY(!m_store->save(current, document->savedArticle()));
    document->markSaved(current);
    QCOMPARE(inspector.model()->rowCount(), 4);
    QCOMPARE(inspector.model()->version(0), 4);
    QVERIFY(inspector.model()->isCurrent(0));
    QCOMPARE(inspector.selectedVersion(), 2);
}

void TestInspectors::restoreAsksThenEmits()
{
    const qint64 id = createArticle(QStringLiteral("Version one"));
    Article article = *m_store->load(id);
    article.headline = QStringLiteral("Version two");
    QVERIFY(!m_store->save(article));
    auto document = openDocument(id);

    HistoryInspector inspector;
    QStringList questions;
    bool answer = false;
    inspector.setConfirmation([&](QWidget *parent, const QString &question, const QString &) {
        questions << question;
        return parent == &inspector && answer;
    });
    inspector.setDocument(document.get(), m_store.get());
    QSignalSpy restore(&inspector, &HistoryInspector::restoreRequested);
    auto *button = inspector.findChild<QPushButton *>(QStringLiteral("restoreButton"));
    QCOMPARE(inspector.selectedVersion(), 1);
    QVERIFY(button->isEnabled());

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.at(0).contains(QLatin1String("version 1")));
    QCOMPARE(restore.count(), 0); // declined

    answer = true;
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(restore.count(), 1);
    QCOMPARE(restore.at(0).at(0).toInt(), 1);

    // The current version cannot be restored onto itself.
    inspector.selectVersion(2);
    QVERIFY(!button->isEnabled());
    inspector.requestRestore();
    QCOMPARE(questions.size(), 2);
    QCOMPARE(restore.count(), 1);

    // The main window restores, reloads and asks for a refresh.
    QVERIFY(!m_store->restore(id, 1));
    inspector.refresh();
    QCOMPARE(inspector.model()->rowCount(), 3);
    QCOMPARE(inspector.model()->index(0, RevisionListModel::HeadlineColumn).data().toString(),
             QStringLiteral("Version one"));
}

QTEST_MAIN(TestInspectors)
#include "tst_inspectors.moc"
