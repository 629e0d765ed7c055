#pragma once

#include "storage/StoreError.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

namespace Ui {
class MainWindow;
}
class ArticleListModel;
class ArticleStore;
class ArticleView;
class Database;
class QLabel;

// The newsroom window: the filterable article list on the left, the selected article on the
// right. It owns the open database; opening another one replaces it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int MaxRecentDatabases = 8;
    static constexpr int SearchDelayMs = 250;

    explicit MainWindow(QWidget *parent = nullptr);
    // Registers the icons and the demo article (:/icons, :/demo) compiled into this static
    // library. Idempotent; the constructor calls it, main() before it needs them.
    static void registerResources();
    ~MainWindow() override;

    // Opens (creating if absent) the database at `path` and lists its articles, selecting the
    // first. On failure the window keeps the database it had and returns the error unshown.
    StoreError openDatabase(const QString &path);
    QString databasePath() const;

    // Selects the article in the list, or shows it without a selection when the current filter
    // hides it. Returns false when it cannot be loaded.
    bool showArticle(qint64 id);

    ArticleListModel *articleModel() const { return m_model; }
    ArticleView *articleView() const;

    static QStringList recentDatabases();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpArticleList();
    void restoreSettings();
    void saveSettings() const;

    void chooseDatabaseToOpen();
    void chooseNewDatabase();
    void openDatabaseReportingErrors(const QString &path);
    static void rememberRecentDatabase(const QString &path);
    void rebuildRecentMenu();

    void applyFilter();
    void selectArticleOrFirst(qint64 id);
    void showCurrentArticle();
    void updateStatusBar();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ArticleStore> m_store;
    ArticleListModel *m_model = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer m_searchTimer; // debounces typing in the search field
};
