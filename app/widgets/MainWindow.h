#pragma once

#include "core/DeskUser.h"
#include "storage/ArticleLocks.h"
#include "storage/StoreError.h"
#include "widgets/ConflictDialog.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}
class ArticleDocument;
class ArticleEditor;
class ArticleListModel;
class ArticleSpelling;
class ArticleStore;
class ArticleView;
class AttributionsInspector;
class ChangeNotifier;
class Database;
class ExportController;
class HistoryInspector;
class LinksInspector;
class MetaTitleInspector;
class PublishingController;
class PublishingInspector;
class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QUndoGroup;
class ReviewInspector;

// The newsroom window: the article list on the left, the open article's editor in the centre,
// inspector docks (attributions, meta titles, links, history) on the right. It owns the open
// database and the editing session of the open article, which it saves automatically.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int MaxRecentDatabases = 8;
    static constexpr int SearchDelayMs = 250;
    static constexpr int WordsPerMinute = 230; // reading time in the status bar

    enum class SaveState { Idle, Saved, Saving, Unsaved, Conflict, Failed };

    explicit MainWindow(QWidget *parent = nullptr);
    // Registers the icons and the demo article (:/icons, :/demo) compiled into this static
    // library. Idempotent; the constructor calls it, main() before it needs them.
    static void registerResources();
    ~MainWindow() override;

    // Opens (creating if absent) the database at `path` and lists its articles, opening the
    // first. The open article is saved first; on failure the window keeps what it had. A
    // postgresql:// URL connects to a newsroom server, with `password` when the URL has none
    // (used for this connection only, never stored).
    StoreError openDatabase(const QString &path, const QString &password = {});
    QString databasePath() const;

    // Opens the article for editing (selecting it in the list when listed). The open article is
    // saved first; returns false when that or loading fails (the message is shown).
    bool showArticle(qint64 id);
    qint64 currentArticleId() const;

    // Saves the open article if it has changes. Returns true when nothing is left unsaved.
    bool saveCurrentArticle();
    SaveState articleSaveState() const { return m_saveState; }
    QString saveStateText() const;

    ArticleListModel *articleModel() const { return m_model; }
    ArticleView *articleView() const;
    ArticleEditor *articleEditor() const;
    ArticleDocument *currentDocument() const { return m_document.get(); }
    AttributionsInspector *attributionsInspector() const { return m_attributionsInspector; }
    MetaTitleInspector *metaTitleInspector() const { return m_metaTitleInspector; }
    LinksInspector *linksInspector() const { return m_linksInspector; }
    HistoryInspector *historyInspector() const { return m_historyInspector; }
    ReviewInspector *reviewInspector() const { return m_reviewInspector; }
    PublishingInspector *publishingInspector() const { return m_publishingInspector; }
    PublishingController *publishing() const { return m_publishing; }
    ArticleSpelling *spelling() const { return m_spelling; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }

    // Decides a save conflict; the default shows ConflictDialog. Tests replace it.
    using ConflictResolver =
        std::function<ConflictDialog::Resolution(const Article &mine, const Article &theirs)>;
    void setConflictResolver(ConflictResolver resolver)
    {
        m_conflictResolver = std::move(resolver);
    }

    static QStringList recentDatabases();

    // Asks for the password of the newsroom server `server` (shown without password) after it
    // refused to connect without one (`reason`); nullopt when cancelled. The default shows a
    // password prompt; tests replace it.
    using PasswordPrompt =
        std::function<std::optional<QString>(const QString &server, const QString &reason)>;
    void setPasswordPrompt(PasswordPrompt prompt) { m_passwordPrompt = std::move(prompt); }
    // Whether the connected newsroom server, not Preferences, says who works at this desk.
    bool serverDecidesDeskUser() const { return m_serverActor.has_value(); }

    // Hands who works at this desk (DeskUser::current(), after Preferences or on opening a
    // database) to everything that records it: the store, the status bar, and through
    // deskUserChanged() whatever else acts in the user's name.
    void applyDeskUser();
    QLabel *deskUserLabel() const { return m_userLabel; }

    // View › Review Queue: the list shows the articles in review, the longest waiting first;
    // unchecking it brings back the filter and order it replaced.
    QAction *reviewQueueAction() const;

    // Article locks: opening an article takes its lock for this window's session; an article
    // another session holds opens read-only ("Locked by NAME since TIME"), and a chief may take
    // it over. While editing, the lock is touched every LockHeartbeatMs and shortly after edits,
    // carrying the unsaved edits.
    static constexpr int LockHeartbeatMs = 15000;
    static constexpr int LockTouchDelayMs = 1000;
    ArticleLocks *articleLocks() const { return m_locks.get(); }
    QString lockSession() const { return m_lockSession; }
    // Whether this window holds the open article's lock; the other session's lock otherwise.
    bool holdsArticleLock() const
    {
        return m_lockedArticle != 0 && m_lockedArticle == currentArticleId();
    }
    std::optional<ArticleLock> foreignLock() const { return m_foreignLock; }
    // "Locked by NAME since TIME" (localized), for the banner and the status bar.
    static QString lockedText(const ArticleLock &lock);
    QAction *takeOverAction() const { return m_takeOverAction; }
    // Touches the open article's lock now (what the heartbeat does); false when it was lost.
    bool touchArticleLock();
    // Asks a chief to confirm taking over `lock`; the default shows a question. Tests replace it.
    using TakeOverConfirmer = std::function<bool(const ArticleLock &lock)>;
    void setTakeOverConfirmer(TakeOverConfirmer confirmer)
    {
        m_takeOverConfirmer = std::move(confirmer);
    }
    // Announces other desks' changes on a newsroom server; nullptr without a database.
    ChangeNotifier *changeNotifier() const { return m_notifier; }
    // Opens `path`; when a server refuses to connect without a password and none was given,
    // asks for one and tries once more. What fails is shown in a message box; false then.
    bool openDatabaseReportingErrors(const QString &path, const QString &password = {});

signals:
    void deskUserChanged(const DeskActor &actor);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpArticleList();
    void setUpDocks();
    void restoreSettings();
    void saveSettings() const;

    void chooseDatabaseToOpen();
    void chooseNewDatabase();
    void connectToServer();
    static void rememberRecentDatabase(const QString &path);
    void rebuildRecentMenu();

    void acquireLockFor(qint64 id);
    void releaseArticleLock();
    void applyLockState();
    void takeOverArticle();
    void onLockLost();
    void onArticleChanged(qint64 id, int version, const QString &status, bool removed);
    void onLockChanged(qint64 id, const QString &holder, bool released);
    void reloadOpenArticle();
    DeskActor deskActor() const;

    void applyFilter();
    void setReviewQueue(bool on);
    void leaveReviewQueue();
    void selectArticleOrFirst(qint64 id);
    void onCurrentRowChanged();
    bool openArticle(qint64 id);
    void setDocument(std::unique_ptr<ArticleDocument> document);
    void clearDocument(const QString &message);
    void selectRowOf(qint64 id);

    void scheduleAutosave();
    bool resolveConflict(Article mine);
    void setSaveState(SaveState state, const QString &detail = {});
    void refreshListRow();

    void newArticle();
    void deleteArticle();
    void importArticles();
    void exportArticle();
    void findInArticle(bool backwards);
    void restoreRevision(int version);
    void showSources();
    void showPreferences();
    void updateStatusBar();
    void updateArticleStatus();
    void updateActions();
    void showAbout();

    // Article › Publish / Unpublish and the Publishing dock.
    void setUpPublishing();
    void showPublishingOf(ArticleDocument *document);
    void reloadPublishedArticles(const QList<qint64> &articleIds);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<ArticleDocument> m_document;
    ArticleListModel *m_model = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    AttributionsInspector *m_attributionsInspector = nullptr;
    MetaTitleInspector *m_metaTitleInspector = nullptr;
    LinksInspector *m_linksInspector = nullptr;
    HistoryInspector *m_historyInspector = nullptr;
    ReviewInspector *m_reviewInspector = nullptr;
    ExportController *m_export = nullptr; // created on the first export
    PublishingInspector *m_publishingInspector = nullptr;
    PublishingController *m_publishing = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_wordsLabel = nullptr;
    QLabel *m_coverageLabel = nullptr;
    QLabel *m_saveLabel = nullptr;
    QLabel *m_spellingLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    ArticleSpelling *m_spelling = nullptr;
    QTimer m_searchTimer;   // debounces typing in the search field
    QTimer m_autosaveTimer; // saves after typing stops
    SaveState m_saveState = SaveState::Idle;
    QString m_saveDetail;
    bool m_changingSelection = false;
    // What the review queue replaced, brought back when it is turned off.
    struct ListView
    {
        int statusFilterIndex = 0;
        int sortColumn = 0;
        Qt::SortOrder sortOrder = Qt::DescendingOrder;
    };
    ListView m_beforeReviewQueue;
    bool m_settingUpReviewQueue = false; // our own filter and sort changes
    bool m_reviewQueueLeft = false;      // the user changed the filter or the order
    ConflictResolver m_conflictResolver;
    PasswordPrompt m_passwordPrompt;
    std::optional<DeskActor> m_serverActor; // who the newsroom server takes this session for

    std::unique_ptr<ArticleLocks> m_locks;
    ChangeNotifier *m_notifier = nullptr;
    QString m_lockSession;                    // one per window
    qint64 m_lockedArticle = 0;               // the article whose lock this window holds
    std::optional<ArticleLock> m_foreignLock; // the open article's lock, another session's
    QString m_lockNotice; // why the open article became read-only, shown under the lock
    QAction *m_takeOverAction = nullptr;
    QTimer m_lockHeartbeat;  // touches the lock while editing
    QTimer m_lockTouchTimer; // touches it shortly after edits
    TakeOverConfirmer m_takeOverConfirmer;
};
