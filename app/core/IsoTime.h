#pragma once

#include <QDateTime>
#include <QString>

// A time in UTC as ISO 8601, "2026-10-02T06:15:00Z" or with milliseconds
// "2026-10-02T06:15:00.000Z": the text QDateTime::toString(Qt::ISODate / Qt::ISODateWithMs)
// gives for the UTC time, written by hand. Qt's general-purpose formatting was a tenth of an
// export and 6% of an import. Years outside 1000-9999 go through Qt.
namespace IsoTime {
QString utc(const QDateTime &time, bool milliseconds = false); // empty for an invalid time
} // namespace IsoTime
