#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QStringList>
#include <QStringView>

#include <memory>

class Hunspell;

// One loaded Hunspell dictionary. Words go to Hunspell in the dictionary's own encoding
// (the SET line of the .aff file, get_dict_encoding()) through QStringEncoder/QStringDecoder.
//
// A word the encoding cannot represent (Cyrillic for an ISO8859-1 dictionary) cannot be in the
// dictionary: spell() returns false for it, suggest() returns nothing and add() refuses it,
// instead of handing Hunspell a lossy "?"-substituted word that could match something else.
// The newsroom and personal word lists of Speller are Unicode and can still accept such words.
//
// Not thread-safe (neither is Hunspell); load one per thread if needed.
class HunspellDictionary
{
    Q_DECLARE_TR_FUNCTIONS(HunspellDictionary)

public:
    // Loads affPath + dicPath. On failure returns nullptr and sets *error to a translated
    // message naming the file and the problem.
    static std::unique_ptr<HunspellDictionary> load(const QString &affPath, const QString &dicPath,
                                                    QString *error);
    ~HunspellDictionary();

    HunspellDictionary(const HunspellDictionary &) = delete;
    HunspellDictionary &operator=(const HunspellDictionary &) = delete;

    QString affPath() const { return m_affPath; }
    QString dicPath() const { return m_dicPath; }
    // The encoding the .aff file declares ("UTF-8", "ISO8859-1", "KOI8-R").
    QString encoding() const { return m_encoding; }

    bool canEncode(QStringView word);
    bool spell(QStringView word);
    // Hunspell's suggestions, best first.
    QStringList suggest(QStringView word);
    // Adds a word for the lifetime of this object only (Hunspell's runtime dictionary; Hunspell
    // also accepts its capitalised and upper-case forms). False if the encoding cannot hold it.
    bool add(QStringView word);

private:
    HunspellDictionary(std::unique_ptr<Hunspell> hunspell, const QString &affPath,
                       const QString &dicPath, const QString &encoding);
    // The word in the dictionary encoding; false if it is not representable.
    bool encode(QStringView word, std::string *bytes);
    QString decode(const std::string &bytes);

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_affPath;
    QString m_dicPath;
    QString m_encoding;
    bool m_isUtf8 = false;
    QStringEncoder m_encoder;
    QStringDecoder m_decoder;
};
