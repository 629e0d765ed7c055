#include "NewsroomText.h"

#include <QTimeZone>

namespace {

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

// Words of the running text: function words often, content words less so.
const QStringList &vocabulary()
{
    static const QStringList list = words(
        "the|the|the|of|of|and|and|to|to|a|a|in|in|that|for|on|with|was|said|is|it|by|at|from|"
        "as|its|would|has|had|after|about|more|than|will|last|year|week|month|city|council|"
        "plan|budget|report|residents|officials|government|minister|police|court|hospital|"
        "school|water|energy|prices|costs|housing|transport|harbour|bridge|project|funding|"
        "decision|vote|meeting|members|spokesperson|statement|figures|data|percent|million|"
        "increase|decline|review|inquiry|audit|contract|company|workers|union|strike|talks|"
        "agreement|proposal|opposition|mayor|district|region|service|services|public|local|"
        "national|new|first|second|final|early|late|several|many|few|most|some|other|under|"
        "during|before|between|against|while|because|although|however|also|still|already|"
        "expected|planned|announced|confirmed|rejected|approved|delayed|warned|argued|"
        "questioned|promised|estimated|reported|published|released|according|documents|"
        "records|sources|analysis|survey|study|researchers|experts|critics|supporters|"
        "families|patients|teachers|students|drivers|passengers|tenants|owners|farmers|"
        "fishermen|nurses|doctors|engineers|inspectors|auditors|judges|lawyers|voters|"
        "election|campaign|candidates|parliament|committee|agency|authority|ministry|board|"
        "office|department|network|system|schedule|deadline|winter|summer|spring|autumn|"
        "morning|evening|night|station|airport|port|road|railway|line|route|centre|park|"
        "library|museum|market|factory|plant|farm|coast|river|flood|storm|drought|heat|"
        "emissions|climate|pollution|recycling|waste|permit|licence|tax|rent|wage|pension|"
        "benefit|subsidy|grant|loan|debt|deficit|surplus|revenue|spending|savings");
    return list;
}

const QStringList &firstNames()
{
    static const QStringList list =
        words("Anna|Ben|Clara|David|Elif|Farah|Georg|Hanna|Ivan|Julia|Kofi|Lena|Marco|Nadia|"
              "Oskar|Priya|Quentin|Rosa|Samuel|Tereza|Ulla|Victor|Wen|Yusuf|Zofia");
    return list;
}

const QStringList &lastNames()
{
    static const QStringList list =
        words("Keller|Novak|Okafor|Lindqvist|Moreau|Brennan|Haddad|Sato|Kowalski|Fischer|"
              "Almeida|Petrov|Nguyen|O’Neill|Schulz|Rossi|Jensen|Dubois|Mensah|Castillo");
    return list;
}

} // namespace

NewsroomText::NewsroomText(quint32 seed)
    : m_random(seed)
{}

const QStringList &NewsroomText::headlineSubjects()
{
    static const QStringList list =
        words("City council|Regional hospital|Port authority|Transport ministry|Central bank|"
              "School board|Water utility|Energy regulator|Supreme court|Farmers’ union|"
              "Harbour workers|Local police|State auditors|University researchers|Fire service|"
              "Housing agency|Airport operator|Health inspectors|Election commission|Tourism board|"
              "Coast guard|Rail operator|Teachers’ union|Climate panel|Mayor|Finance minister|"
              "Opposition leaders|Residents|Nurses|Fishermen|District court|Environment agency|"
              "Museum trustees|Bus drivers|Shipyard owners|Parliament committee|Planning office|"
              "Consumer watchdog|Football club|Chamber of commerce");
    return list;
}

const QStringList &NewsroomText::headlineVerbs()
{
    static const QStringList list =
        words("approves|rejects|delays|investigates|defends|announces|cuts|expands|questions|backs|"
              "suspends|reviews|warns over|plans|agrees on|calls for|scraps|unveils|confirms|"
              "disputes|wins vote on|loses fight over|revives|pauses|doubles|funds|blocks|"
              "challenges|supports|drops");
    return list;
}

const QStringList &NewsroomText::headlineObjects()
{
    static const QStringList list = words(
        "new budget|harbour bridge repairs|school closures|water price rise|night train service|"
        "hospital merger|wind farm permit|rent cap|airport expansion|flood defences|"
        "bus fare freeze|library cuts|housing plan|tax rebate|pension reform|fishing quotas|"
        "speed limits|recycling scheme|data centre|museum funding|teacher pay deal|"
        "river clean-up|ferry contract|stadium lease|heat pump grants|cycle lanes|"
        "emergency ward|port dredging|election rules|district heating|parking fees|"
        "care home inspections|market hall sale|coastal path|solar park|tram extension|"
        "waste incinerator|youth centre|road tolls|drought measures");
    return list;
}

const QStringList &NewsroomText::headlineTails()
{
    static const QStringList list =
        words("after long debate|amid protests|despite warnings|ahead of winter|for third year|"
              "as costs soar|after audit|in close vote|before elections|following complaints|"
              "as deadline nears|after leaked report|under pressure|in surprise move|"
              "after months of talks|as residents object|citing safety|with conditions|"
              "at late-night session|as inquiry widens");
    return list;
}

const QStringList &NewsroomText::reporters()
{
    static const QStringList list = [] {
        QStringList names;
        for (const QString &last : lastNames()) {
            for (const QString &first : firstNames())
                names.append(first + QLatin1Char(' ') + last);
        }
        return names;
    }();
    return list;
}

const QStringList &NewsroomText::sections()
{
    static const QStringList list =
        words("Politics|Business|City|Region|Health|Education|Environment|Sport|Culture|Courts");
    return list;
}

const QList<Source> &NewsroomText::registry()
{
    static const QList<Source> list = [] {
        struct Entry
        {
            const char *name;
            SourceKind kind;
            const char *url;
        };
        const Entry entries[] = {
            {"City council press office", SourceKind::Official,
             "https://council.example.org/press"},
            {"Regional hospital trust", SourceKind::Official, ""},
            {"Port authority", SourceKind::Official, "https://port.example.org"},
            {"Ministry of Transport", SourceKind::Official, ""},
            {"Central bank", SourceKind::Official, "https://bank.example.org/statistics"},
            {"Reuters", SourceKind::Agency, ""},
            {"Associated Press", SourceKind::Agency, ""},
            {"AFP", SourceKind::Agency, ""},
            {"dpa", SourceKind::Wire, ""},
            {"PA Media", SourceKind::Wire, ""},
            {"Council budget 2024 (PDF)", SourceKind::Document, ""},
            {"Audit office report", SourceKind::Document, "https://audit.example.org/r/118"},
            {"Court ruling 4 B 112/23", SourceKind::Document, ""},
            {"Planning application 23/0457", SourceKind::Document, ""},
            {"Statistics office", SourceKind::Dataset, "https://stats.example.org"},
            {"Weather service data", SourceKind::Dataset, ""},
            {"Census 2021", SourceKind::Dataset, ""},
            {"Mayor Ingrid Solberg", SourceKind::Person, ""},
            {"Harbour master Tom Reyes", SourceKind::Person, ""},
            {"Union steward Maria Lund", SourceKind::Person, ""},
            {"Dr. Amal Haddad", SourceKind::Person, ""},
            {"Opposition leader Jon Berg", SourceKind::Person, ""},
            {"Resident Petra Nowak", SourceKind::Person, ""},
            {"Finance minister", SourceKind::Official, ""},
            {"A council official", SourceKind::Anonymous, ""},
            {"A person familiar with the talks", SourceKind::Anonymous, ""},
            {"Company annual report", SourceKind::Document, ""},
            {"Environment agency", SourceKind::Official, "https://env.example.org"},
            {"Teachers’ union", SourceKind::Official, ""},
            {"Chamber of commerce", SourceKind::Official, ""},
            {"Local newspaper archive", SourceKind::Website, ""},
            {"Transit operator website", SourceKind::Website, "https://transit.example.org"},
            {"Police statement", SourceKind::Official, ""},
            {"Fire service", SourceKind::Official, ""},
            {"University study", SourceKind::Document, ""},
            {"Election commission", SourceKind::Official, ""},
            {"Housing agency", SourceKind::Official, ""},
            {"Energy regulator", SourceKind::Official, ""},
            {"Farmers’ association", SourceKind::Official, ""},
            {"Consumer watchdog", SourceKind::Official, ""},
        };
        QList<Source> sources;
        for (const Entry &entry : entries) {
            Source source;
            source.name = QString::fromUtf8(entry.name);
            source.kind = entry.kind;
            source.url = QString::fromUtf8(entry.url);
            sources.append(source);
        }
        return sources;
    }();
    return list;
}

QString NewsroomText::headline()
{
    return pick(headlineSubjects()) + QLatin1Char(' ') + pick(headlineVerbs()) + QLatin1Char(' ') +
           pick(headlineObjects()) + QLatin1Char(' ') + pick(headlineTails());
}

QString NewsroomText::sentence(int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        QString word = pick(vocabulary());
        if (i == 0)
            word[0] = word.at(0).toUpper();
        else
            text += QLatin1Char(' ');
        text += word;
        if (i > 2 && i + 2 < count && m_random.bounded(12) == 0)
            text += QLatin1Char(',');
    }
    return text + QLatin1Char('.');
}

QString NewsroomText::paragraph(int count)
{
    QString text;
    while (count > 0) {
        const int length = std::min(count, 8 + int(m_random.bounded(14)));
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += sentence(length);
        count -= length;
    }
    return text;
}

Attribution NewsroomText::attribution(const Source &source)
{
    Attribution attribution;
    attribution.sourceName = source.name;
    const quint32 roll = m_random.bounded(10);
    if (roll < 4) {
        attribution.verification = Verification::Verified;
        attribution.reviewer = pick(reporters());
        attribution.reviewedAt = QDateTime(QDate(2024, 9, 1), QTime(9, 30), QTimeZone::utc());
    } else if (roll == 4) {
        attribution.verification = Verification::Disputed;
        attribution.reviewer = pick(reporters());
        attribution.note = QStringLiteral("Figures differ from the audit office report.");
    }
    if (m_random.bounded(4) == 0)
        attribution.detail = QStringLiteral("page %1").arg(1 + m_random.bounded(40));
    return attribution;
}

Article NewsroomText::article(int words, int wordsPerParagraph)
{
    Article article;
    article.headline = headline();
    article.summary = paragraph(45);
    article.byline = pick(reporters());
    article.section = pick(sections());
    article.slug = article.headline.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    article.status = ArticleStatus::Draft;
    const int paragraphs = std::max(1, (words + wordsPerParagraph / 2) / wordsPerParagraph);
    int left = words;
    for (int i = 0; i < paragraphs; ++i) {
        // Spread the remainder so the body has exactly `words` words.
        const int count = left / (paragraphs - i);
        left -= count;
        Paragraph paragraph;
        paragraph.text = this->paragraph(count);
        const int cited = 1 + int(m_random.bounded(3));
        for (int j = 0; j < cited; ++j) {
            const Source &source = pick(registry());
            const bool already =
                std::any_of(paragraph.attributions.cbegin(), paragraph.attributions.cend(),
                            [&](const Attribution &a) { return a.sourceName == source.name; });
            if (!already)
                paragraph.attributions.append(attribution(source));
        }
        article.paragraphs.append(paragraph);
    }
    for (int i = 0; i < 3; ++i)
        article.metaTitles.append(MetaTitle{headline(), i == 0, {}});
    return article;
}
