#pragma once

#include "Source.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <optional>

enum class Verification { Unchecked, Verified, Disputed };
QString verificationKey(Verification state); // "unchecked" / "verified" / "disputed"
Verification verificationFromKey(const QString &key, bool *ok = nullptr);

// The review workflow (ReviewWorkflow says which changes are allowed and who may make them):
// draft -> in review -> changes requested <-> in review -> approved -> published -> corrected
// or archived.
enum class ArticleStatus {
    Draft,
    InReview,
    ChangesRequested,
    Approved,
    Published,
    Corrected,
    Archived
};
// "draft" / "review" / "changes-requested" / "approved" / "published" / "corrected" / "archived"
QString articleStatusKey(ArticleStatus status);
ArticleStatus articleStatusFromKey(const QString &key, bool *ok = nullptr);
QString articleStatusLabel(ArticleStatus status); // translated
QList<ArticleStatus> allArticleStatuses();        // in workflow order
// Approved, published or corrected: the text a reader may see.
bool isReleasable(ArticleStatus status);

// One paragraph's claim that it relies on one registry source.
struct Attribution
{
    qint64 sourceId = 0; // 0 until the source is resolved against the registry
    QString sourceName;  // registry name; what the importer matches on
    QString detail;      // quote, document, page
    QString url;
    Verification verification = Verification::Unchecked;
    QString reviewer;
    QDateTime reviewedAt;
    QString note;

    bool operator==(const Attribution &) const = default;
};

struct Paragraph
{
    QUuid uuid;
    QString text;
    QList<Attribution> attributions;

    // A uuid for a new paragraph: RFC 9562 version 7, a millisecond timestamp then random bits.
    // Paragraphs made later sort later, so the store's uuid index grows at its end instead of
    // at a random page for each new paragraph (importing 100,000 articles: half again faster).
    static QUuid newUuid();

    bool operator==(const Paragraph &) const = default;
};

struct MetaTitle
{
    QString text;
    bool chosen = false;
    QString notes;

    bool operator==(const MetaTitle &) const = default;
};

// How one article names another in a previous/next link: always the canonical headline.
struct ArticleRef
{
    qint64 id = 0;
    QUuid uuid;
    QString uri;
    QString headline;

    bool operator==(const ArticleRef &) const = default;
};

struct Article
{
    qint64 id = 0; // 0 = not stored yet
    QUuid uuid;
    QString uri; // urn:copydesk:article:<uuid> unless imported with one
    QString slug;
    QString headline;
    QString summary;
    QString byline;
    QString section;
    QString language = QStringLiteral("en-US");
    ArticleStatus status = ArticleStatus::Draft;
    QDateTime created;
    QDateTime updated;
    QDateTime published;
    int version = 0; // 0 = not stored yet; the store bumps it on every save
    // Who stored the article first and who last changed its content (not a verification or a
    // status change): nobody approves an article they wrote or last edited.
    QString createdBy;
    QString updatedBy;

    QList<Paragraph> paragraphs;
    QList<MetaTitle> metaTitles;
    // Registry entries of the sources the paragraphs cite (filled by the store and importers);
    // exporters take the source URL from here.
    QList<Source> sources;
    std::optional<ArticleRef> previous;
    std::optional<ArticleRef> next;

    static QString defaultUri(const QUuid &uuid);
    // Distinct source names in order of first citation.
    QStringList citedSourceNames() const;
    int wordCount() const;
};

Q_DECLARE_METATYPE(Article)

// A uuid as stored and exported: lower case, without braces.
QString uuidText(const QUuid &uuid);
