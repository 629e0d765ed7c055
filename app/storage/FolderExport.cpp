#include "FolderExport.h"

#include "ArticleStore.h"
#include "BatchFileWriter.h"
#include "Database.h"

#include <QDir>
#include <QSet>

#include <future>

namespace {

QString safeBaseName(const Article &article)
{
    QString name;
    for (const QChar c : article.slug.trimmed()) {
        const bool safe = c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
                          c == QLatin1Char('.');
        if (safe)
            name += c;
        else if (!name.endsWith(QLatin1Char('-')))
            name += QLatin1Char('-');
    }
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')) || name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name.isEmpty() ? uuidText(article.uuid) : name;
}

} // namespace

FolderExport::FolderExport(ArticleStore &store, const QString &directory, const QString &suffix,
                           Encoder encoder)
    : m_store(store)
    , m_directory(QDir(directory).absolutePath())
    , m_suffix(suffix)
    , m_encoder(std::move(encoder))
{}

QString FolderExport::fileName(const QString &baseName, int version, const QString &suffix)
{
    return baseName + QStringLiteral("-v") + QString::number(version) + suffix;
}

QString FolderExport::fileName(const Article &article, const QString &suffix)
{
    return fileName(safeBaseName(article), article.version, suffix);
}

void FolderExport::setProgress(Progress progress)
{
    m_progress = std::move(progress);
}

bool FolderExport::run(const QList<qint64> &ids)
{
    m_written.clear();
    m_storeError = {};
    m_error.clear();
    m_cancelled = false;

    ReadTransaction snapshot(m_store.database());
    if (snapshot.beginError()) {
        m_storeError = snapshot.beginError();
        return false;
    }
    BatchFileWriter writer(m_directory);
    QSet<QString> usedNames;
    const QDir directory(m_directory);
    // Runs on the worker thread, one chunk at a time: the writer, the names and m_written are
    // only ever touched by one task, and the next task starts after this one finished.
    const auto write = [&](const QList<Article> &articles) {
        for (const Article &article : articles) {
            QString name = fileName(article, m_suffix);
            // Two articles may share a slug; the uuid keeps their files apart.
            if (usedNames.contains(name))
                name = fileName(uuidText(article.uuid), article.version, m_suffix);
            usedNames.insert(name);
            if (!writer.add(name, m_encoder(article)))
                return false;
            m_written.append(Written{article.id, directory.filePath(name)});
        }
        return true;
    };

    std::future<bool> writing;
    const auto previousWritten = [&] { return !writing.valid() || writing.get(); };
    for (qsizetype first = 0; first < ids.size(); first += ArticleStore::loadChunkSize) {
        // Reported once the previous chunk is written; cancelling drops the batch, and the
        // writer's destructor removes every temporary file.
        if (m_progress && !m_progress(first, ids.size())) {
            if (writing.valid())
                writing.wait();
            m_cancelled = true;
            m_error = tr("The export was cancelled; no file was written.");
            m_written.clear();
            return false;
        }
        QList<Article> chunk =
            m_store.loadMany(ids.mid(first, ArticleStore::loadChunkSize), &m_storeError);
        if (m_storeError || !previousWritten()) {
            if (writing.valid())
                writing.wait();
            if (!m_storeError)
                m_error = writer.errorString();
            m_written.clear();
            return false;
        }
        writing = std::async(std::launch::async,
                             [&write, chunk = std::move(chunk)] { return write(chunk); });
    }
    if (!previousWritten() || !writer.commit()) {
        m_error = writer.errorString();
        m_written.clear();
        return false;
    }
    if (m_progress)
        m_progress(ids.size(), ids.size());
    return true;
}
