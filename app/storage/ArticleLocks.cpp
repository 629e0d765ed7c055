#include "ArticleLocks.h"

#include "ArticleStore.h"
#include "Database.h"
#include "StoredTime.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <csignal>

ArticleLocks::ArticleLocks(ArticleStore &store, QString holder, QString session)
    : m_store(store)
    , m_db(store.database())
    , m_holder(std::move(holder))
    , m_session(session.isEmpty() ? newSession() : std::move(session))
{}

namespace {

// This machine and this boot; empty where the system does not tell (then no session counts as
// local and locks wait for the idle timeout, as they always may).
QString machineAndBoot()
{
    const QByteArray machine = QSysInfo::machineUniqueId();
    const QByteArray boot = QSysInfo::bootUniqueId();
    if (machine.isEmpty() || boot.isEmpty())
        return {};
    return QString::fromLatin1(machine) + QLatin1Char('/') + QString::fromLatin1(boot);
}

} // namespace

QString ArticleLocks::newSession()
{
    QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString where = machineAndBoot();
    if (where.isEmpty())
        return uuid;
    return where + QLatin1Char('/') + QString::number(QCoreApplication::applicationPid()) +
           QLatin1Char('/') + uuid;
}

bool ArticleLocks::isDeadLocalSession(const QString &session)
{
    const QStringList parts = session.split(QLatin1Char('/'));
    if (parts.size() != 4)
        return false; // a bare uuid: where it runs is unknown
    const QString where = machineAndBoot();
    if (where.isEmpty() || parts.at(0) != where.section(QLatin1Char('/'), 0, 0))
        return false; // another machine: only the idle timeout tells
    if (parts.at(1) != where.section(QLatin1Char('/'), 1, 1))
        return true; // this machine has restarted since
    bool ok = false;
    const qint64 pid = parts.at(2).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    // Signal 0 only asks whether the process exists; EPERM means it does (another user's).
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

bool ArticleLocks::isExpired(const ArticleLock &lock, const QDateTime &now) const
{
    return lock.seenAt.addSecs(m_idleTimeout.count()) < now;
}

StoreError ArticleLocks::readLock(qint64 articleId, std::optional<ArticleLock> *lock,
                                  QByteArray *pending)
{
    // Inside a write transaction on PostgreSQL the row stays locked until commit, so two
    // sessions taking the same expired lock queue instead of both winning.
    QSqlQuery &query =
        m_db.prepared(m_db.isPostgres() && m_db.inWriteTransaction()
                          ? QStringLiteral("SELECT holder, session, taken_at, seen_at, pending FROM"
                                           " article_locks WHERE article_id = ? FOR UPDATE")
                          : QStringLiteral("SELECT holder, session, taken_at, seen_at, pending FROM"
                                           " article_locks WHERE article_id = ?"));
    if (StoreError error = m_db.run(query, {articleId}, [&] {
            return tr("reading the lock of article %1").arg(articleId);
        }))
        return error;
    lock->reset();
    if (query.next()) {
        ArticleLock row;
        row.articleId = articleId;
        row.holder = query.value(0).toString();
        row.session = query.value(1).toString();
        row.takenAt = StoredTime::fromIso(query.value(2));
        row.seenAt = StoredTime::fromIso(query.value(3));
        const QString edits = query.value(4).toString();
        row.hasPendingEdits = !edits.isEmpty();
        if (pending)
            *pending = edits.toUtf8();
        *lock = row;
    }
    query.finish();
    return {};
}

std::optional<ArticleLock> ArticleLocks::lockOf(qint64 articleId, StoreError *error)
{
    std::optional<ArticleLock> lock;
    const StoreError result = readLock(articleId, &lock, nullptr);
    if (error)
        *error = result;
    return lock;
}

StoreError ArticleLocks::acquire(qint64 articleId, ArticleLock *standing)
{
    return take(articleId, false, standing, nullptr);
}

StoreError ArticleLocks::takeOver(qint64 articleId, ArticleLock *previous)
{
    ArticleLock standing;
    return take(articleId, true, &standing, previous);
}

StoreError ArticleLocks::take(qint64 articleId, bool force, ArticleLock *standing,
                              ArticleLock *previous)
{
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    std::optional<ArticleLock> lock;
    QByteArray pending;
    if (StoreError error = readLock(articleId, &lock, &pending))
        return error;
    const QDateTime now = StoredTime::nowUtc();
    const QString nowText = StoredTime::isoUtc(now);
    ArticleLock mine{articleId, m_holder, m_session, now, now, false};

    if (!lock) {
        QSqlQuery &insert = m_db.prepared(QStringLiteral(
            "INSERT INTO article_locks(article_id, holder, session, taken_at, seen_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO NOTHING"));
        if (StoreError error = m_db.run(insert, {articleId, m_holder, m_session, nowText, nowText},
                                        [&] { return tr("locking article %1").arg(articleId); }))
            return error;
        if (insert.numRowsAffected() != 1) {
            // Another desk took it a moment ago: theirs stands.
            if (StoreError error = readLock(articleId, &lock, nullptr))
                return error;
            if (lock)
                mine = *lock;
        }
        *standing = mine;
        return transaction.commit();
    }
    if (previous)
        *previous = *lock;
    if (lock->session == m_session) {
        mine.takenAt = lock->takenAt;
        QSqlQuery &seen = m_db.prepared(QStringLiteral(
            "UPDATE article_locks SET seen_at = ?, holder = ? WHERE article_id = ?"));
        if (StoreError error = m_db.run(seen, {nowText, m_holder, articleId},
                                        [&] { return tr("locking article %1").arg(articleId); }))
            return error;
        *standing = mine;
        return transaction.commit();
    }
    if (!force && !isExpired(*lock, now) && !isDeadLocalSession(lock->session)) {
        *standing = *lock;
        return transaction.commit();
    }
    // Taking it from someone: what they typed and did not save becomes a version first.
    if (!pending.isEmpty()) {
        if (StoreError error = savePendingEdits(articleId, *lock, pending))
            return error;
    }
    QSqlQuery &steal = m_db.prepared(
        QStringLiteral("UPDATE article_locks SET holder = ?, session = ?, taken_at = ?,"
                       " seen_at = ?, pending = NULL WHERE article_id = ? AND session = ?"));
    if (StoreError error =
            m_db.run(steal, {m_holder, m_session, nowText, nowText, articleId, lock->session},
                     [&] { return tr("taking over the lock of article %1").arg(articleId); }))
        return error;
    if (steal.numRowsAffected() != 1)
        return {StoreError::Kind::Conflict,
                tr("The lock of article %1 changed hands meanwhile; try again.").arg(articleId)};
    *standing = mine;
    return transaction.commit();
}

StoreError ArticleLocks::savePendingEdits(qint64 articleId, const ArticleLock &lock,
                                          const QByteArray &pending)
{
    StoreError error;
    std::optional<Article> stored = m_store.load(articleId, &error);
    if (!stored)
        return error;
    Article edited = *stored;
    if (!ArticleStore::applySnapshotJson(pending, edited))
        return {StoreError::Kind::Damaged,
                tr("The unsaved edits %1 left with the lock of article %2 cannot be read.")
                    .arg(lock.holder)
                    .arg(articleId)};
    if (edited.headline == stored->headline && edited.summary == stored->summary &&
        edited.byline == stored->byline && edited.slug == stored->slug &&
        edited.section == stored->section && edited.language == stored->language &&
        edited.paragraphs == stored->paragraphs && edited.metaTitles == stored->metaTitles)
        return {}; // nothing unsaved after all
    if (StoreError saved = m_store.save(edited)) {
        saved.message =
            tr("Saving the unsaved edits of %1 first failed: %2").arg(lock.holder, saved.message);
        return saved;
    }
    return {};
}

StoreError ArticleLocks::touch(qint64 articleId, const QByteArray &pendingEdits)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "UPDATE article_locks SET seen_at = ?, pending = ? WHERE article_id = ? AND session = ?"));
    const QVariant pending = pendingEdits.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                    : QVariant(QString::fromUtf8(pendingEdits));
    if (StoreError error = m_db.run(
            query, {StoredTime::isoUtc(StoredTime::nowUtc()), pending, articleId, m_session},
            [&] { return tr("keeping the lock of article %1").arg(articleId); }))
        return error;
    if (query.numRowsAffected() != 1)
        return {StoreError::Kind::Conflict,
                tr("You no longer hold the lock of article %1: it was taken over, or it expired "
                   "and someone else opened the article.")
                    .arg(articleId)};
    return {};
}

StoreError ArticleLocks::release(qint64 articleId)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("DELETE FROM article_locks WHERE article_id = ? AND session = ?"));
    return m_db.run(query, {articleId, m_session},
                    [&] { return tr("unlocking article %1").arg(articleId); });
}
