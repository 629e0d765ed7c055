#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QQueue>
#include <QUrl>

#include <utility>

class QNetworkReply;

// POSTs documents to HTTP(S) endpoints: several requests at once over kept-alive connections,
// each with a timeout, and retried with exponential backoff after a failure that may pass (a
// network error, a timeout, 408, 425, 429 or 5xx). A 4xx answer is final.
class HttpPoster : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        quint64 token = 0; // the caller's handle, passed back in finished()
        QUrl url;
        QByteArray body;
        QByteArray contentType;
        QList<std::pair<QByteArray, QByteArray>> headers;
        int timeoutMs = 10000;
        int retries = 3;
    };

    struct Outcome
    {
        bool succeeded = false;
        int httpStatus = 0; // 0 without an HTTP answer
        int attempts = 0;
        QString error; // names the URL and what went wrong
    };

    explicit HttpPoster(QObject *parent = nullptr);

    // The wait before the first retry; each further retry waits twice as long (at most 30 s).
    void setBackoffMs(int milliseconds) { m_backoffMs = milliseconds; }
    // Requests in flight at once (Qt opens up to six connections per host).
    void setMaxInFlight(int requests) { m_maxInFlight = std::max(1, requests); }

    void post(Request request);
    int pending() const { return int(m_queue.size()) + m_inFlight; }
    // Abandons every queued and running request; finished() is not emitted for them.
    void abort();

signals:
    void finished(quint64 token, const HttpPoster::Outcome &outcome);

private:
    struct Attempt
    {
        Request request;
        int attempt = 0;
    };

    void startNext();
    void send(Attempt attempt);
    void handleReply(QNetworkReply *reply);
    bool mayRetry(const Attempt &attempt, int httpStatus, bool networkError) const;

    QNetworkAccessManager m_network;
    QQueue<Attempt> m_queue;
    QHash<QNetworkReply *, Attempt> m_running;
    int m_inFlight = 0; // running plus waiting for a retry
    int m_maxInFlight = 6;
    int m_backoffMs = 500;
    quint64 m_generation = 0; // bumped by abort(), so pending retries know they are stale
};
