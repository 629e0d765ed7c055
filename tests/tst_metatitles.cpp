#include "core/TitleWidth.h"
#include "models/ArticleDocument.h"
#include "models/MetaTitleModel.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "widgets/MetaTitleInspector.h"
#include "widgets/SearchPreview.h"
#include "widgets/TitleWidthDelegate.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFontMetricsF>
#include <QLineEdit>
#include <QMimeData>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

namespace {

// Real titles on either side of the thresholds (TitleWidth::pixels, Liberation Sans 20 px).
const QString shortTitle = QStringLiteral("City budget vote: library hours cut");
const QString justUnderWarn =
    QStringLiteral("City Council Passes $412 Million Budget That Cuts Library Hours"); // 576.9 px
const QString betweenWarnAndCut =
    QStringLiteral("City Council Approves $412 Million Budget and Cuts Library Hours"); // 589.2 px
const QString overCut = QStringLiteral(
    "City Council Approves $412 Million Budget With Fewer Library Hours"); // 610.3 px

MetaTitle variant(const QString &text, bool chosen = false, const QString &notes = {})
{
    return MetaTitle{text, chosen, notes};
}

Article sampleArticle()
{
    Article article;
    article.id = 12;
    article.version = 2;
    article.headline = QStringLiteral("City Council Approves $412 Million Budget");
    article.summary = QStringLiteral(
        "The council passed next year's budget 7–2 on Tuesday night. Property taxes stay flat, "
        "the police and fire departments get more money, and branch libraries will close on "
        "Mondays from July to cover a $9.6 million gap left by lower sales tax receipts.");
    article.section = QStringLiteral("Local government");
    article.slug = QStringLiteral("city-budget-vote");
    article.paragraphs = {
        Paragraph{QUuid::createUuid(), QStringLiteral("The council approved the budget."), {}}};
    article.metaTitles = {variant(shortTitle, true, QStringLiteral("for social")),
                          variant(betweenWarnAndCut), variant(overCut)};
    return article;
}

QStringList textsOf(const QList<MetaTitle> &titles)
{
    QStringList texts;
    for (const MetaTitle &title : titles)
        texts << title.text;
    return texts;
}

int chosenCount(const QList<MetaTitle> &titles)
{
    return int(std::count_if(titles.cbegin(), titles.cend(),
                             [](const MetaTitle &title) { return title.chosen; }));
}

int countPixels(const QImage &image, const QRect &rect, const QColor &color)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (image.pixelColor(x, y).rgb() == color.rgb())
                ++count;
        }
    }
    return count;
}

} // namespace

class TestMetaTitles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelPassesTheTester();
    void columnsShowTheVariants();
    void addIsUndoable();
    void removeKeepsOneChosenAndIsUndoable();
    void moveIsUndoableAndRowsFollow();
    void chooseIsExclusiveAndUndoable();
    void typingInOneCellIsOneUndoStep();
    void widthLevelsAtTheThresholds();
    void delegatePaintsTheLevels();
    void delegateToolTipComparesWithTheFont();
    void dragAndDropReordersAsOneStep();
    void foldingFindsEquivalentTitles();
    void previewElidesTheChosenVariant();
    void previewUsesTheHeadlineWhenNoneIsChosen();
    void previewUrlAndDescription();
    void inspectorButtons();
    void inspectorKeyboard();
    void inspectorHints();
    void inspectorWithoutDocument();
    void editsPersistThroughTheStore();
};

void TestMetaTitles::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestMetaTitles::modelPassesTheTester()
{
    ArticleDocument document(sampleArticle());
    MetaTitleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(MetaTitleModel::ColumnCount));

    QVERIFY(model.addVariant(QStringLiteral("Fourth")));
    QVERIFY(model.moveVariant(3, -2));
    QVERIFY(model.moveVariant(0, +3));
    QVERIFY(model.choose(2));
    QVERIFY(model.setData(model.index(1, MetaTitleModel::TitleColumn), QStringLiteral("Edited")));
    QVERIFY(model.moveVariants({0, 2}, 4));
    QVERIFY(model.removeVariant(0));
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.metaTitles(), sampleArticle().metaTitles);
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    // An unrelated replacement of the whole list (e.g. a restored revision) resets.
    document.setMetaTitles({variant(QStringLiteral("A"), true), variant(QStringLiteral("B")),
                            variant(QStringLiteral("C")), variant(QStringLiteral("D")),
                            variant(QStringLiteral("E"))},
                           QStringLiteral("Replace"));
    QCOMPARE(model.rowCount(), 5);

    ArticleDocument other(Article{});
    model.setDocument(&other);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.addVariant());
    QCOMPARE(model.rowCount(), 1);
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.addVariant());
}

void TestMetaTitles::columnsShowTheVariants()
{
    Article article = sampleArticle();
    article.metaTitles.append(variant(QStringLiteral("Cafe\u0301 owners protest")));
    ArticleDocument document(article);
    MetaTitleModel model;
    model.setDocument(&document);

    for (int row = 0; row < model.rowCount(); ++row) {
        const QString text = article.metaTitles.at(row).text;
        const double pixels = TitleWidth::pixels(text);
        QCOMPARE(model.index(row, MetaTitleModel::TitleColumn).data().toString(), text);
        QCOMPARE(model.index(row, MetaTitleModel::WidthColumn)
                     .data(MetaTitleModel::PixelWidthRole)
                     .toDouble(),
                 pixels);
        QCOMPARE(model.index(row, MetaTitleModel::WidthColumn).data().toString(),
                 QStringLiteral("%1 px").arg(qRound(pixels)));
        QCOMPARE(model.index(row, MetaTitleModel::ChosenColumn).data(Qt::CheckStateRole).toInt(),
                 int(row == 0 ? Qt::Checked : Qt::Unchecked));
    }
    QCOMPARE(model.index(0, MetaTitleModel::CharactersColumn).data().toInt(),
             int(shortTitle.size()));
    // "é" as e + combining acute is one character for the editor.
    QCOMPARE(model.index(3, MetaTitleModel::CharactersColumn).data().toInt(), 19);
    QCOMPARE(model.index(0, MetaTitleModel::NotesColumn).data().toString(),
             QStringLiteral("for social"));
    QVERIFY(model.flags(model.index(0, MetaTitleModel::TitleColumn)) & Qt::ItemIsEditable);
    QVERIFY(model.flags(model.index(0, MetaTitleModel::NotesColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, MetaTitleModel::WidthColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, MetaTitleModel::ChosenColumn)) & Qt::ItemIsUserCheckable);
    QCOMPARE(model.chosenRow(), 0);
}

void TestMetaTitles::addIsUndoable()
{
    Article article = sampleArticle();
    article.metaTitles.clear();
    ArticleDocument document(article);
    MetaTitleModel model;
    model.setDocument(&document);

    QVERIFY(model.addVariant());
    QCOMPARE(document.metaTitles(), (QList<MetaTitle>{variant({}, true)}));
    QVERIFY(model.addVariant(QStringLiteral("Second")));
    QCOMPARE(document.metaTitles(),
             (QList<MetaTitle>{variant({}, true), variant(QStringLiteral("Second"))}));
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add meta title"));

    document.undoStack()->undo();
    QCOMPARE(document.metaTitles(), (QList<MetaTitle>{variant({}, true)}));
    QCOMPARE(model.rowCount(), 1);
    document.undoStack()->undo();
    QVERIFY(document.metaTitles().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    document.undoStack()->redo();
    document.undoStack()->redo();
    QCOMPARE(document.metaTitles(),
             (QList<MetaTitle>{variant({}, true), variant(QStringLiteral("Second"))}));
    QCOMPARE(model.index(1, MetaTitleModel::TitleColumn).data().toString(),
             QStringLiteral("Second"));
}

void TestMetaTitles::removeKeepsOneChosenAndIsUndoable()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    MetaTitleModel model;
    model.setDocument(&document);

    QVERIFY(!model.removeVariant(3));
    QVERIFY(!model.removeVariant(-1));
    QVERIFY(model.removeVariant(0)); // the chosen one: the row taking its place is chosen
    QCOMPARE(textsOf(document.metaTitles()), (QStringList{betweenWarnAndCut, overCut}));
    QCOMPARE(chosenCount(document.metaTitles()), 1);
    QVERIFY(document.metaTitles().at(0).chosen);
    QVERIFY(model.removeVariant(1));
    QVERIFY(model.removeVariant(0));
    QCOMPARE(model.rowCount(), 0);

    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.metaTitles(), article.metaTitles);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.chosenRow(), 0);
    document.undoStack()->redo();
    QCOMPARE(textsOf(document.metaTitles()), (QStringList{betweenWarnAndCut, overCut}));
    QCOMPARE(model.chosenRow(), 0);

    // Removing the last row while it is chosen chooses the one above.
    document.undoStack()->undo();
    QVERIFY(model.choose(2));
    QVERIFY(model.removeVariant(2));
    QCOMPARE(model.chosenRow(), 1);
}

void TestMetaTitles::moveIsUndoableAndRowsFollow()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    MetaTitleModel model;
    model.setDocument(&document);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QPersistentModelIndex red = model.index(2, MetaTitleModel::TitleColumn);

    QVERIFY(!model.moveVariant(0, -1));
    QVERIFY(!model.moveVariant(2, +1));
    QVERIFY(model.moveVariant(2, -2));
    QCOMPARE(textsOf(document.metaTitles()), (QStringList{overCut, shortTitle, betweenWarnAndCut}));
    QCOMPARE(red.row(), 0); // reported as a move: selections stay on the variant
    QCOMPARE(moved.size(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Move meta title"));
    QVERIFY(document.metaTitles().at(1).chosen);

    document.undoStack()->undo();
    QCOMPARE(document.metaTitles(), article.metaTitles);
    QCOMPARE(red.row(), 2);
    document.undoStack()->redo();
    QCOMPARE(textsOf(document.metaTitles()), (QStringList{overCut, shortTitle, betweenWarnAndCut}));
    QCOMPARE(red.row(), 0);
    QCOMPARE(moved.size(), 3);
    QCOMPARE(reset.size(), 0);
}

void TestMetaTitles::chooseIsExclusiveAndUndoable()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    MetaTitleModel model;
    model.setDocument(&document);
    const QModelIndex third = model.index(2, MetaTitleModel::ChosenColumn);
    const QModelIndex first = model.index(0, MetaTitleModel::ChosenColumn);

    QVERIFY(model.setData(third, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(chosenCount(document.metaTitles()), 1);
    QVERIFY(document.metaTitles().at(2).chosen);
    QCOMPARE(third.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Choose meta title"));

    // The chosen one cannot be unchecked: exactly one stays chosen.
    QVERIFY(!model.setData(third, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(document.metaTitles().at(2).chosen);
    QVERIFY(!model.choose(2)); // already chosen: nothing to undo
    QCOMPARE(document.undoStack()->count(), 1);

    document.undoStack()->undo();
    QCOMPARE(document.metaTitles(), article.metaTitles);
    QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    document.undoStack()->redo();
    QCOMPARE(model.chosenRow(), 2);
}

void TestMetaTitles::typingInOneCellIsOneUndoStep()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    MetaTitleModel model;
    model.setDocument(&document);
    const QModelIndex title = model.index(1, MetaTitleModel::TitleColumn);
    const QString typed = QStringLiteral("Budget passes");
    for (qsizetype i = 1; i <= typed.size(); ++i)
        QVERIFY(model.setData(title, typed.left(i)));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Edit meta title"));
    QCOMPARE(title.data().toString(), typed);

    // Notes of the same row, then the title of another row: separate steps.
    QVERIFY(model.setData(model.index(1, MetaTitleModel::NotesColumn), QStringLiteral("A")));
    QVERIFY(model.setData(model.index(1, MetaTitleModel::NotesColumn), QStringLiteral("AB")));
    QVERIFY(model.setData(model.index(2, MetaTitleModel::TitleColumn), QStringLiteral("X")));
    QCOMPARE(document.undoStack()->count(), 3);
    QVERIFY(!model.setData(model.index(1, MetaTitleModel::WidthColumn), QStringLiteral("9")));
    QVERIFY(!model.setData(model.index(1, MetaTitleModel::CharactersColumn), 4));

    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.metaTitles().at(1), variant(typed));
    document.undoStack()->undo();
    QCOMPARE(document.metaTitles(), article.metaTitles);
    document.undoStack()->redo();
    QCOMPARE(document.metaTitles().at(1).text, typed);
}

void TestMetaTitles::widthLevelsAtTheThresholds()
{
    using Level = MetaTitleModel::WidthLevel;
    QCOMPARE(MetaTitleModel::levelFor(0), Level::Ok);
    QCOMPARE(MetaTitleModel::levelFor(579.9), Level::Ok);
    QCOMPARE(MetaTitleModel::levelFor(580.0), Level::Ok);
    QCOMPARE(MetaTitleModel::levelFor(580.1), Level::Warn);
    QCOMPARE(MetaTitleModel::levelFor(600.0), Level::Warn);
    QCOMPARE(MetaTitleModel::levelFor(600.1), Level::Cut);

    // Real titles of those widths, through the model's roles.
    QVERIFY(TitleWidth::pixels(justUnderWarn) > 570 && TitleWidth::pixels(justUnderWarn) < 580);
    QVERIFY(TitleWidth::pixels(betweenWarnAndCut) > 580 &&
            TitleWidth::pixels(betweenWarnAndCut) < 600);
    QVERIFY(TitleWidth::pixels(overCut) > 600 && TitleWidth::pixels(overCut) < 620);
    Article article = sampleArticle();
    article.metaTitles = {variant(justUnderWarn, true), variant(betweenWarnAndCut),
                          variant(overCut)};
    ArticleDocument document(article);
    MetaTitleModel model;
    model.setDocument(&document);
    const auto levelOf = [&](int row) {
        return Level(model.index(row, MetaTitleModel::WidthColumn)
                         .data(MetaTitleModel::WidthLevelRole)
                         .toInt());
    };
    QCOMPARE(levelOf(0), Level::Ok);
    QCOMPARE(levelOf(1), Level::Warn);
    QCOMPARE(levelOf(2), Level::Cut);

    // Typing one more word over the line changes the level.
    QVERIFY(model.setData(model.index(0, MetaTitleModel::TitleColumn),
                          justUnderWarn + QStringLiteral(" Now")));
    QCOMPARE(levelOf(0), Level::Cut);
}

void TestMetaTitles::delegatePaintsTheLevels()
{
    Article article = sampleArticle();
    article.metaTitles = {variant(shortTitle, true), variant(betweenWarnAndCut), variant(overCut)};
    ArticleDocument document(article);
    MetaTitleModel model;
    model.setDocument(&document);
    QTableView view;
    view.setModel(&model);
    view.setItemDelegateForColumn(MetaTitleModel::WidthColumn, new TitleWidthDelegate(&view));
    view.setColumnWidth(MetaTitleModel::WidthColumn, 200);
    view.resize(900, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();

    const QPalette palette = view.palette();
    const QColor ok = TitleWidthDelegate::levelColor(MetaTitleModel::WidthLevel::Ok, palette);
    const QColor warn = TitleWidthDelegate::levelColor(MetaTitleModel::WidthLevel::Warn, palette);
    const QColor cut = TitleWidthDelegate::levelColor(MetaTitleModel::WidthLevel::Cut, palette);
    QVERIFY(ok != warn && warn != cut && ok != cut);
    const auto cellRect = [&](int row) {
        const QRect rect = view.visualRect(model.index(row, MetaTitleModel::WidthColumn));
        return QRect(rect.topLeft() * ratio, rect.size() * ratio);
    };
    // The bar is in the level's colour, and only there.
    QVERIFY(countPixels(image, cellRect(0), ok) > 20);
    QCOMPARE(countPixels(image, cellRect(0), warn) + countPixels(image, cellRect(0), cut), 0);
    QVERIFY(countPixels(image, cellRect(1), warn) > 20);
    QCOMPARE(countPixels(image, cellRect(1), cut), 0);
    QVERIFY(countPixels(image, cellRect(2), cut) > 20);
    QCOMPARE(countPixels(image, cellRect(2), warn), 0);
    // Longer titles paint longer bars.
    QVERIFY(countPixels(image, cellRect(2), cut) > countPixels(image, cellRect(0), ok));

    // Light and dark palettes get different amber/red, each far from the base colour.
    QPalette dark = palette;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    QPalette light = palette;
    light.setColor(QPalette::Base, Qt::white);
    for (const QPalette &p : {light, dark}) {
        for (const auto level :
             {MetaTitleModel::WidthLevel::Warn, MetaTitleModel::WidthLevel::Cut}) {
            const QColor color = TitleWidthDelegate::levelColor(level, p);
            QVERIFY(qAbs(color.lightness() - p.color(QPalette::Base).lightness()) > 60);
        }
    }
    QVERIFY(TitleWidthDelegate::levelColor(MetaTitleModel::WidthLevel::Cut, dark) !=
            TitleWidthDelegate::levelColor(MetaTitleModel::WidthLevel::Cut, light));
}

void TestMetaTitles::delegateToolTipComparesWithTheFont()
{
    const QString tip = TitleWidthDelegate::toolTipText(overCut);
    QVERIFY2(tip.contains(QStringLiteral("Search engines cut titles near 600 px at Arial 20 px")),
             qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("%1 px").arg(qRound(TitleWidth::pixels(overCut)))));
    const std::optional<double> installed = TitleWidthDelegate::installedFontWidth(overCut);
    if (!installed) {
        QVERIFY(!tip.contains(QStringLiteral("installed Liberation Sans")));
        QSKIP("Liberation Sans is not installed; the tooltip cannot show its measure");
    }
    QVERIFY(tip.contains(
        QStringLiteral("installed Liberation Sans 20 px: %1 px").arg(*installed, 0, 'f', 1)));
    // The table and the installed font agree to within a pixel or two (hinting).
    QVERIFY2(
        qAbs(*installed - TitleWidth::pixels(overCut)) < 2.0,
        qPrintable(QStringLiteral("%1 vs %2").arg(*installed).arg(TitleWidth::pixels(overCut))));
}

void TestMetaTitles::dragAndDropReordersAsOneStep()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    MetaTitleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    QVERIFY(model.supportedDropActions() == Qt::MoveAction);

    // Drag the first row below the last one (the view passes row = rowCount()).
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(0, MetaTitleModel::TitleColumn),
                                                    model.index(0, MetaTitleModel::WidthColumn)}));
    QVERIFY(data);
    QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, 3, 0, {}));
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    QCOMPARE(textsOf(document.metaTitles()), (QStringList{betweenWarnAndCut, overCut, shortTitle}));
    QVERIFY(document.metaTitles().at(2).chosen);
    QCOMPARE(document.undoStack()->count(), 1);
    // After a move-drop the view asks to remove the dragged rows: nothing must go.
    QVERIFY(!model.removeRows(2, 1));
    QCOMPARE(model.rowCount(), 3);

    document.undoStack()->undo();
    QCOMPARE(document.metaTitles(), article.metaTitles);

    // Dropped onto a row: lands before it.
    data.reset(model.mimeData({model.index(2, MetaTitleModel::TitleColumn)}));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1,
                               model.index(1, MetaTitleModel::TitleColumn)));
    QCOMPARE(textsOf(document.metaTitles()), (QStringList{shortTitle, overCut, betweenWarnAndCut}));
    document.undoStack()->undo();

    // moveRows as well.
    QVERIFY(model.moveRows({}, 1, 2, {}, 0));
    QCOMPARE(textsOf(document.metaTitles()), (QStringList{betweenWarnAndCut, overCut, shortTitle}));
    QVERIFY(!model.moveRows({}, 0, 1, {}, 1)); // onto itself
    document.undoStack()->undo();
    QCOMPARE(document.metaTitles(), article.metaTitles);

    // Rows dragged from another article's table are refused.
    ArticleDocument otherDocument(article);
    MetaTitleModel other;
    other.setDocument(&otherDocument);
    data.reset(other.mimeData({other.index(0, MetaTitleModel::TitleColumn)}));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    QCOMPARE(document.metaTitles(), article.metaTitles);
}

void TestMetaTitles::foldingFindsEquivalentTitles()
{
    QCOMPARE(MetaTitleModel::foldedTitle(QStringLiteral("  Port Strike ENDS! ")),
             QStringLiteral("port strike ends"));
    QCOMPARE(MetaTitleModel::foldedTitle(QStringLiteral("Port-strike: “ends”")),
             QStringLiteral("port strike ends"));
    QCOMPARE(MetaTitleModel::foldedTitle(QStringLiteral("Don’t panic")),
             MetaTitleModel::foldedTitle(QStringLiteral("dont panic")));

    Article article = sampleArticle();
    article.metaTitles = {variant(QStringLiteral("Port strike ends"), true),
                          variant(QStringLiteral("Dockworkers return")), variant({}), variant({}),
                          variant(QStringLiteral("PORT STRIKE ENDS."))};
    ArticleDocument document(article);
    MetaTitleModel model;
    model.setDocument(&document);
    QCOMPARE(model.equivalentRows(), (QList<std::pair<int, int>>{{0, 4}}));
}

void TestMetaTitles::previewElidesTheChosenVariant()
{
    Article article = sampleArticle();
    article.metaTitles = {variant(shortTitle), variant(overCut, true)};
    ArticleDocument document(article);
    SearchPreview preview;
    preview.setDocument(&document);

    QCOMPARE(preview.fullTitle(), overCut);
    QCOMPARE(preview.displayedTitle(), TitleWidth::elided(overCut, 600));
    QVERIFY(preview.displayedTitle().endsWith(QStringLiteral("…")));
    QVERIFY(TitleWidth::pixels(preview.displayedTitle()) <= 600);
    QVERIFY(preview.accessibleDescription().contains(preview.displayedTitle()));

    // Live: choosing and editing through the model show up at once.
    MetaTitleModel model;
    model.setDocument(&document);
    QVERIFY(model.choose(0));
    QCOMPARE(preview.displayedTitle(), shortTitle);
    QVERIFY(model.setData(model.index(0, MetaTitleModel::TitleColumn), betweenWarnAndCut));
    QCOMPARE(preview.displayedTitle(), betweenWarnAndCut); // 589 px: not cut
    QCOMPARE(TitleWidth::elided(betweenWarnAndCut, 600), betweenWarnAndCut);
    document.undoStack()->undo();
    QCOMPARE(preview.displayedTitle(), shortTitle);

    // It paints: the title row holds the link colour.
    preview.resize(preview.sizeHint());
    const QImage image = preview.grab().toImage();
    const QColor link = SearchPreview::readableLinkColor(preview.palette());
    bool found = false;
    for (int y = 0; y < image.height() && !found; ++y) {
        for (int x = 0; x < image.width() && !found; ++x)
            found = image.pixelColor(x, y).rgb() == link.rgb();
    }
    QVERIFY(found);
}

void TestMetaTitles::previewUsesTheHeadlineWhenNoneIsChosen()
{
    Article article = sampleArticle();
    article.headline = overCut + QStringLiteral(" and More");
    article.metaTitles = {variant(shortTitle), variant(betweenWarnAndCut)};
    ArticleDocument document(article);
    SearchPreview preview;
    preview.setDocument(&document);
    QCOMPARE(preview.fullTitle(), article.headline);
    QCOMPARE(preview.displayedTitle(), TitleWidth::elided(article.headline, 600));

    // A chosen but empty variant (just added) also falls back to the headline.
    document.setMetaTitles({variant({}, true)}, QStringLiteral("Add"));
    QCOMPARE(preview.fullTitle(), article.headline);
    document.setField(ArticleDocument::Field::Headline, QStringLiteral("Budget passes"));
    QCOMPARE(preview.displayedTitle(), QStringLiteral("Budget passes"));

    preview.setDocument(nullptr);
    QVERIFY(preview.displayedTitle().isEmpty());
    QVERIFY(preview.url().isEmpty());
}

void TestMetaTitles::previewUrlAndDescription()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    SearchPreview preview;
    preview.setDocument(&document);

    QCOMPARE(preview.url(),
             QStringLiteral("https://news.example.com/local-government/city-budget-vote"));
    preview.setBaseUrl(QStringLiteral("https://www.dailyherald.test"));
    QCOMPARE(preview.url(),
             QStringLiteral("https://www.dailyherald.test/local-government/city-budget-vote"));
    document.setField(ArticleDocument::Field::Section, QString());
    QCOMPARE(preview.url(), QStringLiteral("https://www.dailyherald.test/city-budget-vote"));
    document.setField(ArticleDocument::Field::Slug, QString());
    QCOMPARE(preview.url(), QStringLiteral("https://www.dailyherald.test/"
                                           "city-council-approves-412-million-budget"));
    QCOMPARE(SearchPreview::slugified(QStringLiteral("Grève à l’Élysée: day 3")),
             QStringLiteral("greve-a-lelysee-day-3"));

    // The summary is cut at 920 px of 14 px text, as QFontMetricsF cuts it.
    QFont font = preview.descriptionFont();
    QCOMPARE(font.pixelSize(), 14);
    const QFontMetricsF metrics(font);
    QVERIFY(metrics.horizontalAdvance(article.summary) > 920);
    const QString description = preview.displayedDescription();
    QCOMPARE(description, metrics.elidedText(article.summary, Qt::ElideRight, 920));
    QVERIFY(description.endsWith(QStringLiteral("…")));
    QVERIFY(metrics.horizontalAdvance(description) <= 920);
    QVERIFY(article.summary.startsWith(description.chopped(1)));

    document.setField(ArticleDocument::Field::Summary, QStringLiteral("Short summary."));
    QCOMPARE(preview.displayedDescription(), QStringLiteral("Short summary."));
    QVERIFY(preview.accessibleDescription().contains(QStringLiteral("Short summary.")));

    // Narrower than a results page: scaled down, never cut differently.
    QVERIFY(preview.hasHeightForWidth());
    QCOMPARE(preview.heightForWidth(preview.sizeHint().width()), preview.sizeHint().height());
    QVERIFY(preview.heightForWidth(preview.sizeHint().width() / 2) < preview.sizeHint().height());
}

void TestMetaTitles::inspectorButtons()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    MetaTitleInspector inspector;
    inspector.setDocument(&document);
    inspector.resize(700, 500);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    QTableView *table = inspector.view();
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->currentIndex().row(), 0); // the chosen one
    auto *add = inspector.findChild<QToolButton *>(QStringLiteral("addButton"));
    auto *remove = inspector.findChild<QToolButton *>(QStringLiteral("removeButton"));
    auto *moveUp = inspector.findChild<QToolButton *>(QStringLiteral("moveUpButton"));
    auto *moveDown = inspector.findChild<QToolButton *>(QStringLiteral("moveDownButton"));
    auto *choose = inspector.findChild<QToolButton *>(QStringLiteral("chooseButton"));
    QVERIFY(add && remove && moveUp && moveDown && choose);
    QVERIFY(!add->accessibleName().isEmpty());

    // Add: a new row, its title being edited; typing and Enter is one more undo step.
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(document.metaTitles().size(), 4);
    QCOMPARE(table->currentIndex().row(), 3);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Budget passes 7-2"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(document.metaTitles().at(3), variant(QStringLiteral("Budget passes 7-2")));
    QCOMPARE(document.undoStack()->count(), 2);

    // Move up twice, then Choose: the variant travels and becomes the chosen one.
    QTest::mouseClick(moveUp, Qt::LeftButton);
    QTest::mouseClick(moveUp, Qt::LeftButton);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(document.metaTitles().at(1).text, QStringLiteral("Budget passes 7-2"));
    QTest::mouseClick(choose, Qt::LeftButton);
    QCOMPARE(chosenCount(document.metaTitles()), 1);
    QVERIFY(document.metaTitles().at(1).chosen);
    QVERIFY(!inspector.chooseAction()->isEnabled());
    QCOMPARE(inspector.preview()->displayedTitle(), QStringLiteral("Budget passes 7-2"));

    QTest::mouseClick(moveDown, Qt::LeftButton);
    QCOMPARE(table->currentIndex().row(), 2);
    QCOMPARE(document.metaTitles().at(2).text, QStringLiteral("Budget passes 7-2"));

    // Remove the chosen one: the row taking its place is chosen and selected.
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(textsOf(document.metaTitles()), (QStringList{shortTitle, betweenWarnAndCut, overCut}));
    QVERIFY(document.metaTitles().at(2).chosen);
    QCOMPARE(table->currentIndex().row(), 2);
    QVERIFY(!inspector.moveDownAction()->isEnabled());
    QVERIFY(inspector.moveUpAction()->isEnabled());

    // Every click was one undo step; undoing them all restores the article's variants.
    QCOMPARE(document.undoStack()->count(), 7);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.metaTitles(), article.metaTitles);
}

void TestMetaTitles::inspectorKeyboard()
{
    const Article article = sampleArticle();
    ArticleDocument document(article);
    MetaTitleInspector inspector;
    inspector.setDocument(&document);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    QTableView *table = inspector.view();
    table->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&inspector));
    QTRY_VERIFY(table->hasFocus());

    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(textsOf(document.metaTitles()), (QStringList{betweenWarnAndCut, shortTitle, overCut}));
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(textsOf(document.metaTitles()), (QStringList{betweenWarnAndCut, shortTitle, overCut}));
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(document.metaTitles().at(2).chosen);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(textsOf(document.metaTitles()), (QStringList{betweenWarnAndCut, shortTitle}));
    QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(document.metaTitles().size(), 3);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
}

void TestMetaTitles::inspectorHints()
{
    Article article = sampleArticle();
    article.metaTitles = {variant(QStringLiteral("Port strike ends")),
                          variant(QStringLiteral("Dockworkers return"))};
    ArticleDocument document(article);
    MetaTitleInspector inspector;
    inspector.setDocument(&document);
    QCOMPARE(inspector.hintText(),
             QStringLiteral("No variant is chosen: search results show the headline."));

    MetaTitleModel *model = inspector.model();
    QVERIFY(model->choose(1));
    QVERIFY(inspector.hintText().isEmpty());
    QVERIFY(model->setData(model->index(1, MetaTitleModel::TitleColumn),
                           QStringLiteral("port strike: ends!")));
    QCOMPARE(
        inspector.hintText(),
        QStringLiteral("Variants 1 and 2 are the same title apart from case and punctuation."));
    document.undoStack()->undo();
    QVERIFY(inspector.hintText().isEmpty());
    document.setMetaTitles({}, QStringLiteral("Clear"));
    QVERIFY(inspector.hintText().startsWith(QStringLiteral("No meta-title variants yet")));
}

void TestMetaTitles::inspectorWithoutDocument()
{
    MetaTitleInspector inspector;
    QVERIFY(!inspector.isEnabled());
    QVERIFY(!inspector.addVariantAction()->isEnabled());
    QVERIFY(inspector.hintText().isEmpty());
    {
        ArticleDocument document(sampleArticle());
        inspector.setDocument(&document);
        QVERIFY(inspector.isEnabled());
        QVERIFY(inspector.addVariantAction()->isEnabled());
        QCOMPARE(inspector.model()->rowCount(), 3);
        inspector.setDocument(nullptr);
    }
    QVERIFY(!inspector.isEnabled());
    QCOMPARE(inspector.model()->rowCount(), 0);
    QVERIFY(inspector.preview()->displayedTitle().isEmpty());
}

void TestMetaTitles::editsPersistThroughTheStore()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    Database database;
    const StoreError openError = database.open(dir.filePath(QStringLiteral("meta.sqlite")));
    QVERIFY2(!openError, qPrintable(openError.message));
    ArticleStore store(database);
    Article article = sampleArticle();
    article.id = 0;
    article.version = 0;
    const StoreError createError = store.create(article);
    QVERIFY2(!createError, qPrintable(createError.message));

    const std::optional<Article> loaded = store.load(article.id);
    QVERIFY(loaded);
    ArticleDocument document(*loaded);
    MetaTitleModel model;
    model.setDocument(&document);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.moveVariant(2, -2));
    QVERIFY(model.choose(0));
    QVERIFY(model.setData(model.index(1, MetaTitleModel::NotesColumn), QStringLiteral("A/B")));
    QVERIFY(model.addVariant(QStringLiteral("Budget passes 7–2")));

    Article edited = document.article();
    const StoreError saveError = store.save(edited);
    QVERIFY2(!saveError, qPrintable(saveError.message));
    document.markSaved(edited);
    const std::optional<Article> reloaded = store.load(article.id);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->metaTitles,
             (QList<MetaTitle>{
                 variant(overCut, true), variant(shortTitle, false, QStringLiteral("A/B")),
                 variant(betweenWarnAndCut), variant(QStringLiteral("Budget passes 7–2"))}));
}

QTEST_MAIN(TestMetaTitles)
#include "tst_metatitles.moc"
