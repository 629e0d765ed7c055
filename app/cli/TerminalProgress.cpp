#include "TerminalProgress.h"

#include <QLocale>

#include <unistd.h>

using namespace Qt::StringLiterals;

TerminalProgress::TerminalProgress(QString label, qsizetype total, FILE *stream)
    : m_label(std::move(label))
    , m_total(total)
    , m_stream(stream)
    , m_shown(total > 0 && isatty(fileno(stream)))
{
    m_clock.start();
}

TerminalProgress::~TerminalProgress()
{
    finish();
}

QString TerminalProgress::line(const QString &label, qsizetype done, qsizetype total,
                               qint64 elapsedMs, int width)
{
    const QLocale locale;
    const double fraction = total > 0 ? double(done) / double(total) : 1.0;
    const int filled = int(fraction * width);
    QString text = label + u"  ["_s + QString(filled, u'#') + QString(width - filled, u' ') +
                   u"] "_s +
                   tr("%1/%2").arg(locale.toString(qint64(done)), locale.toString(qint64(total)));
    if (elapsedMs >= 500 && done > 0) {
        const double rate = double(done) * 1000.0 / double(elapsedMs);
        text += u"  "_s + tr("%1/s").arg(locale.toString(qint64(rate)));
        if (done < total) {
            const qint64 secondsLeft = qint64(double(total - done) / rate + 0.5);
            text += u"  "_s + tr("about %1 s left").arg(locale.toString(secondsLeft));
        }
    }
    return text;
}

void TerminalProgress::update(qsizetype done)
{
    if (!m_shown)
        return;
    const qint64 now = m_clock.elapsed();
    if (now - m_lastDraw < 100 && done < m_total)
        return;
    m_lastDraw = now;
    const QString text = line(m_label, done, m_total, now);
    const QByteArray bytes = text.toLocal8Bit();
    // Pad with spaces over what a longer previous line left on screen.
    const int padding = std::max(0, m_lastLength - int(text.size()));
    std::fprintf(m_stream, "\r%s%*s", bytes.constData(), padding, "");
    std::fflush(m_stream);
    m_lastLength = int(text.size());
    m_drawn = true;
}

void TerminalProgress::finish()
{
    if (!m_drawn)
        return;
    std::fprintf(m_stream, "\r%*s\r", m_lastLength, "");
    std::fflush(m_stream);
    m_drawn = false;
}
