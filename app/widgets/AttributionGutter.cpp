#include "AttributionGutter.h"

#include "AttributionStyle.h"
#include "BodyEditor.h"
#include "models/ParagraphData.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPixmapCache>
#include <QTextBlock>
#include <QToolTip>

namespace {

constexpr int LeftMargin = 4;
constexpr int BarWidth = 3;
constexpr int BarMargin = 3;       // between the bar and the body
constexpr int ChipBarReserve = 10; // keeps chips clear of the bar column
constexpr int SymbolGap = 3;

const QList<Attribution> *attributionsOf(const QTextBlock &block)
{
    if (const auto *data = static_cast<const ParagraphData *>(block.userData()))
        return &data->meta().attributions;
    return nullptr;
}

QUuid uuidOf(const QTextBlock &block)
{
    if (const auto *data = static_cast<const ParagraphData *>(block.userData()))
        return data->meta().uuid;
    return {};
}

bool isBlank(const QTextBlock &block)
{
    const QString text = block.text();
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

QString overflowText(int hidden)
{
    return QStringLiteral("+%1").arg(hidden);
}

} // namespace

AttributionGutter::AttributionGutter(BodyEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setMouseTracking(true);
    setAccessibleName(tr("Paragraph sources"));
    setAccessibleDescription(tr("One chip per source of each paragraph; a red bar marks a "
                                "paragraph without a source. Ctrl+Shift+A attaches a source."));
    updateMetrics();
}

int AttributionGutter::preferredWidth() const
{
    return fontMetrics().averageCharWidth() * 25 + LeftMargin + ChipBarReserve;
}

QSize AttributionGutter::sizeHint() const
{
    return {preferredWidth(), 0};
}

void AttributionGutter::updateMetrics()
{
    const QFontMetrics metrics = fontMetrics();
    m_chipHeight = metrics.height() + 2;
    m_chipPadding = std::max(4, m_chipHeight / 3);
    m_symbolWidth = std::max(metrics.horizontalAdvance(QStringLiteral("\u2713")),
                             metrics.horizontalAdvance(QLatin1Char('!')));
}

void AttributionGutter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        m_nameWidths.clear();
        update();
    } else if (event->type() == QEvent::PaletteChange) {
        update();
    }
    QWidget::changeEvent(event);
}

AttributionGutter::Layout AttributionGutter::layoutOf(const QTextBlock &block) const
{
    Layout layout;
    layout.blockNumber = block.blockNumber();
    const QRectF geometry = m_editor->paragraphGeometry(block);
    layout.band = QRect(0, qRound(geometry.top()), width(), qRound(geometry.height()));

    const QList<Attribution> *attributions = attributionsOf(block);
    if (!attributions || attributions->isEmpty()) {
        if (!isBlank(block))
            layout.bar = QRect(width() - BarMargin - BarWidth, layout.band.top() + 1, BarWidth,
                               std::max(1, layout.band.height() - 2));
        return layout;
    }

    // One row per text line where the font allows, so chips line up with the text.
    const int pitch = std::max(m_chipHeight + 1, m_editor->fontMetrics().lineSpacing());
    const int rows = std::max(1, layout.band.height() / pitch);
    const int count = int(attributions->size());
    const int shown = std::min(count, rows);
    layout.hidden = count - shown;

    const QFontMetrics metrics = fontMetrics();
    const int right = width() - ChipBarReserve;
    const int offset = (pitch - m_chipHeight) / 2;
    for (int i = 0; i < shown; ++i) {
        const Attribution &attribution = attributions->at(i);
        const int top = layout.band.top() + i * pitch + offset;
        int available = right - LeftMargin;
        if (layout.hidden > 0 && i == shown - 1) {
            const int overflowWidth =
                metrics.horizontalAdvance(overflowText(layout.hidden)) + 2 * m_chipPadding;
            layout.overflow = QRect(right - overflowWidth, top, overflowWidth, m_chipHeight);
            available -= overflowWidth + SymbolGap;
        }
        const bool symbol = attribution.verification != Verification::Unchecked;
        const int natural = 2 * m_chipPadding + (symbol ? m_symbolWidth + SymbolGap : 0) +
                            nameWidth(attribution.sourceName);
        layout.chips.append(QRect(LeftMargin, top, std::min(natural, available), m_chipHeight));
    }
    return layout;
}

int AttributionGutter::nameWidth(const QString &name) const
{
    // A desk cites a few dozen sources: measure each name once per font, not on every paint.
    auto it = m_nameWidths.constFind(name);
    if (it == m_nameWidths.cend())
        it = m_nameWidths.insert(name, fontMetrics().horizontalAdvance(name));
    return *it;
}

QPixmap AttributionGutter::chipPixmap(const Attribution &attribution, const QSize &size) const
{
    // Painted once per name, state, size, font and palette, then copied: rounding, stroking and
    // shaping the text of every chip on every repaint cost as much as painting the body.
    const QPalette &palette = this->palette();
    const qreal ratio = devicePixelRatioF();
    const QString key = QStringLiteral("copydesk-chip:%1:%2x%3@%4:%5:%6:%7")
                            .arg(int(attribution.verification))
                            .arg(size.width())
                            .arg(size.height())
                            .arg(ratio)
                            .arg(palette.cacheKey())
                            .arg(font().key(), attribution.sourceName);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;

    pixmap = QPixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    const AttributionStyle::ChipColors colors =
        AttributionStyle::chipColors(attribution.verification, palette);
    const QRect chip(QPoint(0, 0), size);
    painter.setPen(colors.border);
    painter.setBrush(colors.fill);
    const qreal radius = m_chipHeight * 0.35;
    painter.drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter.setPen(colors.text);
    QRect text = chip.adjusted(m_chipPadding, 0, -m_chipPadding, 0);
    const QString symbol = AttributionStyle::verificationSymbol(attribution.verification);
    if (!symbol.isEmpty()) {
        painter.drawText(QRect(text.left(), text.top(), m_symbolWidth, text.height()),
                         Qt::AlignCenter, symbol);
        text.setLeft(text.left() + m_symbolWidth + SymbolGap);
    }
    const QString &name = attribution.sourceName;
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                     nameWidth(name) <= text.width()
                         ? name
                         : fontMetrics().elidedText(name, Qt::ElideRight, text.width()));
    painter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

AttributionGutter::Layout AttributionGutter::layoutOfNumber(int blockNumber) const
{
    if (!m_editor->document())
        return {};
    const QTextBlock block = m_editor->document()->findBlockByNumber(blockNumber);
    if (!block.isValid() || !block.isVisible())
        return {};
    const QRectF geometry = m_editor->paragraphGeometry(block);
    if (geometry.bottom() < 0 || geometry.top() > height())
        return {};
    return layoutOf(block);
}

QList<QRect> AttributionGutter::chipRects(int blockNumber) const
{
    const Layout layout = layoutOfNumber(blockNumber);
    return QList<QRect>(layout.chips.cbegin(), layout.chips.cend());
}

QRect AttributionGutter::overflowRect(int blockNumber) const
{
    return layoutOfNumber(blockNumber).overflow;
}

int AttributionGutter::hiddenCount(int blockNumber) const
{
    return layoutOfNumber(blockNumber).hidden;
}

QRect AttributionGutter::barRect(int blockNumber) const
{
    return layoutOfNumber(blockNumber).bar;
}

AttributionGutter::Hit AttributionGutter::hitTest(const QPoint &position) const
{
    return hitAt(position);
}

AttributionGutter::Hit AttributionGutter::hitAt(const QPoint &position, Layout *found) const
{
    if (!m_editor->document())
        return {};
    for (QTextBlock block = m_editor->firstVisibleParagraph(); block.isValid();
         block = block.next()) {
        if (!block.isVisible())
            continue;
        const QRectF geometry = m_editor->paragraphGeometry(block);
        if (geometry.top() > position.y())
            break;
        if (geometry.bottom() <= position.y())
            continue;
        Layout layout = layoutOf(block);
        Hit hit{layout.blockNumber, -1};
        for (int i = 0; i < layout.chips.size(); ++i) {
            if (layout.chips.at(i).contains(position))
                hit.index = i;
        }
        if (layout.overflow.contains(position))
            hit.index = int(layout.chips.size()); // the first attribution "+N" stands for
        if (found)
            *found = std::move(layout);
        return hit;
    }
    return {};
}

void AttributionGutter::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QPalette &palette = this->palette();
    const QColor window = palette.color(QPalette::Window);
    painter.fillRect(event->rect(), window);
    // The edge towards the body.
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawLine(width() - 1, event->rect().top(), width() - 1, event->rect().bottom());

    if (!m_editor->document())
        return;
    const int current = m_editor->currentParagraph();
    QColor currentBand = palette.color(QPalette::Highlight);
    currentBand.setAlphaF(0.12f);
    QColor separator = palette.color(QPalette::Mid);
    separator.setAlphaF(0.6f);
    const QColor missing = AttributionStyle::missingColor(palette);

    for (QTextBlock block = m_editor->firstVisibleParagraph(); block.isValid();
         block = block.next()) {
        if (!block.isVisible())
            continue;
        const QRectF geometry = m_editor->paragraphGeometry(block);
        if (geometry.top() > event->rect().bottom())
            break;
        if (geometry.bottom() < event->rect().top())
            continue;
        const Layout layout = layoutOf(block);
        if (layout.blockNumber == current)
            painter.fillRect(layout.band.adjusted(0, 0, -1, 0), currentBand);
        if (block.blockNumber() > 0) {
            // Where one paragraph ends and the next begins (the body has no paragraph spacing).
            painter.fillRect(QRect(LeftMargin, layout.band.top(), width() - LeftMargin - 1, 1),
                             separator);
        }
        if (!layout.bar.isNull()) {
            if (m_waivers.contains(uuidOf(block))) {
                // Marked "no attribution needed": shown, but not as an error.
                painter.setPen(QPen(palette.color(QPalette::PlaceholderText), layout.bar.width(),
                                    Qt::DashLine, Qt::FlatCap));
                painter.drawLine(layout.bar.center().x(), layout.bar.top(), layout.bar.center().x(),
                                 layout.bar.bottom());
            } else {
                painter.fillRect(layout.bar, missing);
            }
            continue;
        }
        const QList<Attribution> *attributions = attributionsOf(block);
        for (int i = 0; i < layout.chips.size(); ++i) {
            const QRect chip = layout.chips.at(i);
            painter.drawPixmap(chip.topLeft(), chipPixmap(attributions->at(i), chip.size()));
        }
        if (layout.hidden > 0) {
            painter.setPen(palette.color(QPalette::WindowText));
            painter.setBrush(Qt::NoBrush);
            painter.drawText(layout.overflow, Qt::AlignCenter, overflowText(layout.hidden));
        }
    }
}

void AttributionGutter::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    Layout layout;
    const Hit hit = hitAt(event->position().toPoint(), &layout);
    if (hit.blockNumber < 0) {
        event->ignore();
        return;
    }
    event->accept();
    if (hit.index >= 0) {
        emit attributionClicked(hit.blockNumber, hit.index);
        return;
    }
    const QTextBlock block = m_editor->document()->findBlockByNumber(hit.blockNumber);
    if (!isBlank(block))
        emit attachRequested(hit.blockNumber);
}

void AttributionGutter::mouseReleaseEvent(QMouseEvent *event)
{
    // The press did the work; the release belongs to it.
    event->setAccepted(hitAt(event->position().toPoint()).blockNumber >= 0);
}

void AttributionGutter::mouseMoveEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position().toPoint());
    const bool clickable =
        hit.index >= 0 || (hit.blockNumber >= 0 &&
                           !isBlank(m_editor->document()->findBlockByNumber(hit.blockNumber)));
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

bool AttributionGutter::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

QString AttributionGutter::toolTipAt(const QPoint &position) const
{
    Layout layout;
    const Hit hit = hitAt(position, &layout);
    if (hit.blockNumber < 0)
        return {};
    const QTextBlock block = m_editor->document()->findBlockByNumber(hit.blockNumber);
    const QList<Attribution> *attributions = attributionsOf(block);
    const auto waiver = m_waivers.constFind(uuidOf(block));
    if (!layout.bar.isNull() && layout.bar.adjusted(-4, 0, 4, 0).contains(position) &&
        waiver != m_waivers.cend())
        return tr("Marked as needing no attribution: %1").arg(*waiver);
    if (!layout.bar.isNull() && layout.bar.adjusted(-4, 0, 4, 0).contains(position))
        return tr("No source is attributed to this paragraph. Click to attach one "
                  "(%1).")
            .arg(m_editor->attachSourceAction()->shortcut().toString(QKeySequence::NativeText));
    if (hit.index < 0 || !attributions || hit.index >= attributions->size())
        return {};
    auto line = [](const QString &label, const QString &value) {
        return QStringLiteral("<br/>%1 %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    if (layout.overflow.contains(position)) {
        QString html = tr("%n more source(s):", nullptr, layout.hidden).toHtmlEscaped();
        for (qsizetype i = hit.index; i < attributions->size(); ++i) {
            const Attribution &attribution = attributions->at(i);
            html += QStringLiteral("<br/>• %1 — %2")
                        .arg(attribution.sourceName.toHtmlEscaped(),
                             AttributionStyle::verificationLabel(attribution.verification)
                                 .toHtmlEscaped());
        }
        return html;
    }
    const Attribution &attribution = attributions->at(hit.index);
    QString html = QStringLiteral("<b>%1</b>").arg(attribution.sourceName.toHtmlEscaped());
    QString state = AttributionStyle::verificationLabel(attribution.verification);
    if (attribution.verification != Verification::Unchecked && !attribution.reviewer.isEmpty())
        state = tr("%1 by %2").arg(state, attribution.reviewer);
    html += line(tr("Verification:"), state);
    if (!attribution.detail.isEmpty())
        html += line(tr("Detail:"), attribution.detail);
    if (!attribution.url.isEmpty())
        html += line(tr("URL:"), attribution.url);
    if (!attribution.note.isEmpty())
        html += line(tr("Note:"), attribution.note);
    return html;
}

void AttributionGutter::setWaivedParagraphs(const QHash<QUuid, QString> &reasons)
{
    if (reasons == m_waivers)
        return;
    m_waivers = reasons;
    update();
}

bool AttributionGutter::isWaived(int blockNumber) const
{
    return m_waivers.contains(uuidOf(m_editor->document()->findBlockByNumber(blockNumber)));
}
