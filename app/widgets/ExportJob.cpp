#include "ExportJob.h"

#include "storage/Database.h"
#include "storage/FolderExport.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ExportJob::Result>();
}

ExportJob::~ExportJob()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void ExportJob::start(Request request)
{
    if (isRunning())
        return;
    m_cancel = false;
    m_thread.reset(QThread::create([this, request = std::move(request)] {
        const Result result = run(request, m_cancel, [this](qsizetype done, qsizetype total) {
            emit progress(done, total); // queued: the receiver lives in the GUI thread
        });
        emit finished(result);
    }));
    m_thread->start();
}

ExportJob::Result ExportJob::run(const Request &request, std::atomic<bool> &cancel,
                                 const std::function<void(qsizetype, qsizetype)> &report)
{
    Result result;
    // A folder made for this export goes again if nothing ends up in it.
    const bool folderExisted = QFileInfo(request.folder).isDir();
    const auto removeIfMade = qScopeGuard([&] {
        if (!folderExisted && !result.succeeded)
            QDir().rmdir(request.folder); // only removes an empty folder
    });
    if (!QDir().mkpath(request.folder)) {
        result.error =
            tr("%1: cannot create the folder.").arg(QDir::toNativeSeparators(request.folder));
        return result;
    }
    if (!QFileInfo(request.folder).isWritable()) {
        result.error =
            tr("%1: the folder is not writable.").arg(QDir::toNativeSeparators(request.folder));
        return result;
    }
    Database database;
    if (const StoreError error = database.open(request.databaseLocation)) {
        result.error = error.message;
        return result;
    }
    ArticleStore store(database);
    QList<qint64> ids = request.ids;
    if (request.query) {
        ArticleListQuery query = *request.query;
        query.limit = 0;
        query.offset = 0;
        StoreError error;
        for (const ArticleSummary &row : store.list(query, &error))
            ids.append(row.id);
        if (error) {
            result.error = error.message;
            return result;
        }
    }
    FolderExport folderExport(store, request.folder, ExportFormats::suffix(request.format),
                              ExportFormats::encoder(request.format, request.options));
    folderExport.setProgress([&](qsizetype done, qsizetype total) {
        report(done, total);
        return !cancel.load();
    });
    result.succeeded = folderExport.run(ids);
    result.cancelled = folderExport.wasCancelled();
    result.written = folderExport.written().size();
    if (!result.succeeded && !result.cancelled) {
        result.error = folderExport.storeError() ? folderExport.storeError().message
                                                 : folderExport.errorString();
    }
    return result;
}
