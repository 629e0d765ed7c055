#include "ChangeNotifier.h"

#include "Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>

namespace {
const QString articlesChannel = QStringLiteral("copydesk_articles");
const QString locksChannel = QStringLiteral("copydesk_locks");
} // namespace

ChangeNotifier::ChangeNotifier(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    if (!m_db.isPostgres() || !m_db.isOpen())
        return;
    QSqlDriver *driver = m_db.connection().driver();
    m_active = driver->subscribeToNotification(articlesChannel) &&
               driver->subscribeToNotification(locksChannel);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                   const QVariant &payload) { onNotification(name, int(source), payload); });
}

ChangeNotifier::~ChangeNotifier()
{
    if (!m_active || !m_db.isOpen())
        return;
    QSqlDriver *driver = m_db.connection().driver();
    driver->unsubscribeFromNotification(articlesChannel);
    driver->unsubscribeFromNotification(locksChannel);
}

void ChangeNotifier::onNotification(const QString &channel, int source, const QVariant &payload)
{
    // This desk's own writes come back too; it knows about them already.
    if (source == QSqlDriver::SelfSource)
        return;
    const QJsonObject change = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const qint64 id = change.value(QLatin1String("id")).toInteger();
    if (id <= 0)
        return;
    const QString operation = change.value(QLatin1String("op")).toString();
    if (channel == articlesChannel) {
        emit articleChanged(id, change.value(QLatin1String("version")).toInt(),
                            change.value(QLatin1String("status")).toString(),
                            operation == QLatin1String("delete"));
    } else if (channel == locksChannel) {
        emit lockChanged(id, change.value(QLatin1String("holder")).toString(),
                         operation == QLatin1String("delete"));
    }
}
