#pragma once

#include <QWidget>

#include <memory>

class ArticleDocument;
class ArticleSpelling;
class MetaTitleModel;
class QAction;
class QTableView;
class SearchPreview;
class SpellingItemDelegate;

namespace Ui {
class MetaTitleInspector;
}

// The Meta titles dock: the article's meta-title variants in a table (add, remove, reorder by
// drag or Alt+Up/Down, choose exactly one, notes, a width bar per row) above a preview of the
// search results entry. Every change goes through the document's undo stack.
class MetaTitleInspector : public QWidget
{
    Q_OBJECT

public:
    explicit MetaTitleInspector(QWidget *parent = nullptr);
    ~MetaTitleInspector() override;

    // The document must outlive the inspector or be replaced first; nullptr disables it.
    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const;

    // Underlines misspelled words in the titles and their editors (not owned; nullptr: none).
    void setSpelling(ArticleSpelling *spelling);
    SpellingItemDelegate *titleDelegate() const { return m_titleDelegate; }
    // Shows a variant (a spelling error in it): selects its row, makes its title the current
    // cell, scrolls to it and gives the table the focus.
    void showVariant(int row);

    MetaTitleModel *model() const { return m_model; }
    QTableView *view() const;
    SearchPreview *preview() const;
    // The hint under the table (empty when there is nothing to point out).
    QString hintText() const;

    QAction *addVariantAction() const { return m_addAction; }
    QAction *removeVariantAction() const { return m_removeAction; }
    QAction *moveUpAction() const { return m_moveUpAction; }
    QAction *moveDownAction() const { return m_moveDownAction; }
    QAction *chooseAction() const { return m_chooseAction; }

private:
    QAction *createAction(const QString &text, const QString &iconText, const QString &toolTip,
                          const QString &iconName, const QKeySequence &shortcut,
                          QWidget *shortcutOwner, Qt::ShortcutContext context);
    int currentRow() const;
    void selectRow(int row);
    void addVariant();
    void removeVariant();
    void moveCurrent(int delta);
    void chooseCurrent();
    void updateActions();
    void updateHint();

    std::unique_ptr<Ui::MetaTitleInspector> m_ui;
    MetaTitleModel *m_model = nullptr;
    SpellingItemDelegate *m_titleDelegate = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_chooseAction = nullptr;
};
