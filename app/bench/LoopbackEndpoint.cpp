#include "LoopbackEndpoint.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace {

// Reads whole requests off the socket (headers, then Content-Length bytes) and answers each.
void serve(QTcpSocket *socket, QByteArray &buffer, std::atomic<int> &requests)
{
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        const qsizetype field = buffer.left(headerEnd).toLower().indexOf("content-length:");
        if (field >= 0) {
            const qsizetype end = buffer.indexOf("\r\n", field);
            length = buffer.mid(field + 15, end - field - 15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        buffer.remove(0, headerEnd + 4 + length);
        ++requests;
        socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                      "Content-Length: 16\r\n\r\n{\"stored\": true}");
    }
}

} // namespace

LoopbackEndpoint::LoopbackEndpoint()
    : m_context(std::make_unique<QObject>())
{
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context.get(),
        [this] {
            m_server = new QTcpServer;
            if (!m_server->listen(QHostAddress::LocalHost, 0))
                return;
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                    ++m_connections;
                    // Freed with the connection, when the socket goes.
                    auto buffer = std::make_shared<QByteArray>();
                    QObject::connect(
                        socket, &QTcpSocket::readyRead, socket,
                        [this, socket, buffer] { serve(socket, *buffer, m_requests); });
                    QObject::connect(socket, &QTcpSocket::disconnected, socket,
                                     &QObject::deleteLater);
                }
            });
        },
        Qt::BlockingQueuedConnection);
}

LoopbackEndpoint::~LoopbackEndpoint()
{
    QMetaObject::invokeMethod(
        m_context.get(), [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QUrl LoopbackEndpoint::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/articles").arg(m_port));
}
