#include "ExportFormat.h"

#include "NewsmlG2Exporter.h"
#include "NinjsCodec.h"

using namespace Qt::StringLiterals;

QList<ExportFormat> ExportFormats::all()
{
    return {ExportFormat::Ninjs, ExportFormat::NewsmlG2, ExportFormat::Html};
}

QString ExportFormats::key(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Ninjs:
        return u"ninjs"_s;
    case ExportFormat::NewsmlG2:
        return u"newsml"_s;
    case ExportFormat::Html:
        return u"html"_s;
    }
    return {};
}

std::optional<ExportFormat> ExportFormats::fromKey(const QString &key)
{
    const QString folded = key.trimmed().toLower();
    for (const ExportFormat format : all()) {
        if (ExportFormats::key(format) == folded)
            return format;
    }
    return std::nullopt;
}

QString ExportFormats::label(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Ninjs:
        return tr("IPTC ninjs 3.1 (JSON)");
    case ExportFormat::NewsmlG2:
        return tr("IPTC NewsML-G2 2.35 (XML)");
    case ExportFormat::Html:
        return tr("HTML5 web page");
    }
    return {};
}

QString ExportFormats::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Ninjs:
        return u".ninjs.json"_s;
    case ExportFormat::NewsmlG2:
        return u".newsml.xml"_s;
    case ExportFormat::Html:
        return u".html"_s;
    }
    return {};
}

QString ExportFormats::mediaType(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Ninjs:
        return u"application/json"_s;
    case ExportFormat::NewsmlG2:
        return u"application/vnd.iptc.g2.newsitem+xml"_s;
    case ExportFormat::Html:
        return u"text/html; charset=utf-8"_s;
    }
    return {};
}

ExportFormats::Encoder ExportFormats::encoder(ExportFormat format, const ExportOptions &options)
{
    switch (format) {
    case ExportFormat::Ninjs:
        return [](const Article &article) { return NinjsCodec::toBytes(article); };
    case ExportFormat::NewsmlG2:
        return [exporter = NewsmlG2Exporter(options.provider)](const Article &article) {
            return exporter.toBytes(article);
        };
    case ExportFormat::Html:
        return [exporter = HtmlExporter(options.html)](const Article &article) {
            return exporter.toBytes(article);
        };
    }
    return {};
}
