#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A plain-text table with aligned columns, for terminal output. The last column is the one that
// gets elided when a line would be too wide (it holds the free text: a headline).
class TextTable
{
public:
    explicit TextTable(QStringList headers);

    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }

    // lineWidth > 0 elides the last column so that every line fits (a terminal's width);
    // lastColumnMax > 0 caps the last column on its own (output that is not a terminal).
    QString render(int lineWidth = 0, int lastColumnMax = 0) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

// Characters a string takes on a terminal: code points, not counting combining marks.
int displayWidth(const QString &text);
// Cuts text to at most `width` terminal characters, ending in "…" when anything was cut.
QString elideText(const QString &text, int width);
// Columns of the terminal standard output is attached to, or 0 when it is not a terminal.
int terminalColumns();
