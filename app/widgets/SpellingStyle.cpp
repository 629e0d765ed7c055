#include "SpellingStyle.h"

#include <QPalette>

namespace SpellingStyle {

QColor underlineColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x6e, 0x6e) : QColor(0xd3, 0x2f, 0x2f);
}

QTextCharFormat underlineFormat(const QPalette &palette)
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(underlineColor(palette));
    return format;
}

bool isUnderline(const QTextCharFormat &format)
{
    return format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
}

} // namespace SpellingStyle
