#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Finds the installed Hunspell dictionaries (name.aff + name.dic pairs) and maps an article
// language (BCP 47: "en-US", "de", "pt-BR") to one of them. The folders are searched in the
// order of defaultSearchPaths(); the first folder holding a name wins. Tests pass their own
// folders to the constructor.
class DictionaryCatalog
{
    Q_DECLARE_TR_FUNCTIONS(DictionaryCatalog)

public:
    struct Dictionary
    {
        QString name; // the Hunspell file name without extension, e.g. "en_US"
        QString affPath;
        QString dicPath;

        bool operator==(const Dictionary &) const = default;
    };

    // Searches defaultSearchPaths().
    DictionaryCatalog();
    // Searches `searchPaths` in this order (folders that do not exist are skipped).
    explicit DictionaryCatalog(const QStringList &searchPaths);

    // $DICPATH (colon-separated), the user's folder (userDictionaryFolder()), every "hunspell"
    // folder in the generic data locations, /usr/share/hunspell, /usr/share/myspell and
    // /usr/share/myspell/dicts; duplicates removed.
    static QStringList defaultSearchPaths();
    // Where a user drops dictionaries of their own: <AppDataLocation>/dictionaries.
    static QString userDictionaryFolder();

    QStringList searchPaths() const { return m_searchPaths; }
    // Every installed dictionary, sorted by name, each name once (the earliest folder wins).
    QList<Dictionary> dictionaries() const { return m_dictionaries; }
    // The installed dictionary names, sorted ("de_DE", "en_US", ...).
    QStringList names() const;

    // The dictionary for a BCP 47 tag or a Hunspell name ("en-US", "en_US", "de", "pt-BR").
    // A tag with a region needs that region; a bare language takes the dictionary of its own
    // name ("fr", "nl"), else that of its main region (dictionaryName(): "en" → en_US, "de" →
    // de_DE), else the first installed dictionary of that language.
    std::optional<Dictionary> find(const QString &language) const;

    // The dictionary a language asks for: its Hunspell name, with the main region of a bare
    // language (CLDR's likely region: "de" → "de_DE", "pt" → "pt_BR", "sv" → "sv_SE").
    static QString dictionaryName(const QString &language);
    // The Debian package that ships the dictionary for `language` ("de-CH" → "hunspell-de-ch"),
    // or an empty string when Debian has none.
    static QString debianPackage(const QString &language);
    // A translated message for a language without an installed dictionary: names the language,
    // the dictionary looked for (dictionaryName()), the Debian package to install (when there is
    // one) and the user's dictionary folder.
    static QString missingDictionaryMessage(const QString &language);

    // "en-us" / "en_US" / "EN-us" → "en_US"; the script or other subtags are kept ("sr_Latn").
    static QString hunspellName(const QString &language);

private:
    void scan();

    QStringList m_searchPaths;
    QList<Dictionary> m_dictionaries;
};
