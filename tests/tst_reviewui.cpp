#include "models/ArticleDocument.h"
#include "models/ArticleListModel.h"
#include "models/AuditTrailModel.h"
#include "models/ReviewAttributionModel.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/ReviewStore.h"
#include "widgets/ArticleEditor.h"
#include "widgets/AttributionGutter.h"
#include "widgets/BodyEditor.h"
#include "widgets/HistoryInspector.h"
#include "widgets/MainWindow.h"
#include "widgets/MetaTitleInspector.h"
#include "widgets/ReviewInspector.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <functional>

namespace {

Attribution cites(const QString &name)
{
    Attribution attribution;
    attribution.sourceName = name;
    return attribution;
}

Paragraph paragraph(const QString &text, const QStringList &sources = {})
{
    Paragraph result{Paragraph::newUuid(), text, {}};
    for (const QString &name : sources)
        result.attributions.append(cites(name));
    return result;
}

const QString anonymousSource = QStringLiteral("Person familiar with the talks");

// The article every review starts from: written by alice, four named sources, one anonymous
// source and one paragraph of the reporter's own observation (row 2 of the review table).
Article harbourArticle()
{
    Article article;
    article.headline = QStringLiteral("Harbour Bridge Reopens After Repairs");
    article.summary = QStringLiteral("The bridge is open again after six months of repairs.");
    article.byline = QStringLiteral("Alice Writer");
    article.paragraphs = {
        paragraph(QStringLiteral("The bridge reopened on Monday, the transport department said."),
                  {QStringLiteral("Transport Department")}),
        paragraph(QStringLiteral("Repairs cost 12 million dollars, the budget office said."),
                  {QStringLiteral("City Budget Office")}),
        paragraph(QStringLiteral("Traffic was light in the first hour.")),
        paragraph(QStringLiteral("Engineers inspected the cables twice, the contractor said."),
                  {QStringLiteral("Harbour Contractors")}),
        paragraph(QStringLiteral("Tolls may return next year, a person familiar with the talks "
                                 "said."),
                  {anonymousSource}),
    };
    article.metaTitles = {{QStringLiteral("Harbour bridge reopens"), true, {}}};
    return article;
}

// Answers the next modal dialog once it is shown (the dialog runs its own event loop).
void whenModal(std::function<void(QWidget *)> answer, int attempts = 300)
{
    QTimer::singleShot(10, qApp, [answer, attempts] {
        if (QWidget *modal = QApplication::activeModalWidget())
            answer(modal);
        else if (attempts > 0)
            whenModal(answer, attempts - 1);
    });
}

// Answers the next question with `text`; *question receives it and *format how its label
// shows it.
void answerText(const QString &text, QString *question = nullptr, Qt::TextFormat *format = nullptr)
{
    whenModal([text, question, format](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        if (!dialog) {
            qWarning("expected a question, got %s", modal->metaObject()->className());
            qobject_cast<QDialog *>(modal)->reject();
            return;
        }
        if (question)
            *question = dialog->labelText();
        if (auto *label = dialog->findChild<QLabel *>(); label && format)
            *format = label->textFormat();
        dialog->setTextValue(text);
        dialog->accept();
    });
}

void closeMessage(QString *text)
{
    whenModal([text](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            *text = box->text();
        qobject_cast<QDialog *>(modal)->reject();
    });
}

} // namespace

class TestReviewUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void reviewerVerifiesAndApproves();
    void editorSeesReviewActionsDisabled();
    void chiefOverrideAsksForAReason();
    void requestingChangesNeedsAComment();
    void activatingAFindingSelectsItsText();
    void attributionModelFollowsTheDocument();

private:
    // A database with alice's article sent to review; returns its path, the id in *id.
    QString createDatabase(const QString &name, const Article &article, qint64 *id);
    static ReviewInspector *reviewDock(MainWindow &window);
    std::optional<Article> stored(const QString &path, qint64 id);
    QList<AuditEntry> auditTrail(const QString &path, qint64 id);

    QTemporaryDir m_dir;
};

void TestReviewUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CopydeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reviewui"));
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QLocale::setDefault(QLocale::c());
}

void TestReviewUi::init()
{
    QSettings().clear();
}

void TestReviewUi::cleanup()
{
    qunsetenv("COPYDESK_USER");
    qunsetenv("COPYDESK_ROLE");
}

QString TestReviewUi::createDatabase(const QString &name, const Article &original, qint64 *id)
{
    const QString path = m_dir.filePath(name);
    Database database;
    if (const StoreError error = database.open(path)) {
        qWarning("%s", qPrintable(error.message));
        return {};
    }
    ArticleStore store(database);
    const DeskActor alice{QStringLiteral("alice"), DeskRole::Editor};
    store.setActor(alice);
    Source anonymous;
    anonymous.name = anonymousSource;
    anonymous.kind = SourceKind::Anonymous;
    Article article = original;
    StoreError error = store.ensureSource(anonymous);
    if (!error)
        error = store.create(article);
    ReviewStore review(database);
    review.setActor(alice);
    StatusChangeRequest request;
    request.to = ArticleStatus::InReview;
    if (!error)
        error = review.changeStatus(article.id, request);
    if (error) {
        qWarning("%s", qPrintable(error.message));
        return {};
    }
    *id = article.id;
    return path;
}

ReviewInspector *TestReviewUi::reviewDock(MainWindow &window)
{
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("reviewDock"));
    if (!dock)
        return nullptr;
    dock->show();
    dock->raise();
    return window.reviewInspector();
}

std::optional<Article> TestReviewUi::stored(const QString &path, qint64 id)
{
    Database database;
    if (database.open(path))
        return std::nullopt;
    return ArticleStore(database).load(id);
}

QList<AuditEntry> TestReviewUi::auditTrail(const QString &path, qint64 id)
{
    Database database;
    if (database.open(path))
        return {};
    return ReviewStore(database).auditTrail(id);
}

void TestReviewUi::reviewerVerifiesAndApproves()
{
    qint64 id = 0;
    const QString path = createDatabase(QStringLiteral("e2e.sqlite"), harbourArticle(), &id);
    QVERIFY(!path.isEmpty());
    qputenv("COPYDESK_USER", "bob");
    qputenv("COPYDESK_ROLE", "reviewer");

    MainWindow window;
    const StoreError opened = window.openDatabase(path);
    QVERIFY2(!opened, qPrintable(opened.message));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window)); // window shortcuts need an active window
    ReviewInspector *review = reviewDock(window);
    QVERIFY(review);
    QCOMPARE(window.currentArticleId(), id);
    QVERIFY(review->isVisible());

    auto *statusLabel = review->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(statusLabel->text().contains(articleStatusLabel(ArticleStatus::InReview)));
    auto *table = review->findChild<QTableView *>(QStringLiteral("attributionTable"));
    QCOMPARE(table->model()->rowCount(), 5); // five paragraphs, one unattributed
    review->refreshFindings();
    QVERIFY(blocksApproval(review->findings()));

    QAbstractButton *approve = review->workflowButton(ArticleStatus::Approved);
    QVERIFY(approve);
    QVERIFY(approve->isEnabled());
    QVERIFY(review->verifyAction()->isEnabled());

    // Rows: 0 Transport Department, 1 City Budget Office, 2 (no source), 3 Harbour
    // Contractors, 4 anonymous. The first unchecked source is current when the article opens.
    QCOMPARE(table->currentIndex().row(), 0);
    BodyEditor *body = window.articleEditor()->bodyEditor();
    body->setFocus();
    // Verify from the body (a window shortcut); the dock moves on to the next unchecked source
    // and shows its paragraph in the body.
    QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(body->textCursor().blockNumber(), 1);
    QTest::keyClick(body, Qt::Key_F8, Qt::ShiftModifier); // previous unchecked, wrapping
    QCOMPARE(table->currentIndex().row(), 4);
    QTest::keyClick(body, Qt::Key_Up, Qt::NoModifier);
    QCOMPARE(table->currentIndex().row(), 4); // the body has the focus, the table stays
    QTest::mouseClick(review->findChild<QAbstractButton *>(QStringLiteral("verifyButton")),
                      Qt::LeftButton);
    QCOMPARE(table->currentIndex().row(), 1); // 4 verified; next unchecked after wrapping
    QTest::keyClick(body, Qt::Key_F8);
    QCOMPARE(table->currentIndex().row(), 3);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(review->model()->uncheckedCount(), 0);
    QVERIFY(!review->nextUncheckedAction()->isEnabled());
    QCOMPARE(review->findChild<QLabel *>(QStringLiteral("progressLabel"))->text(),
             QStringLiteral("Every source has been checked."));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, ReviewAttributionModel::StateColumn);
        if (index.data(ReviewAttributionModel::AttributionIndexRole).toInt() < 0)
            continue;
        QCOMPARE(index.data().toString(), QStringLiteral("Verified"));
        QCOMPARE(index.siblingAtColumn(ReviewAttributionModel::ReviewerColumn).data().toString(),
                 QStringLiteral("bob"));
    }
    // The anonymous source needs a recorded reason.
    review->refreshFindings();
    table->setCurrentIndex(table->model()->index(4, 0));
    auto *anonymity = review->findChild<QAbstractButton *>(QStringLiteral("anonymityButton"));
    QVERIFY(anonymity->isVisible());
    QVERIFY(anonymity->isEnabled());
    const QString whyAnonymous = QStringLiteral("A negotiator who would lose their post; known "
                                                "to the editor.");
    answerText(whyAnonymous);
    QTest::mouseClick(anonymity, Qt::LeftButton);
    QVERIFY(!window.currentDocument()->isModified()); // saved before the decision was recorded

    // The unattributed paragraph still blocks: a reviewer is told why, and nothing changes.
    QString refusal;
    closeMessage(&refusal);
    QTest::mouseClick(review->workflowButton(ArticleStatus::Approved), Qt::LeftButton);
    QVERIFY2(refusal.contains(QStringLiteral("ATTR_MISSING")), qPrintable(refusal));
    QCOMPARE(stored(path, id)->status, ArticleStatus::InReview);

    table->setCurrentIndex(table->model()->index(2, 0));
    auto *waiver = review->findChild<QAbstractButton *>(QStringLiteral("waiverButton"));
    QVERIFY(waiver->isEnabled());
    QVERIFY(!review->verifyAction()->isEnabled()); // nothing to verify on this row
    const QString observation = QStringLiteral("The reporter's own observation at the bridge.");
    // The gutter's bar of that paragraph is red until the mark, then muted with the reason.
    auto *gutter = window.findChild<AttributionGutter *>();
    QVERIFY(gutter);
    const int waivedBlock = window.currentDocument()->blockNumberOf(
        table->model()->index(2, 0).data(ReviewAttributionModel::ParagraphUuidRole).toUuid());
    QVERIFY(waivedBlock >= 0);
    QVERIFY(!gutter->isWaived(waivedBlock));
    answerText(observation);
    QTest::mouseClick(waiver, Qt::LeftButton);
    QVERIFY(gutter->isWaived(waivedBlock));
    QCOMPARE(table->model()->index(2, ReviewAttributionModel::StateColumn).data().toString(),
             QStringLiteral("No attribution needed"));
    QCOMPARE(table->model()->index(2, ReviewAttributionModel::NoteColumn).data().toString(),
             observation);
    QVERIFY(!blocksApproval(review->findings()));

    // The History dock's audit trail shows the decision at once (newest first).
    const AuditTrailModel *history = window.historyInspector()->auditTrailModel();
    QVERIFY(history->rowCount() > 0);
    QCOMPARE(history->entry(0).action, AuditEntry::Action::NoAttributionNeeded);
    QCOMPARE(history->entry(0).comment, observation);

    QTest::mouseClick(review->workflowButton(ArticleStatus::Approved), Qt::LeftButton);
    QTRY_VERIFY(statusLabel->text().contains(articleStatusLabel(ArticleStatus::Approved)));
    QCOMPARE(window.currentDocument()->status(), ArticleStatus::Approved);
    // The list row follows.
    const int row = window.articleModel()->rowOfArticle(id);
    QCOMPARE(window.articleModel()->index(row, ArticleListModel::StatusColumn).data().toString(),
             articleStatusLabel(ArticleStatus::Approved));
    // Approved articles move on to publishing; approval can be withdrawn.
    QVERIFY(review->workflowButton(ArticleStatus::Published));
    QVERIFY(review->workflowButton(ArticleStatus::InReview));
    QVERIFY(!review->workflowButton(ArticleStatus::Approved));

    const std::optional<Article> article = stored(path, id);
    QVERIFY(article);
    QCOMPARE(article->status, ArticleStatus::Approved);
    QCOMPARE(article->createdBy, QStringLiteral("alice"));
    for (const Paragraph &paragraph : article->paragraphs) {
        for (const Attribution &attribution : paragraph.attributions) {
            QCOMPARE(attribution.verification, Verification::Verified);
            QCOMPARE(attribution.reviewer, QStringLiteral("bob"));
            QVERIFY(attribution.reviewedAt.isValid());
        }
    }

    const QList<AuditEntry> trail = auditTrail(path, id);
    QVERIFY(trail.size() >= 8);
    QCOMPARE(trail.first().action, AuditEntry::Action::StatusChange);
    QCOMPARE(trail.first().actor.name, QStringLiteral("alice"));
    QCOMPARE(trail.first().to, ArticleStatus::InReview);
    QStringList verified;
    int waivers = 0;
    int anonymityApprovals = 0;
    for (const AuditEntry &entry : trail) {
        if (entry.action == AuditEntry::Action::Verified) {
            QCOMPARE(entry.actor.name, QStringLiteral("bob"));
            QCOMPARE(entry.actor.role, DeskRole::Reviewer);
            verified.append(entry.source);
        } else if (entry.action == AuditEntry::Action::NoAttributionNeeded) {
            ++waivers;
            QCOMPARE(entry.comment, observation);
            QCOMPARE(entry.paragraph, article->paragraphs.at(2).uuid);
        } else if (entry.action == AuditEntry::Action::AnonymityApproved) {
            ++anonymityApprovals;
            QCOMPARE(entry.source, anonymousSource);
            QCOMPARE(entry.comment, whyAnonymous);
        }
    }
    verified.sort();
    QCOMPARE(verified, (QStringList{QStringLiteral("City Budget Office"),
                                    QStringLiteral("Harbour Contractors"), anonymousSource,
                                    QStringLiteral("Transport Department")}));
    QCOMPARE(waivers, 1);
    QCOMPARE(anonymityApprovals, 1);
    const AuditEntry &approval = trail.last();
    QCOMPARE(approval.action, AuditEntry::Action::StatusChange);
    QCOMPARE(approval.actor.name, QStringLiteral("bob"));
    QCOMPARE(approval.from, ArticleStatus::InReview);
    QCOMPARE(approval.to, ArticleStatus::Approved);
    QVERIFY(approval.overrideReason.isEmpty());
}

void TestReviewUi::editorSeesReviewActionsDisabled()
{
    qint64 id = 0;
    const QString path = createDatabase(QStringLiteral("editor.sqlite"), harbourArticle(), &id);
    QVERIFY(!path.isEmpty());
    qputenv("COPYDESK_USER", "carol");
    qputenv("COPYDESK_ROLE", "editor");

    MainWindow window;
    QVERIFY(!window.openDatabase(path));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ReviewInspector *review = reviewDock(window);
    QVERIFY(review);

    QAbstractButton *approve = review->workflowButton(ArticleStatus::Approved);
    QAbstractButton *requestChanges = review->workflowButton(ArticleStatus::ChangesRequested);
    QVERIFY(approve && requestChanges);
    QVERIFY(!approve->isEnabled());
    QVERIFY(!requestChanges->isEnabled());
    QVERIFY2(approve->toolTip().contains(QStringLiteral("editor")), qPrintable(approve->toolTip()));
    QVERIFY(!review->findChild<QLabel *>(QStringLiteral("workflowHint"))->text().isEmpty());

    QCOMPARE(
        review->findChild<QTableView *>(QStringLiteral("attributionTable"))->currentIndex().row(),
        0);
    QVERIFY(!review->verifyAction()->isEnabled());
    QVERIFY(!review->disputeAction()->isEnabled());
    QVERIFY(!review->findChild<QAbstractButton *>(QStringLiteral("verifyButton"))->isEnabled());
    QVERIFY(review->nextUncheckedAction()->isEnabled()); // looking is allowed
    const QList<Attribution> before = window.currentDocument()->paragraphMeta(0).attributions;
    QTest::keyClick(window.articleEditor()->bodyEditor(), Qt::Key_V,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.currentDocument()->paragraphMeta(0).attributions, before);
    QVERIFY(!window.currentDocument()->isModified());
}

void TestReviewUi::chiefOverrideAsksForAReason()
{
    qint64 id = 0;
    const QString path = createDatabase(QStringLiteral("chief.sqlite"), harbourArticle(), &id);
    QVERIFY(!path.isEmpty());
    qputenv("COPYDESK_USER", "dora");
    qputenv("COPYDESK_ROLE", "chief");

    MainWindow window;
    QVERIFY(!window.openDatabase(path));
    window.show();
    ReviewInspector *review = reviewDock(window);
    QVERIFY(review);
    review->refreshFindings();
    QVERIFY(blocksApproval(review->findings()));
    QVERIFY(review->findChild<QLabel *>(QStringLiteral("workflowHint"))
                ->text()
                .contains(QStringLiteral("chief")));

    // Cancelled: nothing changes.
    QString question;
    whenModal([&question](QWidget *modal) {
        question = qobject_cast<QInputDialog *>(modal)->labelText();
        qobject_cast<QDialog *>(modal)->reject();
    });
    QVERIFY(!review->changeStatus(ArticleStatus::Approved));
    QVERIFY2(question.contains(QStringLiteral("ATTR_UNVERIFIED")), qPrintable(question));
    QCOMPARE(stored(path, id)->status, ArticleStatus::InReview);

    const QString reason = QStringLiteral("The bridge is open now; sources confirmed by phone.");
    answerText(reason);
    QTest::mouseClick(review->workflowButton(ArticleStatus::Approved), Qt::LeftButton);
    QCOMPARE(stored(path, id)->status, ArticleStatus::Approved);
    QCOMPARE(window.currentDocument()->status(), ArticleStatus::Approved);
    const AuditEntry approval = auditTrail(path, id).constLast();
    QCOMPARE(approval.to, ArticleStatus::Approved);
    QCOMPARE(approval.actor.name, QStringLiteral("dora"));
    QCOMPARE(approval.actor.role, DeskRole::Chief);
    QCOMPARE(approval.overrideReason, reason);
}

void TestReviewUi::requestingChangesNeedsAComment()
{
    qint64 id = 0;
    const QString path = createDatabase(QStringLiteral("changes.sqlite"), harbourArticle(), &id);
    QVERIFY(!path.isEmpty());
    qputenv("COPYDESK_USER", "bob");
    qputenv("COPYDESK_ROLE", "reviewer");

    MainWindow window;
    QVERIFY(!window.openDatabase(path));
    window.show();
    ReviewInspector *review = reviewDock(window);
    QVERIFY(review);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // A dispute asks for a note and stays on the row: the editor has work there.
    auto *table = review->findChild<QTableView *>(QStringLiteral("attributionTable"));
    QCOMPARE(table->currentIndex().row(), 0);
    const QString note = QStringLiteral("The department says it gave no date.");
    QString question;
    Qt::TextFormat format = Qt::AutoText;
    answerText(note, &question, &format);
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    // The question names the source as written: a name is never read as markup (issue 8).
    QVERIFY2(question.contains(QStringLiteral("Why is “")), qPrintable(question));
    QCOMPARE(format, Qt::PlainText);
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(table->model()->index(0, ReviewAttributionModel::StateColumn).data().toString(),
             QStringLiteral("Disputed"));
    QCOMPARE(table->model()->index(0, ReviewAttributionModel::NoteColumn).data().toString(), note);

    QAbstractButton *button = review->workflowButton(ArticleStatus::ChangesRequested);
    QVERIFY(button && button->isEnabled());

    // An empty comment is asked again, saying that one is required.
    const QString comment = QStringLiteral("Name the contractor and add the toll figures.");
    QString secondQuestion;
    whenModal([&](QWidget *modal) {
        auto *first = qobject_cast<QInputDialog *>(modal);
        first->setTextValue(QStringLiteral("   "));
        first->accept();
        answerText(comment, &secondQuestion);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(secondQuestion.contains(QStringLiteral("A comment is required.")),
             qPrintable(secondQuestion));
    QCOMPARE(stored(path, id)->status, ArticleStatus::ChangesRequested);
    const AuditEntry change = auditTrail(path, id).constLast();
    QCOMPARE(change.to, ArticleStatus::ChangesRequested);
    QCOMPARE(change.comment, comment);
    QCOMPARE(change.actor.name, QStringLiteral("bob"));
    // The dispute was saved before the status changed, stamped with its reviewer.
    const Attribution disputed = stored(path, id)->paragraphs.at(0).attributions.at(0);
    QCOMPARE(disputed.verification, Verification::Disputed);
    QCOMPARE(disputed.note, note);
    QCOMPARE(disputed.reviewer, QStringLiteral("bob"));
    const QList<AuditEntry> trail = auditTrail(path, id);
    QVERIFY(std::any_of(trail.cbegin(), trail.cend(), [&](const AuditEntry &entry) {
        return entry.action == AuditEntry::Action::Disputed && entry.comment == note;
    }));

    // The dock now offers what follows "changes requested".
    QVERIFY(review->workflowButton(ArticleStatus::InReview));
    QVERIFY(!review->workflowButton(ArticleStatus::Approved));
    QVERIFY(review->findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .contains(articleStatusLabel(ArticleStatus::ChangesRequested)));
}

void TestReviewUi::activatingAFindingSelectsItsText()
{
    Article article = harbourArticle();
    article.headline = QStringLiteral("Headline here");
    article.paragraphs[1].text = QStringLiteral("The mayor said TKTK would attend the opening.");
    article.metaTitles = {{QStringLiteral("Meta title variant three"), false, {}},
                          {QStringLiteral("Harbour bridge reopens"), true, {}}};
    qint64 id = 0;
    const QString path = createDatabase(QStringLiteral("findings.sqlite"), article, &id);
    QVERIFY(!path.isEmpty());
    qputenv("COPYDESK_USER", "bob");
    qputenv("COPYDESK_ROLE", "reviewer");

    MainWindow window;
    QVERIFY(!window.openDatabase(path));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ReviewInspector *review = reviewDock(window);
    QVERIFY(review);

    // An empty line typed after the first paragraph is a block but not a paragraph: the
    // finding's paragraph index no longer matches the block number.
    QTextCursor cursor(window.currentDocument()->body()->firstBlock());
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertBlock();
    review->refreshFindings();

    auto *tree = review->findChild<QTreeWidget *>(QStringLiteral("findingsTree"));
    QVERIFY(tree);
    const auto itemOf = [&](Finding::Field field) -> QTreeWidgetItem * {
        const QList<Finding> findings = review->findings();
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            const QVariant index = (*it)->data(0, Qt::UserRole);
            if (!index.isValid())
                continue;
            const Finding &finding = findings.at(index.toInt());
            if (finding.rule == QLatin1String("PLACEHOLDER") && finding.field == field)
                return *it;
        }
        return nullptr;
    };
    const auto click = [&](QTreeWidgetItem *item) {
        tree->scrollToItem(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualItemRect(item).center());
    };

    QTreeWidgetItem *bodyItem = itemOf(Finding::Field::Body);
    QVERIFY(bodyItem);
    QVERIFY(bodyItem->parent()->text(0).startsWith(QStringLiteral("Blocking")));
    click(bodyItem);
    BodyEditor *body = window.articleEditor()->bodyEditor();
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("TKTK"));
    QCOMPARE(body->textCursor().blockNumber(), 2);
    QVERIFY(body->hasFocus());

    QTreeWidgetItem *headlineItem = itemOf(Finding::Field::Headline);
    QVERIFY(headlineItem);
    click(headlineItem);
    auto *headline = window.articleEditor()->findChild<QLineEdit *>(QStringLiteral("headlineEdit"));
    QCOMPARE(headline->selectedText().toLower(), QStringLiteral("headline here"));
    QVERIFY(headline->hasFocus());

    QTreeWidgetItem *titleItem = itemOf(Finding::Field::MetaTitle);
    QVERIFY(titleItem);
    click(titleItem);
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("metaTitlesDock"))->isVisible());
    QCOMPARE(window.metaTitleInspector()->view()->currentIndex().row(), 0);
}

void TestReviewUi::attributionModelFollowsTheDocument()
{
    Article article = harbourArticle();
    article.id = 7;
    ArticleDocument document(article);
    ReviewAttributionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(&document);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.uncheckedCount(), 4);
    QCOMPARE(model.rowOf(2, -1), 2);
    QCOMPARE(model.rowOf(3, 0), 3);
    QCOMPARE(model.index(0, ReviewAttributionModel::ParagraphColumn).data().toString(),
             QStringLiteral("1 · The bridge reopened on Monday, the transport department said."));
    QCOMPARE(model.index(2, ReviewAttributionModel::SourceColumn).data().toString(),
             QStringLiteral("No source"));
    QCOMPARE(model.nextUnchecked(-1, +1), 0);
    QCOMPARE(model.nextUnchecked(-1, -1), 4);
    QCOMPARE(model.nextUnchecked(1, +1), 3);
    QCOMPARE(model.nextUnchecked(0, -1), 4);

    // Verifying keeps the rows (no reset) and changes one row's state.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QList<Attribution> verified = document.paragraphMeta(0).attributions;
    verified[0].verification = Verification::Verified;
    verified[0].reviewer = QStringLiteral("bob");
    document.setAttributions(document.paragraphMeta(0).uuid, verified, QStringLiteral("Verify"));
    QCOMPARE(resets.size(), 0);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(model.index(0, ReviewAttributionModel::StateColumn).data().toString(),
             QStringLiteral("Verified"));
    QCOMPARE(model.index(0, ReviewAttributionModel::ReviewerColumn).data().toString(),
             QStringLiteral("bob"));
    QCOMPARE(model.uncheckedCount(), 3);
    QCOMPARE(model.nextUnchecked(-1, +1), 1);

    // A new source on the unattributed paragraph adds a row; undo takes it away again.
    document.setAttributions(document.paragraphMeta(2).uuid, {cites(QStringLiteral("Police"))},
                             QStringLiteral("Attach"));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(2, ReviewAttributionModel::SourceColumn).data().toString(),
             QStringLiteral("Police"));
    document.undoStack()->undo();
    QCOMPARE(model.index(2, ReviewAttributionModel::SourceColumn).data().toString(),
             QStringLiteral("No source"));
    document.undoStack()->undo();
    QCOMPARE(model.uncheckedCount(), 4);

    // A new paragraph and an empty line: only the paragraph is a row, numbered as readers count.
    QTextCursor cursor(document.body()->lastBlock());
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(QStringLiteral("A closing line."));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(5, 0).data(ReviewAttributionModel::ParagraphNumberRole).toInt(), 6);
    QCOMPARE(model.index(5, 0).data(ReviewAttributionModel::BlockNumberRole).toInt(), 6);

    // Recorded decisions show on their rows.
    ReviewDecisions decisions;
    decisions.waivers.append({document.paragraphMeta(2).uuid,
                              QStringLiteral("Seen by the reporter."), QStringLiteral("bob"),
                              QDateTime::currentDateTimeUtc()});
    model.setDecisions(decisions);
    QVERIFY(model.index(2, 0).data(ReviewAttributionModel::WaivedRole).toBool());
    QCOMPARE(model.index(2, ReviewAttributionModel::StateColumn).data().toString(),
             QStringLiteral("No attribution needed"));
    QCOMPARE(model.index(2, ReviewAttributionModel::NoteColumn).data().toString(),
             QStringLiteral("Seen by the reporter."));
    QVERIFY(!model.index(5, 0).data(ReviewAttributionModel::WaivedRole).toBool());

    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestReviewUi)
#include "tst_reviewui.moc"
