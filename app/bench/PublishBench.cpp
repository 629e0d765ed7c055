#include "PublishBench.h"

#include "LoopbackEndpoint.h"
#include "SyntheticLibrary.h"
#include "publish/Publisher.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/PublishStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

PublishBench::PublishBench(const QString &directory, Report &report,
                           std::function<void(const QString &)> progress)
    : m_directory(directory)
    , m_report(report)
    , m_progress(std::move(progress))
{}

bool PublishBench::run()
{
    const QString path = QDir(m_directory).filePath(u"publish-bench.sqlite"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    const QString folder = QDir(m_directory).filePath(u"publish-hot-folder"_s);
    QDir(folder).removeRecursively();

    Database db;
    if (const StoreError error = db.open(path)) {
        m_failure = error.message;
        return false;
    }
    m_progress(tr("publish: %1 approved articles…").arg(QLocale().toString(m_articles)));
    ArticleStore store(db);
    SyntheticLibrary library;
    for (int done = 0; done < m_articles;) {
        QList<ImportedArticle> batch;
        for (int i = 0; i < 1000 && done < m_articles; ++i, ++done)
            batch.append(library.next());
        if (const StoreError error = store.importArticles(batch)) {
            m_failure = error.message;
            return false;
        }
    }
    // Approving 5,000 articles through the workflow would time the review, not publishing.
    QSqlQuery approve(db.connection());
    if (!approve.exec(u"UPDATE articles SET status = 'approved'"_s)) {
        m_failure = tr("approving the articles: ") + approve.lastError().text();
        return false;
    }
    QList<qint64> ids;
    QSqlQuery select(db.connection());
    select.exec(u"SELECT id FROM articles ORDER BY id"_s);
    while (select.next())
        ids.append(select.value(0).toLongLong());
    select.finish();

    LoopbackEndpoint endpoint;
    if (!endpoint.isListening()) {
        m_failure = tr("the loopback endpoint could not listen");
        return false;
    }
    PublishStore destinations(db);
    PublishDestination http;
    http.name = u"loopback"_s;
    http.kind = PublishDestination::Kind::Http;
    http.target = endpoint.url().toString();
    PublishDestination hotFolder;
    hotFolder.name = u"hot folder"_s;
    hotFolder.target = folder;
    hotFolder.enabled = false;
    for (PublishDestination *destination : {&http, &hotFolder}) {
        if (const StoreError error = destinations.saveDestination(destination)) {
            m_failure = error.message;
            return false;
        }
    }

    const auto publishAll = [&](const QString &destination, qint64 *nanoseconds) {
        Publisher publisher(db);
        publisher.setActor(DeskActor{u"Bench"_s, DeskRole::Chief});
        QEventLoop loop;
        QObject::connect(&publisher, &Publisher::finished, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        if (const StoreError error = publisher.start(ids, Publisher::Mode::Publish, destination)) {
            m_failure = error.message;
            return false;
        }
        loop.exec();
        *nanoseconds = timer.nsecsElapsed();
        for (const Publisher::ArticleResult &result : publisher.results()) {
            if (!result.completed) {
                m_failure = tr("article %1 was not published: %2")
                                .arg(result.articleId)
                                .arg(result.refusal.isEmpty() && !result.deliveries.isEmpty()
                                         ? result.deliveries.first().error
                                         : result.refusal);
                return false;
            }
        }
        return true;
    };

    m_progress(tr("publish: %1 articles to %2…")
                   .arg(QLocale().toString(qsizetype(ids.size())), http.target));
    qint64 httpNs = 0;
    if (!publishAll(http.name, &httpNs))
        return false;
    BenchResult posted =
        BenchResult::fromRate(u"publish.http"_s,
                              tr("publish %1 approved articles to a loopback HTTP endpoint")
                                  .arg(QLocale().toString(qsizetype(ids.size()))),
                              ids.size(), double(httpNs) / 1e9);
    posted.target = Target{Target::Kind::AtLeast, 500};
    posted.note =
        tr("Publisher as copydesk-cli publish: load, ninjs, POST (up to 6 at once over "
           "%1 kept-alive connections for %2 requests), then record the deliveries and move "
           "the articles to published, 64 to a transaction")
            .arg(endpoint.connections())
            .arg(endpoint.requests());
    m_report.add(posted);

    // The same articles to a hot folder: they are published now, so this is a re-publish
    // of the same version to a destination that does not have it yet.
    hotFolder.enabled = true;
    destinations.saveDestination(&hotFolder);
    m_progress(
        tr("publish: %1 articles to a hot folder…").arg(QLocale().toString(qsizetype(ids.size()))));
    qint64 folderNs = 0;
    if (!publishAll(hotFolder.name, &folderNs))
        return false;
    BenchResult written = BenchResult::fromRate(u"publish.folder"_s,
                                                tr("publish %1 articles to a hot folder (ninjs)")
                                                    .arg(QLocale().toString(qsizetype(ids.size()))),
                                                ids.size(), double(folderNs) / 1e9);
    written.note = tr("each file written with QSaveFile (its own fsync), as a hot folder needs");
    m_report.add(written);

    db.close();
    if (!m_keepFiles) {
        QDir(folder).removeRecursively();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    return true;
}
