#pragma once

#include "core/ExportFormat.h"
#include "storage/ArticleStore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

#include <atomic>
#include <memory>
#include <optional>

// Exports articles into a folder on a thread of its own, with its own connection to the
// database (a connection never crosses threads; SQLite's write-ahead log lets it read while the
// editor writes). FolderExport does the work: one snapshot, files that appear together, none
// left behind on failure or cancel.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString databaseLocation;
        QList<qint64> ids;                     // these articles, in order...
        std::optional<ArticleListQuery> query; // ...or every article the query lists
        QString folder;
        ExportFormat format = ExportFormat::Ninjs;
        ExportOptions options;
    };

    struct Result
    {
        bool succeeded = false;
        bool cancelled = false;
        qsizetype written = 0;
        QString error; // names the file, folder or database and what went wrong
    };

    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override; // cancels and waits for the thread

    void start(Request request);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

signals:
    // Queued from the worker: articles done and in all.
    void progress(qsizetype done, qsizetype total);
    void finished(const ExportJob::Result &result);

private:
    static Result run(const Request &request, std::atomic<bool> &cancel,
                      const std::function<void(qsizetype, qsizetype)> &report);

    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel = false;
};

Q_DECLARE_METATYPE(ExportJob::Result)
