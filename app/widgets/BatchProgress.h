#pragma once

#include <QCoreApplication>
#include <QString>

// The rate and the time left that long batches (export, publish) show in their progress
// dialogs: " · 2,000 a second · about 4 s left" (locale-formatted), or nothing before half a
// second has passed.
class BatchProgress
{
    Q_DECLARE_TR_FUNCTIONS(BatchProgress)

public:
    static QString rateAndTimeLeft(qsizetype done, qsizetype total, qint64 elapsedMs);
};
