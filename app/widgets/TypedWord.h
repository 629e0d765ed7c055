#pragma once

#include <QStringView>

// The word the user is typing, which is not underlined until the cursor leaves it (design.md §2,
// as in FocusWriter): the letters, digits and marks around a cursor position, with apostrophes
// and hyphens that join two parts of one word ("don't", "multi-faceted"). A trailing apostrophe
// or hyphen still belongs to it while typing ("don'" before the "t").
struct TypedWord
{
    int start = 0;
    int end = 0; // exclusive

    // The word touching `position` in `text`; empty (start == end == position) when there is none.
    static TypedWord around(QStringView text, int position);

    // Whether the cursor at `position` is still in (or at either end of) this word.
    bool contains(int position) const { return position >= start && position <= end; }
    // Whether the range [rangeStart, rangeEnd) lies in or touches this word.
    bool overlaps(int rangeStart, int rangeEnd) const
    {
        return rangeStart <= end && rangeEnd >= start;
    }
};
