#include "core/PlainTextImporter.h"
#include "models/ArticleListModel.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "widgets/ArticleView.h"
#include "widgets/MainWindow.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

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

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsTheDemoArticle();
    void escapesArticleText();
    void chipsShowTheVerificationState();
    void previousAndNextUseTheCanonicalHeadline();
    void searchFiltersAfterTheDebounce();
    void statusFilterShowsOnlyThatStatus();
    void opensASecondDatabase();
    void refusesAFileThatIsNotADatabase();
    void remembersAtMostEightRecentDatabases();

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
    QVERIFY(!window.openDatabase(path));
    const QString text = window.articleView()->toPlainText();
    QVERIFY2(text.contains(article.headline), qPrintable(text));
    QVERIFY(text.contains(article.summary));
    QVERIFY(text.contains(paragraph.text));
    QVERIFY(text.contains(attribution.sourceName));
    // No link was smuggled in through the text: only the (absent) previous/next could be links.
    QCOMPARE(linkTexts(window.articleView()->document()), QStringList());
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
