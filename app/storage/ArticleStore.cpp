#include "ArticleStore.h"

#include "AuditLog.h"
#include "ResultRows.h"
#include "StoredTime.h"

#include "core/review/ReviewWorkflow.h"

#include "core/JsonEscape.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

#include <limits>

using StoredTime::fromIso;
using StoredTime::isoUtc;
using StoredTime::isoUtcOrNull;
using StoredTime::nowUtc;

namespace {

QVariant idOrNull(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

// The paragraphs one per line, in UTF-8: bound as text without SQLite converting a long
// article from UTF-16 on every save.
QByteArray bodyText(const Article &article)
{
    QStringEncoder utf8(QStringEncoder::Utf8);
    qsizetype units = article.paragraphs.size();
    for (const Paragraph &paragraph : article.paragraphs)
        units += paragraph.text.size();
    QByteArray body(utf8.requiredSpace(units), Qt::Uninitialized);
    char *end = body.data();
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
        if (i > 0)
            *end++ = '\n';
        end = utf8.appendToBuffer(end, article.paragraphs.at(i).text);
    }
    body.truncate(end - body.constData());
    return body;
}

QString titlesText(const Article &article)
{
    QStringList texts;
    for (const MetaTitle &title : article.metaTitles)
        texts.append(title.text);
    return texts.join(QLatin1Char('\n'));
}

int attributedCount(const Article &article)
{
    int count = 0;
    for (const Paragraph &paragraph : article.paragraphs)
        count += paragraph.attributions.isEmpty() ? 0 : 1;
    return count;
}

// Appends `text` as a JSON string in UTF-8, escaped as QJsonDocument escapes it: quotes,
// backslashes, control characters and lone surrogates; everything else as UTF-8.
void appendJsonString(QByteArray &json, QStringView text)
{
    json += '"';
    appendJsonEscaped(json, text);
    json += '"';
}

void appendJsonMember(QByteArray &json, const char *key, QStringView value)
{
    json += '"';
    json += key;
    json += "\":";
    appendJsonString(json, value);
}

// One paragraph of a revision snapshot (see snapshotText), its sources named by `sourceNames`
// (one per attribution).
QByteArray paragraphJson(const Paragraph &paragraph, const QStringList &sourceNames)
{
    QByteArray json;
    json.reserve(3 * paragraph.text.size() + 80 + 200 * paragraph.attributions.size());
    json += "{\"attributions\":[";
    for (qsizetype i = 0; i < paragraph.attributions.size(); ++i) {
        const Attribution &attribution = paragraph.attributions.at(i);
        json += i == 0 ? "{" : ",{";
        appendJsonMember(json, "detail", attribution.detail);
        json += ',';
        appendJsonMember(json, "note", attribution.note);
        json += ',';
        appendJsonMember(json, "reviewedAt", isoUtc(attribution.reviewedAt));
        json += ',';
        appendJsonMember(json, "reviewer", attribution.reviewer);
        json += ',';
        appendJsonMember(json, "source", sourceNames.at(i));
        json += ',';
        appendJsonMember(json, "url", attribution.url);
        json += ',';
        appendJsonMember(json, "verification", verificationKey(attribution.verification));
        json += '}';
    }
    json += "],";
    appendJsonMember(json, "text", paragraph.text);
    json += ',';
    appendJsonMember(json, "uuid", uuidText(paragraph.uuid));
    json += '}';
    return json;
}

// Revisions keep the whole article as JSON, independent of later schema changes. Written as
// UTF-8 text, exactly as QJsonDocument::toJson(QJsonDocument::Compact) writes the same object
// (members in key order), because building and serialising a QJsonObject was half of an
// autosave of a 10,000-word article. `paragraphs` holds paragraphJson() of each paragraph;
// the snapshot replaces what `json` held, reusing its memory.
void writeSnapshotText(const Article &article, const QList<QByteArray> &paragraphs,
                       QByteArray &json)
{
    qsizetype expected = 1024 + paragraphs.size();
    for (const QByteArray &paragraph : paragraphs)
        expected += paragraph.size();
    json.resize(0);
    json.reserve(expected);
    json += "{\"byline\":";
    appendJsonString(json, article.byline);
    json += ',';
    appendJsonMember(json, "headline", article.headline);
    json += ',';
    appendJsonMember(json, "language", article.language);
    json += ",\"metaTitles\":[";
    for (qsizetype i = 0; i < article.metaTitles.size(); ++i) {
        const MetaTitle &title = article.metaTitles.at(i);
        json += i == 0 ? "{\"chosen\":" : ",{\"chosen\":";
        json += title.chosen ? "true," : "false,";
        appendJsonMember(json, "notes", title.notes);
        json += ',';
        appendJsonMember(json, "text", title.text);
        json += '}';
    }
    json += "],\"paragraphs\":[";
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            json += ',';
        json += paragraphs.at(i);
    }
    json += "],";
    appendJsonMember(json, "section", article.section);
    json += ',';
    appendJsonMember(json, "slug", article.slug);
    json += ',';
    appendJsonMember(json, "status", articleStatusKey(article.status));
    json += ',';
    appendJsonMember(json, "summary", article.summary);
    json += ',';
    appendJsonMember(json, "updated", isoUtc(article.updated));
    json += ",\"version\":";
    json += QByteArray::number(article.version);
    json += '}';
}

// Whether the text the search index holds for `a` (headline, summary, body, meta titles) is
// that of `b`: attributions, notes and the chosen flag are not indexed.
bool sameSearchText(const Article &a, const Article &b)
{
    if (a.headline != b.headline || a.summary != b.summary ||
        a.paragraphs.size() != b.paragraphs.size() || a.metaTitles.size() != b.metaTitles.size())
        return false;
    for (qsizetype i = 0; i < a.paragraphs.size(); ++i) {
        if (a.paragraphs.at(i).text != b.paragraphs.at(i).text)
            return false;
    }
    for (qsizetype i = 0; i < a.metaTitles.size(); ++i) {
        if (a.metaTitles.at(i).text != b.metaTitles.at(i).text)
            return false;
    }
    return true;
}

void applySnapshot(const QJsonObject &json, Article &article)
{
    article.slug = json.value(QLatin1String("slug")).toString();
    article.headline = json.value(QLatin1String("headline")).toString();
    article.summary = json.value(QLatin1String("summary")).toString();
    article.byline = json.value(QLatin1String("byline")).toString();
    article.section = json.value(QLatin1String("section")).toString();
    article.language = json.value(QLatin1String("language")).toString();
    article.paragraphs.clear();
    const QJsonArray paragraphs = json.value(QLatin1String("paragraphs")).toArray();
    for (const QJsonValue value : paragraphs) {
        const QJsonObject object = value.toObject();
        Paragraph paragraph;
        paragraph.uuid = QUuid::fromString(object.value(QLatin1String("uuid")).toString());
        paragraph.text = object.value(QLatin1String("text")).toString();
        const QJsonArray attributions = object.value(QLatin1String("attributions")).toArray();
        for (const QJsonValue attributionValue : attributions) {
            const QJsonObject a = attributionValue.toObject();
            Attribution attribution;
            attribution.sourceName = a.value(QLatin1String("source")).toString();
            attribution.detail = a.value(QLatin1String("detail")).toString();
            attribution.url = a.value(QLatin1String("url")).toString();
            attribution.verification =
                verificationFromKey(a.value(QLatin1String("verification")).toString());
            attribution.reviewer = a.value(QLatin1String("reviewer")).toString();
            attribution.reviewedAt = fromIso(a.value(QLatin1String("reviewedAt")).toString());
            attribution.note = a.value(QLatin1String("note")).toString();
            paragraph.attributions.append(attribution);
        }
        article.paragraphs.append(paragraph);
    }
    article.metaTitles.clear();
    const QJsonArray titles = json.value(QLatin1String("metaTitles")).toArray();
    for (const QJsonValue value : titles) {
        const QJsonObject object = value.toObject();
        article.metaTitles.append(MetaTitle{object.value(QLatin1String("text")).toString(),
                                            object.value(QLatin1String("chosen")).toBool(),
                                            object.value(QLatin1String("notes")).toString()});
    }
}

// Words of a free-text query as a full-text expression: each word quoted (so quotes, operators,
// NEAR, parentheses and '-' are plain text), all required, the last one also as a prefix. FTS5
// syntax on SQLite ("a" "b"*), tsquery syntax on PostgreSQL ('a' & 'b':*).
QString searchExpression(const QString &search, bool postgres)
{
    static const QRegularExpression wordPattern(QStringLiteral("[\\w]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    const QChar quote = postgres ? QLatin1Char('\'') : QLatin1Char('"');
    QStringList terms;
    auto it = wordPattern.globalMatch(search);
    while (it.hasNext())
        terms.append(quote + it.next().captured(0) + quote);
    if (terms.isEmpty())
        return {};
    if (!search.back().isSpace())
        terms.last() += postgres ? QStringLiteral(":*") : QStringLiteral("*");
    return terms.join(postgres ? QStringLiteral(" & ") : QStringLiteral(" "));
}

// The parts of a search statement that differ between the dialects: `matches` finds the matches
// (binding the expression), `joined` the same joined to their articles `a`; `id` and `score`
// (lower is better) are columns of both.
struct SearchSql
{
    QString matches;
    QString joined;
    QString id;
    QString score;
};

SearchSql searchSql(bool postgres)
{
    if (postgres) {
        return {QStringLiteral(" FROM to_tsquery('copydesk_simple', ?) q, article_text f"
                               " WHERE f.document @@ q"),
                QStringLiteral(" FROM to_tsquery('copydesk_simple', ?) q, article_text f"
                               " JOIN articles a ON a.id = f.article_id WHERE f.document @@ q"),
                QStringLiteral("f.article_id"), QStringLiteral("-ts_rank(f.document, q)")};
    }
    // article_fts stays the outer loop (CROSS JOIN): with a status filter the planner would
    // otherwise walk the articles of that status and run the MATCH once for each of them.
    return {QStringLiteral(" FROM article_fts f WHERE article_fts MATCH ?"),
            QStringLiteral(" FROM article_fts f CROSS JOIN articles a ON a.id = f.rowid"
                           " WHERE article_fts MATCH ?"),
            QStringLiteral("f.rowid"), QStringLiteral("f.rank")};
}

// What an interchange file carries: equal means re-importing it changes nothing.
bool sameContent(const Article &a, const Article &b)
{
    if (a.headline != b.headline || a.summary != b.summary || a.byline != b.byline ||
        a.slug != b.slug || a.language != b.language ||
        a.paragraphs.size() != b.paragraphs.size() || a.metaTitles.size() != b.metaTitles.size())
        return false;
    for (qsizetype i = 0; i < a.paragraphs.size(); ++i) {
        const Paragraph &left = a.paragraphs.at(i);
        const Paragraph &right = b.paragraphs.at(i);
        if (left.text != right.text || left.attributions.size() != right.attributions.size())
            return false;
        for (qsizetype j = 0; j < left.attributions.size(); ++j) {
            if (ArticleStore::sourceKey(left.attributions.at(j).sourceName) !=
                ArticleStore::sourceKey(right.attributions.at(j).sourceName))
                return false;
        }
    }
    for (qsizetype i = 0; i < a.metaTitles.size(); ++i) {
        if (a.metaTitles.at(i).text != b.metaTitles.at(i).text ||
            a.metaTitles.at(i).chosen != b.metaTitles.at(i).chosen)
            return false;
    }
    return true;
}

// Whether a save changes what the article says (text, sources cited, titles, fields) rather
// than only how its attributions were reviewed: a review does not make the reviewer an editor.
bool sameContentApartFromReview(const Article &a, const Article &b)
{
    if (a.headline != b.headline || a.summary != b.summary || a.byline != b.byline ||
        a.section != b.section || a.slug != b.slug || a.language != b.language ||
        a.metaTitles != b.metaTitles || a.paragraphs.size() != b.paragraphs.size())
        return false;
    for (qsizetype i = 0; i < a.paragraphs.size(); ++i) {
        const Paragraph &left = a.paragraphs.at(i);
        const Paragraph &right = b.paragraphs.at(i);
        if (left.uuid != right.uuid || left.text != right.text ||
            left.attributions.size() != right.attributions.size())
            return false;
        for (qsizetype j = 0; j < left.attributions.size(); ++j) {
            const Attribution &x = left.attributions.at(j);
            const Attribution &y = right.attributions.at(j);
            if (ArticleStore::sourceKey(x.sourceName) != ArticleStore::sourceKey(y.sourceName) ||
                x.detail != y.detail || x.url != y.url)
                return false;
        }
    }
    return true;
}

// The attribution of `paragraph` to the same source as `attribution`, if it has one.
const Attribution *sameSource(const Paragraph &paragraph, const Attribution &attribution)
{
    for (const Attribution &candidate : paragraph.attributions) {
        if (attribution.sourceId > 0 && candidate.sourceId > 0
                ? candidate.sourceId == attribution.sourceId
                : ArticleStore::sourceKey(candidate.sourceName) ==
                      ArticleStore::sourceKey(attribution.sourceName))
            return &candidate;
    }
    return nullptr;
}

void clearReview(Attribution &attribution)
{
    attribution.verification = Verification::Unchecked;
    attribution.reviewer.clear();
    attribution.reviewedAt = {};
    attribution.note.clear();
}

// The review of `from` (unchecked when there is none).
void takeReview(Attribution &attribution, const Attribution *from)
{
    if (!from) {
        clearReview(attribution);
        return;
    }
    attribution.verification = from->verification;
    attribution.reviewer = from->reviewer;
    attribution.reviewedAt = from->reviewedAt;
    attribution.note = from->note;
}

bool sameReview(const Attribution &a, const Attribution &b)
{
    return a.verification == b.verification && a.reviewer == b.reviewer &&
           a.reviewedAt == b.reviewedAt && a.note == b.note;
}

const QString summaryColumns =
    QStringLiteral("a.id, a.uuid, a.headline, a.status, a.byline, a.updated_at, a.version,"
                   " a.paragraph_count, a.attributed_count");

const QString articleColumns = QStringLiteral(
    "uuid, uri, slug, headline, summary, byline, section, language, status, created_at,"
    " updated_at, published_at, version, prev_id, next_id, created_by, updated_by");

} // namespace

ArticleStore::ArticleStore(Database &db)
    : m_db(db)
{}

QString ArticleStore::sourceKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// ---------------------------------------------------------------------------------------------
// Writing articles

StoreError ArticleStore::create(Article &article)
{
    const Article original = article;
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    if (article.uuid.isNull())
        article.uuid = QUuid::createUuid();
    if (article.uri.isEmpty())
        article.uri = Article::defaultUri(article.uuid);
    for (Paragraph &paragraph : article.paragraphs) {
        if (paragraph.uuid.isNull())
            paragraph.uuid = Paragraph::newUuid();
    }
    // An imported article keeps its version and times, so downstream systems never see its
    // version go backwards; a new one starts at 1.
    const QDateTime now = nowUtc();
    if (!article.created.isValid())
        article.created = now;
    if (!article.updated.isValid() || article.version <= 0)
        article.updated = now;
    if (article.version <= 0)
        article.version = 1;
    if (article.createdBy.isEmpty())
        article.createdBy = m_actor.name;
    if (article.updatedBy.isEmpty())
        article.updatedBy = article.createdBy;

    StoreError error = resolveSources(article);
    if (!error)
        error = writeArticleRow(article, true, 0);
    if (!error)
        error = writeParagraphs(article, nullptr);
    if (!error)
        error = writeMetaTitles(article, false);
    if (!error)
        error = indexSearchText(article, false);
    if (!error)
        error = transaction.commit();
    if (error) {
        article = original;
        return error;
    }
    return {};
}

StoreError ArticleStore::save(Article &article)
{
    return saveOver(article, nullptr);
}

StoreError ArticleStore::save(Article &article, const Article &stored)
{
    return saveOver(article, &stored);
}

StoreError ArticleStore::saveOver(Article &article, const Article *known)
{
    if (article.id <= 0)
        return {StoreError::Kind::Invalid, tr("The article has not been stored yet.")};
    const Article original = article;
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    const auto conflict = [&article](int storedVersion) {
        return StoreError{StoreError::Kind::Conflict,
                          tr("Article %1 was changed by someone else: you edited version %2, the "
                             "database has version %3. Nothing was saved.")
                              .arg(article.id)
                              .arg(article.version)
                              .arg(storedVersion)};
    };

    // The state this save replaces: the caller's copy when the row still has its version and
    // links (every change of content bumps the version), else read back.
    Article loaded;
    const Article *before = nullptr;
    if (known && known->id == article.id && known->version == article.version) {
        QSqlQuery &row = m_db.prepared(
            QStringLiteral("SELECT version, prev_id, next_id FROM articles WHERE id = ?"));
        if (StoreError error = m_db.run(row, {article.id},
                                        [&] { return tr("saving article %1").arg(article.id); }))
            return error;
        if (!row.next())
            return {StoreError::Kind::NotFound, tr("There is no article %1.").arg(article.id)};
        const int storedVersion = row.value(0).toInt();
        const qint64 previous = row.value(1).toLongLong();
        const qint64 next = row.value(2).toLongLong();
        row.finish();
        if (storedVersion != article.version)
            return conflict(storedVersion);
        if (previous == (known->previous ? known->previous->id : 0) &&
            next == (known->next ? known->next->id : 0))
            before = known;
    }
    const auto readBack = [&]() -> StoreError {
        loaded = Article();
        loaded.id = article.id;
        if (StoreError error = loadInto(loaded))
            return error;
        before = &loaded;
        return loaded.version != article.version ? conflict(loaded.version) : StoreError();
    };
    if (!before) {
        if (StoreError error = readBack())
            return error;
    }
    for (Paragraph &paragraph : article.paragraphs) {
        if (paragraph.uuid.isNull())
            paragraph.uuid = Paragraph::newUuid();
    }

    StoreError error = prefetchSources(article);
    if (!error)
        error = resolveSources(article);
    // A revision names sources as the registry does now, as reading the article back would;
    // the caller's copy may predate a rename, and after a merge its attributions are no longer
    // what is stored (their source is gone): then the stored state is read back after all.
    QHash<qint64, QString> sourceNames;
    if (!error && before == known) {
        bool current = false;
        error = registryNames(*known, article.sources, &sourceNames, &current);
        if (!error && !current) {
            sourceNames.clear();
            error = readBack();
        }
    }
    if (error) {
        article = original;
        return error;
    }
    article.uuid = before->uuid;
    article.uri = before->uri;
    article.created = before->created;
    article.updated = nowUtc();
    if (article.updated <= before->updated)
        article.updated = before->updated.addMSecs(1);
    article.version = before->version + 1;
    // The workflow changes status (ReviewStore::changeStatus), not a save of the content; but
    // an approval is of the text approved: an edit after it sends the article back to review.
    const bool contentChanged = !sameContentApartFromReview(article, *before);
    article.status = before->status;
    article.published = before->published;
    article.createdBy = before->createdBy;
    article.updatedBy = contentChanged ? m_actor.name : before->updatedBy;
    QList<AuditEntry> reviews;
    error = applyReviewRules(article, *before, &reviews);
    if (error) {
        article = original;
        return error;
    }
    if (contentChanged && before->status == ArticleStatus::Approved) {
        article.status = ArticleStatus::InReview;
        AuditEntry withdrawn;
        withdrawn.articleId = article.id;
        withdrawn.articleUuid = article.uuid;
        withdrawn.actor = m_actor;
        withdrawn.action = AuditEntry::Action::StatusChange;
        withdrawn.from = ArticleStatus::Approved;
        withdrawn.to = ArticleStatus::InReview;
        withdrawn.comment = tr("The approved text was edited.");
        reviews.append(withdrawn);
    }

    error = writeRevision(*before, sourceNames);
    if (!error)
        error = writeArticleRow(article, false, before->version);
    for (AuditEntry &entry : reviews) {
        if (error)
            break;
        entry.version = article.version;
        error = AuditLog(m_db).append(entry);
    }
    if (!error)
        error = writeParagraphs(article, before);
    if (!error && article.metaTitles != before->metaTitles)
        error = writeMetaTitles(article, true);
    if (!error && !sameSearchText(article, *before)) {
        bool wasIndexed = false;
        error = unindexSearchText(article.id, &wasIndexed);
        if (!error)
            error = indexSearchText(article, wasIndexed);
    }
    if (!error)
        error = transaction.commit();
    if (error) {
        article = original;
        return error;
    }
    article.previous = before->previous;
    article.next = before->next;
    return {};
}

StoreError ArticleStore::applyReviewRules(Article &article, const Article &before,
                                          QList<AuditEntry> *reviews)
{
    QHash<QUuid, const Paragraph *> stored;
    stored.reserve(before.paragraphs.size());
    for (const Paragraph &paragraph : before.paragraphs)
        stored.insert(paragraph.uuid, &paragraph);
    const QDateTime now = nowUtc();
    for (qsizetype index = 0; index < article.paragraphs.size(); ++index) {
        Paragraph &paragraph = article.paragraphs[index];
        const Paragraph *old = stored.value(paragraph.uuid);
        if (!old || old->text != paragraph.text) {
            // The reviewer saw another text, or none: what they checked no longer stands.
            for (Attribution &attribution : paragraph.attributions)
                clearReview(attribution);
            continue;
        }
        for (Attribution &attribution : paragraph.attributions) {
            const Attribution *was = sameSource(*old, attribution);
            if (attribution.verification == Verification::Unchecked) {
                clearReview(attribution); // taking a review back is no review
                continue;
            }
            if (was && sameReview(*was, attribution))
                continue;
            if (attribution.reviewedAt.isValid() && attribution.reviewedAt <= before.updated) {
                // A review older than the stored version is a stale copy (an editor's undo
                // past a save brings back what a later save unchecked): what is stored stands.
                takeReview(attribution, was);
                continue;
            }
            if (!ReviewWorkflow::mayReview(m_actor.role)) {
                return {StoreError::Kind::NotAllowed,
                        tr("%1 is an editor: only a reviewer or a chief can verify or dispute a "
                           "source (“%2” in paragraph %3). Nothing was saved.")
                            .arg(m_actor.name, attribution.sourceName)
                            .arg(index + 1)};
            }
            attribution.reviewer = m_actor.name;
            attribution.reviewedAt = now;
            AuditEntry entry;
            entry.articleId = article.id;
            entry.articleUuid = article.uuid;
            entry.at = now;
            entry.actor = m_actor;
            entry.action = attribution.verification == Verification::Verified
                               ? AuditEntry::Action::Verified
                               : AuditEntry::Action::Disputed;
            entry.paragraph = paragraph.uuid;
            entry.source = attribution.sourceName;
            entry.comment = attribution.note;
            reviews->append(entry);
        }
    }
    return {};
}

StoreError ArticleStore::prefetchSources(const Article &article)
{
    if (!m_db.inWriteTransaction())
        return {};
    QSet<qint64> ids;
    for (const Paragraph &paragraph : article.paragraphs) {
        for (const Attribution &attribution : paragraph.attributions) {
            if (attribution.sourceId > 0)
                ids.insert(attribution.sourceId);
        }
    }
    if (ids.isEmpty())
        return {};
    QString list;
    for (const qint64 id : std::as_const(ids))
        list += (list.isEmpty() ? u'[' : u',') + QString::number(id);
    list += u']';
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT id, name, kind, url, notes FROM sources"
                                                    " WHERE id IN (") +
                                     m_db.idsFromJsonArray() + QStringLiteral(")"));
    if (StoreError error =
            m_db.run(query, {list}, [] { return tr("reading the source registry"); }))
        return error;
    if (m_sourceCacheSerial != m_db.transactionSerial()) {
        m_sourceCache.clear(); // read in an earlier transaction
        m_sourceCacheSerial = m_db.transactionSerial();
    }
    while (query.next()) {
        cacheSource(Source{query.value(0).toLongLong(), query.value(1).toString(),
                           sourceKindFromKey(query.value(2).toString()), query.value(3).toString(),
                           query.value(4).toString()});
    }
    query.finish();
    return {};
}

StoreError ArticleStore::registryNames(const Article &stored, const QList<Source> &resolved,
                                       QHash<qint64, QString> *names, bool *current)
{
    *current = false;
    for (const Source &source : resolved)
        names->insert(source.id, source.name);
    QSqlQuery &lookUp = m_db.prepared(QStringLiteral("SELECT name FROM sources WHERE id = ?"));
    for (const Paragraph &paragraph : stored.paragraphs) {
        for (const Attribution &attribution : paragraph.attributions) {
            if (attribution.sourceId == 0)
                return {}; // never resolved: what is stored is not known
            if (names->contains(attribution.sourceId))
                continue;
            if (StoreError error = m_db.run(lookUp, {attribution.sourceId}, [&] {
                    return tr("looking up source %1").arg(attribution.sourceId);
                }))
                return error;
            const bool found = lookUp.next();
            if (found)
                names->insert(attribution.sourceId, lookUp.value(0).toString());
            lookUp.finish();
            if (!found)
                return {};
        }
    }
    *current = true;
    return {};
}

StoreError ArticleStore::writeArticleRow(Article &article, bool insert, int expectedVersion)
{
    const QVariantList values = {
        article.slug,
        article.headline,
        article.summary,
        article.byline,
        article.section,
        article.language,
        articleStatusKey(article.status),
        isoUtc(article.updated),
        isoUtcOrNull(article.published),
        article.version,
        article.paragraphs.size(),
        attributedCount(article),
        article.updatedBy,
    };
    if (insert) {
        QSqlQuery &query = m_db.prepared(QStringLiteral(
            "INSERT INTO articles(slug, headline, summary, byline, section, language, status,"
            " updated_at, published_at, version, paragraph_count, attributed_count, updated_by,"
            " uuid, uri, created_at, created_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        QVariantList all = values;
        all << uuidText(article.uuid) << article.uri << isoUtc(article.created)
            << article.createdBy;
        if (StoreError error = m_db.run(
                query, all, [&] { return tr("storing article “%1”").arg(article.headline); })) {
            if (m_db.violatesUniqueness(query))
                error = {StoreError::Kind::Invalid,
                         tr("An article with the uri %1 or uuid %2 already exists.")
                             .arg(article.uri, uuidText(article.uuid))};
            return error;
        }
        article.id = Database::insertedId(query);
        return {};
    }
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "UPDATE articles SET slug = ?, headline = ?, summary = ?, byline = ?, section = ?,"
        " language = ?, status = ?, updated_at = ?, published_at = ?, version = ?,"
        " paragraph_count = ?, attributed_count = ?, updated_by = ? WHERE id = ? AND version = ?"));
    QVariantList all = values;
    all << article.id << expectedVersion;
    if (StoreError error =
            m_db.run(query, all, [&] { return tr("saving article %1").arg(article.id); }))
        return error;
    if (query.numRowsAffected() != 1) {
        return {StoreError::Kind::Conflict,
                tr("Article %1 was changed by someone else while saving; nothing was saved.")
                    .arg(article.id)};
    }
    return {};
}

StoreError ArticleStore::writeParagraphs(const Article &article, const Article *before)
{
    // `before` is exactly what is stored (read back in this transaction, or the caller's copy at
    // the stored version), so paragraph rows are addressed by their unique uuid: a save of one
    // changed paragraph touches one row instead of reading the ids of all of them.
    QHash<QUuid, qsizetype> storedIndex;
    if (before) {
        storedIndex.reserve(before->paragraphs.size());
        for (qsizetype i = 0; i < before->paragraphs.size(); ++i)
            storedIndex.insert(before->paragraphs.at(i).uuid, i);
        QSet<QUuid> kept;
        kept.reserve(article.paragraphs.size());
        for (const Paragraph &paragraph : article.paragraphs)
            kept.insert(paragraph.uuid);
        QSqlQuery &remove = m_db.prepared(
            QStringLiteral("DELETE FROM paragraphs WHERE uuid = ? AND article_id = ?"));
        for (const Paragraph &paragraph : before->paragraphs) {
            if (kept.contains(paragraph.uuid))
                continue;
            if (StoreError error = m_db.run(remove, {uuidText(paragraph.uuid), article.id},
                                            [] { return tr("removing a paragraph"); }))
                return error;
        }
    }
    const auto changedMeanwhile = [&article] {
        return StoreError{
            StoreError::Kind::Conflict,
            tr("Article %1 was changed by someone else while saving; nothing was saved.")
                .arg(article.id)};
    };

    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT INTO paragraphs(article_id, uuid, position, text) VALUES (?, ?, ?, ?)"
        " RETURNING id"));
    QSqlQuery &update = m_db.prepared(QStringLiteral(
        "UPDATE paragraphs SET position = ?, text = ? WHERE uuid = ? AND article_id = ?"));
    QSqlQuery &rowIdOf = m_db.prepared(
        QStringLiteral("SELECT id FROM paragraphs WHERE uuid = ? AND article_id = ?"));
    QSqlQuery &clearAttributions =
        m_db.prepared(QStringLiteral("DELETE FROM attributions WHERE paragraph_id = ?"));
    QSqlQuery &insertAttribution = m_db.prepared(QStringLiteral(
        "INSERT INTO attributions(paragraph_id, source_id, position, detail, url, verification,"
        " reviewer, reviewed_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // Most attributions, and all imported ones, are a bare citation: binding the empty review
    // fields (the columns' defaults) was a tenth of an import's time in Qt's bindValue.
    QSqlQuery &insertCitation = m_db.prepared(
        QStringLiteral("INSERT INTO attributions(paragraph_id, source_id, position, verification)"
                       " VALUES (?, ?, ?, ?)"));

    for (int position = 0; position < article.paragraphs.size(); ++position) {
        const Paragraph &paragraph = article.paragraphs.at(position);
        const auto stored = storedIndex.constFind(paragraph.uuid);
        qint64 rowId = 0;
        if (stored == storedIndex.cend()) {
            if (StoreError error = m_db.run(
                    insert, {article.id, uuidText(paragraph.uuid), position, paragraph.text},
                    [&] { return tr("storing paragraph %1").arg(position + 1); })) {
                if (m_db.violatesUniqueness(insert))
                    error = {StoreError::Kind::Invalid,
                             tr("Paragraph %1 has the uuid %2 that another paragraph already uses.")
                                 .arg(position + 1)
                                 .arg(uuidText(paragraph.uuid))};
                return error;
            }
            rowId = Database::insertedId(insert);
        } else {
            const Paragraph &old = before->paragraphs.at(*stored);
            const bool moved = *stored != position;
            const bool attributionsChanged = old.attributions != paragraph.attributions;
            if (!moved && !attributionsChanged && old.text == paragraph.text)
                continue;
            const QString uuid = uuidText(paragraph.uuid);
            if (moved || old.text != paragraph.text) {
                if (StoreError error =
                        m_db.run(update, {position, paragraph.text, uuid, article.id},
                                 [&] { return tr("saving paragraph %1").arg(position + 1); }))
                    return error;
                if (update.numRowsAffected() != 1)
                    return changedMeanwhile();
            }
            if (!attributionsChanged)
                continue;
            if (StoreError error =
                    m_db.run(rowIdOf, {uuid, article.id}, [] { return tr("saving attributions"); }))
                return error;
            if (rowIdOf.next())
                rowId = rowIdOf.value(0).toLongLong();
            rowIdOf.finish();
            if (rowId == 0)
                return changedMeanwhile();
            if (StoreError error =
                    m_db.run(clearAttributions, {rowId}, [] { return tr("saving attributions"); }))
                return error;
        }
        for (int i = 0; i < paragraph.attributions.size(); ++i) {
            const Attribution &attribution = paragraph.attributions.at(i);
            const auto describe = [&] {
                return tr("storing the attributions of paragraph %1").arg(position + 1);
            };
            const bool bare = attribution.detail.isEmpty() && attribution.url.isEmpty() &&
                              attribution.reviewer.isEmpty() && !attribution.reviewedAt.isValid() &&
                              attribution.note.isEmpty();
            StoreError error =
                bare
                    ? m_db.run(insertCitation,
                               {rowId, attribution.sourceId, i,
                                verificationKey(attribution.verification)},
                               describe)
                    : m_db.run(insertAttribution,
                               {rowId, attribution.sourceId, i, attribution.detail, attribution.url,
                                verificationKey(attribution.verification), attribution.reviewer,
                                isoUtcOrNull(attribution.reviewedAt), attribution.note},
                               describe);
            if (error)
                return error;
        }
    }
    return {};
}

StoreError ArticleStore::writeMetaTitles(const Article &article, bool replace)
{
    // A new article has none to clear, and skipping the DELETE matters: a DELETE from a table
    // with foreign keys runs in a statement savepoint, where FTS5 flushes the terms pending
    // from the previous article of an import into a segment of their own.
    if (replace) {
        QSqlQuery &clear =
            m_db.prepared(QStringLiteral("DELETE FROM meta_titles WHERE article_id = ?"));
        if (StoreError error =
                m_db.run(clear, {article.id}, [] { return tr("saving meta titles"); }))
            return error;
    }
    QSqlQuery &insert =
        m_db.prepared(QStringLiteral("INSERT INTO meta_titles(article_id, position, text, chosen, "
                                     "notes) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < article.metaTitles.size(); ++i) {
        const MetaTitle &title = article.metaTitles.at(i);
        if (StoreError error =
                m_db.run(insert, {article.id, i, title.text, title.chosen ? 1 : 0, title.notes},
                         [&] { return tr("saving meta title %1").arg(i + 1); }))
            return error;
    }
    return {};
}

// The full-text index is external-content FTS5 over article_text, written here rather than by
// triggers (see migration 4). Taking a row out of the index needs the exact values it was
// indexed with; they are read back from article_text, never rebuilt from the article. Both
// directions copy article_text into the index inside SQLite: the text of a long article does
// not travel through Qt twice more.
StoreError ArticleStore::indexSearchText(const Article &article, bool replace)
{
    if (m_db.isPostgres()) {
        // The row's tsvector is a generated column; its text search configuration follows the
        // article's language (copydesk_search_config, PostgreSQL migration 2).
        QSqlQuery &text = m_db.prepared(
            replace ? QStringLiteral("UPDATE article_text SET config = copydesk_search_config(?),"
                                     " headline = ?, summary = ?, body = ?, titles = ?"
                                     " WHERE article_id = ?")
                    : QStringLiteral("INSERT INTO article_text(config, headline, summary, body,"
                                     " titles, article_id)"
                                     " VALUES (copydesk_search_config(?), ?, ?, ?, ?, ?)"));
        if (StoreError error = m_db.run(text,
                                        {article.language, article.headline, article.summary,
                                         bodyText(article), titlesText(article), article.id},
                                        [] { return tr("updating the search index"); }))
            return error;
        if (replace && text.numRowsAffected() != 1)
            return {StoreError::Kind::Damaged,
                    tr("The search text of article %1 is missing.").arg(article.id)};
        return {};
    }
    const QVariantList values = {article.headline, article.summary, bodyText(article),
                                 titlesText(article), article.id};
    // UPDATE rather than DELETE + INSERT: a DELETE here would cascade-check foreign keys in a
    // statement savepoint, which makes FTS5 flush its pending terms (see writeMetaTitles). The
    // body comes as UTF-8 bytes, cast to text (see bodyText).
    QSqlQuery &text = m_db.prepared(
        replace ? QStringLiteral("UPDATE article_text SET headline = ?, summary = ?,"
                                 " body = CAST(? AS TEXT), titles = ? WHERE article_id = ?")
                : QStringLiteral("INSERT INTO article_text(headline, summary, body, titles,"
                                 " article_id) VALUES (?, ?, CAST(? AS TEXT), ?, ?)"));
    if (StoreError error = m_db.run(text, values, [] { return tr("updating the search index"); }))
        return error;
    if (replace && text.numRowsAffected() != 1) {
        return {StoreError::Kind::Damaged,
                tr("The search text of article %1 is missing.").arg(article.id)};
    }
    QSqlQuery &index = m_db.prepared(
        QStringLiteral("INSERT INTO article_fts(rowid, headline, summary, body, titles)"
                       " SELECT article_id, headline, summary, body, titles FROM article_text"
                       " WHERE article_id = ?"));
    return m_db.run(index, {article.id}, [] { return tr("updating the search index"); });
}

StoreError ArticleStore::unindexSearchText(qint64 id, bool *wasIndexed)
{
    if (m_db.isPostgres()) {
        // Nothing to take out: the vector lives in the article_text row itself.
        QSqlQuery &indexed =
            m_db.prepared(QStringLiteral("SELECT 1 FROM article_text WHERE article_id = ?"));
        if (StoreError error =
                m_db.run(indexed, {id}, [] { return tr("updating the search index"); }))
            return error;
        *wasIndexed = indexed.next();
        indexed.finish();
        return {};
    }
    QSqlQuery &unindex = m_db.prepared(QStringLiteral(
        "INSERT INTO article_fts(article_fts, rowid, headline, summary, body, titles)"
        " SELECT 'delete', article_id, headline, summary, body, titles FROM article_text"
        " WHERE article_id = ?"));
    if (StoreError error = m_db.run(unindex, {id}, [] { return tr("updating the search index"); }))
        return error;
    *wasIndexed = unindex.numRowsAffected() == 1;
    return {};
}

StoreError ArticleStore::writeRevision(const Article &before,
                                       const QHash<qint64, QString> &sourceNames)
{
    // Consecutive revisions of an article share all but the paragraphs edited in between: their
    // JSON is taken from the previous revision when the paragraph and its source names are
    // unchanged (most of a long article's snapshot, and most of the time spent writing it).
    if (m_revisionArticle != before.id) {
        m_revisionParagraphs.clear();
        m_revisionArticle = before.id;
    }
    const auto nameOf = [&sourceNames](const Attribution &attribution) -> const QString & {
        const auto name = sourceNames.constFind(attribution.sourceId);
        return name != sourceNames.cend() ? *name : attribution.sourceName;
    };
    ++m_revisionGeneration;
    QList<QByteArray> paragraphs;
    paragraphs.reserve(before.paragraphs.size());
    for (const Paragraph &paragraph : before.paragraphs) {
        RevisionParagraph &entry = m_revisionParagraphs[paragraph.uuid];
        bool current = entry.generation != 0 &&
                       entry.sourceNames.size() == paragraph.attributions.size() &&
                       entry.paragraph == paragraph;
        for (qsizetype i = 0; current && i < paragraph.attributions.size(); ++i)
            current = entry.sourceNames.at(i) == nameOf(paragraph.attributions.at(i));
        if (!current) {
            entry.sourceNames.clear();
            for (const Attribution &attribution : paragraph.attributions)
                entry.sourceNames.append(nameOf(attribution));
            entry.paragraph = paragraph;
            entry.json = paragraphJson(paragraph, entry.sourceNames);
        }
        entry.generation = m_revisionGeneration;
        paragraphs.append(entry.json);
    }
    m_revisionParagraphs.removeIf([this](QHash<QUuid, RevisionParagraph>::iterator it) {
        return it->generation != m_revisionGeneration; // deleted since
    });
    writeSnapshotText(before, paragraphs, m_revisionText);

    // UTF-8 bytes as text (a cast of a blob is its bytes taken as text in the database's
    // encoding): SQLite need not convert a long snapshot from UTF-16. Bound without a reference
    // to the buffer, so that the next revision writes into the same memory instead of faulting
    // in a fresh copy of a few hundred kilobytes; every run binds all its values again.
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("INSERT INTO revisions(article_id, version, saved_at, headline, snapshot)"
                       " VALUES (?, ?, ?, ?, CAST(? AS TEXT))"));
    StoreError error =
        m_db.run(query,
                 {before.id, before.version, isoUtc(before.updated), before.headline,
                  QByteArray::fromRawData(m_revisionText.constData(), m_revisionText.size())},
                 [&] { return tr("recording revision %1").arg(before.version); });
    // Another desk saving the same version at the same moment recorded this revision first
    // (on PostgreSQL the second waits for the first, then finds the row): a conflict.
    if (error && m_db.violatesUniqueness(query))
        error = {StoreError::Kind::Conflict,
                 tr("Article %1 was changed by someone else while saving; nothing was saved.")
                     .arg(before.id)};
    return error;
}

StoreError ArticleStore::resolveSources(Article &article)
{
    QHash<QString, qint64> resolved;
    QHash<QString, qint64> byName; // names as written: most repeat verbatim, no folding needed
    QHash<QString, Source> known;  // registry details brought by the article (e.g. import urls)
    for (const Source &source : std::as_const(article.sources))
        known.insert(sourceKey(source.name), source);
    QList<Source> cited;
    for (Paragraph &paragraph : article.paragraphs) {
        for (Attribution &attribution : paragraph.attributions) {
            const auto named = byName.constFind(attribution.sourceName);
            if (named != byName.cend()) {
                attribution.sourceId = named.value();
                continue;
            }
            const QString key = sourceKey(attribution.sourceName);
            if (key.isEmpty())
                return {StoreError::Kind::Invalid,
                        tr("An attribution in “%1” has no source name.").arg(article.headline)};
            auto it = resolved.constFind(key);
            if (it == resolved.cend()) {
                Source source = known.value(key);
                source.id = 0;
                source.name = attribution.sourceName.simplified();
                if (StoreError error = ensureSource(source))
                    return error;
                it = resolved.insert(key, source.id);
                cited.append(source);
            }
            attribution.sourceId = it.value();
            byName.insert(attribution.sourceName, it.value());
        }
    }
    article.sources = cited;
    return {};
}

StoreError ArticleStore::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    // The index first, while article_text still holds what was indexed; deleting the article
    // then cascades to article_text.
    bool wasIndexed = false;
    if (StoreError error = unindexSearchText(id, &wasIndexed))
        return error;
    QSqlQuery &query = m_db.prepared(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    // ON DELETE SET NULL on prev_id/next_id unlinks both neighbours in the same statement.
    if (StoreError error = m_db.run(query, {id}, [&] { return tr("deleting article %1").arg(id); }))
        return error;
    if (query.numRowsAffected() != 1)
        return {StoreError::Kind::NotFound, tr("There is no article %1.").arg(id)};
    return transaction.commit();
}

// ---------------------------------------------------------------------------------------------
// Reading articles

std::optional<Article> ArticleStore::load(qint64 id, StoreError *error)
{
    Article article;
    article.id = id;
    StoreError result = loadInto(article);
    if (error)
        *error = result;
    if (result)
        return std::nullopt;
    return article;
}

StoreError ArticleStore::loadInto(Article &article)
{
    QList<Article> loaded;
    if (StoreError error = loadChunk({article.id}, &loaded))
        return error;
    if (loaded.isEmpty())
        return {StoreError::Kind::NotFound, tr("There is no article %1.").arg(article.id)};
    article = std::move(loaded.first());
    return {};
}

QList<Article> ArticleStore::loadMany(const QList<qint64> &ids, StoreError *error)
{
    QList<qint64> unique;
    unique.reserve(ids.size());
    QSet<qint64> asked;
    for (const qint64 id : ids) {
        if (!asked.contains(id)) {
            asked.insert(id);
            unique.append(id);
        }
    }
    QList<Article> articles;
    articles.reserve(unique.size());
    StoreError result;
    {
        ReadTransaction transaction(m_db);
        result = transaction.beginError();
        for (qsizetype first = 0; !result && first < unique.size(); first += loadChunkSize)
            result = loadChunk(unique.mid(first, loadChunkSize), &articles);
    }
    if (!result && articles.size() != unique.size()) {
        QSet<qint64> found;
        for (const Article &article : std::as_const(articles))
            found.insert(article.id);
        for (const qint64 id : std::as_const(unique)) {
            if (!found.contains(id)) {
                result = {StoreError::Kind::NotFound, tr("There is no article %1.").arg(id)};
                break;
            }
        }
    }
    if (error)
        *error = result;
    if (result)
        return {};
    return articles;
}

namespace {

// "?" for one id, else loadChunkSize of them: a statement per chunk size would fill the
// statement cache, so shorter chunks are padded with id 0, which no article has.
QString idPlaceholders(qsizetype count)
{
    QString list = QStringLiteral("?");
    for (qsizetype i = 1; i < count; ++i)
        list += QStringLiteral(", ?");
    return list;
}

} // namespace

// Loads up to loadChunkSize articles with six statements in all, however many there are: an
// export spent more time preparing the columns of a result (QSQLITE inspects each column on
// every exec) and joining each attribution to its source than reading the rows themselves.
// Articles come back in the order of `ids`; unknown ids are left out.
StoreError ArticleStore::loadChunk(const QList<qint64> &ids, QList<Article> *out)
{
    Q_ASSERT(!ids.isEmpty() && ids.size() <= loadChunkSize);
    // One snapshot for all the SELECTs: without it another connection's save between two of
    // them could pair one version's paragraphs with another's attributions. Inside a write
    // transaction (save) this is a no-op.
    ReadTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();

    const qsizetype width = ids.size() == 1 ? 1 : loadChunkSize;
    const QString in = QStringLiteral(" IN (") + idPlaceholders(width) + QLatin1Char(')');
    QVariantList values;
    values.reserve(width);
    for (const qint64 id : ids)
        values.append(id);
    while (values.size() < width)
        values.append(qint64(0));

    // Articles by id, in the order asked for.
    QHash<qint64, qsizetype> slotOf;
    const qsizetype base = out->size();
    for (const qint64 id : ids) {
        if (!slotOf.contains(id)) {
            slotOf.insert(id, base + slotOf.size());
            out->append(Article());
        }
    }
    QHash<qint64, std::pair<qint64, qint64>> links; // article id -> (prev id, next id), 0 = none
    ResultRows rows(m_db, QStringLiteral("SELECT id, ") + articleColumns +
                              QStringLiteral(" FROM articles WHERE id") + in);
    if (StoreError error = rows.run(values, [&ids] {
            return ids.size() == 1 ? tr("loading article %1").arg(ids.first())
                                   : tr("loading articles");
        }))
        return error;
    while (rows.next()) {
        const qint64 id = rows.integer(0);
        Article &article = (*out)[slotOf.value(id)];
        article.id = id;
        article.uuid = rows.uuid(1);
        article.uri = rows.text(2);
        article.slug = rows.text(3);
        article.headline = rows.text(4);
        article.summary = rows.text(5);
        article.byline = rows.text(6);
        article.section = rows.text(7);
        article.language = rows.text(8);
        article.status = articleStatusFromKey(rows.text(9));
        article.created = rows.time(10);
        article.updated = rows.time(11);
        article.published = rows.time(12);
        article.version = int(rows.integer(13));
        const qint64 prev = rows.integer(14);
        const qint64 next = rows.integer(15);
        article.createdBy = rows.text(16);
        article.updatedBy = rows.text(17);
        if (prev != 0 || next != 0)
            links.insert(id, {prev, next});
    }
    if (StoreError error = rows.finish())
        return error;

    // Paragraph row id -> (article slot, paragraph index).
    QHash<qint64, std::pair<qsizetype, qsizetype>> paragraphOf;
    ResultRows paragraphs(
        m_db, QStringLiteral("SELECT article_id, id, uuid, text FROM paragraphs WHERE article_id") +
                  in + QStringLiteral(" ORDER BY article_id, position"));
    if (StoreError error = paragraphs.run(values, [] { return tr("loading paragraphs"); }))
        return error;
    while (paragraphs.next()) {
        const qsizetype slot = slotOf.value(paragraphs.integer(0));
        QList<Paragraph> &list = (*out)[slot].paragraphs;
        paragraphOf.insert(paragraphs.integer(1), {slot, list.size()});
        list.append(Paragraph{paragraphs.uuid(2), paragraphs.text(3), {}});
    }
    if (StoreError error = paragraphs.finish())
        return error;

    struct ReadAttribution
    {
        qsizetype slot;
        qsizetype paragraph;
        Attribution attribution;
    };
    QList<ReadAttribution> read;
    QSet<qint64> unknownSources;
    QHash<qint64, Source> &cited = citedSources();
    ResultRows attributions(
        m_db, QStringLiteral("SELECT paragraph_id, source_id, detail, url, verification, reviewer,"
                             " reviewed_at, note FROM attributions WHERE paragraph_id"
                             " IN (SELECT id FROM paragraphs WHERE article_id") +
                  in + QStringLiteral(") ORDER BY paragraph_id, position"));
    if (StoreError error = attributions.run(values, [] { return tr("loading attributions"); }))
        return error;
    while (attributions.next()) {
        const auto where = paragraphOf.constFind(attributions.integer(0));
        if (where == paragraphOf.cend())
            continue;
        Attribution attribution;
        attribution.sourceId = attributions.integer(1);
        attribution.detail = attributions.text(2);
        attribution.url = attributions.text(3);
        attribution.verification = verificationFromKey(attributions.text(4));
        attribution.reviewer = attributions.text(5);
        attribution.reviewedAt = attributions.time(6);
        attribution.note = attributions.text(7);
        if (!cited.contains(attribution.sourceId))
            unknownSources.insert(attribution.sourceId);
        read.append({where->first, where->second, attribution});
    }
    if (StoreError error = attributions.finish())
        return error;

    // The registry entries cited that no earlier chunk of this transaction read: an export
    // reads the few hundred a newsroom cites once, not once per chunk.
    if (!unknownSources.isEmpty()) {
        QByteArray list = "[";
        for (const qint64 id : std::as_const(unknownSources)) {
            if (list.size() > 1)
                list += ',';
            list += QByteArray::number(id);
        }
        list += ']';
        ResultRows sources(m_db,
                           QStringLiteral("SELECT id, name, kind, url, notes FROM sources WHERE"
                                          " id IN (") +
                               m_db.idsFromJsonArray() + QLatin1Char(')'));
        if (StoreError error =
                sources.run({QString::fromLatin1(list)}, [] { return tr("loading sources"); }))
            return error;
        while (sources.next()) {
            const qint64 id = sources.integer(0);
            cited.insert(id, Source{id, sources.text(1), sourceKindFromKey(sources.text(2)),
                                    sources.text(3), sources.text(4)});
        }
        if (StoreError error = sources.finish())
            return error;
    }
    for (ReadAttribution &entry : read) {
        const auto source = cited.constFind(entry.attribution.sourceId);
        if (source == cited.cend())
            continue;
        entry.attribution.sourceName = source->name;
        (*out)[entry.slot].paragraphs[entry.paragraph].attributions.append(
            std::move(entry.attribution));
    }

    ResultRows titles(m_db, QStringLiteral("SELECT article_id, text, chosen, notes FROM meta_titles"
                                           " WHERE article_id") +
                                in + QStringLiteral(" ORDER BY article_id, position"));
    if (StoreError error = titles.run(values, [] { return tr("loading meta titles"); }))
        return error;
    while (titles.next()) {
        (*out)[slotOf.value(titles.integer(0))].metaTitles.append(
            MetaTitle{titles.text(1), titles.integer(2) != 0, titles.text(3)});
    }
    if (StoreError error = titles.finish())
        return error;

    if (!links.isEmpty()) {
        QHash<qint64, ArticleRef> refs;
        ResultRows linked(m_db,
                          QStringLiteral("SELECT id, uuid, uri, headline FROM articles WHERE id IN"
                                         " (SELECT prev_id FROM articles WHERE id") +
                              in + QStringLiteral(" UNION SELECT next_id FROM articles WHERE id") +
                              in + QLatin1Char(')'));
        QVariantList twice = values;
        twice += values;
        if (StoreError error = linked.run(twice, [] { return tr("loading linked articles"); }))
            return error;
        while (linked.next()) {
            const qint64 id = linked.integer(0);
            refs.insert(id, ArticleRef{id, linked.uuid(1), linked.text(2), linked.text(3)});
        }
        if (StoreError error = linked.finish())
            return error;
        for (auto it = links.cbegin(); it != links.cend(); ++it) {
            Article &article = (*out)[slotOf.value(it.key())];
            if (it->first != 0 && refs.contains(it->first))
                article.previous = refs.value(it->first);
            if (it->second != 0 && refs.contains(it->second))
                article.next = refs.value(it->second);
        }
    }

    // Each article's sources in order of first citation; slots of unknown ids are dropped.
    for (qsizetype slot = out->size() - 1; slot >= base; --slot) {
        Article &article = (*out)[slot];
        if (article.id == 0) {
            out->removeAt(slot);
            continue;
        }
        QSet<qint64> seen;
        for (const Paragraph &paragraph : std::as_const(article.paragraphs)) {
            for (const Attribution &attribution : paragraph.attributions) {
                if (!seen.contains(attribution.sourceId)) {
                    seen.insert(attribution.sourceId);
                    article.sources.append(cited.value(attribution.sourceId));
                }
            }
        }
    }
    return {};
}

std::optional<qint64> ArticleStore::resolve(const QString &idOrUuid, StoreError *error)
{
    const QString key = idOrUuid.trimmed();
    QString sql;
    QVariant value;
    bool isNumber = false;
    const qint64 number = key.toLongLong(&isNumber);
    const QUuid uuid = QUuid::fromString(key);
    if (isNumber) {
        sql = QStringLiteral("SELECT id FROM articles WHERE id = ?");
        value = number;
    } else if (!uuid.isNull()) {
        sql = QStringLiteral("SELECT id FROM articles WHERE uuid = ?");
        value = uuidText(uuid);
    } else {
        sql = QStringLiteral("SELECT id FROM articles WHERE uri = ?");
        value = key;
    }
    QSqlQuery &query = m_db.prepared(sql);
    StoreError result =
        m_db.run(query, {value}, [&] { return tr("looking up article %1").arg(key); });
    std::optional<qint64> id;
    if (!result) {
        if (query.next())
            id = query.value(0).toLongLong();
        else
            result = {StoreError::Kind::NotFound,
                      tr("There is no article “%1” (expected an id, a uuid or a uri).").arg(key)};
        query.finish();
    }
    if (error)
        *error = result;
    return id;
}

QList<ArticleSummary> ArticleStore::list(const ArticleListQuery &query, StoreError *error)
{
    QList<ArticleSummary> rows;
    if (!query.search.trimmed().isEmpty()) {
        const QString match = searchExpression(query.search, m_db.isPostgres());
        if (match.isEmpty()) { // only punctuation: nothing can match
            if (error)
                *error = {};
            return rows;
        }
        StoreError result = searchInto(query, match, &rows);
        if (error)
            *error = result;
        return rows;
    }

    QString sql = QStringLiteral("SELECT ") + summaryColumns + QStringLiteral(" FROM articles a");
    QVariantList values;
    if (query.status) {
        sql += QStringLiteral(" WHERE a.status = ?");
        values << articleStatusKey(*query.status);
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString key;
    switch (query.sort) {
    case ArticleSort::Updated:
        key = QStringLiteral("a.updated_at");
        break;
    case ArticleSort::Headline:
        key = m_db.isPostgres() ? QStringLiteral("lower(a.headline)")
                                : QStringLiteral("a.headline COLLATE NOCASE");
        break;
    case ArticleSort::Status:
        key = QStringLiteral("a.status");
        break;
    case ArticleSort::Byline:
        key = m_db.isPostgres() ? QStringLiteral("lower(a.byline)")
                                : QStringLiteral("a.byline COLLATE NOCASE");
        break;
    case ArticleSort::Coverage:
        key = m_db.isPostgres()
                  ? QStringLiteral("(a.attributed_count * 1000 / GREATEST(a.paragraph_count, 1))")
                  : QStringLiteral("(a.attributed_count * 1000 / max(a.paragraph_count, 1))");
        break;
    }
    sql += QStringLiteral(" ORDER BY ") + key + direction + QStringLiteral(", a.id") + direction;
    if (query.limit > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << query.limit << std::max(0, query.offset);
    }
    QSqlQuery &statement = m_db.prepared(sql);
    StoreError result = m_db.run(statement, values, [] { return tr("listing articles"); });
    if (!result)
        readSummaries(statement, &rows);
    if (error)
        *error = result;
    return rows;
}

void ArticleStore::readSummaries(QSqlQuery &statement, QList<ArticleSummary> *rows)
{
    while (statement.next()) {
        ArticleSummary row;
        row.id = statement.value(0).toLongLong();
        row.uuid = QUuid::fromString(statement.value(1).toString());
        row.headline = statement.value(2).toString();
        row.status = articleStatusFromKey(statement.value(3).toString());
        row.byline = statement.value(4).toString();
        row.updated = fromIso(statement.value(5));
        row.version = statement.value(6).toInt();
        row.paragraphCount = statement.value(7).toInt();
        row.attributedParagraphCount = statement.value(8).toInt();
        rows->append(row);
    }
    statement.finish();
}

StoreError ArticleStore::searchInto(const ArticleListQuery &query, const QString &match,
                                    QList<ArticleSummary> *rows)
{
    // The newest rankedSearchWindow matches, best first; then every older match, newest first.
    const SearchSql search = searchSql(m_db.isPostgres());
    const QString statusFilter = query.status ? QStringLiteral(" AND a.status = ?") : QString();
    const QString windowFrom = query.status ? search.joined + statusFilter : search.matches;
    const QString windowLimit = QStringLiteral(" ORDER BY ") + search.id +
                                QStringLiteral(" DESC LIMIT ") +
                                QString::number(rankedSearchWindow);
    QVariantList filter{match};
    if (query.status)
        filter << articleStatusKey(*query.status);

    const qint64 offset = std::max(0, query.offset);
    const qint64 limit = query.limit > 0 ? query.limit : -1; // -1: no limit
    constexpr qint64 unlimited = std::numeric_limits<qint64>::max();
    // Both parts must see the same matches.
    ReadTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    if (m_db.isPostgres() && !m_db.inWriteTransaction()) {
        // Statements stay prepared for the life of the connection, and after five runs
        // PostgreSQL may switch to a generic plan that ignores the bound words: a search for a
        // common word then ranked all 83,000 matches (900 ms instead of 30-60).
        if (StoreError error =
                m_db.exec(QStringLiteral("SET LOCAL plan_cache_mode = force_custom_plan"),
                          tr("searching articles")))
            return error;
    }

    bool windowFull = true;
    if (offset < rankedSearchWindow) {
        const qint64 wanted = limit < 0 ? rankedSearchWindow - offset
                                        : std::min<qint64>(limit, rankedSearchWindow - offset);
        QSqlQuery &ranked = m_db.prepared(
            QStringLiteral("WITH ranked AS MATERIALIZED (SELECT ") + search.id +
            QStringLiteral(" AS id, ") + search.score + QStringLiteral(" AS score") + windowFrom +
            windowLimit + QStringLiteral(") SELECT ") + summaryColumns +
            // CROSS JOIN keeps SQLite's loop order; PostgreSQL has no CROSS JOIN ... ON.
            (m_db.isPostgres() ? QStringLiteral(" FROM ranked r JOIN articles a ON a.id = r.id")
                               : QStringLiteral(" FROM ranked r CROSS JOIN articles a"
                                                " ON a.id = r.id")) +
            QStringLiteral(" ORDER BY r.score, a.updated_at DESC, a.id DESC LIMIT ? OFFSET ?"));
        if (StoreError error = m_db.run(ranked, QVariantList(filter) << wanted << offset,
                                        [] { return tr("searching articles"); }))
            return error;
        const qsizetype before = rows->size();
        readSummaries(ranked, rows);
        // Fewer than asked for: the window held every match there is.
        windowFull = rows->size() - before == wanted;
    }
    if (!windowFull || (limit >= 0 && rows->size() >= limit))
        return {};

    QSqlQuery &older = m_db.prepared(
        QStringLiteral("SELECT ") + summaryColumns + search.joined + QStringLiteral(" AND ") +
        search.id + QStringLiteral(" < (SELECT min(id) FROM (SELECT ") + search.id +
        QStringLiteral(" AS id") + windowFrom + windowLimit + QStringLiteral(") w)") +
        statusFilter + QStringLiteral(" ORDER BY ") + search.id +
        QStringLiteral(" DESC LIMIT ? OFFSET ?"));
    QVariantList values{match};
    values << filter;
    if (query.status)
        values << articleStatusKey(*query.status);
    values << (limit < 0 ? unlimited : limit - rows->size())
           << std::max<qint64>(0, offset - rankedSearchWindow);
    if (StoreError error = m_db.run(older, values, [] { return tr("searching articles"); }))
        return error;
    readSummaries(older, rows);
    return {};
}

std::optional<ArticleSummary> ArticleStore::summary(qint64 id, StoreError *error)
{
    QSqlQuery &statement = m_db.prepared(QStringLiteral(
        "SELECT a.id, a.uuid, a.headline, a.status, a.byline, a.updated_at, a.version,"
        " a.paragraph_count, a.attributed_count FROM articles a WHERE a.id = ?"));
    StoreError result = m_db.run(statement, {id}, [&] { return tr("reading article %1").arg(id); });
    std::optional<ArticleSummary> row;
    if (!result) {
        if (statement.next()) {
            row = ArticleSummary{};
            row->id = statement.value(0).toLongLong();
            row->uuid = QUuid::fromString(statement.value(1).toString());
            row->headline = statement.value(2).toString();
            row->status = articleStatusFromKey(statement.value(3).toString());
            row->byline = statement.value(4).toString();
            row->updated = fromIso(statement.value(5));
            row->version = statement.value(6).toInt();
            row->paragraphCount = statement.value(7).toInt();
            row->attributedParagraphCount = statement.value(8).toInt();
        } else {
            result = {StoreError::Kind::NotFound, tr("There is no article %1.").arg(id)};
        }
        statement.finish();
    }
    if (error)
        *error = result;
    return row;
}

qint64 ArticleStore::count(const ArticleListQuery &query, StoreError *error)
{
    QString sql;
    QVariantList values;
    if (!query.search.trimmed().isEmpty()) {
        const QString match = searchExpression(query.search, m_db.isPostgres());
        if (match.isEmpty()) {
            if (error)
                *error = {};
            return 0;
        }
        values << match;
        const SearchSql search = searchSql(m_db.isPostgres());
        if (query.status) {
            sql = QStringLiteral("SELECT count(*)") + search.joined +
                  QStringLiteral(" AND a.status = ?");
            values << articleStatusKey(*query.status);
        } else {
            // Every indexed row is an article (the store indexes and unindexes them in the
            // same transaction), so the index alone counts them: 4 ms instead of 20 for a
            // word in 80,000 articles.
            sql = QStringLiteral("SELECT count(*)") + search.matches;
        }
    } else {
        sql = QStringLiteral("SELECT count(*) FROM articles a");
        if (query.status) {
            sql += QStringLiteral(" WHERE a.status = ?");
            values << articleStatusKey(*query.status);
        }
    }
    QSqlQuery &statement = m_db.prepared(sql);
    StoreError result = m_db.run(statement, values, [] { return tr("counting articles"); });
    qint64 total = 0;
    if (!result) {
        if (statement.next())
            total = statement.value(0).toLongLong();
        statement.finish();
    }
    if (error)
        *error = result;
    return total;
}

// ---------------------------------------------------------------------------------------------
// Links

std::optional<qint64> ArticleStore::linkOf(qint64 id, LinkSide side, StoreError *error)
{
    QSqlQuery &query = m_db.prepared(
        side == LinkSide::Previous ? QStringLiteral("SELECT prev_id FROM articles WHERE id = ?")
                                   : QStringLiteral("SELECT next_id FROM articles WHERE id = ?"));
    *error = m_db.run(query, {id}, [&] { return tr("reading the links of article %1").arg(id); });
    if (*error)
        return std::nullopt;
    if (!query.next()) {
        *error = {StoreError::Kind::NotFound, tr("There is no article %1.").arg(id)};
        return std::nullopt;
    }
    std::optional<qint64> target;
    if (!query.value(0).isNull())
        target = query.value(0).toLongLong();
    query.finish();
    return target;
}

StoreError ArticleStore::setLink(qint64 id, LinkSide side, std::optional<qint64> target)
{
    QSqlQuery &query =
        m_db.prepared(side == LinkSide::Previous
                          ? QStringLiteral("UPDATE articles SET prev_id = ? WHERE id = ?")
                          : QStringLiteral("UPDATE articles SET next_id = ? WHERE id = ?"));
    return m_db.run(query, {idOrNull(target), id},
                    [&] { return tr("linking article %1").arg(id); });
}

StoreError ArticleStore::link(qint64 prev, qint64 next)
{
    if (prev == next)
        return {StoreError::Kind::Invalid, tr("Article %1 cannot be linked to itself.").arg(prev)};
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    StoreError error;
    const std::optional<qint64> oldNextOfPrev = linkOf(prev, LinkSide::Next, &error);
    if (error)
        return error;
    const std::optional<qint64> oldPrevOfNext = linkOf(next, LinkSide::Previous, &error);
    if (error)
        return error;

    // Following `next` forward must not come back to `prev`, or the series would loop.
    QSqlQuery &walk =
        m_db.prepared(QStringLiteral("WITH RECURSIVE forward(id) AS (SELECT CAST(? AS BIGINT) "
                                     "UNION SELECT a.next_id FROM articles a"
                                     " JOIN forward f ON a.id = f.id WHERE a.next_id IS NOT NULL)"
                                     " SELECT 1 FROM forward WHERE id = ? LIMIT 1"));
    if ((error = m_db.run(walk, {next, prev}, [] { return tr("checking the series for a loop"); })))
        return error;
    const bool loops = walk.next();
    walk.finish();
    if (loops) {
        return {StoreError::Kind::Invalid,
                tr("Linking article %1 before article %2 would make the series loop: %2 already "
                   "leads to %1.")
                    .arg(prev)
                    .arg(next)};
    }

    if (oldNextOfPrev && *oldNextOfPrev != next) {
        if ((error = setLink(*oldNextOfPrev, LinkSide::Previous, std::nullopt)))
            return error;
    }
    if (oldPrevOfNext && *oldPrevOfNext != prev) {
        if ((error = setLink(*oldPrevOfNext, LinkSide::Next, std::nullopt)))
            return error;
    }
    if ((error = setLink(prev, LinkSide::Next, next)))
        return error;
    if ((error = setLink(next, LinkSide::Previous, prev)))
        return error;
    return transaction.commit();
}

StoreError ArticleStore::unlink(qint64 id, LinkSide side)
{
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    StoreError error;
    const std::optional<qint64> other = linkOf(id, side, &error);
    if (error)
        return error;
    if (!other)
        return transaction.commit();
    if ((error = setLink(id, side, std::nullopt)))
        return error;
    if ((error = setLink(*other, side == LinkSide::Previous ? LinkSide::Next : LinkSide::Previous,
                         std::nullopt)))
        return error;
    return transaction.commit();
}

QList<ArticleRef> ArticleStore::chain(qint64 id, StoreError *error)
{
    QList<ArticleRef> series;
    // Walk back to the first article, then forward; UNION stops on any loop a damaged file has.
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "WITH RECURSIVE back(id, depth) AS (SELECT CAST(? AS BIGINT), 0 UNION SELECT a.prev_id, "
        "b.depth + 1"
        "  FROM articles a JOIN back b ON a.id = b.id WHERE a.prev_id IS NOT NULL"
        "  AND b.depth < 100000),"
        " head(id) AS (SELECT id FROM back ORDER BY depth DESC LIMIT 1),"
        " forward(id, depth) AS (SELECT id, 0 FROM head UNION SELECT a.next_id, f.depth + 1"
        "  FROM articles a JOIN forward f ON a.id = f.id WHERE a.next_id IS NOT NULL"
        "  AND f.depth < 100000)"
        " SELECT a.id, a.uuid, a.uri, a.headline FROM forward f JOIN articles a ON a.id = f.id"
        " ORDER BY f.depth"));
    StoreError result =
        m_db.run(query, {id}, [&] { return tr("reading the series of article %1").arg(id); });
    if (!result) {
        QSet<qint64> seen;
        while (query.next()) {
            const qint64 rowId = query.value(0).toLongLong();
            if (seen.contains(rowId))
                break;
            seen.insert(rowId);
            series.append(ArticleRef{rowId, QUuid::fromString(query.value(1).toString()),
                                     query.value(2).toString(), query.value(3).toString()});
        }
        query.finish();
    }
    if (error)
        *error = result;
    return series;
}

// ---------------------------------------------------------------------------------------------
// Revisions

QList<RevisionInfo> ArticleStore::history(qint64 id, StoreError *error)
{
    QList<RevisionInfo> revisions;
    StoreError result;
    std::optional<Article> current = load(id, &result);
    if (current) {
        revisions.append(RevisionInfo{current->version, current->updated, current->headline, true});
        QSqlQuery &query =
            m_db.prepared(QStringLiteral("SELECT version, saved_at, headline FROM revisions"
                                         " WHERE article_id = ? ORDER BY version DESC"));
        result =
            m_db.run(query, {id}, [&] { return tr("reading the history of article %1").arg(id); });
        while (!result && query.next()) {
            revisions.append(RevisionInfo{query.value(0).toInt(), fromIso(query.value(1)),
                                          query.value(2).toString(), false});
        }
        query.finish();
    }
    if (error)
        *error = result;
    return revisions;
}

QByteArray ArticleStore::snapshotJson(const Article &article)
{
    QList<QByteArray> paragraphs;
    paragraphs.reserve(article.paragraphs.size());
    for (const Paragraph &paragraph : article.paragraphs) {
        QStringList names;
        for (const Attribution &attribution : paragraph.attributions)
            names.append(attribution.sourceName);
        paragraphs.append(paragraphJson(paragraph, names));
    }
    QByteArray json;
    writeSnapshotText(article, paragraphs, json);
    return json;
}

bool ArticleStore::applySnapshotJson(const QByteArray &json, Article &article)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return false;
    applySnapshot(document.object(), article);
    return true;
}

std::optional<Article> ArticleStore::revision(qint64 id, int version, StoreError *error)
{
    StoreError result;
    std::optional<Article> article = load(id, &result);
    if (article && article->version != version) {
        QSqlQuery &query = m_db.prepared(QStringLiteral(
            "SELECT snapshot, saved_at FROM revisions WHERE article_id = ? AND version = ?"));
        result =
            m_db.run(query, {id, version}, [&] { return tr("reading revision %1").arg(version); });
        if (!result && query.next()) {
            QJsonParseError parseError;
            const QJsonDocument document =
                QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &parseError);
            const QDateTime savedAt = fromIso(query.value(1));
            if (document.isObject()) {
                applySnapshot(document.object(), *article);
                query.finish();
                // Snapshots name sources; give them their current registry ids back.
                article->sources.clear();
                for (Paragraph &paragraph : article->paragraphs) {
                    for (Attribution &attribution : paragraph.attributions) {
                        if (std::optional<Source> source =
                                sourceByName(attribution.sourceName, &result)) {
                            attribution.sourceId = source->id;
                            attribution.sourceName = source->name;
                            if (!article->sources.contains(*source))
                                article->sources.append(*source);
                        }
                    }
                }
                article->version = version;
                article->updated = savedAt;
                article->status = articleStatusFromKey(
                    document.object().value(QLatin1String("status")).toString());
            } else {
                result = {StoreError::Kind::Damaged, tr("Revision %1 of article %2 is damaged: %3")
                                                         .arg(version)
                                                         .arg(id)
                                                         .arg(parseError.errorString())};
            }
        } else if (!result) {
            result = {StoreError::Kind::NotFound,
                      tr("Article %1 has no version %2.").arg(id).arg(version)};
        }
        query.finish();
    }
    if (error)
        *error = result;
    if (result)
        return std::nullopt;
    return article;
}

StoreError ArticleStore::restore(qint64 id, int version, Article *restored)
{
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    StoreError error;
    std::optional<Article> current = load(id, &error);
    if (!current)
        return error;
    std::optional<Article> old = revision(id, version, &error);
    if (!old)
        return error;
    // Content comes back; identity, status and links stay as they are now.
    Article article = *current;
    article.slug = old->slug;
    article.headline = old->headline;
    article.summary = old->summary;
    article.byline = old->byline;
    article.section = old->section;
    article.language = old->language;
    article.paragraphs = old->paragraphs;
    article.metaTitles = old->metaTitles;
    article.sources.clear();
    // A paragraph that comes back with the text it has now keeps the reviews it has now; any
    // other restored paragraph is unchecked again (applyReviewRules).
    for (Paragraph &paragraph : article.paragraphs) {
        const auto now = std::find_if(current->paragraphs.cbegin(), current->paragraphs.cend(),
                                      [&](const Paragraph &p) { return p.uuid == paragraph.uuid; });
        for (Attribution &attribution : paragraph.attributions) {
            const Attribution *was =
                now != current->paragraphs.cend() && now->text == paragraph.text
                    ? sameSource(*now, attribution)
                    : nullptr;
            takeReview(attribution, was);
        }
    }
    if ((error = save(article)))
        return error;
    if ((error = transaction.commit()))
        return error;
    if (restored)
        *restored = article;
    return {};
}

// ---------------------------------------------------------------------------------------------
// Import

StoreError ArticleStore::importArticles(QList<ImportedArticle> batch, ImportReport *report)
{
    ImportReport result;
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();

    QHash<QString, qint64> idOfUri;
    for (ImportedArticle &item : batch) {
        Article &article = item.article;
        const QString where = item.fileName.isEmpty() ? article.headline : item.fileName;
        if (!article.uri.isEmpty() && idOfUri.contains(article.uri)) {
            return {StoreError::Kind::Invalid,
                    tr("%1: the uri %2 appears twice in this import.").arg(where, article.uri)};
        }
        std::optional<qint64> existing;
        if (!article.uri.isEmpty()) {
            QSqlQuery &query =
                m_db.prepared(QStringLiteral("SELECT id FROM articles WHERE uri = ?"));
            if (StoreError error = m_db.run(query, {article.uri},
                                            [&] { return tr("looking up %1").arg(article.uri); }))
                return error;
            if (query.next())
                existing = query.value(0).toLongLong();
            query.finish();
        }
        StoreError error;
        if (existing) {
            // A new version of an article we already have: update it, keeping its history.
            std::optional<Article> current = load(*existing, &error);
            if (!current)
                return error;
            if (article.version > 0 && article.version <= current->version) {
                if (article.version == current->version && sameContent(article, *current)) {
                    // Re-importing what we have is a no-op, not a new version.
                    idOfUri.insert(article.uri, current->id);
                    result.ids.append(current->id);
                    article = *current;
                    continue;
                }
                return {StoreError::Kind::Conflict,
                        tr("%1: the database already has version %2 of %3; this file is version "
                           "%4 with different content. Nothing was imported.")
                            .arg(where)
                            .arg(current->version)
                            .arg(article.uri)
                            .arg(article.version)};
            }
            Article updated = *current;
            updated.slug = article.slug;
            updated.headline = article.headline;
            updated.summary = article.summary;
            updated.byline = article.byline;
            updated.section = article.section;
            updated.language = article.language;
            updated.paragraphs = article.paragraphs;
            for (Paragraph &paragraph : updated.paragraphs)
                paragraph.uuid = Paragraph::newUuid();
            updated.metaTitles = article.metaTitles;
            updated.sources = article.sources;
            error = save(updated);
            article = updated;
        } else {
            article.id = 0;
            error = create(article);
        }
        if (error)
            return {error.kind, tr("%1: %2").arg(where, error.message)};
        idOfUri.insert(article.uri, article.id);
        result.ids.append(article.id);
    }

    auto lookUp = [this, &idOfUri](const QString &uri, StoreError *error) -> std::optional<qint64> {
        if (idOfUri.contains(uri))
            return idOfUri.value(uri);
        QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT id FROM articles WHERE uri = ?"));
        *error = m_db.run(query, {uri}, [&] { return tr("looking up %1").arg(uri); });
        std::optional<qint64> id;
        if (!*error && query.next())
            id = query.value(0).toLongLong();
        query.finish();
        return id;
    };
    for (const ImportedArticle &item : std::as_const(batch)) {
        const QString where = item.fileName.isEmpty() ? item.article.headline : item.fileName;
        const std::pair<QString, LinkSide> links[] = {{item.previousUri, LinkSide::Previous},
                                                      {item.nextUri, LinkSide::Next}};
        for (const auto &[uri, side] : links) {
            if (uri.isEmpty())
                continue;
            StoreError error;
            const std::optional<qint64> target = lookUp(uri, &error);
            if (error)
                return error;
            if (!target) {
                result.warnings.append(
                    tr("%1: the %2 article %3 is neither in this import nor in the database; "
                       "that link was not made.")
                        .arg(where, side == LinkSide::Previous ? tr("previous") : tr("next"), uri));
                continue;
            }
            error = side == LinkSide::Previous ? link(*target, item.article.id)
                                               : link(item.article.id, *target);
            if (error)
                return {error.kind, tr("%1: %2").arg(where, error.message)};
        }
    }
    if (StoreError error = transaction.commit())
        return error;
    if (report)
        *report = result;
    return {};
}

StoreError ArticleStore::optimizeSearchIndex()
{
    if (m_db.isPostgres()) {
        // GIN indexes merge their pending list themselves; what a bulk import leaves behind is
        // a planner without statistics of the new rows until autovacuum analyzes them (a
        // search for a common word took 760 ms instead of 20 after importing 100,000).
        return m_db.exec(QStringLiteral("ANALYZE articles, article_text"),
                         tr("optimizing the search index"));
    }
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery &optimize =
        m_db.prepared(QStringLiteral("INSERT INTO article_fts(article_fts) VALUES ('optimize')"));
    if (StoreError error = m_db.run(optimize, {}, [] { return tr("optimizing the search index"); }))
        return error;
    return transaction.commit();
}

// ---------------------------------------------------------------------------------------------
// Source registry

QList<Source> ArticleStore::sources(StoreError *error)
{
    QList<Source> result;
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT id, name, kind, url, notes FROM sources ORDER BY name_key"));
    StoreError status = m_db.run(query, {}, [] { return tr("reading the source registry"); });
    while (!status && query.next()) {
        result.append(Source{query.value(0).toLongLong(), query.value(1).toString(),
                             sourceKindFromKey(query.value(2).toString()),
                             query.value(3).toString(), query.value(4).toString()});
    }
    query.finish();
    if (error)
        *error = status;
    return result;
}

std::optional<Source> ArticleStore::sourceByName(const QString &name, StoreError *error)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT id, name, kind, url, notes FROM sources WHERE name_key = ?"));
    StoreError status =
        m_db.run(query, {sourceKey(name)}, [&] { return tr("looking up source %1").arg(name); });
    std::optional<Source> source;
    if (!status && query.next()) {
        source = Source{query.value(0).toLongLong(), query.value(1).toString(),
                        sourceKindFromKey(query.value(2).toString()), query.value(3).toString(),
                        query.value(4).toString()};
    }
    query.finish();
    if (error)
        *error = status;
    return source;
}

QHash<qint64, Source> &ArticleStore::citedSources()
{
    // A PostgreSQL write transaction reads committed rows as they change (READ COMMITTED), so
    // another desk's rename shows in its next statement; only its read transactions are one
    // snapshot.
    const bool oneSnapshot =
        m_db.inTransaction() && !(m_db.isPostgres() && m_db.inWriteTransaction());
    if (!oneSnapshot || m_citedSourcesSerial != m_db.transactionSerial() ||
        m_citedSourcesGeneration != m_db.registryGeneration()) {
        m_citedSources.clear();
        m_citedSourcesSerial = m_db.transactionSerial();
        m_citedSourcesGeneration = m_db.registryGeneration();
    }
    return m_citedSources;
}

const Source *ArticleStore::cachedSource(const QString &key)
{
    if (!m_db.inWriteTransaction() || m_sourceCacheSerial != m_db.transactionSerial()) {
        m_sourceCache.clear();
        m_sourceCacheSerial = m_db.transactionSerial();
        return nullptr;
    }
    const auto it = m_sourceCache.constFind(key);
    return it == m_sourceCache.cend() ? nullptr : &it.value();
}

void ArticleStore::cacheSource(const Source &source)
{
    // Only inside a write transaction: outside one, nothing read stays true for long.
    if (m_db.inWriteTransaction() && m_sourceCacheSerial == m_db.transactionSerial())
        m_sourceCache.insert(sourceKey(source.name), source);
}

StoreError ArticleStore::ensureSource(Source &source)
{
    // An import cites the same few dozen sources thousands of times in one transaction.
    std::optional<Source> existing;
    if (const Source *cached = cachedSource(sourceKey(source.name))) {
        existing = *cached;
    } else {
        StoreError error;
        existing = sourceByName(source.name, &error);
        if (error)
            return error;
    }
    if (existing) {
        if (existing->url.isEmpty() && !source.url.isEmpty()) {
            // Fill in what the registry did not know yet; never overwrite a desk's edits.
            existing->url = source.url;
            if (StoreError error = saveSource(*existing))
                return error;
        }
        source = *existing;
    } else {
        source.id = 0;
        if (StoreError error = saveSource(source))
            return error;
    }
    cacheSource(source);
    return {};
}

StoreError ArticleStore::saveSource(Source &source)
{
    const QString name = source.name.simplified();
    if (name.isEmpty())
        return {StoreError::Kind::Invalid, tr("A source needs a name.")};
    if (source.id != 0) {
        m_sourceCache.clear(); // a rename changes which key names which source
        m_db.noteRegistryChange();
    }
    QSqlQuery &query = m_db.prepared(
        source.id == 0
            ? QStringLiteral("INSERT INTO sources(name, name_key, kind, url, notes)"
                             " VALUES (?, ?, ?, ?, ?) RETURNING id")
            : QStringLiteral("UPDATE sources SET name = ?, name_key = ?, kind = ?, url = ?,"
                             " notes = ? WHERE id = ?"));
    QVariantList values = {name, sourceKey(name), sourceKindKey(source.kind), source.url,
                           source.notes};
    if (source.id != 0)
        values << source.id;
    if (StoreError error =
            m_db.run(query, values, [&] { return tr("saving source %1").arg(name); })) {
        if (m_db.violatesUniqueness(query))
            return {StoreError::Kind::Invalid, tr("A source named “%1” already exists.").arg(name)};
        return error;
    }
    if (source.id == 0)
        source.id = Database::insertedId(query);
    else if (query.numRowsAffected() != 1)
        return {StoreError::Kind::NotFound, tr("There is no source %1.").arg(source.id)};
    source.name = name;
    return {};
}

QHash<qint64, int> ArticleStore::citationCounts(StoreError *error)
{
    QHash<qint64, int> counts;
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT source_id, count(DISTINCT paragraph_id) FROM attributions GROUP BY source_id"));
    StoreError status = m_db.run(query, {}, [] { return tr("counting citations"); });
    while (!status && query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    query.finish();
    if (error)
        *error = status;
    return counts;
}

StoreError ArticleStore::mergeSources(qint64 keep, const QList<qint64> &duplicates)
{
    m_sourceCache.clear();
    m_db.noteRegistryChange();
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery &exists = m_db.prepared(QStringLiteral("SELECT 1 FROM sources WHERE id = ?"));
    if (StoreError error =
            m_db.run(exists, {keep}, [&] { return tr("looking up source %1").arg(keep); }))
        return error;
    const bool found = exists.next();
    exists.finish();
    if (!found)
        return {StoreError::Kind::NotFound, tr("There is no source %1.").arg(keep)};
    // Drop attributions that would cite the kept source twice in one paragraph, then repoint.
    QSqlQuery &dropTwins = m_db.prepared(
        QStringLiteral("DELETE FROM attributions WHERE source_id = ? AND paragraph_id IN"
                       " (SELECT paragraph_id FROM attributions WHERE source_id = ?)"));
    QSqlQuery &repoint =
        m_db.prepared(QStringLiteral("UPDATE attributions SET source_id = ? WHERE source_id = ?"));
    QSqlQuery &remove = m_db.prepared(QStringLiteral("DELETE FROM sources WHERE id = ?"));
    for (const qint64 duplicate : duplicates) {
        if (duplicate == keep)
            continue;
        if (StoreError error =
                m_db.run(dropTwins, {duplicate, keep}, [] { return tr("merging sources"); }))
            return error;
        if (StoreError error =
                m_db.run(repoint, {keep, duplicate}, [] { return tr("merging sources"); }))
            return error;
        if (StoreError error = m_db.run(remove, {duplicate}, [] { return tr("merging sources"); }))
            return error;
        if (remove.numRowsAffected() != 1)
            return {StoreError::Kind::NotFound, tr("There is no source %1.").arg(duplicate)};
    }
    return transaction.commit();
}

StoreError ArticleStore::removeSource(qint64 id)
{
    m_sourceCache.clear();
    m_db.noteRegistryChange();
    const int citations = citationCounts().value(id, 0);
    if (citations > 0)
        return {StoreError::Kind::Invalid,
                tr("The source is cited by %n paragraph(s); merge it into another source instead.",
                   nullptr, citations)};
    QSqlQuery &remove = m_db.prepared(QStringLiteral("DELETE FROM sources WHERE id = ?"));
    if (StoreError error = m_db.run(remove, {id}, [&] { return tr("deleting source %1").arg(id); }))
        return error;
    if (remove.numRowsAffected() != 1)
        return {StoreError::Kind::NotFound, tr("There is no source %1.").arg(id)};
    return {};
}
