#include "SpellingItemDelegate.h"

#include "ArticleSpelling.h"
#include "LineEditSpelling.h"
#include "SpellingStyle.h"
#include "models/ArticleDocument.h"
#include "models/MetaTitleModel.h"
#include "spelling/Speller.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>
#include <QTextLayout>

SpellingItemDelegate::SpellingItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void SpellingItemDelegate::setSpelling(ArticleSpelling *spelling, QWidget *view)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_spellerConnections))
        disconnect(connection);
    m_spellerConnections.clear();
    m_spelling = spelling;
    if (spelling && view) {
        // A layer change may add or remove underlines in any visible cell.
        QPointer<QWidget> target(view);
        const auto repaint = [target] {
            if (target)
                target->update();
        };
        m_spellerConnections << connect(spelling->speller(), &Speller::wordsChanged, this, repaint)
                             << connect(spelling->speller(), &Speller::allWordsChanged, this,
                                        repaint);
    }
}

QList<Misspelling> SpellingItemDelegate::misspellings(const QModelIndex &index) const
{
    if (!m_spelling)
        return {};
    return m_spelling->speller()->misspellings(index.data(Qt::DisplayRole).toString());
}

void SpellingItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QList<Misspelling> found = misspellings(index);
    if (found.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear(); // the style paints background, selection, focus and check; the text is ours
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // The text rectangle and margin the style uses for item text (QCommonStyle::viewItemDrawText).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(margin, 0, -margin, 0);
    const QFontMetrics metrics(opt.font);
    QString shown = metrics.elidedText(text, opt.textElideMode, textRect.width());
    // Only a right-elided text keeps its positions; otherwise underline nothing hidden.
    const int kept = shown == text                         ? int(text.size())
                     : opt.textElideMode == Qt::ElideRight ? int(shown.size()) - 1
                                                           : 0;
    const QTextCharFormat underline = SpellingStyle::underlineFormat(opt.palette);
    QList<QTextLayout::FormatRange> formats;
    for (const Misspelling &misspelling : found) {
        const int start = int(misspelling.start);
        const int end = std::min(int(misspelling.start + misspelling.length), kept);
        if (end > start)
            formats.append({start, end - start, underline});
    }

    QTextLayout layout(shown, opt.font);
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTextDirection(opt.direction);
    textOption.setAlignment(QStyle::visualAlignment(opt.direction, opt.displayAlignment));
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    layout.endLayout();

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setClipRect(textRect);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal top = textRect.top() + (textRect.height() - line.height()) / 2.0;
    layout.draw(painter, QPointF(textRect.left(), top));
    painter->restore();
}

QWidget *SpellingItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit || !m_spelling)
        return editor;
    auto *spelling = new LineEditSpelling(edit);
    spelling->setSpelling(m_spelling);
    // createEditor is const, but the correction commits through this delegate's signals.
    auto *self = const_cast<SpellingItemDelegate *>(this);
    const QPersistentModelIndex persistent(index);
    spelling->setReplace(
        [self, edit, persistent](const Misspelling &misspelling, const QString &replacement) {
            self->replaceInEditor(edit, misspelling, replacement, persistent);
        });
    return editor;
}

void SpellingItemDelegate::replaceInEditor(QWidget *editor, const Misspelling &misspelling,
                                           const QString &replacement, const QModelIndex &index)
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit || !index.isValid())
        return;
    const int start =
        int(misspelling.isPartOfCompound() ? misspelling.compoundStart : misspelling.start);
    const QString target = misspelling.isPartOfCompound() ? misspelling.compound : misspelling.word;
    const auto *model = qobject_cast<const MetaTitleModel *>(index.model());
    QUndoStack *stack = model && model->document() ? model->document()->undoStack() : nullptr;
    // What was typed so far becomes its own step (merged with the typing before it) ...
    emit commitData(edit);
    // ... and the correction another.
    if (stack)
        stack->beginMacro(tr("Correct “%1” to “%2”").arg(target, replacement));
    const int cursor = edit->cursorPosition();
    edit->setText(QString(edit->text()).replace(start, int(target.size()), replacement));
    edit->setCursorPosition(cursor <= start ? cursor
                                            : cursor + int(replacement.size() - target.size()));
    emit commitData(edit);
    if (stack)
        stack->endMacro();
}
