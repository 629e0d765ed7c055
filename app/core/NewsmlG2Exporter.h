#pragma once

#include "Article.h"

#include <QByteArray>
#include <QString>

// One IPTC NewsML-G2 2.35 newsItem per article (power conformance), valid against the official
// schema: itemMeta (ninat:text, provider, versionCreated, firstCreated, pubStatus, links to the
// previous and next article labelled with their canonical headlines), contentMeta (created and
// modified times, one infoSource per distinct source, creator and by, language, slugline, the
// headline and each meta-title variant, the summary) and the body as XHTML in inlineXML, each
// paragraph keeping its sources as in ninjs (data-source="A; B") and as references to the
// infoSource elements (data-source-ref="source-1 source-2"), which a ';' in a name cannot break.
//
// Headline roles and link relations that IPTC has no code for are declared in an inline catalog
// (schemes "cdhlrole" and "cdlinkrel"); IPTC's own codes (ninat, stat, drol) come from the IPTC
// standards catalog referenced by catalogRef.
class NewsmlG2Exporter
{
public:
    // provider: the newsroom named in itemMeta/provider.
    explicit NewsmlG2Exporter(QString provider = QStringLiteral("Copydesk"));

    QByteArray toBytes(const Article &article) const; // indented UTF-8 XML

    // "stat:usable" for approved, published or corrected articles, "stat:canceled" for an
    // archived (unpublished) one, else "stat:withheld".
    static QString pubStatusQcode(const Article &article);

private:
    QString m_provider;
};
