#include "Source.h"

#include <QCoreApplication>

namespace {
struct KindKey
{
    SourceKind kind;
    const char *key;
    const char *label;
};

constexpr KindKey kindKeys[] = {
    {SourceKind::Official, "official", QT_TRANSLATE_NOOP("SourceKind", "Official")},
    {SourceKind::Agency, "agency", QT_TRANSLATE_NOOP("SourceKind", "Agency")},
    {SourceKind::Wire, "wire", QT_TRANSLATE_NOOP("SourceKind", "Wire service")},
    {SourceKind::Document, "document", QT_TRANSLATE_NOOP("SourceKind", "Document")},
    {SourceKind::Person, "person", QT_TRANSLATE_NOOP("SourceKind", "Person")},
    {SourceKind::Anonymous, "anonymous", QT_TRANSLATE_NOOP("SourceKind", "Anonymous")},
    {SourceKind::Dataset, "dataset", QT_TRANSLATE_NOOP("SourceKind", "Dataset")},
    {SourceKind::Website, "website", QT_TRANSLATE_NOOP("SourceKind", "Website")},
};
} // namespace

QString sourceKindKey(SourceKind kind)
{
    for (const auto &entry : kindKeys) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.key);
    }
    return QStringLiteral("official");
}

SourceKind sourceKindFromKey(const QString &key, bool *ok)
{
    for (const auto &entry : kindKeys) {
        if (key == QLatin1String(entry.key)) {
            if (ok)
                *ok = true;
            return entry.kind;
        }
    }
    if (ok)
        *ok = false;
    return SourceKind::Official;
}

QString sourceKindLabel(SourceKind kind)
{
    for (const auto &entry : kindKeys) {
        if (entry.kind == kind)
            return QCoreApplication::translate("SourceKind", entry.label);
    }
    return {};
}
