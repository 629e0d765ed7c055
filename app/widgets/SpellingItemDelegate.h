#pragma once

#include "spelling/Misspelling.h"
#include "widgets/ArticleSpelling.h"

#include <QPointer>
#include <QStyledItemDelegate>

// Shows a text column with its misspelled words underlined (the meta-title variants): paints
// the cell as QStyledItemDelegate does, but draws the text itself through a QTextLayout that
// carries the spelling underline. Its editor is a QLineEdit with LineEditSpelling, whose
// suggestions replace the word in the editor and commit it as one undo step of the article
// (after committing what was typed before it, so the typing stays a step of its own).
class SpellingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SpellingItemDelegate(QObject *parent = nullptr);

    // The checker (not owned; nullptr: a plain delegate). Cells repaint when its words change.
    void setSpelling(ArticleSpelling *spelling, QWidget *view);
    ArticleSpelling *spelling() const { return m_spelling; }

    // The misspellings of an index's display text.
    QList<Misspelling> misspellings(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    void replaceInEditor(QWidget *editor, const Misspelling &misspelling,
                         const QString &replacement, const QModelIndex &index);

    QPointer<ArticleSpelling> m_spelling;
    QList<QMetaObject::Connection> m_spellerConnections;
};
