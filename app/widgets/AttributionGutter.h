#pragma once

#include <QHash>
#include <QRect>
#include <QUuid>
#include <QVarLengthArray>
#include <QWidget>

struct Attribution;
class BodyEditor;
class QTextBlock;

// The column beside the body that shows each paragraph's sources: one chip per attribution,
// coloured by its verification state and stacked within the paragraph's height (the rest
// summarised as "+N"), and a red bar beside a paragraph that cites nothing. Painted like the
// line-number area of Qt's codeeditor example: only the visible paragraphs, from the layout the
// editor already has.
class AttributionGutter : public QWidget
{
    Q_OBJECT

public:
    explicit AttributionGutter(BodyEditor *editor);

    // The width the editor reserves for the gutter (about 170 px at the default font).
    int preferredWidth() const;
    QSize sizeHint() const override;

    // Where the parts of a visible paragraph are painted, in gutter coordinates (empty or null
    // when the paragraph is not visible or has no such part).
    QList<QRect> chipRects(int blockNumber) const;
    QRect overflowRect(int blockNumber) const; // the "+N" summary
    int hiddenCount(int blockNumber) const;    // attributions summarised by "+N"
    QRect barRect(int blockNumber) const;      // the red bar of an unattributed paragraph

    // Paragraphs marked "no attribution needed" (with a reason, ReviewStore): their bar is
    // drawn muted and dashed instead of red, and its tooltip gives the reason.
    void setWaivedParagraphs(const QHash<QUuid, QString> &reasons);
    bool isWaived(int blockNumber) const;

    struct Hit
    {
        int blockNumber = -1; // -1: no paragraph there
        int index = -1;       // attribution index; -1 outside the chips
    };
    Hit hitTest(const QPoint &position) const;

signals:
    void attributionClicked(int blockNumber, int index);
    void attachRequested(int blockNumber);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QHash<QUuid, QString> m_waivers;
    struct Layout
    {
        int blockNumber = -1;
        QRect band; // the paragraph's rows of the gutter
        QVarLengthArray<QRect, 6> chips;
        int hidden = 0;
        QRect overflow;
        QRect bar;
    };

    Layout layoutOf(const QTextBlock &block) const;
    int nameWidth(const QString &name) const;
    QPixmap chipPixmap(const Attribution &attribution, const QSize &size) const;
    Layout layoutOfNumber(int blockNumber) const;
    Hit hitAt(const QPoint &position, Layout *layout = nullptr) const;
    void updateMetrics();
    QString toolTipAt(const QPoint &position) const;

    BodyEditor *m_editor;
    int m_chipHeight = 0;
    int m_chipPadding = 0;
    int m_symbolWidth = 0;
    mutable QHash<QString, int> m_nameWidths; // source name -> advance in the gutter's font
};
