#include "ExportController.h"

#include "BatchProgress.h"
#include "ExportDialog.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

#include <climits>

using namespace Qt::StringLiterals;

ExportController::ExportController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    connect(&m_job, &ExportJob::progress, this, &ExportController::showProgress);
    connect(&m_job, &ExportJob::finished, this, &ExportController::finish);
}

ExportController::~ExportController() = default;

void ExportController::exportArticles(const ExportContext &context)
{
    if (isRunning())
        return;
    ExportDialog dialog(m_window);
    dialog.restoreChoices();
    dialog.setCounts(context.openArticleId != 0, context.selectedIds.size(), context.listedCount,
                     context.libraryCount);
    if (dialog.exec() != QDialog::Accepted)
        return;

    ExportJob::Request request;
    request.databaseLocation = context.databaseLocation;
    request.folder = dialog.folder();
    request.format = dialog.format();
    request.options = dialog.options();
    switch (dialog.scope()) {
    case ExportDialog::Scope::OpenArticle:
        request.ids = {context.openArticleId};
        break;
    case ExportDialog::Scope::Selected:
        request.ids = context.selectedIds;
        break;
    case ExportDialog::Scope::Listed:
        request.query = context.listQuery;
        break;
    case ExportDialog::Scope::Library:
        request.query = ArticleListQuery();
        break;
    }
    start(request);
}

void ExportController::start(const ExportJob::Request &request)
{
    if (isRunning())
        return;
    m_folder = request.folder;
    m_clock.start();
    m_progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Export Articles"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500); // a quick export shows no dialog at all
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, &m_job, &ExportJob::cancel);
    m_job.start(request);
}

QString ExportController::progressText(qsizetype done, qsizetype total, qint64 elapsedMs)
{
    const QLocale locale;
    return tr("Exported %1 of %2 articles")
               .arg(locale.toString(qint64(done)), locale.toString(qint64(total))) +
           BatchProgress::rateAndTimeLeft(done, total, elapsedMs);
}

void ExportController::showProgress(qsizetype done, qsizetype total)
{
    if (!m_progress)
        return;
    m_progress->setMaximum(int(std::min<qsizetype>(total, INT_MAX)));
    m_progress->setValue(int(std::min<qsizetype>(done, INT_MAX)));
    m_progress->setLabelText(progressText(done, total, m_clock.elapsed()));
}

void ExportController::finish(const ExportJob::Result &result)
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    const QString folder = QDir::toNativeSeparators(m_folder);
    if (result.succeeded) {
        emit statusMessage(
            tr("Exported %n article(s) to %1", nullptr, int(result.written)).arg(folder));
    } else if (result.cancelled) {
        emit statusMessage(tr("Export cancelled; nothing was written."));
    } else {
        emit statusMessage(tr("Export failed."));
        // Not exec(): the window stays usable and tests are not blocked.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Articles"),
                                    tr("Nothing was exported to %1.").arg(folder), QMessageBox::Ok,
                                    m_window);
        box->setInformativeText(result.error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->setObjectName(QStringLiteral("exportFailedBox"));
        box->show();
    }
    emit finished(result);
}
