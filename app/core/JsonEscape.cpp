#include "JsonEscape.h"

#include <QChar>

void appendJsonEscaped(QByteArray &json, QStringView text)
{
    // Into the buffer directly (QByteArray::append per byte was most of the writer's time),
    // sized for the worst case, six bytes per UTF-16 unit ("\\u001f"), then cut back.
    static constexpr char hex[] = "0123456789abcdef";
    const qsizetype start = json.size();
    json.resize(start + 6 * text.size());
    char *out = json.data() + start;
    const auto escapeUnit = [&out](char16_t unit) {
        *out++ = '\\';
        *out++ = 'u';
        *out++ = hex[(unit >> 12) & 0xf];
        *out++ = hex[(unit >> 8) & 0xf];
        *out++ = hex[(unit >> 4) & 0xf];
        *out++ = hex[unit & 0xf];
    };
    const char16_t *it = text.utf16();
    const char16_t *const end = it + text.size();
    while (it != end) {
        const char16_t unit = *it++;
        if (unit < 0x80) {
            char escaped = 0;
            switch (unit) {
            case u'"':
                escaped = '"';
                break;
            case u'\\':
                escaped = '\\';
                break;
            case u'\b':
                escaped = 'b';
                break;
            case u'\f':
                escaped = 'f';
                break;
            case u'\n':
                escaped = 'n';
                break;
            case u'\r':
                escaped = 'r';
                break;
            case u'\t':
                escaped = 't';
                break;
            }
            if (escaped) {
                *out++ = '\\';
                *out++ = escaped;
            } else if (unit < 0x20) {
                escapeUnit(unit);
            } else {
                *out++ = char(unit);
            }
        } else if (unit < 0x800) {
            *out++ = char(0xc0 | (unit >> 6));
            *out++ = char(0x80 | (unit & 0x3f));
        } else if (QChar::isHighSurrogate(unit) && it != end && QChar::isLowSurrogate(*it)) {
            const char32_t code = QChar::surrogateToUcs4(unit, *it++);
            *out++ = char(0xf0 | (code >> 18));
            *out++ = char(0x80 | ((code >> 12) & 0x3f));
            *out++ = char(0x80 | ((code >> 6) & 0x3f));
            *out++ = char(0x80 | (code & 0x3f));
        } else if (QChar::isSurrogate(unit) || unit == 0xfeff) {
            // A lone surrogate is not UTF-8. Qt's JSON reader drops a U+FEFF written as UTF-8
            // at the start of a string (it takes it for a byte order mark), so a headline
            // starting with one came back empty.
            escapeUnit(unit);
        } else {
            *out++ = char(0xe0 | (unit >> 12));
            *out++ = char(0x80 | ((unit >> 6) & 0x3f));
            *out++ = char(0x80 | (unit & 0x3f));
        }
    }
    json.resize(out - json.constData());
}
