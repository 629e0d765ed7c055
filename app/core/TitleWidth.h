#pragma once

#include <QString>

// The one measure of title width used by the editor, the review rules and the CLI: glyph
// advances of Liberation Sans (metric-compatible with Arial) at 20 px, the size at which search
// engines cut titles (about 600 px). Needs no display and no installed fonts.
namespace TitleWidth {

constexpr double searchPixelSize = 20.0;
constexpr double warnAbovePx = 580.0;  // Rank Math warns above this
constexpr double cutAbovePx = 600.0;   // search results cut near here
constexpr double shortBelowPx = 200.0; // too short to use the space

double pixels(const QString &text, double pixelSize = searchPixelSize);

// How much of `text` fits in maxPixels when an ellipsis is appended; returns the elided text
// ("…" appended) or the text itself when it fits.
QString elided(const QString &text, double maxPixels = cutAbovePx,
               double pixelSize = searchPixelSize);

} // namespace TitleWidth
