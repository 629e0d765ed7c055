#pragma once

#include "Publisher.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

// Runs a Publisher on a thread of its own with its own connection to the database, so that
// publishing a whole library never holds up the window: loading, encoding and recording happen
// there, and results arrive here through queued signals. Cancelling starts no further article;
// deliveries under way finish and are recorded.
class PublishJob : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString databaseLocation;
        QList<qint64> articleIds;
        Publisher::Mode mode = Publisher::Mode::Publish;
        QString destinationName; // empty: every enabled destination
        DeskActor actor;
        int backoffMs = 500; // the HTTP retry wait (tests shorten it)
    };

    explicit PublishJob(QObject *parent = nullptr);
    ~PublishJob() override; // cancels and waits

    void start(const Request &request);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    const QList<Publisher::ArticleResult> &results() const { return m_results; }

signals:
    // The publisher could not start (no destination, an unknown one, the database): nothing was
    // sent. finished() follows.
    void refused(const QString &message);
    void progress(qsizetype done, qsizetype total);
    void articleFinished(const Publisher::ArticleResult &result);
    void finished();

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel = false;
    QList<Publisher::ArticleResult> m_results;
};
