#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

class ArticleStore;
class Database;

// Who is editing an article, as a newsroom system keeps it.
struct ArticleLock
{
    qint64 articleId = 0;
    QString holder;  // the user (the login on a newsroom server)
    QString session; // one editor window or process
    QDateTime takenAt;
    QDateTime seenAt; // the holder's last sign of life (touch())
    bool hasPendingEdits = false;
};

// Article locks: opening an article for editing takes its lock; other sessions open it
// read-only ("locked by NAME since TIME") until the holder releases it or stays idle longer than
// the idle timeout. The holder touches the lock while editing and leaves its unsaved edits with
// it; whoever takes a lock that expired or that a chief takes over first saves those edits as a
// new version of the article, so nothing the holder typed is lost. Times are the desks' clocks
// in UTC.
class ArticleLocks
{
    Q_DECLARE_TR_FUNCTIONS(ArticleLocks)

public:
    static constexpr std::chrono::minutes defaultIdleTimeout{30};

    // `session` defaults to newSession().
    ArticleLocks(ArticleStore &store, QString holder, QString session = {});

    // A session name that says where it runs: "MACHINE/BOOT/PID/UUID". A lock whose session ran
    // on this machine, in a process that has ended (it crashed or was killed) or before the
    // machine last started, is taken at once by the next acquire(), with its unsaved edits saved
    // first, instead of blocking the article until the idle timeout: after a crash the editor
    // reopens their own article for editing. Sessions of other machines wait for the timeout.
    static QString newSession();
    static bool isDeadLocalSession(const QString &session);

    QString holder() const { return m_holder; }
    QString session() const { return m_session; }
    void setIdleTimeout(std::chrono::seconds timeout) { m_idleTimeout = timeout; }
    std::chrono::seconds idleTimeout() const { return m_idleTimeout; }

    // Takes the lock of `articleId` for this session if it is free, already ours or expired;
    // *standing is the lock as it stands afterwards (ours, or the other session's).
    StoreError acquire(qint64 articleId, ArticleLock *standing);
    // A chief takes the lock whoever holds it (the holder's unsaved edits are saved first).
    StoreError takeOver(qint64 articleId, ArticleLock *previous = nullptr);
    // The holder's sign of life, with its unsaved edits (a snapshot; empty when none). Conflict
    // when the lock is no longer this session's (it expired and was taken, or taken over).
    StoreError touch(qint64 articleId, const QByteArray &pendingEdits = {});
    StoreError release(qint64 articleId);
    std::optional<ArticleLock> lockOf(qint64 articleId, StoreError *error = nullptr);

    bool isExpired(const ArticleLock &lock, const QDateTime &now) const;

private:
    StoreError readLock(qint64 articleId, std::optional<ArticleLock> *lock, QByteArray *pending);
    StoreError savePendingEdits(qint64 articleId, const ArticleLock &lock,
                                const QByteArray &pending);
    StoreError take(qint64 articleId, bool force, ArticleLock *standing, ArticleLock *previous);

    ArticleStore &m_store;
    Database &m_db;
    QString m_holder;
    QString m_session;
    std::chrono::seconds m_idleTimeout = defaultIdleTimeout;
};
