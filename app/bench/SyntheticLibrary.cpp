#include "SyntheticLibrary.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace {

// Roughly in order of frequency in news copy: the generator draws word k with weight 1/(k+1).
const char *const vocabularyWords[] = {
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "said",
    "on",
    "for",
    "that",
    "is",
    "with",
    "was",
    "as",
    "by",
    "at",
    "from",
    "it",
    "has",
    "have",
    "will",
    "be",
    "its",
    "an",
    "are",
    "this",
    "were",
    "had",
    "which",
    "after",
    "but",
    "not",
    "their",
    "who",
    "also",
    "they",
    "more",
    "been",
    "than",
    "over",
    "would",
    "about",
    "into",
    "last",
    "year",
    "new",
    "other",
    "two",
    "could",
    "up",
    "out",
    "government",
    "people",
    "percent",
    "million",
    "city",
    "week",
    "minister",
    "police",
    "officials",
    "state",
    "public",
    "council",
    "report",
    "plan",
    "company",
    "country",
    "first",
    "local",
    "according",
    "national",
    "spokesperson",
    "president",
    "since",
    "before",
    "while",
    "during",
    "under",
    "against",
    "between",
    "three",
    "four",
    "some",
    "most",
    "many",
    "several",
    "told",
    "announced",
    "expected",
    "budget",
    "election",
    "court",
    "health",
    "school",
    "water",
    "energy",
    "party",
    "vote",
    "law",
    "policy",
    "committee",
    "parliament",
    "investigation",
    "prosecutor",
    "judge",
    "hospital",
    "patients",
    "funding",
    "billion",
    "tax",
    "housing",
    "rent",
    "prices",
    "inflation",
    "interest",
    "rates",
    "bank",
    "central",
    "economy",
    "growth",
    "jobs",
    "workers",
    "union",
    "strike",
    "talks",
    "agreement",
    "deal",
    "contract",
    "project",
    "construction",
    "bridge",
    "road",
    "traffic",
    "rail",
    "airport",
    "flights",
    "climate",
    "emissions",
    "carbon",
    "flood",
    "storm",
    "drought",
    "wildfire",
    "heat",
    "temperatures",
    "farmers",
    "harvest",
    "food",
    "supply",
    "shortage",
    "schools",
    "teachers",
    "students",
    "university",
    "research",
    "study",
    "scientists",
    "data",
    "survey",
    "figures",
    "analysis",
    "statement",
    "interview",
    "press",
    "conference",
    "announcement",
    "decision",
    "ruling",
    "appeal",
    "trial",
    "charges",
    "suspect",
    "arrest",
    "victims",
    "residents",
    "neighbourhood",
    "district",
    "region",
    "province",
    "border",
    "migrants",
    "asylum",
    "refugees",
    "aid",
    "relief",
    "donors",
    "charity",
    "volunteers",
    "campaign",
    "candidate",
    "coalition",
    "opposition",
    "majority",
    "seats",
    "polls",
    "voters",
    "turnout",
    "results",
    "count",
    "recount",
    "mayor",
    "governor",
    "senator",
    "lawmakers",
    "cabinet",
    "ministry",
    "department",
    "agency",
    "authority",
    "regulator",
    "inspectors",
    "audit",
    "accounts",
    "deficit",
    "debt",
    "spending",
    "cuts",
    "reform",
    "pension",
    "benefits",
    "wages",
    "salary",
    "contractors",
    "tender",
    "procurement",
    "fraud",
    "corruption",
    "bribery",
    "whistleblower",
    "documents",
    "emails",
    "records",
    "leak",
    "sources",
    "allegations",
    "denied",
    "confirmed",
    "rejected",
    "approved",
    "proposed",
    "delayed",
    "cancelled",
    "postponed",
    "launched",
    "opened",
    "closed",
    "reopened",
    "extended",
    "increased",
    "decreased",
    "rose",
    "fell",
    "doubled",
    "halved",
    "warned",
    "urged",
    "called",
    "demanded",
    "promised",
    "pledged",
    "criticised",
    "defended",
    "questioned",
    "insisted",
    "admitted",
    "acknowledged",
    "declined",
    "comment",
    "response",
    "request",
    "meeting",
    "session",
    "debate",
    "motion",
    "amendment",
    "bill",
    "legislation",
    "regulation",
    "rules",
    "guidelines",
    "standards",
    "safety",
    "security",
    "defence",
    "military",
    "troops",
    "soldiers",
    "ceasefire",
    "attack",
    "violence",
    "protest",
    "protesters",
    "demonstration",
    "crowd",
    "march",
    "rally",
    "square",
    "streets",
    "centre",
    "village",
    "town",
    "capital",
    "coast",
    "river",
    "harbour",
    "port",
    "shipping",
    "cargo",
    "exports",
    "imports",
    "trade",
    "tariffs",
    "sanctions",
    "markets",
    "shares",
    "investors",
    "profits",
    "losses",
    "revenue",
    "quarter",
    "forecast",
    "outlook",
    "recession",
    "recovery",
    "consumers",
    "households",
    "families",
    "children",
    "parents",
    "elderly",
    "care",
    "nursing",
    "doctors",
    "nurses",
    "vaccine",
    "outbreak",
    "infections",
    "cases",
    "deaths",
    "injured",
    "emergency",
    "ambulance",
    "firefighters",
    "rescue",
    "evacuated",
    "damage",
    "repairs",
    "insurance",
    "claims",
    "compensation",
    "lawsuit",
    "settlement",
    "fine",
    "penalty",
    "sentence",
    "prison",
    "released",
    "detained",
    "custody",
    "evidence",
    "witness",
    "testimony",
    "verdict",
    "jury",
    "lawyers",
    "defendant",
    "plaintiff",
    "hearing",
    "inquiry",
    "commission",
    "panel",
    "experts",
    "advisers",
    "consultants",
    "analysts",
    "economists",
    "researchers",
    "professor",
    "director",
    "chief",
    "executive",
    "chairman",
    "board",
    "members",
    "staff",
    "employees",
    "layoffs",
    "hiring",
    "vacancies",
    "shortages",
    "technology",
    "software",
    "internet",
    "phone",
    "network",
    "outage",
    "cyberattack",
    "hackers",
    "privacy",
    "platform",
    "users",
    "online",
    "digital",
    "artificial",
    "intelligence",
    "electric",
    "vehicles",
    "batteries",
    "solar",
    "wind",
    "nuclear",
    "gas",
    "oil",
    "pipeline",
    "grid",
    "electricity",
    "bills",
    "subsidies",
    "heating",
    "insulation",
    "renovation",
    "tenants",
    "landlords",
    "mortgage",
    "buyers",
    "homes",
    "apartments",
    "planning",
    "permit",
    "zoning",
    "park",
    "museum",
    "festival",
    "concert",
    "theatre",
    "film",
    "book",
    "author",
    "artist",
    "exhibition",
    "tourists",
    "hotel",
    "season",
    "match",
    "team",
    "coach",
    "players",
    "league",
    "championship",
    "final",
    "stadium",
    "fans",
    "tickets",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "morning",
    "evening",
    "night",
    "month",
    "months",
    "years",
    "decade",
    "early",
    "late",
    "recent",
    "next",
    "major",
    "small",
    "large",
    "significant",
    "serious",
    "unprecedented",
    "controversial",
    "independent",
    "official",
    "senior",
    "former",
    "acting",
    "interim",
    "regional",
    "european",
    "international",
    "foreign",
    "domestic",
    "federal",
    "municipal",
    "private",
    "commercial",
    "industrial",
    "agricultural",
    "environmental",
    "financial",
    "legal",
    "political",
    "social",
    "cultural",
    "medical",
    "scientific",
    "technical",
    "urgent",
    "temporary",
    "permanent",
    "additional",
    "further",
    "previous",
    "current",
    "future",
    "possible",
    "likely",
    "unclear",
};

const char *const syllables[] = {
    "ba",  "bel", "bor", "da",  "den", "dor", "fa",  "fel", "gan", "gor", "ha", "hel", "ka", "kel",
    "kor", "la",  "len", "lor", "ma",  "mer", "mon", "na",  "nel", "nor", "pa", "pel", "ra", "ren",
    "ros", "sa",  "sel", "sor", "ta",  "tel", "tor", "va",  "vel", "vor", "wa", "zen",
};

const char *const firstNames[] = {
    "Anna",   "Ben",    "Carla", "David", "Elif",   "Femke", "Georg",   "Hana",  "Ibrahim", "Julia",
    "Karim",  "Lena",   "Marco", "Nadia", "Olaf",   "Priya", "Quentin", "Rosa",  "Samir",   "Tomas",
    "Ursula", "Victor", "Wen",   "Yara",  "Zoltan", "Amara", "Bram",    "Chloe", "Daan",    "Emma",
    "Farid",  "Greta",  "Hugo",  "Ines",  "Jonas",  "Kaja",  "Luca",    "Maya",  "Noah",    "Olga",
};

const char *const sections[] = {
    "Politics", "Business", "World",  "Local",   "Sport",
    "Culture",  "Science",  "Health", "Climate", "Technology",
};

const char *const ministries[] = {
    "Finance",          "Health",          "Defence",   "Education",
    "Justice",          "the Interior",    "Transport", "Agriculture",
    "Economic Affairs", "Foreign Affairs", "Housing",   "Climate and Energy",
    "Social Affairs",   "Infrastructure",  "Culture",
};

const char *const agencies[] = {
    "Reuters",    "Associated Press", "AFP",      "ANP",       "dpa",   "EFE", "ANSA",
    "Kyodo News", "Xinhua",           "PA Media", "Bloomberg", "Belga", "APA", "TT News Agency",
    "NTB",        "Ritzau",           "STT",      "PAP",       "CTK",   "MTI",
};

const char *const wires[] = {
    "Business Wire", "PR Newswire", "GlobeNewswire", "Cision", "Accesswire",
};

const char *const nationalBodies[] = {
    "Central Bank",          "Statistics Office",         "Electoral Commission",
    "Competition Authority", "Data Protection Authority", "Public Prosecution Service",
    "National Fire Service", "Meteorological Institute",  "Coast Guard",
    "Health Inspectorate",
};

const char *const datasets[] = {
    "Eurostat",
    "World Bank Open Data",
    "OECD Statistics",
    "IMF World Economic Outlook",
    "Census Bureau",
    "National Statistics Office tables",
    "WHO Global Health Observatory",
    "UN Comtrade",
    "Copernicus Climate Data Store",
    "Our World in Data",
};

const char *const anonymousSources[] = {
    "a senior government official",
    "a person familiar with the matter",
    "two people briefed on the talks",
    "a diplomat who asked not to be named",
    "an official speaking on condition of anonymity",
    "a source close to the investigation",
    "a person with knowledge of the negotiations",
    "a senior police officer",
    "an industry insider",
    "a member of the negotiating team",
};

const char *const roles[] = {
    "spokesperson", "analyst",      "economist",       "professor", "mayor",
    "resident",     "union leader", "chief executive", "lawyer",    "doctor",
};

QStringList toStringList(const char *const *words, std::size_t count)
{
    QStringList list;
    list.reserve(qsizetype(count));
    for (std::size_t i = 0; i < count; ++i)
        list.append(QString::fromUtf8(words[i]));
    return list;
}

template <std::size_t N> QStringList toStringList(const char *const (&words)[N])
{
    return toStringList(words, N);
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString slugOf(const QString &text)
{
    QString slug;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug.append(QLatin1Char('-'));
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

std::vector<double> zipfCumulative(qsizetype count)
{
    std::vector<double> cumulative;
    cumulative.reserve(std::size_t(count));
    double total = 0;
    for (qsizetype k = 0; k < count; ++k) {
        total += 1.0 / double(k + 1);
        cumulative.push_back(total);
    }
    for (double &value : cumulative)
        value /= total;
    return cumulative;
}

} // namespace

SyntheticLibrary::SyntheticLibrary(quint32 seed)
    : m_random(seed)
{
    m_vocabulary = toStringList(vocabularyWords);
    m_vocabulary.removeDuplicates();
    m_vocabularyCumulative = zipfCumulative(m_vocabulary.size());
    m_firstNames = toStringList(firstNames);

    // People's surnames: two syllables, so each recurs across a few hundred articles.
    QSet<QString> seen;
    while (m_lastNames.size() < 400) {
        const QString name = coinedName(2);
        if (!seen.contains(name)) {
            seen.insert(name);
            m_lastNames.append(name);
        }
    }
    // Places and organisations: a shared pool, each name in roughly one article in a thousand.
    while (m_placeNames.size() < 2000) {
        const QString name = coinedName(m_random.bounded(2) == 0 ? 2 : 3);
        if (!seen.contains(name)) {
            seen.insert(name);
            m_placeNames.append(name);
        }
    }
    for (int i = 0; i < 40; ++i) {
        m_reporters.append(m_firstNames.at(m_random.bounded(int(m_firstNames.size()))) +
                           QLatin1Char(' ') +
                           m_lastNames.at(m_random.bounded(int(m_lastNames.size()))));
    }
    buildRegistry();
}

QString SyntheticLibrary::commonWord()
{
    return QStringLiteral("government");
}

QString SyntheticLibrary::twoWordQuery()
{
    return QStringLiteral("housing prices");
}

bool SyntheticLibrary::isVocabularyWord(const QString &word) const
{
    return m_vocabulary.contains(word);
}

void SyntheticLibrary::buildRegistry()
{
    auto add = [this](const QString &name, SourceKind kind, bool withUrl, const QString &notes) {
        Source source;
        source.name = name;
        source.kind = kind;
        if (withUrl)
            source.url = QStringLiteral("https://sources.example.org/") + slugOf(name);
        source.notes = notes;
        m_registry.append(source);
    };
    for (const char *name : agencies)
        add(QString::fromUtf8(name), SourceKind::Agency, true, {});
    for (const char *name : wires)
        add(QString::fromUtf8(name), SourceKind::Wire, true, {});
    for (const char *name : ministries)
        add(QStringLiteral("Ministry of ") + QString::fromUtf8(name), SourceKind::Official, true,
            {});
    for (const char *name : nationalBodies)
        add(QString::fromUtf8(name), SourceKind::Official, true, {});
    for (int i = 0; i < 25; ++i)
        add(QStringLiteral("City Council of ") + m_placeNames.at(i), SourceKind::Official, true,
            {});
    for (int i = 0; i < 15; ++i)
        add(m_placeNames.at(i) + QStringLiteral(" Police"), SourceKind::Official, true, {});
    for (int i = 0; i < 10; ++i)
        add(QStringLiteral("District Court of ") + m_placeNames.at(i), SourceKind::Official, true,
            {});
    for (int i = 0; i < 25; ++i) {
        const int year = 2015 + i % 10;
        const QString owner =
            i % 2 == 0 ? QStringLiteral("Ministry of ") + QString::fromUtf8(ministries[i % 15])
                       : m_placeNames.at(25 + i);
        add(QStringLiteral("Annual report %1, %2").arg(year).arg(owner), SourceKind::Document, true,
            {});
    }
    for (const char *name : datasets)
        add(QString::fromUtf8(name), SourceKind::Dataset, true, {});
    for (int i = 0; i < 10; ++i)
        add(m_placeNames.at(50 + i) + QStringLiteral(" open data portal"), SourceKind::Dataset,
            true, {});
    for (int i = 0; i < 15; ++i)
        add(m_placeNames.at(60 + i) + QStringLiteral(" Herald website"), SourceKind::Website, true,
            {});
    for (const char *name : anonymousSources)
        add(QString::fromUtf8(name), SourceKind::Anonymous, false, {});

    QSet<QString> names;
    for (const Source &source : std::as_const(m_registry))
        names.insert(source.name);
    while (m_registry.size() < 300) {
        const QString name = m_firstNames.at(m_random.bounded(int(m_firstNames.size()))) +
                             QLatin1Char(' ') +
                             m_lastNames.at(m_random.bounded(int(m_lastNames.size())));
        if (names.contains(name))
            continue;
        names.insert(name);
        add(name, SourceKind::Person, false,
            QString::fromUtf8(roles[m_random.bounded(int(std::size(roles)))]));
    }

    // Popularity: a shuffled order, cited with Zipf weights (agencies need not be the top).
    for (int i = 0; i < m_registry.size(); ++i)
        m_registryOrder.append(i);
    for (int i = int(m_registryOrder.size()) - 1; i > 0; --i)
        std::swap(m_registryOrder[i], m_registryOrder[m_random.bounded(i + 1)]);
    m_registryCumulative = zipfCumulative(m_registry.size());
}

int SyntheticLibrary::zipfIndex(const std::vector<double> &cumulative)
{
    const double u = m_random.generateDouble();
    const auto it = std::lower_bound(cumulative.begin(), cumulative.end(), u);
    return int(
        std::min<std::ptrdiff_t>(it - cumulative.begin(), std::ptrdiff_t(cumulative.size()) - 1));
}

QString SyntheticLibrary::vocabularyWord()
{
    return m_vocabulary.at(zipfIndex(m_vocabularyCumulative));
}

QString SyntheticLibrary::coinedName(int syllableCount)
{
    QString name;
    for (int i = 0; i < syllableCount; ++i)
        name += QString::fromUtf8(syllables[m_random.bounded(int(std::size(syllables)))]);
    return capitalized(name);
}

QUuid SyntheticLibrary::nextUuid()
{
    // A version-4 (random) uuid, drawn from the seeded generator rather than the system's.
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 high = m_random.generate64();
    const quint64 low = m_random.generate64();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char(high >> (56 - 8 * i));
        bytes[8 + i] = char(low >> (56 - 8 * i));
    }
    bytes[6] = char((bytes.at(6) & 0x0f) | 0x40);
    bytes[8] = char((bytes.at(8) & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes);
}

QUuid SyntheticLibrary::nextParagraphUuid()
{
    // Time-ordered (version 7) like Paragraph::newUuid(), which Copydesk's importers give new
    // paragraphs, on a clock that advances one millisecond per paragraph so the library is the
    // same in every run. It makes the same draws as nextUuid(): every text stays as it was.
    QByteArray bytes = nextUuid().toRfc4122();
    const qint64 milliseconds = m_paragraphClock++;
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(milliseconds >> (40 - 8 * i));
    bytes[6] = char((bytes.at(6) & 0x0f) | 0x70);
    return QUuid::fromRfc4122(bytes);
}

QString SyntheticLibrary::sentence(int words, const QStringList &nouns, bool withComma)
{
    QStringList parts;
    parts.reserve(words);
    for (int i = 0; i < words; ++i) {
        const int pick = m_random.bounded(100);
        if (pick < 7 && !nouns.isEmpty())
            parts.append(nouns.at(m_random.bounded(int(nouns.size()))));
        else if (pick < 9)
            parts.append(QString::number(m_random.bounded(2, 1000)));
        else
            parts.append(vocabularyWord());
    }
    if (withComma && words > 6)
        parts[m_random.bounded(2, words - 2)] += QLatin1Char(',');
    return capitalized(parts.join(QLatin1Char(' '))) + QLatin1Char('.');
}

QString SyntheticLibrary::paragraphText(int words, const QStringList &nouns)
{
    QStringList sentences;
    int remaining = words;
    while (remaining > 0) {
        int length = m_random.bounded(8, 23);
        if (remaining - length < 5) // fold a short remainder into the last sentence
            length = remaining;
        sentences.append(sentence(length, nouns, m_random.bounded(3) == 0));
        remaining -= length;
    }
    return sentences.join(QLatin1Char(' '));
}

ImportedArticle SyntheticLibrary::next()
{
    const int index = m_index++;
    ImportedArticle item;
    Article &article = item.article;
    article.uuid = nextUuid();
    article.uri = Article::defaultUri(article.uuid);
    item.fileName = QStringLiteral("synthetic-%1").arg(index + 1);

    // The article's own names: shared places, a person or two, one coined name of its own.
    const QString place = m_placeNames.at(m_random.bounded(int(m_placeNames.size())));
    const QString otherPlace = m_placeNames.at(m_random.bounded(int(m_placeNames.size())));
    const QString person = m_firstNames.at(m_random.bounded(int(m_firstNames.size()))) +
                           QLatin1Char(' ') +
                           m_lastNames.at(m_random.bounded(int(m_lastNames.size())));
    m_lastUniqueNoun = coinedName(4);
    const QStringList nouns = {place, otherPlace, person, m_lastUniqueNoun};

    QStringList headlineWords = {place};
    const int headlineLength = m_random.bounded(5, 11);
    for (int i = 0; i < headlineLength; ++i)
        headlineWords.append(m_random.bounded(10) == 0 ? m_lastUniqueNoun : vocabularyWord());
    article.headline = capitalized(headlineWords.join(QLatin1Char(' ')));
    article.slug = slugOf(headlineWords.mid(0, 6).join(QLatin1Char(' ')));
    article.summary = paragraphText(m_random.bounded(25, 46), nouns);
    article.byline = m_reporters.at(m_random.bounded(int(m_reporters.size())));
    article.section = QString::fromUtf8(sections[m_random.bounded(int(std::size(sections)))]);
    article.language =
        m_random.bounded(10) == 0 ? QStringLiteral("en-GB") : QStringLiteral("en-US");
    const int statusPick = m_random.bounded(100);
    article.status = statusPick < 40   ? ArticleStatus::Published
                     : statusPick < 60 ? ArticleStatus::Approved
                     : statusPick < 75 ? ArticleStatus::InReview
                                       : ArticleStatus::Draft;
    const QDateTime base(QDate(2023, 1, 1), QTime(6, 0), QTimeZone::utc());
    article.created = base.addSecs(qint64(index) * 300 + m_random.bounded(300));
    if (article.status == ArticleStatus::Published)
        article.published = article.created.addSecs(m_random.bounded(600, 7200));

    // The sources this story relies on; each paragraph cites one to three of them.
    QList<int> cited;
    const int sourceCount = m_random.bounded(3, 8);
    while (cited.size() < sourceCount) {
        const int registryIndex = m_registryOrder.at(zipfIndex(m_registryCumulative));
        if (!cited.contains(registryIndex))
            cited.append(registryIndex);
    }
    QList<int> citedInText;
    const int paragraphCount = m_random.bounded(8, 13);
    for (int p = 0; p < paragraphCount; ++p) {
        Paragraph paragraph;
        paragraph.uuid = nextParagraphUuid();
        paragraph.text = paragraphText(m_random.bounded(40, 91), nouns);
        const int attributionCount = m_random.bounded(1, 4);
        QList<int> used;
        for (int a = 0; a < attributionCount; ++a) {
            const int registryIndex = cited.at(m_random.bounded(int(cited.size())));
            if (used.contains(registryIndex))
                continue;
            used.append(registryIndex);
            if (!citedInText.contains(registryIndex))
                citedInText.append(registryIndex);
            const Source &source = m_registry.at(registryIndex);
            Attribution attribution;
            attribution.sourceName = source.name;
            const int kindPick = m_random.bounded(100);
            if (kindPick < 30)
                attribution.detail = QStringLiteral("statement of %1")
                                         .arg(article.created.date().toString(Qt::ISODate));
            else if (kindPick < 40)
                attribution.detail = QStringLiteral("page %1").arg(m_random.bounded(1, 240));
            const int verificationPick = m_random.bounded(100);
            if (verificationPick < 35) {
                attribution.verification = Verification::Verified;
                attribution.reviewer = m_reporters.at(m_random.bounded(int(m_reporters.size())));
                attribution.reviewedAt = article.created.addSecs(m_random.bounded(60, 86400));
            } else if (verificationPick < 40) {
                attribution.verification = Verification::Disputed;
                attribution.reviewer = m_reporters.at(m_random.bounded(int(m_reporters.size())));
                attribution.reviewedAt = article.created.addSecs(m_random.bounded(60, 86400));
                attribution.note =
                    QStringLiteral("Figures differ from the ministry's own release.");
            }
            paragraph.attributions.append(attribution);
        }
        article.paragraphs.append(paragraph);
    }
    for (int registryIndex : std::as_const(citedInText))
        article.sources.append(m_registry.at(registryIndex));

    const int titleCount = m_random.bounded(2, 5);
    const int chosen = m_random.bounded(titleCount);
    for (int t = 0; t < titleCount; ++t) {
        QStringList words = {place};
        const int length = m_random.bounded(4, 9);
        for (int i = 0; i < length; ++i)
            words.append(vocabularyWord());
        QString text = capitalized(words.join(QLatin1Char(' ')));
        if (t % 2 == 1)
            text += QStringLiteral(" | ") + article.section;
        article.metaTitles.append(MetaTitle{text, t == chosen, {}});
    }
    return item;
}
