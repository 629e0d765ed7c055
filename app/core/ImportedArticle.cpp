#include "ImportedArticle.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

QString ImportError::toString() const
{
    QString where = fileName;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

namespace ImportLimits {

QString fileTooLarge(qint64 size)
{
    const QLocale locale;
    return QCoreApplication::translate("ImportLimits",
                                       "the file is %1 bytes; an article file may be at most "
                                       "%2 MiB (%3 bytes)")
        .arg(locale.toString(size))
        .arg(maxFileBytes / (qint64(1024) * 1024))
        .arg(locale.toString(maxFileBytes));
}

QString fieldTooLong(const QString &field, qsizetype length, qsizetype limit)
{
    const QLocale locale;
    return QCoreApplication::translate("ImportLimits",
                                       "the %1 is %2 characters long; at most %3 are allowed")
        .arg(field, locale.toString(length), locale.toString(limit));
}

QString tooManyParagraphs()
{
    return QCoreApplication::translate("ImportLimits",
                                       "the article has more than %1 body paragraphs, the most "
                                       "an import accepts")
        .arg(QLocale().toString(maxParagraphs));
}

QString foreignEncoding(QByteArrayView data)
{
    // UTF-32 first: its little-endian mark begins with UTF-16's.
    if (data.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return QCoreApplication::translate("ImportLimits", "UTF-32 (little-endian)");
    if (data.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return QCoreApplication::translate("ImportLimits", "UTF-32 (big-endian)");
    if (data.startsWith("\xFF\xFE"))
        return QCoreApplication::translate("ImportLimits", "UTF-16 (little-endian)");
    if (data.startsWith("\xFE\xFF"))
        return QCoreApplication::translate("ImportLimits", "UTF-16 (big-endian)");
    // Without a mark: the first 64 bytes alternate between zero and non-zero bytes.
    const QByteArrayView start = data.first(std::min<qsizetype>(data.size(), 64) & ~1);
    if (start.size() < 4)
        return {};
    bool evenZero = true;
    bool oddZero = true;
    for (qsizetype i = 0; i < start.size(); i += 2) {
        evenZero = evenZero && start.at(i) == 0 && start.at(i + 1) != 0;
        oddZero = oddZero && start.at(i) != 0 && start.at(i + 1) == 0;
    }
    if (oddZero)
        return QCoreApplication::translate("ImportLimits",
                                           "UTF-16 (little-endian, without a byte order mark)");
    if (evenZero)
        return QCoreApplication::translate("ImportLimits",
                                           "UTF-16 (big-endian, without a byte order mark)");
    return {};
}

QString notUtf8(const QString &encoding)
{
    return QCoreApplication::translate("ImportLimits",
                                       "the file is encoded in %1; save it as UTF-8")
        .arg(encoding);
}

} // namespace ImportLimits
