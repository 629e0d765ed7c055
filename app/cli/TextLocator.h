#pragma once

#include <QList>
#include <QStringView>

// Turns UTF-16 offsets into a text into 1-based lines and columns as a user counts them:
// columns count characters (Unicode code points; a character outside the Basic Multilingual
// Plane is one column, not two UTF-16 units), lines are separated by '\n'. Offsets asked for in
// ascending order, as a checker finds them, cost only the distance walked since the last one.
class TextLocator
{
public:
    struct Position
    {
        int line = 1;
        int column = 1;
    };

    // `text` must outlive the locator.
    explicit TextLocator(QStringView text);

    Position position(qsizetype offset);

private:
    QStringView m_text;
    QList<qsizetype> m_lineStarts;
    // The last position found, to continue from when the next offset is on the same line.
    qsizetype m_offset = 0;
    qsizetype m_lineIndex = 0;
    int m_column = 1;
};
