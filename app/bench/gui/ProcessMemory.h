#pragma once

#include <QtGlobal>

// This process's memory as the kernel counts it (/proc/self/status), in kibibytes; 0 where the
// system does not say (not Linux).
struct ProcessMemory
{
    qint64 residentKiB = 0; // VmRSS: resident now
    qint64 peakKiB = 0;     // VmHWM: the highest resident size so far

    static ProcessMemory current();
};
