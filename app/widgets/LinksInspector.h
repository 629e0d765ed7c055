#pragma once

#include "storage/ArticleStore.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class ArticleDocument;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTimer;

namespace Ui {
class LinksInspector;
}

// The Links inspector: previous and next pickers (a completer over a full-text search of
// headlines), each showing the linked article's canonical headline — never a meta-title
// variant — with Open and Unlink; and the series the article belongs to, in order. Links are
// changed through LinkCommand, so they are undoable with the article's other edits; a link the
// store refuses (self-link, cycle) is explained in an inline message and nothing changes.
class LinksInspector : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxSuggestions = 20;
    static constexpr int searchDelayMs = 200;
    // Item data of the suggestion and series rows.
    enum Role { ArticleIdRole = Qt::UserRole, HeadlineRole, IsCurrentRole };

    explicit LinksInspector(QWidget *parent = nullptr);
    ~LinksInspector() override;

    // The store must outlive the document (its undo stack holds link commands).
    void setDocument(ArticleDocument *document, ArticleStore *store);
    ArticleDocument *document() const;

    QCompleter *completer(LinkSide side) const;
    // The inline message shown now (why a link was refused); empty when none is shown.
    QString message() const;

public slots:
    // Reloads the links and the series (the document's links changed, or another article did).
    void refresh();

signals:
    void openArticleRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Picker
    {
        QLineEdit *edit = nullptr;
        QLabel *headline = nullptr;
        QPushButton *open = nullptr;
        QPushButton *unlink = nullptr;
        QCompleter *completer = nullptr;
        QStandardItemModel *suggestions = nullptr;
        QTimer *searchTimer = nullptr;
    };

    void setUpPicker(LinkSide side);
    Picker &picker(LinkSide side) { return m_pickers[side == LinkSide::Previous ? 0 : 1]; }
    const Picker &picker(LinkSide side) const
    {
        return m_pickers[side == LinkSide::Previous ? 0 : 1];
    }
    std::optional<ArticleRef> linked(LinkSide side) const;
    void search(LinkSide side);
    // target nullopt unlinks; headline names the target in an explanation.
    void linkTo(LinkSide side, std::optional<qint64> target, const QString &headline = {});
    void openActivated(qint64 id);
    void refreshLinks();
    void refreshChain();
    void updateCurrentHeadline();
    void showMessage(const QString &text);
    void hideMessage();
    void applyMessageStyle();

    std::unique_ptr<Ui::LinksInspector> m_ui;
    QPointer<ArticleDocument> m_document;
    ArticleStore *m_store = nullptr;
    Picker m_pickers[2];
};
