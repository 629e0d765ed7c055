#include "Speller.h"

#include "HunspellDictionary.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A bound for a long-running editor; a 100,000-word article has some 10,000 distinct words.
constexpr size_t maximumCachedWords = 200'000;

// The form handed to Hunspell: curly apostrophes straightened (CSTO’s is checked as CSTO's),
// soft hyphens dropped.
QString dictionaryForm(QStringView word)
{
    QString form = word.toString();
    form.replace(QChar(0x2019), u'\'');
    form.remove(QChar(0x00AD));
    return form;
}

bool containsHyphen(QStringView word)
{
    return std::any_of(word.cbegin(), word.cend(), SpellingTokenizer::isHyphen);
}

} // namespace

Speller::Speller(QObject *parent)
    : QObject(parent)
{
    m_personal.load(&m_errorString);
}

Speller::~Speller() = default;

bool Speller::setLanguage(const QString &language)
{
    return setLanguage(language, DictionaryCatalog());
}

bool Speller::setLanguage(const QString &language, const DictionaryCatalog &catalog)
{
    m_language = language;
    m_dictionary.reset();
    m_dictionaryName.clear();
    m_dictionaryStale = false;
    m_runtimeWords.clear();
    m_wordCache.clear();
    m_suggestionCache.clear();

    bool loaded = false;
    if (const auto found = catalog.find(language)) {
        m_dictionary = HunspellDictionary::load(found->affPath, found->dicPath, &m_errorString);
        if (m_dictionary) {
            m_dictionaryName = found->name;
            const QStringList personal = m_personal.words().words();
            for (const QString &word : personal)
                addToRuntimeDictionary(word);
            const QStringList newsroom = m_newsroom.words();
            for (const QString &word : newsroom)
                addToRuntimeDictionary(word);
            loaded = true;
        }
    } else {
        m_errorString = DictionaryCatalog::missingDictionaryMessage(language);
    }
    emit allWordsChanged();
    return loaded;
}

void Speller::ensureDictionaryCurrent()
{
    if (!m_dictionaryStale || !m_dictionary)
        return;
    // Hunspell::remove() would mark the word forbidden (even a dictionary word added twice),
    // so a removed run-time word is dropped by reloading; removals are rare.
    m_dictionaryStale = false;
    QString error;
    auto reloaded =
        HunspellDictionary::load(m_dictionary->affPath(), m_dictionary->dicPath(), &error);
    if (!reloaded) {
        m_errorString = error;
        return; // keep the old one: a word too many is better than no checking at all
    }
    m_dictionary = std::move(reloaded);
    m_runtimeWords.clear();
    const QStringList personal = m_personal.words().words();
    for (const QString &word : personal)
        addToRuntimeDictionary(word);
    const QStringList newsroom = m_newsroom.words();
    for (const QString &word : newsroom)
        addToRuntimeDictionary(word);
}

void Speller::addToRuntimeDictionary(const QString &word)
{
    if (!m_dictionary)
        return;
    const QString form = dictionaryForm(word);
    if (m_runtimeWords.contains(form) || m_dictionary->spell(form))
        return;
    if (m_dictionary->add(form))
        m_runtimeWords.insert(form);
}

void Speller::forgetRuntimeWord(const QString &word)
{
    const QString form = dictionaryForm(WordList::normalized(word));
    if (m_runtimeWords.contains(form) && !m_newsroom.contains(form) &&
        !m_personal.words().contains(form))
        m_dictionaryStale = true;
}

void Speller::layerChanged(const QStringList &words)
{
    if (words.isEmpty())
        return;
    m_wordCache.clear();
    m_suggestionCache.clear();
    emit wordsChanged(words);
}

void Speller::setNewsroomWords(const QStringList &words)
{
    const WordList replacement(words);
    const QStringList before = m_newsroom.words();
    const QStringList after = replacement.words();
    QStringList changed;
    for (const QString &word : before) {
        if (!replacement.contains(word))
            changed.append(word);
    }
    for (const QString &word : after) {
        if (!m_newsroom.contains(word))
            changed.append(word);
    }
    m_newsroom = replacement;
    for (const QString &word : std::as_const(changed)) {
        if (m_newsroom.contains(word))
            addToRuntimeDictionary(word);
        else
            forgetRuntimeWord(word);
    }
    layerChanged(changed);
}

bool Speller::addNewsroomWord(const QString &word)
{
    if (!m_newsroom.insert(word))
        return false;
    addToRuntimeDictionary(WordList::normalized(word));
    layerChanged({WordList::normalized(word)});
    return true;
}

bool Speller::removeNewsroomWord(const QString &word)
{
    if (!m_newsroom.remove(word))
        return false;
    forgetRuntimeWord(word);
    layerChanged({WordList::normalized(word)});
    return true;
}

bool Speller::setPersonalDictionaryPath(const QString &path)
{
    const QString errorBefore = m_personal.loadError();
    const QStringList before = m_personal.words().words();
    m_personal = PersonalDictionary(path);
    const bool loaded = m_personal.load(&m_errorString);
    const QStringList after = m_personal.words().words();
    QStringList changed;
    for (const QString &word : before) {
        if (!m_personal.words().contains(word)) {
            changed.append(word);
            forgetRuntimeWord(word);
        }
    }
    const WordList previous(before);
    for (const QString &word : after) {
        if (!previous.contains(word)) {
            changed.append(word);
            addToRuntimeDictionary(word);
        }
    }
    layerChanged(changed);
    if (m_personal.loadError() != errorBefore)
        emit personalDictionaryErrorChanged(m_personal.loadError());
    return loaded;
}

bool Speller::addPersonalWord(const QString &word)
{
    if (!WordList::isValidWord(word)) {
        m_errorString = tr("\"%1\" is not a word that can be added: it is empty or contains "
                           "spaces.")
                            .arg(word);
        return false;
    }
    // A file that did not load is read again (the user may have fixed it); if it still does
    // not, the word is refused: saving the list without the file's words would lose them.
    if (!m_personal.loadError().isEmpty() && !setPersonalDictionaryPath(m_personal.path())) {
        m_errorString = tr("%1 “%2” is not added, so the file stays as it is.")
                            .arg(m_personal.loadError(), word);
        return false;
    }
    if (m_personal.words().contains(word))
        return true;
    if (!m_personal.add(word, &m_errorString))
        return false;
    addToRuntimeDictionary(WordList::normalized(word));
    layerChanged({WordList::normalized(word)});
    return true;
}

bool Speller::removePersonalWord(const QString &word)
{
    if (!m_personal.loadError().isEmpty())
        setPersonalDictionaryPath(m_personal.path());
    if (!m_personal.words().contains(word))
        return false;
    if (!m_personal.remove(word, &m_errorString))
        return false;
    forgetRuntimeWord(word);
    layerChanged({WordList::normalized(word)});
    return true;
}

void Speller::setIgnoredWords(const QStringList &words)
{
    const WordList replacement(words);
    QStringList changed;
    for (const QString &word : m_ignored.words()) {
        if (!replacement.contains(word))
            changed.append(word);
    }
    for (const QString &word : replacement.words()) {
        if (!m_ignored.contains(word))
            changed.append(word);
    }
    m_ignored = replacement;
    layerChanged(changed);
}

bool Speller::ignoreWord(const QString &word)
{
    if (!m_ignored.insert(word))
        return false;
    layerChanged({WordList::normalized(word)});
    return true;
}

void Speller::setTokenizerOptions(const SpellingTokenizer::Options &options)
{
    m_tokenizer.setOptions(options);
    m_wordCache.clear();
    m_suggestionCache.clear();
    emit allWordsChanged();
}

bool Speller::layersAccept(QStringView word) const
{
    return m_ignored.accepts(word) || m_newsroom.accepts(word) || m_personal.words().accepts(word);
}

bool Speller::dictionarySpells(QStringView word)
{
    ensureDictionaryCurrent();
    const QString form = dictionaryForm(word);
    if (m_dictionary->spell(form))
        return true;
    // A dictionary may list words with the typographic apostrophe itself.
    return form != word && m_dictionary->spell(word);
}

bool Speller::evaluateWord(QStringView word)
{
    if (m_tokenizer.classify(word) != SpellingTokenizer::Token::Kind::Word)
        return true;
    return layersAccept(word) || dictionarySpells(word);
}

bool Speller::evaluateCompound(QStringView compound)
{
    if (layersAccept(compound))
        return true;
    bool allPartsCorrect = true;
    for (const SpellingTokenizer::Part &part : SpellingTokenizer::hyphenParts(compound))
        allPartsCorrect =
            isWordCorrect(compound.sliced(part.start, part.length)) && allPartsCorrect;
    // The dictionary may list the hyphenated word even when a part alone is not a word.
    return allPartsCorrect || dictionarySpells(compound);
}

bool Speller::cached(QStringView word, bool (Speller::*evaluate)(QStringView))
{
    const auto found = m_wordCache.find(word);
    if (found != m_wordCache.end())
        return found->second;
    const bool correct = (this->*evaluate)(word);
    if (m_wordCache.size() >= maximumCachedWords)
        m_wordCache.clear();
    m_wordCache.emplace(word.toString(), correct);
    return correct;
}

bool Speller::isWordCorrect(QStringView word)
{
    return cached(word, &Speller::evaluateWord);
}

bool Speller::isCompoundCorrect(QStringView compound)
{
    // A hyphenated word never collides with a simple one in the shared cache.
    return cached(compound, &Speller::evaluateCompound);
}

bool Speller::check(QStringView word)
{
    if (!m_dictionary || word.isEmpty())
        return true;
    return containsHyphen(word) ? isCompoundCorrect(word) : isWordCorrect(word);
}

QList<Misspelling> Speller::misspellings(QStringView text)
{
    QList<Misspelling> result;
    if (!m_dictionary)
        return result;
    const QList<SpellingTokenizer::Token> tokens = m_tokenizer.tokenize(text);
    for (const SpellingTokenizer::Token &token : tokens) {
        if (token.kind != SpellingTokenizer::Token::Kind::Word)
            continue;
        const QStringView word = text.sliced(token.start, token.length);
        if (!token.hyphenated) {
            if (!isWordCorrect(word))
                result.append({token.start, token.length, word.toString(), {}, -1});
            continue;
        }
        if (isCompoundCorrect(word))
            continue;
        for (const SpellingTokenizer::Part &part : SpellingTokenizer::hyphenParts(word)) {
            const QStringView partWord = word.sliced(part.start, part.length);
            if (!isWordCorrect(partWord)) {
                result.append({token.start + part.start, part.length, partWord.toString(),
                               word.toString(), token.start});
            }
        }
    }
    return result;
}

QStringList Speller::suggestions(const QString &word, int maximum)
{
    if (!m_dictionary || word.isEmpty() || maximum <= 0)
        return {};
    auto found = m_suggestionCache.constFind(word);
    if (found == m_suggestionCache.cend()) {
        ensureDictionaryCurrent();
        QStringList all = m_dictionary->suggest(dictionaryForm(word));
        const QList<SpellingTokenizer::Part> parts = SpellingTokenizer::hyphenParts(word);
        if (parts.size() > 1) {
            // Hunspell suggests for the whole word; add the word with each wrong part mended.
            for (const SpellingTokenizer::Part &part : parts) {
                const QString partWord = word.mid(part.start, part.length);
                if (isWordCorrect(partWord))
                    continue;
                const QStringList partSuggestions = m_dictionary->suggest(dictionaryForm(partWord));
                for (const QString &replacement : partSuggestions) {
                    if (!replacement.contains(u' '))
                        all.append(QString(word).replace(part.start, part.length, replacement));
                }
            }
        }
        if (word.contains(QChar(0x2019))) {
            for (QString &suggestion : all)
                suggestion.replace(u'\'', QChar(0x2019));
        }
        all.removeDuplicates();
        all.removeAll(word);
        found = m_suggestionCache.insert(word, all);
    }
    return found->first(std::min<qsizetype>(maximum, found->size()));
}
