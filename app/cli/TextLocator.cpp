#include "TextLocator.h"

#include <algorithm>

TextLocator::TextLocator(QStringView text)
    : m_text(text)
{
    m_lineStarts.append(0);
    for (qsizetype i = text.indexOf(u'\n'); i >= 0; i = text.indexOf(u'\n', i + 1))
        m_lineStarts.append(i + 1);
}

TextLocator::Position TextLocator::position(qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const qsizetype lineIndex =
        std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset) -
        m_lineStarts.cbegin() - 1;
    if (lineIndex != m_lineIndex || offset < m_offset) {
        m_lineIndex = lineIndex;
        m_offset = m_lineStarts.at(lineIndex);
        m_column = 1;
    }
    for (; m_offset < offset; ++m_offset) {
        if (!m_text.at(m_offset).isLowSurrogate())
            ++m_column;
    }
    return {int(m_lineIndex + 1), m_column};
}
