#pragma once

// Helpers of the hostile-input tests (tst_hostileinput, tst_damageddatabase): a library file that
// already holds articles, copydesk-cli as a process, and fingerprints that show a database was
// not changed (its bytes, and every row of every table).

#include "core/NinjsCodec.h"
#include "core/PlainTextImporter.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

namespace HostileInput {

inline QString testData(const QString &relative)
{
    return QStringLiteral(COPYDESK_TEST_DATA "/") + relative;
}

// The four articles of tests/data/cli (two plain-text, a linked ninjs pair), imported into a new
// library at `path`; empty on success, else what failed.
inline QString createLibrary(const QString &path)
{
    Database database;
    if (const StoreError error = database.open(path))
        return error.message;
    QList<ImportedArticle> batch;
    const QStringList files{
        QStringLiteral("cli/council-budget.txt"), QStringLiteral("cli/harbour-dredging.txt"),
        QStringLiteral("cli/series-one.ninjs.json"), QStringLiteral("cli/series-two.ninjs.json")};
    for (const QString &name : files) {
        QFile file(testData(name));
        if (!file.open(QIODevice::ReadOnly))
            return name + QStringLiteral(": ") + file.errorString();
        const QByteArray data = file.readAll();
        ImportError error;
        const std::optional<ImportedArticle> imported =
            name.endsWith(QLatin1String(".json")) ? NinjsCodec::parse(data, name, &error)
                                                  : PlainTextImporter::parse(data, name, &error);
        if (!imported)
            return error.toString();
        batch.append(*imported);
    }
    ArticleStore store(database);
    if (const StoreError error = store.importArticles(batch))
        return error.message;
    return {};
}

inline QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("unreadable: ") + file.errorString().toUtf8();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

struct Digest
{
    qint64 articles = -1;
    QByteArray rows; // SHA-256 of every row of every table, in table order
    QString problem;

    bool operator==(const Digest &other) const
    {
        return articles == other.articles && rows == other.rows && problem == other.problem;
    }
};

// Reads everything in the library at `path` through a connection of its own (read-only: taking
// the fingerprint changes nothing).
inline Digest databaseDigest(const QString &path)
{
    Digest digest;
    const QString connection = QStringLiteral("digest-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            digest.problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            QStringList tables;
            if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%' ORDER BY name"))) {
                while (query.next())
                    tables.append(query.value(0).toString());
            } else {
                digest.problem = query.lastError().text();
            }
            QCryptographicHash hash(QCryptographicHash::Sha256);
            for (const QString &table : std::as_const(tables)) {
                hash.addData(table.toUtf8());
                if (!query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
                    digest.problem = query.lastError().text();
                    break;
                }
                while (query.next()) {
                    const QSqlRecord record = query.record();
                    for (int i = 0; i < record.count(); ++i)
                        hash.addData(record.value(i).toString().toUtf8() + '\x1f');
                    hash.addData("\x1e");
                }
            }
            digest.rows = hash.result().toHex();
            if (query.exec(QStringLiteral("SELECT count(*) FROM articles")) && query.next())
                digest.articles = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return digest;
}

struct CliRun
{
    int exitCode = -1; // -1: did not finish, or crashed
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QString errText() const { return QString::fromUtf8(err); }
};

// The environment copydesk-cli runs in: the default database and settings inside `home`.
inline QProcessEnvironment cliEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("COPYDESK_DB"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg-data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/xdg-config"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

// copydesk-cli ARGUMENTS, with the default database and settings kept inside `home`.
inline CliRun runCli(const QStringList &arguments, const QString &home, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(home));
    process.setWorkingDirectory(home);
    CliRun run;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(COPYDESK_CLI_PATH), arguments);
    if (!process.waitForStarted(30000) || !process.waitForFinished(timeoutMs)) {
        run.err = "copydesk-cli did not start or finish: " + process.errorString().toUtf8();
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.elapsedMs = timer.elapsed();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit) {
        run.err += "\ncopydesk-cli crashed";
        return run;
    }
    run.exitCode = process.exitCode();
    return run;
}

} // namespace HostileInput
