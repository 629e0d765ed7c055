#pragma once

// A small HTTP/1.1 server on the loopback interface for publishing tests: it answers each POST
// by its path, keeps connections alive and records every request it received.
//   /ok          201 Created
//   /fail-once   500 the first time, then 201
//   /always-500  500 Internal Server Error
//   /reject      400 Bad Request
//   /hang        reads the request and never answers
//   /close       sends half a response, then closes the connection
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

class LocalHttpServer : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    LocalHttpServer()
    {
        listen(QHostAddress::LocalHost, 0);
        QObject::connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { readFrom(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

    QList<Request> requests;
    int connections = 0;

private:
    void readFrom(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.path = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0) {
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
                }
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < headerEnd + 4 + length)
                return;
            request.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            requests.append(request);
            answer(socket, request);
        }
    }

    void answer(QTcpSocket *socket, const Request &request)
    {
        const int seen = ++m_seen[request.path];
        if (request.path == "/hang")
            return;
        if (request.path == "/close") {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"partial\":");
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        int status = 201;
        QByteArray reason = "Created";
        QByteArray body = "{\"received\":true}";
        if (request.path == "/always-500" || (request.path == "/fail-once" && seen == 1)) {
            status = 500;
            reason = "Internal Server Error";
            body = "the archive is down";
        } else if (request.path == "/reject") {
            status = 400;
            reason = "Bad Request";
            body = "missing field headline";
        }
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                      "\r\nContent-Type: text/plain\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QByteArray, int> m_seen;
};
