#include "ProcessMemory.h"

#include <QByteArray>
#include <QFile>

namespace {

qint64 kibibytes(const QByteArray &line)
{
    // "VmRSS:\t  123456 kB"
    const QByteArray value = line.mid(line.indexOf(':') + 1).trimmed();
    return value.left(value.indexOf(' ')).toLongLong();
}

} // namespace

ProcessMemory ProcessMemory::current()
{
    ProcessMemory memory;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return memory;
    // Procfs files report size 0, so QFile::atEnd() is true at once: read them whole.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            memory.residentKiB = kibibytes(line);
        else if (line.startsWith("VmHWM:"))
            memory.peakKiB = kibibytes(line);
    }
    return memory;
}
