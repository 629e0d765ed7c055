// Publishing (issue 6): destinations stored in the database, delivery to hot folders and to an
// HTTP endpoint started by the test on the loopback interface (500s, timeouts, a connection
// closed mid-response), the record of every delivery, retry, correction and unpublish.
#include "ArticleFixtures.h"
#include "LocalHttpServer.h"
#include "TestDatabase.h"

#include "core/NewsmlG2Exporter.h"
#include "publish/PublishJob.h"
#include "publish/Publisher.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/PublishStore.h"
#include "storage/ReviewStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const DeskActor editor{u"Ed Writer"_s, DeskRole::Editor};
const DeskActor chief{u"Cat Chief"_s, DeskRole::Chief};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPublish : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void destinationsAreValidatedAndStored();
    void headersParse();
    void publishesToFoldersAndEndpoint();
    void retriesAfterA500();
    void failedDeliveryLeavesTheArticleApproved();
    void timeoutIsAFailure();
    void connectionClosedMidResponse();
    void onlyApprovedArticlesPublish();
    void editorsCannotPublish();
    void correctionRepublishesAHigherVersion();
    void unpublishSendsCanceled();
    void destinationChoiceAndNoDestination();
    void articlesSharingASlugKeepTheirOwnFiles();
    void manyArticlesOverKeptAliveConnections();
    void publishJobRunsOnItsOwnThread();

private:
    Article approvedArticle(const QString &headline);
    PublishDestination folder(const QString &name, ExportFormat format);
    PublishDestination endpoint(const QString &name, const QString &path, int retries = 0,
                                int timeoutMs = 5000);
    QList<Publisher::ArticleResult> publish(const QList<qint64> &ids,
                                            Publisher::Mode mode = Publisher::Mode::Publish,
                                            const DeskActor &actor = chief,
                                            const QString &destination = {});
    ArticleStatus statusOf(qint64 id);

    std::unique_ptr<TestDatabase> m_dir; // the database and a folder for files
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<LocalHttpServer> m_server;
};

void TestPublish::init()
{
    m_dir = std::make_unique<TestDatabase>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    const StoreError error = m_db->open(m_dir->location());
    QVERIFY2(!error, qPrintable(error.message));
    m_store = std::make_unique<ArticleStore>(*m_db);
    m_store->setActor(editor);
    m_server = std::make_unique<LocalHttpServer>();
    QVERIFY(m_server->isListening());
}

void TestPublish::cleanup()
{
    m_server.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

Article TestPublish::approvedArticle(const QString &headline)
{
    Article article = fixtures::attributedArticle(headline);
    if (const StoreError error = m_store->create(article); error)
        qFatal("create: %s", qPrintable(error.message));
    ReviewStore reviews(*m_db);
    reviews.setActor(editor);
    StatusChangeRequest request;
    request.to = ArticleStatus::InReview;
    if (const StoreError error = reviews.changeStatus(article.id, request); error)
        qFatal("review: %s", qPrintable(error.message));
    reviews.setActor(chief);
    request.to = ArticleStatus::Approved;
    request.overrideReason = u"Checked by phone"_s;
    if (const StoreError error = reviews.changeStatus(article.id, request, &article); error)
        qFatal("approve: %s", qPrintable(error.message));
    return article;
}

PublishDestination TestPublish::folder(const QString &name, ExportFormat format)
{
    PublishDestination destination;
    destination.name = name;
    destination.kind = PublishDestination::Kind::Folder;
    destination.format = format;
    destination.target = m_dir->filePath(name);
    const StoreError error = PublishStore(*m_db).saveDestination(&destination);
    if (error)
        qFatal("destination: %s", qPrintable(error.message));
    return destination;
}

PublishDestination TestPublish::endpoint(const QString &name, const QString &path, int retries,
                                         int timeoutMs)
{
    PublishDestination destination;
    destination.name = name;
    destination.kind = PublishDestination::Kind::Http;
    destination.target = m_server->url(path).toString();
    destination.headers = {{"Authorization", "Bearer s3cret"}};
    destination.retries = retries;
    destination.timeoutMs = timeoutMs;
    const StoreError error = PublishStore(*m_db).saveDestination(&destination);
    if (error)
        qFatal("destination: %s", qPrintable(error.message));
    return destination;
}

QList<Publisher::ArticleResult> TestPublish::publish(const QList<qint64> &ids, Publisher::Mode mode,
                                                     const DeskActor &actor,
                                                     const QString &destination)
{
    Publisher publisher(*m_db);
    publisher.setActor(actor);
    publisher.http().setBackoffMs(20);
    QSignalSpy finished(&publisher, &Publisher::finished);
    const StoreError error = publisher.start(ids, mode, destination);
    if (error)
        return {};
    // The signal may come before waiting starts (a run with nothing to send): count, not wait.
    if (finished.isEmpty() && !finished.wait(30000))
        qWarning("the publisher did not finish");
    return publisher.results();
}

ArticleStatus TestPublish::statusOf(qint64 id)
{
    const std::optional<Article> article = m_store->load(id);
    return article ? article->status : ArticleStatus::Draft;
}

void TestPublish::destinationsAreValidatedAndStored()
{
    PublishStore store(*m_db);
    PublishDestination bad;
    bad.name = u"wire"_s;
    bad.kind = PublishDestination::Kind::Http;
    bad.target = u"ftp://example.com/in"_s;
    StoreError error = store.saveDestination(&bad);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY2(error.message.contains(u"ftp://example.com/in"_s), qPrintable(error.message));
    bad.target = u"https://example.com/in"_s;
    bad.format = ExportFormat::Html;
    QCOMPARE(store.saveDestination(&bad).kind, StoreError::Kind::Invalid);
    PublishDestination relative;
    relative.name = u"web"_s;
    relative.target = u"relative/folder"_s;
    QCOMPARE(store.saveDestination(&relative).kind, StoreError::Kind::Invalid);

    PublishDestination wire = endpoint(u"wire"_s, u"/ok"_s, 2, 1500);
    PublishDestination web = folder(u"web"_s, ExportFormat::Html);
    PublishDestination same = web;
    same.id = 0;
    error = store.saveDestination(&same);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(error.message.contains(u"already"_s));

    const QList<PublishDestination> stored = store.destinations();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0), web); // by name
    QCOMPARE(stored.at(1), wire);
    wire.enabled = false;
    wire.retries = 5;
    QVERIFY(!store.saveDestination(&wire));
    QCOMPARE(store.destination(u"wire"_s)->retries, 5);
    QVERIFY(!store.destination(u"wire"_s)->enabled);
    QVERIFY(!store.removeDestination(wire.id));
    QCOMPARE(store.destination(u"wire"_s, &error), std::nullopt);
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
}

void TestPublish::headersParse()
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString error;
    QVERIFY(PublishDestination::parseHeaders(u"Authorization: Bearer a:b\n\n X-Desk : Metro \n"_s,
                                             &headers, &error));
    QCOMPARE(headers.size(), 2);
    QCOMPARE(headers.at(0), (std::pair<QByteArray, QByteArray>{"Authorization", "Bearer a:b"}));
    QCOMPARE(headers.at(1), (std::pair<QByteArray, QByteArray>{"X-Desk", "Metro"}));
    QVERIFY(!PublishDestination::parseHeaders(u"X-Ok: 1\nno colon here"_s, &headers, &error));
    QVERIFY2(error.contains(u"2"_s) && error.contains(u"no colon here"_s), qPrintable(error));
    QVERIFY(!PublishDestination::parseHeaders(u"Bad Name: 1"_s, &headers, &error));
    // Secrets are masked wherever a destination is shown; other values are not.
    QCOMPARE(PublishDestination::displayedValue("Authorization", "Bearer s3cret"),
             u"Bearer \u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022"_s);
    QVERIFY(!PublishDestination::displayedValue("X-Api-Key", "abc123").contains(u"abc"_s));
    QCOMPARE(PublishDestination::displayedValue("X-Desk", "Metro"), u"Metro"_s);
}

void TestPublish::publishesToFoldersAndEndpoint()
{
    const Article article = approvedArticle(u"Crane Falls at Harbour"_s);
    const PublishDestination newsml = folder(u"hot"_s, ExportFormat::NewsmlG2);
    const PublishDestination web = folder(u"web"_s, ExportFormat::Html);
    endpoint(u"wire"_s, u"/ok"_s);

    const QList<Publisher::ArticleResult> results = publish({article.id});
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().completed, qPrintable(results.first().refusal));
    QCOMPARE(results.first().deliveries.size(), 3);
    QCOMPARE(statusOf(article.id), ArticleStatus::Published);

    // Hot folders: a complete file named after the slug and version, no temporaries left.
    const QString itemPath =
        m_dir->filePath(u"hot/crane-falls-at-harbour-v%1.newsml.xml"_s).arg(article.version);
    QVERIFY2(QFile::exists(itemPath), qPrintable(itemPath));
    QVERIFY(readAll(itemPath).contains("<pubStatus qcode=\"stat:usable\"/>"));
    QCOMPARE(QDir(newsml.target).entryList(QDir::Files | QDir::Hidden).size(), 1);
    QCOMPARE(QDir(web.target).entryList({u"*.html"_s}, QDir::Files).size(), 1);

    // The endpoint: one POST of the ninjs with the configured and the idempotency headers.
    QCOMPARE(m_server->requests.size(), 1);
    const LocalHttpServer::Request &request = m_server->requests.first();
    QCOMPARE(request.method, "POST");
    QCOMPARE(request.path, "/ok");
    QCOMPARE(request.headers.value("authorization"), "Bearer s3cret");
    QCOMPARE(request.headers.value("content-type"), "application/json");
    QCOMPARE(request.headers.value("idempotency-key"),
             (Article::defaultUri(article.uuid) + u";version=%1"_s.arg(article.version)).toUtf8());
    const QJsonObject ninjs = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(ninjs.value(u"pubStatus"_s).toString(), u"usable"_s);
    QCOMPARE(ninjs.value(u"version"_s).toString(), QString::number(article.version));

    // Every delivery is on record, with who published.
    const QList<Publication> records = PublishStore(*m_db).publications(article.id);
    QCOMPARE(records.size(), 3);
    for (const Publication &record : records) {
        QVERIFY(record.succeeded);
        QCOMPARE(record.version, article.version);
        QCOMPARE(record.actor, chief.name);
        QVERIFY(!record.canceled);
    }
    QVERIFY(std::any_of(records.cbegin(), records.cend(), [](const Publication &record) {
        return record.destinationName == u"wire" && record.result == u"HTTP 201";
    }));

    // Publishing again sends nothing: every destination has this version.
    const QList<Publisher::ArticleResult> again = publish({article.id});
    QCOMPARE(again.first().deliveries.size(), 0);
    QCOMPARE(again.first().upToDate.size(), 3);
    QCOMPARE(m_server->requests.size(), 1);
}

void TestPublish::retriesAfterA500()
{
    const Article article = approvedArticle(u"Ferry Fares Rise"_s);
    endpoint(u"wire"_s, u"/fail-once"_s, 2);
    const QList<Publisher::ArticleResult> results = publish({article.id});
    QVERIFY(results.first().completed);
    QCOMPARE(results.first().deliveries.first().attempts, 2);
    QCOMPARE(m_server->requests.size(), 2);
    // Both attempts carry the same idempotency key, so the endpoint can drop a duplicate.
    QCOMPARE(m_server->requests.at(0).headers.value("idempotency-key"),
             m_server->requests.at(1).headers.value("idempotency-key"));
    QCOMPARE(statusOf(article.id), ArticleStatus::Published);
}

void TestPublish::failedDeliveryLeavesTheArticleApproved()
{
    const Article article = approvedArticle(u"Council Budget Passes"_s);
    folder(u"hot"_s, ExportFormat::Ninjs);
    PublishDestination wire = endpoint(u"wire"_s, u"/always-500"_s, 1);

    const QList<Publisher::ArticleResult> results = publish({article.id});
    QVERIFY(!results.first().completed);
    QCOMPARE(statusOf(article.id), ArticleStatus::Approved);
    QCOMPARE(m_server->requests.size(), 2); // the first attempt and one retry
    const QList<Publication> records = PublishStore(*m_db).publications(article.id);
    QCOMPARE(records.size(), 2);
    const auto failed = std::find_if(records.cbegin(), records.cend(),
                                     [](const Publication &record) { return !record.succeeded; });
    QVERIFY(failed != records.cend());
    QCOMPARE(failed->destinationName, u"wire"_s);
    QCOMPARE(failed->attempts, 2);
    QVERIFY2(failed->error.contains(u"HTTP 500"_s) &&
                 failed->error.contains(u"archive is down"_s) &&
                 failed->error.contains(m_server->url(u"/always-500"_s).toString()),
             qPrintable(failed->error));

    // A 4xx answer is final: no retry.
    wire.target = m_server->url(u"/reject"_s).toString();
    QVERIFY(!PublishStore(*m_db).saveDestination(&wire));
    m_server->requests.clear();
    QVERIFY(!publish({article.id}).first().completed);
    QCOMPARE(m_server->requests.size(), 1);

    // Retry once the endpoint works: only the failed destination is sent to again.
    wire.target = m_server->url(u"/ok"_s).toString();
    QVERIFY(!PublishStore(*m_db).saveDestination(&wire));
    m_server->requests.clear();
    const QList<Publisher::ArticleResult> retried = publish({article.id});
    QVERIFY(retried.first().completed);
    QCOMPARE(retried.first().deliveries.size(), 1);
    QCOMPARE(retried.first().upToDate, QStringList{u"hot"_s});
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(statusOf(article.id), ArticleStatus::Published);
}

void TestPublish::timeoutIsAFailure()
{
    const Article article = approvedArticle(u"Bridge Closed for Repairs"_s);
    endpoint(u"slow"_s, u"/hang"_s, 0, 300);
    const QList<Publisher::ArticleResult> results = publish({article.id});
    QVERIFY(!results.first().completed);
    const Publication &delivery = results.first().deliveries.first();
    QVERIFY(!delivery.succeeded);
    QVERIFY2(delivery.error.contains(u"did not answer within 0.3 s"_s), qPrintable(delivery.error));
    QCOMPARE(statusOf(article.id), ArticleStatus::Approved);
}

void TestPublish::connectionClosedMidResponse()
{
    const Article article = approvedArticle(u"Schools Open Late"_s);
    endpoint(u"flaky"_s, u"/close"_s, 1);
    const QList<Publisher::ArticleResult> results = publish({article.id});
    QVERIFY(!results.first().completed);
    const Publication &delivery = results.first().deliveries.first();
    QVERIFY(!delivery.succeeded);
    QVERIFY(!delivery.error.isEmpty());
    QCOMPARE(delivery.attempts, 2); // a broken connection may pass: retried once
    QCOMPARE(statusOf(article.id), ArticleStatus::Approved);
}

void TestPublish::onlyApprovedArticlesPublish()
{
    Article draft;
    draft.headline = u"Draft Story"_s;
    QVERIFY(!m_store->create(draft));
    folder(u"hot"_s, ExportFormat::Ninjs);
    const QList<Publisher::ArticleResult> results = publish({draft.id});
    QCOMPARE(results.size(), 1);
    QVERIFY(!results.first().completed);
    QVERIFY(results.first().deliveries.isEmpty());
    QVERIFY2(results.first().refusal.contains(u"only approved articles"_s),
             qPrintable(results.first().refusal));
    QVERIFY(QDir(m_dir->filePath(u"hot"_s)).isEmpty());
}

void TestPublish::editorsCannotPublish()
{
    const Article article = approvedArticle(u"Harbour Reopens"_s);
    folder(u"hot"_s, ExportFormat::Ninjs);
    const QList<Publisher::ArticleResult> results =
        publish({article.id}, Publisher::Mode::Publish, editor);
    QVERIFY(!results.first().completed);
    QVERIFY(results.first().deliveries.isEmpty());
    QVERIFY(!results.first().refusal.isEmpty());
    QCOMPARE(statusOf(article.id), ArticleStatus::Approved);
}

void TestPublish::correctionRepublishesAHigherVersion()
{
    Article article = approvedArticle(u"Fire at the Depot"_s);
    const PublishDestination hot = folder(u"hot"_s, ExportFormat::Ninjs);
    endpoint(u"wire"_s, u"/ok"_s);
    QVERIFY(publish({article.id}).first().completed);
    const int firstVersion = article.version;

    // The correction: the text is fixed and the article marked corrected.
    article = *m_store->load(article.id);
    article.paragraphs.first().text = u"The port authority said the fire began at 5 am."_s;
    QVERIFY(!m_store->save(article));
    ReviewStore reviews(*m_db);
    reviews.setActor(chief);
    StatusChangeRequest correct;
    correct.to = ArticleStatus::Corrected;
    QVERIFY(!reviews.changeStatus(article.id, correct, &article));
    QVERIFY(article.version > firstVersion);

    const QList<Publisher::ArticleResult> results = publish({article.id});
    QVERIFY(results.first().completed);
    QCOMPARE(results.first().deliveries.size(), 2);
    QCOMPARE(statusOf(article.id), ArticleStatus::Corrected);
    QCOMPARE(QDir(hot.target).entryList({u"*.ninjs.json"_s}, QDir::Files).size(), 2);
    const QJsonObject sent = QJsonDocument::fromJson(m_server->requests.last().body).object();
    QCOMPARE(sent.value(u"version"_s).toString(), QString::number(article.version));
    QVERIFY(m_server->requests.last()
                .headers.value("idempotency-key")
                .endsWith(";version=" + QByteArray::number(article.version)));
}

void TestPublish::unpublishSendsCanceled()
{
    const Article article = approvedArticle(u"Mayor Resigns"_s);
    const PublishDestination hot = folder(u"hot"_s, ExportFormat::NewsmlG2);
    const PublishDestination web = folder(u"web"_s, ExportFormat::Html);
    endpoint(u"wire"_s, u"/ok"_s);
    QVERIFY(publish({article.id}).first().completed);
    // A destination added later never had the article: nothing is sent there.
    const PublishDestination later = folder(u"later"_s, ExportFormat::Ninjs);

    const QList<Publisher::ArticleResult> results =
        publish({article.id}, Publisher::Mode::Unpublish);
    QVERIFY2(results.first().completed, qPrintable(results.first().refusal));
    QCOMPARE(results.first().deliveries.size(), 3);
    QCOMPARE(statusOf(article.id), ArticleStatus::Archived);

    const QJsonObject sent = QJsonDocument::fromJson(m_server->requests.last().body).object();
    QCOMPARE(sent.value(u"pubStatus"_s).toString(), u"canceled"_s);
    QVERIFY(m_server->requests.last().headers.value("idempotency-key").endsWith(";canceled"));
    const QString canceledItem =
        m_dir->filePath(u"hot/mayor-resigns-v%1-canceled.newsml.xml"_s).arg(article.version);
    QVERIFY(readAll(canceledItem).contains("<pubStatus qcode=\"stat:canceled\"/>"));
    QVERIFY(QDir(web.target).entryList({u"*.html"_s}, QDir::Files).isEmpty());
    QVERIFY(!QDir(later.target).exists() || QDir(later.target).isEmpty());
    const QList<Publication> records = PublishStore(*m_db).publications(article.id);
    QCOMPARE(std::count_if(records.cbegin(), records.cend(),
                           [](const Publication &record) { return record.canceled; }),
             3);

    // Unpublishing again has nothing left to send; publishing an archived article is refused.
    const QList<Publisher::ArticleResult> again = publish({article.id}, Publisher::Mode::Unpublish);
    QVERIFY(again.first().deliveries.isEmpty());
    QCOMPARE(again.first().upToDate.size(), 3);
    QVERIFY(!publish({article.id}).first().refusal.isEmpty());
    QCOMPARE(hot.enabled, true);
}

void TestPublish::destinationChoiceAndNoDestination()
{
    const Article article = approvedArticle(u"Storm Warning"_s);
    Publisher publisher(*m_db);
    publisher.setActor(chief);
    StoreError error = publisher.start({article.id}, Publisher::Mode::Publish);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(error.message.contains(u"No publishing destination"_s));

    folder(u"hot"_s, ExportFormat::Ninjs);
    PublishDestination off = folder(u"off"_s, ExportFormat::Ninjs);
    off.enabled = false;
    QVERIFY(!PublishStore(*m_db).saveDestination(&off));
    error = publisher.start({article.id}, Publisher::Mode::Publish, u"nowhere"_s);
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
    error = publisher.start({article.id}, Publisher::Mode::Publish, u"off"_s);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(error.message.contains(u"disabled"_s));

    const QList<Publisher::ArticleResult> results =
        publish({article.id}, Publisher::Mode::Publish, chief, u"hot"_s);
    QVERIFY(results.first().completed);
    QCOMPARE(results.first().deliveries.size(), 1);
    QVERIFY(!QDir(off.target).exists() || QDir(off.target).isEmpty());
}

void TestPublish::articlesSharingASlugKeepTheirOwnFiles()
{
    const PublishDestination hot = folder(u"hot"_s, ExportFormat::Ninjs);
    const Article first = approvedArticle(u"Weather Today"_s);
    const Article second = approvedArticle(u"Weather Today"_s);
    QCOMPARE(first.slug, second.slug);
    QVERIFY(publish({first.id, second.id}).last().completed);
    // A later run, too: the name is taken by the first article's delivery on record.
    const Article third = approvedArticle(u"Weather Today"_s);
    QVERIFY(publish({third.id}).first().completed);
    const QStringList files = QDir(hot.target).entryList({u"*.ninjs.json"_s}, QDir::Files);
    QCOMPARE(files.size(), 3);
    QVERIFY(files.contains(u"weather-today-v%1.ninjs.json"_s.arg(first.version)));
    QVERIFY(files.contains(uuidText(second.uuid) + u"-v%1.ninjs.json"_s.arg(second.version)));
    QVERIFY(files.contains(uuidText(third.uuid) + u"-v%1.ninjs.json"_s.arg(third.version)));

    // Unpublishing one web page leaves the pages of the others that share its slug.
    const PublishDestination web = folder(u"web"_s, ExportFormat::Html);
    QVERIFY(publish({first.id, second.id}).last().completed);
    QCOMPARE(QDir(web.target).entryList({u"*.html"_s}, QDir::Files).size(), 2);
    QVERIFY(publish({second.id}, Publisher::Mode::Unpublish).first().completed);
    QCOMPARE(QDir(web.target).entryList({u"*.html"_s}, QDir::Files),
             QStringList{u"weather-today-v%1.html"_s.arg(first.version)});
}

void TestPublish::manyArticlesOverKeptAliveConnections()
{
    QList<qint64> ids;
    for (int i = 0; i < 60; ++i)
        ids.append(approvedArticle(u"Story %1"_s.arg(i)).id);
    endpoint(u"wire"_s, u"/ok"_s);
    const QList<Publisher::ArticleResult> results = publish(ids);
    QCOMPARE(results.size(), ids.size());
    for (const Publisher::ArticleResult &result : results)
        QVERIFY2(result.completed, qPrintable(result.refusal));
    QCOMPARE(m_server->requests.size(), ids.size());
    // Connections are kept alive and reused: far fewer than one per article.
    QVERIFY2(m_server->connections <= 8, qPrintable(QString::number(m_server->connections)));
}

void TestPublish::publishJobRunsOnItsOwnThread()
{
    QList<qint64> ids;
    for (int i = 0; i < 10; ++i)
        ids.append(approvedArticle(u"Threaded %1"_s.arg(i)).id);
    endpoint(u"wire"_s, u"/fail-once"_s, 1);
    folder(u"hot"_s, ExportFormat::Ninjs);

    PublishJob job;
    QSignalSpy finished(&job, &PublishJob::finished);
    QSignalSpy articles(&job, &PublishJob::articleFinished);
    QSignalSpy progress(&job, &PublishJob::progress);
    PublishJob::Request request;
    request.databaseLocation = m_db->location();
    request.articleIds = ids;
    request.actor = chief;
    request.backoffMs = 20;
    job.start(request);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    // The spies count on the worker's thread; the results reach this one as queued events.
    QTRY_COMPARE(job.results().size(), ids.size());
    QCOMPARE(articles.size(), ids.size());
    for (const Publisher::ArticleResult &result : job.results())
        QVERIFY2(result.completed, qPrintable(result.refusal));
    QCOMPARE(progress.last().at(0).value<qsizetype>(), ids.size());
    // The worker's own connection wrote; this one sees it.
    for (const qint64 id : ids)
        QCOMPARE(statusOf(id), ArticleStatus::Published);

    // A start that cannot happen says why, and still finishes.
    PublishJob refused;
    QSignalSpy why(&refused, &PublishJob::refused);
    QSignalSpy done(&refused, &PublishJob::finished);
    request.destinationName = u"nowhere"_s;
    refused.start(request);
    // A refused start may finish before waiting starts.
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 30000);
    QCOMPARE(why.size(), 1);
    QVERIFY(why.first().first().toString().contains(u"nowhere"_s));
}

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
