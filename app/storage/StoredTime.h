#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// How the store writes times: "2026-01-31T06:15:00.000Z" (UTC, milliseconds), and back.
namespace StoredTime {
QString isoUtc(const QDateTime &time);
QVariant isoUtcOrNull(const QDateTime &time); // a NULL for an invalid time
QDateTime fromIso(const QVariant &value);     // invalid for NULL
QDateTime fromIso(const QString &text);       // invalid for a null or malformed text
// Now, trimmed to the milliseconds the database keeps, so that loaded == saved.
QDateTime nowUtc();
} // namespace StoredTime
