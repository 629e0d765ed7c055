#include "WordList.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool hasLowerCase(const QString &word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLower(); });
}

bool isCapitalized(const QString &word)
{
    return !word.isEmpty() && word.at(0).isUpper() &&
           std::none_of(word.cbegin() + 1, word.cend(), [](QChar c) { return c.isUpper(); });
}

} // namespace

WordList::WordList(const QStringList &words)
{
    for (const QString &word : words)
        insert(word);
}

bool WordList::isValidWord(const QString &word)
{
    const QString trimmed = word.trimmed();
    return !trimmed.isEmpty() &&
           std::none_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isSpace(); });
}

QString WordList::normalized(QStringView word)
{
    QString result = word.trimmed().toString();
    result.replace(QChar(0x2019), u'\'');
    return result;
}

bool WordList::insert(const QString &word)
{
    if (!isValidWord(word))
        return false;
    const QString normal = normalized(word);
    if (m_words.contains(normal))
        return false;
    m_words.insert(normal);
    ++m_upperCaseForms[normal.toUpper()];
    return true;
}

bool WordList::remove(const QString &word)
{
    const QString normal = normalized(word);
    if (!m_words.remove(normal))
        return false;
    const QString upper = normal.toUpper();
    if (--m_upperCaseForms[upper] == 0)
        m_upperCaseForms.remove(upper);
    return true;
}

bool WordList::contains(const QString &word) const
{
    return m_words.contains(normalized(word));
}

bool WordList::matches(const QString &word) const
{
    if (m_words.contains(word))
        return true;
    if (isCapitalized(word)) {
        QString lowerFirst = word;
        lowerFirst[0] = lowerFirst.at(0).toLower();
        if (m_words.contains(lowerFirst))
            return true;
    }
    return !hasLowerCase(word) && m_upperCaseForms.contains(word);
}

bool WordList::accepts(QStringView word) const
{
    if (m_words.isEmpty())
        return false;
    const QString normal = normalized(word);
    if (matches(normal))
        return true;
    if (normal.size() > 2 && normal.endsWith(u"'s"_s, Qt::CaseInsensitive))
        return matches(normal.chopped(2));
    return false;
}

QStringList WordList::words() const
{
    QStringList result(m_words.cbegin(), m_words.cend());
    result.sort();
    return result;
}
