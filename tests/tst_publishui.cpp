// Publishing in the window: Preferences › Publishing (the destination dialog, the page's list),
// Article › Publish and Unpublish run from the main window, and the Publishing dock listing the
// open article's deliveries (PublicationModel).
#include "ArticleFixtures.h"
#include "models/ArticleDocument.h"
#include "models/DestinationModel.h"
#include "models/PublicationModel.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/PublishStore.h"
#include "storage/ReviewStore.h"
#include "widgets/DestinationDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/PreferencesDialog.h"
#include "widgets/PublishingController.h"
#include "widgets/PublishingInspector.h"
#include "widgets/PublishingPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const DeskActor alice{u"alice"_s, DeskRole::Editor};
const DeskActor bob{u"bob"_s, DeskRole::Chief};

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// Fills the destination dialog's fields as a user would type them.
void describeEndpoint(DestinationDialog &dialog, const QString &name, const QString &url,
                      const QString &headers = {})
{
    child<QLineEdit>(&dialog, u"nameEdit"_s)->setText(name);
    auto *kind = child<QComboBox>(&dialog, u"kindCombo"_s);
    kind->setCurrentIndex(kind->findData(int(PublishDestination::Kind::Http)));
    child<QLineEdit>(&dialog, u"urlEdit"_s)->setText(url);
    child<QPlainTextEdit>(&dialog, u"headersEdit"_s)->setPlainText(headers);
}

void describeFolder(DestinationDialog &dialog, const QString &name, const QString &folder,
                    ExportFormat format)
{
    child<QLineEdit>(&dialog, u"nameEdit"_s)->setText(name);
    auto *kind = child<QComboBox>(&dialog, u"kindCombo"_s);
    kind->setCurrentIndex(kind->findData(int(PublishDestination::Kind::Folder)));
    child<QLineEdit>(&dialog, u"folderEdit"_s)->setText(QDir::toNativeSeparators(folder));
    auto *formats = child<QComboBox>(&dialog, u"formatCombo"_s);
    formats->setCurrentIndex(formats->findData(int(format)));
}

} // namespace

class TestPublishUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void destinationDialogValidates();
    void destinationDialogRefusesATakenName();
    void publishingPageListsEditsAndRemoves();
    void preferencesShowThePublishingPage();
    void publishingTheOpenArticleWritesTheHotFolder();
    void failingDestinationLeavesTheArticleApproved();
    void editorsCannotPublish();
    void publishingWithoutDestinationsSaysWhy();
    void publishAllApprovedShowsProgress();
    void publishToOneDestination();
    void publicationModel();
    void destinationModel();

private:
    Database &database();
    qint64 approvedArticle(const QString &headline);
    PublishDestination addFolder(const QString &name);
    PublishDestination addClosedEndpoint(const QString &name);
    ArticleStatus statusOf(qint64 id);
    void openWindow(MainWindow &window, qint64 articleId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPublishUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CopydeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_publishui"_s);
    QLocale::setDefault(QLocale::c());
}

void TestPublishUi::init()
{
    QSettings().clear();
    qputenv("COPYDESK_USER", "carol");
    qputenv("COPYDESK_ROLE", "reviewer");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
}

void TestPublishUi::cleanup()
{
    // Message boxes and progress dialogs the runs left open.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (qobject_cast<QDialog *>(window))
            window->close();
    }
    m_db.reset();
    m_dir.reset();
    qunsetenv("COPYDESK_USER");
    qunsetenv("COPYDESK_ROLE");
}

Database &TestPublishUi::database()
{
    if (!m_db) {
        m_db = std::make_unique<Database>();
        const StoreError error = m_db->open(m_dir->filePath(u"desk.sqlite"_s));
        if (error)
            qFatal("open: %s", qPrintable(error.message));
    }
    return *m_db;
}

qint64 TestPublishUi::approvedArticle(const QString &headline)
{
    ArticleStore store(database());
    store.setActor(alice);
    Article article = fixtures::attributedArticle(headline);
    if (const StoreError error = store.create(article))
        qFatal("create: %s", qPrintable(error.message));
    ReviewStore reviews(database());
    reviews.setActor(alice);
    StatusChangeRequest request;
    request.to = ArticleStatus::InReview;
    if (const StoreError error = reviews.changeStatus(article.id, request))
        qFatal("review: %s", qPrintable(error.message));
    reviews.setActor(bob);
    request.to = ArticleStatus::Approved;
    request.overrideReason = u"Checked by phone"_s;
    if (const StoreError error = reviews.changeStatus(article.id, request))
        qFatal("approve: %s", qPrintable(error.message));
    return article.id;
}

PublishDestination TestPublishUi::addFolder(const QString &name)
{
    PublishDestination destination;
    destination.name = name;
    destination.kind = PublishDestination::Kind::Folder;
    destination.format = ExportFormat::Ninjs;
    destination.target = m_dir->filePath(name);
    QDir().mkpath(destination.target);
    if (const StoreError error = PublishStore(database()).saveDestination(&destination))
        qFatal("destination: %s", qPrintable(error.message));
    return destination;
}

PublishDestination TestPublishUi::addClosedEndpoint(const QString &name)
{
    PublishDestination destination;
    destination.name = name;
    destination.kind = PublishDestination::Kind::Http;
    destination.target = u"http://127.0.0.1:1/articles"_s; // nothing listens on port 1
    destination.retries = 0;
    destination.timeoutMs = 2000;
    if (const StoreError error = PublishStore(database()).saveDestination(&destination))
        qFatal("destination: %s", qPrintable(error.message));
    return destination;
}

ArticleStatus TestPublishUi::statusOf(qint64 id)
{
    const std::optional<Article> article = ArticleStore(database()).load(id);
    return article ? article->status : ArticleStatus::Draft;
}

void TestPublishUi::openWindow(MainWindow &window, qint64 articleId)
{
    const StoreError error = window.openDatabase(database().location());
    QVERIFY2(!error, qPrintable(error.message));
    QVERIFY(window.showArticle(articleId));
    QCOMPARE(window.currentArticleId(), articleId);
}

void TestPublishUi::destinationDialogValidates()
{
    DestinationDialog dialog(&database());
    QVERIFY(!dialog.isAcceptable());        // an empty form
    QVERIFY(dialog.shownError().isEmpty()); // ...is not an error yet

    describeEndpoint(dialog, u"wire"_s, u"not a url"_s);
    QVERIFY(!dialog.isAcceptable());
    QVERIFY2(dialog.shownError().contains(u"is not an http or https URL"_s),
             qPrintable(dialog.shownError()));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(PublishStore(database()).destinations().isEmpty());

    describeEndpoint(dialog, u"wire"_s, u"https://cms.example.com/api"_s, u"no colon here"_s);
    QVERIFY(!dialog.isAcceptable());
    QVERIFY2(dialog.shownError().contains(u"Header line 1"_s), qPrintable(dialog.shownError()));

    describeEndpoint(dialog, u"wire"_s, u"https://cms.example.com/api"_s,
                     u"Authorization: Bearer s3cret\nX-Desk: copydesk"_s);
    child<QDoubleSpinBox>(&dialog, u"timeoutSpin"_s)->setValue(2.5);
    child<QSpinBox>(&dialog, u"retriesSpin"_s)->setValue(1);
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.shownError()));
    QVERIFY(dialog.shownError().isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const std::optional<PublishDestination> stored =
        PublishStore(database()).destination(u"wire"_s);
    QVERIFY(stored);
    QCOMPARE(stored->kind, PublishDestination::Kind::Http);
    QCOMPARE(stored->target, u"https://cms.example.com/api"_s);
    QCOMPARE(stored->timeoutMs, 2500);
    QCOMPARE(stored->retries, 1);
    QCOMPARE(stored->headers.size(), 2);
    QCOMPARE(stored->headers.first().second, QByteArray("Bearer s3cret"));
    QCOMPARE(dialog.destination().id, stored->id);

    // A folder must be an absolute path.
    DestinationDialog folder(&database());
    describeFolder(folder, u"hot"_s, u"relative/dir"_s, ExportFormat::Html);
    QVERIFY(!folder.isAcceptable());
    QVERIFY2(folder.shownError().contains(u"not an absolute path"_s),
             qPrintable(folder.shownError()));
}

void TestPublishUi::destinationDialogRefusesATakenName()
{
    addFolder(u"hot"_s);
    DestinationDialog dialog(&database());
    describeFolder(dialog, u"hot"_s, m_dir->filePath(u"other"_s), ExportFormat::NewsmlG2);
    QVERIFY(dialog.isAcceptable());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open, saying why
    QVERIFY(!dialog.shownError().isEmpty());
    QCOMPARE(PublishStore(database()).destinations().size(), 1);
}

void TestPublishUi::publishingPageListsEditsAndRemoves()
{
    addFolder(u"hot"_s);
    addClosedEndpoint(u"wire"_s);
    PublishingPage page;
    page.setDatabase(&database());
    DestinationModel *model = page.model();
    QCOMPARE(model->rowCount(), 2);
    const int wire = model->rowOf(u"wire"_s);
    QCOMPARE(model->index(wire, DestinationModel::KindColumn).data().toString(),
             u"HTTP endpoint"_s);
    QCOMPARE(model->index(wire, DestinationModel::TargetColumn).data().toString(),
             u"http://127.0.0.1:1/articles"_s);

    // Add…
    const QString archive = m_dir->filePath(u"archive"_s);
    page.setDialogRunner([&](DestinationDialog &dialog) {
        describeFolder(dialog, u"archive"_s, archive, ExportFormat::Html);
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    });
    QVERIFY(page.addDestination());
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(page.selectedRow(), model->rowOf(u"archive"_s));
    QCOMPARE(PublishStore(database()).destination(u"archive"_s)->format, ExportFormat::Html);

    // Edit… shows the stored destination and stores the change.
    page.selectDestination(u"wire"_s);
    QString shownUrl;
    page.setDialogRunner([&](DestinationDialog &dialog) {
        shownUrl = child<QLineEdit>(&dialog, u"urlEdit"_s)->text();
        child<QLineEdit>(&dialog, u"urlEdit"_s)->setText(u"https://wire.example.com/in"_s);
        child<QCheckBox>(&dialog, u"enabledCheck"_s)->setChecked(false);
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    });
    QVERIFY(page.editSelectedDestination());
    QCOMPARE(shownUrl, u"http://127.0.0.1:1/articles"_s);
    std::optional<PublishDestination> edited = PublishStore(database()).destination(u"wire"_s);
    QCOMPARE(edited->target, u"https://wire.example.com/in"_s);
    QVERIFY(!edited->enabled);
    QCOMPARE(model->rowCount(), 3);

    // The Enabled check box stores at once.
    const QModelIndex enabled =
        model->index(model->rowOf(u"wire"_s), DestinationModel::EnabledColumn);
    QCOMPARE(enabled.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(model->setData(enabled, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(PublishStore(database()).destination(u"wire"_s)->enabled);

    // Remove asks first; No keeps it.
    page.selectDestination(u"hot"_s);
    QString question;
    page.setConfirmation([&](QWidget *, const QString &text) {
        question = text;
        return false;
    });
    QVERIFY(!page.removeSelectedDestination());
    QVERIFY(question.contains(u"hot"_s));
    QCOMPARE(model->rowCount(), 3);
    page.setConfirmation([](QWidget *, const QString &) { return true; });
    QVERIFY(page.removeSelectedDestination());
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!PublishStore(database()).destination(u"hot"_s));
    QCOMPARE(model->rowOf(u"hot"_s), -1);

    // Without a database nothing can be added.
    page.setDatabase(nullptr);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!page.addDestination());
}

void TestPublishUi::preferencesShowThePublishingPage()
{
    addFolder(u"hot"_s);
    PreferencesDialog dialog;
    QVERIFY(dialog.publishingPage());
    dialog.setDatabase(&database());
    QCOMPARE(dialog.publishingPage()->model()->rowCount(), 1);
    QCOMPARE(
        dialog.publishingPage()->model()->index(0, DestinationModel::NameColumn).data().toString(),
        u"hot"_s);
}

void TestPublishUi::publishingTheOpenArticleWritesTheHotFolder()
{
    const qint64 id = approvedArticle(u"Crane Falls at Harbour"_s);
    const PublishDestination hot = addFolder(u"hot"_s);
    MainWindow window;
    openWindow(window, id);
    PublishingController *publishing = window.publishing();
    QAction *publish = publishing->publishAction();
    QCOMPARE(publish->shortcut(), QKeySequence(u"Ctrl+Shift+P"_s));
    QVERIFY(publish->isEnabled());
    QVERIFY(!publishing->unpublishAction()->isEnabled());
    PublishingInspector *dock = window.publishingInspector();
    QCOMPARE(dock->model()->rowCount(), 0);

    QSignalSpy finished(publishing, &PublishingController::runFinished);
    publish->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(QDir(hot.target).entryList(QDir::Files).size(), 1);
    QCOMPARE(statusOf(id), ArticleStatus::Published);
    QCOMPARE(window.currentDocument()->status(), ArticleStatus::Published);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"Published to 1 destination"_s),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!publishing->reportBox());

    // The dock lists the delivery.
    QCOMPARE(dock->model()->rowCount(), 1);
    const Publication &delivery = dock->model()->publication(0);
    QCOMPARE(delivery.destinationName, u"hot"_s);
    QVERIFY(delivery.succeeded);
    QCOMPARE(dock->model()->index(0, PublicationModel::PubStatusColumn).data().toString(),
             u"usable"_s);
    QVERIFY(!dock->retryButton()->isVisibleTo(dock));
    QCOMPARE(dock->summary(), u"Delivered to 1 destination(s)."_s);

    // Published: it can be unpublished now, which archives it and withdraws it, once confirmed.
    QVERIFY(publishing->unpublishAction()->isEnabled());
    QString question;
    publishing->setConfirmation([&question](QWidget *, const QString &text) {
        question = text;
        return false;
    });
    publishing->unpublishAction()->trigger();
    QVERIFY(question.contains(u"Crane Falls at Harbour"_s));
    QVERIFY(!publishing->isRunning());
    QCOMPARE(statusOf(id), ArticleStatus::Published);
    publishing->setConfirmation([](QWidget *, const QString &) { return true; });
    publishing->unpublishAction()->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(window.currentDocument()->status(), ArticleStatus::Archived);
    QCOMPARE(dock->model()->rowCount(), 2);
    QVERIFY(dock->model()->publication(0).canceled);
    QCOMPARE(dock->summary(), u"Withdrawn from 1 destination(s)."_s);
    QVERIFY(!publish->isEnabled());
}

void TestPublishUi::failingDestinationLeavesTheArticleApproved()
{
    const qint64 id = approvedArticle(u"Council Budget Passes"_s);
    addFolder(u"hot"_s);
    addClosedEndpoint(u"wire"_s);
    MainWindow window;
    openWindow(window, id);
    PublishingController *publishing = window.publishing();
    PublishingInspector *dock = window.publishingInspector();

    QSignalSpy finished(publishing, &PublishingController::runFinished);
    QVERIFY(publishing->publish({id}));
    QVERIFY(finished.wait(15000));
    QCOMPARE(statusOf(id), ArticleStatus::Approved);
    QCOMPARE(window.currentDocument()->status(), ArticleStatus::Approved);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Publishing failed: wire"_s),
             qPrintable(window.statusBar()->currentMessage()));

    // The dock shows the error (in red) and offers Retry Failed.
    QCOMPARE(dock->model()->rowCount(), 2);
    QCOMPARE(dock->model()->failedDestinations(), QStringList{u"wire"_s});
    const int failedRow = dock->model()->publication(0).succeeded ? 1 : 0;
    const QModelIndex outcome = dock->model()->index(failedRow, PublicationModel::OutcomeColumn);
    QVERIFY(outcome.data().toString().startsWith(u"Failed: "_s));
    QVERIFY(outcome.data(Qt::ForegroundRole).isValid());
    QVERIFY(dock->retryButton()->isVisibleTo(dock));
    QVERIFY(dock->summary().contains(u"wire"_s));
    QVERIFY2(dock->details().contains(u"Failed after 1 attempt(s): "_s),
             qPrintable(dock->details())); // the newest delivery, selected

    // The report names each failed destination and its error, and does not block.
    QMessageBox *box = publishing->reportBox();
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->informativeText().startsWith(u"wire: "_s), qPrintable(box->informativeText()));
    auto *retry = box->findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retry);

    // Retry tries only what failed: the folder is not written again.
    retry->click();
    QVERIFY(finished.wait(15000));
    QCOMPARE(dock->model()->rowCount(), 3);
    QCOMPARE(dock->model()->publication(0).destinationName, u"wire"_s);
    QCOMPARE(statusOf(id), ArticleStatus::Approved);

    // Retry Failed in the dock does the same.
    dock->retryButton()->click();
    QVERIFY(finished.wait(15000));
    QCOMPARE(dock->model()->rowCount(), 4);
    QCOMPARE(dock->model()->publication(0).destinationName, u"wire"_s);
}

void TestPublishUi::editorsCannotPublish()
{
    const qint64 approved = approvedArticle(u"Ferry Fares Rise"_s);
    addFolder(u"hot"_s);
    qputenv("COPYDESK_ROLE", "editor");
    MainWindow window;
    openWindow(window, approved);
    QVERIFY(!window.publishing()->publishAction()->isEnabled());
    QVERIFY(!window.publishing()->publishApprovedAction()->isEnabled());
    QVERIFY(window.publishing()->publishAction()->toolTip().contains(u"reviewer or a chief"_s));

    // A reviewer may publish it, but not a draft.
    qputenv("COPYDESK_ROLE", "reviewer");
    window.applyDeskUser();
    QVERIFY(window.publishing()->publishAction()->isEnabled());
    ArticleStore store(database());
    store.setActor(alice);
    Article draft;
    draft.headline = u"Draft Story"_s;
    QVERIFY(!store.create(draft));
    QVERIFY(window.showArticle(draft.id));
    QVERIFY(!window.publishing()->publishAction()->isEnabled());
    QVERIFY(!window.publishing()->unpublishAction()->isEnabled());
}

void TestPublishUi::publishingWithoutDestinationsSaysWhy()
{
    const qint64 id = approvedArticle(u"Pier Repainted"_s);
    MainWindow window;
    openWindow(window, id);
    PublishingController *publishing = window.publishing();
    QSignalSpy finished(publishing, &PublishingController::runFinished);
    QVERIFY(publishing->publish({id}));
    QVERIFY(finished.wait(10000));
    QVERIFY(publishing->reportBox());
    QVERIFY2(publishing->reportBox()->text().contains(u"Preferences"_s),
             qPrintable(publishing->reportBox()->text()));
    QVERIFY(!publishing->reportBox()->findChild<QPushButton *>(u"retryButton"_s));
    QVERIFY(window.statusBar()->currentMessage().startsWith(u"Publishing failed: "_s));
    QCOMPARE(statusOf(id), ArticleStatus::Approved);
    QVERIFY(publishing->publishAction()->isEnabled());
}

void TestPublishUi::publishAllApprovedShowsProgress()
{
    const qint64 first = approvedArticle(u"Harbour Reopens"_s);
    const qint64 second = approvedArticle(u"Schools Open Late"_s);
    const PublishDestination hot = addFolder(u"hot"_s);
    MainWindow window;
    openWindow(window, first);
    PublishingController *publishing = window.publishing();
    QSignalSpy finished(publishing, &PublishingController::runFinished);
    QVERIFY(publishing->publishApproved());
    QVERIFY(publishing->progressDialog());
    QVERIFY(!publishing->publishAction()->isEnabled()); // one run at a time
    QVERIFY(finished.wait(10000));
    QVERIFY(!publishing->progressDialog() || !publishing->progressDialog()->isVisible());
    QCOMPARE(statusOf(first), ArticleStatus::Published);
    QCOMPARE(statusOf(second), ArticleStatus::Published);
    QCOMPARE(QDir(hot.target).entryList(QDir::Files).size(), 2);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"Published 2 article(s)"_s),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.currentDocument()->status(), ArticleStatus::Published);

    // Nothing left to publish.
    QVERIFY(!publishing->publishApproved());
    QVERIFY(publishing->lastMessage().contains(u"No approved article"_s));
}

void TestPublishUi::publishToOneDestination()
{
    const qint64 id = approvedArticle(u"Tram Line Extended"_s);
    const PublishDestination hot = addFolder(u"hot"_s);
    const PublishDestination web = addFolder(u"web & archive"_s);
    PublishDestination off = addFolder(u"off"_s);
    off.enabled = false;
    QVERIFY(!PublishStore(database()).saveDestination(&off));
    MainWindow window;
    openWindow(window, id);
    PublishingController *publishing = window.publishing();

    // The menu lists the enabled destinations when it opens.
    QMenu *menu = publishing->publishToMenu();
    QVERIFY(menu->menuAction()->isEnabled());
    emit menu->aboutToShow();
    QStringList listed;
    for (const QAction *action : menu->actions())
        listed.append(action->data().toString());
    listed.sort();
    QCOMPARE(listed, (QStringList{u"hot"_s, u"web & archive"_s}));

    QSignalSpy finished(publishing, &PublishingController::runFinished);
    const auto hotAction =
        std::find_if(menu->actions().cbegin(), menu->actions().cend(),
                     [](const QAction *action) { return action->data().toString() == u"hot"_s; });
    (*hotAction)->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(QDir(hot.target).entryList(QDir::Files).size(), 1);
    QCOMPARE(QDir(web.target).entryList(QDir::Files).size(), 0);
    // The Publisher judges "every destination" by the run's: one destination named is all.
    QCOMPARE(statusOf(id), ArticleStatus::Published);
    QCOMPARE(window.publishingInspector()->model()->rowCount(), 1);

    // Publish sends it where it is missing, and only there.
    QVERIFY(publishing->publish({id}));
    QVERIFY(finished.wait(10000));
    QCOMPARE(QDir(web.target).entryList(QDir::Files).size(), 1);
    QCOMPARE(QDir(hot.target).entryList(QDir::Files).size(), 1);
    QCOMPARE(window.publishingInspector()->model()->rowCount(), 2);
    QCOMPARE(window.publishingInspector()->model()->publication(0).destinationName,
             u"web & archive"_s);
}

void TestPublishUi::publicationModel()
{
    const qint64 id = approvedArticle(u"Bridge Closed for Repairs"_s);
    const PublishDestination hot = addFolder(u"hot"_s);
    PublishStore store(database());
    Publication delivered;
    delivered.articleId = id;
    delivered.destinationId = hot.id;
    delivered.version = 1;
    delivered.at = QDateTime::currentDateTimeUtc().addSecs(-60);
    delivered.actor = u"carol"_s;
    delivered.succeeded = true;
    delivered.result = u"/tmp/hot/bridge.json"_s;
    QVERIFY(!store.recordPublication(&delivered));
    Publication failed = delivered;
    failed.id = 0;
    failed.at = QDateTime::currentDateTimeUtc();
    failed.version = 2;
    failed.succeeded = false;
    failed.attempts = 3;
    failed.result.clear();
    failed.error = u"Disk full"_s;
    QVERIFY(!store.recordPublication(&failed));

    PublicationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(&database(), id);
    QCOMPARE(model.rowCount(), 2);
    // Newest first.
    QCOMPARE(model.index(0, PublicationModel::VersionColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, PublicationModel::OutcomeColumn).data().toString(),
             u"Failed: Disk full"_s);
    QCOMPARE(model.index(0, PublicationModel::AttemptsColumn).data().toInt(), 3);
    QCOMPARE(model.index(1, PublicationModel::OutcomeColumn).data().toString(),
             u"/tmp/hot/bridge.json"_s);
    QCOMPARE(model.failedDestinations(), QStringList{u"hot"_s});
    model.refresh();
    model.setArticle(nullptr, 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestPublishUi::destinationModel()
{
    addFolder(u"hot"_s);
    addClosedEndpoint(u"wire"_s);
    DestinationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&database());
    QCOMPARE(model.rowCount(), 2);
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestPublishUi)
#include "tst_publishui.moc"
