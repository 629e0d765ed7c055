#pragma once

#include "core/Article.h"

#include <QJsonObject>
#include <QJsonValue>

struct ArticleSummary;

// The JSON shapes copydesk-cli prints (design.md §4): scripts depend on the keys and types.
namespace ArticleJson {

// ISO 8601 in UTC ("2026-10-02T07:40:00Z"), or null when the time is not set.
QJsonValue time(const QDateTime &time);
// `show --json`: the whole article with paragraphs, attributions, meta titles and links.
QJsonObject article(const Article &article);
// `list --json`: one row {id, uuid, headline, status, byline, updated}.
QJsonObject summary(const ArticleSummary &summary);
// previous/next: {id, uuid, uri, headline} or null.
QJsonValue reference(const std::optional<ArticleRef> &reference);

} // namespace ArticleJson
