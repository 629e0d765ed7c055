#include "Publisher.h"

#include "core/ExportFormat.h"
#include "core/review/ReviewWorkflow.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/FolderExport.h"
#include "storage/PublishStore.h"
#include "storage/ReviewStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Articles loaded and under way at once: enough to keep the HTTP connections busy.
constexpr qsizetype articlesInFlight = 64;
// Finished articles recorded in one transaction.
constexpr qsizetype recordBatch = 64;

bool mayPublish(ArticleStatus status)
{
    return status == ArticleStatus::Approved || status == ArticleStatus::Published ||
           status == ArticleStatus::Corrected;
}

QString idempotencyKey(const Article &article)
{
    const QString uri = article.uri.isEmpty() ? Article::defaultUri(article.uuid) : article.uri;
    QString key = uri + u";version="_s + QString::number(article.version);
    if (article.status == ArticleStatus::Archived)
        key += u";canceled"_s;
    return key;
}

} // namespace

Publisher::Publisher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    connect(&m_http, &HttpPoster::finished, this, &Publisher::handleHttp);
}

Publisher::~Publisher() = default;

StoreError Publisher::start(const QList<qint64> &articleIds, Mode mode,
                            const QString &destinationName)
{
    if (m_running)
        return {StoreError::Kind::Invalid, tr("Publishing is already under way.")};
    PublishStore store(m_db);
    StoreError error;
    QList<PublishDestination> destinations = store.destinations(&error);
    if (error)
        return error;
    if (!destinationName.isEmpty()) {
        const auto named = std::find_if(destinations.cbegin(), destinations.cend(),
                                        [&](const PublishDestination &destination) {
                                            return destination.name == destinationName.trimmed();
                                        });
        if (named == destinations.cend()) {
            return {StoreError::Kind::NotFound,
                    tr("There is no publishing destination “%1”.").arg(destinationName)};
        }
        if (!named->enabled) {
            return {StoreError::Kind::Invalid,
                    tr("The publishing destination “%1” is disabled.").arg(named->name)};
        }
        destinations = {*named};
    }
    destinations.removeIf(
        [](const PublishDestination &destination) { return !destination.enabled; });
    if (destinations.isEmpty()) {
        return {StoreError::Kind::Invalid,
                tr("No publishing destination is set up: add a folder or an HTTP endpoint in "
                   "Preferences → Publishing, or with copydesk-cli destination add.")};
    }

    m_destinations = destinations;
    m_mode = mode;
    m_ids = articleIds;
    m_next = 0;
    m_done = 0;
    m_results.clear();
    m_cancelled = false;
    m_running = true;
    QTimer::singleShot(0, this, &Publisher::pump);
    return {};
}

void Publisher::cancel()
{
    m_cancelled = true;
    if (m_running && m_pending.isEmpty())
        QTimer::singleShot(0, this, &Publisher::pump);
}

void Publisher::pump()
{
    if (!m_running)
        return;
    while (!m_cancelled && m_next < m_ids.size() && m_pending.size() < articlesInFlight) {
        const QList<qint64> ids = m_ids.mid(m_next, articlesInFlight - m_pending.size());
        m_next += ids.size();
        ArticleStore articles(m_db);
        StoreError chunkError;
        QList<Article> loaded = articles.loadMany(ids, &chunkError);
        if (!chunkError) {
            for (Article &article : loaded)
                begin(std::move(article));
            continue;
        }
        // One id is gone (or worse): each article on its own, so the others still go.
        for (const qint64 id : ids) {
            StoreError error;
            std::optional<Article> article = articles.load(id, &error);
            if (!article) {
                ArticleResult result;
                result.articleId = id;
                result.refusal = error.message;
                finishArticle(result);
                continue;
            }
            begin(std::move(*article));
        }
    }
    if (m_pending.isEmpty() && m_toRecord.isEmpty() && (m_cancelled || m_next >= m_ids.size())) {
        m_running = false;
        emit finished();
    }
}

Publication Publisher::publication(const Pending &pending,
                                   const PublishDestination &destination) const
{
    Publication publication;
    publication.articleId = pending.article.id;
    publication.destinationId = destination.id;
    publication.destinationName = destination.name;
    publication.version = pending.article.version;
    publication.canceled = m_mode == Mode::Unpublish;
    publication.actor = m_actor.name;
    return publication;
}

void Publisher::begin(Article article)
{
    ArticleResult result;
    result.articleId = article.id;
    result.headline = article.headline;
    result.version = article.version;

    PublishStore store(m_db);
    StoreError error;
    const QList<Publication> history = store.publications(article.id, &error);
    if (error) {
        result.refusal = error.message;
        finishArticle(result);
        return;
    }
    // Where this article is now: the last successful delivery to each destination.
    QHash<qint64, Publication> lastDelivered;
    for (const Publication &publication : history) {
        if (publication.succeeded)
            lastDelivered.insert(publication.destinationId, publication);
    }

    QList<PublishDestination> targets;
    if (m_mode == Mode::Publish) {
        if (!mayPublish(article.status)) {
            result.refusal = tr("Article %1 is %2: only approved articles are published.")
                                 .arg(article.id)
                                 .arg(articleStatusLabel(article.status));
            finishArticle(result);
            return;
        }
        if (!ReviewWorkflow::mayMove(m_actor.role, ArticleStatus::Approved,
                                     ArticleStatus::Published)) {
            result.refusal = tr("%1 cannot publish: a reviewer or a chief publishes.")
                                 .arg(deskRoleLabel(m_actor.role));
            finishArticle(result);
            return;
        }
        for (const PublishDestination &destination : std::as_const(m_destinations)) {
            const auto last = lastDelivered.constFind(destination.id);
            if (last != lastDelivered.cend() && !last->canceled && last->version == article.version)
                result.upToDate.append(destination.name);
            else
                targets.append(destination);
        }
    } else {
        if (article.status == ArticleStatus::Published ||
            article.status == ArticleStatus::Corrected) {
            ReviewStore review(m_db);
            review.setActor(m_actor);
            StatusChangeRequest request;
            request.to = ArticleStatus::Archived;
            request.comment = tr("Unpublished.");
            if (const StoreError refused = review.changeStatus(article.id, request, &article)) {
                result.refusal = refused.message;
                finishArticle(result);
                return;
            }
        } else if (article.status != ArticleStatus::Archived) {
            result.refusal = tr("Article %1 is %2: only a published article can be unpublished.")
                                 .arg(article.id)
                                 .arg(articleStatusLabel(article.status));
            finishArticle(result);
            return;
        }
        for (const PublishDestination &destination : std::as_const(m_destinations)) {
            const auto last = lastDelivered.constFind(destination.id);
            if (last == lastDelivered.cend())
                continue; // never published there
            if (last->canceled)
                result.upToDate.append(destination.name);
            else
                targets.append(destination);
        }
    }

    const qint64 id = article.id;
    Pending &pending = m_pending[id];
    pending.result = result;
    pending.article = std::move(article);
    for (const PublishDestination &destination : std::as_const(targets)) {
        if (destination.kind == PublishDestination::Kind::Folder)
            deliverToFolder(pending, destination);
        else
            postTo(pending, destination);
    }
    if (pending.outstanding == 0)
        complete(id);
}

void Publisher::deliverToFolder(Pending &pending, const PublishDestination &destination)
{
    Publication delivery = publication(pending, destination);
    const Article &article = pending.article;
    const QDir folder(destination.target);
    const QString suffix = ExportFormats::suffix(destination.format);
    if (!QDir().mkpath(folder.absolutePath())) {
        delivery.error = tr("%1: cannot create the folder.").arg(folder.absolutePath());
        pending.result.deliveries.append(delivery);
        return;
    }
    if (delivery.canceled && destination.format == ExportFormat::Html) {
        // A web page has no pubStatus: unpublishing takes away the pages this destination
        // received for the article, as recorded (never another article's).
        StoreError error;
        const QList<Publication> history = PublishStore(m_db).publications(article.id, &error);
        int removed = 0;
        QSet<QString> seen;
        for (const Publication &earlier : history) {
            if (earlier.destinationId != destination.id || !earlier.succeeded || earlier.canceled ||
                seen.contains(earlier.result))
                continue;
            seen.insert(earlier.result);
            if (QFile::exists(earlier.result)) {
                if (!QFile::remove(earlier.result)) {
                    delivery.error = tr("%1: cannot remove the page.").arg(earlier.result);
                    pending.result.deliveries.append(delivery);
                    return;
                }
                ++removed;
            }
        }
        delivery.succeeded = true;
        delivery.result = tr("removed %n page(s)", nullptr, removed);
        pending.result.deliveries.append(delivery);
        return;
    }
    const QString ending = delivery.canceled ? u"-canceled"_s + suffix : suffix;
    QString path = folder.filePath(FolderExport::fileName(article, ending));
    // Two articles may share a slug: the second one's files are named after its uuid instead,
    // so neither overwrites the other's in the hot folder.
    const auto owner = m_folderFiles.constFind(path);
    bool taken = owner != m_folderFiles.cend() && *owner != article.id;
    if (!taken) {
        StoreError error;
        taken = PublishStore(m_db).isFileOfAnotherArticle(destination.id, path, article.id, &error);
    }
    if (taken)
        path = folder.filePath(
            FolderExport::fileName(uuidText(article.uuid), article.version, ending));
    m_folderFiles.insert(path, article.id);
    QSaveFile file(path);
    const QByteArray bytes = ExportFormats::encoder(destination.format)(article);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        delivery.error = tr("%1: cannot write the file: %2").arg(path, file.errorString());
    } else {
        delivery.succeeded = true;
        delivery.result = path;
    }
    pending.result.deliveries.append(delivery);
}

void Publisher::postTo(Pending &pending, const PublishDestination &destination)
{
    const quint64 token = m_nextToken++;
    m_deliveries.insert(token, Delivery{pending.article.id, destination, {}});
    ++pending.outstanding;

    HttpPoster::Request request;
    request.token = token;
    request.url = QUrl(destination.target);
    request.body = ExportFormats::encoder(ExportFormat::Ninjs)(pending.article);
    request.contentType = ExportFormats::mediaType(ExportFormat::Ninjs).toUtf8();
    request.headers = destination.headers;
    request.headers.append({"Idempotency-Key", idempotencyKey(pending.article).toUtf8()});
    request.headers.append(
        {"User-Agent", u"Copydesk/%1"_s.arg(QCoreApplication::applicationVersion()).toUtf8()});
    request.timeoutMs = destination.timeoutMs;
    request.retries = destination.retries;
    m_http.post(std::move(request));
}

void Publisher::handleHttp(quint64 token, const HttpPoster::Outcome &outcome)
{
    const Delivery delivery = m_deliveries.take(token);
    const auto found = m_pending.find(delivery.articleId);
    if (found == m_pending.end())
        return;
    Publication record = publication(*found, delivery.destination);
    record.succeeded = outcome.succeeded;
    record.attempts = outcome.attempts;
    record.result = outcome.httpStatus ? u"HTTP %1"_s.arg(outcome.httpStatus) : QString();
    record.error = outcome.error;
    found->result.deliveries.append(record);
    if (--found->outstanding == 0)
        complete(delivery.articleId);
}

void Publisher::complete(qint64 articleId)
{
    m_toRecord.append(m_pending.take(articleId));
    // Recorded in batches: one transaction for many articles instead of a commit each.
    if (m_toRecord.size() >= recordBatch) {
        recordCompleted();
    } else if (!m_recordScheduled) {
        m_recordScheduled = true;
        QTimer::singleShot(0, this, &Publisher::recordCompleted);
    }
}

StoreError Publisher::record(Pending &pending)
{
    PublishStore store(m_db);
    for (Publication &publication : pending.result.deliveries) {
        if (const StoreError error = store.recordPublication(&publication))
            return error;
    }
    const bool allDelivered =
        std::all_of(pending.result.deliveries.cbegin(), pending.result.deliveries.cend(),
                    [](const Publication &publication) { return publication.succeeded; });
    if (allDelivered && m_mode == Mode::Publish &&
        pending.article.status == ArticleStatus::Approved) {
        ReviewStore review(m_db);
        review.setActor(m_actor);
        StatusChangeRequest request;
        request.to = ArticleStatus::Published;
        return review.changeStatus(pending.article.id, request);
    }
    return {};
}

void Publisher::recordCompleted()
{
    m_recordScheduled = false;
    QList<Pending> batch = std::exchange(m_toRecord, {});
    if (batch.isEmpty())
        return;
    const auto inTransaction = [this](const auto &work) {
        Transaction transaction(m_db);
        StoreError error = transaction.beginError();
        if (!error)
            error = work();
        if (!error)
            error = transaction.commit();
        return error;
    };
    QList<StoreError> errors(batch.size());
    const StoreError batchError = inTransaction([&] {
        for (Pending &pending : batch) {
            if (StoreError error = record(pending))
                return error;
        }
        return StoreError();
    });
    if (batchError) {
        // Each article on its own, so that one article's problem stays its own.
        for (qsizetype i = 0; i < batch.size(); ++i)
            errors[i] = inTransaction([&] { return record(batch[i]); });
    }
    for (qsizetype i = 0; i < batch.size(); ++i) {
        ArticleResult &result = batch[i].result;
        const bool allDelivered =
            std::all_of(result.deliveries.cbegin(), result.deliveries.cend(),
                        [](const Publication &publication) { return publication.succeeded; });
        if (errors.at(i))
            result.refusal = errors.at(i).message;
        result.completed = !errors.at(i) && allDelivered;
        finishArticle(result);
    }
    if (m_pending.size() < articlesInFlight / 2 || m_pending.isEmpty())
        QTimer::singleShot(0, this, &Publisher::pump);
}

void Publisher::finishArticle(ArticleResult result)
{
    ++m_done;
    m_results.append(result);
    emit articleFinished(result);
    emit progress(m_done, m_ids.size());
    if (m_pending.isEmpty() && m_toRecord.isEmpty() && m_running &&
        (m_cancelled || m_next >= m_ids.size()))
        QTimer::singleShot(0, this, &Publisher::pump);
}
