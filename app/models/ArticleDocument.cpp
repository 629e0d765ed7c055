#include "ArticleDocument.h"

#include "ArticleCommands.h"
#include "core/PlainTextImporter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>

namespace {

ParagraphMeta metaOf(const QTextBlock &block)
{
    if (const auto *data = static_cast<const ParagraphData *>(block.userData()))
        return data->meta();
    return {};
}

bool hasMeta(const QTextBlock &block)
{
    return block.userData() != nullptr;
}

ParagraphMeta freshMeta()
{
    return ParagraphMeta{QUuid::createUuid(), {}};
}

QList<Attribution> unionOf(QList<Attribution> into, const QList<Attribution> &more)
{
    for (const Attribution &attribution : more) {
        const bool known = std::any_of(into.cbegin(), into.cend(), [&](const Attribution &a) {
            return a.sourceName.compare(attribution.sourceName, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            into.append(attribution);
    }
    return into;
}

} // namespace

ArticleDocument::ArticleDocument(const Article &article, QObject *parent)
    : QObject(parent)
    , m_base(article)
    , m_body(std::make_unique<QTextDocument>())
    , m_undoStack(std::make_unique<QUndoStack>())
{
    m_fields[int(Field::Headline)] = article.headline;
    m_fields[int(Field::Summary)] = article.summary;
    m_fields[int(Field::Byline)] = article.byline;
    m_fields[int(Field::Section)] = article.section;
    m_fields[int(Field::Language)] = article.language;
    m_fields[int(Field::Slug)] = article.slug;
    m_status = article.status;
    m_metaTitles = article.metaTitles;
    m_previous = article.previous;
    m_next = article.next;

    m_body->setUndoRedoEnabled(false);
    QTextCursor cursor(m_body.get());
    cursor.beginEditBlock();
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
        const Paragraph &paragraph = article.paragraphs.at(i);
        if (i > 0)
            cursor.insertBlock();
        cursor.insertText(paragraph.text);
        cursor.block().setUserData(new ParagraphData(
            ParagraphMeta{paragraph.uuid.isNull() ? QUuid::createUuid() : paragraph.uuid,
                          paragraph.attributions}));
    }
    cursor.endEditBlock();
    if (!hasMeta(m_body->firstBlock()))
        m_body->firstBlock().setUserData(new ParagraphData(freshMeta()));
    // contentsChange is only emitted once the document has a layout (an editor replaces it).
    // Created after filling: laying out while inserting costs ~10x on a long article.
    m_body->documentLayout();
    m_body->setUndoRedoEnabled(true);
    m_body->setModified(false);
    m_state = currentState();
    m_lengths.clear();
    for (QTextBlock block = m_body->begin(); block.isValid(); block = block.next())
        m_lengths.append(block.length() - 1);

    connect(m_body.get(), &QTextDocument::undoCommandAdded, this,
            &ArticleDocument::onUndoCommandAdded);
    connect(m_body.get(), &QTextDocument::contentsChange, this, &ArticleDocument::onContentsChange);
    connect(m_undoStack.get(), &QUndoStack::indexChanged, this, &ArticleDocument::contentEdited);
}

ArticleDocument::~ArticleDocument()
{
    // The stack's commands point back at this document.
    m_undoStack->clear();
}

Article ArticleDocument::article() const
{
    Article article = m_base;
    article.headline = m_fields[int(Field::Headline)];
    article.summary = m_fields[int(Field::Summary)];
    article.byline = m_fields[int(Field::Byline)];
    article.section = m_fields[int(Field::Section)];
    article.language = m_fields[int(Field::Language)];
    article.slug = m_fields[int(Field::Slug)];
    article.status = m_status;
    article.metaTitles = m_metaTitles;
    article.previous = m_previous;
    article.next = m_next;
    article.paragraphs.clear();
    article.sources.clear();
    for (QTextBlock block = m_body->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text().trimmed();
        if (text.isEmpty())
            continue; // empty lines are spacing while typing, not paragraphs
        const ParagraphMeta meta = metaOf(block);
        article.paragraphs.append(Paragraph{meta.uuid, text, meta.attributions});
    }
    return article;
}

void ArticleDocument::markSaved(const Article &saved)
{
    m_base = saved;
    m_status = saved.status;
    m_previous = saved.previous;
    m_next = saved.next;
    // The store unchecks the attributions of paragraphs whose text changed and stamps reviews
    // with the reviewer and time: show what was stored, or the next save would write back
    // what it replaced.
    for (const Paragraph &paragraph : saved.paragraphs) {
        const int number = blockNumberOf(paragraph.uuid);
        if (number >= 0 && paragraphMeta(number).attributions != paragraph.attributions)
            applyAttributions(paragraph.uuid, paragraph.attributions);
    }
    m_undoStack->setClean();
    // QTextDocument merges adjacent typing into its last undo step only while it is modified;
    // without this the first letter typed after a save would push no step and never be saved.
    m_body->setModified(false);
    emit this->saved();
}

QString ArticleDocument::field(Field field) const
{
    return m_fields[int(field)];
}

void ArticleDocument::setField(Field field, const QString &value)
{
    if (m_fields[int(field)] == value)
        return;
    m_undoStack->push(new ChangeFieldCommand(this, field, m_fields[int(field)], value));
}

void ArticleDocument::applyField(Field field, const QString &value)
{
    m_fields[int(field)] = value;
    emit fieldChanged(field);
}

ParagraphMeta ArticleDocument::paragraphMeta(int blockNumber) const
{
    return metaOf(m_body->findBlockByNumber(blockNumber));
}

int ArticleDocument::blockNumberOf(const QUuid &paragraph) const
{
    for (QTextBlock block = m_body->begin(); block.isValid(); block = block.next()) {
        if (const auto *data = static_cast<const ParagraphData *>(block.userData())) {
            if (data->meta().uuid == paragraph)
                return block.blockNumber();
        }
    }
    return -1;
}

void ArticleDocument::setAttributions(const QUuid &paragraph,
                                      const QList<Attribution> &attributions,
                                      const QString &actionText)
{
    const int number = blockNumberOf(paragraph);
    if (number < 0)
        return;
    const QList<Attribution> before = paragraphMeta(number).attributions;
    if (before == attributions)
        return;
    m_undoStack->push(
        new SetAttributionsCommand(this, paragraph, before, attributions, actionText));
}

void ArticleDocument::applyAttributions(const QUuid &paragraph,
                                        const QList<Attribution> &attributions)
{
    const int number = blockNumberOf(paragraph);
    if (number < 0)
        return;
    QTextBlock block = m_body->findBlockByNumber(number);
    ParagraphMeta meta = metaOf(block);
    meta.attributions = attributions;
    setBlockMeta(block, meta);
    m_state[number] = meta;
    emit attributionsChanged(number);
}

void ArticleDocument::setMetaTitles(const QList<MetaTitle> &titles, const QString &actionText,
                                    int mergeKey)
{
    if (titles == m_metaTitles)
        return;
    m_undoStack->push(new SetMetaTitlesCommand(this, m_metaTitles, titles, actionText, mergeKey));
}

void ArticleDocument::applyMetaTitles(const QList<MetaTitle> &titles)
{
    m_metaTitles = titles;
    emit metaTitlesChanged();
}

void ArticleDocument::setLinks(const std::optional<ArticleRef> &previous,
                               const std::optional<ArticleRef> &next)
{
    m_previous = previous;
    m_next = next;
    m_base.previous = previous;
    m_base.next = next;
    emit linksChanged();
}

// --- body ------------------------------------------------------------------------------------

void ArticleDocument::onUndoCommandAdded()
{
    if (m_replaying)
        return;
    // QTextDocument announces a new undo level before contentsChange: m_state still describes
    // the paragraphs before this edit.
    m_undoStack->push(new BodyEditCommand(this, m_state, std::exchange(m_bodyActionText, {})));
}

void ArticleDocument::onContentsChange(int position, int removed, int added)
{
    if (m_replaying || m_programmaticEdit > 0)
        return;
    reconcile(position, removed, added);
}

void ArticleDocument::reconcile(int position, int removed, int added)
{
    // Typing inside one paragraph (the common case): only its length changes. Any change that
    // creates or removes a block leaves a block without metadata or a count that differs.
    if (m_body->blockCount() == m_state.size()) {
        const QTextBlock block = m_body->findBlock(position);
        const int index = block.blockNumber();
        const QTextBlock following = block.next();
        if (block.isValid() && index < m_lengths.size() && hasMeta(block) &&
            metaOf(block).uuid == m_state.at(index).uuid &&
            position + added <= block.position() + block.length() - 1 &&
            block.length() - 1 == m_lengths.at(index) + added - removed &&
            (!following.isValid() ||
             (hasMeta(following) && metaOf(following).uuid == m_state.at(index + 1).uuid))) {
            m_lengths[index] = block.length() - 1;
            return;
        }
    }

    // Old paragraph ranges, from the lengths of the last reconciled state.
    QList<int> oldStarts;
    oldStarts.reserve(m_lengths.size());
    int start = 0;
    for (const int length : std::as_const(m_lengths)) {
        oldStarts.append(start);
        start += length + 1;
    }
    const int removedEnd = position + removed;
    auto wasWhollyRemoved = [&](int index) {
        const int begin = oldStarts.at(index);
        const int end = begin + m_lengths.at(index);
        // Only a deletion reaching past the paragraph (a multi-paragraph selection) removes it;
        // emptying it character by character keeps its attributions.
        return removed > m_lengths.at(index) && m_lengths.at(index) > 0 && begin >= position &&
               end <= removedEnd;
    };
    QHash<QUuid, int> oldIndex;
    for (int i = 0; i < m_state.size(); ++i)
        oldIndex.insert(m_state.at(i).uuid, i);

    QSet<QUuid> present;
    QTextBlock changedBlock = m_body->findBlock(position);
    bool anyChange = false;
    for (QTextBlock block = m_body->begin(); block.isValid(); block = block.next()) {
        if (!hasMeta(block))
            continue;
        ParagraphMeta meta = metaOf(block);
        if (present.contains(meta.uuid)) {
            setBlockMeta(block, freshMeta()); // a copy of another block's data
            anyChange = true;
            continue;
        }
        present.insert(meta.uuid);
        const int index = oldIndex.value(meta.uuid, -1);
        if (index >= 0 && wasWhollyRemoved(index)) {
            // Its whole old text was deleted; whatever it holds now is new, unattributed text.
            setBlockMeta(block, freshMeta());
            present.remove(meta.uuid);
            anyChange = true;
        }
    }

    // Enter at the very start of a paragraph: Qt leaves the data on the now-empty first half.
    if (removed == 0 && added > 0) {
        for (QTextBlock block = changedBlock;
             block.isValid() && block.position() <= position + added; block = block.next()) {
            const QTextBlock following = block.next();
            if (!hasMeta(block) || !following.isValid() || hasMeta(following))
                continue;
            const int index = oldIndex.value(metaOf(block).uuid, -1);
            if (index >= 0 && block.text().isEmpty() && m_lengths.at(index) > 0) {
                setBlockMeta(following, metaOf(block));
                setBlockMeta(block, freshMeta());
                anyChange = true;
            }
        }
    }

    // Paragraphs that vanished: merged into the block at the change when some of their text
    // survived (Backspace/Delete at a boundary, a selection across paragraphs), else deleted.
    for (int i = 0; i < m_state.size(); ++i) {
        const ParagraphMeta &old = m_state.at(i);
        if (present.contains(old.uuid) || wasWhollyRemoved(i) || old.attributions.isEmpty())
            continue;
        if (m_lengths.at(i) == 0)
            continue;
        QTextBlock target = changedBlock.isValid() ? changedBlock : m_body->lastBlock();
        if (!hasMeta(target))
            setBlockMeta(target, freshMeta());
        ParagraphMeta meta = metaOf(target);
        meta.attributions = unionOf(meta.attributions, old.attributions);
        setBlockMeta(target, meta);
        anyChange = true;
    }

    // New blocks (split halves, pasted paragraphs) are unattributed paragraphs of their own.
    for (QTextBlock block = m_body->begin(); block.isValid(); block = block.next()) {
        if (!hasMeta(block)) {
            setBlockMeta(block, freshMeta());
            anyChange = true;
        }
    }

    const QList<ParagraphMeta> state = currentState();
    if (anyChange || state.size() != m_state.size() || state != m_state) {
        m_state = state;
        emit attributionsChanged(-1);
    }
    m_lengths.clear();
    m_lengths.reserve(m_state.size());
    for (QTextBlock block = m_body->begin(); block.isValid(); block = block.next())
        m_lengths.append(block.length() - 1);
}

QList<ParagraphMeta> ArticleDocument::currentState() const
{
    QList<ParagraphMeta> state;
    state.reserve(m_body->blockCount());
    for (QTextBlock block = m_body->begin(); block.isValid(); block = block.next())
        state.append(metaOf(block));
    return state;
}

void ArticleDocument::setBlockMeta(QTextBlock block, const ParagraphMeta &meta)
{
    if (auto *data = static_cast<ParagraphData *>(block.userData()))
        data->setMeta(meta);
    else
        block.setUserData(new ParagraphData(meta));
}

void ArticleDocument::applyParagraphState(const QList<ParagraphMeta> &state)
{
    QTextBlock block = m_body->begin();
    for (qsizetype i = 0; i < state.size() && block.isValid(); ++i, block = block.next())
        setBlockMeta(block, state.at(i));
    for (; block.isValid(); block = block.next()) {
        if (!hasMeta(block))
            setBlockMeta(block, freshMeta());
    }
    m_state = currentState();
    m_lengths.clear();
    for (QTextBlock b = m_body->begin(); b.isValid(); b = b.next())
        m_lengths.append(b.length() - 1);
    emit attributionsChanged(-1);
}

void ArticleDocument::undoBodyStep()
{
    m_replaying = true;
    m_body->undo();
    m_replaying = false;
}

void ArticleDocument::redoBodyStep()
{
    m_replaying = true;
    m_body->redo();
    m_replaying = false;
}

bool ArticleDocument::moveParagraph(int blockNumber, int direction)
{
    const QTextBlock block = m_body->findBlockByNumber(blockNumber);
    const QTextBlock other = direction < 0 ? block.previous() : block.next();
    if (!block.isValid() || !other.isValid())
        return false;
    const QTextBlock upper = direction < 0 ? other : block;
    const QTextBlock lower = direction < 0 ? block : other;
    const ParagraphMeta upperMeta = metaOf(upper);
    const ParagraphMeta lowerMeta = metaOf(lower);
    const QString upperText = upper.text();
    const QString lowerText = lower.text();
    const int upperNumber = upper.blockNumber();

    // Swap the two texts in place as one edit block, then swap their metadata with them.
    ++m_programmaticEdit;
    m_bodyActionText = tr("Move paragraph");
    QTextCursor cursor(m_body.get());
    cursor.beginEditBlock();
    cursor.setPosition(upper.position());
    cursor.setPosition(lower.position() + lower.length() - 1, QTextCursor::KeepAnchor);
    cursor.insertText(lowerText + QChar(QChar::ParagraphSeparator) + upperText);
    cursor.endEditBlock();
    --m_programmaticEdit;

    QTextBlock first = m_body->findBlockByNumber(upperNumber);
    setBlockMeta(first, lowerMeta);
    setBlockMeta(first.next(), upperMeta);
    m_state = currentState();
    m_lengths.clear();
    for (QTextBlock b = m_body->begin(); b.isValid(); b = b.next())
        m_lengths.append(b.length() - 1);
    emit attributionsChanged(-1);
    return true;
}

void ArticleDocument::insertText(QTextCursor &cursor, const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // Paragraphs are separated by blank lines or single line breaks in pasted text alike.
    static const QRegularExpression breaks(QStringLiteral("\n\\s*\n|\n|\u2029"));
    QStringList parts = normalized.split(breaks);
    QList<QStringList> sources;
    for (QString &part : parts) {
        QStringList names;
        QString trimmed = part.trimmed();
        if (PlainTextImporter::takeAttributionMarker(trimmed, &names))
            part = trimmed;
        sources.append(names);
    }

    const int firstBlock = m_body->findBlock(cursor.selectionStart()).blockNumber();
    ++m_programmaticEdit;
    m_bodyActionText = tr("Paste");
    const int removed = cursor.selectionEnd() - cursor.selectionStart();
    const int start = cursor.selectionStart();
    cursor.beginEditBlock();
    cursor.insertText(parts.join(QChar(QChar::ParagraphSeparator)));
    cursor.endEditBlock();
    --m_programmaticEdit;
    reconcile(start, removed, int(cursor.position() - start));

    // Attach the sources named by the convention to the paragraphs they ended.
    bool attached = false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (sources.at(i).isEmpty())
            continue;
        QTextBlock block = m_body->findBlockByNumber(firstBlock + int(i));
        ParagraphMeta meta = metaOf(block);
        QList<Attribution> added;
        for (const QString &name : sources.at(i)) {
            Attribution attribution;
            attribution.sourceName = name;
            added.append(attribution);
        }
        meta.attributions = unionOf(meta.attributions, added);
        setBlockMeta(block, meta);
        attached = true;
    }
    if (attached) {
        m_state = currentState();
        emit attributionsChanged(-1);
    }
}

int ArticleDocument::wordCount() const
{
    static const QRegularExpression word(QStringLiteral("\\w+(?:['’]\\w+)*"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (QTextBlock block = m_body->begin(); block.isValid(); block = block.next()) {
        auto it = word.globalMatch(block.text());
        while (it.hasNext()) {
            it.next();
            ++count;
        }
    }
    return count;
}

int ArticleDocument::paragraphCount() const
{
    int count = 0;
    for (QTextBlock block = m_body->begin(); block.isValid(); block = block.next())
        count += block.text().trimmed().isEmpty() ? 0 : 1;
    return count;
}

int ArticleDocument::attributedParagraphCount() const
{
    int count = 0;
    for (QTextBlock block = m_body->begin(); block.isValid(); block = block.next()) {
        if (!block.text().trimmed().isEmpty() && !metaOf(block).attributions.isEmpty())
            ++count;
    }
    return count;
}
