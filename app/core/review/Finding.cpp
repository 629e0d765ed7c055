#include "Finding.h"

#include "core/Article.h"
#include "core/JsonEscape.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

Finding Finding::make(const QString &rule, Severity severity, Field field, int index)
{
    Finding finding;
    finding.rule = rule;
    finding.severity = severity;
    finding.blocksApproval = severity == Severity::Blocking;
    finding.field = field;
    finding.index = index;
    return finding;
}

QString Finding::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Blocking:
        return u"blocking"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        break;
    }
    return u"info"_s;
}

QString Finding::fieldKey(Field field)
{
    switch (field) {
    case Field::Headline:
        return u"headline"_s;
    case Field::Summary:
        return u"summary"_s;
    case Field::Byline:
        return u"byline"_s;
    case Field::MetaTitle:
        return u"metaTitle"_s;
    case Field::Body:
        return u"body"_s;
    case Field::Previous:
        return u"previous"_s;
    case Field::Next:
        break;
    }
    return u"next"_s;
}

QString Finding::placeName() const
{
    switch (field) {
    case Field::Headline:
        return tr("the headline");
    case Field::Summary:
        return tr("the summary");
    case Field::Byline:
        return tr("the byline");
    case Field::MetaTitle:
        return index >= 0 ? tr("meta title %1").arg(index + 1) : tr("the meta titles");
    case Field::Body:
        return index >= 0 ? tr("paragraph %1").arg(index + 1) : tr("the body");
    case Field::Previous:
        return tr("the previous-article link");
    case Field::Next:
        break;
    }
    return tr("the next-article link");
}

QJsonObject Finding::toJson() const
{
    QJsonObject object{
        {u"rule"_s, rule},
        {u"severity"_s, severityKey(severity)},
        {u"message"_s, message},
        {u"field"_s, fieldKey(field)},
        {u"paragraph"_s, field == Field::Body && !paragraph.isNull()
                             ? QJsonValue(uuidText(paragraph))
                             : QJsonValue(QJsonValue::Null)},
        {u"offset"_s, qint64(offset)},
        {u"length"_s, qint64(length)},
    };
    if (field == Field::MetaTitle)
        object.insert(u"metaTitle"_s, index >= 0 ? QJsonValue(index + 1) : QJsonValue());
    if (rule == QLatin1String("SPELLING")) {
        object.insert(u"word"_s, word);
        object.insert(u"suggestions"_s, QJsonArray::fromStringList(suggestions));
    }
    return object;
}

void Finding::appendJson(QByteArray &json) const
{
    const auto string = [&json](QStringView text) {
        json += '"';
        appendJsonEscaped(json, text);
        json += '"';
    };
    json += "{\"field\":";
    string(fieldKey(field));
    json += ",\"length\":";
    json += QByteArray::number(qint64(length));
    json += ",\"message\":";
    string(message);
    if (field == Field::MetaTitle) {
        json += ",\"metaTitle\":";
        json += index >= 0 ? QByteArray::number(index + 1) : QByteArrayLiteral("null");
    }
    json += ",\"offset\":";
    json += QByteArray::number(qint64(offset));
    json += ",\"paragraph\":";
    if (field == Field::Body && !paragraph.isNull())
        string(uuidText(paragraph));
    else
        json += "null";
    json += ",\"rule\":";
    string(rule);
    json += ",\"severity\":";
    string(severityKey(severity));
    if (rule == QLatin1String("SPELLING")) {
        json += ",\"suggestions\":[";
        for (qsizetype i = 0; i < suggestions.size(); ++i) {
            if (i > 0)
                json += ',';
            string(suggestions.at(i));
        }
        json += "],\"word\":";
        string(word);
    }
    json += '}';
}

bool blocksApproval(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &finding) { return finding.blocksApproval; });
}
