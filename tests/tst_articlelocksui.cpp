// The editor's side of article locks and live updates (issue 7): opening an article takes its
// lock, another window opens it read-only with the holder's name, an idle lock expires, a chief
// takes over (the holder's unsaved edits become a version and its editor turns read-only),
// switching articles releases the lock; on PostgreSQL other desks' saves, status changes and
// released locks reach the window without polling.
#include "ArticleFixtures.h"
#include "TestDatabase.h"
#include "core/DeskUser.h"
#include "core/review/ReviewWorkflow.h"
#include "models/ArticleDocument.h"
#include "models/ArticleListModel.h"
#include "storage/ArticleLocks.h"
#include "storage/ArticleStore.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/ReviewStore.h"
#include "widgets/ArticleEditor.h"
#include "widgets/MainWindow.h"
#include "widgets/Preferences.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const DeskActor alice{u"alice"_s, DeskRole::Editor};
const DeskActor bob{u"bob"_s, DeskRole::Editor};
const DeskActor carol{u"carol"_s, DeskRole::Chief};

void workAs(const DeskActor &actor)
{
    qputenv("COPYDESK_USER", actor.name.toUtf8());
    qputenv("COPYDESK_ROLE", deskRoleKey(actor.role).toUtf8());
}

} // namespace

class TestArticleLocksUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void secondWindowOpensLockedArticleReadOnly();
    void switchingArticlesReleasesTheLock();
    void idleLockExpires();
    void idleTimeoutFromPreferences();
    void crashedSessionsLockIsTakenAtOnce();
    void chiefTakesOver();
    void liveUpdatesFromAnotherDesk();
    void deletedArticleLeavesTheList();

private:
    // A database with three articles by alice (ids in order, the first listed first).
    void createDatabase();
    std::unique_ptr<MainWindow> openWindow(const DeskActor &actor);
    void editHeadline(MainWindow &window, const QString &headline);

    std::unique_ptr<TestDatabase> m_databases;
    QString m_location;
    QList<qint64> m_ids;
};

void TestArticleLocksUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CopydeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_articlelocksui"_s);
    QLocale::setDefault(QLocale::c());
}

void TestArticleLocksUi::init()
{
    QSettings().clear();
    Preferences::setAutosaveDelayMs(30000); // saving is the test's to decide
    m_databases = std::make_unique<TestDatabase>();
    QVERIFY(m_databases->isValid());
    createDatabase();
}

void TestArticleLocksUi::cleanup()
{
    qunsetenv("COPYDESK_USER");
    qunsetenv("COPYDESK_ROLE");
    m_databases.reset();
    m_ids.clear();
}

void TestArticleLocksUi::createDatabase()
{
    m_location = m_databases->location(u"locks"_s);
    Database database;
    QVERIFY2(!database.open(m_location), "open");
    ArticleStore store(database);
    store.setActor(alice);
    // Listed newest first: create the first one last.
    for (const QString &headline : {u"Third story"_s, u"Second story"_s, u"First story"_s}) {
        Article article = fixtures::attributedArticle(headline);
        const StoreError error = store.create(article);
        QVERIFY2(!error, qPrintable(error.message));
        m_ids.prepend(article.id);
        QTest::qWait(5); // distinct update times
    }
}

std::unique_ptr<MainWindow> TestArticleLocksUi::openWindow(const DeskActor &actor)
{
    workAs(actor);
    auto window = std::make_unique<MainWindow>();
    const StoreError error = window->openDatabase(m_location);
    if (error)
        qWarning("%s", qPrintable(error.message));
    return window;
}

void TestArticleLocksUi::editHeadline(MainWindow &window, const QString &headline)
{
    window.currentDocument()->setField(ArticleDocument::Field::Headline, headline);
}

void TestArticleLocksUi::secondWindowOpensLockedArticleReadOnly()
{
    auto first = openWindow(alice);
    QAbstractItemModelTester firstTester(first->articleModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(first->currentArticleId(), m_ids.at(0));
    QVERIFY(first->holdsArticleLock());
    QVERIFY(!first->articleEditor()->isReadOnly());

    auto second = openWindow(bob);
    QAbstractItemModelTester secondTester(second->articleModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(second->currentArticleId(), m_ids.at(0));
    QVERIFY(!second->holdsArticleLock());
    QVERIFY(second->foreignLock());
    QCOMPARE(second->foreignLock()->holder, u"alice"_s);
    QVERIFY(second->articleEditor()->isReadOnly());
    const QString banner = second->articleEditor()->readOnlyReason();
    QVERIFY2(banner.contains(u"Locked by alice since "_s), qPrintable(banner));
    // An editor may not take over; the action says so by being disabled.
    QVERIFY(!second->takeOverAction()->isEnabled());
    QVERIFY(!banner.contains(u"takeover"_s));

    // Nothing the read-only window does writes the article.
    QVERIFY(second->saveCurrentArticle());
    QVERIFY(first->touchArticleLock());
    QVERIFY(first->holdsArticleLock());
}

void TestArticleLocksUi::switchingArticlesReleasesTheLock()
{
    auto first = openWindow(alice);
    QVERIFY(first->holdsArticleLock());
    QVERIFY(first->showArticle(m_ids.at(1)));
    QVERIFY(first->holdsArticleLock());

    Database database;
    QVERIFY(!database.open(m_location));
    ArticleStore store(database);
    ArticleLocks locks(store, u"observer"_s, u"observer-session"_s);
    QVERIFY(!locks.lockOf(m_ids.at(0)));
    const std::optional<ArticleLock> held = locks.lockOf(m_ids.at(1));
    QVERIFY(held);
    QCOMPARE(held->holder, u"alice"_s);
    QCOMPARE(held->session, first->lockSession());

    // The second window opens the first article for editing, and the second one read-only.
    auto second = openWindow(bob);
    QCOMPARE(second->currentArticleId(), m_ids.at(0));
    QVERIFY(second->holdsArticleLock());
    QVERIFY(!second->articleEditor()->isReadOnly());
    QVERIFY(second->showArticle(m_ids.at(1)));
    QVERIFY(second->articleEditor()->isReadOnly());
    QVERIFY(!locks.lockOf(m_ids.at(0))); // left, so released

    // Closing the window releases its lock.
    QVERIFY(first->close());
    QVERIFY(!locks.lockOf(m_ids.at(1)));
}

void TestArticleLocksUi::idleLockExpires()
{
    auto first = openWindow(alice);
    QVERIFY(first->holdsArticleLock());
    editHeadline(*first, u"First story, as alice left it"_s);
    QVERIFY(first->currentDocument()->isModified());
    QVERIFY(first->touchArticleLock()); // her edits ride with the lock

    auto second = openWindow(bob);
    QVERIFY(second->articleEditor()->isReadOnly());
    // bob's desk waits one second at most: alice has been idle longer than that.
    second->articleLocks()->setIdleTimeout(std::chrono::seconds(1));
    QTest::qWait(1100);
    QVERIFY(second->showArticle(m_ids.at(1)));
    QVERIFY(second->showArticle(m_ids.at(0)));
    QVERIFY(second->holdsArticleLock());
    QVERIFY(!second->articleEditor()->isReadOnly());
    // alice's edits were saved as a version before bob took the lock.
    QCOMPARE(second->currentDocument()->article().headline, u"First story, as alice left it"_s);

    // alice's next heartbeat finds the lock gone: read-only, showing what is stored.
    if (!TestDatabase::onPostgres()) // on a server the lock's change is announced at once
        QVERIFY(!first->touchArticleLock());
    QTRY_VERIFY(first->articleEditor()->isReadOnly());
    QVERIFY(!first->holdsArticleLock());
    QVERIFY(!first->currentDocument()->isModified());
    QCOMPARE(first->currentDocument()->article().headline, u"First story, as alice left it"_s);
    QVERIFY2(first->articleEditor()->readOnlyReason().contains(u"Locked by bob"_s),
             qPrintable(first->articleEditor()->readOnlyReason()));
}

void TestArticleLocksUi::idleTimeoutFromPreferences()
{
    auto window = openWindow(alice);
    QCOMPARE(window->articleLocks()->idleTimeout(), std::chrono::seconds(30 * 60));
    Preferences::setLockIdleTimeoutMinutes(5);
    window->applyDeskUser(); // what accepting Preferences does
    QCOMPARE(window->articleLocks()->idleTimeout(), std::chrono::seconds(5 * 60));
    QVERIFY(window->holdsArticleLock()); // the same session: the lock stays ours
    QVERIFY(window->touchArticleLock());
}

// After a crash the editor's own article opens for editing at once, with what they had typed,
// instead of staying locked by the dead session until the idle timeout; a living process of
// this machine and a session of another machine keep their locks.
void TestArticleLocksUi::crashedSessionsLockIsTakenAtOnce()
{
    // Sessions are "MACHINE/BOOT/PID/UUID"; these are the ones of other processes.
    const QStringList here = ArticleLocks::newSession().split(u'/');
    if (here.size() != 4)
        QSKIP("this system tells no machine or boot id: locks wait for the idle timeout");
    const auto sessionOf = [&here](qint64 pid) {
        return QStringList{here.at(0), here.at(1), QString::number(pid), u"other-window"_s}.join(
            u'/');
    };
    QProcess ended;
    ended.start(u"true"_s, {});
    QVERIFY(ended.waitForStarted());
    const qint64 endedPid = ended.processId();
    QVERIFY(ended.waitForFinished());
    QProcess living;
    living.start(u"sleep"_s, {u"60"_s});
    QVERIFY(living.waitForStarted());
    const qint64 livingPid = living.processId();
    const QString otherMachine =
        QStringList{u"0123456789abcdef"_s, here.at(1), QString::number(endedPid), u"w"_s}.join(
            u'/');
    QVERIFY(ArticleLocks::isDeadLocalSession(sessionOf(endedPid)));
    QVERIFY(!ArticleLocks::isDeadLocalSession(sessionOf(livingPid)));
    QVERIFY(!ArticleLocks::isDeadLocalSession(otherMachine));
    QVERIFY(!ArticleLocks::isDeadLocalSession(u"6f1c3a9e-2b7d-4c1e-9a55-0d3f2e8b7c41"_s));
    QVERIFY(ArticleLocks::isDeadLocalSession(
        QStringList{here.at(0), u"an-earlier-boot"_s, QString::number(livingPid), u"w"_s}.join(
            u'/'))); // the machine has restarted since

    Database database;
    QVERIFY(!database.open(m_location));
    ArticleStore store(database);
    store.setActor(alice);
    // The crashed editor had typed a new headline into the first article; the living one holds
    // the second, the other machine's desk the third.
    ArticleLocks crashed(store, u"alice"_s, sessionOf(endedPid));
    ArticleLock standing;
    QVERIFY(!crashed.acquire(m_ids.at(0), &standing));
    std::optional<Article> typed = store.load(m_ids.at(0));
    QVERIFY(typed);
    typed->headline = u"First story, typed before the crash"_s;
    QVERIFY(!crashed.touch(m_ids.at(0), ArticleStore::snapshotJson(*typed)));
    ArticleLocks alive(store, u"alice"_s, sessionOf(livingPid));
    QVERIFY(!alive.acquire(m_ids.at(1), &standing));
    ArticleLocks remote(store, u"alice"_s, otherMachine);
    QVERIFY(!remote.acquire(m_ids.at(2), &standing));

    auto window = openWindow(alice); // an editor: no takeover needed
    QCOMPARE(window->currentArticleId(), m_ids.at(0));
    QVERIFY(window->holdsArticleLock());
    QVERIFY(!window->articleEditor()->isReadOnly());
    QCOMPARE(window->currentDocument()->article().headline,
             u"First story, typed before the crash"_s);
    QCOMPARE(store.load(m_ids.at(0))->headline, u"First story, typed before the crash"_s);

    QVERIFY(window->showArticle(m_ids.at(1)));
    QVERIFY(!window->holdsArticleLock());
    QVERIFY(window->articleEditor()->isReadOnly());
    QVERIFY(window->showArticle(m_ids.at(2)));
    QVERIFY(!window->holdsArticleLock());
    QVERIFY(window->articleEditor()->isReadOnly());
    living.kill();
    living.waitForFinished();
}

void TestArticleLocksUi::chiefTakesOver()
{
    auto first = openWindow(alice);
    const int versionBefore = first->currentDocument()->savedArticle().version;
    editHeadline(*first, u"Unsaved at alice's desk"_s);
    QVERIFY(first->touchArticleLock());

    auto chief = openWindow(carol);
    QVERIFY(chief->articleEditor()->isReadOnly());
    QVERIFY(chief->takeOverAction()->isEnabled());
    QVERIFY(chief->articleEditor()->readOnlyReason().contains(u"takeover"_s));

    // Declining changes nothing.
    std::optional<ArticleLock> asked;
    chief->setTakeOverConfirmer([&](const ArticleLock &lock) {
        asked = lock;
        return false;
    });
    chief->takeOverAction()->trigger();
    QVERIFY(asked);
    QCOMPARE(asked->holder, u"alice"_s);
    QVERIFY(chief->articleEditor()->isReadOnly());

    // The banner's link asks too.
    asked.reset();
    chief->setTakeOverConfirmer([&](const ArticleLock &lock) {
        asked = lock;
        return true;
    });
    emit chief->articleEditor()->readOnlyLinkActivated(u"takeover"_s);
    QVERIFY(asked);
    QVERIFY(chief->holdsArticleLock());
    QVERIFY(!chief->articleEditor()->isReadOnly());
    QVERIFY(!chief->takeOverAction()->isEnabled());
    QCOMPARE(chief->currentDocument()->article().headline, u"Unsaved at alice's desk"_s);
    QVERIFY(chief->currentDocument()->savedArticle().version > versionBefore);

    // alice's edits are a version in the history.
    Database database;
    QVERIFY(!database.open(m_location));
    ArticleStore store(database);
    StoreError error;
    const std::optional<Article> stored = store.load(m_ids.at(0), &error);
    QVERIFY2(stored, qPrintable(error.message));
    QCOMPARE(stored->headline, u"Unsaved at alice's desk"_s);

    // alice's editor turns read-only (at once on a server, at her next heartbeat on a file).
    if (!TestDatabase::onPostgres())
        QVERIFY(!first->touchArticleLock());
    QTRY_VERIFY(first->articleEditor()->isReadOnly());
    QVERIFY(!first->currentDocument()->isModified());
    QCOMPARE(first->currentDocument()->article().headline, u"Unsaved at alice's desk"_s);
    const QString banner = first->articleEditor()->readOnlyReason();
    QVERIFY2(banner.contains(u"carol took over"_s), qPrintable(banner));
    QVERIFY2(banner.contains(u"Locked by carol"_s), qPrintable(banner));
    // Saving does not write over carol's version.
    QVERIFY(first->saveCurrentArticle());
}

void TestArticleLocksUi::liveUpdatesFromAnotherDesk()
{
    if (!TestDatabase::onPostgres())
        QSKIP("Other desks' changes are announced by a PostgreSQL server only (LISTEN/NOTIFY); "
              "an SQLite file has no notifications.");

    // The other desk holds the third article.
    Database other;
    QVERIFY(!other.open(m_location));
    ArticleStore otherStore(other);
    otherStore.setActor(bob);
    ArticleLocks otherLocks(otherStore, u"bob"_s, u"bob-session"_s);
    ArticleLock standing;
    QVERIFY(!otherLocks.acquire(m_ids.at(2), &standing));
    QCOMPARE(standing.session, u"bob-session"_s);

    auto window = openWindow(alice);
    QAbstractItemModelTester tester(window->articleModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window->changeNotifier() && window->changeNotifier()->isActive());
    QVERIFY(window->showArticle(m_ids.at(2)));
    QVERIFY(window->articleEditor()->isReadOnly());
    QCOMPARE(window->foreignLock()->holder, u"bob"_s);

    ArticleListModel *model = window->articleModel();
    auto headlineOf = [model](qint64 id) {
        const int row = model->rowOfArticle(id);
        return row < 0 ? QString()
                       : model->index(row, ArticleListModel::HeadlineColumn).data().toString();
    };
    auto statusOf = [model](qint64 id) {
        const int row = model->rowOfArticle(id);
        return row < 0 ? QString()
                       : model->index(row, ArticleListModel::StatusColumn).data().toString();
    };

    // bob saves the article he holds: the row and the read-only article follow.
    std::optional<Article> article = otherStore.load(m_ids.at(2));
    QVERIFY(article);
    article->headline = u"Third story, rewritten by bob"_s;
    QVERIFY(!otherStore.save(*article));
    QTRY_COMPARE(headlineOf(m_ids.at(2)), u"Third story, rewritten by bob"_s);
    QTRY_COMPARE(window->currentDocument()->article().headline, u"Third story, rewritten by bob"_s);
    QVERIFY(window->articleEditor()->isReadOnly());

    // A status change at another desk.
    const QString statusBefore = statusOf(m_ids.at(2));
    ReviewStore review(other);
    review.setActor(bob);
    StatusChangeRequest request;
    request.to = ArticleStatus::InReview;
    const StoreError statusError = review.changeStatus(m_ids.at(2), request);
    QVERIFY2(!statusError, qPrintable(statusError.message));
    QTRY_VERIFY(statusOf(m_ids.at(2)) != statusBefore);
    QTRY_COMPARE(window->currentDocument()->article().status, ArticleStatus::InReview);

    // bob closes the article: this window takes the lock and can edit.
    QVERIFY(!otherLocks.release(m_ids.at(2)));
    QTRY_VERIFY(window->holdsArticleLock());
    QVERIFY(!window->articleEditor()->isReadOnly());

    // Another article's row, not open here.
    std::optional<Article> second = otherStore.load(m_ids.at(1));
    QVERIFY(second);
    second->headline = u"Second story, updated"_s;
    QVERIFY(!otherStore.save(*second));
    QTRY_COMPARE(headlineOf(m_ids.at(1)), u"Second story, updated"_s);

    // Known gap: a notification that comes after this window handled one for an article it
    // does not show may wait in libpq's buffer until this connection runs its next query (at
    // the latest the lock heartbeat); a deletion at another desk is therefore checked on the
    // model below (deletedArticleLeavesTheList), not here.
}

void TestArticleLocksUi::deletedArticleLeavesTheList()
{
    auto window = openWindow(alice);
    ArticleListModel *model = window->articleModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    const int row = model->rowOfArticle(m_ids.at(1));
    QVERIFY(row >= 0);
    const QString before =
        model->index(row - 1, ArticleListModel::HeadlineColumn).data().toString();
    const QString after = model->index(row + 1, ArticleListModel::HeadlineColumn).data().toString();

    Database other;
    QVERIFY(!other.open(m_location));
    ArticleStore otherStore(other);
    QVERIFY(!otherStore.remove(m_ids.at(1)));
    QVERIFY(model->removeArticle(m_ids.at(1)));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOfArticle(m_ids.at(1)), -1);
    QCOMPARE(model->index(row - 1, ArticleListModel::HeadlineColumn).data().toString(), before);
    QCOMPARE(model->index(row, ArticleListModel::HeadlineColumn).data().toString(), after);
    QVERIFY(!model->removeArticle(m_ids.at(1)));
    QCOMPARE(window->currentArticleId(), m_ids.at(0));
}

QTEST_MAIN(TestArticleLocksUi)
#include "tst_articlelocksui.moc"
