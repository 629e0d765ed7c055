#include "HttpPoster.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

HttpPoster::HttpPoster(QObject *parent)
    : QObject(parent)
{
    connect(&m_network, &QNetworkAccessManager::finished, this, &HttpPoster::handleReply);
}

void HttpPoster::post(Request request)
{
    m_queue.enqueue(Attempt{std::move(request), 0});
    startNext();
}

void HttpPoster::abort()
{
    ++m_generation;
    m_queue.clear();
    const QList<QNetworkReply *> replies = m_running.keys();
    m_running.clear();
    m_inFlight = 0;
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpPoster::startNext()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        ++m_inFlight;
        send(m_queue.dequeue());
    }
}

void HttpPoster::send(Attempt attempt)
{
    ++attempt.attempt;
    QNetworkRequest request(attempt.request.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, attempt.request.contentType);
    for (const auto &[name, value] : attempt.request.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(attempt.request.timeoutMs);
    // Never follow a redirect with the body and the auth header to somewhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.post(request, attempt.request.body);
    m_running.insert(reply, std::move(attempt));
}

bool HttpPoster::mayRetry(const Attempt &attempt, int httpStatus, bool networkError) const
{
    if (attempt.attempt > attempt.request.retries)
        return false;
    if (httpStatus == 0)
        return networkError;
    return httpStatus == 408 || httpStatus == 425 || httpStatus == 429 || httpStatus >= 500;
}

void HttpPoster::handleReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto found = m_running.find(reply);
    if (found == m_running.end())
        return; // aborted
    Attempt attempt = std::move(found.value());
    m_running.erase(found);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString url = attempt.request.url.toDisplayString(QUrl::RemoveUserInfo);
    const QNetworkReply::NetworkError error = reply->error();
    // Connection and proxy errors (below 200) and broken HTTP: the answer never arrived whole,
    // whatever status line came first.
    const bool transportError =
        error != QNetworkReply::NoError &&
        (error < QNetworkReply::ContentAccessDenied || error == QNetworkReply::ProtocolFailure ||
         error == QNetworkReply::UnknownNetworkError);
    Outcome outcome;
    outcome.attempts = attempt.attempt;
    outcome.httpStatus = transportError ? 0 : status;
    if (!transportError && status >= 200 && status < 300) {
        outcome.succeeded = true;
    } else if (error == QNetworkReply::OperationCanceledError) {
        // setTransferTimeout() ends a request that waits too long this way.
        outcome.error = tr("%1 did not answer within %2 s")
                            .arg(url)
                            .arg(attempt.request.timeoutMs / 1000.0, 0, 'g', 3);
    } else if (transportError || status == 0) {
        outcome.error = tr("%1: %2").arg(url, reply->errorString());
    } else {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString body = QString::fromUtf8(reply->read(300)).simplified();
        outcome.error = tr("%1 answered HTTP %2 %3").arg(url).arg(status).arg(reason).trimmed();
        if (!body.isEmpty())
            outcome.error += u": "_s + body;
    }

    if (!outcome.succeeded &&
        mayRetry(attempt, outcome.httpStatus, transportError || status == 0)) {
        const int delay =
            int(std::min<qint64>(qint64(m_backoffMs) << (attempt.attempt - 1), 30000));
        const quint64 generation = m_generation;
        QTimer::singleShot(delay, this, [this, generation, attempt = std::move(attempt)]() mutable {
            if (generation == m_generation)
                send(std::move(attempt));
        });
        return;
    }
    --m_inFlight;
    emit finished(attempt.request.token, outcome);
    startNext();
}
