#pragma once

#include "models/ArticleDocument.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class AttributionsInspector;
}
class ArticleAttributionModel;
class QAction;

// The Attributions dock: the sources of the paragraph under the cursor (with Attach and
// Remove) and every attribution of the article in one table, unattributed paragraphs included.
class AttributionsInspector : public QWidget
{
    Q_OBJECT

public:
    explicit AttributionsInspector(QWidget *parent = nullptr);
    ~AttributionsInspector() override;

    void setDocument(ArticleDocument *document);
    // The editor's "Attach Source…" action, shown as this dock's Attach button.
    void setAttachAction(QAction *action);
    void setCurrentBlock(int blockNumber);
    int currentBlock() const { return m_block; }
    ArticleAttributionModel *model() const { return m_model; }

signals:
    void paragraphActivated(int blockNumber);

private:
    void showCurrentParagraph();
    void removeSelected();
    void updateCoverage();

    std::unique_ptr<Ui::AttributionsInspector> m_ui;
    ArticleAttributionModel *m_model;
    QPointer<ArticleDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
    int m_block = -1;
};
