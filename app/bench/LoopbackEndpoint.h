#pragma once

#include <QThread>
#include <QUrl>

#include <atomic>
#include <memory>

class QTcpServer;

// An HTTP/1.1 endpoint on 127.0.0.1 for the publish benchmark: it answers every POST with 201
// on kept-alive connections, in a thread of its own so that serving does not slow the client.
class LoopbackEndpoint
{
public:
    LoopbackEndpoint();
    ~LoopbackEndpoint();
    LoopbackEndpoint(const LoopbackEndpoint &) = delete;
    LoopbackEndpoint &operator=(const LoopbackEndpoint &) = delete;

    bool isListening() const { return m_port != 0; }
    QUrl url() const;
    int requests() const { return m_requests.load(); }
    int connections() const { return m_connections.load(); }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread, as does everything it creates
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    std::atomic<int> m_requests{0};
    std::atomic<int> m_connections{0};
};
