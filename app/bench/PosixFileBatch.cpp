#include "PosixFileBatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PosixFileBatch", text);
}

} // namespace

std::optional<qint64> PosixFileBatch::run(const QString &directory, int count, qsizetype size)
{
    m_lastError.clear();
    // A fresh folder: leftovers of an earlier run would make the renames replace files.
    if (!QDir(directory).removeRecursively() || !QDir().mkpath(directory)) {
        m_lastError = tr("cannot create %1").arg(directory);
        return std::nullopt;
    }
    const std::optional<qint64> elapsed = writeAll(directory, count, size);
    if (!QDir(directory).removeRecursively() && elapsed) {
        m_lastError = tr("cannot remove %1").arg(directory);
        return std::nullopt;
    }
    return elapsed;
}

std::optional<qint64> PosixFileBatch::writeAll(const QString &directory, int count, qsizetype size)
{
#if defined(Q_OS_LINUX)
    const auto failed = [this](const QString &what) {
        m_lastError = tr("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    };
    // Names and contents are made before the clock starts: only the file system is timed. The
    // temporary names are hidden and in the same folder, as BatchFileWriter's are.
    const std::string folder = QFile::encodeName(directory).toStdString();
    std::vector<std::string> temporaryPaths;
    std::vector<std::string> finalPaths;
    temporaryPaths.reserve(size_t(count));
    finalPaths.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const std::string name = "article-" + std::to_string(i) + "-v1.txt";
        finalPaths.push_back(folder + '/' + name);
        temporaryPaths.push_back(folder + "/." + name + '.' + std::to_string(100000000 + i) +
                                 ".tmp");
    }
    const QByteArray data(size, 'x');

    QElapsedTimer timer;
    timer.start();
    for (const std::string &path : temporaryPaths) {
        const int file = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666);
        if (file < 0)
            return failed(tr("cannot create %1").arg(QFile::decodeName(path.c_str())));
        qsizetype written = 0;
        while (written < data.size()) {
            const ssize_t n =
                ::write(file, data.constData() + written, size_t(data.size() - written));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                const int error = errno;
                ::close(file);
                errno = error;
                return failed(tr("cannot write %1").arg(QFile::decodeName(path.c_str())));
            }
            written += n;
        }
        if (::close(file) != 0)
            return failed(tr("cannot close %1").arg(QFile::decodeName(path.c_str())));
    }
    const int folderHandle = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folderHandle < 0)
        return failed(tr("cannot open %1").arg(directory));
    if (::syncfs(folderHandle) != 0) {
        const int error = errno;
        ::close(folderHandle);
        errno = error;
        return failed(tr("cannot sync %1 to disk").arg(directory));
    }
    for (size_t i = 0; i < finalPaths.size(); ++i) {
        if (::rename(temporaryPaths[i].c_str(), finalPaths[i].c_str()) != 0) {
            const int error = errno;
            ::close(folderHandle);
            errno = error;
            return failed(tr("cannot rename to %1").arg(QFile::decodeName(finalPaths[i].c_str())));
        }
    }
    // The renames are entries in the folder: they are durable once the folder is.
    const bool synced = ::fsync(folderHandle) == 0;
    const int error = errno;
    ::close(folderHandle);
    const qint64 elapsed = timer.nsecsElapsed();
    if (!synced) {
        errno = error;
        return failed(tr("cannot sync %1 to disk").arg(directory));
    }
    return elapsed;
#else
    Q_UNUSED(directory)
    Q_UNUSED(count)
    Q_UNUSED(size)
    m_lastError = tr("needs Linux (syncfs)");
    return std::nullopt;
#endif
}
