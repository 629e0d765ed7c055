#include "Preferences.h"

#include <QSettings>

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString autosaveKey = QStringLiteral("editor/autosaveDelayMs");
const QString lockIdleKey = QStringLiteral("editor/lockIdleTimeoutMinutes");
const QString baseUrlKey = QStringLiteral("preview/articleBaseUrl");
} // namespace

namespace Preferences {

QString interfaceLanguage()
{
    return QSettings().value(languageKey).toString();
}

void setInterfaceLanguage(const QString &language)
{
    QSettings().setValue(languageKey, language);
}

int autosaveDelayMs()
{
    return std::clamp(QSettings().value(autosaveKey, 1000).toInt(), 300, 30000);
}

void setAutosaveDelayMs(int milliseconds)
{
    QSettings().setValue(autosaveKey, std::clamp(milliseconds, 300, 30000));
}

int lockIdleTimeoutMinutes()
{
    return std::clamp(QSettings().value(lockIdleKey, 30).toInt(), 1, 24 * 60);
}

void setLockIdleTimeoutMinutes(int minutes)
{
    QSettings().setValue(lockIdleKey, std::clamp(minutes, 1, 24 * 60));
}

QString articleBaseUrl()
{
    return QSettings().value(baseUrlKey, QStringLiteral("https://news.example.com/")).toString();
}

void setArticleBaseUrl(const QString &url)
{
    QSettings().setValue(baseUrlKey, url);
}

} // namespace Preferences
