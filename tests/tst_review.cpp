// The automatic review rules of issue 5 (design.md §3 "Review rules", §4 rule ids and the
// `check --json` finding shape): each rule fires where it should, with its severity and
// location, and stays quiet on clean text, tricky cases included.
#include "core/PlainTextImporter.h"
#include "core/TitleWidth.h"
#include "core/review/ArticleReview.h"
#include "core/review/Finding.h"
#include "core/review/LinkTable.h"
#include "core/review/ReviewContext.h"
#include "core/review/SpellingChecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using Severity = Finding::Severity;
using Field = Finding::Field;

namespace {

// A spell checker over a fixed list of misspellings, standing in for the Hunspell layer (which
// implements SpellingChecker in app/spelling): the review only relies on the interface.
class ListSpellingChecker : public SpellingChecker
{
public:
    QHash<QString, QStringList> misspellings; // word -> suggestions
    QStringList languagesAsked;

    QList<SpellingIssue> check(QStringView text, const QString &language) override
    {
        static const QRegularExpression word(u"\\w+"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
        languagesAsked.append(language);
        QList<SpellingIssue> issues;
        QRegularExpressionMatchIterator matches = word.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            const auto found = misspellings.constFind(match.captured());
            if (found != misspellings.cend())
                issues.append(
                    {match.capturedStart(), match.capturedLength(), match.captured(), *found});
        }
        return issues;
    }
};

Attribution verified(const QString &source)
{
    Attribution attribution;
    attribution.sourceName = source;
    attribution.verification = Verification::Verified;
    attribution.reviewer = u"Sam Reviewer"_s;
    attribution.reviewedAt = QDateTime(QDate(2024, 5, 2), QTime(10, 0), Qt::UTC);
    return attribution;
}

Paragraph paragraph(const QString &text, const QStringList &sources)
{
    Paragraph result;
    result.uuid = Paragraph::newUuid();
    result.text = text;
    for (const QString &source : sources)
        result.attributions.append(verified(source));
    return result;
}

Source source(qint64 id, const QString &name, SourceKind kind)
{
    Source result;
    result.id = id;
    result.name = name;
    result.kind = kind;
    return result;
}

ArticleRef ref(qint64 id, const QString &headline)
{
    ArticleRef result;
    result.id = id;
    result.uuid = QUuid::createUuid();
    result.headline = headline;
    return result;
}

// A realistic clean article: ten attributed and verified paragraphs from varied sources, a
// summary under 60 words, titles of a good width, one chosen meta title, links to approved and
// published neighbours. It contains words that look like placeholders or repeats to a careless
// rule: "Tokyo", "had had", "an untitled mural", "energy sources".
Article cleanArticle()
{
    Article article;
    article.id = 10;
    article.uuid = QUuid::createUuid();
    article.status = ArticleStatus::InReview;
    article.headline = u"Tokyo Firm Wins Contract to Rebuild Eastside Library"_s;
    article.summary = u"The City Council hired a Tokyo architecture firm to rebuild the Eastside "
                      "branch library for $14 million. Work starts in September and takes about "
                      "18 months; the branch stays open in a temporary building."_s;
    article.byline = u"Maria Okafor, City Hall reporter"_s;
    article.sources = {
        source(1, u"City Council meeting minutes"_s, SourceKind::Document),
        source(2, u"Public Library Board"_s, SourceKind::Official),
        source(3, u"Dana Whitfield"_s, SourceKind::Person),
        source(4, u"Contract summary"_s, SourceKind::Document),
        source(5, u"Kenji Watanabe"_s, SourceKind::Person),
        source(6, u"Historic Preservation Office"_s, SourceKind::Official),
        source(7, u"Luis Ortega"_s, SourceKind::Person),
        source(8, u"Adopted city budget"_s, SourceKind::Document),
        source(9, u"Mayor's Office"_s, SourceKind::Official),
    };
    article.paragraphs = {
        paragraph(u"A Tokyo architecture firm will rebuild the Eastside branch library after the "
                  "City Council approved a $14 million contract on Tuesday night by a vote of "
                  "6–3."_s,
                  {u"City Council meeting minutes"_s}),
        paragraph(u"Hoshino Design Partners, which has built libraries in Osaka and Sapporo, beat "
                  "four other bidders on price and on a plan to keep the branch open in a "
                  "temporary building during construction."_s,
                  {u"Public Library Board"_s}),
        paragraph(u"“We had had two failed tenders before this one, so the board is relieved,” "
                  "said the board chair, Dana Whitfield."_s,
                  {u"Dana Whitfield"_s}),
        paragraph(u"Construction is scheduled to begin in September and to last about 18 months, "
                  "according to the contract summary published with the meeting agenda."_s,
                  {u"Contract summary"_s}),
        paragraph(u"The new building will have a homework room with 40 computers, a makerspace "
                  "and a rooftop reading garden heated by renewable energy sources, the firm's "
                  "lead architect, Kenji Watanabe, said in a video call."_s,
                  {u"Kenji Watanabe"_s}),
        paragraph(u"Watanabe said the design keeps the brick facade of the 1931 building, which "
                  "the historic preservation office listed as a landmark in 2004."_s,
                  {u"Kenji Watanabe"_s, u"Historic Preservation Office"_s}),
        paragraph(u"Council member Luis Ortega, who voted against the contract, said the city "
                  "should have chosen a local firm.\n“Keeping the money in town matters as much "
                  "as the price,” he said."_s,
                  {u"Luis Ortega"_s}),
        paragraph(u"The branch, which runs the city's largest after-school program, has been "
                  "closed on Mondays since July to help cover a $9.6 million budget gap."_s,
                  {u"Adopted city budget"_s}),
        paragraph(u"An untitled mural by students from Eastside High School, painted on the "
                  "library's north wall in 1998, will be moved to the new lobby."_s,
                  {u"Public Library Board"_s}),
        paragraph(u"The contract still needs the mayor's signature, which her office expects to "
                  "give by the end of the month."_s,
                  {u"Mayor's Office"_s}),
    };
    article.metaTitles = {
        {u"Tokyo firm to rebuild Eastside library after council vote"_s, true, {}},
        {u"Eastside library rebuild goes to Tokyo architects"_s, false, {}},
    };
    article.previous = ref(9, u"Council Passes $412 Million Budget With Fewer Library Hours"_s);
    article.next = ref(11, u"Library Board Names a New Director"_s);
    return article;
}

// The neighbours of cleanArticle(), linked back to it, and each end of the chain.
LinkTable cleanLinks()
{
    LinkTable links;
    links.insert(LinkedArticle{9, ArticleStatus::Published,
                               u"Council Passes $412 Million Budget With Fewer Library Hours"_s, 8,
                               10});
    links.insert(LinkedArticle{8, ArticleStatus::Published, u"Budget Hearing Draws Crowd"_s, 0, 9});
    links.insert(
        LinkedArticle{11, ArticleStatus::Approved, u"Library Board Names a New Director"_s, 10, 0});
    return links;
}

QList<Finding> review(const ReviewContext &context)
{
    return ArticleReview().check(context);
}

QList<Finding> review(const Article &article)
{
    return review(ReviewContext(article));
}

QList<Finding> ofRule(const QList<Finding> &findings, const QString &rule)
{
    QList<Finding> result;
    for (const Finding &finding : findings) {
        if (finding.rule == rule)
            result.append(finding);
    }
    return result;
}

QList<Finding> reviewRule(const Article &article, const QString &rule)
{
    return ofRule(review(article), rule);
}

// "RULE field index offset+length: message" per finding, for readable failures.
QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings) {
        lines.append(u"%1 %2 %3 %4+%5: %6"_s.arg(finding.rule, Finding::fieldKey(finding.field))
                         .arg(finding.index)
                         .arg(finding.offset)
                         .arg(finding.length)
                         .arg(finding.message));
    }
    return lines.join(u'\n');
}

// The text a finding points at, in the article.
QString locatedText(const Article &article, const Finding &finding)
{
    QString text;
    switch (finding.field) {
    case Field::Headline:
        text = article.headline;
        break;
    case Field::Summary:
        text = article.summary;
        break;
    case Field::Byline:
        text = article.byline;
        break;
    case Field::MetaTitle:
        text = article.metaTitles.at(finding.index).text;
        break;
    case Field::Body:
        text = article.paragraphs.at(finding.index).text;
        break;
    case Field::Previous:
        text = article.previous->headline;
        break;
    case Field::Next:
        text = article.next->headline;
        break;
    }
    return text.mid(finding.offset, finding.length);
}

// A title of about `pixels` px (at most 4 px less) in the search-result measure, from ordinary
// words.
QString titleOfWidth(double pixels)
{
    const QStringList words = {u"Council"_s, u"approves"_s, u"library"_s, u"budget"_s,
                               u"after"_s,   u"long"_s,     u"night"_s,   u"vote"_s};
    QString title = words.at(0);
    for (int i = 1;; ++i) {
        const QString longer = title + u' ' + words.at(i % words.size());
        if (TitleWidth::pixels(longer) > pixels - 10)
            break;
        title = longer;
    }
    while (TitleWidth::pixels(title) < pixels - 4)
        title += u'i'; // 4.4 px each
    return title;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void ruleIdsAreTheContract();
    void cleanArticleHasNoFindings();
    void importedArticleHasOnlyTheDocumentedFindings();

    void headlineMissing();
    void summaryMissing();
    void summaryLength();
    void attributionMissing();
    void attributionUnverified();
    void attributionDisputed();
    void singleSource_data();
    void singleSource();
    void pluralSources();
    void anonymousSource();
    void boilerplate();
    void attributionVerb();
    void placeholder_data();
    void placeholder();
    void placeholderInEveryField();
    void placeholderTodoInSpanish();
    void titleWidth();
    void titleWidthOfTheHeadline();
    void titleVariants();
    void linkBroken();
    void linkCycle();
    void linkTargetStatus();
    void spelling();
    void repeatedWord_data();
    void repeatedWord();
    void repeatedWordNotAcrossParagraphs();

    void findingJson();
    void reviewJsonIsTheCheckShape();
    void offsetsAreUtf16();
};

void TestReview::init()
{
    // A pattern that does not compile only warns at run time and matches nothing.
    QTest::failOnWarning(QRegularExpression(u"QRegularExpression"_s));
}

void TestReview::ruleIdsAreTheContract()
{
    // design.md §4, in that order: findings come out grouped by rule in this order.
    const QStringList contract = {
        u"HEADLINE_MISSING"_s,   u"SUMMARY_MISSING"_s,     u"SUMMARY_LENGTH"_s,
        u"ATTR_MISSING"_s,       u"ATTR_UNVERIFIED"_s,     u"ATTR_DISPUTED"_s,
        u"ATTR_SINGLE_SOURCE"_s, u"ATTR_PLURAL_SOURCES"_s, u"ATTR_ANONYMOUS"_s,
        u"ATTR_BOILERPLATE"_s,   u"ATTR_VERB"_s,           u"PLACEHOLDER"_s,
        u"TITLE_WIDTH"_s,        u"TITLE_VARIANTS"_s,      u"LINK_BROKEN"_s,
        u"LINK_CYCLE"_s,         u"LINK_TARGET_STATUS"_s,  u"SPELLING"_s,
        u"REPEATED_WORD"_s};
    QCOMPARE(ArticleReview().ruleIds(), contract);
}

void TestReview::cleanArticleHasNoFindings()
{
    const Article article = cleanArticle();
    const LinkTable links = cleanLinks();
    ListSpellingChecker spelling;
    spelling.misspellings.insert(u"budgte"_s, {u"budget"_s});
    ReviewContext context(article);
    context.setLinkLookup(&links);
    context.setSpellingChecker(&spelling);
    const QList<Finding> findings = review(context);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    QVERIFY(!blocksApproval(findings));
    // The spell checker was asked, in the article's language.
    QVERIFY(!spelling.languagesAsked.isEmpty());
    QCOMPARE(QSet<QString>(spelling.languagesAsked.cbegin(), spelling.languagesAsked.cend()),
             QSet<QString>{u"en-US"_s});
}

void TestReview::importedArticleHasOnlyTheDocumentedFindings()
{
    // A test-data article through the plain-text importer, as `check` will see imports: its
    // attributions are unchecked, its last paragraph has none, it has no meta titles.
    QFile file(QStringLiteral(COPYDESK_TEST_DATA) + u"/good/harbour-bridge.txt"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    ImportError error;
    const std::optional<ImportedArticle> imported =
        PlainTextImporter::parse(file.readAll(), file.fileName(), &error);
    QVERIFY2(imported, qPrintable(error.toString()));
    Article article = imported->article;
    QCOMPARE(article.paragraphs.size(), 4);

    QList<Finding> findings = review(article);
    QCOMPARE(ofRule(findings, u"ATTR_UNVERIFIED"_s).size(), 4); // 1 + 1 + 2 attributions
    QCOMPARE(ofRule(findings, u"ATTR_MISSING"_s).size(), 1);
    QCOMPARE(findings.size(), 5);
    QVERIFY(blocksApproval(findings));

    // Verified, and the walkway paragraph marked as the reporter's own observation: what is
    // left is the mark, shown to the reviewer.
    for (Paragraph &paragraph : article.paragraphs) {
        for (Attribution &attribution : paragraph.attributions)
            attribution.verification = Verification::Verified;
    }
    ReviewContext context(article);
    context.markNoAttributionNeeded(article.paragraphs.at(3).uuid,
                                    u"Seen by the reporter at the bridge on Monday"_s);
    findings = review(context);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).rule, u"ATTR_MISSING"_s);
    QCOMPARE(findings.at(0).severity, Severity::Info);
    QVERIFY(!blocksApproval(findings));
}

void TestReview::headlineMissing()
{
    Article article = cleanArticle();
    QVERIFY(reviewRule(article, u"HEADLINE_MISSING"_s).isEmpty());
    for (const QString &headline : {QString(), u"  \t "_s}) {
        article.headline = headline;
        const QList<Finding> findings = reviewRule(article, u"HEADLINE_MISSING"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).severity, Severity::Blocking);
        QVERIFY(findings.at(0).blocksApproval);
        QCOMPARE(findings.at(0).field, Field::Headline);
        QCOMPARE(findings.at(0).offset, 0);
        QCOMPARE(findings.at(0).length, 0);
        QVERIFY(!findings.at(0).message.isEmpty());
    }
}

void TestReview::summaryMissing()
{
    Article article = cleanArticle();
    QVERIFY(reviewRule(article, u"SUMMARY_MISSING"_s).isEmpty());
    article.summary = u"\n"_s;
    const QList<Finding> findings = reviewRule(article, u"SUMMARY_MISSING"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QVERIFY(!findings.at(0).blocksApproval);
    QCOMPARE(findings.at(0).field, Field::Summary);
    // An empty summary is missing, not too long or short of anything else.
    QVERIFY(reviewRule(article, u"SUMMARY_LENGTH"_s).isEmpty());
}

void TestReview::summaryLength()
{
    Article article = cleanArticle();
    // 60 words, counted as Article::wordCount() counts them: "don't" and "city’s" are one word
    // each, "two-day" is two.
    QStringList words;
    words << u"don't"_s << u"city’s"_s << u"two-day"_s; // 4 words
    for (int i = 4; i < 60; ++i)
        words << u"word"_s;
    article.summary = words.join(u' ');
    Article counted;
    counted.paragraphs = {paragraph(article.summary, {})};
    QCOMPARE(counted.wordCount(), 60);
    QVERIFY(reviewRule(article, u"SUMMARY_LENGTH"_s).isEmpty());

    article.summary += u", and eleven more."_s;
    const QList<Finding> findings = reviewRule(article, u"SUMMARY_LENGTH"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QCOMPARE(findings.at(0).field, Field::Summary);
    // The location is what runs over: from the 61st word to the end.
    QCOMPARE(locatedText(article, findings.at(0)), u"and eleven more."_s);
    QVERIFY2(findings.at(0).message.contains(u"63"_s), qPrintable(findings.at(0).message));
}

void TestReview::attributionMissing()
{
    Article article = cleanArticle();
    article.paragraphs[4].attributions.clear();
    article.paragraphs.insert(5, paragraph(u"   "_s, {})); // empty: nothing to attribute
    QList<Finding> findings = reviewRule(article, u"ATTR_MISSING"_s);
    QCOMPARE(findings.size(), 1);
    const Finding &missing = findings.at(0);
    QCOMPARE(missing.severity, Severity::Blocking);
    QVERIFY(missing.blocksApproval);
    QCOMPARE(missing.field, Field::Body);
    QCOMPARE(missing.index, 4);
    QCOMPARE(missing.paragraph, article.paragraphs.at(4).uuid);
    QCOMPARE(missing.offset, 0);
    QCOMPARE(missing.length, article.paragraphs.at(4).text.size());
    QVERIFY2(missing.message.contains(u"The new building will have"_s),
             qPrintable(missing.message));

    // Marked "no attribution needed" with a reason: shown as information, does not block.
    ReviewContext context(article);
    context.markNoAttributionNeeded(article.paragraphs.at(4).uuid,
                                    u"The reporter's own observation at the site"_s);
    findings = ofRule(review(context), u"ATTR_MISSING"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).severity, Severity::Info);
    QVERIFY(!findings.at(0).blocksApproval);
    QCOMPARE(findings.at(0).paragraph, article.paragraphs.at(4).uuid);
    QVERIFY2(findings.at(0).message.contains(u"The reporter's own observation at the site"_s),
             qPrintable(findings.at(0).message));

    // A mark without a reason does not lift the block.
    ReviewContext noReason(article);
    noReason.markNoAttributionNeeded(article.paragraphs.at(4).uuid, u"  "_s);
    findings = ofRule(review(noReason), u"ATTR_MISSING"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).severity, Severity::Blocking);

    // A mark on an attributed paragraph changes nothing.
    Article clean = cleanArticle();
    ReviewContext marked(clean);
    marked.markNoAttributionNeeded(clean.paragraphs.at(0).uuid, u"Observation"_s);
    QVERIFY(ofRule(review(marked), u"ATTR_MISSING"_s).isEmpty());
}

void TestReview::attributionUnverified()
{
    Article article = cleanArticle();
    article.paragraphs[5].attributions[1].verification = Verification::Unchecked;
    article.paragraphs[8].attributions[0].verification = Verification::Unchecked;
    const QList<Finding> findings = reviewRule(article, u"ATTR_UNVERIFIED"_s);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).severity, Severity::Blocking);
    QVERIFY(findings.at(0).blocksApproval);
    QCOMPARE(findings.at(0).index, 5);
    QCOMPARE(findings.at(0).paragraph, article.paragraphs.at(5).uuid);
    QCOMPARE(findings.at(0).attribution, 1);
    QVERIFY(findings.at(0).message.contains(u"Historic Preservation Office"_s));
    QCOMPARE(findings.at(1).index, 8);
    QCOMPARE(findings.at(1).attribution, 0);
    // Disputed is not "unverified": it is its own rule.
    article.paragraphs[8].attributions[0].verification = Verification::Disputed;
    QCOMPARE(reviewRule(article, u"ATTR_UNVERIFIED"_s).size(), 1);
}

void TestReview::attributionDisputed()
{
    Article article = cleanArticle();
    QVERIFY(reviewRule(article, u"ATTR_DISPUTED"_s).isEmpty());
    Attribution &disputed = article.paragraphs[1].attributions[0];
    disputed.verification = Verification::Disputed;
    disputed.reviewer = u"Ana Ruiz"_s;
    disputed.note = u"The board minutes list five bidders, not four"_s;
    QList<Finding> findings = reviewRule(article, u"ATTR_DISPUTED"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).severity, Severity::Blocking);
    QCOMPARE(findings.at(0).index, 1);
    QCOMPARE(findings.at(0).attribution, 0);
    QCOMPARE(findings.at(0).length, article.paragraphs.at(1).text.size());
    for (const QString &part : {u"Public Library Board"_s, u"Ana Ruiz"_s, disputed.note})
        QVERIFY2(findings.at(0).message.contains(part), qPrintable(findings.at(0).message));

    disputed.reviewer.clear();
    disputed.note.clear();
    findings = reviewRule(article, u"ATTR_DISPUTED"_s);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.at(0).message.contains(u"Public Library Board"_s));
}

void TestReview::singleSource_data()
{
    QTest::addColumn<QList<QStringList>>("citations"); // the sources of each paragraph
    QTest::addColumn<bool>("fires");
    const QString a = u"City Finance Office"_s;
    const QString b = u"Dana Whitfield"_s;
    const QString c = u"Adopted city budget"_s;
    QTest::newRow("4 of 5") << QList<QStringList>{{a}, {a}, {b}, {a}, {a}} << true;
    QTest::newRow("3 of 3") << QList<QStringList>{{a}, {a}, {a}} << true;
    QTest::newRow("twice the same source, one entry")
        << QList<QStringList>{{a, a}, {a}, {a}} << true;
    QTest::newRow("2 paragraphs only") << QList<QStringList>{{a}, {a}} << false;
    QTest::newRow("3 of 4 is 75 %") << QList<QStringList>{{a}, {a}, {a}, {b}} << false;
    QTest::newRow("shared with another source")
        << QList<QStringList>{{a, b}, {a, c}, {a}, {a}} << false;
    QTest::newRow("unattributed paragraphs do not dilute")
        << QList<QStringList>{{a}, {a}, {}, {}, {}, {a}, {a}, {b}} << true;
    QTest::newRow("varied") << QList<QStringList>{{a}, {b}, {c}, {a}, {b}} << false;
}

void TestReview::singleSource()
{
    QFETCH(QList<QStringList>, citations);
    QFETCH(bool, fires);
    Article article = cleanArticle();
    article.paragraphs.clear();
    for (const QStringList &sources : citations)
        article.paragraphs.append(paragraph(u"The city will spend more on roads."_s, sources));
    const QList<Finding> findings = reviewRule(article, u"ATTR_SINGLE_SOURCE"_s);
    QCOMPARE(findings.size(), fires ? 1 : 0);
    if (fires) {
        QCOMPARE(findings.at(0).severity, Severity::Warning);
        QVERIFY(!findings.at(0).blocksApproval);
        QCOMPARE(findings.at(0).field, Field::Body);
        QCOMPARE(findings.at(0).index, -1);
        QVERIFY(findings.at(0).paragraph.isNull());
        QVERIFY2(findings.at(0).message.contains(u"City Finance Office"_s),
                 qPrintable(findings.at(0).message));
    }
}

void TestReview::pluralSources()
{
    Article article = cleanArticle();
    const QString text = u"The contract was signed on Friday, sources said, after a late change "
                         "to the price."_s;
    article.paragraphs[7].text = text; // cites one source
    QList<Finding> findings = reviewRule(article, u"ATTR_PLURAL_SOURCES"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QCOMPARE(findings.at(0).field, Field::Body);
    QCOMPARE(findings.at(0).index, 7);
    QCOMPARE(findings.at(0).offset, text.indexOf(u"sources said"_s));
    QCOMPARE(locatedText(article, findings.at(0)), u"sources said"_s);
    QVERIFY(findings.at(0).message.contains(u"Adopted city budget"_s));

    // Two distinct sources in the paragraph: the plural is justified.
    article.paragraphs[7].attributions.append(verified(u"Mayor's Office"_s));
    QVERIFY(reviewRule(article, u"ATTR_PLURAL_SOURCES"_s).isEmpty());
    // The same source twice is still one source.
    article.paragraphs[7].attributions.last() = verified(u"Adopted city budget"_s);
    QCOMPARE(reviewRule(article, u"ATTR_PLURAL_SOURCES"_s).size(), 1);

    // An unattributed paragraph (or the summary) is judged by the whole article's sources.
    article = cleanArticle();
    article.paragraphs[2].attributions.clear();
    article.paragraphs[2].text = u"According to two people close to the board, sources familiar "
                                 "with the bids expected a local firm to win."_s;
    QVERIFY(reviewRule(article, u"ATTR_PLURAL_SOURCES"_s).isEmpty()); // nine sources
    for (Paragraph &paragraph : article.paragraphs) {
        if (!paragraph.attributions.isEmpty())
            paragraph.attributions = {verified(u"Public Library Board"_s)};
    }
    article.summary = u"According to two city sources, the library will be rebuilt."_s;
    findings = reviewRule(article, u"ATTR_PLURAL_SOURCES"_s);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).field, Field::Summary);
    QCOMPARE(locatedText(article, findings.at(0)), u"According to two city sources"_s);
    QCOMPARE(findings.at(1).index, 2);
    QCOMPARE(locatedText(article, findings.at(1)), u"sources familiar with"_s);

    // "Sources" that are not attribution.
    article = cleanArticle();
    article.paragraphs[0].text = u"The roof will use renewable energy sources, and the sources of "
                                 "the river are nearby. Officials said so."_s;
    QVERIFY(reviewRule(article, u"ATTR_PLURAL_SOURCES"_s).isEmpty());
}

void TestReview::anonymousSource()
{
    Article article = cleanArticle();
    QVERIFY(reviewRule(article, u"ATTR_ANONYMOUS"_s).isEmpty());
    article.sources.append(source(20, u"A person close to the board"_s, SourceKind::Anonymous));
    Attribution anonymous = verified(u"A person close to the board"_s);
    anonymous.sourceId = 20;
    article.paragraphs[1].attributions.append(anonymous);

    QList<Finding> findings = reviewRule(article, u"ATTR_ANONYMOUS"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QVERIFY(findings.at(0).blocksApproval); // until a reason and an approver are recorded
    QCOMPARE(findings.at(0).index, 1);
    QCOMPARE(findings.at(0).attribution, 1);
    QVERIFY(blocksApproval(review(article)));

    // An incomplete decision still blocks.
    ReviewContext incomplete(article);
    incomplete.recordAnonymityApproval(article.paragraphs.at(1).uuid,
                                       u"A person close to the board"_s,
                                       {u"Fears losing their job"_s, QString()});
    QVERIFY(ofRule(review(incomplete), u"ATTR_ANONYMOUS"_s).at(0).blocksApproval);

    ReviewContext approved(article);
    approved.recordAnonymityApproval(article.paragraphs.at(1).uuid,
                                     u"A person close to the board"_s,
                                     {u"Fears losing their job"_s, u"Chief Editor Lee"_s});
    findings = review(approved);
    QCOMPARE(ofRule(findings, u"ATTR_ANONYMOUS"_s).size(), 1); // still shown to the reviewer
    const Finding shown =
        ofRule(findings, u"ATTR_ANONYMOUS"_s).at(0); // a copy: the list is a temporary
    QCOMPARE(shown.severity, Severity::Warning);
    QVERIFY(!shown.blocksApproval);
    QVERIFY(shown.message.contains(u"Chief Editor Lee"_s));
    QVERIFY(shown.message.contains(u"Fears losing their job"_s));
    QVERIFY(!blocksApproval(findings));

    // Matched by name when the attribution has no registry id yet.
    article.paragraphs[1].attributions[1].sourceId = 0;
    QCOMPARE(reviewRule(article, u"ATTR_ANONYMOUS"_s).size(), 1);
}

void TestReview::boilerplate()
{
    Article article = cleanArticle();
    const QString typed = u"The branch has been closed on Mondays since July. (Source: City "
                          "Finance Office)"_s;
    article.paragraphs[7].text = typed;
    article.paragraphs[3].text = u"Source attribution: Contract summary. Construction begins in "
                                 "September."_s;
    QList<Finding> findings = reviewRule(article, u"ATTR_BOILERPLATE"_s);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).index, 3);
    QCOMPARE(locatedText(article, findings.at(0)), u"Source attribution:"_s);
    QCOMPARE(findings.at(1).severity, Severity::Warning);
    QCOMPARE(findings.at(1).index, 7);
    QCOMPARE(findings.at(1).offset, typed.indexOf(u'('));
    QCOMPARE(locatedText(article, findings.at(1)), u"(Source: City Finance Office)"_s);

    // One identical credit line ending most paragraphs.
    article = cleanArticle();
    for (int i : {0, 1, 3, 4, 6, 7})
        article.paragraphs[i].text += u" (Reuters)"_s;
    article.paragraphs[8].text.chop(1);
    article.paragraphs[8].text += u" — reuters."_s; // a different phrase: "— reuters"
    findings = reviewRule(article, u"ATTR_BOILERPLATE"_s);
    QCOMPARE(findings.size(), 6);
    for (const Finding &finding : findings)
        QCOMPARE(locatedText(article, finding), u"(Reuters)"_s);
    QCOMPARE(findings.at(0).index, 0);
    QVERIFY(findings.at(0).message.contains(u"6"_s));

    // Repeated on half the paragraphs or fewer: not boilerplate.
    article = cleanArticle();
    for (int i : {0, 1, 3, 4, 6})
        article.paragraphs[i].text += u" (Reuters)"_s;
    QVERIFY(reviewRule(article, u"ATTR_BOILERPLATE"_s).isEmpty());

    // Ordinary speech tags repeat on most paragraphs of a profile; they are not credit lines.
    article = cleanArticle();
    for (Paragraph &paragraph : article.paragraphs)
        paragraph.text = u"“We will keep the branch open,” she said."_s;
    QVERIFY(reviewRule(article, u"ATTR_BOILERPLATE"_s).isEmpty());

    // "according to ..." repeated verbatim.
    article = cleanArticle();
    for (int i : {0, 1, 2, 3, 5, 7})
        article.paragraphs[i].text += u" according to the city's press office."_s;
    findings = reviewRule(article, u"ATTR_BOILERPLATE"_s);
    QCOMPARE(findings.size(), 6);
    QCOMPARE(locatedText(article, findings.at(0)), u"according to the city's press office"_s);
}

void TestReview::attributionVerb()
{
    Article article = cleanArticle();
    const QString text = u"Ortega claimed the bid was rigged. Revealed in March, the plan had "
                         "support."_s;
    article.paragraphs[6].text = text;
    QList<Finding> findings = reviewRule(article, u"ATTR_VERB"_s);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).severity, Severity::Info);
    QVERIFY(!findings.at(0).blocksApproval);
    QCOMPARE(findings.at(0).index, 6);
    QCOMPARE(findings.at(0).offset, text.indexOf(u"claimed"_s));
    QCOMPARE(findings.at(0).length, 7);
    QCOMPARE(findings.at(0).word, u"claimed"_s);
    QCOMPARE(findings.at(0).suggestions, QStringList{u"said"_s});
    QVERIFY(findings.at(0).message.contains(u"“said”"_s));
    QCOMPARE(findings.at(1).word, u"Revealed"_s);
    QCOMPARE(findings.at(1).suggestions, QStringList{u"Said"_s});

    for (const QString &verb : {u"admitted"_s, u"insisted"_s, u"confessed"_s}) {
        article.paragraphs[6].text = u"The chair "_s + verb + u" the vote was close."_s;
        QCOMPARE(reviewRule(article, u"ATTR_VERB"_s).size(), 1);
    }

    // Not attribution: passive and adjectival uses, other forms, longer words.
    article.paragraphs[6].text = u"Two workers were admitted to hospital. It was revealed in "
                                 "court. The claimed savings never came. Insurance claims rose. "
                                 "The unclaimed land was sold."_s;
    QVERIFY(reviewRule(article, u"ATTR_VERB"_s).isEmpty());
}

void TestReview::placeholder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found"); // the placeholders, in order

    QTest::newRow("TK") << u"The vote was TK to TK."_s << QStringList{u"TK"_s, u"TK"_s};
    QTest::newRow("tktk word") << u"Budget of tktk million"_s << QStringList{u"tktk"_s};
    QTest::newRow("TODO, FIXME, XXX")
        << u"TODO: check. FIXME (quote) and xxx."_s << QStringList{u"TODO"_s, u"FIXME"_s, u"xxx"_s};
    QTest::newRow("meta title variant")
        << u"Meta title variant three"_s << QStringList{u"Meta title variant three"_s};
    QTest::newRow("title variant 2")
        << u"See title variant 2 below"_s << QStringList{u"title variant 2"_s};
    QTest::newRow("lorem ipsum") << u"Lorem Ipsum dolor sit amet."_s
                                 << QStringList{u"Lorem Ipsum"_s};
    QTest::newRow("%%word%%") << u"Dear %%NAME%%, hello"_s << QStringList{u"%%NAME%%"_s};
    QTest::newRow("{{...}}") << u"Cost: {{ amount }} dollars"_s << QStringList{u"{{ amount }}"_s};
    QTest::newRow("__WORD__") << u"Signed __AUTHOR_NAME__ today"_s
                              << QStringList{u"__AUTHOR_NAME__"_s};
    QTest::newRow("Untitled") << u"Untitled"_s << QStringList{u"Untitled"_s};
    QTest::newRow("untitled 3") << u"  untitled 3 "_s << QStringList{u"untitled 3"_s};
    QTest::newRow("Untitled article")
        << u"Untitled article"_s << QStringList{u"Untitled article"_s};
    QTest::newRow("Headline here") << u"Headline here"_s << QStringList{u"Headline here"_s};
    QTest::newRow("headline goes here")
        << u"Your headline goes here!"_s << QStringList{u"headline goes here"_s};

    // Not placeholders.
    QTest::newRow("Tokyo") << u"Tokyo and Tkachenko met at TKO Arena"_s << QStringList();
    QTest::newRow("TK joined") << u"Stormtrooper TK-421 visited site.tk and tk/path"_s
                               << QStringList();
    QTest::newRow("XXX inside tokens")
        << u"XXXL shirts, XXXX beer? No: XXXL_2 and aXXX"_s << QStringList{u"XXXX"_s};
    QTest::newRow("untitled inside words")
        << u"Untitledness of the retitled show"_s << QStringList();
    QTest::newRow("untitled in a sentence")
        << u"An untitled mural and Untitled Goose Game"_s << QStringList();
    QTest::newRow("Untitled opening a title")
        << u"Untitled Goose Game sells a million copies"_s << QStringList();
    QTest::newRow("todo inside a word") << u"Mastodon, TODOS los días, toDoList"_s << QStringList();
    QTest::newRow("variant alone") << u"A new variant of the title race"_s << QStringList();
    QTest::newRow("percent and braces") << u"50 %% off, {one} and { {two} }"_s << QStringList();
    QTest::newRow("dunder inside a word") << u"snake__case__word"_s << QStringList();
}

void TestReview::placeholder()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    Article article = cleanArticle();
    article.paragraphs[2].text = text;
    const QList<Finding> findings = reviewRule(article, u"PLACEHOLDER"_s);
    QStringList located;
    for (const Finding &finding : findings) {
        QCOMPARE(finding.severity, Severity::Blocking);
        QVERIFY(finding.blocksApproval);
        QCOMPARE(finding.field, Field::Body);
        QCOMPARE(finding.index, 2);
        QCOMPARE(finding.paragraph, article.paragraphs.at(2).uuid);
        located.append(locatedText(article, finding));
        QVERIFY2(finding.message.contains(located.last()), qPrintable(finding.message));
    }
    QCOMPARE(located, found);
}

void TestReview::placeholderInEveryField()
{
    Article article = cleanArticle();
    article.headline = u"TK: Council vote"_s;
    article.summary = u"Lorem ipsum."_s;
    article.byline = u"By __REPORTER__"_s;
    article.metaTitles.append({u"Meta title variant three"_s, false, {}});
    article.previous->headline = u"Meta title variant three"_s; // the bug Copydesk exists for
    article.next->headline = u"{{next.headline}}"_s;
    const QList<Finding> findings = reviewRule(article, u"PLACEHOLDER"_s);
    QCOMPARE(findings.size(), 6);
    QCOMPARE(findings.at(0).field, Field::Headline);
    QCOMPARE(locatedText(article, findings.at(0)), u"TK"_s);
    QCOMPARE(findings.at(1).field, Field::Summary);
    QCOMPARE(findings.at(2).field, Field::Byline);
    QCOMPARE(locatedText(article, findings.at(2)), u"__REPORTER__"_s);
    QCOMPARE(findings.at(3).field, Field::MetaTitle);
    QCOMPARE(findings.at(3).index, 2);
    QCOMPARE(findings.at(4).field, Field::Previous);
    QCOMPARE(locatedText(article, findings.at(4)), u"Meta title variant three"_s);
    QVERIFY2(findings.at(4).message.contains(u"previous"_s), qPrintable(findings.at(4).message));
    QCOMPARE(findings.at(5).field, Field::Next);
    QCOMPARE(locatedText(article, findings.at(5)), u"{{next.headline}}"_s);
}

void TestReview::placeholderTodoInSpanish()
{
    Article article = cleanArticle();
    article.paragraphs[0].text = u"Todo el mundo votó. TODO: confirmar la cifra."_s;
    article.language = u"es-ES"_s;
    QList<Finding> findings = reviewRule(article, u"PLACEHOLDER"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(locatedText(article, findings.at(0)), u"TODO"_s);
    article.language = u"en-US"_s;
    findings = reviewRule(article, u"PLACEHOLDER"_s);
    QCOMPARE(findings.size(), 2);
}

void TestReview::titleWidth()
{
    Article article = cleanArticle();
    const QString wide = titleOfWidth(640);
    const QString nearly = titleOfWidth(590);
    const QString narrow = u"Library rebuilt"_s;
    QVERIFY(TitleWidth::pixels(wide) > TitleWidth::cutAbovePx);
    QVERIFY(TitleWidth::pixels(nearly) > TitleWidth::warnAbovePx &&
            TitleWidth::pixels(nearly) <= TitleWidth::cutAbovePx);
    QVERIFY(TitleWidth::pixels(narrow) < TitleWidth::shortBelowPx);
    article.metaTitles.append({wide, false, {}});
    article.metaTitles.append({nearly, false, {}});
    article.metaTitles.append({narrow, false, {}});
    const QList<Finding> findings = reviewRule(article, u"TITLE_WIDTH"_s);
    QCOMPARE(findings.size(), 3);

    const Finding &cut = findings.at(0);
    QCOMPARE(cut.severity, Severity::Blocking);
    QCOMPARE(cut.field, Field::MetaTitle);
    QCOMPARE(cut.index, 2);
    // The location is the part search results cut off, after the elided text.
    const QString shown = TitleWidth::elided(wide);
    QCOMPARE(cut.offset, shown.size() - 1);
    QCOMPARE(cut.offset + cut.length, wide.size());
    QVERIFY(wide.startsWith(shown.chopped(1)));

    QCOMPARE(findings.at(1).severity, Severity::Warning);
    QCOMPARE(findings.at(1).index, 3);
    QCOMPARE(findings.at(1).offset, 0);
    QCOMPARE(findings.at(1).length, nearly.size());
    QCOMPARE(findings.at(2).severity, Severity::Info);
    QVERIFY(!findings.at(2).blocksApproval);
    QCOMPARE(findings.at(2).index, 4);
    QVERIFY2(findings.at(2).message.contains(narrow), qPrintable(findings.at(2).message));

    // Between 200 and 580 px: nothing.
    article.metaTitles.resize(2);
    QVERIFY(reviewRule(article, u"TITLE_WIDTH"_s).isEmpty());
}

void TestReview::titleWidthOfTheHeadline()
{
    // The headline is what search results show when no variant is chosen.
    Article article = cleanArticle();
    article.headline = titleOfWidth(640);
    QVERIFY(reviewRule(article, u"TITLE_WIDTH"_s).isEmpty()); // a variant is chosen
    article.metaTitles[0].chosen = false;
    QList<Finding> findings = reviewRule(article, u"TITLE_WIDTH"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).field, Field::Headline);
    QCOMPARE(findings.at(0).severity, Severity::Blocking);
    article.metaTitles.clear();
    findings = reviewRule(article, u"TITLE_WIDTH"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).field, Field::Headline);
    // An empty headline is HEADLINE_MISSING's, not a short title.
    article.headline.clear();
    QVERIFY(reviewRule(article, u"TITLE_WIDTH"_s).isEmpty());
}

void TestReview::titleVariants()
{
    Article article = cleanArticle();
    QVERIFY(reviewRule(article, u"TITLE_VARIANTS"_s).isEmpty());

    // Equal after case and punctuation folding; HTML; an empty variant.
    article.metaTitles.append(
        {u"TOKYO FIRM TO REBUILD EASTSIDE LIBRARY — AFTER COUNCIL VOTE!"_s, false, {}});
    article.metaTitles.append({u"Eastside library: <b>rebuilt</b> by Tokyo firm"_s, false, {}});
    article.metaTitles.append({u"AT&T and 5 < 6 are text, &amp; is an entity"_s, false, {}});
    article.metaTitles.append({u" "_s, false, {}});
    QList<Finding> findings = reviewRule(article, u"TITLE_VARIANTS"_s);
    QCOMPARE(findings.size(), 4);
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QCOMPARE(findings.at(0).field, Field::MetaTitle);
    QCOMPARE(findings.at(0).index, 2);
    QVERIFY2(findings.at(0).message.contains(u"meta title 1"_s, Qt::CaseInsensitive),
             qPrintable(findings.at(0).message));
    QCOMPARE(findings.at(1).index, 3);
    QCOMPARE(locatedText(article, findings.at(1)), u"<b>"_s);
    QCOMPARE(findings.at(2).index, 4);
    QCOMPARE(locatedText(article, findings.at(2)), u"&amp;"_s);
    QCOMPARE(findings.at(3).index, 5);
    QVERIFY(findings.at(3).message.contains(u"empty"_s));

    // None chosen; more than ten.
    article = cleanArticle();
    article.metaTitles[0].chosen = false;
    for (int i = 0; i < 9; ++i)
        article.metaTitles.append({u"Eastside library rebuild, take %1"_s.arg(i + 3), false, {}});
    QCOMPARE(article.metaTitles.size(), 11);
    findings = reviewRule(article, u"TITLE_VARIANTS"_s);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).index, -1);
    QVERIFY(findings.at(0).message.contains(u"11"_s));
    QCOMPARE(findings.at(1).index, -1);
    QCOMPARE(findings.at(1).field, Field::MetaTitle);
    article.metaTitles.resize(10);
    QCOMPARE(reviewRule(article, u"TITLE_VARIANTS"_s).size(), 1); // only "none chosen"

    // No variants at all: the headline serves; nothing to say about variants.
    article.metaTitles.clear();
    QVERIFY(reviewRule(article, u"TITLE_VARIANTS"_s).isEmpty());
}

void TestReview::linkBroken()
{
    Article article = cleanArticle();
    LinkTable links = cleanLinks();
    ReviewContext context(article);
    context.setLinkLookup(&links);
    QVERIFY(ofRule(review(context), u"LINK_BROKEN"_s).isEmpty());

    // Without a lookup the rule cannot know, and says nothing.
    links.remove(11);
    QVERIFY(reviewRule(article, u"LINK_BROKEN"_s).isEmpty());

    QList<Finding> findings = ofRule(review(context), u"LINK_BROKEN"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).severity, Severity::Blocking);
    QCOMPARE(findings.at(0).field, Field::Next);
    QCOMPARE(findings.at(0).offset, 0);
    QCOMPARE(findings.at(0).length, article.next->headline.size());
    QVERIFY2(findings.at(0).message.contains(article.next->headline),
             qPrintable(findings.at(0).message));

    // The target exists but links back elsewhere, or nowhere.
    links = cleanLinks();
    links.insert(LinkedArticle{9, ArticleStatus::Published, article.previous->headline, 8, 42});
    links.insert(LinkedArticle{11, ArticleStatus::Approved, article.next->headline, 0, 0});
    findings = ofRule(review(context), u"LINK_BROKEN"_s);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).field, Field::Previous);
    QVERIFY2(findings.at(0).message.contains(u"42"_s), qPrintable(findings.at(0).message));
    QCOMPARE(findings.at(1).field, Field::Next);
}

void TestReview::linkCycle()
{
    // What the article alone shows.
    Article article = cleanArticle();
    QVERIFY(reviewRule(article, u"LINK_CYCLE"_s).isEmpty());
    article.next = ref(10, article.headline);
    QList<Finding> findings = reviewRule(article, u"LINK_CYCLE"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).severity, Severity::Blocking);
    QCOMPARE(findings.at(0).field, Field::Next);

    article = cleanArticle();
    article.next = ref(9, article.previous->headline);
    findings = reviewRule(article, u"LINK_CYCLE"_s);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.at(0).message.contains(article.previous->headline));

    // A longer loop through this article: 10 -> 11 -> 12 -> 13 -> 9 -> 10, seen once.
    article = cleanArticle();
    LinkTable links;
    links.insert(LinkedArticle{11, ArticleStatus::Approved, u"Eleven"_s, 10, 12});
    links.insert(LinkedArticle{12, ArticleStatus::Approved, u"Twelve"_s, 11, 13});
    links.insert(LinkedArticle{13, ArticleStatus::Approved, u"Thirteen"_s, 12, 9});
    links.insert(LinkedArticle{9, ArticleStatus::Published, u"Nine"_s, 13, 10});
    ReviewContext context(article);
    context.setLinkLookup(&links);
    findings = ofRule(review(context), u"LINK_CYCLE"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).field, Field::Next);
    QVERIFY(ofRule(review(context), u"LINK_BROKEN"_s).isEmpty()); // every back-link agrees

    // A loop further on that does not pass here: 10 -> 11 -> 12 -> 13 -> 12.
    links.insert(LinkedArticle{13, ArticleStatus::Approved, u"Thirteen"_s, 12, 12});
    links.insert(LinkedArticle{9, ArticleStatus::Published, u"Nine"_s, 0, 10});
    findings = ofRule(review(context), u"LINK_CYCLE"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).field, Field::Next);
    QVERIFY(findings.at(0).message.contains(u"after this article"_s));

    // Behind: 10 <- 9 <- 8 <- 7 <- 8.
    links = cleanLinks();
    links.insert(LinkedArticle{8, ArticleStatus::Published, u"Eight"_s, 7, 9});
    links.insert(LinkedArticle{7, ArticleStatus::Published, u"Seven"_s, 8, 8});
    findings = ofRule(review(context), u"LINK_CYCLE"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).field, Field::Previous);

    // A long chain that ends: no loop.
    links = LinkTable();
    for (qint64 id = 1; id <= 500; ++id) {
        if (id != 10)
            links.insert(LinkedArticle{id, ArticleStatus::Published, u"Part"_s, id - 1,
                                       id == 500 ? 0 : id + 1});
    }
    QVERIFY(ofRule(review(context), u"LINK_CYCLE"_s).isEmpty());
    QVERIFY(ofRule(review(context), u"LINK_BROKEN"_s).isEmpty());
}

void TestReview::linkTargetStatus()
{
    Article article = cleanArticle();
    LinkTable links = cleanLinks();
    ReviewContext context(article);
    context.setLinkLookup(&links);
    QVERIFY(ofRule(review(context), u"LINK_TARGET_STATUS"_s).isEmpty()); // published, approved

    links.insert(LinkedArticle{11, ArticleStatus::Draft, article.next->headline, 10, 0});
    links.insert(LinkedArticle{9, ArticleStatus::InReview, article.previous->headline, 8, 10});
    const QList<Finding> findings = ofRule(review(context), u"LINK_TARGET_STATUS"_s);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QVERIFY(!findings.at(0).blocksApproval);
    QCOMPARE(findings.at(0).field, Field::Previous);
    QVERIFY(findings.at(0).message.contains(articleStatusLabel(ArticleStatus::InReview)));
    QCOMPARE(findings.at(1).field, Field::Next);
    QVERIFY(findings.at(1).message.contains(articleStatusLabel(ArticleStatus::Draft)));

    // A missing target is LINK_BROKEN's, not a status.
    links.remove(11);
    QCOMPARE(ofRule(review(context), u"LINK_TARGET_STATUS"_s).size(), 1);
}

void TestReview::spelling()
{
    Article article = cleanArticle();
    article.headline = u"Tokyo Firm Wins Contract to Rebuild Eastside Libary"_s;
    article.paragraphs[7].text = u"The budgte gap is $9.6 million; the budgte passed."_s;
    article.metaTitles[1].text = u"Eastside libary rebuild goes to Tokyo architects"_s;
    ListSpellingChecker checker;
    checker.misspellings.insert(u"budgte"_s, {u"budget"_s, u"budged"_s});
    checker.misspellings.insert(u"Libary"_s, {u"Library"_s});
    checker.misspellings.insert(u"libary"_s, {u"library"_s});

    QVERIFY(reviewRule(article, u"SPELLING"_s).isEmpty()); // no checker, no spelling

    ReviewContext context(article);
    context.setSpellingChecker(&checker);
    const QList<Finding> findings = ofRule(review(context), u"SPELLING"_s);
    QCOMPARE(findings.size(), 4);
    QCOMPARE(findings.at(0).field, Field::Headline);
    QCOMPARE(findings.at(0).word, u"Libary"_s);
    QCOMPARE(locatedText(article, findings.at(0)), u"Libary"_s);
    QCOMPARE(findings.at(1).field, Field::MetaTitle);
    QCOMPARE(findings.at(1).index, 1);
    QCOMPARE(findings.at(2).field, Field::Body);
    QCOMPARE(findings.at(2).index, 7);
    QCOMPARE(findings.at(2).paragraph, article.paragraphs.at(7).uuid);
    QCOMPARE(findings.at(2).offset, 4);
    QCOMPARE(findings.at(2).length, 6);
    QCOMPARE(findings.at(2).severity, Severity::Warning);
    QCOMPARE(findings.at(2).suggestions, (QStringList{u"budget"_s, u"budged"_s}));
    QVERIFY(findings.at(2).message.contains(u"“budget”"_s));
    QCOMPARE(findings.at(3).offset, article.paragraphs.at(7).text.lastIndexOf(u"budgte"_s));
}

void TestReview::repeatedWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found"); // empty: no finding

    QTest::newRow("the the") << u"The vote was the the closest in years."_s << u"the the"_s;
    QTest::newRow("any case") << u"The the vote was close."_s << u"The the"_s;
    QTest::newRow("across a line break") << u"It passed by a\na narrow margin."_s << u"a\na"_s;
    QTest::newRow("across a line separator") << u"It is in\u2028in force now."_s << u"in\u2028in"_s;
    QTest::newRow("function word in Title Case")
        << u"Council Passes The The Budget"_s << u"The The"_s;
    QTest::newRow("content word") << u"The library library will reopen."_s << u"library library"_s;
    QTest::newRow("Cyrillic") << u"Совет совет одобрил бюджет."_s << u"Совет совет"_s;

    QTest::newRow("had had") << u"She had had enough of the delays."_s << QString();
    QTest::newRow("that that") << u"He said that that was final."_s << QString();
    QTest::newRow("a name") << u"The firm built schools in Walla Walla and Bora Bora."_s
                            << QString();
    QTest::newRow("punctuation between") << u"“No, no,” she said. Then: then what?"_s << QString();
    QTest::newRow("longer word") << u"The theory of the theatre."_s << QString();
    QTest::newRow("inside hyphenated words") << u"A walk-in in-house clinic"_s << QString();
    QTest::newRow("numbers") << u"The vote was 6 6 after a recount."_s << QString();
}

void TestReview::repeatedWord()
{
    QFETCH(QString, text);
    QFETCH(QString, found);
    Article article = cleanArticle();
    article.paragraphs[3].text = text;
    const QList<Finding> findings = reviewRule(article, u"REPEATED_WORD"_s);
    QCOMPARE(findings.size(), found.isEmpty() ? 0 : 1);
    if (found.isEmpty())
        return;
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QCOMPARE(findings.at(0).index, 3);
    QCOMPARE(findings.at(0).paragraph, article.paragraphs.at(3).uuid);
    QCOMPARE(findings.at(0).offset, text.indexOf(found));
    QCOMPARE(locatedText(article, findings.at(0)), found);
}

void TestReview::repeatedWordNotAcrossParagraphs()
{
    Article article = cleanArticle();
    article.paragraphs[0].text = u"The council voted for the"_s;
    article.paragraphs[1].text = u"the contract on Tuesday."_s;
    QVERIFY(reviewRule(article, u"REPEATED_WORD"_s).isEmpty());
    article.headline = u"Council Votes Votes"_s; // names-like Title Case pairs are skipped...
    QVERIFY(reviewRule(article, u"REPEATED_WORD"_s).isEmpty());
    article.headline = u"Council votes votes"_s; // ...but not a typo in a sentence-case title
    const QList<Finding> findings = reviewRule(article, u"REPEATED_WORD"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).field, Field::Headline);
    QCOMPARE(locatedText(article, findings.at(0)), u"votes votes"_s);
}

void TestReview::findingJson()
{
    Article article = cleanArticle();
    article.paragraphs[2].text = u"The vote was TK."_s;
    article.metaTitles[1].text = u"Eastside <i>library</i> rebuilt by Tokyo firm"_s;
    article.summary.clear();
    ListSpellingChecker checker;
    checker.misspellings.insert(u"Tokyo"_s, {u"Tokay"_s, u"Toby"_s});
    ReviewContext context(article);
    context.setSpellingChecker(&checker);
    const QList<Finding> findings = review(context);

    const QSet<QString> base = {u"rule"_s,      u"severity"_s, u"message"_s, u"field"_s,
                                u"paragraph"_s, u"offset"_s,   u"length"_s};
    const auto keysOf = [](const QJsonObject &object) {
        const QStringList keys = object.keys();
        return QSet<QString>(keys.cbegin(), keys.cend());
    };

    const Finding placeholder = ofRule(findings, u"PLACEHOLDER"_s).at(0);
    const QJsonObject body = placeholder.toJson();
    QCOMPARE(keysOf(body), base);
    QCOMPARE(body.value(u"rule"_s).toString(), u"PLACEHOLDER"_s);
    QCOMPARE(body.value(u"severity"_s).toString(), u"blocking"_s);
    QCOMPARE(body.value(u"message"_s).toString(), placeholder.message);
    QCOMPARE(body.value(u"field"_s).toString(), u"body"_s);
    QCOMPARE(body.value(u"paragraph"_s).toString(), uuidText(article.paragraphs.at(2).uuid));
    QCOMPARE(body.value(u"offset"_s).toInteger(), qint64(13));
    QCOMPARE(body.value(u"length"_s).toInteger(), qint64(2));

    const QJsonObject summary = ofRule(findings, u"SUMMARY_MISSING"_s).at(0).toJson();
    QCOMPARE(keysOf(summary), base);
    QCOMPARE(summary.value(u"severity"_s).toString(), u"warning"_s);
    QCOMPARE(summary.value(u"field"_s).toString(), u"summary"_s);
    QVERIFY(summary.value(u"paragraph"_s).isNull());

    // A meta title also says which variant (1-based, as `spell --json` numbers them).
    const QJsonObject variant = ofRule(findings, u"TITLE_VARIANTS"_s).at(0).toJson();
    QCOMPARE(keysOf(variant), (base + QSet<QString>{u"metaTitle"_s}));
    QCOMPARE(variant.value(u"field"_s).toString(), u"metaTitle"_s);
    QCOMPARE(variant.value(u"metaTitle"_s).toInt(), 2);
    QVERIFY(variant.value(u"paragraph"_s).isNull());

    // SPELLING carries the word and its suggestions; ATTR_VERB does not print its own.
    const QList<Finding> spelling = ofRule(findings, u"SPELLING"_s);
    QVERIFY(!spelling.isEmpty());
    const QJsonObject misspelled = spelling.at(0).toJson();
    QCOMPARE(keysOf(misspelled), (base + QSet<QString>{u"word"_s, u"suggestions"_s}));
    QCOMPARE(misspelled.value(u"word"_s).toString(), u"Tokyo"_s);
    QCOMPARE(misspelled.value(u"suggestions"_s).toArray(), (QJsonArray{u"Tokay"_s, u"Toby"_s}));

    Finding verb = Finding::make(u"ATTR_VERB"_s, Severity::Info, Field::Body, 0);
    verb.paragraph = article.paragraphs.at(0).uuid;
    verb.word = u"claimed"_s;
    verb.suggestions = {u"said"_s};
    QCOMPARE(keysOf(verb.toJson()), base);
    QCOMPARE(verb.toJson().value(u"severity"_s).toString(), u"info"_s);

    // appendJson() writes exactly QJsonDocument's bytes for every kind of finding, including
    // text that needs escaping.
    Finding escaped = placeholder;
    escaped.message = u"Quote \" backslash \\ tab \t newline \n, “curly”, \u0001 and 😀"_s;
    QList<Finding> all = findings;
    all.append({verb, escaped});
    for (const Finding &finding : std::as_const(all)) {
        QByteArray bytes;
        finding.appendJson(bytes);
        QCOMPARE(bytes, QJsonDocument(finding.toJson()).toJson(QJsonDocument::Compact));
    }

    QCOMPARE(Finding::fieldKey(Field::Previous), u"previous"_s);
    QCOMPARE(Finding::fieldKey(Field::Next), u"next"_s);
    QCOMPARE(Finding::fieldKey(Field::Headline), u"headline"_s);
    QCOMPARE(Finding::fieldKey(Field::Byline), u"byline"_s);
}

void TestReview::reviewJsonIsTheCheckShape()
{
    // The `findings` array of `check --json` (design.md §4): every value of the right kind.
    Article article = cleanArticle();
    article.headline.clear();
    article.paragraphs[1].attributions.clear();
    article.paragraphs[4].text += u" The the vote, he claimed, was rigged."_s;
    article.previous->headline = u"Title variant 2"_s;
    const QJsonArray findings = ArticleReview::toJson(review(article));
    QCOMPARE(findings.size(), 5);
    const QStringList severities = {u"blocking"_s, u"warning"_s, u"info"_s};
    const QStringList fields = {u"headline"_s, u"summary"_s,  u"byline"_s, u"metaTitle"_s,
                                u"body"_s,     u"previous"_s, u"next"_s};
    const QStringList ids = ArticleReview().ruleIds();
    for (const QJsonValue &value : findings) {
        const QJsonObject object = value.toObject();
        QVERIFY(ids.contains(object.value(u"rule"_s).toString()));
        QVERIFY(severities.contains(object.value(u"severity"_s).toString()));
        QVERIFY(fields.contains(object.value(u"field"_s).toString()));
        QVERIFY(!object.value(u"message"_s).toString().isEmpty());
        QVERIFY(object.value(u"paragraph"_s).isNull() || object.value(u"paragraph"_s).isString());
        QVERIFY(object.value(u"offset"_s).isDouble());
        QVERIFY(object.value(u"length"_s).isDouble());
    }
    // The round trip through text keeps it (what the CLI prints).
    const QJsonDocument document(findings);
    QCOMPARE(QJsonDocument::fromJson(document.toJson()).array(), findings);
}

void TestReview::offsetsAreUtf16()
{
    // Offsets count UTF-16 code units, as QString and QTextCursor do: the emoji is two.
    Article article = cleanArticle();
    const QString text = u"Жители 🙂 ждут: TK"_s;
    article.paragraphs[0].text = text;
    const QList<Finding> findings = reviewRule(article, u"PLACEHOLDER"_s);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).offset, 16);
    QCOMPARE(text.mid(findings.at(0).offset, 2), u"TK"_s);
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
