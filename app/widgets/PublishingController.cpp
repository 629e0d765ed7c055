#include "PublishingController.h"

#include "BatchProgress.h"

#include "core/review/ReviewWorkflow.h"
#include "models/ArticleDocument.h"
#include "models/PlainText.h"
#include "storage/ArticleStore.h"
#include "storage/PublishStore.h"

#include <QAction>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QWidget>

#include <algorithm>

namespace {

bool mayPublish(ArticleStatus status)
{
    return status == ArticleStatus::Approved || status == ArticleStatus::Published ||
           status == ArticleStatus::Corrected;
}

bool mayUnpublish(ArticleStatus status)
{
    return status == ArticleStatus::Published || status == ArticleStatus::Corrected;
}

bool rolePublishes(DeskRole role)
{
    return ReviewWorkflow::mayMove(role, ArticleStatus::Approved, ArticleStatus::Published);
}

bool roleUnpublishes(DeskRole role)
{
    return ReviewWorkflow::mayMove(role, ArticleStatus::Published, ArticleStatus::Archived);
}

} // namespace

PublishingController::PublishingController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_publishAction(new QAction(tr("&Publish"), this))
    , m_unpublishAction(new QAction(tr("&Unpublish…"), this))
    , m_publishApprovedAction(new QAction(tr("Publish All &Approved"), this))
    , m_publishToMenu(new QMenu(tr("Publish &To"), window))
    , m_confirm([](QWidget *parent, const QString &question) {
        return QMessageBox::question(parent, tr("Unpublish"), plainText(question),
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    })
{
    m_publishAction->setObjectName(QStringLiteral("actionPublish"));
    m_publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_publishAction->setIcon(QIcon::fromTheme(QStringLiteral("document-send")));
    m_publishAction->setStatusTip(
        tr("Send the article to every enabled destination that does not have this version"));
    m_unpublishAction->setObjectName(QStringLiteral("actionUnpublish"));
    m_unpublishAction->setStatusTip(
        tr("Archive the article and withdraw it (pubStatus canceled) wherever it was published"));
    m_publishApprovedAction->setObjectName(QStringLiteral("actionPublishApproved"));
    m_publishApprovedAction->setStatusTip(tr("Publish every approved article of the database"));
    connect(m_publishAction, &QAction::triggered, this, [this] {
        if (m_document)
            publish({m_document->articleId()});
    });
    connect(m_unpublishAction, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        const QString headline = m_document->field(ArticleDocument::Field::Headline);
        if (m_confirm(m_window, tr("Unpublish “%1”? It is archived, and every destination that "
                                   "has it receives a withdrawal (pubStatus canceled; a web page "
                                   "is removed).")
                                    .arg(headline))) {
            unpublish({m_document->articleId()});
        }
    });
    connect(m_publishApprovedAction, &QAction::triggered, this,
            &PublishingController::publishApproved);
    m_publishToMenu->menuAction()->setObjectName(QStringLiteral("actionPublishTo"));
    m_publishToMenu->menuAction()->setStatusTip(tr("Send the article to one destination only"));
    // Listed when opened: another desk may have changed the destinations since.
    connect(m_publishToMenu, &QMenu::aboutToShow, this, &PublishingController::listDestinations);
    updateActions();
}

PublishingController::~PublishingController()
{
    // The job (a child) waits for deliveries under way; it starts no further article.
    if (m_job)
        m_job->cancel();
}

QProgressDialog *PublishingController::progressDialog() const
{
    return m_progress;
}

QMessageBox *PublishingController::reportBox() const
{
    return m_report;
}

void PublishingController::setDatabase(Database *database)
{
    if (m_job && database != m_database) {
        // Another database is opening: its window must not show this run's results. The job
        // has its own connection; it finishes what is under way and starts nothing more.
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        delete m_job; // waits for the deliveries under way
        m_job = nullptr;
        if (m_progress)
            m_progress->close();
    }
    m_database = database;
    updateActions();
}

void PublishingController::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    // A status change (a review decision, a save that sends an approved article back to
    // review) marks the document saved.
    if (document)
        connect(document, &ArticleDocument::saved, this, &PublishingController::updateActions);
    updateActions();
}

void PublishingController::updateActions()
{
    const DeskRole role = DeskUser::current().role;
    const bool idle = m_database && !m_job;
    const bool open = idle && m_document;
    const ArticleStatus status = m_document ? m_document->status() : ArticleStatus::Draft;
    m_publishAction->setEnabled(open && mayPublish(status) && rolePublishes(role));
    m_publishToMenu->menuAction()->setEnabled(m_publishAction->isEnabled());
    m_unpublishAction->setEnabled(open && mayUnpublish(status) && roleUnpublishes(role));
    m_publishApprovedAction->setEnabled(idle && rolePublishes(role));
    // Say why a disabled action is disabled: a greyed menu item explains nothing by itself.
    QString why;
    if (m_document && !rolePublishes(role))
        why = tr("%1 cannot publish: a reviewer or a chief publishes.").arg(deskRoleLabel(role));
    else if (m_document && !mayPublish(status))
        why = tr("Only an approved, published or corrected article is published.");
    m_publishAction->setToolTip(
        why.isEmpty()
            ? tr("Publish (%1)").arg(m_publishAction->shortcut().toString(QKeySequence::NativeText))
            : why);
}

bool PublishingController::publish(const QList<qint64> &articleIds, const QString &destination)
{
    return run(articleIds, Publisher::Mode::Publish, destination);
}

void PublishingController::listDestinations()
{
    m_publishToMenu->clear();
    QList<PublishDestination> destinations;
    if (m_database)
        destinations = PublishStore(*m_database).destinations();
    for (const PublishDestination &destination : std::as_const(destinations)) {
        if (!destination.enabled)
            continue;
        // The name is data: a "&" in it must not become a mnemonic.
        QString label = destination.name;
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_publishToMenu->addAction(label);
        action->setData(destination.name);
        connect(action, &QAction::triggered, this, [this, name = destination.name] {
            if (m_document)
                publish({m_document->articleId()}, name);
        });
    }
    if (m_publishToMenu->isEmpty())
        m_publishToMenu->addAction(tr("No enabled destination"))->setEnabled(false);
}

bool PublishingController::unpublish(const QList<qint64> &articleIds)
{
    return run(articleIds, Publisher::Mode::Unpublish);
}

bool PublishingController::publishApproved()
{
    if (!m_database || m_job)
        return false;
    if (m_saveEdits && !m_saveEdits()) {
        say(tr("Your edits could not be saved, so nothing was published."));
        return false;
    }
    ArticleListQuery query;
    query.status = ArticleStatus::Approved;
    query.limit = 0;
    StoreError error;
    QList<qint64> ids;
    for (const ArticleSummary &row : ArticleStore(*m_database).list(query, &error))
        ids.append(row.id);
    if (error) {
        report(tr("Publish All Approved"), tr("Could not list the approved articles."),
               error.message, false);
        return false;
    }
    if (ids.isEmpty()) {
        say(tr("No approved article is waiting to be published."));
        return false;
    }
    std::sort(ids.begin(), ids.end());
    return run(ids, Publisher::Mode::Publish);
}

bool PublishingController::retryOpenArticle()
{
    if (!m_document)
        return false;
    return m_document->status() == ArticleStatus::Archived ? unpublish({m_document->articleId()})
                                                           : publish({m_document->articleId()});
}

bool PublishingController::run(const QList<qint64> &articleIds, Publisher::Mode mode,
                               const QString &destination)
{
    if (!m_database || m_job || articleIds.isEmpty())
        return false;
    const bool unpublishing = mode == Publisher::Mode::Unpublish;
    // The store judges the stored article: what is on screen must be stored first.
    if (m_saveEdits && !m_saveEdits()) {
        say(unpublishing ? tr("Your edits could not be saved, so nothing was unpublished.")
                         : tr("Your edits could not be saved, so nothing was published."));
        return false;
    }
    if (m_report)
        m_report->close();

    auto *job = new PublishJob(this);
    m_job = job;
    m_refusal.clear();
    m_ids = articleIds;
    m_mode = mode;
    m_destination = destination;
    if (articleIds.size() > 1) {
        m_progress = new QProgressDialog(
            unpublishing ? tr("Unpublishing %n article(s)…", nullptr, int(articleIds.size()))
                         : tr("Publishing %n article(s)…", nullptr, int(articleIds.size())),
            tr("Stop"), 0, int(articleIds.size()), m_window);
        m_progress->setWindowTitle(unpublishing ? tr("Unpublish") : tr("Publish"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setAttribute(Qt::WA_DeleteOnClose);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumDuration(300);
        m_progress->setValue(0);
        // Cancel starts no further article; deliveries under way finish and are recorded.
        connect(m_progress, &QProgressDialog::canceled, job, [job] { job->cancel(); });
        m_clock.start();
        connect(job, &PublishJob::progress, m_progress,
                [this, progress = m_progress, unpublishing](qsizetype done, qsizetype total) {
                    progress->setValue(int(done));
                    const QLocale locale;
                    const QString count = locale.toString(qint64(done));
                    const QString all = locale.toString(qint64(total));
                    progress->setLabelText(
                        (unpublishing ? tr("Unpublished %1 of %2 articles").arg(count, all)
                                      : tr("Published %1 of %2 articles").arg(count, all)) +
                        BatchProgress::rateAndTimeLeft(done, total, m_clock.elapsed()));
                });
    }
    connect(job, &PublishJob::refused, this, [this](const QString &why) { m_refusal = why; });
    connect(job, &PublishJob::finished, this, &PublishingController::finish);
    say(unpublishing ? tr("Unpublishing…") : tr("Publishing…"));
    updateActions();
    PublishJob::Request request;
    request.databaseLocation = m_database->location();
    request.articleIds = articleIds;
    request.mode = mode;
    request.destinationName = destination;
    request.actor = DeskUser::current();
    job->start(request);
    return true;
}

void PublishingController::finish()
{
    PublishJob *job = m_job;
    if (!job)
        return;
    m_job = nullptr;
    job->deleteLater(); // its thread is ending; the destructor waits for it
    if (m_progress)
        m_progress->close();

    const bool unpublishing = m_mode == Publisher::Mode::Unpublish;
    if (!m_refusal.isEmpty()) {
        // Nothing was sent: no destination, an unknown or disabled one, the database.
        say(unpublishing ? tr("Unpublishing failed: %1").arg(m_refusal)
                         : tr("Publishing failed: %1").arg(m_refusal));
        report(unpublishing ? tr("Unpublish") : tr("Publish"), m_refusal, {}, false);
        updateActions();
        emit runFinished();
        return;
    }
    const QList<Publisher::ArticleResult> results = job->results();
    const bool several = m_ids.size() > 1;
    QStringList failures;
    QStringList refusals;
    QSet<QString> reached;
    QList<qint64> incomplete;
    int completed = 0;
    for (const Publisher::ArticleResult &result : results) {
        const QString prefix = several ? tr("“%1”: ").arg(result.headline) : QString();
        if (!result.refusal.isEmpty())
            refusals.append(prefix + result.refusal);
        for (const Publication &delivery : result.deliveries) {
            if (delivery.succeeded)
                reached.insert(delivery.destinationName);
            else
                failures.append(prefix +
                                tr("%1: %2").arg(delivery.destinationName, delivery.error));
        }
        for (const QString &name : result.upToDate)
            reached.insert(name);
        if (result.completed)
            ++completed;
        else
            incomplete.append(result.articleId);
    }
    const int reachedCount = int(reached.size());
    const qsizetype skipped = m_ids.size() - results.size(); // cancelled before they started

    if (!failures.isEmpty()) {
        say(unpublishing ? tr("Unpublishing failed: %1").arg(failures.first())
                         : tr("Publishing failed: %1").arg(failures.first()));
        const QString text =
            unpublishing ? tr("%n delivery(ies) of the withdrawal failed. Retry tries these again.",
                              nullptr, int(failures.size()))
                         : tr("%n delivery(ies) failed. The article stays approved until every "
                              "destination has it; Retry tries only the destinations that failed.",
                              nullptr, int(failures.size()));
        m_ids = incomplete;
        report(unpublishing ? tr("Unpublishing Failed") : tr("Publishing Failed"), text,
               failures.join(QLatin1Char('\n')), true);
    } else if (!refusals.isEmpty()) {
        say(unpublishing ? tr("Not unpublished: %1").arg(refusals.first())
                         : tr("Not published: %1").arg(refusals.first()));
        if (several || refusals.size() > 1) {
            report(unpublishing ? tr("Unpublish") : tr("Publish"),
                   tr("%n article(s) could not be handled.", nullptr, int(refusals.size())),
                   refusals.join(QLatin1Char('\n')), false);
        }
    } else if (skipped > 0) {
        say(tr("Stopped after %1 of %n article(s).", nullptr, int(m_ids.size()))
                .arg(results.size()));
    } else if (several) {
        say(unpublishing ? tr("Unpublished %n article(s).", nullptr, completed)
                         : tr("Published %n article(s) to %1.", nullptr, completed)
                               .arg(tr("%n destination(s)", nullptr, reachedCount)));
    } else {
        say(unpublishing ? tr("Unpublished from %n destination(s).", nullptr, reachedCount)
                         : tr("Published to %n destination(s).", nullptr, reachedCount));
    }

    QList<qint64> changed;
    for (const Publisher::ArticleResult &result : results)
        changed.append(result.articleId);
    updateActions();
    emit articlesChanged(changed);
    emit runFinished();
}

void PublishingController::report(const QString &title, const QString &text, const QString &details,
                                  bool retry)
{
    if (m_report)
        m_report->close();
    // Not exec(): a report must not hold up the window (or a test) until it is read.
    // Headlines and the endpoints' error messages are shown as written, never as markup.
    auto *box =
        new QMessageBox(QMessageBox::Warning, title, plainText(text), QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("publishingReport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Each failed destination and its error, in the box itself: this is what the user acts on.
    if (!details.isEmpty())
        box->setInformativeText(plainText(details));
    if (retry) {
        QPushButton *retryButton = box->addButton(tr("&Retry"), QMessageBox::AcceptRole);
        retryButton->setObjectName(QStringLiteral("retryButton"));
        box->setDefaultButton(retryButton);
        const QList<qint64> ids = m_ids;
        const Publisher::Mode mode = m_mode;
        const QString destination = m_destination;
        connect(retryButton, &QPushButton::clicked, this, [this, ids, mode, destination] {
            // After the box has closed: a new report may replace it.
            QMetaObject::invokeMethod(
                this, [this, ids, mode, destination] { run(ids, mode, destination); },
                Qt::QueuedConnection);
        });
    }
    m_report = box;
    box->open();
}

void PublishingController::say(const QString &message)
{
    m_lastMessage = message;
    emit statusMessage(message);
}
