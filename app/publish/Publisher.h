#pragma once

#include "HttpPoster.h"
#include "core/Article.h"
#include "core/DeskUser.h"
#include "core/PublishDestination.h"
#include "storage/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>

class Database;

// Publishes articles to the destinations stored in the database (PublishStore) and records
// every delivery. Publish sends an approved (or published or corrected) article to every
// enabled destination that does not have this version yet; once all have it, an approved
// article becomes published. A failed delivery leaves the article approved, with the error
// recorded; publishing again retries only what is missing. Unpublish archives the article and
// sends a pubStatus "canceled" document wherever it was published (an HTML page is removed).
//
// Asynchronous: start() returns at once, the work runs in the event loop (HTTP requests run
// several at a time), articleFinished() reports each article and finished() the end.
class Publisher : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Publish, Unpublish };

    struct ArticleResult
    {
        qint64 articleId = 0;
        QString headline;
        int version = 0;
        bool completed = false;        // every destination has it (or its cancellation) now
        QString refusal;               // why nothing was sent (status, role, a store error)
        QList<Publication> deliveries; // the attempts of this run
        QStringList upToDate;          // destinations that already had this version
    };

    explicit Publisher(Database &db, QObject *parent = nullptr);
    ~Publisher() override;

    void setActor(const DeskActor &actor) { m_actor = actor; }
    HttpPoster &http() { return m_http; }

    // Checks the destinations (an unknown or disabled name, or none enabled, is an error and
    // nothing starts), then works through the articles in the event loop.
    StoreError start(const QList<qint64> &articleIds, Mode mode,
                     const QString &destinationName = {});
    // Starts no further article; deliveries under way finish and are recorded.
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<ArticleResult> &results() const { return m_results; }

signals:
    void progress(qsizetype done, qsizetype total);
    void articleFinished(const Publisher::ArticleResult &result);
    void finished();

private:
    struct Pending
    {
        ArticleResult result;
        Article article;
        int outstanding = 0;
    };
    struct Delivery
    {
        qint64 articleId = 0;
        PublishDestination destination;
        QString path;
    };

    void pump();
    void begin(Article article);
    void deliverToFolder(Pending &pending, const PublishDestination &destination);
    void postTo(Pending &pending, const PublishDestination &destination);
    void handleHttp(quint64 token, const HttpPoster::Outcome &outcome);
    void complete(qint64 articleId);
    StoreError record(Pending &pending);
    void recordCompleted();
    void finishArticle(ArticleResult result);
    Publication publication(const Pending &pending, const PublishDestination &destination) const;

    Database &m_db;
    DeskActor m_actor = DeskUser::current();
    HttpPoster m_http;
    Mode m_mode = Mode::Publish;
    QList<PublishDestination> m_destinations;
    QList<qint64> m_ids;
    qsizetype m_next = 0;
    qsizetype m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QHash<qint64, Pending> m_pending;
    QList<Pending> m_toRecord; // delivered, waiting to be recorded
    bool m_recordScheduled = false;
    QHash<quint64, Delivery> m_deliveries;
    quint64 m_nextToken = 1;
    QHash<QString, qint64> m_folderFiles; // file written in this run -> its article
    QList<ArticleResult> m_results;
};

Q_DECLARE_METATYPE(Publisher::ArticleResult)
