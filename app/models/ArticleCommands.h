#pragma once

#include "ArticleDocument.h"

#include <QUndoCommand>

// Undo commands of an ArticleDocument. Each only records before/after values and asks the
// document to apply them; the document emits the change signals views refresh from.

// Ids for QUndoCommand::mergeWith: consecutive edits of one thing become one undo step.
enum class CommandId { Field = 1, MetaTitles = 100 };

class ChangeFieldCommand : public QUndoCommand
{
public:
    ChangeFieldCommand(ArticleDocument *document, ArticleDocument::Field field, QString before,
                       QString after);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ArticleDocument *m_document;
    ArticleDocument::Field m_field;
    QString m_before;
    QString m_after;
};

// One undo level of the body's QTextDocument, plus the paragraph metadata on either side of it
// (QTextDocument's own undo recreates blocks without their user data).
class BodyEditCommand : public QUndoCommand
{
public:
    BodyEditCommand(ArticleDocument *document, QList<ParagraphMeta> before, const QString &text);
    void undo() override;
    void redo() override;

private:
    ArticleDocument *m_document;
    QList<ParagraphMeta> m_before;
    QList<ParagraphMeta> m_after; // captured when first undone: the state it leaves behind
    bool m_applied = true;        // the edit already happened when the command was pushed
};

class SetAttributionsCommand : public QUndoCommand
{
public:
    SetAttributionsCommand(ArticleDocument *document, const QUuid &paragraph,
                           QList<Attribution> before, QList<Attribution> after,
                           const QString &text);
    void undo() override;
    void redo() override;

private:
    ArticleDocument *m_document;
    QUuid m_paragraph;
    QList<Attribution> m_before;
    QList<Attribution> m_after;
};

class SetMetaTitlesCommand : public QUndoCommand
{
public:
    SetMetaTitlesCommand(ArticleDocument *document, QList<MetaTitle> before, QList<MetaTitle> after,
                         const QString &text, int mergeKey);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ArticleDocument *m_document;
    QList<MetaTitle> m_before;
    QList<MetaTitle> m_after;
    int m_mergeKey;
};
