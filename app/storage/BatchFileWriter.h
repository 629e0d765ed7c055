#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QByteArray;

// Writes a batch of files into one folder so that each appears complete or not at all, and
// the whole batch reaches the disk with one flush instead of one per file (QSaveFile::commit
// syncs every file, about 1 ms apiece: an export of 20,000 articles waited 20 s on the disk).
//
// add() writes each file under a hidden temporary name in the same folder. commit() flushes
// every temporary to disk, renames them over their final names and syncs the folder, so even
// after a crash no final name holds a half-written file. Without a successful commit() (an
// error, or the writer destroyed first) the temporaries are removed and the folder keeps what
// it had.
class BatchFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(BatchFileWriter)

public:
    explicit BatchFileWriter(const QString &directory);
    ~BatchFileWriter();
    BatchFileWriter(const BatchFileWriter &) = delete;
    BatchFileWriter &operator=(const BatchFileWriter &) = delete;

    // fileName is relative to the folder. False on failure; see errorString().
    bool add(const QString &fileName, const QByteArray &data);
    // Makes every added file durable and visible under its name; false on failure, when no
    // temporary is left behind (files already renamed stay, complete).
    bool commit();

    QString errorString() const { return m_error; }

private:
    struct Pending
    {
        QString temporaryPath;
        QString finalPath;
    };

    bool syncToDisk();
    void discard();

    QString m_directory;
    QList<Pending> m_pending;
    QString m_error;
};
