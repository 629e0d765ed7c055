#include "TextTable.h"

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace {

const QString columnGap = QStringLiteral("  ");
// Below this the last column would be useless, so lines may wrap instead.
constexpr int minimumLastColumn = 20;

bool takesNoSpace(uint codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return true;
    default:
        return false;
    }
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

} // namespace

int displayWidth(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    return int(std::count_if(codePoints.cbegin(), codePoints.cend(),
                             [](uint codePoint) { return !takesNoSpace(codePoint); }));
}

QString elideText(const QString &text, int width)
{
    if (width <= 0 || displayWidth(text) <= width)
        return text;
    const QString ellipsis = QStringLiteral("…");
    QString result;
    int used = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const bool spacing = !takesNoSpace(codePoint);
        if (spacing && used + 1 > width - 1)
            break;
        const char32_t character = codePoint;
        result += QString::fromUcs4(&character, 1);
        if (spacing)
            ++used;
    }
    return result.trimmed() + ellipsis;
}

int terminalColumns()
{
#ifdef Q_OS_UNIX
    if (!isatty(STDOUT_FILENO))
        return 0;
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : 80;
#else
    return 0;
#endif
}

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

QString TextTable::render(int lineWidth, int lastColumnMax) const
{
    const qsizetype columnCount = m_headers.size();
    if (columnCount == 0)
        return {};
    QList<int> widths(columnCount, 0);
    for (qsizetype column = 0; column < columnCount; ++column)
        widths[column] = displayWidth(m_headers.at(column));
    for (const QStringList &row : m_rows) {
        for (qsizetype column = 0; column < columnCount; ++column)
            widths[column] = std::max(widths[column], displayWidth(row.at(column)));
    }

    int lastLimit = lastColumnMax;
    if (lineWidth > 0) {
        int before = 0;
        for (qsizetype column = 0; column + 1 < columnCount; ++column)
            before += widths[column] + int(columnGap.size());
        const int available = std::max(minimumLastColumn, lineWidth - before);
        lastLimit = lastLimit > 0 ? std::min(lastLimit, available) : available;
    }

    auto renderLine = [&](const QStringList &cells) {
        QString line;
        for (qsizetype column = 0; column < columnCount; ++column) {
            const bool last = column + 1 == columnCount;
            if (last) {
                line += elideText(cells.at(column), lastLimit);
            } else {
                line += padded(cells.at(column), widths[column]);
                line += columnGap;
            }
        }
        // Trailing blanks only get in the way of diff and grep.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line + QLatin1Char('\n');
    };

    QString text = renderLine(m_headers);
    for (const QStringList &row : m_rows)
        text += renderLine(row);
    return text;
}
