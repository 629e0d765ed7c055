#pragma once

#include "core/review/Finding.h"
#include "models/ArticleDocument.h"
#include "storage/ReviewStore.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ReviewInspector;
}
class ArticleEditor;
class ArticleStore;
class QAbstractButton;
class QAction;
class QTreeWidgetItem;
class ReviewAttributionModel;
class ReviewSpellingChecker;

// The Review dock (issue 5): the open article's status with the workflow actions the user's
// role allows, its paragraphs side by side with their sources (Verify, Dispute, "no
// attribution needed", anonymous sources approved with a reason), and the automatic findings
// grouped by severity, each leading to its place in the article. Status changes, waivers and
// anonymity decisions go through ReviewStore; verifications through the article's undo stack,
// so that autosave stores them and the store stamps the reviewer.
class ReviewInspector : public QWidget
{
    Q_OBJECT

public:
    // Findings are recomputed this long after the last edit.
    static constexpr int FindingsDelayMs = 300;

    explicit ReviewInspector(QWidget *parent = nullptr);
    ~ReviewInspector() override;

    // nullptr clears and disables the dock. The store is not owned.
    void setDocument(ArticleDocument *document, ArticleStore *store);
    ArticleDocument *document() const { return m_document; }
    // Where findings in the headline, summary, byline and body are shown (not owned).
    void setArticleEditor(ArticleEditor *editor);
    // Saves the open article's pending edits before a status change or a recorded decision
    // (the store judges the stored article); returns false when they could not be saved.
    void setPendingEditsSaver(std::function<bool()> saver) { m_saveEdits = std::move(saver); }

    ReviewAttributionModel *model() const { return m_model; }
    QList<Finding> findings() const { return m_findings; }
    // The button that moves the article to `to` (nullptr when the status has no such move).
    QAbstractButton *workflowButton(ArticleStatus to) const;

    QAction *verifyAction() const { return m_verifyAction; }
    QAction *disputeAction() const { return m_disputeAction; }
    QAction *nextUncheckedAction() const { return m_nextAction; }
    QAction *previousUncheckedAction() const { return m_previousAction; }
    QAction *waiverAction() const { return m_waiverAction; }
    QAction *anonymityAction() const { return m_anonymityAction; }

    // The desk user changed (Preferences): the actions follow the new role.
    void updateUser();
    // Recomputes the findings now instead of after the debounce.
    void refreshFindings();
    // Goes to the finding's place: its text selected in the editor, its meta-title variant or
    // the Links dock (see the signals).
    void showFinding(const Finding &finding);
    // Asks what the move needs (a comment, a chief's override reason) and makes it; false
    // when it was cancelled or refused (the reason is shown).
    bool changeStatus(ArticleStatus to);

signals:
    // The stored status changed; the window refreshes the article list.
    void statusChanged();
    // A finding in a field or the body is being shown: the editor must be visible.
    void editorRequested();
    void metaTitleRequested(int index);
    void linksRequested();
    // A waiver or an anonymity decision was recorded (the audit trail grew).
    void decisionsRecorded();
    // The open article's paragraphs marked "no attribution needed", with their reasons.
    void waiversChanged(const QHash<QUuid, QString> &reasons);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QAction *createAction(const QString &text, const QString &toolTip, const QIcon &icon,
                          const QKeySequence &shortcut);
    void scheduleFindings();
    void reloadDecisions();
    void updateStatus();
    void rebuildWorkflowButtons();
    void updateWorkflowHint();
    void updateReviewActions();
    void showFindings();
    void onFindingActivated(QTreeWidgetItem *item);
    void selectRow(int row, bool showParagraph);
    void showParagraph(int blockNumber);
    void moveToUnchecked(int direction);
    void review(Verification state);
    void editWaiver();
    void approveAnonymity();
    bool saveEdits();
    // Who acts: the article store's actor, whom its saves stamp as the reviewer.
    DeskActor actor() const;
    ReviewStore reviewStore() const; // needs m_store
    Article reviewedArticle() const;
    void showError(const QString &title, const QString &message);
    int currentRow() const;

    std::unique_ptr<Ui::ReviewInspector> m_ui;
    ReviewAttributionModel *m_model;
    QPointer<ArticleDocument> m_document;
    ArticleStore *m_store = nullptr;
    QPointer<ArticleEditor> m_editor;
    std::function<bool()> m_saveEdits;
    QList<QMetaObject::Connection> m_connections;

    QAction *m_verifyAction = nullptr;
    QAction *m_disputeAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_waiverAction = nullptr;
    QAction *m_anonymityAction = nullptr;
    QList<QPair<ArticleStatus, QAbstractButton *>> m_workflowButtons;

    QList<Finding> m_findings;
    QString m_findingsError;
    bool m_findingsStale = true;
    QTimer m_findingsTimer;
    // Loaded with the first findings that need it: Hunspell dictionaries take a while to read.
    std::unique_ptr<ReviewSpellingChecker> m_spelling;
    QStringList m_newsroomWords;
    // Registry entries of cited sources the article did not load with (attached since): the
    // anonymous-source rule needs their kind.
    mutable QHash<QString, std::optional<Source>> m_sourceCache;
};
