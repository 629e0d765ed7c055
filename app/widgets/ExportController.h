#pragma once

#include "ExportJob.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

// What the window knows when the user asks to export: the open article, the list's selection
// and query, and how many articles each choice covers.
struct ExportContext
{
    QString databaseLocation;
    qint64 openArticleId = 0;
    QList<qint64> selectedIds;
    ArticleListQuery listQuery;
    qint64 listedCount = 0;
    qint64 libraryCount = 0;
};

// Article → Export… (Ctrl+E): the Export dialog, then the export on a worker thread
// (ExportJob) behind a cancellable, window-modal progress dialog that shows the count, the rate
// and the time left; the outcome goes to the status bar, a failure to a message box.
class ExportController : public QObject
{
    Q_OBJECT

public:
    explicit ExportController(QWidget *window);
    ~ExportController() override;

    // Shows the Export dialog and starts what the user chose.
    void exportArticles(const ExportContext &context);
    // Starts an export without the dialog (the dialog's OK ends here too).
    void start(const ExportJob::Request &request);
    bool isRunning() const { return m_job.isRunning(); }
    // Asks the running export to stop; nothing is left in the folder.
    void cancel() { m_job.cancel(); }

    // The progress dialog's text for `done` of `total` articles after `elapsedMs`.
    static QString progressText(qsizetype done, qsizetype total, qint64 elapsedMs);

signals:
    void statusMessage(const QString &message);
    void finished(const ExportJob::Result &result);

private:
    void showProgress(qsizetype done, qsizetype total);
    void finish(const ExportJob::Result &result);

    QWidget *m_window;
    ExportJob m_job;
    QPointer<QProgressDialog> m_progress;
    QElapsedTimer m_clock;
    QString m_folder;
};
