#pragma once

#include "Article.h"
#include "HtmlExporter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// The formats articles are exported in, with what each needs to know: the CLI's --format
// keys, the file name endings and the encoders the folder export and publishing run.
enum class ExportFormat { Ninjs, NewsmlG2, Html };

// Settings of an export that are not part of the article.
struct ExportOptions
{
    QString provider = QStringLiteral("Copydesk"); // the newsroom named in NewsML-G2
    HtmlExportProfile html;
};

class ExportFormats
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormats)

public:
    using Encoder = std::function<QByteArray(const Article &)>;

    static QList<ExportFormat> all();
    static QString key(ExportFormat format);                        // "ninjs" / "newsml" / "html"
    static std::optional<ExportFormat> fromKey(const QString &key); // case-insensitive
    static QString label(ExportFormat format);  // translated, e.g. "NewsML-G2 2.35 (XML)"
    static QString suffix(ExportFormat format); // ".ninjs.json" / ".newsml.xml" / ".html"
    static QString mediaType(ExportFormat format);
    // Safe to call from several threads at once: each call encodes independently.
    static Encoder encoder(ExportFormat format, const ExportOptions &options = {});
};
