#pragma once

#include <QString>

// The user's settings, kept in QSettings; one place for their keys and defaults.
namespace Preferences {

QString interfaceLanguage(); // "" = the system's
void setInterfaceLanguage(const QString &language);
int autosaveDelayMs();
// After how many idle minutes another desk may take an article's lock (default 30).
int lockIdleTimeoutMinutes();
void setLockIdleTimeoutMinutes(int minutes);
void setAutosaveDelayMs(int milliseconds);
QString articleBaseUrl();
void setArticleBaseUrl(const QString &url);

} // namespace Preferences
