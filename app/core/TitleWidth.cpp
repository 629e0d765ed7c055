#include "TitleWidth.h"

#include "TitleMetricsTable.h"

#include <QList>

#include <algorithm>

namespace {

// Advance in font units; characters outside the font (CJK, emoji...) count as one em when wide,
// else as an average lowercase letter, which is how a fallback font renders them on average.
int advanceOf(char32_t codePoint)
{
    using namespace TitleMetrics;
    const GlyphAdvance *end = advances + advanceCount;
    const GlyphAdvance *found =
        std::lower_bound(advances, end, codePoint, [](const GlyphAdvance &entry, char32_t code) {
            return entry.codePoint < code;
        });
    if (found != end && found->codePoint == codePoint)
        return found->advance;
    const bool wide = (codePoint >= 0x1100 && codePoint <= 0x115F) ||
                      (codePoint >= 0x2E80 && codePoint <= 0xA4CF) ||
                      (codePoint >= 0xAC00 && codePoint <= 0xD7A3) ||
                      (codePoint >= 0xF900 && codePoint <= 0xFAFF) ||
                      (codePoint >= 0xFE30 && codePoint <= 0xFE4F) ||
                      (codePoint >= 0xFF00 && codePoint <= 0xFF60) ||
                      (codePoint >= 0x1F300 && codePoint <= 0x1FAFF) ||
                      (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
    return wide ? unitsPerEm : 1139;
}

bool isZeroWidth(char32_t codePoint)
{
    // Combining marks and format characters add no advance of their own.
    const QChar::Category category = QChar::category(codePoint);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
           category == QChar::Other_Format;
}

} // namespace

namespace TitleWidth {

double pixels(const QString &text, double pixelSize)
{
    qint64 units = 0;
    for (const char32_t codePoint : text.toUcs4()) {
        if (!isZeroWidth(codePoint))
            units += advanceOf(codePoint);
    }
    return double(units) * pixelSize / TitleMetrics::unitsPerEm;
}

QString elided(const QString &text, double maxPixels, double pixelSize)
{
    if (pixels(text, pixelSize) <= maxPixels)
        return text;
    const QString ellipsis = QStringLiteral("…");
    const double budget = maxPixels - pixels(ellipsis, pixelSize);
    const QList<uint> codePoints = text.toUcs4();
    double used = 0;
    qsizetype kept = 0;
    for (; kept < codePoints.size(); ++kept) {
        const char32_t codePoint = codePoints.at(kept);
        const double advance = isZeroWidth(codePoint)
                                   ? 0.0
                                   : advanceOf(codePoint) * pixelSize / TitleMetrics::unitsPerEm;
        if (used + advance > budget)
            break;
        used += advance;
    }
    QString result =
        QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), kept);
    // Cut at a word boundary when one is reasonably close, as results pages do.
    const qsizetype space = result.lastIndexOf(QLatin1Char(' '));
    if (space > result.size() * 2 / 3)
        result.truncate(space);
    return result.trimmed() + ellipsis;
}

} // namespace TitleWidth
