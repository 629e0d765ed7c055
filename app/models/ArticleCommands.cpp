#include "ArticleCommands.h"

#include <QCoreApplication>

namespace {
QString fieldActionText(ArticleDocument::Field field)
{
    switch (field) {
    case ArticleDocument::Field::Headline:
        return QCoreApplication::translate("ArticleCommands", "Edit headline");
    case ArticleDocument::Field::Summary:
        return QCoreApplication::translate("ArticleCommands", "Edit summary");
    case ArticleDocument::Field::Byline:
        return QCoreApplication::translate("ArticleCommands", "Edit byline");
    case ArticleDocument::Field::Section:
        return QCoreApplication::translate("ArticleCommands", "Edit section");
    case ArticleDocument::Field::Language:
        return QCoreApplication::translate("ArticleCommands", "Change language");
    case ArticleDocument::Field::Slug:
        return QCoreApplication::translate("ArticleCommands", "Edit slug");
    }
    return {};
}
} // namespace

ChangeFieldCommand::ChangeFieldCommand(ArticleDocument *document, ArticleDocument::Field field,
                                       QString before, QString after)
    : QUndoCommand(fieldActionText(field))
    , m_document(document)
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ChangeFieldCommand::undo()
{
    m_document->applyField(m_field, m_before);
}

void ChangeFieldCommand::redo()
{
    m_document->applyField(m_field, m_after);
}

int ChangeFieldCommand::id() const
{
    return int(CommandId::Field) + int(m_field);
}

bool ChangeFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangeFieldCommand *>(other);
    if (change->m_field != m_field)
        return false;
    m_after = change->m_after;
    setObsolete(m_after == m_before);
    return true;
}

BodyEditCommand::BodyEditCommand(ArticleDocument *document, QList<ParagraphMeta> before,
                                 const QString &text)
    : QUndoCommand(text.isEmpty() ? QCoreApplication::translate("ArticleCommands", "Edit text")
                                  : text)
    , m_document(document)
    , m_before(std::move(before))
{}

void BodyEditCommand::undo()
{
    if (m_applied)
        m_after = m_document->paragraphState();
    m_document->undoBodyStep();
    m_document->applyParagraphState(m_before);
    m_applied = false;
}

void BodyEditCommand::redo()
{
    if (m_applied)
        return; // pushed after QTextDocument already made the change
    m_document->redoBodyStep();
    m_document->applyParagraphState(m_after);
    m_applied = true;
}

SetAttributionsCommand::SetAttributionsCommand(ArticleDocument *document, const QUuid &paragraph,
                                               QList<Attribution> before, QList<Attribution> after,
                                               const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_paragraph(paragraph)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SetAttributionsCommand::undo()
{
    m_document->applyAttributions(m_paragraph, m_before);
}

void SetAttributionsCommand::redo()
{
    m_document->applyAttributions(m_paragraph, m_after);
}

SetMetaTitlesCommand::SetMetaTitlesCommand(ArticleDocument *document, QList<MetaTitle> before,
                                           QList<MetaTitle> after, const QString &text,
                                           int mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{}

void SetMetaTitlesCommand::undo()
{
    m_document->applyMetaTitles(m_before);
}

void SetMetaTitlesCommand::redo()
{
    m_document->applyMetaTitles(m_after);
}

int SetMetaTitlesCommand::id() const
{
    return m_mergeKey < 0 ? -1 : int(CommandId::MetaTitles);
}

bool SetMetaTitlesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const SetMetaTitlesCommand *>(other);
    if (change->m_mergeKey != m_mergeKey)
        return false;
    m_after = change->m_after;
    setObsolete(m_after == m_before);
    return true;
}
