#include "SpellingCorpus.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>

namespace {

constexpr double tailRate = 0.25;
constexpr double nameReplacementRate = 0.6;
constexpr double compoundRate = 0.01;
constexpr double quotationRate = 0.08; // of sentences
constexpr double classicShare = 0.2;

// Misspellings that copy editors meet again and again.
const char *const classicMisspellings[] = {
    "recieve",   "goverment",  "occured",    "seperate",   "accomodate", "definately",
    "untill",    "wich",       "thier",      "publically", "tommorow",   "begining",
    "beleive",   "calender",   "concensus",  "enviroment", "existance",  "independant",
    "liason",    "millenium",  "neccessary", "occurence",  "persue",     "recomend",
    "refered",   "relevent",   "succesful",  "supercede",  "tendancy",   "truely",
    "wierd",     "arguement",  "comittee",   "embarass",   "harrass",    "maintainance",
    "noticable", "occassion",  "posession",  "priviledge", "reccomend",  "resistence",
    "sieze",     "threshhold", "vaccuum",    "acheive",    "adress",     "beggining",
    "commited",  "foriegn",    "goverments", "happend",    "immediatly", "knowlege",
    "parliment", "poltical",   "reciept",    "sucessful",  "temperture", "wether",
};

// Keys next to each letter on a QWERTY keyboard: a finger that slips lands on one of them.
const char *const keyboardNeighbours[26] = {
    "qwsz",   "vghn",  "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko",
    "huikmn", "jiolm", "kop",  "njk",    "bhjm", "iklp",   "ol",     "wa",     "edft",
    "awedxz", "rfgy",  "yhji", "cfgb",   "qase", "zsdc",   "tghu",   "asx",
};

std::vector<double> zipfCumulative(qsizetype count)
{
    std::vector<double> cumulative;
    cumulative.reserve(size_t(count));
    double total = 0;
    for (qsizetype k = 0; k < count; ++k) {
        total += 1.0 / double(k + 1);
        cumulative.push_back(total);
    }
    for (double &value : cumulative)
        value /= total;
    return cumulative;
}

bool isPlainWord(const QString &word)
{
    return !word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return c.isLetter() && c.unicode() < 128;
    });
}

} // namespace

SpellingCorpus::SpellingCorpus(const QStringList &tailWords, double misspellingRate, quint32 seed)
    : m_library(seed)
    , m_random(seed)
    , m_tailWords(tailWords)
    , m_misspellingRate(misspellingRate)
{
    // Which tail words are frequent is the seed's choice, not the alphabet's.
    for (qsizetype i = m_tailWords.size() - 1; i > 0; --i)
        m_tailWords.swapItemsAt(i, m_random.bounded(int(i + 1)));
    m_tailCumulative = zipfCumulative(m_tailWords.size());
}

QStringList SpellingCorpus::tailWordsFromDictionary(const QString &dicPath)
{
    QFile file(dicPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList words;
    file.readLine(); // the word count
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const QString stem = line.section(QLatin1Char('/'), 0, 0);
        const QString flags = line.section(QLatin1Char('/'), 1);
        // en_US marks parts that are words only inside a compound ("th" of "4th") with 'c'.
        if (stem.size() < 3 || stem.size() > 14 || flags.contains(QLatin1Char('c')))
            continue;
        if (isPlainWord(stem) && stem.at(0).isLower())
            words.append(stem);
    }
    words.removeDuplicates();
    return words;
}

QString SpellingCorpus::tailWord()
{
    const double u = m_random.generateDouble();
    const auto it = std::lower_bound(m_tailCumulative.cbegin(), m_tailCumulative.cend(), u);
    const auto index = std::min<qsizetype>(it - m_tailCumulative.cbegin(), m_tailWords.size() - 1);
    return m_tailWords.at(index);
}

QString SpellingCorpus::slip(const QString &word)
{
    QString result = word;
    // Never the first letter: a capital stays a capital.
    const int position = 1 + m_random.bounded(int(word.size() - 1));
    const QChar letter = word.at(position).toLower();
    const char *neighbours = letter.unicode() >= 'a' && letter.unicode() <= 'z'
                                 ? keyboardNeighbours[letter.unicode() - 'a']
                                 : "e";
    const QChar neighbour = QLatin1Char(neighbours[m_random.bounded(int(std::strlen(neighbours)))]);
    switch (m_random.bounded(5)) {
    case 0: // two letters swapped
        if (position + 1 < result.size() && result.at(position) != result.at(position + 1)) {
            std::swap(result[position], result[position + 1]);
            break;
        }
        [[fallthrough]];
    case 1: // one dropped
        result.remove(position, 1);
        break;
    case 2: // one doubled
        result.insert(position, result.at(position));
        break;
    case 3: // a neighbouring key instead
        result[position] = neighbour;
        break;
    default: // a neighbouring key as well
        result.insert(position, neighbour);
        break;
    }
    return result;
}

QString SpellingCorpus::misspelled(const QString &word)
{
    ++m_misspellingsInjected;
    if (m_random.generateDouble() < classicShare) {
        QString classic = QString::fromLatin1(
            classicMisspellings[m_random.bounded(int(std::size(classicMisspellings)))]);
        if (word.at(0).isUpper())
            classic[0] = classic.at(0).toUpper();
        return classic;
    }
    return slip(word);
}

QString SpellingCorpus::transformed(const QString &paragraph)
{
    static const QRegularExpression tokenPattern(QStringLiteral("^([A-Za-z]+)([.,]?)$"));
    const QStringList tokens = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList result;
    result.reserve(tokens.size());
    bool sentenceStart = true;
    bool inQuotation = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QRegularExpressionMatch match = tokenPattern.match(tokens.at(i));
        if (!match.hasMatch()) { // a number
            result.append(tokens.at(i));
            sentenceStart = tokens.at(i).endsWith(QLatin1Char('.'));
            continue;
        }
        QString word = match.captured(1);
        QString punctuation = match.captured(2);
        const bool capitalized = word.at(0).isUpper();
        if (capitalized && !sentenceStart) {
            if (m_random.generateDouble() < nameReplacementRate)
                word = tailWord();
        } else if (!capitalized && m_random.generateDouble() < tailRate) {
            word = tailWord();
        }
        if (word.size() >= 3 && m_random.generateDouble() < m_misspellingRate)
            word = misspelled(word);
        if (sentenceStart && !word.at(0).isUpper())
            word[0] = word.at(0).toUpper();

        if (sentenceStart && m_random.generateDouble() < quotationRate) {
            word.prepend(QChar(0x201C)); // “
            inQuotation = true;
        }
        const bool sentenceEnd = punctuation == QLatin1String(".");
        if (inQuotation && sentenceEnd) {
            punctuation = QStringLiteral(",\u201D said an official."); // ”
            inQuotation = false;
        }
        word += punctuation;
        // Two words joined into a compound now and then ("state-budget").
        if (punctuation.isEmpty() && !result.isEmpty() && !sentenceStart &&
            isPlainWord(result.constLast()) && m_random.generateDouble() < compoundRate) {
            result.last() += QLatin1Char('-') + word;
        } else {
            result.append(word);
        }
        sentenceStart = sentenceEnd;
    }
    return result.join(QLatin1Char(' '));
}

QStringList SpellingCorpus::paragraphs(int words)
{
    QStringList result;
    int remaining = words;
    while (remaining > 0) {
        const ImportedArticle item = m_library.next();
        QStringList texts = {item.article.headline, item.article.summary};
        for (const Paragraph &paragraph : item.article.paragraphs)
            texts.append(paragraph.text);
        for (const QString &text : std::as_const(texts)) {
            if (remaining <= 0)
                break;
            QStringList tokens = transformed(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (tokens.size() > remaining) {
                tokens.resize(remaining);
                tokens.last() += QLatin1Char('.');
            }
            remaining -= int(tokens.size());
            result.append(tokens.join(QLatin1Char(' ')));
        }
    }
    return result;
}
