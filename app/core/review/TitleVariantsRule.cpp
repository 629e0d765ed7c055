#include "TitleVariantsRule.h"

#include "ReviewContext.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A tag (<b>, </em>, <br/>) or a character reference (&amp;, &#8217;): search results and the
// publishing system's title field show them as text.
const QRegularExpression &htmlPattern()
{
    static const QRegularExpression pattern(
        uR"(<\s*/?\s*[a-z][a-z0-9]*(?:\s[^<>]*)?/?\s*>|&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// A variant with case, punctuation and symbols dropped and white space runs made one space:
// "Budget: Council Votes 7–2" and "budget — council votes 7 2" compare equal.
QString folded(const QString &text)
{
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace)
            result += u' ';
        pendingSpace = false;
        result += c;
    }
    return result.toCaseFolded();
}

} // namespace

QString TitleVariantsRule::id() const
{
    return u"TITLE_VARIANTS"_s;
}

void TitleVariantsRule::check(const ReviewContext &context, QList<Finding> *findings) const
{
    const QList<MetaTitle> &titles = context.article().metaTitles;
    if (titles.isEmpty())
        return;
    QVarLengthArray<QString, 12> keys;
    for (int i = 0; i < titles.size(); ++i) {
        const QString &text = titles.at(i).text;
        if (isBlank(text)) {
            Finding empty = finding(Finding::Severity::Warning, Finding::Field::MetaTitle, i);
            empty.length = text.size();
            empty.message = tr("Meta title %1 is empty.").arg(i + 1);
            findings->append(empty);
            keys.append(QString());
            continue;
        }
        keys.append(folded(text));
        const auto *const earlier = std::find(keys.cbegin(), keys.cend() - 1, keys.back());
        if (!keys.back().isEmpty() && earlier != keys.cend() - 1) {
            const int other = int(earlier - keys.cbegin());
            Finding duplicate = finding(Finding::Severity::Warning, Finding::Field::MetaTitle, i);
            duplicate.length = text.size();
            duplicate.message = tr("Meta title %1 (“%2”) repeats meta title %3 (“%4”) apart "
                                   "from case and punctuation.")
                                    .arg(i + 1)
                                    .arg(excerpt(text, 80))
                                    .arg(other + 1)
                                    .arg(excerpt(titles.at(other).text, 80));
            findings->append(duplicate);
        }
        const bool mayHaveHtml = text.contains(u'<') || text.contains(u'&');
        const QRegularExpressionMatch html =
            mayHaveHtml ? htmlPattern().match(text) : QRegularExpressionMatch();
        if (html.hasMatch()) {
            Finding markup = finding(Finding::Severity::Warning, Finding::Field::MetaTitle, i);
            markup.offset = html.capturedStart();
            markup.length = html.capturedLength();
            markup.message = tr("Meta title %1 contains HTML (“%2”); search results show it as "
                                "text.")
                                 .arg(i + 1)
                                 .arg(html.captured());
            findings->append(markup);
        }
    }
    if (titles.size() > maximumVariants) {
        Finding many = finding(Finding::Severity::Warning, Finding::Field::MetaTitle);
        many.message = tr("The article has %1 meta-title variants; keep it to %2 or fewer.")
                           .arg(titles.size())
                           .arg(maximumVariants);
        findings->append(many);
    }
    if (std::none_of(titles.cbegin(), titles.cend(),
                     [](const MetaTitle &title) { return title.chosen; })) {
        Finding none = finding(Finding::Severity::Warning, Finding::Field::MetaTitle);
        none.message = tr("No meta-title variant is chosen; search results will show the "
                          "headline or a title of their own.");
        findings->append(none);
    }
}
