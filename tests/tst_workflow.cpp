// The review workflow (issue 5): ReviewWorkflow's transitions and permissions, and the store
// enforcing them on a real database (an SQLite file; PostgreSQL as tst_workflow_postgres): status
// changes, the audit log, verify-then-edit, waivers and anonymity decisions.
#include "TestDatabase.h"
#include "core/review/ReviewWorkflow.h"
#include "storage/ArticleStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ReviewStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const DeskActor alice{u"alice"_s, DeskRole::Editor};
const DeskActor bob{u"bob"_s, DeskRole::Reviewer};
const DeskActor carol{u"carol"_s, DeskRole::Chief};

Attribution cite(const QString &source)
{
    Attribution attribution;
    attribution.sourceName = source;
    return attribution;
}

// Three attributed paragraphs (Police twice, Fire brigade once) and a summary: nothing blocks
// approval but the unverified attributions.
Article makeArticle()
{
    Article article;
    article.headline = u"Warehouse fire closes the ring road"_s;
    article.summary = u"A fire at a warehouse closed the ring road for six hours."_s;
    article.byline = u"Desk reporter"_s;
    article.paragraphs = {
        Paragraph{
            {}, u"The fire started shortly after midnight, police said."_s, {cite(u"Police"_s)}},
        Paragraph{{},
                  u"Crews from four stations fought the blaze until dawn."_s,
                  {cite(u"Fire brigade"_s)}},
        Paragraph{{}, u"The road reopened at six in the morning."_s, {cite(u"Police"_s)}},
    };
    article.metaTitles = {MetaTitle{u"Warehouse fire closes ring road"_s, true, {}}};
    return article;
}

QList<Finding> blockingFinding()
{
    Finding finding =
        Finding::make(u"ATTR_MISSING"_s, Finding::Severity::Blocking, Finding::Field::Body, 0);
    return {finding};
}

QStringList ruleIds(const QList<Finding> &findings, bool onlyBlocking)
{
    QStringList ids;
    for (const Finding &finding : findings) {
        if (!onlyBlocking || finding.blocksApproval)
            ids.append(finding.rule);
    }
    return ids;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void transitions_data();
    void transitions();
    void refusals();
    void statusChangesAreRecorded();
    void approvalIsBlockedUntilVerified();
    void chiefOverrideNeedsAReason();
    void nobodyApprovesTheirOwnArticle();
    void editorsCannotVerify();
    void editingUnchecksTheParagraph();
    void saveNeverChangesStatus();
    void editingAnApprovedArticleSendsItBackToReview();
    void restoreKeepsReviewsOfUnchangedParagraphs();
    void auditLogIsAppendOnly();
    void waiverTurnsMissingAttributionIntoInfo();
    void anonymousSourceNeedsAnApproval();

private:
    // Creates the article as alice, and sends it to review.
    Article storeInReview();
    void verifyAll(qint64 id, const DeskActor &reviewer);

    std::unique_ptr<TestDatabase> m_dir; // the database and a folder for files
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<ReviewStore> m_reviews;
};

void TestWorkflow::init()
{
    m_dir = std::make_unique<TestDatabase>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(!m_db->open(m_dir->location()));
    m_store = std::make_unique<ArticleStore>(*m_db);
    m_store->setActor(alice);
    m_reviews = std::make_unique<ReviewStore>(*m_db);
    m_reviews->setActor(alice);
}

void TestWorkflow::cleanup()
{
    m_reviews.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

Article TestWorkflow::storeInReview()
{
    Article article = makeArticle();
    if (m_store->create(article))
        return {};
    m_reviews->setActor(alice);
    StatusChangeRequest request;
    request.to = ArticleStatus::InReview;
    if (m_reviews->changeStatus(article.id, request, &article))
        return {};
    return article;
}

void TestWorkflow::verifyAll(qint64 id, const DeskActor &reviewer)
{
    std::optional<Article> article = m_store->load(id);
    QVERIFY(article);
    for (Paragraph &paragraph : article->paragraphs) {
        for (Attribution &attribution : paragraph.attributions) {
            attribution.verification = Verification::Verified;
            attribution.note = u"Checked with the press office"_s;
        }
    }
    m_store->setActor(reviewer);
    const StoreError error = m_store->save(*article);
    QVERIFY2(!error, qPrintable(error.message));
}

void TestWorkflow::transitions_data()
{
    QTest::addColumn<ArticleStatus>("from");
    QTest::addColumn<ArticleStatus>("to");
    QTest::addColumn<bool>("editorMay");
    QTest::addColumn<bool>("reviewerMay");

    QTest::newRow("draft -> review")
        << ArticleStatus::Draft << ArticleStatus::InReview << true << true;
    QTest::newRow("review -> changes")
        << ArticleStatus::InReview << ArticleStatus::ChangesRequested << false << true;
    QTest::newRow("changes -> review")
        << ArticleStatus::ChangesRequested << ArticleStatus::InReview << true << true;
    QTest::newRow("review -> approved")
        << ArticleStatus::InReview << ArticleStatus::Approved << false << true;
    QTest::newRow("approved -> published")
        << ArticleStatus::Approved << ArticleStatus::Published << false << true;
    QTest::newRow("published -> corrected")
        << ArticleStatus::Published << ArticleStatus::Corrected << false << true;
    QTest::newRow("published -> archived")
        << ArticleStatus::Published << ArticleStatus::Archived << false << true;
    QTest::newRow("draft -> approved")
        << ArticleStatus::Draft << ArticleStatus::Approved << false << false;
    QTest::newRow("draft -> published")
        << ArticleStatus::Draft << ArticleStatus::Published << false << false;
    QTest::newRow("changes -> approved")
        << ArticleStatus::ChangesRequested << ArticleStatus::Approved << false << false;
    QTest::newRow("archived -> draft")
        << ArticleStatus::Archived << ArticleStatus::Draft << false << false;
}

void TestWorkflow::transitions()
{
    QFETCH(ArticleStatus, from);
    QFETCH(ArticleStatus, to);
    QFETCH(bool, editorMay);
    QFETCH(bool, reviewerMay);
    QCOMPARE(ReviewWorkflow::isTransition(from, to), reviewerMay);
    QCOMPARE(ReviewWorkflow::nextStatuses(from).contains(to), reviewerMay);
    QCOMPARE(ReviewWorkflow::mayMove(DeskRole::Editor, from, to), editorMay);
    QCOMPARE(ReviewWorkflow::mayMove(DeskRole::Reviewer, from, to), reviewerMay);
    QCOMPARE(ReviewWorkflow::mayMove(DeskRole::Chief, from, to), reviewerMay);
}

void TestWorkflow::refusals()
{
    Article article = makeArticle();
    article.status = ArticleStatus::InReview;
    article.createdBy = u"alice"_s;
    article.updatedBy = u"Alice "_s;
    const auto refusal = [&](const DeskActor &actor, ArticleStatus to,
                             const QList<Finding> &findings, const QString &comment = {},
                             const QString &reason = {}) {
        return ReviewWorkflow::refusal(article, {to, actor, comment, reason}, findings);
    };
    QVERIFY(refusal(bob, ArticleStatus::Approved, {}).isEmpty());
    QVERIFY(refusal(alice, ArticleStatus::Approved, {}).contains(u"editor"_s));
    // Her own article, whatever her role; names compare without case or outer spaces.
    QVERIFY(refusal({u"ALICE"_s, DeskRole::Chief}, ArticleStatus::Approved, {})
                .contains(u"cannot approve"_s));
    QVERIFY(!refusal(bob, ArticleStatus::Approved, blockingFinding()).isEmpty());
    QVERIFY(ReviewWorkflow::isBlockedByFindings(article, {ArticleStatus::Approved, bob, {}, {}},
                                                blockingFinding()));
    QVERIFY(refusal(bob, ArticleStatus::Approved, blockingFinding(), {}, u"Urgent"_s)
                .contains(u"Only a chief"_s));
    QVERIFY(refusal(carol, ArticleStatus::Approved, blockingFinding()).contains(u"ATTR_MISSING"_s));
    QVERIFY(refusal(carol, ArticleStatus::Approved, blockingFinding(), {}, u"  "_s)
                .contains(u"ATTR_MISSING"_s));
    QVERIFY(refusal(carol, ArticleStatus::Approved, blockingFinding(), {}, u"Urgent"_s).isEmpty());
    QVERIFY(refusal(bob, ArticleStatus::ChangesRequested, {}).contains(u"comment"_s));
    QVERIFY(refusal(bob, ArticleStatus::ChangesRequested, {}, u"Source para 2"_s).isEmpty());
    QVERIFY(refusal(bob, ArticleStatus::InReview, {}).contains(u"already"_s));
    QVERIFY(refusal(bob, ArticleStatus::Published, {}).contains(u"cannot become"_s));
    QVERIFY(refusal({u" "_s, DeskRole::Chief}, ArticleStatus::Approved, {}).contains(u"name"_s));
}

void TestWorkflow::statusChangesAreRecorded()
{
    Article article = storeInReview();
    QVERIFY(article.id > 0);
    QCOMPARE(article.status, ArticleStatus::InReview);
    QCOMPARE(article.createdBy, u"alice"_s);
    const int version = article.version;

    m_reviews->setActor(bob);
    const StoreError changes = m_reviews->changeStatus(
        article.id, {ArticleStatus::ChangesRequested, {}, u"Name the second source"_s, {}});
    QVERIFY2(!changes, qPrintable(changes.message));
    m_reviews->setActor(alice);
    QVERIFY(!m_reviews->changeStatus(article.id, {ArticleStatus::InReview, {}, {}, {}}));

    const std::optional<Article> stored = m_store->load(article.id);
    QVERIFY(stored);
    QCOMPARE(stored->status, ArticleStatus::InReview);
    QCOMPARE(stored->version, version); // a status is not a content version

    const QList<AuditEntry> trail = m_reviews->auditTrail(article.id);
    QCOMPARE(trail.size(), 3);
    QCOMPARE(trail.at(0).from, ArticleStatus::Draft);
    QCOMPARE(trail.at(0).to, ArticleStatus::InReview);
    QCOMPARE(trail.at(0).actor, alice);
    QCOMPARE(trail.at(1).actor, bob);
    QCOMPARE(trail.at(1).to, ArticleStatus::ChangesRequested);
    QCOMPARE(trail.at(1).comment, u"Name the second source"_s);
    QCOMPARE(trail.at(1).articleUuid, article.uuid);
    QCOMPARE(trail.at(2).from, ArticleStatus::ChangesRequested);
    QVERIFY(trail.at(0).at <= trail.at(2).at);
    QVERIFY(trail.at(1).describe().contains(articleStatusLabel(ArticleStatus::ChangesRequested)));

    // Refusals change nothing and are not logged.
    m_reviews->setActor(alice);
    QCOMPARE(m_reviews->changeStatus(article.id, {ArticleStatus::Approved, {}, {}, {}}).kind,
             StoreError::Kind::NotAllowed);
    QCOMPARE(m_reviews->changeStatus(article.id, {ArticleStatus::Published, {}, {}, {}}).kind,
             StoreError::Kind::NotAllowed);
    QCOMPARE(m_reviews->changeStatus(article.id + 100, {ArticleStatus::InReview, {}, {}, {}}).kind,
             StoreError::Kind::NotFound);
    QCOMPARE(m_reviews->auditTrail(article.id).size(), 3);
    QCOMPARE(m_store->load(article.id)->status, ArticleStatus::InReview);
}

void TestWorkflow::approvalIsBlockedUntilVerified()
{
    const Article article = storeInReview();
    m_reviews->setActor(bob);
    const StoreError blocked =
        m_reviews->changeStatus(article.id, {ArticleStatus::Approved, {}, {}, {}});
    QCOMPARE(blocked.kind, StoreError::Kind::Blocked);
    QVERIFY2(blocked.message.contains(u"ATTR_UNVERIFIED"_s), qPrintable(blocked.message));
    QCOMPARE(m_store->load(article.id)->status, ArticleStatus::InReview);

    verifyAll(article.id, bob);
    const std::optional<Article> verified = m_store->load(article.id);
    QCOMPARE(verified->paragraphs.at(0).attributions.at(0).verification, Verification::Verified);
    QCOMPARE(verified->paragraphs.at(0).attributions.at(0).reviewer, u"bob"_s);
    QVERIFY(verified->paragraphs.at(0).attributions.at(0).reviewedAt.isValid());
    // Reviewing is not editing: alice is still the last editor, so bob may approve.
    QCOMPARE(verified->updatedBy, u"alice"_s);
    QCOMPARE(ruleIds(m_reviews->findings(*verified), true), QStringList{});

    Article approved;
    const StoreError error =
        m_reviews->changeStatus(article.id, {ArticleStatus::Approved, {}, {}, {}}, &approved);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(approved.status, ArticleStatus::Approved);
    QVERIFY(
        !m_reviews->changeStatus(article.id, {ArticleStatus::Published, {}, {}, {}}, &approved));
    QVERIFY(approved.published.isValid());
    QCOMPARE(m_store->load(article.id)->published, approved.published);

    // The trail: to review, three verifications (one per attribution), approved, published.
    const QList<AuditEntry> trail = m_reviews->auditTrail(article.id);
    QCOMPARE(trail.size(), 6);
    QCOMPARE(trail.at(1).action, AuditEntry::Action::Verified);
    QCOMPARE(trail.at(1).source, u"Police"_s);
    QCOMPARE(trail.at(1).comment, u"Checked with the press office"_s);
    QCOMPARE(trail.at(1).paragraph, verified->paragraphs.at(0).uuid);
    QCOMPARE(trail.at(1).version, verified->version);
    QCOMPARE(trail.at(4).to, ArticleStatus::Approved);
    QVERIFY(trail.at(4).overrideReason.isEmpty());
    QCOMPARE(trail.at(5).to, ArticleStatus::Published);
}

void TestWorkflow::chiefOverrideNeedsAReason()
{
    const Article article = storeInReview();
    m_reviews->setActor(bob);
    QCOMPARE(m_reviews
                 ->changeStatus(article.id,
                                {ArticleStatus::Approved, {}, {}, u"The desk is short-staffed"_s})
                 .kind,
             StoreError::Kind::NotAllowed);
    m_reviews->setActor(carol);
    QCOMPARE(m_reviews->changeStatus(article.id, {ArticleStatus::Approved, {}, {}, {}}).kind,
             StoreError::Kind::Blocked);
    const QString reason = u"Police statement read out live; verified by phone"_s;
    const StoreError error =
        m_reviews->changeStatus(article.id, {ArticleStatus::Approved, {}, {}, reason});
    QVERIFY2(!error, qPrintable(error.message));
    const AuditEntry last = m_reviews->auditTrail(article.id).constLast();
    QCOMPARE(last.to, ArticleStatus::Approved);
    QCOMPARE(last.actor, carol);
    QCOMPARE(last.overrideReason, reason);
    QVERIFY(last.describe().contains(reason));
}

void TestWorkflow::nobodyApprovesTheirOwnArticle()
{
    const Article article = storeInReview();
    verifyAll(article.id, bob);
    // bob fixes a typo: now he last edited it, so he may not approve it; carol may.
    std::optional<Article> edited = m_store->load(article.id);
    edited->paragraphs[1].text =
        u"Crews from four stations fought the blaze until dawn on Sunday."_s;
    m_store->setActor(bob);
    QVERIFY(!m_store->save(*edited));
    QCOMPARE(m_store->load(article.id)->updatedBy, u"bob"_s);
    verifyAll(article.id, carol); // the edited paragraph was unchecked again
    m_reviews->setActor(bob);
    const StoreError own =
        m_reviews->changeStatus(article.id, {ArticleStatus::Approved, {}, {}, {}});
    QCOMPARE(own.kind, StoreError::Kind::NotAllowed);
    QVERIFY2(own.message.contains(u"bob"_s), qPrintable(own.message));
    m_reviews->setActor(carol);
    QVERIFY(!m_reviews->changeStatus(article.id, {ArticleStatus::Approved, {}, {}, {}}));
}

void TestWorkflow::editorsCannotVerify()
{
    const Article article = storeInReview();
    std::optional<Article> loaded = m_store->load(article.id);
    loaded->paragraphs[0].attributions[0].verification = Verification::Verified;
    m_store->setActor(alice);
    const StoreError error = m_store->save(*loaded);
    QCOMPARE(error.kind, StoreError::Kind::NotAllowed);
    QVERIFY2(error.message.contains(u"Police"_s), qPrintable(error.message));
    const std::optional<Article> stored = m_store->load(article.id);
    QCOMPARE(stored->version, article.version);
    QCOMPARE(stored->paragraphs.at(0).attributions.at(0).verification, Verification::Unchecked);
    // Taking a review back is allowed to anyone (it only makes the article stricter).
    verifyAll(article.id, bob);
    loaded = m_store->load(article.id);
    loaded->paragraphs[0].attributions[0].verification = Verification::Unchecked;
    m_store->setActor(alice);
    QVERIFY(!m_store->save(*loaded));
    const Attribution cleared = m_store->load(article.id)->paragraphs.at(0).attributions.at(0);
    QCOMPARE(cleared.verification, Verification::Unchecked);
    QVERIFY(cleared.reviewer.isEmpty());
    QVERIFY(cleared.note.isEmpty());
}

void TestWorkflow::editingUnchecksTheParagraph()
{
    const Article article = storeInReview();
    verifyAll(article.id, bob);
    std::optional<Article> edited = m_store->load(article.id);
    edited->paragraphs[0].text = u"The fire started shortly before midnight, police said."_s;
    // A new paragraph that arrives "verified" (pasted from another article) is unchecked too.
    Attribution pasted = cite(u"Police"_s);
    pasted.verification = Verification::Verified;
    pasted.reviewer = u"bob"_s;
    edited->paragraphs.append(Paragraph{{}, u"No one was hurt."_s, {pasted}});
    m_store->setActor(alice);
    const StoreError error = m_store->save(*edited);
    QVERIFY2(!error, qPrintable(error.message));
    // The caller's copy says what was stored.
    QCOMPARE(edited->paragraphs.at(0).attributions.at(0).verification, Verification::Unchecked);

    const std::optional<Article> stored = m_store->load(article.id);
    const Attribution first = stored->paragraphs.at(0).attributions.at(0);
    QCOMPARE(first.verification, Verification::Unchecked);
    QVERIFY(first.reviewer.isEmpty());
    QVERIFY(!first.reviewedAt.isValid());
    QCOMPARE(stored->paragraphs.at(1).attributions.at(0).verification, Verification::Verified);
    QCOMPARE(stored->paragraphs.at(1).attributions.at(0).reviewer, u"bob"_s);
    QCOMPARE(stored->paragraphs.at(3).attributions.at(0).verification, Verification::Unchecked);
    QCOMPARE(stored->updatedBy, u"alice"_s);
    QVERIFY(ruleIds(m_reviews->findings(*stored), true).contains(u"ATTR_UNVERIFIED"_s));
}

void TestWorkflow::saveNeverChangesStatus()
{
    const Article article = storeInReview();
    std::optional<Article> loaded = m_store->load(article.id);
    loaded->status = ArticleStatus::Published;
    loaded->headline = u"Warehouse fire shuts the ring road"_s;
    QVERIFY(!m_store->save(*loaded));
    QCOMPARE(loaded->status, ArticleStatus::InReview);
    const std::optional<Article> stored = m_store->load(article.id);
    QCOMPARE(stored->status, ArticleStatus::InReview);
    QVERIFY(!stored->published.isValid());
}

void TestWorkflow::editingAnApprovedArticleSendsItBackToReview()
{
    const Article article = storeInReview();
    verifyAll(article.id, bob);
    m_reviews->setActor(bob);
    QVERIFY(!m_reviews->changeStatus(article.id, {ArticleStatus::Approved, {}, {}, {}}));

    // A reviewer's note on a source is not an edit: still approved.
    std::optional<Article> noted = m_store->load(article.id);
    noted->paragraphs[0].attributions[0].note = u"Confirmed twice"_s;
    m_store->setActor(bob);
    QVERIFY(!m_store->save(*noted));
    QCOMPARE(m_store->load(article.id)->status, ArticleStatus::Approved);

    std::optional<Article> edited = m_store->load(article.id);
    edited->headline = u"Warehouse fire shuts the ring road for six hours"_s;
    m_store->setActor(alice);
    QVERIFY(!m_store->save(*edited));
    QCOMPARE(edited->status, ArticleStatus::InReview);
    QCOMPARE(m_store->load(article.id)->status, ArticleStatus::InReview);
    const AuditEntry last = m_reviews->auditTrail(article.id).constLast();
    QCOMPARE(last.from, ArticleStatus::Approved);
    QCOMPARE(last.to, ArticleStatus::InReview);
    QCOMPARE(last.actor, alice);
    QCOMPARE(last.version, edited->version);
}

void TestWorkflow::restoreKeepsReviewsOfUnchangedParagraphs()
{
    const Article article = storeInReview(); // version 1
    std::optional<Article> edited = m_store->load(article.id);
    edited->paragraphs[2].text = u"The road reopened at seven."_s;
    QVERIFY(!m_store->save(*edited)); // version 2
    verifyAll(article.id, bob);       // version 3: every attribution verified
    Article restored;
    m_store->setActor(alice);
    const StoreError error = m_store->restore(article.id, 1, &restored);
    QVERIFY2(!error, qPrintable(error.message));
    const std::optional<Article> stored = m_store->load(article.id);
    // Paragraphs 1 and 2 come back with the text bob verified; paragraph 3 with another text.
    QCOMPARE(stored->paragraphs.at(0).attributions.at(0).verification, Verification::Verified);
    QCOMPARE(stored->paragraphs.at(1).attributions.at(0).reviewer, u"bob"_s);
    QCOMPARE(stored->paragraphs.at(2).text, u"The road reopened at six in the morning."_s);
    QCOMPARE(stored->paragraphs.at(2).attributions.at(0).verification, Verification::Unchecked);
}

void TestWorkflow::auditLogIsAppendOnly()
{
    const Article article = storeInReview();
    QSqlQuery query(m_db->connection());
    QVERIFY(!query.exec(u"UPDATE audit_log SET actor = 'mallory'"_s));
    QVERIFY(!query.exec(u"DELETE FROM audit_log"_s));
    QCOMPARE(m_reviews->auditTrail(article.id).constFirst().actor, alice);
    // Deleting the article keeps its trail.
    QVERIFY(!m_store->remove(article.id));
    QCOMPARE(m_reviews->auditTrail(article.id).size(), 1);
}

void TestWorkflow::waiverTurnsMissingAttributionIntoInfo()
{
    Article article = makeArticle();
    article.paragraphs.append(Paragraph{{}, u"Smoke could be seen from the city centre."_s, {}});
    QVERIFY(!m_store->create(article));
    const QUuid observed = article.paragraphs.at(3).uuid;
    QVERIFY(ruleIds(m_reviews->findings(article), true).contains(u"ATTR_MISSING"_s));

    QCOMPARE(m_reviews->setNoAttributionNeeded(article.id, QUuid::createUuid(), u"x"_s).kind,
             StoreError::Kind::NotFound);
    const QString reason = u"The reporter saw the smoke from the newsroom"_s;
    QVERIFY(!m_reviews->setNoAttributionNeeded(article.id, observed, reason));
    const QList<Finding> findings = m_reviews->findings(article);
    QVERIFY(!ruleIds(findings, true).contains(u"ATTR_MISSING"_s));
    const auto mark = std::find_if(findings.cbegin(), findings.cend(),
                                   [](const Finding &f) { return f.rule == u"ATTR_MISSING"_s; });
    QVERIFY(mark != findings.cend());
    QCOMPARE(mark->severity, Finding::Severity::Info);
    QVERIFY(mark->message.contains(reason));
    QCOMPARE(m_reviews->decisions(article.id).waiver(observed)->markedBy, u"alice"_s);

    // Off again: blocking again, and both are in the trail.
    QVERIFY(!m_reviews->setNoAttributionNeeded(article.id, observed, {}));
    QVERIFY(ruleIds(m_reviews->findings(article), true).contains(u"ATTR_MISSING"_s));
    const QList<AuditEntry> trail = m_reviews->auditTrail(article.id);
    QCOMPARE(trail.size(), 2);
    QCOMPARE(trail.at(0).action, AuditEntry::Action::NoAttributionNeeded);
    QCOMPARE(trail.at(0).comment, reason);
    QCOMPARE(trail.at(1).action, AuditEntry::Action::AttributionRequired);
}

void TestWorkflow::anonymousSourceNeedsAnApproval()
{
    Source anonymous{0, u"Official familiar with the talks"_s, SourceKind::Anonymous, {}, {}};
    QVERIFY(!m_store->saveSource(anonymous));
    Article article = makeArticle();
    article.paragraphs[1].attributions = {cite(u"official familiar with the talks"_s)};
    QVERIFY(!m_store->create(article));
    const std::optional<Article> stored = m_store->load(article.id);
    const QUuid paragraph = stored->paragraphs.at(1).uuid;
    QVERIFY(ruleIds(m_reviews->findings(*stored), true).contains(u"ATTR_ANONYMOUS"_s));

    const QString why = u"Two officials confirmed; the name would endanger the source"_s;
    QCOMPARE(m_reviews->approveAnonymity(article.id, paragraph, anonymous.name, why).kind,
             StoreError::Kind::NotAllowed);
    m_reviews->setActor(bob);
    QCOMPARE(m_reviews->approveAnonymity(article.id, paragraph, anonymous.name, u" "_s).kind,
             StoreError::Kind::Invalid);
    QCOMPARE(m_reviews->approveAnonymity(article.id, paragraph, u"Police"_s, why).kind,
             StoreError::Kind::NotFound);
    QVERIFY(!m_reviews->approveAnonymity(article.id, paragraph, anonymous.name, why));
    QVERIFY(!ruleIds(m_reviews->findings(*stored), true).contains(u"ATTR_ANONYMOUS"_s));
    const AuditEntry entry = m_reviews->auditTrail(article.id).constLast();
    QCOMPARE(entry.action, AuditEntry::Action::AnonymityApproved);
    QCOMPARE(entry.source, anonymous.name);
    QCOMPARE(entry.comment, why);
    QCOMPARE(entry.actor, bob);
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
