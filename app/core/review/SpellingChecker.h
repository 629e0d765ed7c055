#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// One misspelled word as the review sees it: UTF-16 offsets into the checked text, the word as
// written and the checker's suggestions, best first.
struct SpellingIssue
{
    qsizetype offset = 0;
    qsizetype length = 0;
    QString word;
    QStringList suggestions;

    bool operator==(const SpellingIssue &) const = default;
};

// What the SPELLING review rule asks of a spell checker. Core cannot depend on the spelling
// layer (Hunspell), so that layer implements this interface and callers hand it to the review.
class SpellingChecker
{
public:
    virtual ~SpellingChecker() = default;

    // The misspelled words of `text` in order; `language` is the article's BCP 47 tag.
    virtual QList<SpellingIssue> check(QStringView text, const QString &language) = 0;
};
