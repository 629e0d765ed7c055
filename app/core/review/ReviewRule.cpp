#include "ReviewRule.h"

#include <algorithm>

bool ReviewRule::isBlank(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

QString ReviewRule::excerpt(QStringView text, qsizetype maximum)
{
    QString result;
    result.reserve(std::min(text.size(), maximum + 1));
    bool pendingSpace = false;
    for (const QChar c : text.trimmed()) {
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (result.size() >= maximum) {
            // Do not leave half a surrogate pair before the ellipsis.
            if (result.back().isHighSurrogate())
                result.chop(1);
            result += u'…';
            return result;
        }
        if (pendingSpace)
            result += u' ';
        pendingSpace = false;
        result += c;
    }
    return result;
}
