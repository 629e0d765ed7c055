#include "PublishJob.h"

#include "storage/Database.h"

#include <QEventLoop>
#include <QTimer>

PublishJob::PublishJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Publisher::ArticleResult>();
    // Results are collected here, in the thread this job lives in.
    connect(this, &PublishJob::articleFinished, this,
            [this](const Publisher::ArticleResult &result) { m_results.append(result); });
}

PublishJob::~PublishJob()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void PublishJob::start(const Request &request)
{
    if (isRunning())
        return;
    m_cancel = false;
    m_results.clear();
    m_thread.reset(QThread::create([this, request] {
        Database database;
        if (const StoreError error = database.open(request.databaseLocation)) {
            emit refused(error.message);
            emit finished();
            return;
        }
        Publisher publisher(database);
        publisher.setActor(request.actor);
        publisher.http().setBackoffMs(request.backoffMs);
        // Emitted from this thread; receivers in the window's thread get them queued.
        connect(&publisher, &Publisher::progress, &publisher,
                [this](qsizetype done, qsizetype total) { emit progress(done, total); });
        connect(&publisher, &Publisher::articleFinished, &publisher,
                [this](const Publisher::ArticleResult &result) { emit articleFinished(result); });
        QEventLoop loop;
        connect(&publisher, &Publisher::finished, &loop, &QEventLoop::quit);
        QTimer cancelWatch;
        connect(&cancelWatch, &QTimer::timeout, &publisher, [this, &publisher] {
            if (m_cancel.load())
                publisher.cancel();
        });
        cancelWatch.start(50);
        if (const StoreError error =
                publisher.start(request.articleIds, request.mode, request.destinationName)) {
            emit refused(error.message);
            emit finished();
            return;
        }
        loop.exec();
        emit finished();
    }));
    m_thread->start();
}
