#include "TypedWord.h"

#include <QChar>

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Joins two parts of one word: apostrophes (straight, curly) and hyphens, soft hyphens included.
bool isJoiner(QChar c)
{
    switch (c.unicode()) {
    case u'\'':
    case 0x2019: // ’
    case u'-':
    case 0x00AD: // soft hyphen
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
        return true;
    default:
        return false;
    }
}

} // namespace

TypedWord TypedWord::around(QStringView text, int position)
{
    const int length = int(text.size());
    position = std::clamp(position, 0, length);
    int start = position;
    while (start > 0 &&
           (isWordCharacter(text[start - 1]) ||
            (isJoiner(text[start - 1]) && start >= 2 && isWordCharacter(text[start - 2]))))
        --start;
    int end = position;
    while (end < length &&
           (isWordCharacter(text[end]) ||
            (isJoiner(text[end]) && end + 1 < length && isWordCharacter(text[end + 1]))))
        ++end;
    return {start, end};
}
