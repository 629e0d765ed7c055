#pragma once

#include <QString>

#include <optional>

// The file system as a yardstick for exporting to files: what BatchFileWriter does for a batch
// (each file written under a temporary name, one syncfs(), the renames, one fsync of the
// folder), done with plain POSIX calls and no Qt. "Copydesk / this" shows what the export's own
// layers cost over the disk's; on a slow disk (or ext4 mounted with `discard`) the disk
// dominates both.
class PosixFileBatch
{
public:
    // Writes `count` files of `size` bytes each into `directory`, which is created for the
    // purpose and removed again afterwards with everything in it. Returns the nanoseconds from
    // the first open() to the fsync() of the folder, or nothing, with the reason in lastError().
    std::optional<qint64> run(const QString &directory, int count, qsizetype size);
    QString lastError() const { return m_lastError; }

private:
    std::optional<qint64> writeAll(const QString &directory, int count, qsizetype size);

    QString m_lastError;
};
