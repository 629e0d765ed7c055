#include "ReaderText.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// Where a catalogue may be: embedded, or installed beside the program.
QStringList catalogueFolders()
{
    QStringList folders{u":/i18n"_s};
    if (QCoreApplication::instance()) {
        folders.append(QDir(QCoreApplication::applicationDirPath())
                           .filePath(u"../share/copydesk/translations"_s));
    }
    return folders;
}

std::shared_ptr<const QTranslator> catalogueFor(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> loaded;
    const QLocale locale(language);
    // English is the source language; QLocale(garbage) is the C locale.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return nullptr;
    const QString key = locale.name();
    const QMutexLocker lock(&mutex);
    const auto found = loaded.constFind(key);
    if (found != loaded.cend())
        return *found;
    auto translator = std::make_shared<QTranslator>();
    bool ok = false;
    for (const QString &folder : catalogueFolders()) {
        if ((ok = translator->load(locale, u"copydesk"_s, u"_"_s, folder)))
            break;
    }
    std::shared_ptr<const QTranslator> result = ok ? std::move(translator) : nullptr;
    loaded.insert(key, result);
    return result;
}

} // namespace

ReaderText::ReaderText(const QString &language)
    : m_translator(catalogueFor(language))
    , m_locale(language)
{}

QString ReaderText::translate(const char *context, const char *sourceText,
                              const char *disambiguation, int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(u"%n"_s, m_locale.toString(n));
    return text;
}
