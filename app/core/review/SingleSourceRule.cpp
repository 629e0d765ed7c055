#include "SingleSourceRule.h"

#include "ReviewContext.h"

#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace {

// The one source a paragraph cites, or null when it cites none or several different ones.
const QString *onlySourceOf(const Paragraph &paragraph)
{
    const QString *only = nullptr;
    for (const Attribution &attribution : paragraph.attributions) {
        if (!only)
            only = &attribution.sourceName;
        else if (*only != attribution.sourceName)
            return nullptr;
    }
    return only;
}

} // namespace

QString SingleSourceRule::id() const
{
    return u"ATTR_SINGLE_SOURCE"_s;
}

void SingleSourceRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    constexpr int minimumParagraphs = 3;
    constexpr int sharePercent = 80;

    struct Tally
    {
        const QString *source;
        int paragraphs;
    };
    QVarLengthArray<Tally, 16> tallies;
    int attributed = 0;
    for (const Paragraph &paragraph : context.article().paragraphs) {
        if (paragraph.attributions.isEmpty())
            continue;
        ++attributed;
        const QString *only = onlySourceOf(paragraph);
        if (!only)
            continue;
        auto *tally = std::find_if(tallies.begin(), tallies.end(),
                                   [only](const Tally &entry) { return *entry.source == *only; });
        if (tally == tallies.end())
            tallies.append({only, 1});
        else
            ++tally->paragraphs;
    }
    if (attributed < minimumParagraphs)
        return;
    const auto *const top =
        std::max_element(tallies.cbegin(), tallies.cend(), [](const Tally &a, const Tally &b) {
            return a.paragraphs < b.paragraphs;
        });
    if (top == tallies.cend() || top->paragraphs < minimumParagraphs ||
        top->paragraphs * 100 < attributed * sharePercent)
        return;
    Finding single = finding(Finding::Severity::Warning, Finding::Field::Body);
    single.message = tr("%1 of the %2 attributed paragraphs cite only “%3”; add independent "
                        "sources or say why one source is enough.")
                         .arg(top->paragraphs)
                         .arg(attributed)
                         .arg(*top->source);
    findings->append(single);
}
