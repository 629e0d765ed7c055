#include "HunspellDictionary.h"

#include <QFile>
#include <QFileInfo>

#include <hunspell.hxx>

using namespace Qt::StringLiterals;

namespace {

// Hunspell's names for encodings that Qt (ICU) knows by another name.
QByteArray qtEncodingName(const QString &hunspellEncoding)
{
    if (hunspellEncoding.compare(u"microsoft-cp1251"_s, Qt::CaseInsensitive) == 0)
        return "windows-1251";
    if (hunspellEncoding.compare(u"ISCII-DEVANAGARI"_s, Qt::CaseInsensitive) == 0)
        return "x-iscii-de";
    return hunspellEncoding.toLatin1();
}

// Hunspell refuses longer words anyway (MAXWORDUTF8LEN); suggesting for them is slow.
constexpr qsizetype maximumWordLength = 100;

} // namespace

HunspellDictionary::HunspellDictionary(std::unique_ptr<Hunspell> hunspell, const QString &affPath,
                                       const QString &dicPath, const QString &encoding)
    : m_hunspell(std::move(hunspell))
    , m_affPath(affPath)
    , m_dicPath(dicPath)
    , m_encoding(encoding)
    , m_isUtf8(encoding.compare(u"UTF-8"_s, Qt::CaseInsensitive) == 0)
    , m_encoder(qtEncodingName(encoding).constData(), QStringConverter::Flag::Stateless)
    , m_decoder(qtEncodingName(encoding).constData(), QStringConverter::Flag::Stateless)
{}

HunspellDictionary::~HunspellDictionary() = default;

std::unique_ptr<HunspellDictionary> HunspellDictionary::load(const QString &affPath,
                                                             const QString &dicPath, QString *error)
{
    for (const QString &path : {affPath, dicPath}) {
        const QFileInfo file(path);
        if (!file.isFile() || !file.isReadable()) {
            *error = tr("Cannot read the spelling dictionary file %1.").arg(path);
            return nullptr;
        }
    }
    auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(affPath).constData(),
                                               QFile::encodeName(dicPath).constData());
    const QString encoding = QString::fromLatin1(hunspell->get_dict_encoding());
    const QStringDecoder probe(qtEncodingName(encoding).constData());
    if (!probe.isValid()) {
        *error = tr("The spelling dictionary %1 declares the encoding \"%2\", which is not "
                    "supported.")
                     .arg(affPath, encoding);
        return nullptr;
    }
    return std::unique_ptr<HunspellDictionary>(
        new HunspellDictionary(std::move(hunspell), affPath, dicPath, encoding));
}

bool HunspellDictionary::encode(QStringView word, std::string *bytes)
{
    if (word.isEmpty() || word.size() > maximumWordLength)
        return false;
    QByteArray encoded;
    QString roundTrip;
    if (m_isUtf8) {
        encoded = word.toUtf8();
        roundTrip = QString::fromUtf8(encoded);
    } else {
        // Qt's Latin-1 encoder substitutes '?' without reporting an error and ICU's error flag
        // survives resetState(), so the round trip is the reliable test of representability.
        m_encoder.resetState();
        encoded = m_encoder.encode(word);
        m_decoder.resetState();
        roundTrip = m_decoder.decode(encoded);
    }
    if (roundTrip != word)
        return false;
    bytes->assign(encoded.constData(), size_t(encoded.size()));
    return true;
}

QString HunspellDictionary::decode(const std::string &bytes)
{
    const QByteArrayView view(bytes.data(), qsizetype(bytes.size()));
    if (m_isUtf8)
        return QString::fromUtf8(view);
    m_decoder.resetState();
    return m_decoder.decode(view);
}

bool HunspellDictionary::canEncode(QStringView word)
{
    std::string bytes;
    return encode(word, &bytes);
}

bool HunspellDictionary::spell(QStringView word)
{
    std::string bytes;
    return encode(word, &bytes) && m_hunspell->spell(bytes);
}

QStringList HunspellDictionary::suggest(QStringView word)
{
    std::string bytes;
    if (!encode(word, &bytes))
        return {};
    QStringList suggestions;
    for (const std::string &suggestion : m_hunspell->suggest(bytes))
        suggestions.append(decode(suggestion));
    return suggestions;
}

bool HunspellDictionary::add(QStringView word)
{
    std::string bytes;
    if (!encode(word, &bytes))
        return false;
    return m_hunspell->add(bytes) == 0;
}
