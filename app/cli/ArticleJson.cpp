#include "ArticleJson.h"

#include "storage/ArticleStore.h"

#include <QJsonArray>

namespace ArticleJson {

namespace {

QJsonObject attribution(const Attribution &attribution)
{
    return {
        {QStringLiteral("source"), attribution.sourceName},
        {QStringLiteral("verification"), verificationKey(attribution.verification)},
        {QStringLiteral("detail"), attribution.detail},
        {QStringLiteral("url"), attribution.url},
        {QStringLiteral("reviewer"), attribution.reviewer},
        {QStringLiteral("reviewedAt"), time(attribution.reviewedAt)},
        {QStringLiteral("note"), attribution.note},
    };
}

QJsonObject paragraph(const Paragraph &paragraph)
{
    QJsonArray attributions;
    for (const Attribution &entry : paragraph.attributions)
        attributions.append(attribution(entry));
    return {
        {QStringLiteral("uuid"), uuidText(paragraph.uuid)},
        {QStringLiteral("text"), paragraph.text},
        {QStringLiteral("attributions"), attributions},
    };
}

QJsonObject metaTitle(const MetaTitle &title)
{
    return {
        {QStringLiteral("text"), title.text},
        {QStringLiteral("chosen"), title.chosen},
        {QStringLiteral("notes"), title.notes},
    };
}

} // namespace

QJsonValue time(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

QJsonValue reference(const std::optional<ArticleRef> &reference)
{
    if (!reference)
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("id"), reference->id},
        {QStringLiteral("uuid"), uuidText(reference->uuid)},
        {QStringLiteral("uri"), reference->uri},
        {QStringLiteral("headline"), reference->headline},
    };
}

QJsonObject article(const Article &article)
{
    QJsonArray paragraphs;
    for (const Paragraph &entry : article.paragraphs)
        paragraphs.append(paragraph(entry));
    QJsonArray metaTitles;
    for (const MetaTitle &entry : article.metaTitles)
        metaTitles.append(metaTitle(entry));
    return {
        {QStringLiteral("id"), article.id},
        {QStringLiteral("uuid"), uuidText(article.uuid)},
        {QStringLiteral("uri"), article.uri},
        {QStringLiteral("headline"), article.headline},
        {QStringLiteral("summary"), article.summary},
        {QStringLiteral("byline"), article.byline},
        {QStringLiteral("section"), article.section},
        {QStringLiteral("slug"), article.slug},
        {QStringLiteral("language"), article.language},
        {QStringLiteral("status"), articleStatusKey(article.status)},
        {QStringLiteral("version"), article.version},
        {QStringLiteral("created"), time(article.created)},
        {QStringLiteral("updated"), time(article.updated)},
        {QStringLiteral("published"), time(article.published)},
        {QStringLiteral("wordCount"), article.wordCount()},
        {QStringLiteral("paragraphs"), paragraphs},
        {QStringLiteral("metaTitles"), metaTitles},
        {QStringLiteral("previous"), reference(article.previous)},
        {QStringLiteral("next"), reference(article.next)},
    };
}

QJsonObject summary(const ArticleSummary &summary)
{
    return {
        {QStringLiteral("id"), summary.id},
        {QStringLiteral("uuid"), uuidText(summary.uuid)},
        {QStringLiteral("headline"), summary.headline},
        {QStringLiteral("status"), articleStatusKey(summary.status)},
        {QStringLiteral("byline"), summary.byline},
        {QStringLiteral("updated"), time(summary.updated)},
    };
}

} // namespace ArticleJson
