#include "BatchProgress.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString BatchProgress::rateAndTimeLeft(qsizetype done, qsizetype total, qint64 elapsedMs)
{
    if (elapsedMs < 500 || done <= 0)
        return {};
    const QLocale locale;
    const double rate = double(done) * 1000.0 / double(elapsedMs);
    QString text = u" · "_s + tr("%1 a second").arg(locale.toString(qint64(rate)));
    if (done < total) {
        const qint64 seconds = qint64(double(total - done) / rate + 0.5);
        text += u" · "_s + tr("about %1 s left").arg(locale.toString(seconds));
    }
    return text;
}
