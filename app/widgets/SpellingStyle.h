#pragma once

#include <QColor>
#include <QTextCharFormat>

class QPalette;

// How a misspelled word looks in every field: a wavy underline
// (QTextCharFormat::SpellCheckUnderline, drawn wavy by the styles) in a red that stays readable on
// the palette's base colour, light or dark. The palette has no role for errors, so the red is
// picked for contrast against that base.
namespace SpellingStyle {

QColor underlineColor(const QPalette &palette);
QTextCharFormat underlineFormat(const QPalette &palette);
// Whether a format is the spelling underline (tests and the delegate look for it).
bool isUnderline(const QTextCharFormat &format);

} // namespace SpellingStyle
