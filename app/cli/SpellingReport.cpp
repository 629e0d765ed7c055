#include "SpellingReport.h"

#include "SuggestionPool.h"
#include "TextLocator.h"
#include "spelling/Speller.h"

#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// The stable JSON names of the fields.
QString fieldKey(SpellingReport::Origin::Field field)
{
    using Field = SpellingReport::Origin::Field;
    switch (field) {
    case Field::File:
        return {};
    case Field::Headline:
        return u"headline"_s;
    case Field::Summary:
        return u"summary"_s;
    case Field::Byline:
        return u"byline"_s;
    case Field::Body:
        return u"body"_s;
    case Field::MetaTitle:
        return u"metaTitle"_s;
    }
    return {};
}

} // namespace

void SpellingReport::check(Speller &speller, QStringView text, const Origin &origin)
{
    const QList<Misspelling> misspellings = speller.misspellings(text);
    if (misspellings.isEmpty())
        return;
    const qsizetype originIndex = m_origins.size();
    m_origins.append(origin);
    TextLocator locator(text);
    for (const Misspelling &misspelling : misspellings) {
        const TextLocator::Position position = locator.position(misspelling.start);
        m_entries.append({misspelling.word, position.line, position.column, originIndex, {}});
    }
}

QStringList SpellingReport::distinctWords() const
{
    QStringList words;
    QSet<QString> seen;
    for (const Entry &entry : m_entries) {
        if (!seen.contains(entry.word)) {
            seen.insert(entry.word);
            words.append(entry.word);
        }
    }
    return words;
}

void SpellingReport::suggest(SuggestionPool &pool, int maximum)
{
    if (m_entries.isEmpty())
        return;
    const QHash<QString, QStringList> suggestions = pool.suggestions(distinctWords(), maximum);
    for (Entry &entry : m_entries)
        entry.suggestions = suggestions.value(entry.word);
}

QString SpellingReport::location(const Entry &entry) const
{
    using Field = Origin::Field;
    const Origin &origin = m_origins.at(entry.origin);
    QString field;
    switch (origin.field) {
    case Field::File:
        // FILE:LINE:COLUMN, as compilers print it, so that editors can jump there.
        return origin.fileName + u':' + QString::number(entry.line) + u':' +
               QString::number(entry.column);
    case Field::Headline:
        field = tr("headline");
        break;
    case Field::Summary:
        field = tr("summary");
        break;
    case Field::Byline:
        field = tr("byline");
        break;
    case Field::Body:
        field = tr("paragraph %1").arg(origin.number);
        break;
    case Field::MetaTitle:
        field = tr("meta title %1").arg(origin.number);
        break;
    }
    return tr("%1, line %2, column %3").arg(field).arg(entry.line).arg(entry.column);
}

QString SpellingReport::toText(bool withSuggestions) const
{
    QString text;
    for (const Entry &entry : m_entries) {
        text += location(entry) + u": "_s + entry.word;
        if (withSuggestions) {
            text += entry.suggestions.isEmpty() ? u' ' + tr("(no suggestions)")
                                                : u": "_s + entry.suggestions.join(u", "_s);
        }
        text += u'\n';
    }
    return text;
}

QJsonArray SpellingReport::toJson() const
{
    QJsonArray array;
    for (const Entry &entry : m_entries) {
        QJsonObject object{
            {u"word"_s, entry.word},
            {u"line"_s, entry.line},
            {u"column"_s, entry.column},
            {u"suggestions"_s, QJsonArray::fromStringList(entry.suggestions)},
        };
        const Origin &origin = m_origins.at(entry.origin);
        if (origin.field != Origin::Field::File) {
            object.insert(u"field"_s, fieldKey(origin.field));
            object.insert(u"paragraph"_s, origin.field == Origin::Field::Body
                                              ? QJsonValue(origin.number)
                                              : QJsonValue(QJsonValue::Null));
            object.insert(u"metaTitle"_s, origin.field == Origin::Field::MetaTitle
                                              ? QJsonValue(origin.number)
                                              : QJsonValue(QJsonValue::Null));
        }
        array.append(object);
    }
    return array;
}
