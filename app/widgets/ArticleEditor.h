#pragma once

#include "models/ArticleDocument.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ArticleEditor;
}
class BodyEditor;

// The centre of the window: the article's fields (headline, summary with its reader preview,
// byline, section, language, slug) above the body editor. Every edit goes to the
// ArticleDocument, which puts it on the article's undo stack.
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
    // A locked or unwritable article: everything visible, nothing editable.
    void setReadOnly(bool readOnly, const QString &reason = {});
    bool isReadOnly() const { return m_readOnly; }

    static int countWords(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showField(ArticleDocument::Field field);
    void updateSummaryInfo();
    void applyPreviewStyle();

    std::unique_ptr<Ui::ArticleEditor> m_ui;
    QPointer<ArticleDocument> m_document;
    QList<QMetaObject::Connection> m_documentConnections;
    bool m_readOnly = false;
};
