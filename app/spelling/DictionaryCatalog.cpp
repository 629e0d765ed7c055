#include "DictionaryCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct LanguageTag
{
    QString language; // lower case, "de"
    QString region;   // upper case, "CH"; empty when the tag has none
};

LanguageTag parseTag(const QString &language)
{
    const QStringList subtags = DictionaryCatalog::hunspellName(language).split(u'_');
    LanguageTag tag;
    tag.language = subtags.value(0);
    for (qsizetype i = 1; i < subtags.size(); ++i) {
        const QString &subtag = subtags.at(i);
        const bool isRegion = (subtag.size() == 2 && subtag.at(0).isLetter()) ||
                              (subtag.size() == 3 && subtag.at(0).isDigit());
        if (isRegion) {
            tag.region = subtag;
            break;
        }
    }
    return tag;
}

// Debian 12 ships one package per language for these, whatever the region
// (`apt-cache search hunspell-`; hunspell-es, for one, installs es_ES, es_MX, es_AR, ...).
const QSet<QString> &languagesWithOnePackage()
{
    static const QSet<QString> languages{
        u"af"_s, u"an"_s, u"ar"_s,  u"be"_s, u"bg"_s, u"bn"_s, u"bo"_s, u"br"_s, u"bs"_s,
        u"ca"_s, u"cs"_s, u"da"_s,  u"dz"_s, u"el"_s, u"es"_s, u"eu"_s, u"fr"_s, u"gd"_s,
        u"gl"_s, u"gu"_s, u"gug"_s, u"he"_s, u"hi"_s, u"hr"_s, u"hu"_s, u"id"_s, u"is"_s,
        u"it"_s, u"kk"_s, u"kmr"_s, u"ko"_s, u"lo"_s, u"lt"_s, u"lv"_s, u"ml"_s, u"mn"_s,
        u"ne"_s, u"nl"_s, u"oc"_s,  u"pl"_s, u"ro"_s, u"ru"_s, u"si"_s, u"sk"_s, u"sl"_s,
        u"sr"_s, u"sv"_s, u"sw"_s,  u"te"_s, u"th"_s, u"tr"_s, u"uk"_s, u"uz"_s, u"vi"_s};
    return languages;
}

// Languages whose Debian packages are split by region: the package of each region's dictionary
// (the file names each package installs, `dpkg -c`: hunspell-de-de also installs de_BE and
// de_LU, hunspell-de-ch also de_LI).
const QHash<QString, QHash<QString, QString>> &regionalPackages()
{
    static const QHash<QString, QHash<QString, QString>> packages{
        {u"de"_s,
         {{u"DE"_s, u"hunspell-de-de"_s},
          {u"BE"_s, u"hunspell-de-de"_s},
          {u"LU"_s, u"hunspell-de-de"_s},
          {u"AT"_s, u"hunspell-de-at"_s},
          {u"CH"_s, u"hunspell-de-ch"_s},
          {u"LI"_s, u"hunspell-de-ch"_s}}},
        {u"en"_s,
         {{u"US"_s, u"hunspell-en-us"_s},
          {u"GB"_s, u"hunspell-en-gb"_s},
          {u"AU"_s, u"hunspell-en-au"_s},
          {u"CA"_s, u"hunspell-en-ca"_s},
          {u"ZA"_s, u"hunspell-en-za"_s}}},
        {u"pt"_s, {{u"PT"_s, u"hunspell-pt-pt"_s}, {u"BR"_s, u"hunspell-pt-br"_s}}},
    };
    return packages;
}

// A bare language with the region it stands for, from the CLDR likely subtags that QLocale
// knows: "de" → de_DE, "en" → en_US, "pt" → pt_BR, "sv" → sv_SE, "no" → nb_NO (Bokmål). The
// language alone when there is no such region ("eo": the world).
QString withMainRegion(const QString &language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return language;
    const QString region = QLocale::territoryToCode(locale.territory());
    const QString code = QLocale::languageToCode(locale.language());
    const QString name = code.isEmpty() ? language : code;
    // A numeric UN M.49 area ("eo" → 001) names no dictionary.
    return region.size() == 2 && region.at(0).isLetter() ? name + u'_' + region : name;
}

// The main region alone ("de" → "DE"); empty when there is none.
QString mainRegion(const QString &language)
{
    const QString name = withMainRegion(language);
    return name.contains(u'_') ? name.section(u'_', 1) : QString();
}

} // namespace

DictionaryCatalog::DictionaryCatalog()
    : DictionaryCatalog(defaultSearchPaths())
{}

DictionaryCatalog::DictionaryCatalog(const QStringList &searchPaths)
    : m_searchPaths(searchPaths)
{
    scan();
}

QString DictionaryCatalog::userDictionaryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/dictionaries"_s;
}

QStringList DictionaryCatalog::defaultSearchPaths()
{
    QStringList paths;
    const QString dicPath = qEnvironmentVariable("DICPATH");
    for (const QString &path : dicPath.split(u':', Qt::SkipEmptyParts))
        paths.append(path);
    paths.append(userDictionaryFolder());
    paths.append(QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, u"hunspell"_s,
                                           QStandardPaths::LocateDirectory));
    paths.append(u"/usr/share/hunspell"_s);
    paths.append(u"/usr/share/myspell"_s);
    paths.append(u"/usr/share/myspell/dicts"_s);

    QStringList unique;
    QSet<QString> seen;
    for (const QString &path : std::as_const(paths)) {
        const QString clean = QDir::cleanPath(path);
        if (!seen.contains(clean)) {
            seen.insert(clean);
            unique.append(clean);
        }
    }
    return unique;
}

void DictionaryCatalog::scan()
{
    m_dictionaries.clear();
    QSet<QString> seen;
    for (const QString &path : std::as_const(m_searchPaths)) {
        const QDir folder(path);
        const QFileInfoList affFiles =
            folder.entryInfoList({u"*.aff"_s}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &aff : affFiles) {
            const QString name = aff.completeBaseName();
            const QFileInfo dic(folder.filePath(name + u".dic"_s));
            if (seen.contains(name) || !dic.isFile() || !dic.isReadable())
                continue;
            seen.insert(name);
            m_dictionaries.append({name, aff.absoluteFilePath(), dic.absoluteFilePath()});
        }
    }
    std::sort(m_dictionaries.begin(), m_dictionaries.end(),
              [](const Dictionary &a, const Dictionary &b) { return a.name < b.name; });
}

QStringList DictionaryCatalog::names() const
{
    QStringList result;
    for (const Dictionary &dictionary : m_dictionaries)
        result.append(dictionary.name);
    return result;
}

QString DictionaryCatalog::hunspellName(const QString &language)
{
    QStringList subtags = language.trimmed().split(QRegularExpression(u"[-_]"_s));
    for (qsizetype i = 0; i < subtags.size(); ++i) {
        QString &subtag = subtags[i];
        if (i == 0)
            subtag = subtag.toLower();
        else if (subtag.size() == 2)
            subtag = subtag.toUpper(); // region
        else if (subtag.size() == 4)
            subtag = subtag.left(1).toUpper() + subtag.mid(1).toLower(); // script
    }
    return subtags.join(u'_');
}

std::optional<DictionaryCatalog::Dictionary> DictionaryCatalog::find(const QString &language) const
{
    const QString wanted = hunspellName(language);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Dictionary &dictionary : m_dictionaries) {
        if (dictionary.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return dictionary;
    }
    if (wanted.contains(u'_'))
        return std::nullopt; // a region (or script) was asked for: another one would mislead

    // "no" is Bokmål: nb_NO, then any nb_ dictionary.
    const QString preferred = dictionaryName(wanted);
    const QString prefix = preferred.section(u'_', 0, 0) + u'_';
    std::optional<Dictionary> firstOfLanguage;
    for (const Dictionary &dictionary : m_dictionaries) {
        if (dictionary.name.compare(preferred, Qt::CaseInsensitive) == 0)
            return dictionary;
        if (!firstOfLanguage && dictionary.name.startsWith(prefix, Qt::CaseInsensitive))
            firstOfLanguage = dictionary;
    }
    return firstOfLanguage;
}

QString DictionaryCatalog::dictionaryName(const QString &language)
{
    QString name = hunspellName(language);
    if (name.isEmpty() || name.contains(u'_'))
        return name;
    return withMainRegion(name);
}

QString DictionaryCatalog::debianPackage(const QString &language)
{
    const LanguageTag tag = parseTag(language);
    if (tag.language.isEmpty())
        return {};
    const auto regional = regionalPackages().constFind(tag.language);
    if (regional != regionalPackages().cend()) {
        const QString region = tag.region.isEmpty() ? mainRegion(tag.language) : tag.region;
        return regional->value(region);
    }
    if (tag.language == u"nb" || tag.language == u"nn" || tag.language == u"no")
        return u"hunspell-no"_s;
    if (languagesWithOnePackage().contains(tag.language))
        return u"hunspell-"_s + tag.language;
    // Dictionaries Debian packages only under the myspell name.
    static const QSet<QString> myspellOnly{u"eo"_s, u"et"_s, u"fa"_s, u"fo"_s, u"ga"_s,
                                           u"gv"_s, u"hy"_s, u"sq"_s, u"tl"_s};
    if (myspellOnly.contains(tag.language))
        return u"myspell-"_s + tag.language;
    return {};
}

QString DictionaryCatalog::missingDictionaryMessage(const QString &language)
{
    const QString name = dictionaryName(language);
    const QString package = debianPackage(language);
    if (package.isEmpty()) {
        return tr("No spelling dictionary for the language \"%1\" is installed (looked for %2), "
                  "and Debian has no package for it. Put %2.aff and %2.dic in %3 to check this "
                  "language.")
            .arg(language, name, userDictionaryFolder());
    }
    return tr("No spelling dictionary for the language \"%1\" is installed (looked for %2). "
              "Install the Debian package %3 (sudo apt install %3), or put %2.aff and %2.dic in "
              "%4.")
        .arg(language, name, package, userDictionaryFolder());
}
