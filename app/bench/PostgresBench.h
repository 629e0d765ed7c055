#pragma once

#include "Report.h"

#include "storage/StoreError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class ArticleStore;
class Database;

// Issue 7's figures on a newsroom's PostgreSQL server: the synthetic library imported through
// ArticleStore into an existing, empty database (a database that holds articles is refused, and
// nothing is ever deleted), then load, save and search by one client, then several clients
// saving a small shared set of articles at once, each on its own connection, retrying on
// Conflict; afterwards every save a client saw succeed is checked to be in the database.
class PostgresBench
{
    Q_DECLARE_TR_FUNCTIONS(PostgresBench)

public:
    PostgresBench(const QString &url, Report &report,
                  std::function<void(const QString &)> progress);

    static constexpr int clients = 8;
    static constexpr int savesPerClient = 1000; // successful saves each
    static constexpr int sharedArticles = 16;   // the articles the clients contend for

    void setArticles(int articles) { m_articles = articles; }
    bool run();
    QString failure() const { return m_failure; }
    QJsonObject environment() const { return m_environment; }

private:
    bool check(const StoreError &error, const QString &what);
    bool describeServer(Database &database);
    bool fill(Database &database, ArticleStore &store);
    bool benchLoad(ArticleStore &store);
    bool benchSave(ArticleStore &store);
    // afterAnalyze: the second pass, once ANALYZE has given the planner the library's statistics.
    bool benchSearch(ArticleStore &store, bool afterAnalyze);
    bool analyze(Database &database);
    bool benchConcurrentSaves(Database &database, ArticleStore &store);
    QList<qint64> randomIds(int count, quint32 seed) const;

    QString m_url;
    Report &m_report;
    std::function<void(const QString &)> m_progress;
    int m_articles = 100000;
    QString m_failure;
    QJsonObject m_environment;
    QString m_serverNote; // version and durability settings, for the notes

    QList<qint64> m_ids; // every article id, ascending
    QString m_rareNoun;  // coined for one article only
};
