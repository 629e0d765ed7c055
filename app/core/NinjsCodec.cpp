#include "NinjsCodec.h"

#include "IsoTime.h"
#include "JsonEscape.h"

#include "PlainTextImporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QVarLengthArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

const QString articleUrnPrefix = u"urn:copydesk:article:"_s;

QString isoDateTime(const QDateTime &dateTime)
{
    // Seconds precision in UTC ("2026-10-02T06:15:00Z"): what the schema's date-time expects and
    // stable across an export -> import -> export round trip.
    return IsoTime::utc(dateTime);
}

bool isAbsoluteUri(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.isRelative() && !text.contains(QLatin1Char(' '));
}

QJsonObject textObject(const QString &role, const QString &contentType, const QString &value)
{
    return QJsonObject{{u"role"_s, role}, {u"contentType"_s, contentType}, {u"value"_s, value}};
}

QJsonObject association(const QString &relation, const ArticleRef &ref)
{
    QJsonObject object{{u"name"_s, relation}, {u"rel"_s, relation}};
    object.insert(u"uri"_s, ref.uri.isEmpty() ? Article::defaultUri(ref.uuid) : ref.uri);
    // The label of a link is always the canonical headline, never a meta-title variant.
    if (!ref.headline.isEmpty()) {
        object.insert(u"headlines"_s,
                      QJsonArray{QJsonObject{{u"role"_s, u"main"_s}, {u"value"_s, ref.headline}}});
    }
    return object;
}

bool isNameable(const std::optional<ArticleRef> &ref)
{
    return ref && (!ref->uri.isEmpty() || !ref->uuid.isNull());
}

// Where the first surrogate that is not half of a pair is, -1 when none.
qsizetype unpairedSurrogateAt(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return i;
    }
    return -1;
}

// --- reading HTML bodies -------------------------------------------------------------------

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Collapses runs of HTML white space (not U+00A0, which is meant to stay) and trims the ends.
QString collapsedWhitespace(QStringView text)
{
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (isHtmlSpace(c)) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace)
            result += u' ';
        pendingSpace = false;
        result += c;
    }
    return result;
}

struct NamedEntity
{
    const char *name;
    char16_t character;
};

constexpr NamedEntity namedEntities[] = {
    {"amp", u'&'},         {"lt", u'<'},          {"gt", u'>'},         {"quot", u'"'},
    {"apos", u'\''},       {"nbsp", u'\u00A0'},   {"ndash", u'\u2013'}, {"mdash", u'\u2014'},
    {"hellip", u'\u2026'}, {"lsquo", u'\u2018'},  {"rsquo", u'\u2019'}, {"ldquo", u'\u201C'},
    {"rdquo", u'\u201D'},  {"laquo", u'\u00AB'},  {"raquo", u'\u00BB'}, {"copy", u'\u00A9'},
    {"reg", u'\u00AE'},    {"trade", u'\u2122'},  {"euro", u'\u20AC'},  {"pound", u'\u00A3'},
    {"deg", u'\u00B0'},    {"middot", u'\u00B7'}, {"times", u'\u00D7'}, {"shy", u'\u00AD'},
};

// The character(s) an entity body ("amp", "#38", "#x26") stands for; empty when unknown.
QString entityText(QStringView body)
{
    if (body.startsWith(u'#')) {
        const bool hex = body.size() > 1 && (body.at(1) == u'x' || body.at(1) == u'X');
        bool ok = false;
        const uint codePoint = body.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok)
            return {};
        const bool valid =
            codePoint > 0 && codePoint <= 0x10FFFF && !(codePoint >= 0xD800 && codePoint <= 0xDFFF);
        const char32_t character = valid ? char32_t(codePoint) : U'\uFFFD';
        return QString::fromUcs4(&character, 1);
    }
    for (const NamedEntity &entity : namedEntities) {
        if (body == QLatin1String(entity.name))
            return QString(QChar(entity.character));
    }
    return {};
}

QString decodedEntities(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            const qsizetype semicolon = text.indexOf(u';', i + 1);
            if (semicolon > i + 1 && semicolon - i <= 12) {
                const QString decoded = entityText(text.sliced(i + 1, semicolon - i - 1));
                if (!decoded.isEmpty()) {
                    result += decoded;
                    i = semicolon;
                    continue;
                }
            }
        }
        result += text.at(i); // not an entity we know: keep it as written
    }
    return result;
}

struct HtmlTag
{
    QString name; // lower case
    bool closing = false;
    QList<std::pair<QString, QString>> attributes; // lower-case name, raw (undecoded) value

    QString attribute(const QString &name) const
    {
        for (const auto &[key, value] : attributes) {
            if (key == name)
                return value;
        }
        return {};
    }
};

// Reads the tag starting at html[start] == '<'; returns the index after it, or -1 when the '<'
// does not start a tag (it is then text). Comments and declarations yield an empty tag name.
qsizetype readTag(QStringView html, qsizetype start, HtmlTag *tag)
{
    *tag = HtmlTag{};
    const auto endOf = [&](QStringView terminator, qsizetype from) {
        const qsizetype found = html.indexOf(terminator, from);
        return found < 0 ? html.size() : found + terminator.size();
    };
    const QStringView rest = html.mid(start);
    if (rest.startsWith(u"<!--"))
        return endOf(u"-->", start + 4);
    if (rest.startsWith(u"<!") || rest.startsWith(u"<?"))
        return endOf(u">", start + 2);

    qsizetype pos = start + 1;
    if (pos < html.size() && html.at(pos) == u'/') {
        tag->closing = true;
        ++pos;
    }
    if (pos >= html.size() || !html.at(pos).isLetter())
        return -1;
    while (pos < html.size() && (html.at(pos).isLetterOrNumber() || html.at(pos) == u'-'))
        tag->name += html.at(pos++).toLower();

    while (pos < html.size()) {
        while (pos < html.size() && (isHtmlSpace(html.at(pos)) || html.at(pos) == u'/'))
            ++pos;
        if (pos >= html.size())
            break;
        if (html.at(pos) == u'>')
            return pos + 1;
        QString name;
        while (pos < html.size() && !isHtmlSpace(html.at(pos)) && html.at(pos) != u'=' &&
               html.at(pos) != u'>' && html.at(pos) != u'/') {
            name += html.at(pos++).toLower();
        }
        while (pos < html.size() && isHtmlSpace(html.at(pos)))
            ++pos;
        QString value;
        if (pos < html.size() && html.at(pos) == u'=') {
            ++pos;
            while (pos < html.size() && isHtmlSpace(html.at(pos)))
                ++pos;
            if (pos < html.size() && (html.at(pos) == u'"' || html.at(pos) == u'\'')) {
                const QChar quote = html.at(pos++);
                qsizetype close = html.indexOf(quote, pos);
                if (close < 0)
                    close = html.size();
                value = html.sliced(pos, close - pos).toString();
                pos = close + 1;
            } else {
                while (pos < html.size() && !isHtmlSpace(html.at(pos)) && html.at(pos) != u'>')
                    value += html.at(pos++);
            }
        }
        if (!name.isEmpty() && !tag->closing)
            tag->attributes.append({name, value});
    }
    return html.size();
}

struct BodyParagraph
{
    QString text;
    QStringList sources;
};

// The names of a data-source attribute: separated by ';', except the ';' ending an entity, so a
// name containing ';' survives as "&#59;".
QStringList sourcesFromAttribute(QStringView rawValue)
{
    static const QRegularExpression entity(u"&(#?[A-Za-z0-9]{1,10});"_s);
    QStringList pieces{QString()};
    for (qsizetype i = 0; i < rawValue.size(); ++i) {
        const QChar c = rawValue.at(i);
        if (c == u'&') {
            const QRegularExpressionMatch match =
                entity.match(rawValue.toString(), i, QRegularExpression::NormalMatch,
                             QRegularExpression::AnchorAtOffsetMatchOption);
            if (match.hasMatch() && !entityText(match.capturedView(1)).isEmpty()) {
                pieces.last() += match.capturedView();
                i = match.capturedEnd() - 1;
                continue;
            }
        }
        if (c == u';')
            pieces.append(QString());
        else
            pieces.last() += c;
    }
    QStringList names;
    for (const QString &piece : std::as_const(pieces)) {
        const QString name = collapsedWhitespace(decodedEntities(piece));
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

// Text outside <p> elements: paragraphs are separated by blank lines.
void appendLooseParagraphs(const QString &decodedText, QList<BodyParagraph> *paragraphs)
{
    static const QRegularExpression blankLine(u"\\n[ \\t\\r\\f]*\\n"_s);
    const QStringList chunks = decodedText.split(blankLine);
    for (const QString &chunk : chunks) {
        const QString text = collapsedWhitespace(chunk);
        if (!text.isEmpty())
            paragraphs->append({text, {}});
    }
}

bool isBlockElement(const QString &name)
{
    static const QStringList blocks{
        u"address"_s, u"article"_s, u"aside"_s,      u"blockquote"_s, u"dd"_s,     u"div"_s,
        u"dl"_s,      u"dt"_s,      u"figcaption"_s, u"figure"_s,     u"footer"_s, u"h1"_s,
        u"h2"_s,      u"h3"_s,      u"h4"_s,         u"h5"_s,         u"h6"_s,     u"header"_s,
        u"hr"_s,      u"li"_s,      u"main"_s,       u"nav"_s,        u"ol"_s,     u"pre"_s,
        u"section"_s, u"table"_s,   u"td"_s,         u"th"_s,         u"tr"_s,     u"ul"_s};
    return blocks.contains(name);
}

// One paragraph per <p> (attributes in any order, either quote), inner markup stripped,
// entities decoded, white space collapsed; text outside <p> is split on blank lines.
// Stops once it has more than `maxParagraphs` (a body over the import limit is refused anyway).
QList<BodyParagraph> parseBodyHtml(QStringView html, qsizetype maxParagraphs = -1)
{
    QList<BodyParagraph> paragraphs;
    QString loose;   // raw text outside any <p>
    QString current; // raw text of the open <p>
    QStringList currentSources;
    bool inParagraph = false;

    const auto flushLoose = [&] {
        appendLooseParagraphs(decodedEntities(loose), &paragraphs);
        loose.clear();
    };
    const auto closeParagraph = [&] {
        const QString text = collapsedWhitespace(decodedEntities(current));
        if (!text.isEmpty())
            paragraphs.append({text, currentSources});
        current.clear();
        currentSources.clear();
        inParagraph = false;
    };

    qsizetype pos = 0;
    while (pos < html.size() && (maxParagraphs < 0 || paragraphs.size() <= maxParagraphs)) {
        const qsizetype open = html.indexOf(u'<', pos);
        const qsizetype textEnd = open < 0 ? html.size() : open;
        (inParagraph ? current : loose) += html.sliced(pos, textEnd - pos);
        if (open < 0)
            break;
        HtmlTag tag;
        const qsizetype after = readTag(html, open, &tag);
        if (after < 0) {
            (inParagraph ? current : loose) += u'<';
            pos = open + 1;
            continue;
        }
        pos = after;
        if (!tag.closing && (tag.name == u"script"_s || tag.name == u"style"_s)) {
            // Never turn code into article text.
            const qsizetype close =
                html.indexOf(QString(u"</"_s + tag.name), pos, Qt::CaseInsensitive);
            const qsizetype closeEnd = close < 0 ? -1 : html.indexOf(u'>', close);
            pos = closeEnd < 0 ? html.size() : closeEnd + 1;
        } else if (tag.name == u"p"_s) {
            if (inParagraph)
                closeParagraph();
            if (!tag.closing) {
                flushLoose();
                inParagraph = true;
                currentSources = sourcesFromAttribute(tag.attribute(u"data-source"_s));
            }
        } else if (tag.name == u"br"_s) {
            (inParagraph ? current : loose) += u'\n';
        } else if (!inParagraph && isBlockElement(tag.name)) {
            loose += u"\n\n"_s;
        }
    }
    if (inParagraph)
        closeParagraph();
    flushLoose();
    return paragraphs;
}

// --- reading JSON ----------------------------------------------------------------------------

QString jsonTypeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return QCoreApplication::translate("NinjsCodec", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("NinjsCodec", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("NinjsCodec", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("NinjsCodec", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("NinjsCodec", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("NinjsCodec", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("NinjsCodec", "nothing");
}

QString memberPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString elementPath(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

// Typed access to the document that records the first problem with its JSON path.
class JsonReader
{
public:
    explicit JsonReader(const QString &fileName)
        : m_fileName(fileName)
    {}

    bool failed() const { return m_failed; }
    const ImportError &error() const { return m_error; }

    void fail(const QString &path, const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error =
            ImportError{m_fileName, 0, 0, path.isEmpty() ? message : path + u": "_s + message};
    }

    // The member `key` if it has `type`; Undefined when absent or (after failing) mistyped.
    QJsonValue member(const QJsonObject &object, const QString &key, QJsonValue::Type type,
                      const QString &parentPath)
    {
        const auto it = object.constFind(key);
        if (it == object.constEnd())
            return {QJsonValue::Undefined};
        return checked(it.value(), type, memberPath(parentPath, key));
    }

    QJsonValue checked(const QJsonValue &value, QJsonValue::Type type, const QString &path)
    {
        if (value.type() == type)
            return value;
        fail(path, QCoreApplication::translate("NinjsCodec", "expected %1, got %2")
                       .arg(jsonTypeName(type), jsonTypeName(value.type())));
        return {QJsonValue::Undefined};
    }

    QString string(const QJsonObject &object, const QString &key, const QString &parentPath = {})
    {
        return member(object, key, QJsonValue::String, parentPath).toString();
    }

    // Like string(), but a missing member is an error too.
    QString requiredString(const QJsonObject &object, const QString &key,
                           const QString &parentPath = {})
    {
        if (!object.contains(key)) {
            fail(memberPath(parentPath, key),
                 QCoreApplication::translate("NinjsCodec", "missing (required)"));
        }
        return string(object, key, parentPath);
    }

    QJsonArray array(const QJsonObject &object, const QString &key)
    {
        return member(object, key, QJsonValue::Array, {}).toArray();
    }

    // The objects of array member `key`, with their paths; stops at the first non-object.
    QList<std::pair<QJsonObject, QString>> objects(const QJsonObject &object, const QString &key)
    {
        QList<std::pair<QJsonObject, QString>> result;
        const QJsonArray items = array(object, key);
        for (qsizetype i = 0; i < items.size() && !m_failed; ++i) {
            const QString path = elementPath(key, i);
            const QJsonValue item = checked(items.at(i), QJsonValue::Object, path);
            if (!m_failed)
                result.append({item.toObject(), path});
        }
        return result;
    }

private:
    QString m_fileName;
    ImportError m_error;
    bool m_failed = false;
};

std::optional<QDateTime> readDateTime(JsonReader &reader, const QJsonObject &document,
                                      const QString &key)
{
    const QString text = reader.string(document, key);
    if (text.isEmpty())
        return std::nullopt;
    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dateTime.isValid() || !text.contains(u'T')) {
        reader.fail(key, QCoreApplication::translate("NinjsCodec",
                                                     "\"%1\" is not an ISO 8601 date and time "
                                                     "such as 2026-10-02T06:15:00Z")
                             .arg(text));
        return std::nullopt;
    }
    return dateTime.toUTC();
}

std::pair<int, int> lineAndColumn(QByteArrayView data, qsizetype offset)
{
    const QByteArrayView before = data.first(std::clamp<qsizetype>(offset, 0, data.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const QString lineText = QString::fromUtf8(before.sliced(lineStart));
    return {int(before.count('\n') + 1), int(lineText.toUcs4().size() + 1)};
}

// Where the first key that repeats a key of its object starts (its opening quote), -1 when none.
// QJsonDocument silently keeps one of the values; a file that says two things is refused instead.
// `json` is valid JSON (QJsonDocument parsed it). Keys are compared as written, so "\u0061" and
// "a" count as different keys.
qsizetype firstDuplicateKey(QByteArrayView json)
{
    QList<QSet<QByteArrayView>> objects; // the keys of each open object
    QList<bool> isObject;                // for each open container
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            isObject.append(c == '{');
            if (c == '{')
                objects.append(QSet<QByteArrayView>());
        } else if (c == '}' || c == ']') {
            if (!isObject.isEmpty() && isObject.takeLast())
                objects.removeLast();
        } else if (c == '"') {
            qsizetype end = i + 1;
            while (end < json.size() && json.at(end) != '"')
                end += json.at(end) == '\\' ? 2 : 1;
            const QByteArrayView text = json.sliced(i + 1, std::min(end, json.size()) - i - 1);
            qsizetype next = end + 1;
            while (next < json.size() && (json.at(next) == ' ' || json.at(next) == '\t' ||
                                          json.at(next) == '\n' || json.at(next) == '\r'))
                ++next;
            const bool key = !isObject.isEmpty() && isObject.constLast() && next < json.size() &&
                             json.at(next) == ':';
            if (key) {
                QSet<QByteArrayView> &keys = objects.last();
                if (keys.contains(text))
                    return i;
                keys.insert(text);
            }
            i = end;
        }
    }
    return -1;
}

// The entity that stands for c in HTML text and attribute values; empty when c stays as is.
// Inside data-source, ';' separates names, so one inside a name is written "&#59;".
QLatin1StringView htmlEntity(QChar c, bool escapeSemicolon)
{
    switch (c.unicode()) {
    case u'&':
        return QLatin1StringView("&amp;");
    case u'<':
        return QLatin1StringView("&lt;");
    case u'>':
        return QLatin1StringView("&gt;");
    case u'"':
        return QLatin1StringView("&quot;");
    case u'\'':
        return QLatin1StringView("&#39;");
    case u';':
        return escapeSemicolon ? QLatin1StringView("&#59;") : QLatin1StringView();
    default:
        return {};
    }
}

// Appends text escaped, copying the runs between the characters that need an entity.
void appendEscapedHtml(QString &out, QStringView text, bool escapeSemicolon)
{
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QLatin1StringView entity = htmlEntity(text.at(i), escapeSemicolon);
        if (entity.isEmpty())
            continue;
        out += text.sliced(runStart, i - runStart);
        out += entity;
        runStart = i + 1;
    }
    out += text.sliced(runStart);
}

const QString ninjsVersion = u"3.1"_s;
const QString ninjsSchema = u"http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"_s;

QString articleUri(const Article &article)
{
    return article.uri.isEmpty() ? Article::defaultUri(article.uuid) : article.uri;
}

QString pubStatus(const Article &article)
{
    // An archived article was published and then withdrawn: unpublishing sends "canceled".
    if (article.status == ArticleStatus::Archived)
        return u"canceled"_s;
    return isReleasable(article.status) ? u"usable"_s : u"withheld"_s;
}

// (role, text): the headline, then the meta-title variants, the chosen one first.
QList<std::pair<QString, QString>> headlineList(const Article &article)
{
    QList<std::pair<QString, QString>> headlines{{u"main"_s, article.headline}};
    const auto chosen = std::find_if(article.metaTitles.cbegin(), article.metaTitles.cend(),
                                     [](const MetaTitle &title) { return title.chosen; });
    if (chosen != article.metaTitles.cend() && !chosen->text.isEmpty())
        headlines.append({u"seo"_s, chosen->text});
    for (auto it = article.metaTitles.cbegin(); it != article.metaTitles.cend(); ++it) {
        if (it != chosen && !it->text.isEmpty())
            headlines.append({u"seo"_s, it->text});
    }
    return headlines;
}

// (name, uri or empty): each cited source once, in order of first citation.
QList<std::pair<QString, QString>> infoSourceList(const Article &article)
{
    QList<std::pair<QString, QString>> infoSources;
    const QStringList cited = article.citedSourceNames();
    for (const QString &name : cited) {
        if (name.isEmpty())
            continue;
        QString uri;
        for (const Source &source : article.sources) {
            if (source.name == name && isAbsoluteUri(source.url)) {
                uri = source.url;
                break;
            }
        }
        infoSources.append({name, uri});
    }
    return infoSources;
}

// Writes JSON the way QJsonDocument::toJson(QJsonDocument::Indented) does: four spaces per
// level, "key": value, the same escapes (control characters and lone surrogates as \u00xx /
// \udxxx, everything else as UTF-8). The caller writes object members in key order.
class IndentedJsonWriter
{
public:
    explicit IndentedJsonWriter(qsizetype expectedSize) { m_json.reserve(expectedSize); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(const char *name)
    {
        startItem();
        m_json += '"';
        m_json += name;
        m_json += "\": ";
        m_afterKey = true;
    }

    void string(QStringView text)
    {
        if (!m_afterKey)
            startItem();
        m_afterKey = false;
        m_json += '"';
        appendEscaped(text);
        m_json += '"';
    }

    QByteArray take() { return std::move(m_json); }

private:
    void startItem()
    {
        if (m_itemCounts.isEmpty())
            return;
        if (m_itemCounts.last()++ > 0)
            m_json += ",\n";
        m_json.append(4 * m_itemCounts.size(), ' ');
    }

    void open(char bracket)
    {
        if (!m_afterKey)
            startItem();
        m_afterKey = false;
        m_json += bracket;
        m_json += '\n';
        m_itemCounts.append(0);
    }

    void close(char bracket)
    {
        const bool hadItems = m_itemCounts.back() > 0;
        m_itemCounts.removeLast();
        if (hadItems)
            m_json += '\n';
        m_json.append(4 * m_itemCounts.size(), ' ');
        m_json += bracket;
        if (m_itemCounts.isEmpty())
            m_json += '\n'; // the document ends with a newline
    }

    void appendEscaped(QStringView text) { appendJsonEscaped(m_json, text); }

    QByteArray m_json;
    QVarLengthArray<int, 8> m_itemCounts; // members or elements written, per open container
    bool m_afterKey = false;
};

// {contentType, role, value}: the members of textObject() in key order.
void writeTextObject(IndentedJsonWriter &json, QStringView role, QStringView contentType,
                     QStringView value)
{
    json.beginObject();
    json.key("contentType");
    json.string(contentType);
    json.key("role");
    json.string(role);
    json.key("value");
    json.string(value);
    json.endObject();
}

// The members of association() in key order.
void writeAssociation(IndentedJsonWriter &json, QStringView relation, const ArticleRef &ref)
{
    json.beginObject();
    if (!ref.headline.isEmpty()) {
        json.key("headlines");
        json.beginArray();
        json.beginObject();
        json.key("role");
        json.string(u"main");
        json.key("value");
        json.string(ref.headline);
        json.endObject();
        json.endArray();
    }
    json.key("name");
    json.string(relation);
    json.key("rel");
    json.string(relation);
    json.key("uri");
    json.string(ref.uri.isEmpty() ? Article::defaultUri(ref.uuid) : ref.uri);
    json.endObject();
}

} // namespace

QString NinjsCodec::escapeHtml(const QString &text)
{
    // Most text has nothing to escape: hand it back shared instead of copying it.
    const auto *const first = std::find_if(text.cbegin(), text.cend(),
                                           [](QChar c) { return !htmlEntity(c, false).isEmpty(); });
    if (first == text.cend())
        return text;
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8 + 8);
    appendEscapedHtml(escaped, text, false);
    return escaped;
}

QString NinjsCodec::collapsedWhitespace(QStringView text)
{
    return ::collapsedWhitespace(text); // the reader's own helper, in the unnamed namespace
}

QString NinjsCodec::bodyHtml(const QList<Paragraph> &paragraphs)
{
    qsizetype size = 0;
    for (const Paragraph &paragraph : paragraphs)
        size += paragraph.text.size() + 64;
    QString html;
    html.reserve(size);
    QVarLengthArray<const QString *, 8> names;
    for (const Paragraph &paragraph : paragraphs) {
        names.clear();
        for (const Attribution &attribution : paragraph.attributions) {
            const QString &name = attribution.sourceName;
            const auto same = [&name](const QString *other) { return *other == name; };
            if (!name.isEmpty() && std::none_of(names.cbegin(), names.cend(), same))
                names.append(&name);
        }
        if (names.isEmpty()) {
            html += u"<p>";
        } else {
            html += u"<p data-source=\"";
            for (qsizetype i = 0; i < names.size(); ++i) {
                if (i > 0)
                    html += u"; ";
                // ';' separates names in the attribute, so one inside a name is "&#59;".
                appendEscapedHtml(html, *names.at(i), true);
            }
            html += u"\">";
        }
        appendEscapedHtml(html, paragraph.text, false);
        html += u"</p>";
    }
    return html;
}

QJsonObject NinjsCodec::toJson(const Article &article)
{
    QJsonObject document;
    document.insert(u"standard"_s, QJsonObject{{u"name"_s, u"ninjs"_s},
                                               {u"version"_s, ninjsVersion},
                                               {u"schema"_s, ninjsSchema}});
    document.insert(u"uri"_s, articleUri(article));
    document.insert(u"type"_s, u"text"_s);
    document.insert(u"version"_s, QString::number(article.version));
    document.insert(u"language"_s, article.language);
    document.insert(u"pubStatus"_s, pubStatus(article));
    if (article.created.isValid())
        document.insert(u"firstCreated"_s, isoDateTime(article.created));
    if (article.updated.isValid())
        document.insert(u"versionCreated"_s, isoDateTime(article.updated));
    if (!article.byline.isEmpty())
        document.insert(u"by"_s, article.byline);
    if (!article.slug.isEmpty())
        document.insert(u"slugline"_s, article.slug);

    QJsonArray headlines;
    for (const auto &[role, text] : headlineList(article))
        headlines.append(textObject(role, u"text/plain"_s, text));
    document.insert(u"headlines"_s, headlines);

    if (!article.summary.isEmpty()) {
        document.insert(u"descriptions"_s,
                        QJsonArray{textObject(u"summary"_s, u"text/plain"_s, article.summary)});
    }
    if (!article.paragraphs.isEmpty()) {
        document.insert(u"bodies"_s, QJsonArray{textObject(u"main"_s, u"text/html"_s,
                                                           bodyHtml(article.paragraphs))});
    }

    QJsonArray infoSources;
    for (const auto &[name, uri] : infoSourceList(article)) {
        QJsonObject infoSource{{u"name"_s, name}, {u"role"_s, u"originfo"_s}};
        if (!uri.isEmpty())
            infoSource.insert(u"uri"_s, uri);
        infoSources.append(infoSource);
    }
    if (!infoSources.isEmpty())
        document.insert(u"infoSources"_s, infoSources);

    QJsonArray associations;
    if (isNameable(article.previous))
        associations.append(association(u"previous"_s, *article.previous));
    if (isNameable(article.next))
        associations.append(association(u"next"_s, *article.next));
    if (!associations.isEmpty())
        document.insert(u"associations"_s, associations);
    return document;
}

QByteArray NinjsCodec::toBytes(const Article &article)
{
    // The bytes QJsonDocument(toJson(article)).toJson(Indented) gives, written directly:
    // building the QJsonObject and serialising it was most of the cost of an export. Members
    // are written in key order, as QJsonObject keeps them. tst_storage compares the two.
    IndentedJsonWriter json(article.paragraphs.size() * 700 + 2048);
    json.beginObject();

    const bool previous = isNameable(article.previous);
    const bool next = isNameable(article.next);
    if (previous || next) {
        json.key("associations");
        json.beginArray();
        if (previous)
            writeAssociation(json, u"previous", *article.previous);
        if (next)
            writeAssociation(json, u"next", *article.next);
        json.endArray();
    }
    if (!article.paragraphs.isEmpty()) {
        json.key("bodies");
        json.beginArray();
        writeTextObject(json, u"main", u"text/html", bodyHtml(article.paragraphs));
        json.endArray();
    }
    if (!article.byline.isEmpty()) {
        json.key("by");
        json.string(article.byline);
    }
    if (!article.summary.isEmpty()) {
        json.key("descriptions");
        json.beginArray();
        writeTextObject(json, u"summary", u"text/plain", article.summary);
        json.endArray();
    }
    if (article.created.isValid()) {
        json.key("firstCreated");
        json.string(isoDateTime(article.created));
    }
    json.key("headlines");
    json.beginArray();
    for (const auto &[role, text] : headlineList(article))
        writeTextObject(json, role, u"text/plain", text);
    json.endArray();

    const QList<std::pair<QString, QString>> infoSources = infoSourceList(article);
    if (!infoSources.isEmpty()) {
        json.key("infoSources");
        json.beginArray();
        for (const auto &[name, uri] : infoSources) {
            json.beginObject();
            json.key("name");
            json.string(name);
            json.key("role");
            json.string(u"originfo");
            if (!uri.isEmpty()) {
                json.key("uri");
                json.string(uri);
            }
            json.endObject();
        }
        json.endArray();
    }
    json.key("language");
    json.string(article.language);
    json.key("pubStatus");
    json.string(pubStatus(article));
    if (!article.slug.isEmpty()) {
        json.key("slugline");
        json.string(article.slug);
    }
    json.key("standard");
    json.beginObject();
    json.key("name");
    json.string(u"ninjs");
    json.key("schema");
    json.string(ninjsSchema);
    json.key("version");
    json.string(ninjsVersion);
    json.endObject();
    json.key("type");
    json.string(u"text");
    json.key("uri");
    json.string(articleUri(article));
    json.key("version");
    json.string(QString::number(article.version));
    if (article.updated.isValid()) {
        json.key("versionCreated");
        json.string(isoDateTime(article.updated));
    }
    json.endObject();
    return json.take();
}

std::optional<ImportedArticle> NinjsCodec::parse(const QByteArray &data, const QString &fileName,
                                                 ImportError *error)
{
    if (data.size() > ImportLimits::maxFileBytes) {
        if (error)
            *error = ImportError{fileName, 0, 0, ImportLimits::fileTooLarge(data.size())};
        return std::nullopt;
    }
    if (const QString encoding = ImportLimits::foreignEncoding(data); !encoding.isEmpty()) {
        if (error)
            *error = ImportError{fileName, 0, 0, ImportLimits::notUtf8(encoding)};
        return std::nullopt;
    }
    const QByteArrayView bom("\xEF\xBB\xBF");
    const QByteArrayView json = QByteArrayView(data).startsWith(bom)
                                    ? QByteArrayView(data).sliced(bom.size())
                                    : QByteArrayView(data);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        if (error) {
            *error = ImportError{fileName, line, column,
                                 QCoreApplication::translate("NinjsCodec", "invalid JSON: %1")
                                     .arg(parseError.errorString())};
        }
        return std::nullopt;
    }
    if (const qsizetype duplicate = firstDuplicateKey(json); duplicate >= 0) {
        const auto [line, column] = lineAndColumn(json, duplicate);
        const qsizetype end = json.indexOf('"', duplicate + 1);
        if (error) {
            *error = ImportError{
                fileName, line, column,
                QCoreApplication::translate("NinjsCodec",
                                            "the key \"%1\" appears twice in the same object")
                    .arg(QString::fromUtf8(json.sliced(duplicate + 1, end - duplicate - 1)))};
        }
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error) {
            *error = ImportError{
                fileName, 0, 0,
                QCoreApplication::translate("NinjsCodec", "expected a ninjs object, got %1")
                    .arg(jsonTypeName(document.isArray() ? QJsonValue::Array : QJsonValue::Null))};
        }
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    JsonReader reader(fileName);
    const auto failed = [&] {
        if (error)
            *error = reader.error();
        return std::nullopt;
    };

    // A text as read: no NUL character (no editor shows one, and SQLite's text functions stop at
    // it), and no longer than its limit.
    const auto checkText = [&](const QString &path, const QString &text, const QString &field,
                               qsizetype limit) {
        if (reader.failed())
            return;
        if (text.contains(QChar(0))) {
            reader.fail(path,
                        QCoreApplication::translate("NinjsCodec", "the %1 contains a NUL character "
                                                                  "(U+0000)")
                            .arg(field));
        } else if (const qsizetype at = unpairedSurrogateAt(text); at >= 0) {
            // JSON's \uD800-\uDFFF escapes can name half a character, which no text holds.
            reader.fail(path, QCoreApplication::translate("NinjsCodec",
                                                          "the %1 contains an unpaired surrogate "
                                                          "(\\u%2), which is not a character")
                                  .arg(field)
                                  .arg(text.at(at).unicode(), 4, 16, QLatin1Char('0')));
        } else if (text.size() > limit) {
            reader.fail(path, ImportLimits::fieldTooLong(field, text.size(), limit));
        }
    };

    ImportedArticle imported;
    imported.fileName = fileName;
    Article &article = imported.article;

    const QJsonObject standard =
        reader.member(root, u"standard"_s, QJsonValue::Object, {}).toObject();
    const QString standardName = reader.string(standard, u"name"_s, u"standard"_s);
    if (!standardName.isEmpty() && standardName != u"ninjs"_s) {
        reader.fail(u"standard.name"_s,
                    // NOLINTNEXTLINE(modernize-raw-string-literal): lupdate extracts plain literals
                    QCoreApplication::translate("NinjsCodec", "expected \"ninjs\", got \"%1\"")
                        .arg(standardName));
    }

    article.uri = reader.requiredString(root, u"uri"_s);
    checkText(u"uri"_s, article.uri, QCoreApplication::translate("NinjsCodec", "uri"),
              ImportLimits::maxFieldLength);
    if (!reader.failed() && !isAbsoluteUri(article.uri)) {
        reader.fail(u"uri"_s,
                    QCoreApplication::translate("NinjsCodec", "\"%1\" is not an absolute URI")
                        .arg(article.uri));
    }
    // Re-importing our own export keeps the article's identity.
    const QUuid ownUuid =
        article.uri.startsWith(articleUrnPrefix)
            ? QUuid::fromString(QStringView(article.uri).sliced(articleUrnPrefix.size()))
            : QUuid();
    article.uuid = ownUuid.isNull() ? QUuid::createUuid() : ownUuid;

    const QString type = reader.string(root, u"type"_s);
    if (!type.isEmpty() && type != u"text"_s) {
        reader.fail(u"type"_s,
                    QCoreApplication::translate("NinjsCodec", "only text items can be imported, "
                                                              "got \"%1\"")
                        .arg(type));
    }

    // The store numbers versions itself; a numeric version is kept for reference.
    bool numericVersion = false;
    const int version = reader.string(root, u"version"_s).toInt(&numericVersion);
    if (numericVersion && version > 0)
        article.version = version;

    if (root.contains(u"language"_s)) {
        const QString language = reader.string(root, u"language"_s);
        if (!reader.failed() && !PlainTextImporter::isLanguageTag(language)) {
            reader.fail(u"language"_s, QCoreApplication::translate(
                                           "NinjsCodec", "\"%1\" is not a language tag (BCP 47, "
                                                         "such as en-US or fr)")
                                           .arg(language));
        }
        article.language = language;
    }

    const QString pubStatus = reader.string(root, u"pubStatus"_s);
    if (!pubStatus.isEmpty() && pubStatus != u"usable"_s && pubStatus != u"withheld"_s &&
        pubStatus != u"canceled"_s) {
        reader.fail(u"pubStatus"_s, QCoreApplication::translate(
                                        "NinjsCodec", "expected \"usable\", \"withheld\" or "
                                                      "\"canceled\", got \"%1\"")
                                        .arg(pubStatus));
    }
    // Whatever pubStatus says, an import is a draft: "usable" elsewhere does not mean a reviewer
    // here has verified the attributions, so approval always happens in Copydesk.
    article.status = ArticleStatus::Draft;

    if (const auto created = readDateTime(reader, root, u"firstCreated"_s))
        article.created = *created;
    if (const auto updated = readDateTime(reader, root, u"versionCreated"_s))
        article.updated = *updated;
    article.byline = reader.string(root, u"by"_s);
    checkText(u"by"_s, article.byline, QCoreApplication::translate("NinjsCodec", "byline"),
              ImportLimits::maxFieldLength);
    article.slug = reader.string(root, u"slugline"_s);
    checkText(u"slugline"_s, article.slug, QCoreApplication::translate("NinjsCodec", "slugline"),
              ImportLimits::maxFieldLength);

    // A headline or description without a role is ninjs' "simple" form: the main one.
    bool haveHeadline = false;
    const auto headlines = reader.objects(root, u"headlines"_s);
    for (const auto &[headline, path] : headlines) {
        const QString role = reader.string(headline, u"role"_s, path);
        const QString contentType = reader.string(headline, u"contentType"_s, path);
        QString value = reader.requiredString(headline, u"value"_s, path);
        if (reader.failed())
            break;
        if (contentType == u"text/html"_s) {
            QStringList texts;
            const QList<BodyParagraph> parts = parseBodyHtml(value);
            for (const BodyParagraph &part : parts)
                texts.append(part.text);
            value = texts.join(u' ');
        } else {
            value = collapsedWhitespace(value);
        }
        const bool main = role.isEmpty() || role == u"main"_s;
        checkText(memberPath(path, u"value"_s), value,
                  main ? QCoreApplication::translate("NinjsCodec", "headline")
                       : QCoreApplication::translate("NinjsCodec", "meta title"),
                  ImportLimits::maxHeadlineLength);
        if (reader.failed())
            break;
        if (main) {
            if (haveHeadline) {
                reader.fail(path,
                            QCoreApplication::translate("NinjsCodec", "a second main headline"));
            } else if (value.isEmpty()) {
                reader.fail(
                    memberPath(path, u"value"_s),
                    QCoreApplication::translate("NinjsCodec", "the main headline is empty"));
            }
            article.headline = value;
            haveHeadline = true;
        } else if (role == u"seo"_s && !value.isEmpty()) {
            // The first SEO headline is the chosen variant (the exporter writes it first).
            article.metaTitles.append(MetaTitle{value, article.metaTitles.isEmpty(), {}});
        }
    }
    if (!reader.failed() && !haveHeadline) {
        reader.fail(u"headlines"_s,
                    QCoreApplication::translate("NinjsCodec", "no main headline (role \"main\")"));
    }

    bool haveSummary = false;
    const auto descriptions = reader.objects(root, u"descriptions"_s);
    for (const auto &[description, path] : descriptions) {
        const QString role = reader.string(description, u"role"_s, path);
        reader.string(description, u"contentType"_s, path); // type-checked, not kept
        const QString value =
            collapsedWhitespace(reader.requiredString(description, u"value"_s, path));
        checkText(memberPath(path, u"value"_s), value,
                  QCoreApplication::translate("NinjsCodec", "summary"),
                  ImportLimits::maxFieldLength);
        if (reader.failed())
            break;
        if (role.isEmpty() || role == u"summary"_s) {
            if (haveSummary)
                reader.fail(path, QCoreApplication::translate("NinjsCodec", "a second summary"));
            article.summary = value;
            haveSummary = true;
        }
    }

    bool haveBody = false;
    QList<BodyParagraph> bodyParagraphs;
    const auto bodies = reader.objects(root, u"bodies"_s);
    for (const auto &[body, path] : bodies) {
        const QString role = reader.string(body, u"role"_s, path);
        const QString contentType = reader.string(body, u"contentType"_s, path);
        const QString value = reader.requiredString(body, u"value"_s, path);
        if (reader.failed())
            break;
        if (!role.isEmpty() && role != u"main"_s)
            continue;
        if (haveBody) {
            reader.fail(path, QCoreApplication::translate("NinjsCodec", "a second main body"));
            break;
        }
        haveBody = true;
        // Before the HTML is read: its patterns do not match text with half characters.
        checkText(memberPath(path, u"value"_s), value,
                  QCoreApplication::translate("NinjsCodec", "body"),
                  std::numeric_limits<qsizetype>::max());
        if (reader.failed())
            break;
        if (contentType.isEmpty() || contentType == u"text/html"_s) {
            bodyParagraphs = parseBodyHtml(value, ImportLimits::maxParagraphs);
        } else if (contentType == u"text/plain"_s) {
            appendLooseParagraphs(value, &bodyParagraphs);
        } else {
            reader.fail(memberPath(path, u"contentType"_s),
                        QCoreApplication::translate("NinjsCodec",
                                                    "unsupported content type \"%1\" (expected "
                                                    "text/html or text/plain)")
                            .arg(contentType));
        }
        if (bodyParagraphs.size() > ImportLimits::maxParagraphs)
            reader.fail(memberPath(path, u"value"_s), ImportLimits::tooManyParagraphs());
        for (qsizetype i = 0; i < bodyParagraphs.size() && !reader.failed(); ++i) {
            const QString where =
                memberPath(path, u"value"_s) +
                QCoreApplication::translate("NinjsCodec", ", paragraph %1").arg(i + 1);
            checkText(where, bodyParagraphs.at(i).text,
                      QCoreApplication::translate("NinjsCodec", "paragraph"),
                      ImportLimits::maxParagraphLength);
            for (const QString &name : std::as_const(bodyParagraphs.at(i).sources)) {
                checkText(where, name, QCoreApplication::translate("NinjsCodec", "source name"),
                          ImportLimits::maxFieldLength);
            }
        }
    }
    for (const BodyParagraph &bodyParagraph : std::as_const(bodyParagraphs)) {
        Paragraph paragraph;
        paragraph.uuid = Paragraph::newUuid();
        paragraph.text = bodyParagraph.text;
        for (const QString &name : bodyParagraph.sources) {
            Attribution attribution;
            attribution.sourceName = name;
            paragraph.attributions.append(attribution);
        }
        article.paragraphs.append(paragraph);
    }

    // Cited sources first, in order of first citation, then any other listed info source.
    const QStringList cited = article.citedSourceNames();
    for (const QString &name : cited) {
        Source source;
        source.name = name;
        article.sources.append(source);
    }
    const auto infoSources = reader.objects(root, u"infoSources"_s);
    for (const auto &[infoSource, path] : infoSources) {
        const QString name = collapsedWhitespace(reader.string(infoSource, u"name"_s, path));
        const QString uri = reader.string(infoSource, u"uri"_s, path);
        reader.string(infoSource, u"role"_s, path); // type-checked, not kept
        checkText(memberPath(path, u"name"_s), name,
                  QCoreApplication::translate("NinjsCodec", "source name"),
                  ImportLimits::maxFieldLength);
        if (!reader.failed() && !uri.isEmpty() && !isAbsoluteUri(uri)) {
            reader.fail(memberPath(path, u"uri"_s),
                        QCoreApplication::translate("NinjsCodec", "\"%1\" is not an absolute URI")
                            .arg(uri));
        }
        if (reader.failed())
            break;
        if (name.isEmpty())
            continue;
        const auto known = std::find_if(article.sources.begin(), article.sources.end(),
                                        [&](const Source &source) { return source.name == name; });
        if (known == article.sources.end()) {
            Source source;
            source.name = name;
            source.url = uri;
            article.sources.append(source);
        } else if (known->url.isEmpty()) {
            known->url = uri;
        }
    }

    const auto associations = reader.objects(root, u"associations"_s);
    for (const auto &[associated, path] : associations) {
        const QString rel = reader.string(associated, u"rel"_s, path);
        const QString name = reader.string(associated, u"name"_s, path);
        const QString uri = reader.requiredString(associated, u"uri"_s, path);
        if (reader.failed())
            break;
        const QString relation = rel.isEmpty() ? name : rel;
        const bool isPrevious = relation == u"previous"_s;
        if (!isPrevious && relation != u"next"_s)
            continue; // other relations (photos, related coverage) are not links we keep
        if (uri == article.uri) {
            reader.fail(path, QCoreApplication::translate("NinjsCodec",
                                                          "the article links to itself as its "
                                                          "%1 article")
                                  .arg(relation));
            break;
        }
        QString &target = isPrevious ? imported.previousUri : imported.nextUri;
        if (!target.isEmpty()) {
            reader.fail(path,
                        QCoreApplication::translate("NinjsCodec", "a second \"%1\" association")
                            .arg(relation));
            break;
        }
        target = uri;
    }

    if (reader.failed())
        return failed();
    return imported;
}
