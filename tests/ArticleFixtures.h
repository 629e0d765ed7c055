#pragma once

// Small builders for the Article values the interchange and export tests write out.
#include "core/Article.h"

#include <QString>
#include <QStringList>
#include <QUuid>

namespace fixtures {

// A paragraph citing each named source once (unresolved: names only).
inline Paragraph paragraph(const QString &text, const QStringList &sources = {})
{
    Paragraph result;
    result.uuid = QUuid::createUuid();
    result.text = text;
    for (const QString &name : sources) {
        Attribution attribution;
        attribution.sourceName = name;
        result.attributions.append(attribution);
    }
    return result;
}

inline Source source(const QString &name, const QString &url = {})
{
    Source result;
    result.name = name;
    result.url = url;
    return result;
}

inline ArticleRef articleRef(const QString &uri, const QString &headline, const QUuid &uuid = {})
{
    ArticleRef ref;
    ref.uri = uri;
    ref.uuid = uuid;
    ref.headline = headline;
    return ref;
}

// Just a headline and a uuid: what every exporter must still turn into a valid document.
inline Article minimalArticle()
{
    Article article;
    article.uuid = QUuid::fromString(QStringLiteral("11111111-2222-4333-8444-555555555555"));
    article.headline = QStringLiteral("Headline Only");
    return article;
}

// A story ready for the workflow: a slug from the headline, a summary and one attributed
// paragraph (not stored yet).
inline Article attributedArticle(const QString &headline)
{
    Article article;
    article.headline = headline;
    article.slug = headline.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    article.summary = QStringLiteral("What happened, in one sentence.");
    article.paragraphs.append(
        paragraph(QStringLiteral("The port authority said the crane fell at 6 am."),
                  {QStringLiteral("Port Authority")}));
    return article;
}

} // namespace fixtures
