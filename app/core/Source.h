#pragma once

#include <QMetaType>
#include <QString>

// One entry of the newsroom's shared source registry.
enum class SourceKind { Official, Agency, Wire, Document, Person, Anonymous, Dataset, Website };

QString sourceKindKey(SourceKind kind); // stable storage/JSON key, e.g. "official"
SourceKind sourceKindFromKey(const QString &key, bool *ok = nullptr);
QString sourceKindLabel(SourceKind kind); // translated, for the UI

struct Source
{
    qint64 id = 0;
    QString name;
    SourceKind kind = SourceKind::Official;
    QString url;
    QString notes;

    bool operator==(const Source &) const = default;
};

Q_DECLARE_METATYPE(Source)
