#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "models/ArticleListModel.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "widgets/ArticleView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

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
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new ArticleListModel(this))
{
    registerResources();
    m_ui->setupUi(this);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    setUpActions();
    setUpArticleList();
    m_ui->articleView->showMessage(tr("No database is open."));
    restoreSettings();
    rebuildRecentMenu();
    updateStatusBar();
}

void MainWindow::registerResources()
{
    static const bool registered = (initCopydeskResources(), true);
    Q_UNUSED(registered)
}

MainWindow::~MainWindow()
{
    // The model is a child QObject and outlives the store members; detach it first.
    m_model->setStore(nullptr);
}

ArticleView *MainWindow::articleView() const
{
    return m_ui->articleView;
}

QString MainWindow::databasePath() const
{
    return m_database ? m_database->location() : QString();
}

void MainWindow::setUpActions()
{
    m_ui->actionNewDatabase->setShortcut(QKeySequence::New);
    m_ui->actionNewDatabase->setIcon(QIcon::fromTheme(
        QStringLiteral("document-new"), QIcon(QStringLiteral(":/icons/database-new.svg"))));
    m_ui->actionOpenDatabase->setShortcut(QKeySequence::Open);
    m_ui->actionOpenDatabase->setIcon(QIcon::fromTheme(
        QStringLiteral("document-open"), QIcon(QStringLiteral(":/icons/database-open.svg"))));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionQuit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));

    connect(m_ui->actionNewDatabase, &QAction::triggered, this, &MainWindow::chooseNewDatabase);
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Ctrl+F jumps to the search field from anywhere in the window.
    auto *findAction = new QAction(tr("Search Articles"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    addAction(findAction);
}

void MainWindow::setUpArticleList()
{
    m_ui->statusFilter->addItem(tr("All statuses"));
    for (ArticleStatus status : {ArticleStatus::Draft, ArticleStatus::InReview,
                                 ArticleStatus::Approved, ArticleStatus::Published}) {
        m_ui->statusFilter->addItem(articleStatusLabel(status), articleStatusKey(status));
    }

    m_ui->articleTable->setModel(m_model);
    QHeaderView *header = m_ui->articleTable->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleListModel::HeadlineColumn, QHeaderView::Stretch);
    header->resizeSection(ArticleListModel::StatusColumn, 80);
    header->resizeSection(ArticleListModel::BylineColumn, 110);
    header->resizeSection(ArticleListModel::UpdatedColumn, 110);
    header->resizeSection(ArticleListModel::CoverageColumn, 75);
    m_ui->articleTable->verticalHeader()->setDefaultSectionSize(
        m_ui->articleTable->fontMetrics().height() + 8);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    // Enter applies the search at once instead of waiting for the timer.
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &MainWindow::applyFilter);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);

    connect(m_ui->articleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentArticle);
    connect(m_ui->articleView, &ArticleView::articleLinkActivated, this, &MainWindow::showArticle);
    connect(m_model, &ArticleListModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not list the articles: %1").arg(message));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatusBar);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);

    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(stateKey).toByteArray());
    if (!m_ui->splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_ui->splitter->setSizes({580, 620});
    m_ui->articleTable->horizontalHeader()->restoreState(settings.value(columnsKey).toByteArray());
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
    saveSettings();
    event->accept();
}

StoreError MainWindow::openDatabase(const QString &path)
{
    auto database = std::make_unique<Database>();
    if (StoreError error = database->open(path))
        return error;
    auto store = std::make_unique<ArticleStore>(*database);

    // Point the model at the new store before the old one goes away.
    m_model->setStore(store.get());
    m_store = std::move(store);
    m_database = std::move(database);

    setWindowFilePath(m_database->location());
    rememberRecentDatabase(m_database->location());
    rebuildRecentMenu();
    updateStatusBar();
    selectArticleOrFirst(0);
    return {};
}

void MainWindow::openDatabaseReportingErrors(const QString &path)
{
    if (const StoreError error = openDatabase(path)) {
        QMessageBox::warning(this, tr("Cannot Open Database"),
                             tr("Copydesk could not open %1.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), error.message));
    }
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString startDir = m_database ? QFileInfo(databasePath()).absolutePath() : QString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Database"), startDir, databaseFileFilter());
    if (!path.isEmpty())
        openDatabaseReportingErrors(path);
}

void MainWindow::chooseNewDatabase()
{
    const QString startDir = m_database ? QFileInfo(databasePath()).absolutePath() : QString();
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
            if (!QFileInfo::exists(path)) {
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

void MainWindow::applyFilter()
{
    m_searchTimer.stop();
    ArticleListQuery query;
    const QString statusKey = m_ui->statusFilter->currentData().toString();
    if (!statusKey.isEmpty())
        query.status = articleStatusFromKey(statusKey);
    query.search = m_ui->searchEdit->text().trimmed();

    const ArticleListQuery current = m_model->query();
    if (current.status == query.status && current.search == query.search)
        return;
    const qint64 shownId = m_ui->articleView->articleId();
    m_model->setQuery(query);
    selectArticleOrFirst(shownId);
}

void MainWindow::selectArticleOrFirst(qint64 id)
{
    int row = id > 0 ? m_model->rowOfArticle(id) : -1;
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row < 0) {
        const ArticleListQuery query = m_model->query();
        if (!m_store)
            m_ui->articleView->showMessage(tr("No database is open."));
        else if (query.status || !query.search.isEmpty())
            m_ui->articleView->showMessage(tr("No articles match the search."));
        else
            m_ui->articleView->showMessage(tr("This database has no articles yet."));
        return;
    }
    const QModelIndex index = m_model->index(row, ArticleListModel::HeadlineColumn);
    m_ui->articleTable->setCurrentIndex(index);
    m_ui->articleTable->scrollTo(index);
    // setCurrentIndex does not signal when the row was already current before a reset.
    if (m_ui->articleView->articleId() != m_model->articleId(row))
        showCurrentArticle();
}

void MainWindow::showCurrentArticle()
{
    const QModelIndex current = m_ui->articleTable->currentIndex();
    const qint64 id = current.isValid() ? m_model->articleId(current.row()) : 0;
    if (id == 0) {
        m_ui->articleView->showMessage(tr("Select an article to read it."));
        return;
    }
    StoreError error;
    const std::optional<Article> article = m_store->load(id, &error);
    if (!article) {
        m_ui->articleView->showMessage(tr("Could not load the article: %1").arg(error.message));
        return;
    }
    m_ui->articleView->setArticle(*article);
}

bool MainWindow::showArticle(qint64 id)
{
    if (!m_store)
        return false;
    const int row = m_model->rowOfArticle(id);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, ArticleListModel::HeadlineColumn);
        m_ui->articleTable->setCurrentIndex(index);
        m_ui->articleTable->scrollTo(index);
        return m_ui->articleView->articleId() == id;
    }
    // Hidden by the filter (or not loaded yet): show it without a list selection.
    StoreError error;
    const std::optional<Article> article = m_store->load(id, &error);
    if (!article) {
        statusBar()->showMessage(tr("Could not load the article: %1").arg(error.message));
        return false;
    }
    m_ui->articleTable->selectionModel()->clear();
    m_ui->articleView->setArticle(*article);
    return true;
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

    StoreError error;
    const qint64 total = m_store->count(ArticleListQuery{}, &error);
    if (error) {
        m_countLabel->setText(tr("Article count unavailable"));
        return;
    }
    const ArticleListQuery query = m_model->query();
    const bool filtered = query.status || !query.search.isEmpty();
    m_countLabel->setText(
        filtered ? tr("%1 of %n article(s)", nullptr, int(total)).arg(m_model->matchingCount())
                 : tr("%n article(s)", nullptr, int(total)));
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
