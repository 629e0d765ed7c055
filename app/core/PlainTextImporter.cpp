#include "PlainTextImporter.h"

#include "NinjsCodec.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <array>

namespace {

// 1-based column of position `index` in `line`, counted in code points as editors show it.
int columnAt(QStringView line, qsizetype index)
{
    int column = 1;
    for (qsizetype i = 0; i < index && i < line.size(); ++i) {
        if (!line.at(i).isLowSurrogate())
            ++column;
    }
    return column;
}

QString normalizedNewlines(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

bool decodesCleanly(QByteArrayView bytes, QStringConverter::Flags flags)
{
    QStringDecoder decoder(QStringConverter::Utf8, flags);
    [[maybe_unused]] const QString decoded = decoder(bytes); // decoding is lazy
    return !decoder.hasError();
}

// Byte offset of the first byte of the first invalid UTF-8 sequence in `data` (which has one).
qsizetype firstInvalidUtf8Offset(QByteArrayView data)
{
    // A stateful decoder holds an unfinished sequence back instead of flagging it, and an error
    // never disappears once seen, so "decodes without error" is monotonic in the prefix length:
    // binary-search the longest such prefix.
    qsizetype low = 0;
    qsizetype high = data.size();
    while (low < high) {
        const qsizetype middle = low + (high - low + 1) / 2;
        if (decodesCleanly(data.first(middle), QStringConverter::Flag::Default))
            low = middle;
        else
            high = middle - 1;
    }
    // That prefix may end inside the bad sequence; it starts at the last character boundary.
    while (low > 0 && !decodesCleanly(data.first(low), QStringConverter::Flag::Stateless))
        --low;
    return low;
}

// A paragraph of the file: its lines joined by single spaces, and where each line came from.
struct TextBlock
{
    struct Segment
    {
        qsizetype start = 0; // offset of this line's text in `text`
        int line = 0;        // 1-based line number
        qsizetype indent = 0;
    };

    QString text;
    QList<Segment> segments;

    int firstLine() const { return segments.constFirst().line; }
};

struct Location
{
    int line = 0;
    int column = 0;
};

Location locate(const TextBlock &block, const QStringList &lines, qsizetype offset)
{
    auto segment = block.segments.constBegin();
    for (auto it = block.segments.constBegin(); it != block.segments.constEnd(); ++it) {
        if (it->start <= offset)
            segment = it;
    }
    const QString &line = lines.at(segment->line - 1);
    return {segment->line, columnAt(line, segment->indent + offset - segment->start)};
}

QList<TextBlock> splitIntoBlocks(const QStringList &lines)
{
    QList<TextBlock> blocks;
    bool inBlock = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString content = line.trimmed();
        if (content.isEmpty()) {
            inBlock = false;
            continue;
        }
        if (!inBlock) {
            blocks.append(TextBlock{});
            inBlock = true;
        }
        TextBlock &block = blocks.last();
        if (!block.text.isEmpty())
            block.text += QLatin1Char(' ');
        qsizetype indent = 0;
        while (line.at(indent).isSpace())
            ++indent;
        block.segments.append({block.text.size(), int(i + 1), indent});
        block.text += content;
    }
    return blocks;
}

enum class Field { Summary, Byline, Language, Section, Slug };

struct FieldPrefix
{
    Field field{};
    QLatin1String prefix;
};

constexpr std::array fieldPrefixes{
    FieldPrefix{Field::Summary, QLatin1String("Summary:")},
    FieldPrefix{Field::Byline, QLatin1String("Byline:")},
    FieldPrefix{Field::Language, QLatin1String("Language:")},
    FieldPrefix{Field::Section, QLatin1String("Section:")},
    FieldPrefix{Field::Slug, QLatin1String("Slug:")},
};

const FieldPrefix *fieldPrefixOf(const QString &text)
{
    for (const FieldPrefix &entry : fieldPrefixes) {
        if (text.startsWith(entry.prefix, Qt::CaseInsensitive))
            return &entry;
    }
    return nullptr;
}

// Where the trailing "(Source: ...)" marker of `text` starts, and the text between its colon and
// its closing parenthesis; -1 when the text does not end with one.
qsizetype findAttributionMarker(const QString &text, QString *namesPart)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    if (end == 0 || text.at(end - 1) != QLatin1Char(')'))
        return -1;
    // Walk back to the matching parenthesis so names like "Statistics Office (ONS)" stay whole.
    int depth = 0;
    qsizetype open = -1;
    for (qsizetype i = end - 1; i >= 0 && open < 0; --i) {
        if (text.at(i) == QLatin1Char(')'))
            ++depth;
        else if (text.at(i) == QLatin1Char('(') && --depth == 0)
            open = i;
    }
    if (open < 0)
        return -1;
    static const QRegularExpression keyword(
        QStringLiteral("\\(\\s*source(?:\\s+attribution)?\\s*:"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = keyword.match(
        text, open, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (!match.hasMatch())
        return -1;
    if (namesPart)
        *namesPart = text.mid(match.capturedEnd(), end - 1 - match.capturedEnd());
    return open;
}

QStringList splitSourceNames(const QString &namesPart)
{
    QStringList names;
    const QStringList pieces = namesPart.split(QLatin1Char(';'));
    for (const QString &piece : pieces) {
        const QString name = piece.simplified();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::Summary:
        return QCoreApplication::translate("PlainTextImporter", "Summary");
    case Field::Byline:
        return QCoreApplication::translate("PlainTextImporter", "Byline");
    case Field::Language:
        return QCoreApplication::translate("PlainTextImporter", "Language");
    case Field::Section:
        return QCoreApplication::translate("PlainTextImporter", "Section");
    case Field::Slug:
        break;
    }
    return QCoreApplication::translate("PlainTextImporter", "Slug");
}

} // namespace

bool PlainTextImporter::isLanguageTag(const QString &tag)
{
    // The shape of a BCP 47 tag: a 2-3 letter language, then subtags of 2-8 alphanumerics
    // (script, region, variants), or single-character extensions followed by their subtags.
    static const QRegularExpression shape(QStringLiteral(
        "^[A-Za-z]{2,3}(?:-(?:[A-Za-z0-9]{2,8}|[A-Za-z0-9](?:-[A-Za-z0-9]{1,8})+))*$"));
    return shape.match(tag).hasMatch();
}

bool PlainTextImporter::takeAttributionMarker(QString &text, QStringList *sourceNames)
{
    QString namesPart;
    const qsizetype markerStart = findAttributionMarker(text, &namesPart);
    if (markerStart < 0)
        return false;
    if (sourceNames)
        *sourceNames = splitSourceNames(namesPart);
    qsizetype end = markerStart;
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    text.truncate(end);
    return true;
}

std::optional<ImportedArticle> PlainTextImporter::parse(const QByteArray &data,
                                                        const QString &fileName, ImportError *error)
{
    const auto fail = [&](int line, int column, const QString &message) {
        if (error)
            *error = ImportError{fileName, line, column, message};
        return std::nullopt;
    };

    if (data.isEmpty())
        return fail(0, 0, QCoreApplication::translate("PlainTextImporter", "the file is empty"));
    if (data.size() > ImportLimits::maxFileBytes)
        return fail(0, 0, ImportLimits::fileTooLarge(data.size()));
    if (const QString encoding = ImportLimits::foreignEncoding(data); !encoding.isEmpty())
        return fail(0, 0, ImportLimits::notUtf8(encoding));

    // The decoder skips a leading byte order mark; Stateless reports a truncated last sequence.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError()) {
        const qsizetype offset = firstInvalidUtf8Offset(data);
        const QString before = normalizedNewlines(QString::fromUtf8(data.first(offset)));
        const qsizetype lineStart = before.lastIndexOf(QLatin1Char('\n')) + 1;
        return fail(int(before.count(QLatin1Char('\n')) + 1),
                    columnAt(QStringView(before).mid(lineStart), before.size() - lineStart),
                    QCoreApplication::translate("PlainTextImporter",
                                                "invalid UTF-8 (byte 0x%1); save the file as UTF-8")
                        .arg(QString::number(quint8(data.at(offset)), 16).toUpper()));
    }
    text = normalizedNewlines(text);
    const QStringList lines = text.split(QLatin1Char('\n'));

    const qsizetype nul = text.indexOf(QChar(0));
    if (nul >= 0) {
        const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), nul) + 1;
        return fail(int(QStringView(text).first(nul).count(QLatin1Char('\n')) + 1),
                    columnAt(QStringView(text).mid(lineStart), nul - lineStart),
                    QCoreApplication::translate("PlainTextImporter",
                                                "NUL byte in the text; is this a binary file?"));
    }

    const QList<TextBlock> blocks = splitIntoBlocks(lines);
    if (blocks.isEmpty()) {
        return fail(
            0, 0,
            QCoreApplication::translate("PlainTextImporter", "the file contains only whitespace"));
    }

    const TextBlock &headline = blocks.constFirst();
    if (const FieldPrefix *field = fieldPrefixOf(headline.text)) {
        const Location where = locate(headline, lines, 0);
        return fail(where.line, where.column,
                    QCoreApplication::translate("PlainTextImporter",
                                                "no headline: the first paragraph must be the "
                                                "headline, not the %1 field")
                        .arg(fieldLabel(field->field)));
    }

    if (headline.text.size() > ImportLimits::maxHeadlineLength) {
        const Location where = locate(headline, lines, 0);
        return fail(
            where.line, where.column,
            ImportLimits::fieldTooLong(QCoreApplication::translate("PlainTextImporter", "headline"),
                                       headline.text.size(), ImportLimits::maxHeadlineLength));
    }

    ImportedArticle imported;
    imported.fileName = fileName;
    Article &article = imported.article;
    article.uuid = QUuid::createUuid();
    article.headline = NinjsCodec::collapsedWhitespace(headline.text);

    std::array<int, fieldPrefixes.size()> fieldLines{}; // where each field was set; 0 = not yet
    for (qsizetype b = 1; b < blocks.size(); ++b) {
        const TextBlock &block = blocks.at(b);

        if (const FieldPrefix *field = fieldPrefixOf(block.text)) {
            int &seenOn = fieldLines.at(std::size_t(field->field));
            if (seenOn > 0) {
                const Location where = locate(block, lines, 0);
                return fail(where.line, where.column,
                            QCoreApplication::translate("PlainTextImporter",
                                                        "the %1 field is given twice (first on "
                                                        "line %2)")
                                .arg(fieldLabel(field->field))
                                .arg(seenOn));
            }
            seenOn = block.firstLine();

            qsizetype valueStart = field->prefix.size();
            while (valueStart < block.text.size() && block.text.at(valueStart).isSpace())
                ++valueStart;
            const QString value = NinjsCodec::collapsedWhitespace(block.text.mid(valueStart));
            const Location where = locate(block, lines, valueStart);
            if (value.isEmpty()) {
                return fail(
                    where.line, where.column,
                    QCoreApplication::translate("PlainTextImporter", "the %1 field is empty")
                        .arg(fieldLabel(field->field)));
            }
            if (value.size() > ImportLimits::maxFieldLength) {
                return fail(where.line, where.column,
                            ImportLimits::fieldTooLong(
                                QCoreApplication::translate("PlainTextImporter", "%1 field")
                                    .arg(fieldLabel(field->field)),
                                value.size(), ImportLimits::maxFieldLength));
            }
            switch (field->field) {
            case Field::Summary:
                article.summary = value;
                break;
            case Field::Byline:
                article.byline = value;
                break;
            case Field::Language:
                if (!isLanguageTag(value)) {
                    return fail(where.line, where.column,
                                QCoreApplication::translate("PlainTextImporter",
                                                            "\"%1\" is not a language tag "
                                                            "(BCP 47, such as en-US or fr)")
                                    .arg(value));
                }
                article.language = value;
                break;
            case Field::Section:
                article.section = value;
                break;
            case Field::Slug:
                article.slug = value;
                break;
            }
            continue;
        }

        if (article.paragraphs.size() == ImportLimits::maxParagraphs) {
            const Location where = locate(block, lines, 0);
            return fail(where.line, where.column, ImportLimits::tooManyParagraphs());
        }
        if (block.text.size() > ImportLimits::maxParagraphLength) {
            const Location where = locate(block, lines, 0);
            return fail(where.line, where.column,
                        ImportLimits::fieldTooLong(
                            QCoreApplication::translate("PlainTextImporter", "paragraph"),
                            block.text.size(), ImportLimits::maxParagraphLength));
        }
        Paragraph paragraph;
        paragraph.uuid = Paragraph::newUuid();
        paragraph.text = block.text;
        QString namesPart;
        const qsizetype markerStart = findAttributionMarker(block.text, &namesPart);
        if (markerStart >= 0) {
            const Location where = locate(block, lines, markerStart);
            const QStringList names = splitSourceNames(namesPart);
            if (names.isEmpty()) {
                return fail(where.line, where.column,
                            QCoreApplication::translate("PlainTextImporter",
                                                        "the source marker names no source"));
            }
            takeAttributionMarker(paragraph.text, nullptr);
            if (paragraph.text.isEmpty()) {
                return fail(where.line, where.column,
                            QCoreApplication::translate("PlainTextImporter",
                                                        "the source marker has no paragraph "
                                                        "text before it; put it at the end of "
                                                        "the paragraph it attributes"));
            }
            for (const QString &name : names) {
                if (name.size() > ImportLimits::maxFieldLength) {
                    return fail(where.line, where.column,
                                ImportLimits::fieldTooLong(
                                    QCoreApplication::translate("PlainTextImporter", "source name"),
                                    name.size(), ImportLimits::maxFieldLength));
                }
                Attribution attribution;
                attribution.sourceName = name;
                paragraph.attributions.append(attribution);
            }
        }
        paragraph.text = NinjsCodec::collapsedWhitespace(paragraph.text);
        article.paragraphs.append(paragraph);
    }

    const QStringList sourceNames = article.citedSourceNames();
    for (const QString &name : sourceNames) {
        Source source;
        source.name = name;
        article.sources.append(source);
    }
    return imported;
}
