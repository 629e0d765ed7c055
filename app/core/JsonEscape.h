#pragma once

#include <QByteArray>
#include <QStringView>

// Appends `text` as the inside of a JSON string (no quotes), escaped as QJsonDocument escapes
// it: quotes, backslashes and control characters with a backslash, lone surrogates as \u
// escapes, everything else as UTF-8 — except U+FEFF, escaped too because QJsonDocument would
// read it back as a byte order mark and drop it. Shared by the ninjs writer and the store's revision
// snapshots, which must both match QJsonDocument's bytes.
void appendJsonEscaped(QByteArray &json, QStringView text);
