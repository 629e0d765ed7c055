#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class Speller;
class SuggestionPool;

// What `copydesk-cli spell` found: each misspelled word, where it is and its suggestions, in
// the order of the text, printed for people ("FILE:LINE:COLUMN: word: suggestions", the shape
// compilers use, which editors can jump to; "headline, line 1, column 5: ..." for an article)
// or as the JSON array of design.md §4:
// [{word, line, column, suggestions}], plus {field, paragraph, metaTitle} for an article's
// fields. Lines and columns are 1-based; columns count characters (see TextLocator).
class SpellingReport
{
    Q_DECLARE_TR_FUNCTIONS(SpellingReport)

public:
    // Where a checked text comes from: a file, or one field of an article.
    struct Origin
    {
        enum class Field { File, Headline, Summary, Byline, Body, MetaTitle };

        Field field = Field::File;
        QString fileName; // Field::File: as given on the command line
        int number = 0;   // Body, MetaTitle: the 1-based paragraph or meta-title number
    };

    struct Entry
    {
        QString word;
        int line = 0;
        int column = 0;
        qsizetype origin = 0; // index into the origins
        QStringList suggestions;
    };

    // Adds the misspelled words `speller` finds in `text`.
    void check(Speller &speller, QStringView text, const Origin &origin);
    // Fills in up to `maximum` suggestions for each entry, each distinct word asked once.
    void suggest(SuggestionPool &pool, int maximum);

    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // The misspelled words, each once, in order of first occurrence.
    QStringList distinctWords() const;

    // One line per entry; the suggestions only when `withSuggestions`.
    QString toText(bool withSuggestions) const;
    QJsonArray toJson() const;

private:
    QString location(const Entry &entry) const;

    QList<Origin> m_origins;
    QList<Entry> m_entries;
};
