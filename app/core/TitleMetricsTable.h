#pragma once

// Advance widths of Liberation Sans Regular by code point, sorted (see TitleWidth).
namespace TitleMetrics {
struct GlyphAdvance
{
    unsigned short codePoint;
    unsigned short advance; // font units
};
extern const int unitsPerEm;
extern const GlyphAdvance advances[];
extern const int advanceCount;
} // namespace TitleMetrics
