#include "TitleWidthDelegate.h"

#include "core/TitleWidth.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace {

const QString liberationSans = QStringLiteral("Liberation Sans");

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QString widthLabel(double pixels)
{
    return TitleWidthDelegate::tr("%L1 px").arg(qRound(pixels));
}

} // namespace

TitleWidthDelegate::TitleWidthDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor TitleWidthDelegate::levelColor(MetaTitleModel::WidthLevel level, const QPalette &palette)
{
    // Amber and red picked for at least 3:1 contrast against white and against dark bases.
    const bool dark = isDark(palette);
    switch (level) {
    case MetaTitleModel::WidthLevel::Ok:
        break;
    case MetaTitleModel::WidthLevel::Warn:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xc7, 0x77, 0x00);
    case MetaTitleModel::WidthLevel::Cut:
        return dark ? QColor(0xff, 0x6e, 0x6e) : QColor(0xc6, 0x28, 0x28);
    }
    return palette.color(QPalette::Active, QPalette::Highlight);
}

std::optional<double> TitleWidthDelegate::installedFontWidth(const QString &text)
{
    QFont font(liberationSans);
    font.setPixelSize(int(TitleWidth::searchPixelSize));
    font.setKerning(false); // search results pages and the width table use plain advances
    if (QFontInfo(font).family() != liberationSans)
        return std::nullopt;
    return QFontMetricsF(font).horizontalAdvance(text);
}

QString TitleWidthDelegate::toolTipText(const QString &text)
{
    const double pixels = TitleWidth::pixels(text);
    QString verdict;
    switch (MetaTitleModel::levelFor(pixels)) {
    case MetaTitleModel::WidthLevel::Ok:
        verdict = tr("fits in search results");
        break;
    case MetaTitleModel::WidthLevel::Warn:
        verdict = tr("close to the cut (above %1 px)").arg(TitleWidth::warnAbovePx);
        break;
    case MetaTitleModel::WidthLevel::Cut:
        verdict = tr("search results cut it (above %1 px)").arg(TitleWidth::cutAbovePx);
        break;
    }
    QStringList lines;
    lines << tr("%1 wide at Arial 20 px, %2.").arg(widthLabel(pixels), verdict);
    lines << tr("Search engines cut titles near %1 px at Arial 20 px; "
                "the bar turns amber above %2 px and red above %1 px.")
                 .arg(TitleWidth::cutAbovePx)
                 .arg(TitleWidth::warnAbovePx);
    if (const std::optional<double> rendered = installedFontWidth(text)) {
        lines << tr("Measured with the installed Liberation Sans 20 px: %L1 px")
                     .arg(*rendered, 0, 'f', 1);
    }
    return lines.join(QLatin1Char('\n'));
}

void TitleWidthDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear(); // the style paints background, selection and focus; the rest is ours
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double pixels = index.data(MetaTitleModel::PixelWidthRole).toDouble();
    const auto level = MetaTitleModel::levelFor(pixels);
    const QPalette &palette = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 3;
    const QRect area = opt.rect.adjusted(margin, 0, -margin, 0);
    QFont font = opt.font;
    font.setBold(level == MetaTitleModel::WidthLevel::Cut);
    const QFontMetrics metrics(font);
    const QString label = widthLabel(pixels);
    const int labelWidth =
        std::max(metrics.horizontalAdvance(widthLabel(999.0)), metrics.horizontalAdvance(label)) +
        margin;
    const QRect labelRect(area.right() - labelWidth + 1, area.top(), labelWidth, area.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const int barHeight = std::clamp(metrics.height() / 2, 6, 12);
    const QRectF track(area.left() + 0.5, area.center().y() - barHeight / 2.0 + 0.5,
                       std::max(0, labelRect.left() - area.left() - margin) - 1.0, barHeight);
    if (track.width() > 8) {
        // The track is painted in the base colour even on a selected row, so the level colours
        // keep their contrast whatever the selection colour is.
        painter->setPen(QPen(palette.color(group, QPalette::Mid), 1.0));
        painter->setBrush(palette.color(group, QPalette::Base));
        painter->drawRoundedRect(track, 2, 2);
        const double fraction = std::clamp(pixels / scaleMaxPx, 0.0, 1.0);
        if (fraction > 0) {
            QRectF bar = track.adjusted(1, 1, -1, -1);
            bar.setWidth(bar.width() * fraction);
            QColor color = levelColor(level, palette);
            if (group == QPalette::Disabled)
                color.setAlphaF(0.4f);
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawRoundedRect(bar, 1.5, 1.5);
        }
        const double markerX = track.left() + track.width() * (TitleWidth::cutAbovePx / scaleMaxPx);
        painter->setPen(
            QPen(palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text), 1.5));
        painter->drawLine(QPointF(markerX, track.top() - 3), QPointF(markerX, track.bottom() + 3));
    }
    painter->setFont(font);
    painter->setPen(palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, label);
    painter->restore();
}

QSize TitleWidthDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    const int label = QFontMetrics(font).horizontalAdvance(widthLabel(999.0));
    return {std::max(base.width(), label + 90), base.height()};
}

bool TitleWidthDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip) {
        const QString title =
            index.siblingAtColumn(MetaTitleModel::TitleColumn).data(Qt::EditRole).toString();
        QToolTip::showText(event->globalPos(), toolTipText(title), view->viewport(),
                           view->visualRect(index));
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
