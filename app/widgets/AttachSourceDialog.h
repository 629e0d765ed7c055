#pragma once

#include "core/Article.h"

#include <QDialog>
#include <QHash>
#include <QUuid>

#include <memory>

namespace Ui {
class AttachSourceDialog;
}
class ArticleDocument;
class ArticleStore;
class QStringListModel;

// Edits the sources of one paragraph: its current attributions (select one to change its detail
// or link, or remove it), and a form to add another with a completer over the source registry.
// A name the registry does not know yet becomes a new registry source with the kind and website
// given. OK applies all changes as one undoable step of the article.
class AttachSourceDialog : public QDialog
{
    Q_OBJECT

public:
    // `store` (may be nullptr) provides the registry and receives new sources.
    AttachSourceDialog(ArticleDocument *document, ArticleStore *store, int blockNumber,
                       QWidget *parent = nullptr);
    ~AttachSourceDialog() override;

    QUuid paragraph() const { return m_paragraph; }
    // The attributions as they will be applied on OK.
    QList<Attribution> pendingAttributions() const { return m_pending; }
    // Selects one of the pending attributions and loads it into the form.
    void selectAttribution(int index);
    // Adds the form's source (or updates the selected one). False, with the reason shown in the
    // dialog, when it is refused: no name, a source the paragraph already has, a bad link.
    bool addFromForm();
    void removeSelected();
    QString message() const; // the inline message, empty when none

    void accept() override;

signals:
    // A new source was written to the registry.
    void registryChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void loadRegistry();
    void refreshList();
    void updateForm();
    void clearForm();
    void showMessage(const QString &text);
    bool formIsEmpty() const;
    bool formMatchesSelection() const;
    int selectedIndex() const;
    int indexOfSource(const QString &name) const;
    bool apply();

    std::unique_ptr<Ui::AttachSourceDialog> m_ui;
    ArticleDocument *m_document;
    ArticleStore *m_store;
    QUuid m_paragraph;
    QList<Attribution> m_original;
    QList<Attribution> m_pending;
    QHash<QString, Source> m_registry;   // by ArticleStore::sourceKey
    QHash<QString, Source> m_newSources; // to create on OK, by key
    QStringListModel *m_completionModel;
};
