#include "PublishDestination.h"

#include <QDir>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

QString PublishDestination::kindKey(Kind kind)
{
    return kind == Kind::Http ? u"http"_s : u"folder"_s;
}

std::optional<PublishDestination::Kind> PublishDestination::kindFromKey(const QString &key)
{
    const QString folded = key.trimmed().toLower();
    if (folded == u"folder")
        return Kind::Folder;
    if (folded == u"http" || folded == u"https")
        return Kind::Http;
    return std::nullopt;
}

QString PublishDestination::validationError() const
{
    if (name.trimmed().isEmpty())
        return tr("A destination needs a name.");
    if (target.trimmed().isEmpty()) {
        return kind == Kind::Folder ? tr("Destination “%1” needs a folder.").arg(name)
                                    : tr("Destination “%1” needs a URL.").arg(name);
    }
    if (kind == Kind::Folder) {
        if (!QDir::isAbsolutePath(target))
            return tr("Destination “%1”: the folder “%2” is not an absolute path.")
                .arg(name, target);
    } else {
        const QUrl url(target.trimmed(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
            return tr("Destination “%1”: “%2” is not an http or https URL.").arg(name, target);
        if (format != ExportFormat::Ninjs)
            return tr("Destination “%1”: an HTTP endpoint receives ninjs documents.").arg(name);
    }
    if (timeoutMs < 100 || timeoutMs > 600000)
        return tr("Destination “%1”: the timeout must be between 0.1 and 600 seconds.").arg(name);
    if (retries < 0 || retries > 10)
        return tr("Destination “%1”: retries must be between 0 and 10.").arg(name);
    for (const auto &[header, value] : headers) {
        if (header.isEmpty() || header.contains(':') || header.contains('\n') ||
            value.contains('\n') || value.contains('\r')) {
            return tr("Destination “%1”: the header “%2” is not valid.")
                .arg(name, QString::fromUtf8(header));
        }
    }
    return {};
}

QString PublishDestination::headersText() const
{
    QStringList lines;
    for (const auto &[header, value] : headers)
        lines.append(QString::fromUtf8(header) + u": "_s + QString::fromUtf8(value));
    return lines.join(u'\n');
}

bool PublishDestination::parseHeaders(const QString &text,
                                      QList<std::pair<QByteArray, QByteArray>> *headers,
                                      QString *error)
{
    headers->clear();
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString header = colon > 0 ? line.left(colon).trimmed() : QString();
        const bool token =
            !header.isEmpty() && std::all_of(header.cbegin(), header.cend(), [](QChar c) {
                return c.unicode() < 128 &&
                       (c.isLetterOrNumber() || u"!#$%&'*+-.^_`|~"_s.contains(c));
            });
        if (!token) {
            *error = tr("Header line %1 “%2” is not “Name: value”.").arg(i + 1).arg(line);
            return false;
        }
        headers->append({header.toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    return true;
}

QString PublishDestination::displayedValue(const QByteArray &header, const QByteArray &value)
{
    const QByteArray name = header.toLower();
    const bool secret = name == "authorization" || name == "proxy-authorization" ||
                        name == "cookie" || name.contains("token") || name.contains("key") ||
                        name.contains("secret") || name.contains("password");
    QString text = QString::fromUtf8(value);
    if (!secret)
        return text;
    // Keep the scheme of "Bearer abc" / "Basic abc", which says what kind of secret it is.
    const qsizetype space = text.indexOf(u' ');
    const QString scheme = space > 0 && space < 16 ? text.left(space + 1) : QString();
    return scheme + QString(8, QChar(0x2022));
}
