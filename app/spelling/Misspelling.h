#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One misspelled word in a text: where it is (UTF-16 offsets, for underlining) and what it is.
struct Misspelling
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString word; // as written, e.g. "laceted" or "CSTO’s"

    // When the word is one part of a hyphenated word ("laceted" in "multi-laceted"): the whole
    // word and where it starts, to offer suggestions for the whole word and replace it.
    QString compound;
    qsizetype compoundStart = -1;

    bool isPartOfCompound() const { return compoundStart >= 0; }
    bool operator==(const Misspelling &) const = default;
};

Q_DECLARE_METATYPE(Misspelling)
