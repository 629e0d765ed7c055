#include "PersonalDictionary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringTokenizer>

using namespace Qt::StringLiterals;

QString PersonalDictionary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/personal-dictionary.txt"_s;
}

PersonalDictionary::PersonalDictionary(const QString &path)
    : m_path(path)
{}

bool PersonalDictionary::load(QString *error)
{
    m_words = WordList();
    m_loadError.clear();
    const auto fail = [this, error](const QString &message) {
        m_loadError = message;
        *error = message;
        return false;
    };
    const QFileInfo info(m_path);
    if (!info.exists() && !info.isSymLink())
        return true;
    if (info.isDir())
        return fail(
            tr("Cannot read the personal dictionary %1: it is a folder, not a file.").arg(m_path));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(
            tr("Cannot read the personal dictionary %1: %2").arg(m_path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(
            tr("Cannot read the personal dictionary %1: %2").arg(m_path, file.errorString()));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString contents = decoder.decode(bytes);
    if (decoder.hasError()) {
        // QStringDecoder does not say where: the first line that does not survive a round trip.
        const QList<QByteArray> lines = bytes.split('\n');
        qsizetype line = 0;
        while (line < lines.size() && QString::fromUtf8(lines.at(line)).toUtf8() == lines.at(line))
            ++line;
        return fail(tr("Cannot read the personal dictionary %1: line %2 is not UTF-8 text. "
                       "Convert the file to UTF-8.")
                        .arg(m_path)
                        .arg(line + 1));
    }
    WordList words;
    for (QStringView line : QStringTokenizer(contents, u'\n', Qt::SkipEmptyParts))
        words.insert(line.trimmed().toString()); // blank or malformed lines are skipped
    m_words = words;
    return true;
}

bool PersonalDictionary::save(const WordList &words, QString *error) const
{
    if (!m_loadError.isEmpty()) {
        // Writing the list we have (without the file's words) would lose them.
        *error = tr("%1 Your change is not saved, so the file stays as it is.").arg(m_loadError);
        return false;
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the folder %1 for the personal dictionary.").arg(folder);
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = tr("Cannot write the personal dictionary %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QByteArray contents;
    for (const QString &word : words.words())
        contents += word.toUtf8() + '\n';
    file.write(contents);
    if (!file.commit()) {
        *error = tr("Cannot write the personal dictionary %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

bool PersonalDictionary::add(const QString &word, QString *error)
{
    if (!WordList::isValidWord(word)) {
        *error = tr("\"%1\" cannot be added to the personal dictionary: a word must not be empty "
                    "or contain spaces.")
                     .arg(word);
        return false;
    }
    if (m_words.contains(word))
        return true;
    WordList changed = m_words;
    changed.insert(word);
    if (!save(changed, error))
        return false;
    m_words = changed;
    return true;
}

bool PersonalDictionary::remove(const QString &word, QString *error)
{
    if (!m_words.contains(word))
        return true;
    WordList changed = m_words;
    changed.remove(word);
    if (!save(changed, error))
        return false;
    m_words = changed;
    return true;
}
