#pragma once

#include <QObject>
#include <QString>

class Database;

// What other desks change on a shared PostgreSQL database, as it happens: the server announces
// every article save, status change and link (channel copydesk_articles) and every lock taken,
// handed over or released (copydesk_locks), and this turns them into signals, without polling.
// Changes made through this very connection are not reported. Lives in the thread of the
// database's connection (the GUI thread); on an SQLite file it never emits (isActive() false).
class ChangeNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    explicit ChangeNotifier(Database &db, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    bool isActive() const { return m_active; }

signals:
    // removed: the article was deleted.
    void articleChanged(qint64 id, int version, const QString &status, bool removed);
    void lockChanged(qint64 id, const QString &holder, bool released);

private:
    void onNotification(const QString &channel, int source, const QVariant &payload);

    Database &m_db;
    bool m_active = false;
};
