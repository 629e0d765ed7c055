#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

// One result of the automatic review: which rule (its stable id, design.md §4), how serious,
// what is wrong (translated, quoting the offending text) and where, so that the review UI can
// select the text and `copydesk-cli check --json` can print it.
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(Finding)

public:
    enum class Severity { Blocking, Warning, Info };
    // Which text the location refers to. Previous/Next are the labels shown for the links.
    enum class Field { Headline, Summary, Byline, MetaTitle, Body, Previous, Next };

    QString rule; // e.g. "PLACEHOLDER"
    Severity severity = Severity::Warning;
    // Whether the article may not be approved while this finding stands: every Blocking
    // finding, and findings that need a recorded decision first (an anonymous source without
    // a reason and an approver).
    bool blocksApproval = false;
    QString message;

    Field field = Field::Body;
    // Body: the paragraph's index in Article::paragraphs; MetaTitle: the variant's index in
    // Article::metaTitles; -1 when the finding is about the field as a whole (e.g. "every
    // attributed paragraph cites one source", "no variant is chosen").
    int index = -1;
    QUuid paragraph; // Body: the paragraph's uuid when index >= 0
    // The attribution's index in the paragraph's attributions (ATTR_UNVERIFIED, ATTR_DISPUTED,
    // ATTR_ANONYMOUS), so the review UI can offer Verify / Dispute on it; else -1.
    int attribution = -1;
    // UTF-16 offsets within the field's (or paragraph's, or variant's) text; 0/0 when the
    // finding is about something missing.
    qsizetype offset = 0;
    qsizetype length = 0;

    // SPELLING: the word and the spell checker's suggestions. ATTR_VERB also fills them (the
    // verb and "said") so the UI can offer the replacement; only SPELLING prints them in JSON.
    QString word;
    QStringList suggestions;

    // A finding of `rule` in `field` (no paragraph, no span yet); blocksApproval follows the
    // severity.
    static Finding make(const QString &rule, Severity severity, Field field, int index = -1);

    // The `check --json` object: {rule, severity, message, field, paragraph, offset, length},
    // plus word and suggestions for SPELLING, plus metaTitle (the variant's 1-based number, as
    // in `spell --json`, or null) when field is "metaTitle". paragraph is the uuid or null.
    QJsonObject toJson() const;
    // The same object as compact JSON bytes, exactly as QJsonDocument writes toJson() (keys
    // sorted), without building it: `check --all --json` prints millions of findings.
    void appendJson(QByteArray &json) const;

    // Where the finding is, for messages: "the headline", "paragraph 3", "meta title 2"...
    QString placeName() const;

    static QString severityKey(Severity severity); // "blocking" / "warning" / "info"
    static QString fieldKey(Field field);          // "headline", "metaTitle", "previous"...

    bool operator==(const Finding &) const = default;
};

// Whether any of `findings` keeps an article from being approved.
bool blocksApproval(const QList<Finding> &findings);
