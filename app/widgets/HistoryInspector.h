#pragma once

#include "core/TextDiff.h"
#include "storage/ArticleStore.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class ArticleDocument;
class AuditTrailModel;
class QTimer;
class RevisionListModel;

namespace Ui {
class HistoryInspector;
}

// The History inspector: the saved versions of the open article; selecting one shows what the
// current article (with its unsaved edits) changed since that version, word by word. "Restore
// this version" asks for confirmation and emits restoreRequested(); the main window performs it
// (saving pending edits first) and calls refresh() after saves. Below, the article's audit
// trail (status changes, verifications, review decisions), newest first.
class HistoryInspector : public QWidget
{
    Q_OBJECT

public:
    // Asks the user to confirm; true goes ahead. Replaceable so tests need no modal dialog.
    using Confirmation =
        std::function<bool(QWidget *parent, const QString &question, const QString &details)>;

    static constexpr int diffDelayMs = 300; // after typing stops, the diff follows
    static constexpr int contextChars = 60; // unchanged text kept around a change, each side

    explicit HistoryInspector(QWidget *parent = nullptr);
    ~HistoryInspector() override;

    // The store must outlive the document.
    void setDocument(ArticleDocument *document, ArticleStore *store);
    ArticleDocument *document() const;
    void setConfirmation(Confirmation confirmation);

    RevisionListModel *model() const { return m_model; }
    AuditTrailModel *auditTrailModel() const { return m_auditModel; }
    int selectedVersion() const; // 0 when nothing is selected
    void selectVersion(int version);

    // The changes as HTML: insertions and removals on tinted backgrounds taken from `palette`
    // (removals struck through), long unchanged runs shortened; all article text escaped.
    static QString diffHtml(const QString &intro, const QList<TextDiff::FieldDiff> &diffs,
                            const QPalette &palette);

public slots:
    // Reloads the versions (after a save or a restore), keeping the selected one.
    void refresh();
    // Asks for confirmation, then emits restoreRequested() for the selected version.
    void requestRestore();
    // Re-reads the audit trail: after a save (which records verifications) and after a status
    // change or a review decision made elsewhere (the review dock calls it).
    void refreshAuditTrail();

signals:
    void restoreRequested(int version);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // After a save: the new version on top, the selection and the loaded version kept.
    void followSave();
    void loadSelectedRevision();
    void updateDiff();
    void updateButtons();
    void showStatus(const QString &text);
    void updateAuditParagraphs();

    std::unique_ptr<Ui::HistoryInspector> m_ui;
    RevisionListModel *m_model;
    AuditTrailModel *m_auditModel;
    QTimer *m_diffTimer;
    QPointer<ArticleDocument> m_document;
    ArticleStore *m_store = nullptr;
    Confirmation m_confirm;
    std::optional<Article> m_revision; // the selected version, loaded
    bool m_diffStale = false;          // edits arrived while hidden
    bool m_refreshStale = false;       // saves arrived while hidden
    bool m_reloading = false;          // the list is being reset and reselected
};
