#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <cstdio>

// A one-line progress bar on standard error ("Publishing  [#####     ] 1,234/10,000  2,345/s
// about 4 s left"), redrawn at most ten times a second, and only when standard error is a
// terminal: piped or redirected output stays clean.
class TerminalProgress
{
    Q_DECLARE_TR_FUNCTIONS(TerminalProgress)

public:
    TerminalProgress(QString label, qsizetype total, FILE *stream = stderr);
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress &) = delete;
    TerminalProgress &operator=(const TerminalProgress &) = delete;

    bool isShown() const { return m_shown; }
    void update(qsizetype done);
    // Clears the line, so that what is printed next starts at its beginning.
    void finish();

    // The text of one redraw (without the carriage return), for tests.
    static QString line(const QString &label, qsizetype done, qsizetype total, qint64 elapsedMs,
                        int width = 24);

private:
    QString m_label;
    qsizetype m_total;
    FILE *m_stream;
    bool m_shown;
    bool m_drawn = false;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1000;
    int m_lastLength = 0;
};
