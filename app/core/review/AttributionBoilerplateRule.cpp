#include "AttributionBoilerplateRule.h"

#include "ReviewContext.h"
#include "WordRuns.h"

#include <QRegularExpression>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace {

// What the plain-text importer turns into attributions, typed (or pasted) into the text.
const QRegularExpression &markerPattern()
{
    static const QRegularExpression pattern(
        uR"(\(\s*sources?(?:\s+attribution)?\s*:[^()\n]*\)|\bsource\s+attribution\s*:)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

// An attribution-like phrase closing a paragraph: a parenthesis ("(Reuters)"), a dash credit
// ("— City Hall") or "according to / courtesy of / citing / via / reported by ...". Speech
// ("..., he said.") is not a credit line and is never matched.
const QRegularExpression &closingPhrasePattern()
{
    static const QRegularExpression pattern(
        uR"((\([^()\n]{1,80}\))"
        uR"(|\b(?:according\s+to|courtesy\s+of|citing|via|as\s+reported\s+by|reported\s+by))"
        uR"(\s+[^,;:.!?"“”()\n]{1,80}?)"
        uR"(|[—–]\s*[^—–().!?;\n]{1,60}?)\s*[.!?]?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

// Closing phrases are compared ignoring case and white space.
QString phraseKey(QStringView phrase)
{
    return phrase.toString().simplified().toCaseFolded();
}

// Whether the end of a paragraph can hold a closing phrase at all (see closingPhrasePattern()).
bool mayHaveClosingPhrase(QStringView end)
{
    if (end.contains(u'(') || end.contains(u'—') || end.contains(u'–'))
        return true;
    return WordRuns::any(end, [](QStringView run) {
        if (run.size() < 3 || run.size() > 9) // "via" ... "according"
            return false;
        for (const QLatin1StringView lead :
             {"according"_L1, "courtesy"_L1, "citing"_L1, "via"_L1, "reported"_L1}) {
            if (WordRuns::equalsIgnoringCase(run, lead))
                return true;
        }
        return false;
    });
}

} // namespace

QString AttributionBoilerplateRule::id() const
{
    return u"ATTR_BOILERPLATE"_s;
}

void AttributionBoilerplateRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    // The closing phrase can only be near the end; looking there keeps long paragraphs cheap.
    constexpr qsizetype closingWindow = 200;
    constexpr int minimumRepeats = 3;

    struct Closing
    {
        int paragraph = 0;
        qsizetype offset = 0;
        qsizetype length = 0;
        QString key;
    };
    QVarLengthArray<Closing, 32> closings;
    int textParagraphs = 0;

    const QList<Paragraph> &paragraphs = context.article().paragraphs;
    for (int i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &paragraph = paragraphs.at(i);
        if (isBlank(paragraph.text))
            continue;
        ++textParagraphs;
        qsizetype markerEnd = -1;
        // Every marker says "source(s)"; looking for the word first is far cheaper.
        if (WordRuns::any(paragraph.text, [](QStringView run) {
                return WordRuns::equalsIgnoringCase(run, "source"_L1) ||
                       WordRuns::equalsIgnoringCase(run, "sources"_L1);
            })) {
            QRegularExpressionMatchIterator markers = markerPattern().globalMatch(paragraph.text);
            while (markers.hasNext()) {
                const QRegularExpressionMatch marker = markers.next();
                Finding typed = finding(Finding::Severity::Warning, Finding::Field::Body, i);
                typed.paragraph = paragraph.uuid;
                typed.offset = marker.capturedStart();
                typed.length = marker.capturedLength();
                typed.message = tr("Paragraph %1 has its attribution typed into the text (“%2”); "
                                   "attach the source to the paragraph instead.")
                                    .arg(i + 1)
                                    .arg(excerpt(marker.capturedView(), 80));
                findings->append(typed);
                markerEnd = marker.capturedEnd();
            }
        }
        const qsizetype from = std::max<qsizetype>(0, paragraph.text.size() - closingWindow);
        if (!mayHaveClosingPhrase(QStringView(paragraph.text).sliced(from)))
            continue;
        const QRegularExpressionMatch closing = closingPhrasePattern().match(paragraph.text, from);
        // A typed marker at the end is reported already; it is not a second problem.
        if (closing.hasMatch() && closing.capturedEnd(1) > markerEnd) {
            closings.append({i, closing.capturedStart(1), closing.capturedLength(1),
                             phraseKey(closing.capturedView(1))});
        }
    }

    // The most repeated closing phrase, if it ends most paragraphs.
    const QString *repeated = nullptr;
    int repeats = 0;
    for (const Closing &candidate : closings) {
        const int count = int(
            std::count_if(closings.cbegin(), closings.cend(), [&candidate](const Closing &other) {
                return other.key == candidate.key;
            }));
        if (count > repeats) {
            repeats = count;
            repeated = &candidate.key;
        }
    }
    if (repeats < minimumRepeats || repeats * 2 <= textParagraphs)
        return;
    for (const Closing &closing : closings) {
        if (closing.key != *repeated)
            continue;
        const Paragraph &paragraph = paragraphs.at(closing.paragraph);
        Finding boilerplate =
            finding(Finding::Severity::Warning, Finding::Field::Body, closing.paragraph);
        boilerplate.paragraph = paragraph.uuid;
        boilerplate.offset = closing.offset;
        boilerplate.length = closing.length;
        boilerplate.message =
            tr("Paragraph %1 ends with “%2”, like %3 of the %4 paragraphs; attach the source to "
               "each paragraph instead of repeating a credit line.")
                .arg(closing.paragraph + 1)
                .arg(excerpt(QStringView(paragraph.text).mid(closing.offset, closing.length), 80))
                .arg(repeats)
                .arg(textParagraphs);
        findings->append(boilerplate);
    }
}
