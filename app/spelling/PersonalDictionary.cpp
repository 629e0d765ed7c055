#include "PersonalDictionary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
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
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = tr("Cannot read the personal dictionary %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QString contents = QString::fromUtf8(file.readAll());
    WordList words;
    for (QStringView line : QStringTokenizer(contents, u'\n', Qt::SkipEmptyParts))
        words.insert(line.trimmed().toString()); // blank or malformed lines are skipped
    m_words = words;
    return true;
}

bool PersonalDictionary::save(const WordList &words, QString *error) const
{
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
