#include "PaintWatcher.h"

#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <QWidget>

PaintWatcher::PaintWatcher(QWidget *widget, const QElapsedTimer &clock, std::function<bool()> ready)
    : m_widget(widget)
    , m_clock(clock)
    , m_ready(std::move(ready))
{
    m_widget->installEventFilter(this);
}

PaintWatcher::~PaintWatcher()
{
    m_widget->removeEventFilter(this);
}

void PaintWatcher::arm()
{
    m_paintStartedNs = -1;
    m_paintedNs = -1;
}

bool PaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint && m_paintStartedNs < 0 &&
        (!m_ready || m_ready())) {
        m_paintStartedNs = m_clock.nsecsElapsed();
        // Runs once control is back in the event loop: the paint, the rest of the repaint it
        // is part of and the flush to the window are done by then.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_paintedNs = m_clock.nsecsElapsed();
                if (m_loop)
                    m_loop->quit();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

bool PaintWatcher::wait(int timeoutMs)
{
    if (painted())
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    m_loop = &loop;
    loop.exec();
    m_loop = nullptr;
    return painted();
}
