#include "MainWindow.h"

#include "AttributionGutter.h"
#include "ui_MainWindow.h"

#include "core/NinjsCodec.h"
#include "core/PlainTextImporter.h"
#include "models/ArticleDocument.h"
#include "models/ArticleListModel.h"
#include "models/PlainText.h"
#include "storage/ArticleStore.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/NewsroomServer.h"
#include "storage/PostgresAddress.h"
#include "widgets/ArticleEditor.h"
#include "widgets/ArticleSpelling.h"
#include "widgets/ArticleView.h"
#include "widgets/AttributionsInspector.h"
#include "widgets/BodyEditor.h"
#include "widgets/ConnectServerDialog.h"
#include "widgets/ExportController.h"
#include "widgets/HistoryInspector.h"
#include "widgets/LinksInspector.h"
#include "widgets/MetaTitleInspector.h"
#include "widgets/Preferences.h"
#include "widgets/PreferencesDialog.h"
#include "widgets/PublishingController.h"
#include "widgets/PublishingInspector.h"
#include "widgets/ReviewInspector.h"
#include "widgets/SourcesDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSettings>
#include <QTextBlock>
#include <QTime>
#include <QToolBar>
#include <QUndoGroup>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <utility>

// The icons and the demo article are compiled into this static library; nothing references
// their registration code, so the linker would drop it without an explicit Q_INIT_RESOURCE.
static void initCopydeskResources()
{
    Q_INIT_RESOURCE(copydesk);
}

namespace {

const QString recentDatabasesKey = QStringLiteral("recentDatabases");
const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString stateKey = QStringLiteral("MainWindow/state");
const QString splitterKey = QStringLiteral("MainWindow/splitter");
const QString columnsKey = QStringLiteral("MainWindow/articleColumns");

QString databaseFileFilter()
{
    return MainWindow::tr("Copydesk databases (*.sqlite *.sqlite3 *.db);;All files (*)");
}

QString normalizedPath(const QString &path)
{
    if (PostgresAddress::isPostgresUrl(path))
        return path; // a server, not a file
    return QFileInfo(path).absoluteFilePath();
}

// A file or a server as messages show it: a server URL without any password it carries.
QString shownLocation(const QString &location)
{
    if (!PostgresAddress::isPostgresUrl(location))
        return QDir::toNativeSeparators(location);
    QString ignored;
    const PostgresAddress address = PostgresAddress::parse(location, &ignored);
    return address.isNull() ? QUrl(location).toDisplayString(QUrl::RemovePassword)
                            : address.display();
}

std::optional<QString> askForPassword(QWidget *parent, const QString &server)
{
    QInputDialog prompt(parent);
    prompt.setWindowTitle(MainWindow::tr("Server Password"));
    prompt.setLabelText(MainWindow::tr("The newsroom server %1 needs your password. It is used "
                                       "for this connection only, never stored.")
                            .arg(server));
    prompt.setTextEchoMode(QLineEdit::Password);
    // A long server address wraps instead of widening the prompt across the screen.
    if (auto *label = prompt.findChild<QLabel *>())
        label->setWordWrap(true);
    prompt.resize(prompt.fontMetrics().averageCharWidth() * 60, prompt.sizeHint().height());
    if (prompt.exec() != QDialog::Accepted)
        return std::nullopt;
    return prompt.textValue();
}

// The server refused to connect without a password, or with the one from ~/.pgpass.
bool wantsPassword(const StoreError &error)
{
    return error.kind == StoreError::Kind::Unavailable &&
           (error.message.contains(QLatin1String("no password supplied")) ||
            error.message.contains(QLatin1String("password authentication failed")));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new ArticleListModel(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_lockSession(ArticleLocks::newSession())
{
    registerResources();
    m_ui->setupUi(this);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_wordsLabel = new QLabel(this);
    m_coverageLabel = new QLabel(this);
    m_saveLabel = new QLabel(this);
    m_saveLabel->setAccessibleName(tr("Save state"));
    m_countLabel = new QLabel(this);
    m_spellingLabel = new QLabel(this);
    m_spellingLabel->setAccessibleName(tr("Spelling"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_wordsLabel);
    statusBar()->addPermanentWidget(m_coverageLabel);
    statusBar()->addPermanentWidget(m_spellingLabel);
    statusBar()->addPermanentWidget(m_saveLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    m_userLabel = new QLabel(this);
    m_userLabel->setAccessibleName(tr("You"));
    statusBar()->addPermanentWidget(m_userLabel);
    // While edits wait unsaved, why they could not be saved stays in view: a passing message
    // (a lock that could not be renewed on the same full disk) must not leave the bar empty.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        const bool problem = m_saveState == SaveState::Failed || m_saveState == SaveState::Conflict;
        if (message.isEmpty() && problem && !m_saveDetail.isEmpty())
            statusBar()->showMessage(m_saveDetail);
    });

    m_autosaveTimer.setSingleShot(true);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &MainWindow::saveCurrentArticle);
    m_lockHeartbeat.setInterval(LockHeartbeatMs);
    connect(&m_lockHeartbeat, &QTimer::timeout, this, &MainWindow::touchArticleLock);
    m_lockTouchTimer.setSingleShot(true);
    m_lockTouchTimer.setInterval(LockTouchDelayMs);
    connect(&m_lockTouchTimer, &QTimer::timeout, this, &MainWindow::touchArticleLock);

    setUpDocks();
    m_spelling = new ArticleSpelling(this);
    m_ui->articleEditor->setSpelling(m_spelling);
    m_metaTitleInspector->setSpelling(m_spelling);
    connect(m_ui->articleEditor, &ArticleEditor::spellingStatusChanged, this, [this] {
        m_spellingLabel->setText(m_ui->articleEditor->spellingStatusText());
        m_spellingLabel->setToolTip(m_ui->articleEditor->spellingStatusToolTip());
    });
    setUpActions();
    setUpPublishing();
    setUpArticleList();
    clearDocument(tr("No database is open."));
    restoreSettings();
    rebuildRecentMenu();
    updateStatusBar();
    applyDeskUser();
}

void MainWindow::registerResources()
{
    static const bool registered = (initCopydeskResources(), true);
    Q_UNUSED(registered)
}

MainWindow::~MainWindow()
{
    // Views and inspectors hold pointers into the document and the store: detach them first.
    clearDocument({}); // releases the open article's lock
    delete m_notifier; // before the database it listens on
    m_notifier = nullptr;
    m_locks.reset();
    m_publishing->setDatabase(nullptr);
    m_model->setStore(nullptr);
}

ArticleView *MainWindow::articleView() const
{
    return m_ui->articleView;
}

ArticleEditor *MainWindow::articleEditor() const
{
    return m_ui->articleEditor;
}

QString MainWindow::databasePath() const
{
    return m_database ? m_database->location() : QString();
}

qint64 MainWindow::currentArticleId() const
{
    return m_document ? m_document->articleId() : 0;
}

void MainWindow::setUpDocks()
{
    auto addDock = [this](const QString &title, const QString &objectName, QWidget *widget) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(objectName); // saveState() keys docks by object name
        dock->setWidget(widget);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
        addDockWidget(Qt::RightDockWidgetArea, dock);
        m_ui->menuView->addAction(dock->toggleViewAction());
        return dock;
    };
    m_attributionsInspector = new AttributionsInspector(this);
    m_metaTitleInspector = new MetaTitleInspector(this);
    m_linksInspector = new LinksInspector(this);
    m_historyInspector = new HistoryInspector(this);
    QDockWidget *attributions =
        addDock(tr("Attributions"), QStringLiteral("attributionsDock"), m_attributionsInspector);
    QDockWidget *titles =
        addDock(tr("Meta Titles"), QStringLiteral("metaTitlesDock"), m_metaTitleInspector);
    QDockWidget *links = addDock(tr("Links"), QStringLiteral("linksDock"), m_linksInspector);
    QDockWidget *history =
        addDock(tr("History"), QStringLiteral("historyDock"), m_historyInspector);
    m_reviewInspector = new ReviewInspector(this);
    QDockWidget *review = addDock(tr("Review"), QStringLiteral("reviewDock"), m_reviewInspector);
    tabifyDockWidget(attributions, review);
    attributions->raise();
    tabifyDockWidget(titles, links);
    tabifyDockWidget(links, history);
    titles->raise();
    Q_UNUSED(attributions)
    // Check Spelling (F7) on a meta-title variant: show its row.
    connect(m_ui->articleEditor, &ArticleEditor::metaTitleErrorShown, this,
            [this, titles](const ArticleMisspellings::Error &error) {
                titles->show();
                titles->raise();
                m_metaTitleInspector->showVariant(error.index);
            });

    m_reviewInspector->setArticleEditor(m_ui->articleEditor);
    m_reviewInspector->setPendingEditsSaver([this] { return saveCurrentArticle(); });
    connect(m_reviewInspector, &ReviewInspector::statusChanged, this, [this] {
        refreshListRow();
        updateArticleStatus();
    });
    connect(m_reviewInspector, &ReviewInspector::editorRequested, this,
            [this] { m_ui->centreTabs->setCurrentWidget(m_ui->articleEditor); });
    connect(m_reviewInspector, &ReviewInspector::metaTitleRequested, this,
            [this, titles](int index) {
                titles->show();
                titles->raise();
                m_metaTitleInspector->showVariant(index);
            });
    connect(m_reviewInspector, &ReviewInspector::linksRequested, this, [this, links] {
        links->show();
        links->raise();
        m_linksInspector->setFocus(Qt::OtherFocusReason);
    });
    connect(this, &MainWindow::deskUserChanged, m_reviewInspector, &ReviewInspector::updateUser);
    connect(m_reviewInspector, &ReviewInspector::waiversChanged,
            m_ui->articleEditor->bodyEditor()->gutter(), &AttributionGutter::setWaivedParagraphs);
    connect(m_reviewInspector, &ReviewInspector::decisionsRecorded, m_historyInspector,
            &HistoryInspector::refreshAuditTrail);

    BodyEditor *body = m_ui->articleEditor->bodyEditor();
    m_attributionsInspector->setAttachAction(body->attachSourceAction());
    connect(m_attributionsInspector, &AttributionsInspector::paragraphActivated, this,
            [body](int blockNumber) {
                QTextCursor cursor(body->document()->findBlockByNumber(blockNumber));
                body->setTextCursor(cursor);
                body->centerCursor();
                body->setFocus();
            });
    connect(body, &QPlainTextEdit::cursorPositionChanged, this, [this, body] {
        m_attributionsInspector->setCurrentBlock(body->textCursor().blockNumber());
    });
    connect(body, &BodyEditor::registryChanged, this, [this] { updateArticleStatus(); });
    connect(m_linksInspector, &LinksInspector::openArticleRequested, this,
            &MainWindow::showArticle);
    connect(m_historyInspector, &HistoryInspector::restoreRequested, this,
            &MainWindow::restoreRevision);
}

void MainWindow::setUpActions()
{
    auto themed = [](const char *name, const QString &fallback = {}) {
        return QIcon::fromTheme(QLatin1String(name),
                                fallback.isEmpty() ? QIcon() : QIcon(fallback));
    };
    m_ui->actionNewArticle->setShortcut(QKeySequence::New);
    m_ui->actionNewArticle->setIcon(themed("document-new"));
    m_ui->actionSave->setShortcut(QKeySequence::Save);
    m_ui->actionSave->setIcon(themed("document-save"));
    m_ui->actionNewDatabase->setIcon(
        themed("document-new", QStringLiteral(":/icons/database-new.svg")));
    m_ui->actionOpenDatabase->setShortcut(QKeySequence::Open);
    m_ui->actionOpenDatabase->setIcon(
        themed("document-open", QStringLiteral(":/icons/database-open.svg")));
    m_ui->actionConnectServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_ui->actionConnectServer->setIcon(themed("network-server"));
    m_ui->actionImport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_ui->actionImport->setIcon(themed("document-import"));
    m_ui->actionExport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_ui->actionExport->setIcon(themed("document-export"));
    m_ui->actionDeleteArticle->setIcon(themed("edit-delete"));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionQuit->setIcon(themed("application-exit"));
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionFind->setIcon(themed("edit-find"));
    m_ui->actionSearchArticles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_ui->actionPreferences->setShortcut(QKeySequence::Preferences);
    m_ui->actionReviewQueue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_ui->actionReviewQueue->setIcon(themed("view-task"));
    m_ui->actionPreferences->setIcon(themed("preferences-system"));

    // Undo/Redo follow whichever article is open: one stack per article in one group.
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(themed("edit-undo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // Every platform binding (Ctrl+Shift+Z and Ctrl+Y on most desktops).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setShortcuts(redoKeys);
    redo->setIcon(themed("edit-redo"));
    m_ui->menuEdit->insertActions(m_ui->actionFind, {undo, redo});
    addActions({undo, redo}); // shortcuts work even while the menu bar is hidden
    m_ui->menuEdit->insertSeparator(m_ui->actionFind);

    BodyEditor *body = m_ui->articleEditor->bodyEditor();
    m_ui->menuArticle->addAction(body->attachSourceAction());
    m_ui->menuArticle->addAction(body->moveUpAction());
    m_ui->menuArticle->addAction(body->moveDownAction());
    m_ui->menuArticle->addSeparator();
    m_ui->menuArticle->addAction(m_metaTitleInspector->addVariantAction());
    m_ui->menuArticle->addSeparator();
    m_ui->menuArticle->addAction(m_ui->articleEditor->checkSpellingAction());

    QToolBar *toolBar = m_ui->mainToolBar;
    toolBar->addAction(m_ui->actionNewArticle);
    toolBar->addAction(m_ui->actionImport);
    toolBar->addAction(m_ui->actionExport);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(body->attachSourceAction());
    toolBar->addAction(m_ui->actionReviewQueue);
    toolBar->addSeparator();
    m_findEdit = new QLineEdit(this);
    m_findEdit->setPlaceholderText(tr("Find in article"));
    m_findEdit->setAccessibleName(tr("Find in article"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setMaximumWidth(240);
    toolBar->addWidget(m_findEdit);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] {
        findInArticle(QApplication::keyboardModifiers().testFlag(Qt::ShiftModifier));
    });

    connect(m_ui->actionNewArticle, &QAction::triggered, this, &MainWindow::newArticle);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::saveCurrentArticle);
    connect(m_ui->actionNewDatabase, &QAction::triggered, this, &MainWindow::chooseNewDatabase);
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);
    connect(m_ui->actionConnectServer, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::importArticles);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportArticle);
    connect(m_ui->actionDeleteArticle, &QAction::triggered, this, &MainWindow::deleteArticle);
    m_takeOverAction = new QAction(tr("Take &Over Article…"), this);
    m_takeOverAction->setObjectName(QStringLiteral("actionTakeOver"));
    m_takeOverAction->setToolTip(
        tr("Take the lock of this article from the desk editing it (chiefs only)"));
    m_takeOverAction->setEnabled(false);
    m_ui->menuArticle->addAction(m_takeOverAction);
    connect(m_takeOverAction, &QAction::triggered, this, &MainWindow::takeOverArticle);
    connect(m_ui->articleEditor, &ArticleEditor::readOnlyLinkActivated, this,
            [this](const QString &link) {
                if (link == QLatin1String("takeover"))
                    m_takeOverAction->trigger();
            });
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_findEdit->setFocus(Qt::ShortcutFocusReason);
        m_findEdit->selectAll();
    });
    connect(m_ui->actionSearchArticles, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->actionSources, &QAction::triggered, this, &MainWindow::showSources);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionReviewQueue, &QAction::toggled, this, &MainWindow::setReviewQueue);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->centreTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->centreTabs->currentWidget() == m_ui->articleView && m_document)
            m_ui->articleView->setArticle(m_document->article());
    });
    updateActions();
}

void MainWindow::setUpArticleList()
{
    m_ui->statusFilter->addItem(tr("All statuses"));
    for (const ArticleStatus status : allArticleStatuses()) {
        m_ui->statusFilter->addItem(articleStatusLabel(status), articleStatusKey(status));
    }

    m_ui->articleTable->setModel(m_model);
    m_ui->articleTable->setSortingEnabled(true);
    QHeaderView *header = m_ui->articleTable->horizontalHeader();
    header->setSortIndicator(ArticleListModel::UpdatedColumn, Qt::DescendingOrder);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleListModel::HeadlineColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    // Wide enough for the (translated) header and typical content, without measuring rows:
    // ResizeToContents would read a thousand rows of a large library just to size columns.
    const QFontMetrics metrics(header->font());
    const auto fit = [&](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(
            column,
            std::max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample)) + 24);
    };
    fit(ArticleListModel::StatusColumn, articleStatusLabel(ArticleStatus::Published));
    fit(ArticleListModel::BylineColumn, QStringLiteral("Transport desk"));
    fit(ArticleListModel::UpdatedColumn,
        QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat));
    fit(ArticleListModel::CoverageColumn, QStringLiteral("100%"));
    // Every row has the same height: the view need not ask a million rows for their size.
    m_ui->articleTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->articleTable->verticalHeader()->setDefaultSectionSize(
        m_ui->articleTable->fontMetrics().height() + 8);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    // Enter applies the search at once instead of waiting for the timer.
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &MainWindow::applyFilter);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this,
            &MainWindow::leaveReviewQueue);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::leaveReviewQueue);

    connect(m_ui->articleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_ui->articleView, &ArticleView::articleLinkActivated, this, &MainWindow::showArticle);
    connect(m_model, &ArticleListModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not list the articles: %1").arg(message));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    connect(m_model, &QAbstractItemModel::layoutChanged, this,
            [this] { selectRowOf(currentArticleId()); });

    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 5);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1400, 860);
    if (!restoreState(settings.value(stateKey).toByteArray())) {
        // First start: give the body most of the width, the inspectors a column beside it. On
        // a low screen (a 1366x768 laptop) the two stacked groups of inspectors would not fit
        // above each other: they become one group of tabs.
        if (available.height() < 900) {
            auto *attributions = findChild<QDockWidget *>(QStringLiteral("attributionsDock"));
            const QList<QDockWidget *> lower{
                findChild<QDockWidget *>(QStringLiteral("metaTitlesDock")),
                findChild<QDockWidget *>(QStringLiteral("linksDock")),
                findChild<QDockWidget *>(QStringLiteral("historyDock")),
                findChild<QDockWidget *>(QStringLiteral("publishingDock"))};
            for (QDockWidget *dock : lower) {
                if (attributions && dock)
                    tabifyDockWidget(attributions, dock);
            }
            if (attributions)
                attributions->raise();
        }
        const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
        const int dockWidth = available.width() < 1500 ? 360 : 430;
        resizeDocks(docks, QList<int>(docks.size(), dockWidth), Qt::Horizontal);
    }
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        layout()->activate(); // the regrouped docks' minimum sizes, before sizing the window
        resize(QSize(1400, 860).boundedTo(available * 0.95));
    }
    if (!m_ui->splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_ui->splitter->setSizes({440, 640});
    m_ui->articleTable->horizontalHeader()->restoreState(settings.value(columnsKey).toByteArray());
    m_autosaveTimer.setInterval(Preferences::autosaveDelayMs());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_ui->splitter->saveState());
    settings.setValue(columnsKey, m_ui->articleTable->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!saveCurrentArticle()) {
        // Closing would lose the edits: keep the window, say why.
        QMessageBox::warning(this, tr("Unsaved Changes"),
                             tr("Your changes to this article could not be saved, so Copydesk "
                                "stays open to keep them.\n\n%1\n\nFix the problem (for example "
                                "free disk space or make the database writable) and close "
                                "again, or copy your text elsewhere.")
                                 .arg(m_saveDetail));
        event->ignore();
        return;
    }
    releaseArticleLock();
    // The queue's order is not the one to come back to next time.
    m_ui->actionReviewQueue->setChecked(false);
    saveSettings();
    event->accept();
}

StoreError MainWindow::openDatabase(const QString &path, const QString &password)
{
    if (!saveCurrentArticle())
        return {StoreError::Kind::Unavailable,
                tr("The open article could not be saved: %1").arg(m_saveDetail)};
    auto database = std::make_unique<Database>();
    database->setPassword(password);
    if (StoreError error = database->open(path))
        return error;
    auto store = std::make_unique<ArticleStore>(*database);

    clearDocument({}); // releases the open article's lock on the old database
    delete m_notifier;
    m_notifier = nullptr;
    m_locks.reset();
    m_publishing->setDatabase(database.get()); // a run on the old database ends with it
    // Point the model at the new store before the old one goes away.
    m_model->setStore(store.get());
    m_store = std::move(store);
    m_database = std::move(database);
    m_ui->articleEditor->bodyEditor()->setStore(m_store.get());
    m_spelling->setDatabase(m_database.get());
    applyDeskUser(); // makes the locks, in the desk user's name
    m_notifier = new ChangeNotifier(*m_database, this);
    connect(m_notifier, &ChangeNotifier::articleChanged, this, &MainWindow::onArticleChanged);
    connect(m_notifier, &ChangeNotifier::lockChanged, this, &MainWindow::onLockChanged);

    // A server URL has no file name to show: the title is the URL (without the password).
    const bool server = m_database->isPostgres();
    setWindowFilePath(server ? QString() : m_database->location());
    setWindowTitle(server ? m_database->location() + QStringLiteral("[*]") : QString());
    rememberRecentDatabase(m_database->location());
    rebuildRecentMenu();
    updateStatusBar();
    selectArticleOrFirst(0);
    updateActions();
    return {};
}

void MainWindow::applyFilter()
{
    m_searchTimer.stop();
    ArticleListQuery query = m_model->query();
    query.status.reset();
    const QString statusKey = m_ui->statusFilter->currentData().toString();
    if (!statusKey.isEmpty())
        query.status = articleStatusFromKey(statusKey);
    query.search = m_ui->searchEdit->text().trimmed();

    const ArticleListQuery current = m_model->query();
    if (current.status == query.status && current.search == query.search)
        return;
    m_model->setQuery(query);
    // Keep the open article open when it is still listed; otherwise show the first match.
    if (currentArticleId() > 0 && m_model->rowOfArticle(currentArticleId()) < 0) {
        for (int row = 0; row < std::min(m_model->rowCount(), ArticleListModel::PageSize); ++row)
            m_model->articleId(row); // page in the first rows to look for it
    }
    selectArticleOrFirst(currentArticleId());
}

QAction *MainWindow::reviewQueueAction() const
{
    return m_ui->actionReviewQueue;
}

void MainWindow::setReviewQueue(bool on)
{
    QHeaderView *header = m_ui->articleTable->horizontalHeader();
    const QScopedValueRollback<bool> guard(m_settingUpReviewQueue, true);
    if (on) {
        m_reviewQueueLeft = false;
        m_beforeReviewQueue = {m_ui->statusFilter->currentIndex(), header->sortIndicatorSection(),
                               header->sortIndicatorOrder()};
        // The longest waiting first: what has been in review longest is oldest by its last change.
        header->setSortIndicator(ArticleListModel::UpdatedColumn, Qt::AscendingOrder);
        m_ui->statusFilter->setCurrentIndex(
            m_ui->statusFilter->findData(articleStatusKey(ArticleStatus::InReview)));
        return;
    }
    if (m_reviewQueueLeft)
        return; // the user chose another filter or order: keep theirs
    header->setSortIndicator(m_beforeReviewQueue.sortColumn, m_beforeReviewQueue.sortOrder);
    m_ui->statusFilter->setCurrentIndex(m_beforeReviewQueue.statusFilterIndex);
}

void MainWindow::leaveReviewQueue()
{
    if (m_settingUpReviewQueue || !m_ui->actionReviewQueue->isChecked())
        return;
    m_reviewQueueLeft = true;
    m_ui->actionReviewQueue->setChecked(false);
}

void MainWindow::selectArticleOrFirst(qint64 id)
{
    int row = id > 0 ? m_model->rowOfArticle(id) : -1;
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row < 0) {
        const ArticleListQuery query = m_model->query();
        if (!m_store)
            clearDocument(tr("No database is open."));
        else if (query.status || !query.search.isEmpty())
            clearDocument(tr("No articles match the search."));
        else
            clearDocument(tr("This database has no articles yet."));
        return;
    }
    const qint64 target = m_model->articleId(row);
    if (target != currentArticleId() && !openArticle(target))
        return;
    selectRowOf(target);
}

void MainWindow::selectRowOf(qint64 id)
{
    const int row = id > 0 ? m_model->rowOfArticle(id) : -1;
    const QScopedValueRollback<bool> guard(m_changingSelection, true);
    if (row < 0) {
        m_ui->articleTable->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_model->index(row, ArticleListModel::HeadlineColumn);
    m_ui->articleTable->setCurrentIndex(index);
    m_ui->articleTable->scrollTo(index);
}

void MainWindow::onCurrentRowChanged()
{
    if (m_changingSelection)
        return;
    const QModelIndex current = m_ui->articleTable->currentIndex();
    const qint64 id = current.isValid() ? m_model->articleId(current.row()) : 0;
    if (id == 0 || id == currentArticleId())
        return;
    if (!openArticle(id))
        selectRowOf(currentArticleId()); // stay on the article that could not be left
}

bool MainWindow::showArticle(qint64 id)
{
    if (!m_store)
        return false;
    if (id != currentArticleId() && !openArticle(id))
        return false;
    selectRowOf(id);
    return true;
}

bool MainWindow::openArticle(qint64 id)
{
    if (!m_store)
        return false;
    // Switching articles saves the one being left; if that fails, stay with it.
    if (!saveCurrentArticle()) {
        QMessageBox::warning(this, tr("Unsaved Changes"),
                             tr("The article you are editing could not be saved, so it stays "
                                "open.\n\n%1")
                                 .arg(m_saveDetail));
        return false;
    }
    // The lock first: taking an expired one saves its holder's edits as a new version, which
    // is the version to load.
    if (id != m_lockedArticle)
        releaseArticleLock();
    acquireLockFor(id);
    StoreError error;
    const std::optional<Article> article = m_store->load(id, &error);
    if (!article) {
        releaseArticleLock();
        m_foreignLock.reset();
        statusBar()->showMessage(tr("Could not load the article: %1").arg(error.message));
        return false;
    }
    setDocument(std::make_unique<ArticleDocument>(*article));
    return true;
}

void MainWindow::setDocument(std::unique_ptr<ArticleDocument> document)
{
    m_autosaveTimer.stop();
    const qint64 nextId = document ? document->articleId() : 0;
    if (m_lockedArticle != 0 && m_lockedArticle != nextId)
        releaseArticleLock();
    if (m_foreignLock && m_foreignLock->articleId != nextId)
        m_foreignLock.reset();
    ArticleDocument *previous = m_document.get();
    if (previous)
        m_undoGroup->removeStack(previous->undoStack());
    m_ui->articleEditor->setDocument(nullptr);
    m_attributionsInspector->setDocument(nullptr);
    m_metaTitleInspector->setDocument(nullptr);
    m_linksInspector->setDocument(nullptr, m_store.get());
    m_historyInspector->setDocument(nullptr, m_store.get());
    m_reviewInspector->setDocument(nullptr, nullptr);
    m_document = std::move(document);

    ArticleDocument *current = m_document.get();
    if (current) {
        m_undoGroup->addStack(current->undoStack());
        m_undoGroup->setActiveStack(current->undoStack());
        m_ui->articleEditor->setDocument(current);
        m_attributionsInspector->setDocument(current);
        m_metaTitleInspector->setDocument(current);
        m_linksInspector->setDocument(current, m_store.get());
        m_historyInspector->setDocument(current, m_store.get());
        m_reviewInspector->setDocument(current, m_store.get());
        // The reader's preview behind the editor's tab is drawn when its tab is chosen (a long
        // article's took a quarter of opening it).
        if (m_ui->centreTabs->currentWidget() == m_ui->articleView)
            m_ui->articleView->setArticle(current->article());
        m_attributionsInspector->setCurrentBlock(
            m_ui->articleEditor->bodyEditor()->textCursor().blockNumber());
        connect(current, &ArticleDocument::contentEdited, this, &MainWindow::scheduleAutosave);
        connect(current, &ArticleDocument::contentEdited, &m_lockTouchTimer,
                qOverload<>(&QTimer::start));
        connect(current, &ArticleDocument::contentEdited, this, &MainWindow::updateArticleStatus);
        connect(current, &ArticleDocument::attributionsChanged, this,
                &MainWindow::updateArticleStatus);
        setSaveState(SaveState::Idle);
    }
    showPublishingOf(current);
    applyLockState();
    updateArticleStatus();
    updateActions();
}

void MainWindow::clearDocument(const QString &message)
{
    setDocument(nullptr);
    if (!message.isEmpty())
        m_ui->articleView->showMessage(message);
    setSaveState(SaveState::Idle);
}

namespace {
// How soon a save that failed because the database was unavailable is tried again.
constexpr int saveRetryMs = 10000;
} // namespace

// --- saving ----------------------------------------------------------------------------------

void MainWindow::scheduleAutosave()
{
    if (!m_document)
        return;
    if (m_document->isModified()) {
        if (m_saveState != SaveState::Conflict && m_saveState != SaveState::Failed)
            setSaveState(SaveState::Unsaved);
        m_autosaveTimer.start(Preferences::autosaveDelayMs());
    } else {
        m_autosaveTimer.stop();
    }
}

bool MainWindow::saveCurrentArticle()
{
    if (!m_document || !m_store)
        return true;
    m_autosaveTimer.stop();
    if (!m_document->isModified())
        return true;
    if (m_lockedArticle == m_document->articleId() && !touchArticleLock() && m_foreignLock)
        return true; // the lock was taken; whoever took it saved the edits
    setSaveState(SaveState::Saving);
    Article article = m_document->article();
    // The document knows what it last loaded or saved: the store need not read it back.
    const StoreError error = m_store->save(article, m_document->savedArticle());
    if (!error) {
        m_document->markSaved(article);
        setSaveState(SaveState::Saved);
        refreshListRow();
        touchArticleLock(); // the lock no longer carries the edits just saved
        return true;
    }
    if (error.kind == StoreError::Kind::Conflict)
        return resolveConflict(m_document->article());
    setSaveState(SaveState::Failed, error.message);
    // The database may come back (a newsroom server's connection, space on a full disk): the
    // edits wait in the editor and saving is tried again, not only after the next keystroke.
    if (error.kind == StoreError::Kind::Unavailable)
        m_autosaveTimer.start(std::max(Preferences::autosaveDelayMs(), saveRetryMs));
    return false;
}

bool MainWindow::resolveConflict(Article mine)
{
    StoreError error;
    const std::optional<Article> theirs = m_store->load(mine.id, &error);
    if (!theirs) {
        setSaveState(SaveState::Failed, error.message);
        return false;
    }
    ConflictDialog::Resolution resolution = ConflictDialog::Resolution::None;
    if (m_conflictResolver) {
        resolution = m_conflictResolver(mine, *theirs);
    } else {
        ConflictDialog dialog(mine, *theirs, this);
        dialog.exec();
        resolution = dialog.resolution();
    }
    switch (resolution) {
    case ConflictDialog::Resolution::KeepMine: {
        // Mine goes on top as a new version; theirs stays in the history.
        mine.version = theirs->version;
        mine.status = theirs->status;
        if ((error = m_store->save(mine))) {
            setSaveState(error.kind == StoreError::Kind::Conflict ? SaveState::Conflict
                                                                  : SaveState::Failed,
                         error.message);
            return false;
        }
        m_document->markSaved(mine);
        setSaveState(SaveState::Saved);
        refreshListRow();
        touchArticleLock();
        return true;
    }
    case ConflictDialog::Resolution::TakeTheirs:
        setDocument(std::make_unique<ArticleDocument>(*theirs));
        m_model->refresh();
        selectRowOf(theirs->id);
        statusBar()->showMessage(tr("Loaded version %1 from the database.").arg(theirs->version));
        return true;
    case ConflictDialog::Resolution::CopyMine: {
        Article copy = mine;
        copy.id = 0;
        copy.uuid = QUuid();
        copy.uri.clear();
        copy.version = 0;
        copy.created = {};
        copy.updated = {};
        copy.status = ArticleStatus::Draft;
        copy.previous.reset();
        copy.next.reset();
        for (Paragraph &paragraph : copy.paragraphs)
            paragraph.uuid = QUuid::createUuid();
        if ((error = m_store->create(copy))) {
            setSaveState(SaveState::Failed, error.message);
            return false;
        }
        setDocument(std::make_unique<ArticleDocument>(*theirs));
        m_model->refresh();
        selectRowOf(theirs->id);
        statusBar()->showMessage(
            tr("Your version was saved as a new article (id %1).").arg(copy.id));
        return true;
    }
    case ConflictDialog::Resolution::None:
        break;
    }
    setSaveState(
        SaveState::Conflict,
        tr("Version %1 was saved elsewhere; your edits are not saved yet.").arg(theirs->version));
    return false;
}

void MainWindow::setSaveState(SaveState state, const QString &detail)
{
    m_saveState = state;
    m_saveDetail = detail;
    m_saveLabel->setText(saveStateText());
    m_saveLabel->setToolTip(detail);
    const bool problem = state == SaveState::Conflict || state == SaveState::Failed;
    m_saveLabel->setForegroundRole(problem ? QPalette::Highlight : QPalette::WindowText);
    if (problem && !detail.isEmpty())
        statusBar()->showMessage(detail);
}

QString MainWindow::saveStateText() const
{
    switch (m_saveState) {
    case SaveState::Idle:
        return {};
    case SaveState::Saved:
        return tr("Saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    case SaveState::Saving:
        return tr("Saving…");
    case SaveState::Unsaved:
        return tr("Edited");
    case SaveState::Conflict:
        return tr("Conflict");
    case SaveState::Failed:
        return tr("Not saved");
    }
    return {};
}

void MainWindow::refreshListRow()
{
    // Update the open article's row in place: re-sorting under the cursor while someone types
    // would move the row away from them. The order catches up on the next refresh. A save
    // leaves the article count alone, so the status bar's count (a count(*) over the whole
    // library) is not taken again.
    if (!m_document)
        return;
    m_model->updateArticle(m_document->articleId()); // the history refreshes on saved()
}

// --- article locks ---------------------------------------------------------------------------

DeskActor MainWindow::deskActor() const
{
    return m_serverActor.value_or(DeskUser::current());
}

QString MainWindow::lockedText(const ArticleLock &lock)
{
    const QDateTime taken = lock.takenAt.toLocalTime();
    // Today's locks show the time only; older ones the date as well.
    const QString since = taken.date() == QDate::currentDate()
                              ? QLocale().toString(taken.time(), QLocale::ShortFormat)
                              : QLocale().toString(taken, QLocale::ShortFormat);
    return tr("Locked by %1 since %2").arg(lock.holder, since);
}

void MainWindow::acquireLockFor(qint64 id)
{
    m_foreignLock.reset();
    m_lockNotice.clear();
    if (!m_locks || id <= 0)
        return;
    ArticleLock standing;
    if (const StoreError error = m_locks->acquire(id, &standing)) {
        // Without a lock the article is edited as before locks existed; saving still detects
        // conflicting versions.
        statusBar()->showMessage(tr("Could not lock the article: %1").arg(error.message), 10000);
        return;
    }
    if (standing.session == m_locks->session())
        m_lockedArticle = id;
    else
        m_foreignLock = standing;
}

void MainWindow::releaseArticleLock()
{
    m_lockHeartbeat.stop();
    m_lockTouchTimer.stop();
    const qint64 id = std::exchange(m_lockedArticle, 0);
    if (id == 0 || !m_locks)
        return;
    if (const StoreError error = m_locks->release(id))
        statusBar()->showMessage(tr("Could not release the article's lock: %1").arg(error.message),
                                 10000);
}

void MainWindow::applyLockState()
{
    const bool locked =
        m_document && m_foreignLock && m_foreignLock->articleId == m_document->articleId();
    const bool chief = deskActor().role == DeskRole::Chief;
    ArticleEditor *editor = m_ui->articleEditor;
    if (locked) {
        QString banner = lockedText(*m_foreignLock).toHtmlEscaped();
        if (!m_lockNotice.isEmpty())
            banner = m_lockNotice.toHtmlEscaped() + QStringLiteral("<br>") + banner;
        if (chief)
            banner += QStringLiteral(" &nbsp; <a href=\"takeover\">%1</a>")
                          .arg(tr("Take Over…").toHtmlEscaped());
        editor->setReadOnly(true, banner);
    } else {
        editor->setReadOnly(false);
    }
    // The docks edit the article too.
    m_attributionsInspector->setEnabled(!locked);
    m_metaTitleInspector->setEnabled(!locked);
    m_linksInspector->setEnabled(!locked);
    m_takeOverAction->setEnabled(locked && chief);
    if (holdsArticleLock()) {
        if (!m_lockHeartbeat.isActive())
            m_lockHeartbeat.start();
    } else {
        m_lockHeartbeat.stop();
        m_lockTouchTimer.stop();
    }
}

bool MainWindow::touchArticleLock()
{
    m_lockTouchTimer.stop();
    if (!m_locks || !m_document || m_lockedArticle != m_document->articleId())
        return true;
    const QByteArray pending =
        m_document->isModified() ? ArticleStore::snapshotJson(m_document->article()) : QByteArray();
    const StoreError error = m_locks->touch(m_lockedArticle, pending);
    if (error.kind == StoreError::Kind::Conflict) {
        onLockLost();
        return false;
    }
    if (error)
        statusBar()->showMessage(tr("Could not renew the article's lock: %1").arg(error.message),
                                 10000);
    return true;
}

void MainWindow::onLockLost()
{
    const qint64 id = std::exchange(m_lockedArticle, 0);
    m_lockHeartbeat.stop();
    m_lockTouchTimer.stop();
    m_autosaveTimer.stop();
    if (!m_locks || id == 0)
        return;
    const std::optional<ArticleLock> lock = m_locks->lockOf(id);
    if (!lock || lock->session == m_locks->session()) {
        // The lock went without anyone taking it (the article was deleted, or the lock
        // cleared): the edits stay here, and saving them tells what became of the article.
        acquireLockFor(id);
        applyLockState();
        return;
    }
    m_foreignLock = lock;
    // Whoever took the lock saved the edits it carried: show what is stored now.
    reloadOpenArticle();
    m_lockNotice = tr("%1 took over this article; edits you had not saved were saved as a "
                      "version first. It is read-only now.")
                       .arg(m_foreignLock->holder);
    applyLockState();
    statusBar()->showMessage(m_lockNotice);
}

void MainWindow::takeOverArticle()
{
    if (!m_locks || !m_document || !m_foreignLock || deskActor().role != DeskRole::Chief)
        return;
    const ArticleLock lock = *m_foreignLock;
    bool confirmed = false;
    if (m_takeOverConfirmer) {
        confirmed = m_takeOverConfirmer(lock);
    } else {
        QMessageBox question(QMessageBox::Question, tr("Take Over Article"),
                             tr("%1. Take the article over?").arg(lockedText(lock)),
                             QMessageBox::Cancel, this);
        question.setInformativeText(tr("Their unsaved edits are saved as a new version first, "
                                       "and their editor becomes read-only."));
        QPushButton *takeOver = question.addButton(tr("Take Over"), QMessageBox::AcceptRole);
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        confirmed = question.clickedButton() == takeOver;
    }
    if (!confirmed)
        return;
    const qint64 id = m_document->articleId();
    ArticleLock previous;
    if (const StoreError error = m_locks->takeOver(id, &previous)) {
        QMessageBox::warning(this, tr("Take Over Article"),
                             tr("Could not take the article over.\n\n%1").arg(error.message));
        return;
    }
    m_foreignLock.reset();
    m_lockNotice.clear();
    m_lockedArticle = id;
    reloadOpenArticle(); // with the edits the holder left
    applyLockState();
    statusBar()->showMessage(
        previous.hasPendingEdits
            ? tr("You took the article over from %1; their unsaved edits were saved as a new "
                 "version first.")
                  .arg(previous.holder)
            : tr("You took the article over from %1.").arg(previous.holder),
        10000);
}

void MainWindow::reloadOpenArticle()
{
    if (!m_store || !m_document)
        return;
    const qint64 id = m_document->articleId();
    StoreError error;
    const std::optional<Article> stored = m_store->load(id, &error);
    if (!stored) {
        statusBar()->showMessage(tr("Could not load the article: %1").arg(error.message));
        return;
    }
    m_model->updateArticle(id);
    if (stored->version == m_document->savedArticle().version && !m_document->isModified()) {
        // The same text: only the status or the links changed.
        m_document->markSaved(*stored);
        m_publishingInspector->refresh();
        m_historyInspector->refreshAuditTrail();
        updateArticleStatus();
        return;
    }
    setDocument(std::make_unique<ArticleDocument>(*stored));
}

void MainWindow::onArticleChanged(qint64 id, int version, const QString &status, bool removed)
{
    Q_UNUSED(status);
    if (!m_store)
        return;
    if (removed) {
        if (!m_model->removeArticle(id))
            m_model->refresh();
        updateStatusBar();
        if (currentArticleId() == id) {
            m_lockedArticle = 0; // it went with the article
            clearDocument(tr("This article was deleted at another desk."));
            selectArticleOrFirst(0);
        }
        return;
    }
    if (m_model->rowOfArticle(id) >= 0) {
        m_model->updateArticle(id);
    } else if (version <= 1) {
        // A new article at another desk: list it (the open one stays selected).
        m_model->refresh();
        selectRowOf(currentArticleId());
        updateStatusBar();
    }
    if (currentArticleId() != id)
        return;
    // Edits in progress stay: saving them meets the new version in the conflict dialog.
    if (holdsArticleLock() && m_document->isModified())
        return;
    reloadOpenArticle();
}

void MainWindow::onLockChanged(qint64 id, const QString &holder, bool released)
{
    if (!m_locks || currentArticleId() != id)
        return;
    if (m_foreignLock) {
        if (released) {
            acquireLockFor(id);
            if (holdsArticleLock()) {
                reloadOpenArticle(); // with anything the holder saved on leaving
                applyLockState();
                statusBar()->showMessage(
                    tr("%1 closed the article; you can edit it now.").arg(holder), 10000);
                return;
            }
        } else if (const std::optional<ArticleLock> lock = m_locks->lockOf(id);
                   lock && lock->session != m_locks->session()) {
            m_foreignLock = lock; // handed to someone else
        }
        applyLockState();
    } else if (holdsArticleLock() && !released) {
        touchArticleLock(); // someone took it: a conflict turns the editor read-only
    }
}

// --- article actions -------------------------------------------------------------------------

void MainWindow::newArticle()
{
    if (!m_store || !saveCurrentArticle())
        return;
    Article article;
    article.language = QLocale().bcp47Name().contains(QLatin1Char('-')) ? QLocale().bcp47Name()
                                                                        : QStringLiteral("en-US");
    if (const StoreError error = m_store->create(article)) {
        QMessageBox::warning(this, tr("New Article"),
                             tr("Could not create the article.\n\n%1").arg(error.message));
        return;
    }
    m_model->refresh();
    showArticle(article.id);
    m_ui->centreTabs->setCurrentWidget(m_ui->articleEditor);
    m_ui->articleEditor->findChild<QLineEdit *>(QStringLiteral("headlineEdit"))->setFocus();
}

void MainWindow::deleteArticle()
{
    if (!m_document || !m_store)
        return;
    const Article article = m_document->article();
    const QString headline = article.headline.isEmpty() ? tr("(no headline)") : article.headline;
    if (QMessageBox::question(this, tr("Delete Article"),
                              plainText(tr("Delete “%1” and its whole history? Its previous and "
                                           "next articles are unlinked from it. This cannot be "
                                           "undone.")
                                            .arg(headline))) != QMessageBox::Yes)
        return;
    m_autosaveTimer.stop();
    if (const StoreError error = m_store->remove(article.id)) {
        QMessageBox::warning(this, tr("Delete Article"),
                             tr("Could not delete the article.\n\n%1").arg(error.message));
        return;
    }
    clearDocument({});
    m_model->refresh();
    selectArticleOrFirst(0);
}

void MainWindow::importArticles()
{
    if (!m_store || !saveCurrentArticle())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), QString(),
        tr("Articles (*.txt *.json);;Plain-text articles (*.txt);;ninjs (*.json);;All files (*)"));
    if (files.isEmpty())
        return;
    QList<ImportedArticle> batch;
    QStringList problems;
    for (const QString &path : files) {
        // A file beyond the import limit is refused before it is read into memory.
        const qint64 size = QFileInfo(path).size();
        if (size > ImportLimits::maxFileBytes) {
            problems << tr("%1: %2").arg(QDir::toNativeSeparators(path),
                                         ImportLimits::fileTooLarge(size));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            continue;
        }
        const QByteArray data = file.read(ImportLimits::maxFileBytes + 1);
        ImportError parseError;
        const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
                          data.trimmed().startsWith('{');
        std::optional<ImportedArticle> item =
            json ? NinjsCodec::parse(data, QDir::toNativeSeparators(path), &parseError)
                 : PlainTextImporter::parse(data, QDir::toNativeSeparators(path), &parseError);
        if (!item)
            problems << parseError.toString();
        else
            batch.append(*item);
    }
    if (!problems.isEmpty()) {
        QMessageBox::warning(
            this, tr("Import Articles"),
            tr("Nothing was imported:\n\n%1").arg(problems.join(QLatin1Char('\n'))));
        return;
    }
    ImportReport report;
    if (const StoreError error = m_store->importArticles(batch, &report)) {
        QMessageBox::warning(this, tr("Import Articles"),
                             tr("Nothing was imported:\n\n%1").arg(error.message));
        return;
    }
    m_model->refresh();
    if (!report.ids.isEmpty())
        showArticle(report.ids.constFirst());
    QString message = tr("Imported %n article(s).", nullptr, int(report.ids.size()));
    if (!report.warnings.isEmpty())
        QMessageBox::information(this, tr("Import Articles"),
                                 message + QStringLiteral("\n\n") +
                                     report.warnings.join(QLatin1Char('\n')));
    else
        statusBar()->showMessage(message, 5000);
}

void MainWindow::exportArticle()
{
    if (!m_store || (m_document && !saveCurrentArticle()))
        return;
    if (!m_export) {
        m_export = new ExportController(this);
        connect(m_export, &ExportController::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    }
    ExportContext context;
    context.databaseLocation = m_database->location();
    context.openArticleId = m_document ? m_document->articleId() : 0;
    const QModelIndexList selected = m_ui->articleTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        if (const qint64 id = m_model->articleId(index.row()))
            context.selectedIds.append(id);
    }
    context.listQuery = m_model->query();
    context.listedCount = m_model->matchingCount();
    context.libraryCount = m_store->count(ArticleListQuery());
    m_export->exportArticles(context);
}

void MainWindow::findInArticle(bool backwards)
{
    BodyEditor *body = m_ui->articleEditor->bodyEditor();
    const QString text = m_findEdit->text();
    if (text.isEmpty() || !m_document)
        return;
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!body->find(text, flags)) {
        // Wrap around once, as editors do.
        QTextCursor cursor = body->textCursor();
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        body->setTextCursor(cursor);
        if (!body->find(text, flags))
            statusBar()->showMessage(tr("“%1” is not in this article.").arg(text), 4000);
    }
}

void MainWindow::restoreRevision(int version)
{
    if (!m_document || !saveCurrentArticle())
        return;
    const qint64 id = m_document->articleId();
    Article restored;
    if (const StoreError error = m_store->restore(id, version, &restored)) {
        QMessageBox::warning(
            this, tr("Restore Version"),
            tr("Could not restore version %1.\n\n%2").arg(version).arg(error.message));
        return;
    }
    // The restore is a new version in the database; reopen so the editor shows it.
    const std::optional<Article> current = m_store->load(id);
    if (current)
        setDocument(std::make_unique<ArticleDocument>(*current));
    refreshListRow();
    statusBar()->showMessage(
        tr("Restored version %1 as version %2.").arg(version).arg(restored.version), 5000);
}

void MainWindow::showSources()
{
    if (!m_store || !saveCurrentArticle())
        return;
    SourcesDialog dialog(m_store.get(), this);
    dialog.exec();
    // Renames and merges change what the open article shows: reload it.
    if (m_document) {
        if (const std::optional<Article> current = m_store->load(m_document->articleId()))
            setDocument(std::make_unique<ArticleDocument>(*current));
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.setSpelling(m_spelling);
    dialog.setDatabase(m_database.get());
    if (m_serverActor)
        dialog.setServerUser(*m_serverActor, m_database->location());
    if (dialog.exec() == QDialog::Accepted) {
        m_autosaveTimer.setInterval(Preferences::autosaveDelayMs());
        applyDeskUser();
    }
}

// --- publishing ------------------------------------------------------------------------------

void MainWindow::setUpPublishing()
{
    m_publishing = new PublishingController(this);
    m_publishing->setPendingEditsSaver([this] { return saveCurrentArticle(); });
    m_ui->menuArticle->addSeparator();
    m_ui->menuArticle->addAction(m_publishing->publishAction());
    m_ui->menuArticle->addMenu(m_publishing->publishToMenu());
    m_ui->menuArticle->addAction(m_publishing->unpublishAction());
    m_ui->menuArticle->addAction(m_publishing->publishApprovedAction());

    m_publishingInspector = new PublishingInspector(this);
    auto *dock = new QDockWidget(tr("Publishing"), this);
    dock->setObjectName(QStringLiteral("publishingDock")); // saveState() keys docks by name
    dock->setWidget(m_publishingInspector);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    m_ui->menuView->addAction(dock->toggleViewAction());
    // Beside History, behind the tab that was in front (the last tabified one would be).
    if (auto *history = findChild<QDockWidget *>(QStringLiteral("historyDock"))) {
        tabifyDockWidget(history, dock);
        if (auto *titles = findChild<QDockWidget *>(QStringLiteral("metaTitlesDock")))
            titles->raise();
    }

    connect(m_publishingInspector, &PublishingInspector::retryRequested, m_publishing,
            &PublishingController::retryOpenArticle);
    connect(m_publishing, &PublishingController::articlesChanged, this,
            &MainWindow::reloadPublishedArticles);
    connect(m_publishing, &PublishingController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(this, &MainWindow::deskUserChanged, m_publishing, &PublishingController::updateActions);
}

void MainWindow::showPublishingOf(ArticleDocument *document)
{
    m_publishing->setDocument(document);
    m_publishingInspector->setArticle(document ? m_database.get() : nullptr,
                                      document ? document->articleId() : 0);
}

void MainWindow::reloadPublishedArticles(const QList<qint64> &articleIds)
{
    if (!m_store)
        return;
    // Several articles change places in the list (statuses, times): list them again.
    if (articleIds.size() > 1) {
        m_model->refresh();
        selectRowOf(currentArticleId());
    } else {
        for (const qint64 id : articleIds)
            m_model->updateArticle(id);
    }
    if (!m_document || !articleIds.contains(m_document->articleId()))
        return;
    // The status is not a content version: take the stored state, once any edits made while
    // publishing are stored too.
    if (m_document->isModified() && !saveCurrentArticle())
        return;
    if (const std::optional<Article> stored = m_store->load(m_document->articleId()))
        m_document->markSaved(*stored);
    m_publishingInspector->refresh();
    m_historyInspector->refreshAuditTrail();
    updateArticleStatus();
}

void MainWindow::applyDeskUser()
{
    // On a newsroom server with Copydesk's rules the login is who acts, in its role.
    StoreError serverError;
    m_serverActor.reset();
    if (m_database && m_database->isPostgres())
        m_serverActor = NewsroomServer::sessionActor(*m_database, &serverError);
    const DeskActor actor = m_serverActor.value_or(DeskUser::current());
    if (m_store) {
        m_store->setActor(actor);
        // The locks carry the desk user's name; the session (this window) stays, so a lock
        // already held stays ours.
        m_locks = std::make_unique<ArticleLocks>(*m_store, actor.name, m_lockSession);
        m_locks->setIdleTimeout(std::chrono::minutes(Preferences::lockIdleTimeoutMinutes()));
        applyLockState(); // a chief may take over now, or no longer
    }
    m_userLabel->setText(tr("%1 · %2").arg(actor.name, deskRoleLabel(actor.role)));
    if (m_serverActor) {
        m_userLabel->setToolTip(
            tr("The newsroom server %1 decides who you are: you work as its login %2, %3. The "
               "name and role in Preferences apply to local databases only.")
                .arg(m_database->location(), actor.name, deskRoleLabel(actor.role)));
    } else if (serverError) {
        m_userLabel->setText(tr("No newsroom role"));
        m_userLabel->setToolTip(serverError.message);
    } else {
        m_userLabel->setToolTip(tr("You work as %1, %2. Change your name and role in Preferences.")
                                    .arg(actor.name, deskRoleLabel(actor.role)));
    }
    emit deskUserChanged(actor);
}

void MainWindow::updateActions()
{
    const bool haveStore = m_store != nullptr;
    const bool haveArticle = m_document != nullptr;
    m_ui->actionNewArticle->setEnabled(haveStore);
    m_ui->actionImport->setEnabled(haveStore);
    m_ui->actionSources->setEnabled(haveStore);
    m_ui->actionExport->setEnabled(haveStore); // the open article, a selection or the library
    m_ui->actionSave->setEnabled(haveArticle);
    m_ui->actionDeleteArticle->setEnabled(haveArticle);
    m_ui->actionFind->setEnabled(haveArticle);
    m_findEdit->setEnabled(haveArticle);
}

void MainWindow::updateStatusBar()
{
    if (!m_store) {
        m_pathLabel->setText(tr("No database"));
        m_countLabel->clear();
        return;
    }
    const QString path = QDir::toNativeSeparators(m_database->location());
    m_pathLabel->setText(path);
    m_pathLabel->setToolTip(path);

    const ArticleListQuery query = m_model->query();
    const bool filtered = query.status || !query.search.isEmpty();
    // Unfiltered, the list has just counted every article (a count(*) over the whole library).
    StoreError error;
    const qint64 total = filtered || m_model->lastError()
                             ? m_store->count(ArticleListQuery{}, &error)
                             : m_model->matchingCount();
    if (error) {
        m_countLabel->setText(tr("Article count unavailable"));
        return;
    }
    m_countLabel->setText(
        filtered ? tr("%1 of %n article(s)", nullptr, int(total)).arg(m_model->matchingCount())
                 : tr("%n article(s)", nullptr, int(total)));
}

void MainWindow::updateArticleStatus()
{
    if (!m_document) {
        m_wordsLabel->clear();
        m_coverageLabel->clear();
        return;
    }
    const int words = m_document->wordCount();
    const int minutes = std::max(1, (words + WordsPerMinute - 1) / WordsPerMinute);
    m_wordsLabel->setText(tr("%n word(s)", nullptr, words) + QStringLiteral(" · ") +
                          tr("%n min read", nullptr, minutes));
    const int paragraphs = m_document->paragraphCount();
    const int attributed = m_document->attributedParagraphCount();
    m_coverageLabel->setText(paragraphs == 0
                                 ? tr("No paragraphs")
                                 : tr("Attributed %1%").arg(attributed * 100 / paragraphs));
    m_coverageLabel->setToolTip(
        tr("%1 of %n paragraph(s) cite a source", nullptr, paragraphs).arg(attributed));
}

void MainWindow::connectToServer()
{
    ConnectServerDialog dialog(this);
    // Start from the server in use, else the one used last.
    const QStringList recent = recentDatabases();
    if (m_database && m_database->isPostgres()) {
        dialog.setUrl(m_database->location());
    } else {
        const auto server =
            std::find_if(recent.cbegin(), recent.cend(), &PostgresAddress::isPostgresUrl);
        if (server != recent.cend())
            dialog.setUrl(*server);
    }
    // What failed was reported; the dialog comes back with its fields to correct them.
    while (dialog.exec() == QDialog::Accepted) {
        if (openDatabaseReportingErrors(dialog.url(), dialog.password()))
            return;
    }
}

bool MainWindow::openDatabaseReportingErrors(const QString &path, const QString &password)
{
    const bool server = PostgresAddress::isPostgresUrl(path);
    const QString shown = shownLocation(path);
    StoreError error = openDatabase(path, password);
    if (error && server && password.isEmpty() && wantsPassword(error)) {
        const std::optional<QString> typed =
            m_passwordPrompt ? m_passwordPrompt(shown, error.message) : askForPassword(this, shown);
        if (!typed)
            return false; // cancelled: the window keeps what it had
        error = openDatabase(path, *typed);
    }
    if (!error)
        return true;
    QString text;
    if (!server) {
        text = tr("Copydesk could not open %1.\n\n%2").arg(shown, error.message);
    } else {
        // libpq indents its hints with a tab.
        const QString detail = QString(error.message).remove(QLatin1Char('\t'));
        text = detail.contains(shown)
                   ? tr("Copydesk could not connect to the newsroom server.\n\n%1").arg(detail)
                   : tr("Copydesk could not connect to the newsroom server %1.\n\n%2")
                         .arg(shown, detail);
    }
    QMessageBox box(QMessageBox::Warning,
                    server ? tr("Cannot Connect to Server") : tr("Cannot Open Database"), text,
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("cannotOpenDatabaseBox"));
    box.exec();
    return false;
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString startDir = m_database && !m_database->isPostgres()
                                 ? QFileInfo(databasePath()).absolutePath()
                                 : QString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Database"), startDir, databaseFileFilter());
    if (!path.isEmpty())
        openDatabaseReportingErrors(path);
}

void MainWindow::chooseNewDatabase()
{
    const QString startDir = m_database && !m_database->isPostgres()
                                 ? QFileInfo(databasePath()).absolutePath()
                                 : QString();
    // Replacing an existing file would silently destroy a newsroom's work: refuse instead.
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Database"), startDir, databaseFileFilter(),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Database"),
                             tr("%1 already exists. Choose another name, or open it with "
                                "File › Open Database.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabaseReportingErrors(path);
}

QStringList MainWindow::recentDatabases()
{
    return QSettings().value(recentDatabasesKey).toStringList();
}

void MainWindow::rememberRecentDatabase(const QString &path)
{
    QStringList recent = recentDatabases();
    const QString normalized = normalizedPath(path);
    recent.removeAll(normalized);
    recent.prepend(normalized);
    while (recent.size() > MaxRecentDatabases)
        recent.removeLast();
    QSettings().setValue(recentDatabasesKey, recent);
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_ui->menuRecentDatabases;
    menu->clear();
    const QStringList recent = recentDatabases();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString &path = recent.at(i);
        QString label = QDir::toNativeSeparators(path);
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        // Single-digit mnemonics for the first nine entries.
        QAction *action = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(label));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!PostgresAddress::isPostgresUrl(path) && !QFileInfo::exists(path)) {
                QMessageBox::warning(this, tr("Cannot Open Database"),
                                     tr("%1 no longer exists. It was removed from the list.")
                                         .arg(QDir::toNativeSeparators(path)));
                QStringList remaining = recentDatabases();
                remaining.removeAll(path);
                QSettings().setValue(recentDatabasesKey, remaining);
                rebuildRecentMenu();
                return;
            }
            openDatabaseReportingErrors(path);
        });
    }
    if (!recent.isEmpty()) {
        menu->addSeparator();
        QAction *clear = menu->addAction(tr("&Clear Menu"));
        connect(clear, &QAction::triggered, this, [this] {
            QSettings().remove(recentDatabasesKey);
            rebuildRecentMenu();
        });
    }
    menu->setEnabled(!recent.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Copydesk"),
        tr("<h3>Copydesk %1</h3>"
           "<p>A newsroom editor that keeps every paragraph's sources in view, from the first "
           "draft to the published story.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(COPYDESK_VERSION), QString::fromLatin1(qVersion())));
}
