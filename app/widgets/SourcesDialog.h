#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SourcesDialog;
}
class ArticleStore;
class QSortFilterProxyModel;
class SourceRegistryModel;

// The Sources manager: the shared source registry in a filterable table with how many paragraphs
// cite each source; names, kinds and websites are edited in place, duplicates merged into one
// source, uncited sources deleted. Registry changes are not undoable; registryChanged() tells the
// main window to reload the open article.
class SourcesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SourcesDialog(ArticleStore *store, QWidget *parent = nullptr);
    ~SourcesDialog() override;

    SourceRegistryModel *model() const { return m_model; }
    QList<qint64> selectedSourceIds() const;
    // Merges the selected sources into `keep` (one of them). False with the error shown.
    bool mergeSelectedInto(qint64 keep);
    // Deletes the selected sources; a cited one is refused and the reason shown.
    bool deleteSelected();
    QString message() const; // the message shown in the dialog, empty when none

signals:
    void registryChanged();

private:
    void chooseMergeTarget();
    void updateButtons();
    void showMessage(const QString &text);
    void selectSource(qint64 id);

    std::unique_ptr<Ui::SourcesDialog> m_ui;
    ArticleStore *m_store;
    SourceRegistryModel *m_model;
    QSortFilterProxyModel *m_proxy;
};
