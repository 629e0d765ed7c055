#include "ReviewInspector.h"
#include "ui_ReviewInspector.h"

#include "models/ReviewAttributionModel.h"
#include "spelling/ReviewSpellingChecker.h"
#include "storage/ArticleStore.h"
#include "storage/DictionaryStore.h"
#include "widgets/ArticleEditor.h"
#include "widgets/BodyEditor.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTextBlock>
#include <QTreeWidgetItem>

namespace {

constexpr int FindingRole = Qt::UserRole; // the finding's index in findings()

QIcon themedIcon(const char *name, const QStyle *style, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), style->standardIcon(fallback));
}

// The text the user is asked for, or nothing when they cancel. An empty answer is asked
// again with `required` shown, since every one of these questions is recorded with a reason.
std::optional<QString> askText(QWidget *parent, const QString &title, const QString &question,
                               const QString &required, const QString &initial = {})
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setLabelText(question);
    dialog.setTextValue(initial);
    // The questions are sentences: wrapped, not one line as wide as the screen. They name
    // sources and quote findings, which are shown as written, never as markup.
    if (auto *label = dialog.findChild<QLabel *>()) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    dialog.resize(dialog.fontMetrics().averageCharWidth() * 60, dialog.sizeHint().height());
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        const QString text = dialog.textValue().trimmed();
        if (!text.isEmpty())
            return text;
        dialog.setLabelText(question + QStringLiteral("\n\n") + required);
    }
}

} // namespace

ReviewInspector::ReviewInspector(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReviewInspector>())
    , m_model(new ReviewAttributionModel(this))
{
    m_ui->setupUi(this);
    QTableView *table = m_ui->attributionTable;
    table->setModel(m_model);
    table->verticalHeader()->hide();
    QHeaderView *header = table->horizontalHeader();
    // The paragraph and its source side by side first; who checked it and why further right.
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ReviewAttributionModel::StateColumn,
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReviewAttributionModel::ReviewerColumn,
                                 QHeaderView::ResizeToContents);
    const QFontMetrics metrics(table->font());
    header->resizeSection(ReviewAttributionModel::ParagraphColumn, metrics.averageCharWidth() * 28);
    header->resizeSection(ReviewAttributionModel::SourceColumn, metrics.averageCharWidth() * 20);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);

    const QStyle *style = this->style();
    m_verifyAction =
        createAction(tr("Verif&y"), tr("Mark the selected source as verified"),
                     themedIcon("dialog-ok-apply", style, QStyle::SP_DialogApplyButton),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_disputeAction =
        createAction(tr("&Dispute…"), tr("Dispute the selected source, with a note saying why"),
                     themedIcon("dialog-cancel", style, QStyle::SP_MessageBoxWarning),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_nextAction =
        createAction(tr("Next Unchecked Source"), tr("Go to the next unchecked source"),
                     themedIcon("go-down", style, QStyle::SP_ArrowDown), QKeySequence(Qt::Key_F8));
    m_previousAction = createAction(
        tr("Previous Unchecked Source"), tr("Go to the previous unchecked source"),
        themedIcon("go-up", style, QStyle::SP_ArrowUp), QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_waiverAction = createAction(
        tr("No Attribution Needed…"),
        tr("Record why the selected paragraph needs no source (for example the reporter's own "
           "observation)"),
        QIcon(), QKeySequence());
    m_anonymityAction = createAction(tr("Approve Anonymous Source…"),
                                     tr("Record why the selected anonymous source is acceptable"),
                                     QIcon(), QKeySequence());
    m_ui->verifyButton->setDefaultAction(m_verifyAction);
    m_ui->disputeButton->setDefaultAction(m_disputeAction);
    m_ui->nextButton->setDefaultAction(m_nextAction);
    m_ui->previousButton->setDefaultAction(m_previousAction);
    m_ui->waiverButton->setDefaultAction(m_waiverAction);
    m_ui->anonymityButton->setDefaultAction(m_anonymityAction);

    connect(m_verifyAction, &QAction::triggered, this, [this] { review(Verification::Verified); });
    connect(m_disputeAction, &QAction::triggered, this, [this] { review(Verification::Disputed); });
    connect(m_nextAction, &QAction::triggered, this, [this] { moveToUnchecked(+1); });
    connect(m_previousAction, &QAction::triggered, this, [this] { moveToUnchecked(-1); });
    connect(m_waiverAction, &QAction::triggered, this, &ReviewInspector::editWaiver);
    connect(m_anonymityAction, &QAction::triggered, this, &ReviewInspector::approveAnonymity);

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewInspector::updateReviewActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewInspector::updateReviewActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReviewInspector::updateReviewActions);
    // Choosing a row shows its paragraph in the body; the focus stays here for the keyboard.
    connect(table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        showParagraph(index.data(ReviewAttributionModel::BlockNumberRole).toInt());
    });
    connect(table, &QTableView::activated, this, [this](const QModelIndex &index) {
        showParagraph(index.data(ReviewAttributionModel::BlockNumberRole).toInt());
    });
    connect(m_ui->findingsTree, &QTreeWidget::itemClicked, this,
            &ReviewInspector::onFindingActivated);
    connect(m_ui->findingsTree, &QTreeWidget::itemActivated, this,
            &ReviewInspector::onFindingActivated);

    m_findingsTimer.setSingleShot(true);
    m_findingsTimer.setInterval(FindingsDelayMs);
    connect(&m_findingsTimer, &QTimer::timeout, this, &ReviewInspector::refreshFindings);

    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    setDocument(nullptr, nullptr);
}

ReviewInspector::~ReviewInspector() = default;

QAction *ReviewInspector::createAction(const QString &text, const QString &toolTip,
                                       const QIcon &icon, const QKeySequence &shortcut)
{
    auto *action = new QAction(icon, text, this);
    action->setStatusTip(toolTip);
    if (shortcut.isEmpty()) {
        action->setToolTip(toolTip);
    } else {
        action->setShortcut(shortcut);
        // The reviewer reads the paragraph in the body and verifies it from there.
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    }
    addAction(action);
    return action;
}

void ReviewInspector::setDocument(ArticleDocument *document, ArticleStore *store)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_findingsTimer.stop();
    m_document = document;
    m_store = document ? store : nullptr;
    m_sourceCache.clear();
    m_findings.clear();
    m_findingsError.clear();
    m_model->setDocument(document);
    if (document) {
        m_connections << connect(document, &ArticleDocument::contentEdited, this,
                                 &ReviewInspector::scheduleFindings);
        m_connections << connect(document->body(), &QTextDocument::contentsChanged, this,
                                 &ReviewInspector::scheduleFindings);
        m_connections << connect(document, &ArticleDocument::attributionsChanged, this,
                                 &ReviewInspector::scheduleFindings);
        m_connections << connect(document, &ArticleDocument::linksChanged, this,
                                 &ReviewInspector::scheduleFindings);
        // A save may uncheck edited paragraphs' sources; a status change is marked saved too.
        m_connections << connect(document, &ArticleDocument::saved, this, [this] {
            updateStatus();
            rebuildWorkflowButtons();
            scheduleFindings();
        });
    }
    setEnabled(document != nullptr);
    reloadDecisions();
    updateStatus();
    rebuildWorkflowButtons();
    showFindings();
    scheduleFindings();
    if (m_model->rowCount() > 0)
        selectRow(std::max(0, m_model->nextUnchecked(-1, +1)), false);
}

void ReviewInspector::setArticleEditor(ArticleEditor *editor)
{
    m_editor = editor;
}

DeskActor ReviewInspector::actor() const
{
    return m_store ? m_store->actor() : DeskUser::current();
}

ReviewStore ReviewInspector::reviewStore() const
{
    ReviewStore store(m_store->database());
    store.setActor(m_store->actor());
    return store;
}

QAbstractButton *ReviewInspector::workflowButton(ArticleStatus to) const
{
    for (const auto &[status, button] : m_workflowButtons) {
        if (status == to)
            return button;
    }
    return nullptr;
}

void ReviewInspector::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Hidden, the dock skips the work; shown, it catches up at once.
    if (m_findingsStale && m_document)
        m_findingsTimer.start(0);
}

// --- status and workflow ---------------------------------------------------------------------

void ReviewInspector::updateUser()
{
    updateStatus();
    rebuildWorkflowButtons();
    updateReviewActions();
}

void ReviewInspector::updateStatus()
{
    const DeskActor who = actor();
    m_ui->userLabel->setText(tr("%1 (%2)").arg(who.name, deskRoleLabel(who.role)));
    if (!m_document) {
        m_ui->statusLabel->clear();
        return;
    }
    m_ui->statusLabel->setText(
        QStringLiteral("<b>%1</b>").arg(articleStatusLabel(m_document->status()).toHtmlEscaped()));
}

void ReviewInspector::rebuildWorkflowButtons()
{
    const QList<ArticleStatus> next =
        m_document ? ReviewWorkflow::nextStatuses(m_document->status()) : QList<ArticleStatus>();
    QList<ArticleStatus> shown;
    for (const auto &[status, button] : std::as_const(m_workflowButtons))
        shown.append(status);
    if (shown != next) {
        // Later: the button that was pressed may be the one that changed the status.
        for (const auto &[status, button] : std::as_const(m_workflowButtons)) {
            button->hide();
            button->deleteLater();
        }
        m_workflowButtons.clear();
        for (const ArticleStatus to : next) {
            auto *button = new QPushButton(m_ui->workflowButtons);
            if (to == ArticleStatus::Approved)
                button->setIcon(themedIcon("dialog-ok", style(), QStyle::SP_DialogApplyButton));
            connect(button, &QPushButton::clicked, this, [this, to] { changeStatus(to); });
            m_ui->workflowLayout->addWidget(button);
            m_workflowButtons.append({to, button});
        }
    }
    if (m_document) {
        const Article article = m_document->savedArticle();
        const ArticleStatus from = m_document->status();
        const DeskActor who = actor();
        for (const auto &[to, button] : std::as_const(m_workflowButtons)) {
            QString label = ReviewWorkflow::actionLabel(from, to);
            if (to == ArticleStatus::ChangesRequested)
                label = tr("%1…").arg(label); // asks for a comment
            button->setText(label);
            button->setAccessibleName(label);
            // What the role or authorship rules out is disabled with the workflow's reason; a
            // refusal for findings is explained when the button is pressed (a chief may
            // override it).
            StatusChangeRequest request;
            request.to = to;
            request.actor = who;
            QString why;
            if (!ReviewWorkflow::mayMove(who.role, from, to) ||
                (to == ArticleStatus::Approved && ReviewWorkflow::isOwnArticle(article, who.name)))
                why = ReviewWorkflow::refusal(article, request, {});
            button->setEnabled(why.isEmpty());
            button->setToolTip(
                why.isEmpty() ? tr("Move the article to “%1”").arg(articleStatusLabel(to)) : why);
        }
    }
    m_ui->workflowButtons->setVisible(!m_workflowButtons.isEmpty());
    updateWorkflowHint();
}

void ReviewInspector::updateWorkflowHint()
{
    QStringList lines;
    for (const auto &[status, button] : std::as_const(m_workflowButtons)) {
        if (!button->isEnabled() && !lines.contains(button->toolTip()))
            lines.append(button->toolTip());
    }
    if (m_document && m_document->status() == ArticleStatus::InReview &&
        blocksApproval(m_findings)) {
        QStringList rules;
        int count = 0;
        for (const Finding &finding : std::as_const(m_findings)) {
            if (!finding.blocksApproval)
                continue;
            ++count;
            if (!rules.contains(finding.rule))
                rules.append(finding.rule);
        }
        QString line = tr("%n finding(s) block approval (%1).", nullptr, count)
                           .arg(rules.join(QStringLiteral(", ")));
        if (actor().role == DeskRole::Chief)
            line += u' ' + tr("As chief you can approve anyway with a written reason.");
        lines.append(line);
    }
    m_ui->workflowHint->setText(lines.join(u'\n'));
    m_ui->workflowHint->setVisible(!lines.isEmpty());
}

bool ReviewInspector::saveEdits()
{
    return !m_saveEdits || m_saveEdits();
}

void ReviewInspector::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

bool ReviewInspector::changeStatus(ArticleStatus to)
{
    if (!m_document || !m_store)
        return false;
    const QString title = ReviewWorkflow::actionLabel(m_document->status(), to);
    StatusChangeRequest request;
    request.to = to;
    if (to == ArticleStatus::ChangesRequested) {
        const std::optional<QString> comment =
            askText(this, title, tr("Which changes do you request? The editor sees this comment."),
                    tr("A comment is required."));
        if (!comment)
            return false;
        request.comment = *comment;
    }
    // The store judges the stored article: what is on screen must be stored first.
    if (!saveEdits()) {
        showError(title, tr("Your edits to this article could not be saved, so its status was "
                            "not changed."));
        return false;
    }
    ReviewStore store = reviewStore();
    Article after;
    StoreError error = store.changeStatus(m_document->articleId(), request, &after);
    if (error.kind == StoreError::Kind::Blocked && actor().role == DeskRole::Chief) {
        const std::optional<QString> reason = askText(
            this, tr("Approve Over Findings"),
            tr("%1\n\nAs chief you can approve anyway. Write why; the reason is kept in the "
               "article's audit trail.")
                .arg(error.message),
            tr("A reason is required."));
        if (!reason)
            return false;
        request.overrideReason = *reason;
        error = store.changeStatus(m_document->articleId(), request, &after);
    }
    if (error) {
        showError(title, error.message);
        return false;
    }
    // The content is unchanged (the status is not a content version): take the stored state.
    m_document->markSaved(after);
    emit statusChanged();
    return true;
}

// --- sources ---------------------------------------------------------------------------------

int ReviewInspector::currentRow() const
{
    const QModelIndex current = m_ui->attributionTable->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ReviewInspector::selectRow(int row, bool showParagraphInBody)
{
    const QModelIndex index = m_model->index(row, ReviewAttributionModel::ParagraphColumn);
    if (!index.isValid())
        return;
    m_ui->attributionTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->attributionTable->scrollTo(index);
    if (showParagraphInBody)
        showParagraph(index.data(ReviewAttributionModel::BlockNumberRole).toInt());
}

void ReviewInspector::showParagraph(int blockNumber)
{
    if (!m_editor || !m_document)
        return;
    BodyEditor *body = m_editor->bodyEditor();
    const QTextBlock block = body->document()->findBlockByNumber(blockNumber);
    if (!block.isValid())
        return;
    body->setTextCursor(QTextCursor(block));
    body->centerCursor();
}

void ReviewInspector::moveToUnchecked(int direction)
{
    const int row = m_model->nextUnchecked(currentRow(), direction);
    if (row >= 0)
        selectRow(row, true);
}

void ReviewInspector::updateReviewActions()
{
    const int row = currentRow();
    const QModelIndex index = m_model->index(row, 0);
    const bool mayReview = m_document && ReviewWorkflow::mayReview(actor().role);
    const int attribution =
        index.isValid() ? index.data(ReviewAttributionModel::AttributionIndexRole).toInt() : -1;
    const bool onSource = index.isValid() && attribution >= 0;
    const QString editorNote = tr("Only a reviewer or a chief can verify or dispute sources.");
    for (QAction *action : {m_verifyAction, m_disputeAction}) {
        action->setEnabled(mayReview && onSource);
        action->setToolTip(mayReview || !m_document
                               ? action->statusTip() +
                                     QStringLiteral(" (%1)").arg(
                                         action->shortcut().toString(QKeySequence::NativeText))
                               : editorNote);
    }
    const int unchecked = m_model->uncheckedCount();
    m_nextAction->setEnabled(m_document && unchecked > 0);
    m_previousAction->setEnabled(m_document && unchecked > 0);

    const bool onUnattributed = index.isValid() && attribution < 0;
    const bool waived = onUnattributed && index.data(ReviewAttributionModel::WaivedRole).toBool();
    m_waiverAction->setEnabled(onUnattributed);
    m_waiverAction->setText(waived ? tr("Withdraw “No Attribution Needed”")
                                   : tr("No Attribution Needed…"));
    m_waiverAction->setToolTip(waived ? tr("Take the “no attribution needed” mark off the "
                                           "selected paragraph")
                                      : m_waiverAction->statusTip());

    bool anonymous = false;
    if (onSource) {
        const QUuid paragraph = index.data(ReviewAttributionModel::ParagraphUuidRole).toUuid();
        anonymous = std::any_of(m_findings.cbegin(), m_findings.cend(), [&](const Finding &f) {
            return f.rule == QLatin1String("ATTR_ANONYMOUS") && f.paragraph == paragraph &&
                   f.attribution == attribution;
        });
    }
    m_anonymityAction->setEnabled(mayReview && anonymous);
    m_ui->anonymityButton->setVisible(anonymous);

    int sources = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        sources +=
            m_model->index(r, 0).data(ReviewAttributionModel::AttributionIndexRole).toInt() >= 0
                ? 1
                : 0;
    if (!m_document)
        m_ui->progressLabel->clear();
    else if (sources > 0 && unchecked == 0)
        m_ui->progressLabel->setText(tr("Every source has been checked."));
    else
        m_ui->progressLabel->setText(
            tr("%1 of %n source(s) checked", nullptr, sources).arg(sources - unchecked));
}

void ReviewInspector::review(Verification state)
{
    const QModelIndex index = m_model->index(currentRow(), 0);
    if (!m_document || !index.isValid() || !ReviewWorkflow::mayReview(actor().role))
        return;
    const int blockNumber = index.data(ReviewAttributionModel::BlockNumberRole).toInt();
    const int which = index.data(ReviewAttributionModel::AttributionIndexRole).toInt();
    const ParagraphMeta meta = m_document->paragraphMeta(blockNumber);
    if (which < 0 || which >= meta.attributions.size())
        return;
    QList<Attribution> attributions = meta.attributions;
    Attribution &attribution = attributions[which];
    const int paragraphNumber = index.data(ReviewAttributionModel::ParagraphNumberRole).toInt();
    QString note;
    if (state == Verification::Disputed) {
        const std::optional<QString> answer =
            askText(this, tr("Dispute Source"),
                    tr("Why is “%1” disputed in paragraph %2? The editor sees this note.")
                        .arg(attribution.sourceName)
                        .arg(paragraphNumber),
                    tr("A note is required."), attribution.note);
        if (!answer)
            return;
        note = *answer;
    }
    attribution.verification = state;
    attribution.note = note; // a verification replaces an earlier dispute's note
    // Shown at once; the store stamps both again when it saves the review.
    attribution.reviewer = actor().name;
    attribution.reviewedAt = QDateTime::currentDateTimeUtc();
    m_document->setAttributions(meta.uuid, attributions,
                                state == Verification::Verified
                                    ? tr("Verify “%1”").arg(attribution.sourceName)
                                    : tr("Dispute “%1”").arg(attribution.sourceName));
    // Verified: on to the next source to check. Disputed: stay, the editor has work here.
    if (state == Verification::Verified) {
        const int row = m_model->rowOf(blockNumber, which);
        const int next = m_model->nextUnchecked(row, +1);
        if (next >= 0)
            selectRow(next, true);
    }
}

void ReviewInspector::reloadDecisions()
{
    if (!m_document || !m_store) {
        m_model->setDecisions({});
        emit waiversChanged({});
        return;
    }
    StoreError error;
    const ReviewDecisions decisions = reviewStore().decisions(m_document->articleId(), &error);
    if (error)
        m_findingsError = error.message;
    m_model->setDecisions(decisions);
    QHash<QUuid, QString> reasons;
    for (const AttributionWaiver &waiver : decisions.waivers)
        reasons.insert(waiver.paragraph, waiver.reason);
    emit waiversChanged(reasons);
}

void ReviewInspector::editWaiver()
{
    const QModelIndex index = m_model->index(currentRow(), 0);
    if (!m_document || !m_store || !index.isValid() ||
        index.data(ReviewAttributionModel::AttributionIndexRole).toInt() >= 0)
        return;
    const QUuid paragraph = index.data(ReviewAttributionModel::ParagraphUuidRole).toUuid();
    const int number = index.data(ReviewAttributionModel::ParagraphNumberRole).toInt();
    const bool waived = index.data(ReviewAttributionModel::WaivedRole).toBool();
    const QString title = tr("No Attribution Needed");
    QString reason;
    if (!waived) {
        const std::optional<QString> answer =
            askText(this, title,
                    tr("Why does paragraph %1 need no source? For example: the reporter's own "
                       "observation. The reason is shown to reviewers and kept in the audit "
                       "trail.")
                        .arg(number),
                    tr("A reason is required."));
        if (!answer)
            return;
        reason = *answer;
    }
    // The mark belongs to a stored paragraph.
    if (!saveEdits()) {
        showError(title, tr("Your edits to this article could not be saved, so nothing was "
                            "recorded."));
        return;
    }
    if (const StoreError error =
            reviewStore().setNoAttributionNeeded(m_document->articleId(), paragraph, reason)) {
        showError(title, error.message);
        return;
    }
    reloadDecisions();
    refreshFindings();
    emit decisionsRecorded();
}

void ReviewInspector::approveAnonymity()
{
    const QModelIndex index = m_model->index(currentRow(), 0);
    if (!m_document || !m_store || !index.isValid())
        return;
    const int blockNumber = index.data(ReviewAttributionModel::BlockNumberRole).toInt();
    const int which = index.data(ReviewAttributionModel::AttributionIndexRole).toInt();
    const ParagraphMeta meta = m_document->paragraphMeta(blockNumber);
    if (which < 0 || which >= meta.attributions.size())
        return;
    const QString source = meta.attributions.at(which).sourceName;
    const QString title = tr("Approve Anonymous Source");
    const std::optional<QString> reason = askText(
        this, title,
        tr("Why is the anonymous source “%1” acceptable in paragraph %2? The reason and your "
           "name are kept in the audit trail.")
            .arg(source)
            .arg(index.data(ReviewAttributionModel::ParagraphNumberRole).toInt()),
        tr("A reason is required."));
    if (!reason)
        return;
    if (!saveEdits()) {
        showError(title, tr("Your edits to this article could not be saved, so nothing was "
                            "recorded."));
        return;
    }
    if (const StoreError error =
            reviewStore().approveAnonymity(m_document->articleId(), meta.uuid, source, *reason)) {
        showError(title, error.message);
        return;
    }
    reloadDecisions();
    refreshFindings();
    emit decisionsRecorded();
}

// --- findings --------------------------------------------------------------------------------

void ReviewInspector::scheduleFindings()
{
    m_findingsStale = true;
    if (isVisible() && m_document)
        m_findingsTimer.start();
}

Article ReviewInspector::reviewedArticle() const
{
    Article article = m_document->article();
    // The document does not carry the registry entries; the rules need the sources' kinds.
    article.sources = m_document->savedArticle().sources;
    const auto known = [&](const Attribution &attribution) {
        return std::any_of(
            article.sources.cbegin(), article.sources.cend(), [&](const Source &source) {
                return (attribution.sourceId != 0 && source.id == attribution.sourceId) ||
                       source.name == attribution.sourceName;
            });
    };
    for (const Paragraph &paragraph : std::as_const(article.paragraphs)) {
        for (const Attribution &attribution : paragraph.attributions) {
            if (known(attribution))
                continue;
            const QString key = ArticleStore::sourceKey(attribution.sourceName);
            auto cached = m_sourceCache.constFind(key);
            if (cached == m_sourceCache.cend())
                cached = m_sourceCache.insert(key, m_store->sourceByName(attribution.sourceName));
            if (cached->has_value())
                article.sources.append(**cached);
        }
    }
    return article;
}

void ReviewInspector::refreshFindings()
{
    m_findingsTimer.stop();
    m_findings.clear();
    if (m_document && m_store) {
        m_findingsError.clear();
        if (!m_spelling) {
            m_spelling = std::make_unique<ReviewSpellingChecker>();
            m_spelling->setSuggestionCount(0); // the findings list does not show suggestions
        }
        DictionaryStore dictionaries(m_store->database());
        StoreError error;
        QStringList newsroom;
        for (const NewsroomWord &word : dictionaries.newsroomWords(&error))
            newsroom.append(word.word);
        if (newsroom != m_newsroomWords) {
            m_newsroomWords = newsroom;
            m_spelling->setNewsroomWords(newsroom);
        }
        if (!error)
            m_spelling->setIgnoredWords(dictionaries.ignoredWords(m_document->articleId(), &error));
        if (!error)
            m_findings = reviewStore().findings(reviewedArticle(), m_spelling.get(), &error);
        if (error)
            m_findingsError = tr("The findings could not be computed: %1").arg(error.message);
    }
    m_findingsStale = false;
    showFindings();
    updateWorkflowHint();
    updateReviewActions();
}

void ReviewInspector::showFindings()
{
    QTreeWidget *tree = m_ui->findingsTree;
    tree->clear();
    if (!m_findingsError.isEmpty()) {
        auto *item = new QTreeWidgetItem(tree, {m_findingsError});
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        item->setToolTip(0, m_findingsError);
    }
    struct Group
    {
        Finding::Severity severity;
        QString title;
        QStyle::StandardPixmap icon;
    };
    const Group groups[] = {
        {Finding::Severity::Blocking, tr("Blocking"), QStyle::SP_MessageBoxCritical},
        {Finding::Severity::Warning, tr("Warnings"), QStyle::SP_MessageBoxWarning},
        {Finding::Severity::Info, tr("Information"), QStyle::SP_MessageBoxInformation},
    };
    for (const Group &group : groups) {
        QList<QTreeWidgetItem *> children;
        for (qsizetype i = 0; i < m_findings.size(); ++i) {
            const Finding &finding = m_findings.at(i);
            if (finding.severity != group.severity)
                continue;
            auto *child = new QTreeWidgetItem({finding.message});
            child->setData(0, FindingRole, int(i));
            QString tip = tr("%1 — %2").arg(finding.rule, finding.placeName());
            if (finding.blocksApproval && finding.severity != Finding::Severity::Blocking) {
                // A warning that still keeps the article from approval (an anonymous source
                // without a recorded decision) must not look harmless.
                QFont font = child->font(0);
                font.setBold(true);
                child->setFont(0, font);
                tip += u'\n' + tr("Blocks approval until it is resolved.");
            }
            child->setToolTip(0, tip + u'\n' + finding.message);
            children.append(child);
        }
        if (children.isEmpty())
            continue;
        auto *top =
            new QTreeWidgetItem(tree, {tr("%1 (%2)").arg(group.title).arg(children.size())});
        top->setIcon(0, style()->standardIcon(group.icon));
        top->setFlags(Qt::ItemIsEnabled);
        QFont font = top->font(0);
        font.setBold(true);
        top->setFont(0, font);
        top->addChildren(children);
        top->setExpanded(true);
    }
    if (m_document && !m_findingsStale && m_findings.isEmpty() && m_findingsError.isEmpty()) {
        auto *item = new QTreeWidgetItem(tree, {tr("No findings: nothing stands in the way.")});
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_ui->findingsTitle->setText(m_document && !m_findingsStale
                                     ? tr("Fi&ndings (%1)").arg(m_findings.size())
                                     : tr("Fi&ndings"));
}

void ReviewInspector::onFindingActivated(QTreeWidgetItem *item)
{
    const QVariant which = item ? item->data(0, FindingRole) : QVariant();
    if (!which.isValid() || which.toInt() >= m_findings.size())
        return;
    showFinding(m_findings.at(which.toInt()));
}

void ReviewInspector::showFinding(const Finding &finding)
{
    if (!m_document)
        return;
    switch (finding.field) {
    case Finding::Field::MetaTitle:
        emit metaTitleRequested(finding.index);
        return;
    case Finding::Field::Previous:
    case Finding::Field::Next:
        emit linksRequested();
        return;
    case Finding::Field::Headline:
    case Finding::Field::Summary:
    case Finding::Field::Byline:
    case Finding::Field::Body:
        break;
    }
    ArticleMisspellings::Error place;
    place.misspelling.start = finding.offset;
    place.misspelling.length = finding.length;
    if (finding.field == Finding::Field::Body) {
        // finding.index counts the article's paragraphs, which skip empty blocks.
        int blockNumber =
            finding.paragraph.isNull() ? -1 : m_document->blockNumberOf(finding.paragraph);
        if (blockNumber < 0 && finding.index >= 0) {
            int paragraph = -1;
            for (QTextBlock block = m_document->body()->begin(); block.isValid();
                 block = block.next()) {
                if (!block.text().trimmed().isEmpty() && ++paragraph == finding.index) {
                    blockNumber = block.blockNumber();
                    break;
                }
            }
        }
        if (blockNumber < 0)
            return; // about the body as a whole: nothing to select
        const int row = m_model->rowOf(blockNumber, finding.attribution);
        if (row >= 0)
            selectRow(row, false);
        // Offsets count from the paragraph's trimmed text (ArticleDocument::article()).
        const QString text = m_document->body()->findBlockByNumber(blockNumber).text();
        const qsizetype leading =
            std::find_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); }) -
            text.cbegin();
        place.part = ArticleMisspellings::Part::Body;
        place.index = blockNumber;
        place.misspelling.start += leading;
    } else {
        place.part = finding.field == Finding::Field::Headline ? ArticleMisspellings::Part::Headline
                     : finding.field == Finding::Field::Summary ? ArticleMisspellings::Part::Summary
                                                                : ArticleMisspellings::Part::Byline;
    }
    emit editorRequested();
    if (m_editor)
        m_editor->showSpellingError(place); // selects the span and focuses its field
}
