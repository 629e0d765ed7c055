#pragma once

#include "models/ArticleDocument.h"
#include "widgets/ArticleMisspellings.h"
#include "widgets/ArticleSpelling.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class ArticleEditor;
}
class BodyEditor;
class LineEditSpelling;
class QAction;
class QMenu;
class SpellCheckDialog;
class SpellingHighlighter;

// The centre of the window: the article's fields (headline, summary with its reader preview,
// byline, section, language, slug) above the body editor. Every edit goes to the
// ArticleDocument, which puts it on the article's undo stack. With spell checking, misspelled
// words are underlined in the headline, summary, byline and body, with the spelling actions in
// their context menus; F7 opens the Check Spelling dialog; a notice says when the article's
// language has no dictionary.
class ArticleEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SummaryWordLimit = 60; // SUMMARY_LENGTH warns above this

    explicit ArticleEditor(QWidget *parent = nullptr);
    ~ArticleEditor() override;

    // nullptr clears and disables the editor.
    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const { return m_document; }
    BodyEditor *bodyEditor() const;
    // A locked or unwritable article: everything visible, nothing editable. The reason is shown
    // in a banner above the fields; it may be rich text with links (readOnlyLinkActivated()).
    void setReadOnly(bool readOnly, const QString &reason = {});
    QString readOnlyReason() const;
    bool isReadOnly() const { return m_readOnly; }

    static int countWords(const QString &text);

    // The open article's spell checking (not owned; nullptr: none). It follows the document
    // given to setDocument().
    void setSpelling(ArticleSpelling *spelling);
    ArticleSpelling *spelling() const { return m_spelling; }
    SpellingHighlighter *summarySpelling() const { return m_summarySpelling; }
    LineEditSpelling *headlineSpelling() const { return m_headlineSpelling; }
    LineEditSpelling *bylineSpelling() const { return m_bylineSpelling; }

    // "Check Spelling…" (F7); the window puts it in a menu.
    QAction *checkSpellingAction() const { return m_checkSpellingAction; }
    // Opens the Check Spelling dialog (window-modal, deleted when closed) on its first error;
    // nullptr without an article or spell checking.
    SpellCheckDialog *openSpellCheckDialog();
    // The summary's context menu at a viewport position, with the spelling actions on a
    // misspelled word. The caller owns it.
    QMenu *createSummaryContextMenu(const QPoint &position);
    // The notice shown when the article's language has no dictionary (empty when hidden).
    QString spellingNoticeText() const;
    // Selects a misspelled word in the field or paragraph that holds it and gives that field
    // the focus; an error in a meta-title variant is passed on (metaTitleErrorShown()).
    void showSpellingError(const ArticleMisspellings::Error &error);

    // The underlined words of the open article: headline, summary, byline, meta-title variants
    // and the body as checked so far.
    int spellingErrorCount() const;
    // For the status bar: "3 spelling errors", or why nothing is checked; empty without an
    // article.
    QString spellingStatusText() const;
    QString spellingStatusToolTip() const;

signals:
    // A link in the read-only banner was clicked (its href).
    void readOnlyLinkActivated(const QString &link);
    // spellingStatusText() or spellingErrorCount() may have changed.
    void spellingStatusChanged();
    // Check Spelling shows an error in a meta-title variant (error.index is its row): the
    // window shows it in the Meta titles dock.
    void metaTitleErrorShown(const ArticleMisspellings::Error &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showField(ArticleDocument::Field field);
    void updateSummaryInfo();
    void applyPreviewStyle();
    void setUpSpelling();
    void updateSpellingNotice();
    void scheduleSpellingStatus();

    std::unique_ptr<Ui::ArticleEditor> m_ui;
    QPointer<ArticleDocument> m_document;
    QList<QMetaObject::Connection> m_documentConnections;
    bool m_readOnly = false;

    QPointer<ArticleSpelling> m_spelling;
    SpellingHighlighter *m_summarySpelling = nullptr;
    LineEditSpelling *m_headlineSpelling = nullptr;
    LineEditSpelling *m_bylineSpelling = nullptr;
    QAction *m_checkSpellingAction = nullptr;
    QTimer m_spellingStatusTimer; // one status update for a burst of changes
};
