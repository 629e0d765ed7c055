#include "DictionaryStore.h"

#include "Database.h"

#include <QSqlQuery>

#include <algorithm>

DictionaryStore::DictionaryStore(Database &db)
    : m_db(db)
{}

QString DictionaryStore::storedForm(const QString &word)
{
    // As the spelling layer compares: a curly apostrophe is a straight one.
    QString stored = word.trimmed();
    stored.replace(QChar(0x2019), QLatin1Char('\''));
    return stored;
}

bool DictionaryStore::isValidWord(const QString &word)
{
    const QString trimmed = storedForm(word);
    if (trimmed.isEmpty())
        return false;
    return std::none_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isSpace(); });
}

StoreError DictionaryStore::checkWord(const QString &word)
{
    if (isValidWord(word))
        return {};
    if (storedForm(word).isEmpty())
        return {StoreError::Kind::Invalid, tr("A dictionary word cannot be empty.")};
    return {
        StoreError::Kind::Invalid,
        tr("“%1” is not one word: a dictionary word cannot contain spaces.").arg(storedForm(word))};
}

StoreError DictionaryStore::checkArticle(qint64 articleId)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT 1 FROM articles WHERE id = ?"));
    if (StoreError error = m_db.run(query, {articleId},
                                    [&] { return tr("looking up article %1").arg(articleId); }))
        return error;
    const bool found = query.next();
    query.finish();
    if (!found)
        return {StoreError::Kind::NotFound, tr("There is no article %1.").arg(articleId)};
    return {};
}

QList<NewsroomWord> DictionaryStore::newsroomWords(StoreError *error)
{
    QList<NewsroomWord> words;
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT word, added_by, added_at FROM newsroom_words ORDER BY word"));
    StoreError result = m_db.run(query, {}, [] { return tr("reading the newsroom dictionary"); });
    while (!result && query.next()) {
        words.append(
            NewsroomWord{query.value(0).toString(), query.value(1).toString(),
                         QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)});
    }
    query.finish();
    if (error)
        *error = result;
    return result ? QList<NewsroomWord>() : words;
}

StoreError DictionaryStore::addNewsroomWord(const QString &word, const QString &addedBy,
                                            bool *added)
{
    if (added)
        *added = false;
    if (StoreError error = checkWord(word))
        return error;
    // INSERT OR IGNORE is SQLite only; ON CONFLICT DO NOTHING reads the same on PostgreSQL.
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("INSERT INTO newsroom_words(word, added_by, added_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (word) DO NOTHING"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (StoreError error = m_db.run(query, {storedForm(word), addedBy, now}, [&] {
            return tr("adding “%1” to the newsroom dictionary").arg(storedForm(word));
        }))
        return error;
    if (added)
        *added = query.numRowsAffected() == 1;
    return {};
}

StoreError DictionaryStore::removeNewsroomWord(const QString &word)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("DELETE FROM newsroom_words WHERE word = ?"));
    if (StoreError error = m_db.run(query, {storedForm(word)}, [&] {
            return tr("removing “%1” from the newsroom dictionary").arg(storedForm(word));
        }))
        return error;
    if (query.numRowsAffected() != 1) {
        return {StoreError::Kind::NotFound,
                tr("“%1” is not in the newsroom dictionary.").arg(storedForm(word))};
    }
    return {};
}

QStringList DictionaryStore::ignoredWords(qint64 articleId, StoreError *error)
{
    QStringList words;
    StoreError result;
    {
        ReadTransaction snapshot(m_db);
        result = snapshot.beginError();
        if (!result)
            result = checkArticle(articleId);
        if (!result) {
            QSqlQuery &query = m_db.prepared(QStringLiteral(
                "SELECT word FROM article_ignored_words WHERE article_id = ? ORDER BY word"));
            result = m_db.run(query, {articleId}, [&] {
                return tr("reading the ignored words of article %1").arg(articleId);
            });
            while (!result && query.next())
                words.append(query.value(0).toString());
            query.finish();
        }
    }
    if (error)
        *error = result;
    return result ? QStringList() : words;
}

StoreError DictionaryStore::ignoreWord(qint64 articleId, const QString &word)
{
    if (StoreError error = checkWord(word))
        return error;
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    if (StoreError error = checkArticle(articleId))
        return error;
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("INSERT INTO article_ignored_words(article_id, word) VALUES (?, ?)"
                       " ON CONFLICT (article_id, word) DO NOTHING"));
    if (StoreError error = m_db.run(query, {articleId, storedForm(word)}, [&] {
            return tr("ignoring “%1” in article %2").arg(storedForm(word)).arg(articleId);
        }))
        return error;
    return transaction.commit();
}

StoreError DictionaryStore::setIgnoredWords(qint64 articleId, const QStringList &words)
{
    for (const QString &word : words) {
        if (StoreError error = checkWord(word))
            return error;
    }
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    if (StoreError error = checkArticle(articleId))
        return error;
    QSqlQuery &clear =
        m_db.prepared(QStringLiteral("DELETE FROM article_ignored_words WHERE article_id = ?"));
    if (StoreError error = m_db.run(clear, {articleId}, [&] {
            return tr("saving the ignored words of article %1").arg(articleId);
        }))
        return error;
    QSqlQuery &insert = m_db.prepared(
        QStringLiteral("INSERT INTO article_ignored_words(article_id, word) VALUES (?, ?)"
                       " ON CONFLICT (article_id, word) DO NOTHING"));
    for (const QString &word : words) {
        if (StoreError error = m_db.run(insert, {articleId, storedForm(word)}, [&] {
                return tr("saving the ignored words of article %1").arg(articleId);
            }))
            return error;
    }
    return transaction.commit();
}
