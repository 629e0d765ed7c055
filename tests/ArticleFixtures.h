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

} // namespace fixtures
