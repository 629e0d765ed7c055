// The review workflow in the window (issue 5): who you are in Preferences (stored, or set by the
// environment), the store acting as you, the review queue, and the audit trail in the History
// dock (AuditTrailModel).
#include "models/ArticleDocument.h"
#include "models/ArticleListModel.h"
#include "models/AuditTrailModel.h"
#include "storage/ArticleStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ReviewStore.h"
#include "widgets/HistoryInspector.h"
#include "widgets/MainWindow.h"
#include "widgets/PreferencesDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const DeskActor alice{u"alice"_s, DeskRole::Editor};

Attribution cite(const QString &source)
{
    Attribution attribution;
    attribution.sourceName = source;
    return attribution;
}

Article makeArticle(const QString &headline)
{
    Article article;
    article.headline = headline;
    article.summary = u"A fire at a warehouse closed the ring road for six hours."_s;
    article.byline = u"Desk reporter"_s;
    article.paragraphs = {
        Paragraph{
            {}, u"The fire started shortly after midnight, police said."_s, {cite(u"Police"_s)}},
        Paragraph{{},
                  u"Crews from four stations fought the blaze until dawn."_s,
                  {cite(u"Fire brigade"_s)}},
    };
    return article;
}

// The text of every row of `column`, top to bottom.
QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace

class TestWorkflowUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void preferencesStoreNameAndRole();
    void environmentOverrideIsShownDisabled();
    void windowActsAsTheDeskUser();
    void preferencesOkHandsTheNewActorToTheStore();
    void reviewQueueListsTheOldestInReviewFirst();
    void choosingAnotherFilterLeavesTheQueue();
    void auditTrailFollowsStatusChangesAndSaves();
    void auditTrailModel();

private:
    // A database file with `articles` created by alice; their ids in order.
    QString createDatabase(const QString &name, const QList<Article> &articles, QList<qint64> *ids);

    QTemporaryDir m_dir;
};

void TestWorkflowUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CopydeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_workflowui"_s);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QLocale::setDefault(QLocale::c());
}

void TestWorkflowUi::init()
{
    QSettings().clear();
    qunsetenv("COPYDESK_USER");
    qunsetenv("COPYDESK_ROLE");
}

void TestWorkflowUi::cleanup()
{
    qunsetenv("COPYDESK_USER");
    qunsetenv("COPYDESK_ROLE");
}

QString TestWorkflowUi::createDatabase(const QString &name, const QList<Article> &articles,
                                       QList<qint64> *ids)
{
    const QString path = m_dir.filePath(name);
    Database database;
    if (const StoreError error = database.open(path)) {
        qWarning("%s", qPrintable(error.message));
        return {};
    }
    ArticleStore store(database);
    store.setActor(alice);
    for (Article article : articles) {
        if (const StoreError error = store.create(article)) {
            qWarning("%s", qPrintable(error.message));
            return {};
        }
        ids->append(article.id);
    }
    return path;
}

void TestWorkflowUi::preferencesStoreNameAndRole()
{
    {
        PreferencesDialog dialog;
        auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
        auto *role = child<QComboBox>(&dialog, u"roleCombo"_s);
        auto *help = child<QLabel>(&dialog, u"roleHelpLabel"_s);
        QVERIFY(name && role && help);
        // Nothing stored: the login name is the placeholder, the role editor.
        QCOMPARE(name->text(), QString());
        QCOMPARE(name->placeholderText(), DeskUser::loginName());
        QVERIFY(name->isEnabled());
        QVERIFY(role->isEnabled());
        QCOMPARE(role->count(), 3);
        QCOMPARE(role->currentText(), deskRoleLabel(DeskRole::Editor));
        QVERIFY(!child<QLabel>(&dialog, u"environmentNote"_s)->isVisibleTo(&dialog));
        const QString editorHelp = help->text();
        QVERIFY(!editorHelp.isEmpty());

        name->setText(u"  bob  "_s);
        role->setCurrentIndex(role->findText(deskRoleLabel(DeskRole::Reviewer)));
        // Each role says what it may do.
        QVERIFY(!help->text().isEmpty());
        QVERIFY(help->text() != editorHelp);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(QSettings().value(u"user/name"_s).toString(), u"bob"_s);
    QCOMPARE(QSettings().value(u"user/role"_s).toString(), u"reviewer"_s);
    QCOMPARE(DeskUser::current(), (DeskActor{u"bob"_s, DeskRole::Reviewer}));

    {
        PreferencesDialog dialog;
        auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
        auto *role = child<QComboBox>(&dialog, u"roleCombo"_s);
        QCOMPARE(name->text(), u"bob"_s);
        QCOMPARE(role->currentText(), deskRoleLabel(DeskRole::Reviewer));
        // Cancel keeps what was stored.
        name->setText(u"somebody else"_s);
        role->setCurrentIndex(role->findText(deskRoleLabel(DeskRole::Chief)));
        dialog.reject();
    }
    QCOMPARE(DeskUser::current(), (DeskActor{u"bob"_s, DeskRole::Reviewer}));

    {
        PreferencesDialog dialog;
        auto *role = child<QComboBox>(&dialog, u"roleCombo"_s);
        // An empty name goes back to the login name; the chief role is kept.
        child<QLineEdit>(&dialog, u"nameEdit"_s)->clear();
        role->setCurrentIndex(role->findText(deskRoleLabel(DeskRole::Chief)));
        dialog.accept();
    }
    QVERIFY(!QSettings().contains(u"user/name"_s));
    QCOMPARE(QSettings().value(u"user/role"_s).toString(), u"chief"_s);
    QCOMPARE(DeskUser::current(), (DeskActor{DeskUser::loginName(), DeskRole::Chief}));
}

void TestWorkflowUi::environmentOverrideIsShownDisabled()
{
    DeskUser::setName(u"bob"_s);
    DeskUser::setRole(DeskRole::Reviewer);
    qputenv("COPYDESK_USER", "carol");
    qputenv("COPYDESK_ROLE", "chief");
    {
        PreferencesDialog dialog;
        auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
        auto *role = child<QComboBox>(&dialog, u"roleCombo"_s);
        auto *note = child<QLabel>(&dialog, u"environmentNote"_s);
        // Who the environment says you are, and that it cannot be changed here.
        QCOMPARE(name->text(), u"carol"_s);
        QCOMPARE(role->currentText(), deskRoleLabel(DeskRole::Chief));
        QVERIFY(!name->isEnabled());
        QVERIFY(!role->isEnabled());
        QVERIFY(note->isVisibleTo(&dialog));
        QVERIFY2(note->text().contains(u"COPYDESK_USER"_s), qPrintable(note->text()));
        QVERIFY2(note->text().contains(u"COPYDESK_ROLE"_s), qPrintable(note->text()));
        dialog.accept();
    }
    // What the environment set is not stored over the Preferences.
    QCOMPARE(QSettings().value(u"user/name"_s).toString(), u"bob"_s);
    QCOMPARE(QSettings().value(u"user/role"_s).toString(), u"reviewer"_s);

    // Only the role from the environment: the name can be changed, the role cannot.
    qunsetenv("COPYDESK_USER");
    {
        PreferencesDialog dialog;
        auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
        auto *note = child<QLabel>(&dialog, u"environmentNote"_s);
        QVERIFY(name->isEnabled());
        QCOMPARE(name->text(), u"bob"_s);
        QVERIFY(!child<QComboBox>(&dialog, u"roleCombo"_s)->isEnabled());
        QVERIFY(note->isVisibleTo(&dialog));
        QVERIFY(!note->text().contains(u"COPYDESK_USER"_s));
        name->setText(u"bea"_s);
        dialog.accept();
    }
    QCOMPARE(QSettings().value(u"user/name"_s).toString(), u"bea"_s);
    QCOMPARE(QSettings().value(u"user/role"_s).toString(), u"reviewer"_s);
    QCOMPARE(DeskUser::current(), (DeskActor{u"bea"_s, DeskRole::Chief}));

    // A role the environment names wrongly overrides nothing.
    qputenv("COPYDESK_ROLE", "intern");
    PreferencesDialog dialog;
    QVERIFY(child<QComboBox>(&dialog, u"roleCombo"_s)->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, u"environmentNote"_s)->isVisibleTo(&dialog));
}

void TestWorkflowUi::windowActsAsTheDeskUser()
{
    QList<qint64> ids;
    const QString path =
        createDatabase(u"actor.sqlite"_s, {makeArticle(u"Warehouse fire"_s)}, &ids);
    QVERIFY(!path.isEmpty());
    DeskUser::setName(u"dora"_s);
    DeskUser::setRole(DeskRole::Reviewer);

    MainWindow window;
    QLabel *label = window.deskUserLabel();
    QVERIFY(label);
    QCOMPARE(label->text(), u"dora · Reviewer"_s);
    QVERIFY(window.statusBar()->isAncestorOf(label));
    const StoreError error = window.openDatabase(path);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(window.articleModel()->store()->actor(), (DeskActor{u"dora"_s, DeskRole::Reviewer}));

    // The environment wins over Preferences, and every listener hears the change.
    QSignalSpy changed(&window, &MainWindow::deskUserChanged);
    qputenv("COPYDESK_USER", "erin");
    qputenv("COPYDESK_ROLE", "chief");
    window.applyDeskUser();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().value<DeskActor>(),
             (DeskActor{u"erin"_s, DeskRole::Chief}));
    QCOMPARE(window.articleModel()->store()->actor(), (DeskActor{u"erin"_s, DeskRole::Chief}));
    QCOMPARE(label->text(), u"erin · Chief"_s);
}

void TestWorkflowUi::preferencesOkHandsTheNewActorToTheStore()
{
    QList<qint64> ids;
    const QString path =
        createDatabase(u"preferences.sqlite"_s, {makeArticle(u"Warehouse fire"_s)}, &ids);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(!window.openDatabase(path));
    QCOMPARE(window.articleModel()->store()->actor().role, DeskRole::Editor);

    bool answered = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        child<QLineEdit>(dialog, u"nameEdit"_s)->setText(u"frank"_s);
        auto *role = child<QComboBox>(dialog, u"roleCombo"_s);
        role->setCurrentIndex(role->findText(deskRoleLabel(DeskRole::Reviewer)));
        answered = true;
        dialog->accept();
    });
    auto *preferences = window.findChild<QAction *>(u"actionPreferences"_s);
    QVERIFY(preferences);
    preferences->trigger();
    QVERIFY(answered);
    QCOMPARE(window.articleModel()->store()->actor(), (DeskActor{u"frank"_s, DeskRole::Reviewer}));
    QCOMPARE(window.deskUserLabel()->text(), u"frank · Reviewer"_s);
}

void TestWorkflowUi::reviewQueueListsTheOldestInReviewFirst()
{
    QList<qint64> ids;
    const QString path = createDatabase(u"queue.sqlite"_s,
                                        {makeArticle(u"Alpha draft"_s), makeArticle(u"Bravo"_s),
                                         makeArticle(u"Charlie"_s), makeArticle(u"Delta"_s)},
                                        &ids);
    QVERIFY(!path.isEmpty());
    {
        // Bravo, Charlie and Delta go to review; then Bravo is edited again, so Charlie has
        // waited longest, then Delta, then Bravo.
        Database database;
        QVERIFY(!database.open(path));
        ArticleStore store(database);
        store.setActor(alice);
        ReviewStore reviews(database);
        reviews.setActor(alice);
        for (const qint64 id : {ids.at(1), ids.at(2), ids.at(3)}) {
            QTest::qWait(15); // distinct update times
            std::optional<Article> article = store.load(id);
            QVERIFY(article);
            article->summary += u" Updated."_s;
            QVERIFY(!store.save(*article));
            QVERIFY(!reviews.changeStatus(id, {ArticleStatus::InReview, {}, {}, {}}));
        }
        QTest::qWait(15);
        std::optional<Article> bravo = store.load(ids.at(1));
        QVERIFY(bravo);
        bravo->byline = u"Night desk"_s;
        QVERIFY(!store.save(*bravo));
    }

    MainWindow window;
    QVERIFY(!window.openDatabase(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *filter = child<QComboBox>(&window, u"statusFilter"_s);
    QHeaderView *header = window.findChild<QTableView *>(u"articleTable"_s)->horizontalHeader();
    QVERIFY(filter && header);
    ArticleListModel *model = window.articleModel();

    // The filter offers all seven statuses, and the list names them.
    QCOMPARE(filter->count(), 1 + int(allArticleStatuses().size()));
    for (const ArticleStatus status : allArticleStatuses())
        QVERIFY2(filter->findData(articleStatusKey(status)) > 0,
                 qPrintable(articleStatusKey(status)));
    QCOMPARE(allArticleStatuses().size(), 7);

    // Someone's own view before the queue: drafts, by headline.
    filter->setCurrentIndex(filter->findData(articleStatusKey(ArticleStatus::Draft)));
    header->setSortIndicator(ArticleListModel::HeadlineColumn, Qt::AscendingOrder);
    QCOMPARE(columnTexts(model, ArticleListModel::HeadlineColumn), QStringList{u"Alpha draft"_s});

    QAction *queue = window.reviewQueueAction();
    QVERIFY(queue->isCheckable());
    QCOMPARE(queue->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QVERIFY(window.findChild<QToolBar *>(u"mainToolBar"_s)->actions().contains(queue));
    queue->trigger();
    QVERIFY(queue->isChecked());
    QCOMPARE(filter->currentData().toString(), articleStatusKey(ArticleStatus::InReview));
    QCOMPARE(header->sortIndicatorSection(), int(ArticleListModel::UpdatedColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(model->query().status, ArticleStatus::InReview);
    QCOMPARE(model->query().sort, ArticleSort::Updated);
    QVERIFY(!model->query().descending);
    QCOMPARE(columnTexts(model, ArticleListModel::HeadlineColumn),
             (QStringList{u"Charlie"_s, u"Delta"_s, u"Bravo"_s}));
    QCOMPARE(columnTexts(model, ArticleListModel::StatusColumn),
             QStringList(3, articleStatusLabel(ArticleStatus::InReview)));
    // The one waiting longest is opened.
    QCOMPARE(window.currentArticleId(), ids.at(2));

    // Off again: the drafts by headline, as before.
    queue->trigger();
    QVERIFY(!queue->isChecked());
    QCOMPARE(filter->currentData().toString(), articleStatusKey(ArticleStatus::Draft));
    QCOMPARE(header->sortIndicatorSection(), int(ArticleListModel::HeadlineColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(model->query().status, ArticleStatus::Draft);
    QCOMPARE(model->query().sort, ArticleSort::Headline);
    QCOMPARE(columnTexts(model, ArticleListModel::HeadlineColumn), QStringList{u"Alpha draft"_s});
}

void TestWorkflowUi::choosingAnotherFilterLeavesTheQueue()
{
    QList<qint64> ids;
    const QString path =
        createDatabase(u"leave.sqlite"_s, {makeArticle(u"Alpha"_s), makeArticle(u"Bravo"_s)}, &ids);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(!window.openDatabase(path));
    auto *filter = child<QComboBox>(&window, u"statusFilter"_s);
    QHeaderView *header = window.findChild<QTableView *>(u"articleTable"_s)->horizontalHeader();
    QAction *queue = window.reviewQueueAction();

    queue->trigger();
    QCOMPARE(window.articleModel()->rowCount(), 0);
    // Choosing another status ends the queue and keeps the choice.
    filter->setCurrentIndex(filter->findData(articleStatusKey(ArticleStatus::Draft)));
    QVERIFY(!queue->isChecked());
    QCOMPARE(filter->currentData().toString(), articleStatusKey(ArticleStatus::Draft));
    QCOMPARE(window.articleModel()->rowCount(), 2);

    // So does sorting by another column; the filter stays the queue's.
    filter->setCurrentIndex(0);
    queue->trigger();
    QVERIFY(queue->isChecked());
    header->setSortIndicator(ArticleListModel::HeadlineColumn, Qt::DescendingOrder);
    QVERIFY(!queue->isChecked());
    QCOMPARE(filter->currentData().toString(), articleStatusKey(ArticleStatus::InReview));
    QCOMPARE(window.articleModel()->query().sort, ArticleSort::Headline);
    QVERIFY(window.articleModel()->query().descending);
}

void TestWorkflowUi::auditTrailFollowsStatusChangesAndSaves()
{
    QList<qint64> ids;
    const QString path = createDatabase(
        u"audit.sqlite"_s, {makeArticle(u"Warehouse fire"_s), makeArticle(u"Other"_s)}, &ids);
    QVERIFY(!path.isEmpty());
    DeskUser::setName(u"bob"_s);
    DeskUser::setRole(DeskRole::Reviewer);

    MainWindow window;
    QVERIFY(!window.openDatabase(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = child<QDockWidget>(&window, u"historyDock"_s);
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QVERIFY(window.showArticle(ids.at(0)));
    HistoryInspector *history = window.historyInspector();
    QTRY_VERIFY(history->isVisible());
    AuditTrailModel *trail = history->auditTrailModel();
    QCOMPARE(child<QTableView>(history, u"auditView"_s)->model(), trail);
    QCOMPARE(trail->rowCount(), 0);

    // A status change made elsewhere (the review dock) shows once the dock is told.
    Database &database = window.articleModel()->store()->database();
    ReviewStore reviews(database);
    reviews.setActor(alice);
    const StoreError sent =
        reviews.changeStatus(ids.at(0), {ArticleStatus::InReview, {}, u"Ready for a look"_s, {}});
    QVERIFY2(!sent, qPrintable(sent.message));
    history->refreshAuditTrail();
    QCOMPARE(trail->rowCount(), 1);
    QCOMPARE(trail->index(0, AuditTrailModel::WhoColumn).data().toString(), u"alice"_s);
    QCOMPARE(trail->index(0, AuditTrailModel::RoleColumn).data().toString(),
             deskRoleLabel(DeskRole::Editor));
    QCOMPARE(trail->index(0, AuditTrailModel::WhatColumn).data().toString(),
             AuditLog::tr("%1 (was %2)")
                 .arg(articleStatusLabel(ArticleStatus::InReview),
                      articleStatusLabel(ArticleStatus::Draft)));
    QCOMPARE(trail->index(0, AuditTrailModel::CommentColumn).data().toString(),
             u"Ready for a look"_s);
    QVERIFY(!trail->index(0, AuditTrailModel::TimeColumn).data().toString().isEmpty());

    // bob verifies the second paragraph's source in the editor; the save records it.
    ArticleDocument *document = window.currentDocument();
    QVERIFY(document);
    ParagraphMeta second = document->paragraphMeta(1);
    QCOMPARE(second.attributions.size(), 1);
    second.attributions[0].verification = Verification::Verified;
    second.attributions[0].note = u"Called the station chief"_s;
    document->setAttributions(second.uuid, second.attributions, u"Verify"_s);
    QVERIFY(window.saveCurrentArticle());
    QCOMPARE(trail->rowCount(), 2);
    // Newest first.
    QCOMPARE(columnTexts(trail, AuditTrailModel::WhoColumn), (QStringList{u"bob"_s, u"alice"_s}));
    QCOMPARE(trail->index(0, AuditTrailModel::RoleColumn).data().toString(),
             deskRoleLabel(DeskRole::Reviewer));
    QCOMPARE(trail->index(0, AuditTrailModel::WhatColumn).data().toString(),
             AuditLog::tr("Verified “%1” in %2")
                 .arg(u"Fire brigade"_s, AuditLog::tr("paragraph %1").arg(2)));
    QCOMPARE(trail->index(0, AuditTrailModel::CommentColumn).data().toString(),
             u"Called the station chief"_s);
    const QString tip =
        trail->index(0, AuditTrailModel::WhatColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Called the station chief"_s) && tip.contains(u"bob"_s),
             qPrintable(tip));

    // Another article has its own (empty) trail; coming back reads this one again.
    QVERIFY(window.showArticle(ids.at(1)));
    QCOMPARE(trail->rowCount(), 0);
    QVERIFY(window.showArticle(ids.at(0)));
    QCOMPARE(trail->rowCount(), 2);
}

void TestWorkflowUi::auditTrailModel()
{
    Database database;
    QVERIFY(!database.open(m_dir.filePath(u"model.sqlite"_s)));
    ArticleStore store(database);
    store.setActor(alice);
    Article article = makeArticle(u"Warehouse fire"_s);
    QVERIFY(!store.create(article));

    AuditTrailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(AuditTrailModel::ColumnCount));
    model.setArticle(&store, article.id);
    QCOMPARE(model.rowCount(), 0);

    ReviewStore reviews(database);
    reviews.setActor(alice);
    QVERIFY(!reviews.changeStatus(article.id, {ArticleStatus::InReview, {}, {}, {}}));
    const QUuid first = article.paragraphs.at(0).uuid;
    const QUuid second = article.paragraphs.at(1).uuid;
    reviews.setActor({u"bob"_s, DeskRole::Reviewer});
    QVERIFY(!reviews.setNoAttributionNeeded(article.id, second, u"Our reporter saw it"_s));
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.data(model.index(0, 0), AuditTrailModel::EntryIdRole).toLongLong() >
            model.data(model.index(1, 0), AuditTrailModel::EntryIdRole).toLongLong());
    QCOMPARE(model.data(model.index(0, 0), AuditTrailModel::ActionRole).toString(),
             AuditEntry::actionKey(AuditEntry::Action::NoAttributionNeeded));
    QCOMPARE(model.entry(0).paragraph, second);

    // The paragraph is named by its number in the article as it is now, or as gone.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setParagraphs({first, second});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, AuditTrailModel::WhatColumn).data().toString(),
             model.entry(0).describe(2));
    model.setParagraphs({first, second}); // unchanged: nothing to repaint
    QCOMPARE(changed.size(), 1);
    model.setParagraphs({second, first});
    QCOMPARE(model.index(0, AuditTrailModel::WhatColumn).data().toString(),
             model.entry(0).describe(1));
    model.setParagraphs({first});
    QCOMPARE(model.paragraphNumber(second), 0);
    QCOMPARE(model.index(0, AuditTrailModel::WhatColumn).data().toString(),
             model.entry(0).describe(0));
    QCOMPARE(model.index(0, AuditTrailModel::CommentColumn).data().toString(),
             u"Our reporter saw it"_s);
    QCOMPARE(model.headerData(AuditTrailModel::WhoColumn, Qt::Horizontal).toString(), u"Who"_s);

    model.setArticle(nullptr, 0);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestWorkflowUi)
#include "tst_workflowui.moc"
