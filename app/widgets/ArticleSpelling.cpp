#include "ArticleSpelling.h"

#include "core/DeskUser.h"
#include "models/ArticleDocument.h"
#include "spelling/Speller.h"
#include "spelling/WordList.h"
#include "storage/Database.h"

ArticleSpelling::ArticleSpelling(QObject *parent)
    : QObject(parent)
    , m_speller(std::make_unique<Speller>())
{
    m_languageTimer.setSingleShot(true);
    m_languageTimer.setInterval(LanguageDelayMs);
    connect(&m_languageTimer, &QTimer::timeout, this, &ArticleSpelling::applyLanguage);
    connect(m_speller.get(), &Speller::personalDictionaryErrorChanged, this,
            &ArticleSpelling::personalDictionaryProblemChanged);
}

ArticleSpelling::~ArticleSpelling() = default;

void ArticleSpelling::setCatalog(const DictionaryCatalog &catalog)
{
    m_catalog = catalog;
    // Force a reload: the same name may now come from another folder.
    m_speller->setLanguage(QString(), m_catalog);
    applyLanguage();
}

QString ArticleSpelling::personalDictionaryProblem() const
{
    return m_speller->personalDictionaryError();
}

bool ArticleSpelling::hasDictionary() const
{
    return m_speller->hasDictionary();
}

void ArticleSpelling::setDatabase(Database *database)
{
    m_database = database;
    if (!reloadNewsroomWords())
        m_speller->setNewsroomWords({});
    loadIgnoredWords();
}

bool ArticleSpelling::reloadNewsroomWords()
{
    StoreError error;
    const QList<NewsroomWord> stored = newsroomWords(&error);
    if (error) {
        m_lastError = error.message;
        return false;
    }
    QStringList words;
    words.reserve(stored.size());
    for (const NewsroomWord &word : stored)
        words.append(word.word);
    m_speller->setNewsroomWords(words);
    emit newsroomWordsChanged();
    return true;
}

QList<NewsroomWord> ArticleSpelling::newsroomWords(StoreError *error)
{
    if (error)
        *error = {};
    if (!m_database)
        return {};
    return DictionaryStore(*m_database).newsroomWords(error);
}

void ArticleSpelling::setDocument(ArticleDocument *document)
{
    disconnect(m_languageConnection);
    m_languageTimer.stop();
    m_document = document;
    if (document) {
        m_languageConnection = connect(document, &ArticleDocument::fieldChanged, this,
                                       [this](ArticleDocument::Field field) {
                                           if (field == ArticleDocument::Field::Language)
                                               m_languageTimer.start();
                                       });
    }
    loadIgnoredWords();
    applyLanguage();
}

void ArticleSpelling::loadIgnoredWords()
{
    QStringList words;
    if (m_database && m_document && m_document->articleId() > 0) {
        StoreError error;
        words = DictionaryStore(*m_database).ignoredWords(m_document->articleId(), &error);
        if (error)
            m_lastError = error.message;
    }
    m_speller->setIgnoredWords(words);
}

void ArticleSpelling::applyLanguage()
{
    m_languageTimer.stop();
    if (!m_document)
        return; // nothing to check; keep the dictionary for the next article
    const QString language = m_document->field(ArticleDocument::Field::Language).trimmed();
    QString problem;
    if (language.isEmpty()) {
        if (!m_speller->language().isEmpty() || m_speller->hasDictionary())
            m_speller->setLanguage(QString(), m_catalog);
        problem = tr("The article has no language, so its spelling is not checked. Set its "
                     "language (for example en-US) to check it.");
    } else {
        const std::optional<DictionaryCatalog::Dictionary> found = m_catalog.find(language);
        // Articles in the same language share the loaded dictionary (loading one takes a while).
        const bool loaded = found && m_speller->hasDictionary() &&
                            m_speller->dictionaryName().compare(found->name) == 0;
        const bool alreadyMissing =
            !found && !m_speller->hasDictionary() && m_speller->language() == language;
        if (!loaded && !alreadyMissing)
            m_speller->setLanguage(language, m_catalog);
        if (!m_speller->hasDictionary()) {
            problem = found ? m_speller->errorString()
                            : DictionaryCatalog::missingDictionaryMessage(language);
        }
    }
    if (problem != m_dictionaryProblem) {
        m_dictionaryProblem = problem;
        emit dictionaryChanged();
    }
}

QString ArticleSpelling::dictionaryWord(const QString &flagged)
{
    const QString word = flagged.trimmed();
    for (const QString &possessive : {QStringLiteral("'s"), QStringLiteral("’s")}) {
        if (word.size() > possessive.size() + 1 && word.endsWith(possessive, Qt::CaseInsensitive))
            return word.chopped(possessive.size());
    }
    return word;
}

bool ArticleSpelling::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool ArticleSpelling::ignoreWord(const QString &word)
{
    if (!m_database || !m_document || m_document->articleId() <= 0)
        return fail(tr("“%1” cannot be ignored: no stored article is open.").arg(word));
    if (const StoreError error =
            DictionaryStore(*m_database).ignoreWord(m_document->articleId(), word))
        return fail(error.message);
    m_speller->ignoreWord(word);
    return true;
}

bool ArticleSpelling::addNewsroomWord(const QString &word)
{
    if (!m_database)
        return fail(
            tr("“%1” cannot be added to the newsroom dictionary: no database is open.").arg(word));
    if (const StoreError error =
            DictionaryStore(*m_database).addNewsroomWord(word, DeskUser::name()))
        return fail(error.message);
    m_speller->addNewsroomWord(word);
    emit newsroomWordsChanged();
    return true;
}

bool ArticleSpelling::removeNewsroomWord(const QString &word)
{
    if (!m_database)
        return fail(tr("“%1” cannot be removed from the newsroom dictionary: no database is "
                       "open.")
                        .arg(word));
    if (const StoreError error = DictionaryStore(*m_database).removeNewsroomWord(word))
        return fail(error.message);
    m_speller->removeNewsroomWord(word);
    emit newsroomWordsChanged();
    return true;
}

bool ArticleSpelling::addPersonalWord(const QString &word)
{
    if (!m_speller->addPersonalWord(word))
        return fail(m_speller->errorString());
    return true;
}

bool ArticleSpelling::removePersonalWord(const QString &word)
{
    if (!m_speller->personalWords().contains(WordList::normalized(word)))
        return fail(tr("“%1” is not in your personal dictionary.").arg(word));
    if (!m_speller->removePersonalWord(word))
        return fail(m_speller->errorString());
    return true;
}
