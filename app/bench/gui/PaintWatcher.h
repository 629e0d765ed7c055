#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QEventLoop;
class QWidget;

// Times a widget's next paint on a caller's clock: when a paint event arrives (and `ready` says
// the state worth painting is there), and when the event loop is free again after it, that is,
// after the whole repaint the paint belongs to has been drawn and flushed to the window.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *widget, const QElapsedTimer &clock, std::function<bool()> ready = {});
    ~PaintWatcher() override;

    // Forgets the last paint; the next qualifying one is timed.
    void arm();
    // Runs the event loop until the paint has been timed or `timeoutMs` passed; false on timeout.
    bool wait(int timeoutMs = 30000);

    bool painted() const { return m_paintedNs >= 0; }
    qint64 paintStartedNs() const { return m_paintStartedNs; }
    qint64 paintedNs() const { return m_paintedNs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    const QElapsedTimer &m_clock;
    std::function<bool()> m_ready;
    qint64 m_paintStartedNs = -1;
    qint64 m_paintedNs = -1;
    QEventLoop *m_loop = nullptr;
};
