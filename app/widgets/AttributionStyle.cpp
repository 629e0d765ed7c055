#include "AttributionStyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace AttributionStyle {

namespace {

QColor blend(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

ChipColors chipColors(Verification state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case Verification::Verified:
        return dark ? ChipColors{QColor(0x1f, 0x4a, 0x26), QColor(0x5c, 0xb8, 0x64),
                                 QColor(0xd4, 0xf5, 0xd6)}
                    : ChipColors{QColor(0xd9, 0xf0, 0xdb), QColor(0x3b, 0x8e, 0x41),
                                 QColor(0x17, 0x46, 0x1b)};
    case Verification::Disputed:
        return dark ? ChipColors{QColor(0x5a, 0x1f, 0x1f), QColor(0xef, 0x53, 0x50),
                                 QColor(0xff, 0xdc, 0xdc)}
                    : ChipColors{QColor(0xfa, 0xdb, 0xdb), QColor(0xc6, 0x28, 0x28),
                                 QColor(0x7a, 0x12, 0x12)};
    case Verification::Unchecked:
        break;
    }
    // Neutral: the palette's mid colour, softened towards the window so the text stays legible.
    const QColor window = palette.color(QPalette::Window);
    const QColor mid = palette.color(QPalette::Mid);
    const QColor text = palette.color(QPalette::WindowText);
    return ChipColors{blend(window, mid, dark ? 0.55 : 0.35), blend(mid, text, 0.25), text};
}

QColor missingColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x5f, 0x56) : QColor(0xd3, 0x2f, 0x2f);
}

QColor errorTextColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QIcon verificationIcon(Verification state, const QPalette &palette)
{
    const ChipColors colors = chipColors(state, palette);
    QIcon icon;
    for (const int scale : {1, 2}) {
        QPixmap pixmap(16 * scale, 16 * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(colors.border, 1.0));
        painter.setBrush(colors.fill);
        painter.drawRoundedRect(QRectF(2.5, 2.5, 11, 11), 3, 3);
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString verificationLabel(Verification state)
{
    switch (state) {
    case Verification::Unchecked:
        return QCoreApplication::translate("AttributionStyle", "Unchecked");
    case Verification::Verified:
        return QCoreApplication::translate("AttributionStyle", "Verified");
    case Verification::Disputed:
        return QCoreApplication::translate("AttributionStyle", "Disputed");
    }
    return {};
}

QString verificationSymbol(Verification state)
{
    switch (state) {
    case Verification::Unchecked:
        return {};
    case Verification::Verified:
        return QStringLiteral("\u2713"); // check mark
    case Verification::Disputed:
        return QStringLiteral("!");
    }
    return {};
}

} // namespace AttributionStyle
