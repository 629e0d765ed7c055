#pragma once

#include "publish/PublishJob.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class ArticleDocument;
class Database;
class QAction;
class QMenu;
class QMessageBox;
class QProgressDialog;
class QWidget;

// Article › Publish, Unpublish and Publish All Approved in the window. Saves the open article
// first, runs a PublishJob (a Publisher on a thread of its own, so the window never waits on
// publishing; a cancellable progress dialog for more than one
// article), then says in the status bar what happened and, when a delivery failed, lists each
// failed destination with its error in a message box whose Retry publishes again (which tries
// only what failed). The message box is not modal to the application: nothing waits on it.
class PublishingController : public QObject
{
    Q_OBJECT

public:
    // Asks before Unpublish (it archives the article and withdraws it everywhere); true goes
    // ahead. Replaceable so tests need no modal dialog.
    using Confirmation = std::function<bool(QWidget *parent, const QString &question)>;

    explicit PublishingController(QWidget *window);
    ~PublishingController() override;

    QAction *publishAction() const { return m_publishAction; }
    QAction *unpublishAction() const { return m_unpublishAction; }
    QAction *publishApprovedAction() const { return m_publishApprovedAction; }
    // Publish To › one enabled destination only (copydesk-cli publish --destination NAME).
    QMenu *publishToMenu() const { return m_publishToMenu; }

    // Not owned; either may be nullptr. Both update the actions.
    void setDatabase(Database *database);
    void setDocument(ArticleDocument *document);
    // Stores the open article's edits; false stops the run (the store judges what is stored).
    void setPendingEditsSaver(std::function<bool()> saver) { m_saveEdits = std::move(saver); }
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

    // Enables the actions for the open article's status and the desk user's role.
    void updateActions();

    // An empty destination name publishes to every enabled destination.
    bool publish(const QList<qint64> &articleIds, const QString &destination = {});
    bool unpublish(const QList<qint64> &articleIds);
    // Every approved article of the database (copydesk-cli publish --approved).
    bool publishApproved();
    // Publishes or unpublishes the open article again, as its status asks.
    bool retryOpenArticle();

    bool isRunning() const { return m_job != nullptr; }
    QProgressDialog *progressDialog() const;
    QMessageBox *reportBox() const; // the last report, while it is open
    QString lastMessage() const { return m_lastMessage; }

signals:
    // The articles' statuses and deliveries may have changed: reload what shows them.
    void articlesChanged(const QList<qint64> &articleIds);
    void statusMessage(const QString &message);
    void runFinished();

private:
    bool run(const QList<qint64> &articleIds, Publisher::Mode mode,
             const QString &destination = {});
    void listDestinations();
    void finish();
    void report(const QString &title, const QString &text, const QString &details, bool retry);
    void say(const QString &message);

    QWidget *m_window = nullptr;
    Database *m_database = nullptr;
    QPointer<ArticleDocument> m_document;
    std::function<bool()> m_saveEdits;
    QAction *m_publishAction = nullptr;
    QAction *m_unpublishAction = nullptr;
    QAction *m_publishApprovedAction = nullptr;
    QMenu *m_publishToMenu = nullptr;
    Confirmation m_confirm;
    PublishJob *m_job = nullptr; // the run under way
    QString m_refusal;           // why the run could not start (no destination...)
    QList<qint64> m_ids;
    Publisher::Mode m_mode = Publisher::Mode::Publish;
    QString m_destination; // the run's one destination, or empty for all
    QPointer<QProgressDialog> m_progress;
    QElapsedTimer m_clock; // since the run began: the rate and time left
    QPointer<QMessageBox> m_report;
    QString m_lastMessage;
};
