#pragma once

#include <QWidget>

class Database;
class PublicationModel;
class QLabel;
class QPushButton;
class QTableView;

// The Publishing dock: every delivery of the open article, newest first (when, destination,
// version, usable or canceled, the result or the error in red, attempts), and "Retry Failed"
// while the latest attempt to some destination failed. The window runs the retry.
class PublishingInspector : public QWidget
{
    Q_OBJECT

public:
    explicit PublishingInspector(QWidget *parent = nullptr);

    // The database must outlive the article shown or be replaced (setArticle(nullptr, 0)).
    void setArticle(Database *database, qint64 articleId);
    PublicationModel *model() const { return m_model; }
    QPushButton *retryButton() const { return m_retryButton; }
    QString summary() const;
    // The full result or error of the selected delivery, shown under the table.
    QString details() const;

public slots:
    // Reads the deliveries again (after a run).
    void refresh();

signals:
    void retryRequested();

private:
    void showSummary();
    void showDetails();

    PublicationModel *m_model = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
};
