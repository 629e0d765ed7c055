#include "models/ArticleListModel.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int articleCount = 450; // more than two pages, so fetchMore is exercised twice
const QString harbourWord = QStringLiteral("harbour");

ArticleStatus statusFor(int i)
{
    static constexpr ArticleStatus statuses[] = {ArticleStatus::Draft, ArticleStatus::InReview,
                                                 ArticleStatus::Approved, ArticleStatus::Published};
    return statuses[i % 4];
}

bool mentionsHarbour(int i)
{
    return i % 7 == 0;
}

// Every third article has three paragraphs of which two cite a source.
Article makeArticle(int i)
{
    Article article;
    article.headline =
        mentionsHarbour(i)
            ? QStringLiteral("New %1 wall number %2 approved").arg(harbourWord).arg(i)
            : QStringLiteral("Council story number %1").arg(i);
    article.summary = QStringLiteral("Summary of story %1.").arg(i);
    article.byline = QStringLiteral("Reporter %1").arg(i % 5);
    article.status = statusFor(i);
    const int paragraphs = i % 3 == 0 ? 3 : 1;
    for (int p = 0; p < paragraphs; ++p) {
        Paragraph paragraph;
        paragraph.text = QStringLiteral("Paragraph %1 of story %2.").arg(p).arg(i);
        if (p < 2) {
            Attribution attribution;
            attribution.sourceName = QStringLiteral("City Finance Office");
            paragraph.attributions.append(attribution);
        }
        article.paragraphs.append(paragraph);
    }
    return article;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void passesModelTester();
    void firstPageRowsColumnsAndData();
    void headerData();
    void pagesLoadOnDemandInStoreOrder();
    void cacheStaysBoundedWhileScrolling();
    void sortingByAColumnFollowsTheStore();
    void statusFilterShowsOnlyMatchingRows();
    void searchFiltersRows();
    void searchWithQueryOperatorsDoesNotFail();
    void coverageColumnRoundsDown();
    void updatedShowsTimeForTodayAndDateBefore();
    void refreshShowsNewArticles();
    void articleIdAndRowLookup();
    void withoutStoreTheModelIsEmpty();
    void cleanupTestCase();

private:
    void fetchAll();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<ArticleListModel> m_model;
    QList<qint64> m_ids; // index i = the article made by makeArticle(i)
};

void TestModels::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_database = std::make_unique<Database>();
    const StoreError openError = m_database->open(m_dir.filePath(QStringLiteral("models.sqlite")));
    QVERIFY2(!openError, qPrintable(openError.message));
    m_store = std::make_unique<ArticleStore>(*m_database);

    // One transaction for the whole setup: 450 separate commits would each wait for fsync.
    Transaction transaction(*m_database);
    QVERIFY2(!transaction.beginError(), qPrintable(transaction.beginError().message));
    for (int i = 0; i < articleCount; ++i) {
        Article article = makeArticle(i);
        const StoreError error = m_store->create(article);
        QVERIFY2(!error, qPrintable(error.message));
        m_ids.append(article.id);
    }
    const StoreError commitError = transaction.commit();
    QVERIFY2(!commitError, qPrintable(commitError.message));
}

void TestModels::init()
{
    m_model = std::make_unique<ArticleListModel>();
    m_model->setStore(m_store.get());
}

void TestModels::fetchAll()
{
    // Reading every row pages them all in, as scrolling through the view would.
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->articleId(row) > 0);
}

void TestModels::passesModelTester()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->sort(ArticleListModel::HeadlineColumn, Qt::AscendingOrder);
    m_model->sort(ArticleListModel::CoverageColumn, Qt::DescendingOrder);
    fetchAll();
    ArticleListQuery approved;
    approved.status = ArticleStatus::Approved;
    m_model->setQuery(approved);
    fetchAll();
    ArticleListQuery search;
    search.search = harbourWord;
    m_model->setQuery(search);
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), int(m_model->matchingCount()));
    m_model->setStore(nullptr);
    m_model->setStore(m_store.get());
    m_model->setQuery(ArticleListQuery{});
    fetchAll();
    QCOMPARE(m_model->rowCount(), articleCount);
}

void TestModels::firstPageRowsColumnsAndData()
{
    QCOMPARE(m_model->rowCount(), articleCount);
    QCOMPARE(m_model->cachedRowCount(), 0); // nothing is read before a view asks
    QCOMPARE(m_model->columnCount(), int(ArticleListModel::ColumnCount));
    QCOMPARE(m_model->matchingCount(), qint64(articleCount));
    QVERIFY(!m_model->lastError());

    ArticleListQuery first;
    first.limit = 1;
    const QList<ArticleSummary> expected = m_store->list(first);
    QCOMPARE(expected.size(), 1);
    const ArticleSummary &top = expected.constFirst();

    const QModelIndex headline = m_model->index(0, ArticleListModel::HeadlineColumn);
    QCOMPARE(headline.data().toString(), top.headline);
    QCOMPARE(headline.data(Qt::ToolTipRole).toString(), top.headline);
    QCOMPARE(headline.data(ArticleListModel::ArticleIdRole).toLongLong(), top.id);
    QCOMPARE(headline.data(Qt::UserRole).toLongLong(), top.id);
    QCOMPARE(m_model->index(0, ArticleListModel::StatusColumn).data().toString(),
             articleStatusLabel(top.status));
    QCOMPARE(m_model->index(0, ArticleListModel::BylineColumn).data().toString(), top.byline);
    const QModelIndex updated = m_model->index(0, ArticleListModel::UpdatedColumn);
    QCOMPARE(updated.data().toString(), ArticleListModel::updatedText(top.updated));
    QCOMPARE(updated.data(Qt::ToolTipRole).toString(),
             QLocale().toString(top.updated.toLocalTime(), QLocale::LongFormat));

    // The table is flat.
    QCOMPARE(m_model->rowCount(headline), 0);
    QCOMPARE(m_model->columnCount(headline), 0);
    QCOMPARE(m_model->cachedRowCount(), ArticleListModel::PageSize);
}

void TestModels::headerData()
{
    const QStringList expected = {QStringLiteral("Headline"), QStringLiteral("Status"),
                                  QStringLiteral("Byline"), QStringLiteral("Updated"),
                                  QStringLiteral("Attribution")};
    for (int column = 0; column < expected.size(); ++column)
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void TestModels::pagesLoadOnDemandInStoreOrder()
{
    QCOMPARE(m_model->rowCount(), articleCount);
    QVERIFY(m_model->articleId(articleCount - 1) > 0); // jump to the end: only its page
    QCOMPARE(m_model->cachedRowCount(), articleCount % ArticleListModel::PageSize);
    QVERIFY(m_model->articleId(0) > 0);
    QCOMPARE(m_model->cachedRowCount(),
             articleCount % ArticleListModel::PageSize + ArticleListModel::PageSize);

    // The pages concatenate to the unpaged list: no gap, no duplicate.
    ArticleListQuery everything;
    everything.limit = 0;
    const QList<ArticleSummary> all = m_store->list(everything);
    QCOMPARE(all.size(), articleCount);
    for (int row = 0; row < articleCount; ++row)
        QCOMPARE(m_model->articleId(row), all.at(row).id);
}

void TestModels::cacheStaysBoundedWhileScrolling()
{
    m_model->setCachedPageLimit(2);
    for (int row = 0; row < articleCount; ++row)
        QVERIFY(m_model->articleId(row) > 0);
    QVERIFY(m_model->cachedRowCount() <= 2 * ArticleListModel::PageSize);
    // Going back re-reads the evicted page, with the same rows.
    ArticleListQuery first;
    first.limit = 1;
    QCOMPARE(m_model->articleId(0), m_store->list(first).constFirst().id);
    QVERIFY(m_model->cachedRowCount() <= 2 * ArticleListModel::PageSize);
}

void TestModels::sortingByAColumnFollowsTheStore()
{
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    m_model->sort(ArticleListModel::HeadlineColumn, Qt::AscendingOrder);
    QCOMPARE(layout.size(), 1);
    ArticleListQuery byHeadline;
    byHeadline.sort = ArticleSort::Headline;
    byHeadline.descending = false;
    byHeadline.limit = 0;
    const QList<ArticleSummary> expected = m_store->list(byHeadline);
    for (int row = 0; row < articleCount; row += 37)
        QCOMPARE(m_model->articleId(row), expected.at(row).id);
    QVERIFY(m_model->index(0, 0).data().toString().compare(
                m_model->index(articleCount - 1, 0).data().toString(), Qt::CaseInsensitive) <= 0);
    m_model->sort(ArticleListModel::HeadlineColumn, Qt::AscendingOrder); // unchanged: no signal
    QCOMPARE(layout.size(), 1);
    m_model->sort(ArticleListModel::CoverageColumn, Qt::DescendingOrder);
    int previous = 101;
    for (int row = 0; row < articleCount; row += 11) {
        const int coverage = m_model->index(row, ArticleListModel::CoverageColumn)
                                 .data()
                                 .toString()
                                 .remove(QLatin1Char('%'))
                                 .toInt();
        QVERIFY(coverage <= previous);
        previous = coverage;
    }
}

void TestModels::statusFilterShowsOnlyMatchingRows()
{
    for (ArticleStatus status : {ArticleStatus::Draft, ArticleStatus::InReview,
                                 ArticleStatus::Approved, ArticleStatus::Published}) {
        ArticleListQuery query;
        query.status = status;
        m_model->setQuery(query);
        fetchAll();

        QList<qint64> expectedIds;
        for (int i = 0; i < articleCount; ++i) {
            if (statusFor(i) == status)
                expectedIds.append(m_ids.at(i));
        }
        QCOMPARE(m_model->rowCount(), int(expectedIds.size()));
        QCOMPARE(m_model->matchingCount(), qint64(expectedIds.size()));
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QCOMPARE(m_model->index(row, ArticleListModel::StatusColumn).data().toString(),
                     articleStatusLabel(status));
            QVERIFY(expectedIds.contains(m_model->articleId(row)));
        }
    }
}

void TestModels::searchFiltersRows()
{
    ArticleListQuery query;
    query.search = harbourWord;
    m_model->setQuery(query);
    fetchAll();

    int expected = 0;
    for (int i = 0; i < articleCount; ++i)
        expected += mentionsHarbour(i) ? 1 : 0;
    QCOMPARE(m_model->rowCount(), expected);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row, ArticleListModel::HeadlineColumn)
                    .data()
                    .toString()
                    .contains(harbourWord));
    }

    // Search and status combine.
    query.status = ArticleStatus::Published;
    m_model->setQuery(query);
    fetchAll();
    int expectedPublished = 0;
    for (int i = 0; i < articleCount; ++i)
        expectedPublished += mentionsHarbour(i) && statusFor(i) == ArticleStatus::Published;
    QVERIFY(expectedPublished > 0);
    QCOMPARE(m_model->rowCount(), expectedPublished);
    QCOMPARE(m_model->query().search, harbourWord);
}

void TestModels::searchWithQueryOperatorsDoesNotFail()
{
    QSignalSpy failed(m_model.get(), &ArticleListModel::loadFailed);
    for (const QString &search :
         {QStringLiteral("\"harbour"), QStringLiteral("harbour OR"), QStringLiteral("NEAR(harbour"),
          QStringLiteral("*"), QStringLiteral("wall -number")}) {
        ArticleListQuery query;
        query.search = search;
        m_model->setQuery(query);
        QVERIFY2(!m_model->lastError(), qPrintable(m_model->lastError().message));
    }
    QCOMPARE(failed.size(), 0);
}

void TestModels::coverageColumnRoundsDown()
{
    fetchAll();
    const int threeParagraphs = m_model->rowOfArticle(m_ids.at(3)); // 2 of 3 attributed
    const int oneParagraph = m_model->rowOfArticle(m_ids.at(1));    // 1 of 1 attributed
    QVERIFY(threeParagraphs >= 0);
    QVERIFY(oneParagraph >= 0);
    const QModelIndex partial = m_model->index(threeParagraphs, ArticleListModel::CoverageColumn);
    QCOMPARE(partial.data().toString(), QStringLiteral("66%"));
    QVERIFY(partial.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 of 3")));
    QCOMPARE(m_model->index(oneParagraph, ArticleListModel::CoverageColumn).data().toString(),
             QStringLiteral("100%"));
    QCOMPARE(partial.data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
}

void TestModels::updatedShowsTimeForTodayAndDateBefore()
{
    const QDateTime noon(QDate(2026, 3, 14), QTime(12, 30), Qt::LocalTime);
    QCOMPARE(ArticleListModel::updatedText(noon, QDate(2026, 3, 14)),
             QLocale().toString(QTime(12, 30), QLocale::ShortFormat));
    QCOMPARE(ArticleListModel::updatedText(noon, QDate(2026, 3, 15)),
             QLocale().toString(QDate(2026, 3, 14), QLocale::ShortFormat));
    QVERIFY(ArticleListModel::updatedText(noon, QDate(2026, 3, 15)).contains(QStringLiteral("14")));
}

void TestModels::refreshShowsNewArticles()
{
    Article fresh;
    fresh.headline = QStringLiteral("Late-breaking ferry timetable change");
    fresh.status = ArticleStatus::Draft;
    QVERIFY(!m_store->create(fresh));

    QCOMPARE(m_model->rowOfArticle(fresh.id), -1);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->refresh();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->matchingCount(), qint64(articleCount + 1));
    QCOMPARE(m_model->articleId(0), fresh.id); // the most recently updated comes first

    QVERIFY(!m_store->remove(fresh.id));
    m_model->refresh();
    QCOMPARE(m_model->rowOfArticle(fresh.id), -1);
    QCOMPARE(m_model->matchingCount(), qint64(articleCount));
}

void TestModels::articleIdAndRowLookup()
{
    QCOMPARE(m_model->articleId(-1), 0);
    QCOMPARE(m_model->articleId(m_model->rowCount()), 0);
    const qint64 id = m_model->articleId(5);
    QVERIFY(id > 0);
    QCOMPARE(m_model->rowOfArticle(id), 5);
    QCOMPARE(m_model->rowOfArticle(-42), -1);
    QVERIFY(!m_model->index(m_model->rowCount(), 0).isValid());
}

void TestModels::withoutStoreTheModelIsEmpty()
{
    m_model->setStore(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->matchingCount(), 0);
    QCOMPARE(m_model->articleId(0), 0);
    ArticleListQuery query;
    query.search = harbourWord;
    m_model->setQuery(query); // must not touch a store
    QCOMPARE(m_model->rowCount(), 0);
}

void TestModels::cleanupTestCase()
{
    m_model.reset();
    m_store.reset();
    m_database.reset();
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
