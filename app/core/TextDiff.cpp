#include "TextDiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <vector>

namespace TextDiff {

namespace {

using Kind = Segment::Kind;

// Labels marked with QT_TRANSLATE_NOOP("TextDiff", ...).
QString translated(const char *text)
{
    return QCoreApplication::translate("TextDiff", text);
}

// One step of an alignment: an item kept (both indexes), removed (before) or inserted (after).
struct Step
{
    Kind kind;
    qsizetype before;
    qsizetype after;
};

// Heaviest common subsequence of two id sequences, as a list of steps: each kept item scores
// weight(id) (1 when no weights are given), so a shared word outweighs the spaces around it.
// The common start and end are matched directly; the middle gets the O(n*m) table unless that
// would exceed maxCells, in which case it is reported as removed then inserted.
QList<Step> align(const QList<int> &a, const QList<int> &b, const QList<int> &weights = {})
{
    const auto weight = [&weights](int id) {
        return quint32(id < weights.size() ? weights.at(id) : 1);
    };
    QList<Step> steps;
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix &&
           a.at(n - 1 - suffix) == b.at(m - 1 - suffix))
        ++suffix;

    for (qsizetype i = 0; i < prefix; ++i)
        steps.append({Kind::Equal, i, i});

    const qsizetype rows = n - prefix - suffix;
    const qsizetype cols = m - prefix - suffix;
    if (rows > 0 && cols > 0 && rows * cols <= maxCells) {
        // table[i][j]: LCS length of a[prefix+i..] and b[prefix+j..]
        const qsizetype width = cols + 1;
        std::vector<quint32> table(size_t((rows + 1) * width), 0);
        for (qsizetype i = rows - 1; i >= 0; --i) {
            for (qsizetype j = cols - 1; j >= 0; --j) {
                quint32 &cell = table[size_t(i * width + j)];
                cell =
                    std::max(table[size_t((i + 1) * width + j)], table[size_t(i * width + j + 1)]);
                if (a.at(prefix + i) == b.at(prefix + j)) {
                    cell = std::max(cell, table[size_t((i + 1) * width + j + 1)] +
                                              weight(a.at(prefix + i)));
                }
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < rows && j < cols) {
            const quint32 here = table[size_t(i * width + j)];
            if (a.at(prefix + i) == b.at(prefix + j) &&
                here == table[size_t((i + 1) * width + j + 1)] + weight(a.at(prefix + i))) {
                steps.append({Kind::Equal, prefix + i, prefix + j});
                ++i;
                ++j;
            } else if (table[size_t((i + 1) * width + j)] >= table[size_t(i * width + j + 1)]) {
                steps.append({Kind::Removed, prefix + i, -1});
                ++i;
            } else {
                steps.append({Kind::Inserted, -1, prefix + j});
                ++j;
            }
        }
        for (; i < rows; ++i)
            steps.append({Kind::Removed, prefix + i, -1});
        for (; j < cols; ++j)
            steps.append({Kind::Inserted, -1, prefix + j});
    } else {
        for (qsizetype i = 0; i < rows; ++i)
            steps.append({Kind::Removed, prefix + i, -1});
        for (qsizetype j = 0; j < cols; ++j)
            steps.append({Kind::Inserted, -1, prefix + j});
    }

    for (qsizetype k = 0; k < suffix; ++k)
        steps.append({Kind::Equal, n - suffix + k, m - suffix + k});
    return steps;
}

// Gives equal strings equal ids, so the table compares integers.
class Interner
{
public:
    QList<int> ids(const QStringList &items)
    {
        QList<int> result;
        result.reserve(items.size());
        for (const QString &item : items) {
            auto it = m_ids.constFind(item);
            if (it == m_ids.cend())
                it = m_ids.insert(item, int(m_ids.size()));
            result.append(it.value());
        }
        return result;
    }

    // Per id: 4 for a word, 2 for punctuation, 1 for white space.
    QList<int> tokenWeights() const
    {
        QList<int> weights(m_ids.size(), 1);
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
            const QChar first = it.key().isEmpty() ? QChar() : it.key().front();
            weights[it.value()] = first.isLetterOrNumber() || first.isMark() ? 4
                                  : first.isSpace()                          ? 1
                                                                             : 2;
        }
        return weights;
    }

private:
    QHash<QString, int> m_ids;
};

void append(Segments &segments, Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!segments.isEmpty() && segments.last().kind == kind)
        segments.last().text += text;
    else
        segments.append({kind, text});
}

void append(Segments &segments, const Segments &more)
{
    for (const Segment &segment : more)
        append(segments, segment.kind, segment.text);
}

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

// Whether the run of changes that ends at `last` (step -1) or starts there (step +1) replaces
// text, i.e. has both a removal and an insertion.
bool isReplacement(const Segments &segments, qsizetype from, int step)
{
    bool removes = false;
    bool inserts = false;
    for (qsizetype i = from; i >= 0 && i < segments.size(); i += step) {
        const Kind kind = segments.at(i).kind;
        if (kind == Kind::Equal)
            break;
        removes = removes || kind == Kind::Removed;
        inserts = inserts || kind == Kind::Inserted;
    }
    return removes && inserts;
}

// Readable word diffs: white space kept between two replacements joins them ("quick brown" ->
// "slow red", not "quick" -> "slow", " ", "brown" -> "red"), and each run of changes becomes
// one removal followed by one insertion.
Segments tidy(const Segments &raw)
{
    Segments joined;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const Segment &segment = raw.at(i);
        const bool between = i > 0 && i + 1 < raw.size() && isReplacement(raw, i - 1, -1) &&
                             isReplacement(raw, i + 1, +1);
        if (segment.kind == Kind::Equal && between && isBlank(segment.text)) {
            joined.append({Kind::Removed, segment.text});
            joined.append({Kind::Inserted, segment.text});
        } else {
            joined.append(segment);
        }
    }
    Segments result;
    QString removed;
    QString inserted;
    const auto flush = [&] {
        append(result, Kind::Removed, removed);
        append(result, Kind::Inserted, inserted);
        removed.clear();
        inserted.clear();
    };
    for (const Segment &segment : std::as_const(joined)) {
        if (segment.kind == Kind::Removed) {
            removed += segment.text;
        } else if (segment.kind == Kind::Inserted) {
            inserted += segment.text;
        } else {
            flush();
            append(result, Kind::Equal, segment.text);
        }
    }
    flush();
    return result;
}

// One line of a multi-line comparison: present before, after or both, with its own segments.
struct Row
{
    bool inBefore = false;
    bool inAfter = false;
    Segments segments;
};

// Joins rows with `separator`, which belongs to a side only where that side has rows on both
// of its ends, so the result still concatenates back to either text.
Segments joinRows(const QList<Row> &rows, const QString &separator)
{
    Segments result;
    bool anyBefore = false;
    bool anyAfter = false;
    for (const Row &row : rows) {
        const bool separateBefore = row.inBefore && anyBefore;
        const bool separateAfter = row.inAfter && anyAfter;
        if (separateBefore && separateAfter)
            append(result, Kind::Equal, separator);
        else if (separateBefore)
            append(result, Kind::Removed, separator);
        else if (separateAfter)
            append(result, Kind::Inserted, separator);
        append(result, row.segments);
        anyBefore = anyBefore || row.inBefore;
        anyAfter = anyAfter || row.inAfter;
    }
    return result;
}

// Rows of an item-by-item alignment. With pairChanges, a run of removed items facing a run of
// inserted ones is compared pairwise word by word (an edited paragraph, not a new one).
QList<Row> alignedRows(const QStringList &before, const QStringList &after, bool pairChanges)
{
    Interner interner;
    const QList<int> a = interner.ids(before);
    const QList<int> b = interner.ids(after);
    const QList<Step> steps = align(a, b);

    QList<Row> rows;
    QStringList removed;
    QStringList inserted;
    const auto flush = [&] {
        const qsizetype paired = pairChanges ? std::min(removed.size(), inserted.size()) : 0;
        for (qsizetype k = 0; k < paired; ++k)
            rows.append({true, true, diffWords(removed.at(k), inserted.at(k))});
        for (qsizetype k = paired; k < removed.size(); ++k)
            rows.append({true, false, {{Kind::Removed, removed.at(k)}}});
        for (qsizetype k = paired; k < inserted.size(); ++k)
            rows.append({false, true, {{Kind::Inserted, inserted.at(k)}}});
        removed.clear();
        inserted.clear();
    };
    for (const Step &step : steps) {
        switch (step.kind) {
        case Kind::Removed:
            removed.append(before.at(step.before));
            break;
        case Kind::Inserted:
            inserted.append(after.at(step.after));
            break;
        case Kind::Equal:
            flush();
            rows.append({true, true, {{Kind::Equal, before.at(step.before)}}});
            break;
        }
    }
    flush();
    for (Row &row : rows) {
        // An empty line still occupies its row; drop the empty segment it would carry.
        row.segments.removeIf([](const Segment &segment) { return segment.text.isEmpty(); });
    }
    return rows;
}

QStringList sourceNames(const Paragraph &paragraph)
{
    QStringList names;
    for (const Attribution &attribution : paragraph.attributions)
        names.append(attribution.sourceName);
    return names;
}

QString metaTitleLines(const QList<MetaTitle> &titles)
{
    QStringList lines;
    for (const MetaTitle &title : titles)
        lines.append(title.chosen
                         ? QCoreApplication::translate("TextDiff", "%1 (chosen)").arg(title.text)
                         : title.text);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool isUnchanged(const Segments &segments)
{
    return std::all_of(segments.cbegin(), segments.cend(),
                       [](const Segment &segment) { return segment.kind == Kind::Equal; });
}

QStringList tokenize(const QString &text)
{
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c.isMark(); };
    const auto isJoiner = [](QChar c) {
        return c == QLatin1Char('\'') || c == QChar(0x2019); // it's, it’s
    };
    QStringList tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        qsizetype j = i + 1;
        if (isWordChar(c)) {
            while (j < n) {
                if (isWordChar(text.at(j)))
                    ++j;
                else if (isJoiner(text.at(j)) && j + 1 < n && isWordChar(text.at(j + 1)))
                    j += 2;
                else
                    break;
            }
        } else if (c.isSpace()) {
            while (j < n && text.at(j).isSpace())
                ++j;
        } else if (c.isHighSurrogate() && j < n && text.at(j).isLowSurrogate()) {
            ++j; // one character outside the BMP (an emoji): one token
        }
        tokens.append(text.mid(i, j - i));
        i = j;
    }
    return tokens;
}

Segments diffWords(const QString &before, const QString &after)
{
    if (before == after) {
        Segments same;
        append(same, Kind::Equal, before);
        return same;
    }
    const QStringList a = tokenize(before);
    const QStringList b = tokenize(after);
    Interner interner;
    const QList<int> aIds = interner.ids(a);
    const QList<int> bIds = interner.ids(b);
    const QList<Step> steps = align(aIds, bIds, interner.tokenWeights());
    Segments raw;
    for (const Step &step : steps) {
        if (step.kind == Kind::Inserted)
            append(raw, Kind::Inserted, b.at(step.after));
        else
            append(raw, step.kind, a.at(step.before));
    }
    return tidy(raw);
}

Segments diffTexts(const QString &before, const QString &after)
{
    if (!before.contains(QLatin1Char('\n')) && !after.contains(QLatin1Char('\n')))
        return diffWords(before, after);
    return joinRows(
        alignedRows(before.split(QLatin1Char('\n')), after.split(QLatin1Char('\n')), true),
        QStringLiteral("\n"));
}

Segments diffItems(const QStringList &before, const QStringList &after, const QString &separator)
{
    return joinRows(alignedRows(before, after, false), separator);
}

QList<FieldDiff> diffArticles(const Article &before, const Article &after)
{
    QList<FieldDiff> diffs;
    const auto field = [&](const char *label, const QString &was, const QString &is) {
        if (was != is)
            diffs.append({translated(label), diffTexts(was, is)});
    };
    field(QT_TRANSLATE_NOOP("TextDiff", "Headline"), before.headline, after.headline);
    field(QT_TRANSLATE_NOOP("TextDiff", "Summary"), before.summary, after.summary);
    field(QT_TRANSLATE_NOOP("TextDiff", "Byline"), before.byline, after.byline);
    field(QT_TRANSLATE_NOOP("TextDiff", "Section"), before.section, after.section);
    field(QT_TRANSLATE_NOOP("TextDiff", "Language"), before.language, after.language);
    field(QT_TRANSLATE_NOOP("TextDiff", "Slug"), before.slug, after.slug);

    // Paragraphs keep their uuid through edits, splits and moves; match on it when every
    // paragraph has one, else on the text (then an edited paragraph pairs with its old text).
    const auto allHaveUuids = [](const QList<Paragraph> &paragraphs) {
        return std::all_of(paragraphs.cbegin(), paragraphs.cend(),
                           [](const Paragraph &p) { return !p.uuid.isNull(); });
    };
    const bool byUuid = allHaveUuids(before.paragraphs) && allHaveUuids(after.paragraphs);
    const auto keys = [byUuid](const QList<Paragraph> &paragraphs) {
        QStringList result;
        for (const Paragraph &paragraph : paragraphs)
            result.append(byUuid ? paragraph.uuid.toString() : paragraph.text);
        return result;
    };
    const QStringList beforeKeys = keys(before.paragraphs);
    const QStringList afterKeys = keys(after.paragraphs);
    QHash<QString, qsizetype> beforeIndex;
    if (byUuid) {
        for (qsizetype i = 0; i < beforeKeys.size(); ++i)
            beforeIndex.insert(beforeKeys.at(i), i);
    }
    const QSet<QString> afterKeySet(afterKeys.cbegin(), afterKeys.cend());

    const auto comparePair = [&](qsizetype was, qsizetype is, bool moved) {
        const Paragraph &old = before.paragraphs.at(was);
        const Paragraph &now = after.paragraphs.at(is);
        if (old.text != now.text || moved) {
            const QString label =
                moved ? QCoreApplication::translate("TextDiff", "Paragraph %1 (moved from %2)")
                            .arg(is + 1)
                            .arg(was + 1)
                      : QCoreApplication::translate("TextDiff", "Paragraph %1").arg(is + 1);
            diffs.append({label, diffWords(old.text, now.text)});
        }
        const QStringList oldSources = sourceNames(old);
        const QStringList newSources = sourceNames(now);
        if (oldSources != newSources) {
            diffs.append(
                {QCoreApplication::translate("TextDiff", "Sources of paragraph %1").arg(is + 1),
                 diffItems(oldSources, newSources, QStringLiteral("; "))});
        }
    };
    const auto removedParagraph = [&](qsizetype was) {
        diffs.append(
            {QCoreApplication::translate("TextDiff", "Removed paragraph (was %1)").arg(was + 1),
             {{Kind::Removed, before.paragraphs.at(was).text}}});
    };
    const auto insertedParagraph = [&](qsizetype is) {
        const Paragraph &now = after.paragraphs.at(is);
        diffs.append({QCoreApplication::translate("TextDiff", "New paragraph %1").arg(is + 1),
                      {{Kind::Inserted, now.text}}});
        if (!now.attributions.isEmpty()) {
            diffs.append(
                {QCoreApplication::translate("TextDiff", "Sources of paragraph %1").arg(is + 1),
                 {{Kind::Inserted, sourceNames(now).join(QStringLiteral("; "))}}});
        }
    };

    Interner interner;
    const QList<int> a = interner.ids(beforeKeys);
    const QList<int> b = interner.ids(afterKeys);
    QList<qsizetype> removed;
    QList<qsizetype> inserted;
    const auto flush = [&] {
        // By text, a removed paragraph facing an inserted one is the same paragraph edited.
        const qsizetype paired = byUuid ? 0 : std::min(removed.size(), inserted.size());
        for (qsizetype k = 0; k < paired; ++k)
            comparePair(removed.at(k), inserted.at(k), false);
        for (qsizetype k = paired; k < removed.size(); ++k) {
            // By uuid, a paragraph present on both sides out of order was moved: it is reported
            // at its new place.
            if (!(byUuid && afterKeySet.contains(beforeKeys.at(removed.at(k)))))
                removedParagraph(removed.at(k));
        }
        for (qsizetype k = paired; k < inserted.size(); ++k) {
            const qsizetype is = inserted.at(k);
            const auto was = beforeIndex.constFind(afterKeys.at(is));
            if (byUuid && was != beforeIndex.cend())
                comparePair(was.value(), is, true);
            else
                insertedParagraph(is);
        }
        removed.clear();
        inserted.clear();
    };
    for (const Step &step : align(a, b)) {
        switch (step.kind) {
        case Kind::Removed:
            removed.append(step.before);
            break;
        case Kind::Inserted:
            inserted.append(step.after);
            break;
        case Kind::Equal:
            flush();
            comparePair(step.before, step.after, false);
            break;
        }
    }
    flush();

    const QString oldTitles = metaTitleLines(before.metaTitles);
    const QString newTitles = metaTitleLines(after.metaTitles);
    if (oldTitles != newTitles)
        diffs.append({QCoreApplication::translate("TextDiff", "Meta titles"),
                      diffTexts(oldTitles, newTitles)});
    return diffs;
}

} // namespace TextDiff
