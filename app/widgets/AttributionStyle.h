#pragma once

#include "core/Article.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QPalette;

// How an attribution's verification state is shown: chip colours that stay readable in light
// and dark palettes, the bar of an unattributed paragraph, and the state's label and symbol.
// Shared by the gutter, the attach dialog and the inspectors so the states look alike everywhere.
namespace AttributionStyle {

struct ChipColors
{
    QColor fill;
    QColor border;
    QColor text;
};

bool isDark(const QPalette &palette);
// Chip colours for a state, for chips painted on the palette's window colour.
ChipColors chipColors(Verification state, const QPalette &palette);
// The bar beside a paragraph that cites no source.
QColor missingColor(const QPalette &palette);
// Text colour of inline error messages in dialogs.
QColor errorTextColor(const QPalette &palette);

// A small chip-coloured mark for lists of attributions.
QIcon verificationIcon(Verification state, const QPalette &palette);

QString verificationLabel(Verification state); // translated: "Unchecked", "Verified", "Disputed"
// A one-character mark drawn before the name so the state does not rely on colour alone.
QString verificationSymbol(Verification state);

} // namespace AttributionStyle
