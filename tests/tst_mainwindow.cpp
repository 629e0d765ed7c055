#include "core/PlainTextImporter.h"
#include "models/ArticleAttributionModel.h"
#include "models/ArticleDocument.h"
#include "models/ArticleListModel.h"
#include "models/MetaTitleModel.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "widgets/ArticleEditor.h"
#include "widgets/ArticleView.h"
#include "widgets/AttachSourceDialog.h"
#include "widgets/AttributionsInspector.h"
#include "widgets/BodyEditor.h"
#include "widgets/MainWindow.h"
#include "widgets/MetaTitleInspector.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

namespace {

const QString demoHeadline =
    QStringLiteral("City Council Approves $412 Million Budget With Fewer Library Hours");

// The visible text of every link in the view, in document order.
QStringList linkTexts(const QTextDocument *document)
{
    QStringList texts;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isAnchor() &&
                !fragment.charFormat().anchorHref().isEmpty()) {
                texts.append(fragment.text());
            }
        }
    }
    return texts;
}

// Where the link labelled `text` is drawn, in viewport coordinates; null if there is none.
QPoint linkPosition(QTextBrowser *view, const QString &text)
{
    const QTextDocument *document = view->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && fragment.text() == text) {
                QTextCursor cursor(view->document());
                cursor.setPosition(fragment.position() + fragment.length() / 2);
                return view->cursorRect(cursor).center();
            }
        }
    }
    return {};
}

// What a tooltip, a message box or a QLabel with Qt::AutoText shows for `text`: rich text when
// Qt guesses it is (an <img> becomes an object replacement character), else the text itself.
QString shownText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// Brings the reader preview to the front: it draws the open article only while its tab is the
// current one.
ArticleView *showReader(MainWindow &window)
{
    window.findChild<QTabWidget *>(QStringLiteral("centreTabs"))
        ->setCurrentWidget(window.articleView());
    return window.articleView();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsTheDemoArticle();
    void firstStartFitsTheScreen();
    void escapesArticleText();
    void articleTextIsNeverReadAsRichText();
    void chipsShowTheVerificationState();
    void readerIsDrawnWhenItsTabIsChosen();
    void previousAndNextUseTheCanonicalHeadline();
    void searchFiltersAfterTheDebounce();
    void statusFilterShowsOnlyThatStatus();
    void opensASecondDatabase();
    void refusesAFileThatIsNotADatabase();
    void remembersAtMostEightRecentDatabases();
    void editsAreAutosavedAfterTypingStops();
    void undoRedoSpansFieldsAndBody();
    void conflictKeepMineSavesOnTop();
    void conflictTakeTheirsDiscardsMine();
    void conflictCopyMineMakesANewArticle();
    void closingKeepsUnsavableWorkOpen();

private:
    // A database file in the temporary folder, with the demo article imported when asked.
    QString createDatabase(const QString &name, bool withDemo, QList<Article> articles = {},
                           QList<qint64> *ids = nullptr);

    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    // Keep QSettings (recent databases, geometry) out of the user's real configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CopydeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

QString TestMainWindow::createDatabase(const QString &name, bool withDemo, QList<Article> articles,
                                       QList<qint64> *ids)
{
    const QString path = m_dir.filePath(name);
    Database database;
    if (const StoreError error = database.open(path)) {
        qWarning("%s", qPrintable(error.message));
        return {};
    }
    ArticleStore store(database);
    if (withDemo) {
        const QString demoPath = QFINDTESTDATA("../resources/demo/demo-article.txt");
        QFile file(demoPath);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("cannot read the demo article at %s", qPrintable(demoPath));
            return {};
        }
        ImportError parseError;
        const std::optional<ImportedArticle> demo = PlainTextImporter::parse(
            file.readAll(), QStringLiteral("demo-article.txt"), &parseError);
        if (!demo) {
            qWarning("%s", qPrintable(parseError.toString()));
            return {};
        }
        if (const StoreError error = store.importArticles({*demo})) {
            qWarning("%s", qPrintable(error.message));
            return {};
        }
    }
    for (Article &article : articles) {
        if (const StoreError error = store.create(article)) {
            qWarning("%s", qPrintable(error.message));
            return {};
        }
        if (ids)
            ids->append(article.id);
    }
    return path;
}

void TestMainWindow::showsTheDemoArticle()
{
    const QString path = createDatabase(QStringLiteral("demo.sqlite"), true);
    QVERIFY(!path.isEmpty());

    MainWindow window;
    showReader(window); // this test reads the article the reader shows
    const StoreError error = window.openDatabase(path);
    QVERIFY2(!error, qPrintable(error.message));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *table = window.findChild<QTableView *>(QStringLiteral("articleTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ArticleListModel::HeadlineColumn).data().toString(),
             demoHeadline);
    // Opening selects the first article.
    QCOMPARE(table->currentIndex().row(), 0);

    const QString text = window.articleView()->toPlainText();
    QVERIFY2(text.contains(demoHeadline), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("No time to read? Get a summary")));
    QVERIFY(text.contains(QStringLiteral("Property taxes stay flat")));
    QVERIFY(text.contains(QStringLiteral("By Maria Okafor, City Hall reporter")));
    QVERIFY(text.contains(QStringLiteral("Section: Local government")));
    // The paragraph with two sources shows both chips; the unattributed one is flagged.
    QVERIFY(text.contains(QStringLiteral("City Finance Office")));
    QVERIFY(text.contains(QStringLiteral("Public Library Board")));
    QVERIFY(text.contains(QStringLiteral("Dana Whitfield")));
    QVERIFY(text.contains(QStringLiteral("No source: this paragraph is unattributed")));
    QVERIFY(!text.contains(QStringLiteral("(Source")));
    QVERIFY(text.contains(QStringLiteral("No previous article")));
    QVERIFY(text.contains(QStringLiteral("No next article")));

    // Clearing the list selection keeps the article open in the editor; reselecting is a no-op.
    table->selectionModel()->clear();
    QVERIFY(window.currentArticleId() > 0);
    QVERIFY(window.articleView()->toPlainText().contains(demoHeadline));
    table->selectRow(0);
    table->setCurrentIndex(table->model()->index(0, 0));
    QTRY_VERIFY(window.articleView()->toPlainText().contains(demoHeadline));

    // The status bar names the file and counts the articles.
    QStringList statusTexts;
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        statusTexts.append(label->text());
    QVERIFY2(statusTexts.contains(QDir::toNativeSeparators(path)),
             qPrintable(statusTexts.join(QLatin1Char('|'))));
    // No translator is installed here: the count comes through the untranslated plural text.
    QVERIFY2(statusTexts.contains(
                 QCoreApplication::translate("MainWindow", "%n article(s)", nullptr, 1)),
             qPrintable(statusTexts.join(QLatin1Char('|'))));
    QCOMPARE(window.windowFilePath(), path);
    QVERIFY2(window.windowTitle().contains(QStringLiteral("demo.sqlite")),
             qPrintable(window.windowTitle()));
}

void TestMainWindow::firstStartFitsTheScreen()
{
    // No saved geometry or dock state (init() clears the settings): the window fits the
    // screen, and on a low one (the offscreen screen is 800x600, lower than a 1366x768
    // laptop) the inspectors become one group of tabs instead of two stacked groups.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(window.height() <= available.height(),
             qPrintable(u"%1 > %2"_s.arg(window.height()).arg(available.height())));
    QVERIFY(window.width() <= available.width());
    if (available.height() < 900) {
        auto *attributions = window.findChild<QDockWidget *>(u"attributionsDock"_s);
        auto *titles = window.findChild<QDockWidget *>(u"metaTitlesDock"_s);
        QVERIFY(attributions && titles);
        QVERIFY(window.tabifiedDockWidgets(attributions).contains(titles));
    }
}

void TestMainWindow::escapesArticleText()
{
    Article article;
    article.headline = QStringLiteral("<b>Bold</b> & <i>tags</i> stay text");
    article.summary = QStringLiteral("Summary with <script>alert(1)</script>");
    Paragraph paragraph;
    paragraph.text =
        QStringLiteral("A <a href=\"http://example.com\">fake link</a> in a paragraph");
    Attribution attribution;
    attribution.sourceName = QStringLiteral("Agency <X> & Co");
    attribution.verification = Verification::Disputed;
    paragraph.attributions.append(attribution);
    article.paragraphs.append(paragraph);
    const QString path = createDatabase(QStringLiteral("escaping.sqlite"), false, {article});
    QVERIFY(!path.isEmpty());

    MainWindow window;
    showReader(window); // this test reads the article the reader shows
    QVERIFY(!window.openDatabase(path));
    const QString text = window.articleView()->toPlainText();
    QVERIFY2(text.contains(article.headline), qPrintable(text));
    QVERIFY(text.contains(article.summary));
    QVERIFY(text.contains(paragraph.text));
    QVERIFY(text.contains(attribution.sourceName));
    // No link was smuggled in through the text: only the (absent) previous/next could be links.
    QCOMPARE(linkTexts(window.articleView()->document()), QStringList());
}

// Issue 8: tooltips, message boxes and labels guess whether they were given rich text; article
// text that looks like markup is shown as written, never as markup (no <img> loads a file).
void TestMainWindow::articleTextIsNeverReadAsRichText()
{
    const QString image = QStringLiteral("<img src=\"file:///etc/copydesk.png\">");
    Article article;
    article.headline = image + QStringLiteral("<b>Bold</b> headline");
    Paragraph paragraph;
    paragraph.text = QStringLiteral("<i>Tilted</i> words and ") + image;
    Attribution attribution;
    attribution.sourceName = QStringLiteral("<u>Agency</u>");
    paragraph.attributions.append(attribution);
    article.paragraphs.append(paragraph);
    MetaTitle title;
    title.text = QStringLiteral("<h1>Huge</h1> title");
    title.chosen = true;
    article.metaTitles.append(title);
    QList<qint64> ids;
    const QString path = createDatabase(QStringLiteral("richtext.sqlite"), false, {article}, &ids);
    QVERIFY(!path.isEmpty());

    MainWindow window;
    QVERIFY(!window.openDatabase(path));
    QCOMPARE(window.currentArticleId(), ids.first());

    // The article list's headline tooltip.
    const QString headlineTip = window.articleModel()
                                    ->index(0, ArticleListModel::HeadlineColumn)
                                    .data(Qt::ToolTipRole)
                                    .toString();
    QCOMPARE(shownText(headlineTip), article.headline);
    // The meta-title table's tooltip.
    MetaTitleModel *titles = window.metaTitleInspector()->model();
    const QString titleTip =
        titles->index(0, MetaTitleModel::TitleColumn).data(Qt::ToolTipRole).toString();
    QCOMPARE(shownText(titleTip), title.text);
    // The Attributions inspector's rows name the paragraph.
    ArticleAttributionModel *attributions = window.attributionsInspector()->model();
    QVERIFY(attributions->rowCount() > 0);
    const QString rowTip = attributions->index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(shownText(rowTip).contains(QStringLiteral("<i>Tilted</i>")), qPrintable(rowTip));

    // Attach Source shows the paragraph in a label and its tooltip.
    AttachSourceDialog dialog(window.currentDocument(), nullptr, 0);
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("paragraphLabel"));
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(label->text().contains(QStringLiteral("<i>Tilted</i>")));
    QCOMPARE(shownText(label->toolTip()), paragraph.text);
}

void TestMainWindow::readerIsDrawnWhenItsTabIsChosen()
{
    Article ferry;
    ferry.headline = QStringLiteral("Harbour ferry resumes service");
    QList<qint64> ids;
    const QString path = createDatabase(QStringLiteral("reader.sqlite"), true, {ferry}, &ids);
    QVERIFY(!path.isEmpty());

    MainWindow window;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centreTabs"));
    ArticleView *reader = window.articleView();
    tabs->setCurrentWidget(window.articleEditor());
    QVERIFY(!window.openDatabase(path));
    const qint64 first = window.currentArticleId();
    QVERIFY(first > 0);
    // Behind the editor the reader has not drawn the article; chosen, it does.
    QCOMPARE(reader->articleId(), 0);
    tabs->setCurrentWidget(reader);
    QCOMPARE(reader->articleId(), first);

    // In front, it follows every article opened.
    const qint64 second = first == ids.at(0) ? window.articleModel()->articleId(1) : ids.at(0);
    QVERIFY(second > 0 && second != first);
    QVERIFY(window.showArticle(second));
    QCOMPARE(reader->articleId(), second);
    // Behind again, it catches up when chosen.
    tabs->setCurrentWidget(window.articleEditor());
    QVERIFY(window.showArticle(first));
    tabs->setCurrentWidget(reader);
    QCOMPARE(reader->articleId(), first);
    QVERIFY(reader->toPlainText().contains(
        window.articleModel()
            ->index(window.articleModel()->rowOfArticle(first), ArticleListModel::HeadlineColumn)
            .data()
            .toString()));
}

void TestMainWindow::chipsShowTheVerificationState()
{
    Article article;
    article.headline = QStringLiteral("Chips");
    Paragraph paragraph;
    paragraph.text = QStringLiteral("Three sources, three states.");
    const QList<std::pair<QString, Verification>> states = {
        {QStringLiteral("Unchecked Wire"), Verification::Unchecked},
        {QStringLiteral("Verified Registry"), Verification::Verified},
        {QStringLiteral("Disputed Blog"), Verification::Disputed}};
    for (const auto &[name, state] : states) {
        Attribution attribution;
        attribution.sourceName = name;
        attribution.verification = state;
        paragraph.attributions.append(attribution);
    }
    article.paragraphs.append(paragraph);
    Paragraph bare;
    bare.text = QStringLiteral("Nobody said this.");
    article.paragraphs.append(bare);

    const QString html = ArticleView::articleHtml(article);
    const auto chip = [](const char *colour, const QString &symbol, const QString &name) {
        return QRegularExpression(QStringLiteral("background-color:%1;[^>]*>&nbsp;%2&nbsp;%3&nbsp;")
                                      .arg(QLatin1String(colour),
                                           QRegularExpression::escape(symbol),
                                           QRegularExpression::escape(name)));
    };
    QVERIFY2(html.contains(chip("#dcdcdc", QStringLiteral("?"), QStringLiteral("Unchecked Wire"))),
             qPrintable(html));
    QVERIFY(
        html.contains(chip("#2e7d32", QStringLiteral("✓"), QStringLiteral("Verified Registry"))));
    QVERIFY(html.contains(chip("#c62828", QStringLiteral("✗"), QStringLiteral("Disputed Blog"))));
    // Exactly one red attribution bar: the paragraph without a source.
    QCOMPARE(html.count(QStringLiteral("bgcolor=\"#c62828\"")), 1);

    ArticleView view;
    view.setArticle(article);
    QVERIFY(
        view.toPlainText().contains(QStringLiteral("No source: this paragraph is unattributed")));
    view.showMessage(QStringLiteral("Nothing here"));
    QCOMPARE(view.articleId(), 0);
}

void TestMainWindow::previousAndNextUseTheCanonicalHeadline()
{
    Article first;
    first.headline = QStringLiteral("Bridge repairs begin on Main Street");
    first.metaTitles = {{QStringLiteral("Meta title variant one"), false, {}},
                        {QStringLiteral("Meta title variant three"), true, {}}};
    Article second;
    second.headline = QStringLiteral("Main Street bridge reopens after repairs");
    second.metaTitles = {{QStringLiteral("Meta title variant two"), true, {}}};
    QList<qint64> ids;
    const QString path =
        createDatabase(QStringLiteral("linked.sqlite"), false, {first, second}, &ids);
    QVERIFY(!path.isEmpty());
    QCOMPARE(ids.size(), 2);
    {
        Database database;
        QVERIFY(!database.open(path));
        ArticleStore store(database);
        const StoreError error = store.link(ids.at(0), ids.at(1));
        QVERIFY2(!error, qPrintable(error.message));
    }

    MainWindow window;
    showReader(window); // this test reads the article the reader shows
    QVERIFY(!window.openDatabase(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ArticleView *view = window.articleView();

    QVERIFY(window.showArticle(ids.at(1)));
    QCOMPARE(view->articleId(), ids.at(1));
    QString text = view->toPlainText();
    QVERIFY(text.contains(second.headline));
    QCOMPARE(linkTexts(view->document()), QStringList{first.headline});
    QVERIFY2(!text.contains(QStringLiteral("Meta title variant three")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Meta title variant one")));
    QVERIFY(text.contains(QStringLiteral("Meta title variant two"))); // its own variant
    QVERIFY(text.contains(QStringLiteral("No next article")));

    QVERIFY(window.showArticle(ids.at(0)));
    text = view->toPlainText();
    QCOMPARE(linkTexts(view->document()), QStringList{second.headline});
    QVERIFY(text.contains(QStringLiteral("Meta title variant three")));
    QVERIFY(text.contains(QStringLiteral("Meta title variant three ★ chosen")));
    QVERIFY(!text.contains(QStringLiteral("Meta title variant one ★")));
    QVERIFY(text.contains(QStringLiteral("No previous article")));

    // Clicking the link in the reader preview opens the linked article.
    window.findChild<QTabWidget *>(QStringLiteral("centreTabs"))->setCurrentWidget(view);
    const QPoint link = linkPosition(view, second.headline);
    QVERIFY(!link.isNull());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, link);
    QTRY_COMPARE(view->articleId(), ids.at(1));
    auto *table = window.findChild<QTableView *>(QStringLiteral("articleTable"));
    QCOMPARE(window.articleModel()->articleId(table->currentIndex().row()), ids.at(1));
}

void TestMainWindow::searchFiltersAfterTheDebounce()
{
    QList<Article> articles;
    for (const QString &headline : {QStringLiteral("Ferry timetable changes in spring"),
                                    QStringLiteral("Harbour dredging starts next month"),
                                    QStringLiteral("Ferry operator hires twenty crew")}) {
        Article article;
        article.headline = headline;
        articles.append(article);
    }
    const QString path = createDatabase(QStringLiteral("search.sqlite"), true, articles);
    QVERIFY(!path.isEmpty());

    MainWindow window;
    showReader(window); // this test reads the article the reader shows
    QVERIFY(!window.openDatabase(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ArticleListModel *model = window.articleModel();
    QCOMPARE(model->rowCount(), 4);

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("ferry"));
    // Typing does not query on every keystroke.
    QCOMPARE(model->rowCount(), 4);
    QTRY_COMPARE(model->rowCount(), 2);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row, ArticleListModel::HeadlineColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Ferry")));
    }
    // The article shown follows the filter.
    QVERIFY(window.articleView()->toPlainText().startsWith(QStringLiteral("Ferry")));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("budget"));
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_VERIFY(window.articleView()->toPlainText().contains(demoHeadline));

    QTest::keyClicks(search, QStringLiteral(" zeppelin"));
    QTRY_COMPARE(model->rowCount(), 0);
    QVERIFY(window.articleView()->toPlainText().contains(QStringLiteral("No articles match")));

    search->clear();
    QTRY_COMPARE(model->rowCount(), 4);
}

void TestMainWindow::statusFilterShowsOnlyThatStatus()
{
    QList<Article> articles;
    for (ArticleStatus status :
         {ArticleStatus::Published, ArticleStatus::Published, ArticleStatus::Approved}) {
        Article article;
        article.headline = QStringLiteral("A %1 story").arg(articleStatusKey(status));
        article.status = status;
        articles.append(article);
    }
    const QString path = createDatabase(QStringLiteral("status.sqlite"), true, articles);
    QVERIFY(!path.isEmpty());

    MainWindow window;
    QVERIFY(!window.openDatabase(path));
    auto *filter = window.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QVERIFY(filter);
    const int published = filter->findData(articleStatusKey(ArticleStatus::Published));
    QVERIFY(published > 0);
    filter->setCurrentIndex(published);
    ArticleListModel *model = window.articleModel();
    QCOMPARE(model->rowCount(), 2);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, ArticleListModel::StatusColumn).data().toString(),
                 articleStatusLabel(ArticleStatus::Published));
    }
    filter->setCurrentIndex(filter->findData(articleStatusKey(ArticleStatus::Draft)));
    QCOMPARE(model->rowCount(), 1); // the demo article
    filter->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 4);
}

void TestMainWindow::opensASecondDatabase()
{
    const QString demoPath = createDatabase(QStringLiteral("first.sqlite"), true);
    Article other;
    other.headline = QStringLiteral("School board elects new chair");
    const QString otherPath = createDatabase(QStringLiteral("second.sqlite"), false, {other});
    QVERIFY(!demoPath.isEmpty());
    QVERIFY(!otherPath.isEmpty());

    MainWindow window;
    showReader(window); // this test reads the article the reader shows
    QVERIFY(!window.openDatabase(demoPath));
    QCOMPARE(window.articleModel()->rowCount(), 1);
    QVERIFY(window.articleView()->toPlainText().contains(demoHeadline));

    const StoreError error = window.openDatabase(otherPath);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(window.databasePath(), otherPath);
    QCOMPARE(window.articleModel()->rowCount(), 1);
    QCOMPARE(window.articleModel()->index(0, ArticleListModel::HeadlineColumn).data().toString(),
             other.headline);
    QVERIFY(window.articleView()->toPlainText().contains(other.headline));
    QVERIFY(!window.articleView()->toPlainText().contains(demoHeadline));
    QCOMPARE(MainWindow::recentDatabases(), (QStringList{otherPath, demoPath}));
}

void TestMainWindow::refusesAFileThatIsNotADatabase()
{
    const QString goodPath = createDatabase(QStringLiteral("good.sqlite"), true);
    QVERIFY(!goodPath.isEmpty());
    const QString junkPath = m_dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile junk(junkPath);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray("These are my notes, not a database.\n").repeated(200));
    }

    MainWindow window;
    showReader(window); // this test reads the article the reader shows
    QVERIFY(!window.openDatabase(goodPath));
    const StoreError error = window.openDatabase(junkPath);
    QVERIFY(error.isError());
    QVERIFY(!error.message.isEmpty());
    // The window keeps the database it had.
    QCOMPARE(window.databasePath(), goodPath);
    QCOMPARE(window.articleModel()->rowCount(), 1);
    QVERIFY(window.articleView()->toPlainText().contains(demoHeadline));
    QVERIFY(!MainWindow::recentDatabases().contains(junkPath));
}

void TestMainWindow::remembersAtMostEightRecentDatabases()
{
    MainWindow window;
    QStringList opened;
    for (int i = 0; i < 10; ++i) {
        const QString path = createDatabase(QStringLiteral("recent-%1.sqlite").arg(i), false);
        QVERIFY(!path.isEmpty());
        QVERIFY(!window.openDatabase(path));
        opened.prepend(path);
    }
    QVERIFY(window.articleView()->toPlainText().contains(QStringLiteral("no articles yet")));
    // Reopening moves an entry to the top instead of adding it twice.
    QVERIFY(!window.openDatabase(opened.at(3)));
    opened.move(3, 0);
    QCOMPARE(MainWindow::recentDatabases(), opened.first(MainWindow::MaxRecentDatabases));
}

namespace {

Article storyArticle(const QString &headline)
{
    Article article;
    article.headline = headline;
    article.summary = QStringLiteral("A short summary.");
    Attribution wire;
    wire.sourceName = QStringLiteral("Harbour authority");
    article.paragraphs = {Paragraph{{}, QStringLiteral("The harbour reopened on Monday."), {wire}},
                          Paragraph{{}, QStringLiteral("Ferries resume on Tuesday."), {}}};
    return article;
}

std::optional<Article> loadFresh(const QString &path, qint64 id)
{
    // A second connection, as another desk would have.
    Database database;
    if (database.open(path))
        return std::nullopt;
    ArticleStore store(database);
    return store.load(id);
}

} // namespace

void TestMainWindow::editsAreAutosavedAfterTypingStops()
{
    QList<qint64> ids;
    const QString path = createDatabase(QStringLiteral("autosave.sqlite"), false,
                                        {storyArticle(QStringLiteral("Harbour reopens"))}, &ids);
    MainWindow window;
    QVERIFY(!window.openDatabase(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentArticleId(), ids.first());

    auto *headline = window.articleEditor()->findChild<QLineEdit *>(QStringLiteral("headlineEdit"));
    QVERIFY(headline);
    headline->setFocus();
    headline->end(false);
    QTest::keyClicks(headline, QStringLiteral(" after storm"));
    QCOMPARE(window.articleSaveState(), MainWindow::SaveState::Unsaved);
    // Nothing is written while typing; the debounced autosave writes once it stops.
    QCOMPARE(loadFresh(path, ids.first())->headline, QStringLiteral("Harbour reopens"));
    QTRY_COMPARE_WITH_TIMEOUT(loadFresh(path, ids.first())->headline,
                              QStringLiteral("Harbour reopens after storm"), 5000);
    QCOMPARE(window.articleSaveState(), MainWindow::SaveState::Saved);
    QVERIFY(window.saveStateText().startsWith(QStringLiteral("Saved")));

    // Body typing keeps the paragraph's attribution through the save.
    BodyEditor *body = window.articleEditor()->bodyEditor();
    body->setFocus();
    QTextCursor cursor(body->document()->firstBlock());
    cursor.movePosition(QTextCursor::EndOfBlock);
    body->setTextCursor(cursor);
    QTest::keyClicks(body, QStringLiteral(" Officials cheered."));
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("A new paragraph."));
    QVERIFY(window.saveCurrentArticle()); // saving explicitly is the same path
    const Article stored = *loadFresh(path, ids.first());
    QCOMPARE(stored.paragraphs.size(), 3);
    QCOMPARE(stored.paragraphs.at(0).text,
             QStringLiteral("The harbour reopened on Monday. Officials cheered."));
    QCOMPARE(stored.paragraphs.at(0).attributions.size(), 1);
    QCOMPARE(stored.paragraphs.at(1).text, QStringLiteral("A new paragraph."));
    QVERIFY(stored.paragraphs.at(1).attributions.isEmpty());
    QVERIFY(stored.version >= 3);

    // Switching articles saves the one being left.
    QVERIFY(window.currentDocument());
    window.currentDocument()->setField(ArticleDocument::Field::Byline, QStringLiteral("Desk"));
    Article second = storyArticle(QStringLiteral("Second story"));
    {
        Database database;
        QVERIFY(!database.open(path));
        ArticleStore store(database);
        QVERIFY(!store.create(second));
    }
    QVERIFY(window.showArticle(second.id));
    QCOMPARE(loadFresh(path, ids.first())->byline, QStringLiteral("Desk"));
}

void TestMainWindow::undoRedoSpansFieldsAndBody()
{
    QList<qint64> ids;
    const QString path = createDatabase(QStringLiteral("undo.sqlite"), false,
                                        {storyArticle(QStringLiteral("Undo me"))}, &ids);
    MainWindow window;
    QVERIFY(!window.openDatabase(path));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window)); // window shortcuts need an active window
    const QList<Paragraph> original = window.currentDocument()->article().paragraphs;

    auto *headline = window.articleEditor()->findChild<QLineEdit *>(QStringLiteral("headlineEdit"));
    headline->setFocus();
    headline->end(false);
    QTest::keyClicks(headline, QStringLiteral(" now"));
    BodyEditor *body = window.articleEditor()->bodyEditor();
    body->setFocus();
    QTextCursor cursor(body->document()->findBlockByNumber(1));
    body->setTextCursor(cursor);
    QTest::keyClick(body, Qt::Key_Backspace); // merge paragraph 2 into 1: union of sources
    QCOMPARE(window.currentDocument()->article().paragraphs.size(), 1);

    QUndoStack *stack = window.undoGroup()->activeStack();
    QVERIFY(stack);
    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.currentDocument()->article().paragraphs, original);
    headline->setFocus();
    QTest::keyClick(headline, Qt::Key_Z,
                    Qt::ControlModifier); // the article's stack, not the field's
    QCOMPARE(headline->text(), QStringLiteral("Undo me"));
    QTest::keyClick(headline, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(headline->text(), QStringLiteral("Undo me now"));
    stack->redo();
    QCOMPARE(window.currentDocument()->article().paragraphs.size(), 1);
}

namespace {
// Opens the article in a window, then lets another connection save version 2 first.
struct ConflictSetup
{
    QString path;
    qint64 id = 0;
};
} // namespace

static ConflictSetup prepareConflict(const QString &path, MainWindow &window)
{
    ConflictSetup setup;
    setup.path = path;
    {
        Database database;
        database.open(path);
        ArticleStore store(database);
        Article article = storyArticle(QStringLiteral("Original headline"));
        store.create(article);
        setup.id = article.id;
    }
    window.openDatabase(path);
    window.showArticle(setup.id);
    {
        Database other;
        other.open(path);
        ArticleStore store(other);
        Article theirs = *store.load(setup.id);
        theirs.headline = QStringLiteral("Their headline");
        store.save(theirs);
    }
    window.currentDocument()->setField(ArticleDocument::Field::Headline,
                                       QStringLiteral("My headline"));
    return setup;
}

void TestMainWindow::conflictKeepMineSavesOnTop()
{
    MainWindow window;
    const ConflictSetup setup =
        prepareConflict(m_dir.filePath(QStringLiteral("keep.sqlite")), window);
    int asked = 0;
    window.setConflictResolver([&asked](const Article &mine, const Article &theirs) {
        ++asked;
        [&] {
            QCOMPARE(mine.headline, QStringLiteral("My headline"));
            QCOMPARE(theirs.headline, QStringLiteral("Their headline"));
            QCOMPARE(theirs.version, 2);
        }();
        return ConflictDialog::Resolution::KeepMine;
    });
    QVERIFY(window.saveCurrentArticle());
    QCOMPARE(asked, 1);
    const Article stored = *loadFresh(setup.path, setup.id);
    QCOMPARE(stored.headline, QStringLiteral("My headline"));
    QCOMPARE(stored.version, 3);
    Database database;
    QVERIFY(!database.open(setup.path));
    ArticleStore store(database);
    QCOMPARE(store.revision(setup.id, 2)->headline, QStringLiteral("Their headline"));
    QVERIFY(!window.currentDocument()->isModified());
}

void TestMainWindow::conflictTakeTheirsDiscardsMine()
{
    MainWindow window;
    const ConflictSetup setup =
        prepareConflict(m_dir.filePath(QStringLiteral("take.sqlite")), window);
    window.setConflictResolver(
        [](const Article &, const Article &) { return ConflictDialog::Resolution::TakeTheirs; });
    QVERIFY(window.saveCurrentArticle());
    QCOMPARE(window.currentDocument()->field(ArticleDocument::Field::Headline),
             QStringLiteral("Their headline"));
    QCOMPARE(loadFresh(setup.path, setup.id)->version, 2);
}

void TestMainWindow::conflictCopyMineMakesANewArticle()
{
    MainWindow window;
    const ConflictSetup setup =
        prepareConflict(m_dir.filePath(QStringLiteral("copy.sqlite")), window);
    window.setConflictResolver(
        [](const Article &, const Article &) { return ConflictDialog::Resolution::CopyMine; });
    QVERIFY(window.saveCurrentArticle());
    QCOMPARE(loadFresh(setup.path, setup.id)->headline, QStringLiteral("Their headline"));
    Database database;
    QVERIFY(!database.open(setup.path));
    ArticleStore store(database);
    ArticleListQuery query;
    query.search = QStringLiteral("My headline ");
    const QList<ArticleSummary> copies = store.list(query);
    QCOMPARE(copies.size(), 1);
    QVERIFY(copies.first().id != setup.id);
    // The copy keeps the attributions of my version.
    QCOMPARE(store.load(copies.first().id)->paragraphs.at(0).attributions.size(), 1);

    // Undecided (the dialog closed): nothing lost, the edit stays unsaved in the editor.
    MainWindow undecided;
    const ConflictSetup again =
        prepareConflict(m_dir.filePath(QStringLiteral("undecided.sqlite")), undecided);
    undecided.setConflictResolver(
        [](const Article &, const Article &) { return ConflictDialog::Resolution::None; });
    QVERIFY(!undecided.saveCurrentArticle());
    QCOMPARE(undecided.articleSaveState(), MainWindow::SaveState::Conflict);
    QCOMPARE(undecided.currentDocument()->field(ArticleDocument::Field::Headline),
             QStringLiteral("My headline"));
    QCOMPARE(loadFresh(again.path, again.id)->headline, QStringLiteral("Their headline"));
    undecided.setConflictResolver(
        [](const Article &, const Article &) { return ConflictDialog::Resolution::KeepMine; });
}

void TestMainWindow::closingKeepsUnsavableWorkOpen()
{
    QList<qint64> ids;
    const QString path = createDatabase(QStringLiteral("unsavable.sqlite"), false,
                                        {storyArticle(QStringLiteral("Doomed"))}, &ids);
    MainWindow window;
    QVERIFY(!window.openDatabase(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.currentDocument()->setField(ArticleDocument::Field::Summary,
                                       QStringLiteral("Work that must not be lost."));
    {
        // Another desk deletes the article: this edit can no longer be saved there.
        Database other;
        QVERIFY(!other.open(path));
        ArticleStore store(other);
        QVERIFY(!store.remove(ids.first()));
    }
    bool warned = false;
    QTimer::singleShot(0, &window, [&warned] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warned = box->text().contains(QStringLiteral("could not be saved"));
            box->accept();
        }
    });
    QVERIFY(!window.close());
    QVERIFY(warned);
    QVERIFY(window.isVisible());
    QCOMPARE(window.articleSaveState(), MainWindow::SaveState::Failed);
    QCOMPARE(window.currentDocument()->field(ArticleDocument::Field::Summary),
             QStringLiteral("Work that must not be lost."));
    // Discard the edit so the test window may close.
    window.currentDocument()->undoStack()->setClean();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
