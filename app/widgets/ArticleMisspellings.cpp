#include "ArticleMisspellings.h"

#include "models/ArticleDocument.h"
#include "spelling/Speller.h"

#include <QMap>
#include <QTextBlock>
#include <QTextCursor>

namespace {

constexpr ArticleMisspellings::Part readingOrder[] = {
    ArticleMisspellings::Part::Headline, ArticleMisspellings::Part::Summary,
    ArticleMisspellings::Part::Byline, ArticleMisspellings::Part::MetaTitle,
    ArticleMisspellings::Part::Body};

ArticleDocument::Field fieldOf(ArticleMisspellings::Part part)
{
    switch (part) {
    case ArticleMisspellings::Part::Summary:
        return ArticleDocument::Field::Summary;
    case ArticleMisspellings::Part::Byline:
        return ArticleDocument::Field::Byline;
    default:
        return ArticleDocument::Field::Headline;
    }
}

QString correctionText(const QString &target, const QString &replacement)
{
    return ArticleMisspellings::tr("Correct “%1” to “%2”").arg(target, replacement);
}

// Replaces the given ranges (start, length) of `text`, which do not overlap, with `replacement`.
QString replaced(QString text, QList<std::pair<int, int>> ranges, const QString &replacement)
{
    std::sort(ranges.begin(), ranges.end());
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it)
        text.replace(it->first, it->second, replacement);
    return text;
}

} // namespace

QString ArticleMisspellings::Error::target() const
{
    return misspelling.isPartOfCompound() ? misspelling.compound : misspelling.word;
}

int ArticleMisspellings::Error::targetStart() const
{
    return int(misspelling.isPartOfCompound() ? misspelling.compoundStart : misspelling.start);
}

ArticleMisspellings::ArticleMisspellings(ArticleDocument *document, Speller *speller)
    : m_document(document)
    , m_speller(speller)
{}

int ArticleMisspellings::textCount(Part part) const
{
    if (!m_document)
        return 0;
    switch (part) {
    case Part::MetaTitle:
        return int(m_document->metaTitles().size());
    case Part::Body:
        return m_document->body()->blockCount();
    default:
        return 1;
    }
}

QString ArticleMisspellings::text(Part part, int index) const
{
    if (!m_document)
        return {};
    switch (part) {
    case Part::MetaTitle: {
        const QList<MetaTitle> titles = m_document->metaTitles();
        return index >= 0 && index < titles.size() ? titles.at(index).text : QString();
    }
    case Part::Body:
        return m_document->body()->findBlockByNumber(index).text();
    default:
        return m_document->field(fieldOf(part));
    }
}

QString ArticleMisspellings::describe(Part part, int index)
{
    switch (part) {
    case Part::Headline:
        return tr("Headline");
    case Part::Summary:
        return tr("Summary");
    case Part::Byline:
        return tr("Byline");
    case Part::MetaTitle:
        return tr("Meta title %1").arg(index + 1);
    case Part::Body:
        return tr("Paragraph %1").arg(index + 1);
    }
    return {};
}

QList<ArticleMisspellings::Error> ArticleMisspellings::errorsIn(Part part, int index) const
{
    QList<Error> errors;
    if (!m_speller)
        return errors;
    const QList<Misspelling> found = m_speller->misspellings(text(part, index));
    errors.reserve(found.size());
    for (const Misspelling &misspelling : found)
        errors.append({part, index, misspelling});
    return errors;
}

std::optional<ArticleMisspellings::Error> ArticleMisspellings::next(const Position &from) const
{
    for (const Part part : readingOrder) {
        if (part < from.part)
            continue;
        const int count = textCount(part);
        for (int index = part == from.part ? from.index : 0; index < count; ++index) {
            const QList<Error> errors = errorsIn(part, index);
            for (const Error &error : errors) {
                if (error.position() >= from)
                    return error;
            }
        }
    }
    return std::nullopt;
}

QList<ArticleMisspellings::Error> ArticleMisspellings::all() const
{
    QList<Error> errors;
    for (const Part part : readingOrder) {
        const int count = textCount(part);
        for (int index = 0; index < count; ++index)
            errors.append(errorsIn(part, index));
    }
    return errors;
}

bool ArticleMisspellings::replace(const Error &error, const QString &replacement)
{
    if (!m_document)
        return false;
    const QString current = text(error.part, error.index);
    const QString target = error.target();
    if (current.mid(error.targetStart(), target.size()) != target)
        return false;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(correctionText(target, replacement));
    switch (error.part) {
    case Part::Headline:
    case Part::Summary:
    case Part::Byline:
        m_document->setField(
            fieldOf(error.part),
            QString(current).replace(error.targetStart(), target.size(), replacement));
        break;
    case Part::MetaTitle: {
        QList<MetaTitle> titles = m_document->metaTitles();
        titles[error.index].text.replace(error.targetStart(), target.size(), replacement);
        m_document->setMetaTitles(titles, correctionText(target, replacement));
        break;
    }
    case Part::Body: {
        const QTextBlock block = m_document->body()->findBlockByNumber(error.index);
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + error.targetStart());
        cursor.setPosition(block.position() + error.targetStart() + int(target.size()),
                           QTextCursor::KeepAnchor);
        cursor.insertText(replacement);
        break;
    }
    }
    stack->endMacro();
    return true;
}

int ArticleMisspellings::replaceAll(const QString &target, const QString &replacement)
{
    if (!m_document || target.isEmpty())
        return 0;
    // The ranges to replace in each text; two misspelled parts of one hyphenated word name the
    // same range once.
    QMap<std::pair<Part, int>, QList<std::pair<int, int>>> ranges;
    int count = 0;
    const QList<Error> errors = all();
    for (const Error &error : errors) {
        if (error.target() != target)
            continue;
        QList<std::pair<int, int>> &list = ranges[{error.part, error.index}];
        const std::pair<int, int> range{error.targetStart(), error.targetLength()};
        if (!list.contains(range)) {
            list.append(range);
            ++count;
        }
    }
    if (count == 0)
        return 0;

    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(
        count == 1
            ? correctionText(target, replacement)
            : tr("Correct “%1” to “%2” (%n times)", nullptr, count).arg(target, replacement));
    QList<MetaTitle> titles = m_document->metaTitles();
    bool titlesChanged = false;
    QTextCursor body(m_document->body());
    bool bodyEditing = false;
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it) {
        const auto [part, index] = it.key();
        switch (part) {
        case Part::Headline:
        case Part::Summary:
        case Part::Byline:
            m_document->setField(fieldOf(part),
                                 replaced(text(part, index), it.value(), replacement));
            break;
        case Part::MetaTitle:
            titles[index].text = replaced(titles.at(index).text, it.value(), replacement);
            titlesChanged = true;
            break;
        case Part::Body: {
            // One edit block for the whole body: one step of its document, back to front so the
            // earlier positions stay valid.
            if (!bodyEditing) {
                body.beginEditBlock();
                bodyEditing = true;
            }
            QList<std::pair<int, int>> inBlock = it.value();
            std::sort(inBlock.begin(), inBlock.end());
            const int blockPosition = m_document->body()->findBlockByNumber(index).position();
            for (auto range = inBlock.crbegin(); range != inBlock.crend(); ++range) {
                body.setPosition(blockPosition + range->first);
                body.setPosition(blockPosition + range->first + range->second,
                                 QTextCursor::KeepAnchor);
                body.insertText(replacement);
            }
            break;
        }
        }
    }
    if (titlesChanged)
        m_document->setMetaTitles(titles, correctionText(target, replacement));
    if (bodyEditing)
        body.endEditBlock();
    stack->endMacro();
    return count;
}
