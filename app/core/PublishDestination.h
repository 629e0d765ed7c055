#pragma once

#include "ExportFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// Where approved articles are published: a hot folder (each file appears complete, named after
// the article's slug and version) or an HTTP(S) endpoint that receives a POST of the ninjs
// document. Stored in the database, so every desk on it publishes to the same places.
struct PublishDestination
{
    Q_DECLARE_TR_FUNCTIONS(PublishDestination)

public:
    enum class Kind { Folder, Http };

    qint64 id = 0; // 0 until stored
    QString name;
    Kind kind = Kind::Folder;
    bool enabled = true;
    ExportFormat format = ExportFormat::Ninjs; // an HTTP endpoint always receives ninjs
    QString target;                            // the folder, or the endpoint URL
    // Extra request headers for an endpoint, e.g. ("Authorization", "Bearer ...").
    QList<std::pair<QByteArray, QByteArray>> headers;
    int timeoutMs = 10000; // an endpoint's answer must start within this time
    int retries = 3;       // further attempts after a failure that may pass (5xx, 429, network)

    static QString kindKey(Kind kind); // "folder" / "http"
    static std::optional<Kind> kindFromKey(const QString &key);

    // Empty when the destination can be stored; else what is wrong (translated).
    QString validationError() const;

    // "Name: Value" lines, as typed in Preferences and stored; parseHeaders() returns false
    // and the line's problem in *error for a line without a name or with a line break.
    QString headersText() const;
    static bool parseHeaders(const QString &text, QList<std::pair<QByteArray, QByteArray>> *headers,
                             QString *error);

    // A header value as shown to people: secrets (Authorization, cookies, anything named like a
    // token, key, secret or password) are masked, e.g. "Bearer ••••••••".
    static QString displayedValue(const QByteArray &header, const QByteArray &value);

    bool operator==(const PublishDestination &) const = default;
};

// One attempt to deliver one version of an article to one destination.
struct Publication
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 destinationId = 0;
    QString destinationName;
    int version = 0;
    bool canceled = false; // an unpublish: the document sent said pubStatus canceled
    QDateTime at;
    QString actor;
    bool succeeded = false;
    int attempts = 1;
    QString result; // "HTTP 201", or the path of the file written
    QString error;  // why it failed, naming the destination's file or URL
};
