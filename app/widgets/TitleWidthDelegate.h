#pragma once

#include "models/MetaTitleModel.h"

#include <QStyledItemDelegate>

#include <optional>

// Paints a title's width (MetaTitleModel::PixelWidthRole, i.e. TitleWidth::pixels) as a bar
// with its value: the palette's highlight colour up to TitleWidth::warnAbovePx, amber above it,
// red above TitleWidth::cutAbovePx, and a marker line where search results cut (600 px).
class TitleWidthDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The bar spans 0 to this width, so titles past the cut still show how far past they are.
    static constexpr double scaleMaxPx = 700.0;

    explicit TitleWidthDelegate(QObject *parent = nullptr);

    // The bar colour of a level, readable on the palette's base colour (light or dark).
    static QColor levelColor(MetaTitleModel::WidthLevel level, const QPalette &palette);
    // The width of `text` as the installed Liberation Sans at 20 px renders it (QFontMetricsF),
    // or nothing when that font is not installed.
    static std::optional<double> installedFontWidth(const QString &text);
    // What the width cell's tooltip says about `text`.
    static QString toolTipText(const QString &text);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};
