// A newsroom sharing one PostgreSQL database (issue 7): the roles and rules `init` installs,
// refused both through Copydesk and by a client that bypasses it (psql with an editor login);
// two desks saving one article; migrate SQLite -> PostgreSQL -> SQLite.
#include "ArticleFixtures.h"
#include "TestDatabase.h"
#include "core/NinjsCodec.h"
#include "storage/ArticleLocks.h"
#include "storage/ArticleStore.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/NewsroomServer.h"
#include "storage/PostgresAddress.h"
#include "storage/ReviewStore.h"

#include <QDir>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(COPYDESK_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// psql, the client every PostgreSQL installation has: proves the server refuses by itself.
CliResult runPsql(const QString &url, const QString &sql)
{
    QProcess process;
    process.start(QStringLiteral("psql"),
                  {u"-X"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, url, u"-c"_s, sql});
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Three paragraphs, each citing sources, not stored yet.
Article story()
{
    Article article = fixtures::attributedArticle(u"Harbour crane collapses"_s);
    article.paragraphs = {
        fixtures::paragraph(u"A crane fell onto the quay on Monday."_s, {u"Port police"_s}),
        fixtures::paragraph(u"Nobody was hurt, the port said."_s,
                            {u"Port authority"_s, u"Fire brigade"_s}),
        fixtures::paragraph(u"The quay stays closed until Friday."_s, {u"Port authority"_s}),
    };
    return article;
}

QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

// Stores `article` as the login of `url` (filling its id).
bool createAs(const QString &url, Article &article)
{
    Database db;
    if (db.open(url))
        return false;
    return !ArticleStore(db).create(article);
}

} // namespace

class TestNewsroomServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void initInstallsRolesAndIsIdempotent();
    void loginIsTheActingUser();
    void editorRefusedThroughCopydesk();
    void serverRefusesAClientThatBypassesCopydesk();
    void nobodyApprovesTheirOwnArticle();
    void editorSaveCarriesReviewsOver();
    void twoDesksSavingOneArticle();
    void migrateRoundTripKeepsExports();
    void otherDesksHearOfChanges();
    void lostConnectionKeepsEditsAndRecovers();
    void concurrentSavesConflictAndLoseNothing();

private:
    // A login in `role` (copydesk_editor...) and its URL for this test's database.
    QString login(const QString &role, QString *name = nullptr);

    std::unique_ptr<TestDatabase> m_databases;
    QString m_url; // the admin's URL of the test database
    QStringList m_logins;
};

void TestNewsroomServer::init()
{
    m_databases = std::make_unique<TestDatabase>();
    m_url = m_databases->location();
    Database admin;
    const StoreError opened = admin.open(m_url);
    QVERIFY2(!opened, qPrintable(opened.message));
    const StoreError error = NewsroomServer::init(admin);
    QVERIFY2(!error, qPrintable(error.message));
}

void TestNewsroomServer::cleanup()
{
    m_databases.reset(); // drops the database, so the logins own nothing there any more
    TestDatabase::withAdmin([this](QSqlQuery &query) {
        for (const QString &name : std::as_const(m_logins))
            query.exec(u"DROP ROLE IF EXISTS %1"_s.arg(name));
        return true;
    });
    m_logins.clear();
}

QString TestNewsroomServer::login(const QString &role, QString *name)
{
    const QString user = uniqueName(role.mid(9, 3) + u"_"_s); // edi_..., rev_..., chi_...
    const bool created = TestDatabase::withAdmin([&](QSqlQuery &query) {
        return query.exec(u"CREATE ROLE %1 LOGIN IN ROLE %2"_s.arg(user, role));
    });
    if (!created)
        return {};
    m_logins.append(user);
    if (name)
        *name = user;
    QString problem;
    return PostgresAddress::parse(m_url, &problem).withUser(user).display();
}

void TestNewsroomServer::initInstallsRolesAndIsIdempotent()
{
    Database admin;
    QVERIFY(!admin.open(m_url));
    QVERIFY(NewsroomServer::rulesInstalled(admin));
    QVERIFY(!NewsroomServer::init(admin)); // again: same result, no duplicate triggers
    QSqlQuery query(admin.connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'copydesk_%_rules'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 3);
    QVERIFY(query.exec(u"SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles"
                       " WHERE rolname LIKE 'copydesk_%'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"copydesk_chief,copydesk_editor,copydesk_reviewer"_s);

    // Through the CLI as well; an SQLite file needs no init.
    const CliResult again = runCli({u"--db"_s, m_url, u"init"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(again.out.contains(u"copydesk_reviewer"_s));
    const CliResult file = runCli({u"--db"_s, m_databases->filePath(u"desk.sqlite"_s), u"init"_s});
    QCOMPARE(file.exitCode, 2);
    QVERIFY(file.err.contains(u"SQLite file needs none"_s));
}

void TestNewsroomServer::loginIsTheActingUser()
{
    QString editorName;
    const QString editorUrl = login(u"copydesk_editor"_s, &editorName);
    QVERIFY(!editorUrl.isEmpty());
    Database db;
    QVERIFY(!db.open(editorUrl));
    StoreError error;
    const std::optional<DeskActor> actor = NewsroomServer::sessionActor(db, &error);
    QVERIFY2(actor, qPrintable(error.message));
    QCOMPARE(actor->name, editorName);
    QCOMPARE(actor->role, DeskRole::Editor);

    // Whatever name the client writes, the server records the login.
    ArticleStore store(db);
    store.setActor(DeskActor{u"Somebody Else"_s, DeskRole::Chief});
    Article article = story();
    article.createdBy = u"Somebody Else"_s;
    article.updatedBy = u"Somebody Else"_s;
    QVERIFY(!store.create(article));
    const std::optional<Article> stored = store.load(article.id);
    QVERIFY(stored);
    QCOMPARE(stored->createdBy, editorName);
    QCOMPARE(stored->updatedBy, editorName);

    // A login in none of the roles is told so.
    QString outsider = uniqueName(u"out_"_s);
    QVERIFY(TestDatabase::withAdmin(
        [&](QSqlQuery &query) { return query.exec(u"CREATE ROLE %1 LOGIN"_s.arg(outsider)); }));
    m_logins.append(outsider);
    QString problem;
    Database stranger;
    const QString strangerUrl =
        PostgresAddress::parse(m_url, &problem).withUser(outsider).display();
    error = stranger.open(strangerUrl);
    QCOMPARE(error.kind, StoreError::Kind::NotAllowed);
    QVERIFY2(error.message.contains(outsider), qPrintable(error.message));
    QVERIFY(error.message.contains(u"none of the Copydesk roles"_s));

    // The CLI acts as the login and refuses to pretend otherwise.
    const CliResult pretend =
        runCli({u"--db"_s, editorUrl, u"status"_s, QString::number(article.id), u"review"_s,
                u"--as"_s, u"chief"_s, u"--role"_s, u"chief"_s});
    QCOMPARE(pretend.exitCode, 2);
    QVERIFY2(pretend.err.contains(u"you act as your login %1"_s.arg(editorName)),
             qPrintable(pretend.err));
    const CliResult list = runCli({u"--db"_s, strangerUrl, u"list"_s});
    QCOMPARE(list.exitCode, 3); // a database that does not open
    QVERIFY(list.err.contains(u"none of the Copydesk roles"_s));
}

void TestNewsroomServer::editorRefusedThroughCopydesk()
{
    const QString editorUrl = login(u"copydesk_editor"_s);
    Article article = story();
    {
        Database db;
        QVERIFY(!db.open(editorUrl));
        ArticleStore store(db);
        store.setActor(*NewsroomServer::sessionActor(db));
        QVERIFY(!store.create(article));
    }
    // Sending to review is an editor's move; approving is not.
    CliResult result =
        runCli({u"--db"_s, editorUrl, u"status"_s, QString::number(article.id), u"review"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result =
        runCli({u"--db"_s, editorUrl, u"status"_s, QString::number(article.id), u"approved"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"editor"_s), qPrintable(result.err));
    // Verifying a source neither.
    result = runCli({u"--db"_s, editorUrl, u"verify"_s, QString::number(article.id), u"1"_s,
                     article.paragraphs.first().attributions.first().sourceName, u"--state"_s,
                     u"verified"_s});
    QCOMPARE(result.exitCode, 2);
    // Nor configuring where articles go.
    result = runCli({u"--db"_s, editorUrl, u"destination"_s, u"add"_s, u"Wire"_s, u"--folder"_s,
                     m_databases->filePath(u"hot"_s)});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"permission denied"_s), qPrintable(result.err));
}

void TestNewsroomServer::serverRefusesAClientThatBypassesCopydesk()
{
    const QString editorUrl = login(u"copydesk_editor"_s);
    Article article = story();
    QVERIFY(createAs(editorUrl, article));
    const QString id = QString::number(article.id);
    struct Attempt
    {
        QString sql;
        QString refusal;
    };
    const Attempt attempts[] = {
        {u"UPDATE articles SET status = 'approved' WHERE id = %1"_s.arg(id),
         u"only a reviewer or a chief"_s},
        {u"UPDATE articles SET status = 'published' WHERE id = %1"_s.arg(id),
         u"only a reviewer or a chief"_s},
        {u"INSERT INTO articles(uuid, uri, headline, status, created_at, updated_at) VALUES"
         " ('6f1c1c7e-0000-4000-8000-0000000000ff', 'urn:x', 'Forged', 'approved', 'x', 'x')"_s,
         u"can only be a draft or in review"_s},
        {u"UPDATE attributions SET verification = 'verified', reviewer = 'me'"_s,
         u"only a reviewer or a chief can verify"_s},
        {u"INSERT INTO attributions(paragraph_id, source_id, position, verification) SELECT"
         " paragraph_id, source_id, position + 10, 'verified' FROM attributions LIMIT 1"_s,
         u"only a reviewer or a chief can verify"_s},
        {u"UPDATE audit_log SET actor = 'nobody'"_s, u"permission denied"_s},
        {u"DELETE FROM audit_log"_s, u"permission denied"_s},
        {u"TRUNCATE audit_log"_s, u"permission denied"_s},
        {u"DELETE FROM publish_destinations"_s, u"permission denied"_s},
        {u"INSERT INTO publications(article_id, destination_id, version, pub_status, at,"
         " succeeded) VALUES (%1, 1, 1, 'usable', 'x', 1)"_s.arg(id),
         u"permission denied"_s},
    };
    for (const Attempt &attempt : attempts) {
        const CliResult result = runPsql(editorUrl, attempt.sql);
        QVERIFY2(result.exitCode != 0, qPrintable(attempt.sql));
        QVERIFY2(result.err.contains(attempt.refusal),
                 qPrintable(attempt.sql + u" -> "_s + result.err));
    }
    // What an editor may do works from psql too, and is recorded as the login.
    const CliResult review =
        runPsql(editorUrl, u"UPDATE articles SET status = 'review' WHERE id = %1"_s.arg(id));
    QVERIFY2(review.exitCode == 0, qPrintable(review.err));

    // Not even the owner may rewrite history.
    Database admin;
    QVERIFY(!admin.open(m_url));
    QSqlQuery query(admin.connection());
    QVERIFY(!query.exec(u"UPDATE audit_log SET actor = 'nobody'"_s) ||
            query.numRowsAffected() == 0);
    QVERIFY(
        query.exec(u"INSERT INTO audit_log(article_id, article_uuid, at, actor, role,"
                   " action, version) VALUES (%1, 'u', 'x', 'x', 'x', 'created', 1)"_s.arg(id)));
    QVERIFY(!query.exec(u"DELETE FROM audit_log"_s));
    QVERIFY(query.lastError().text().contains(u"cannot be deleted"_s));
}

void TestNewsroomServer::nobodyApprovesTheirOwnArticle()
{
    QString reviewerName;
    const QString reviewerUrl = login(u"copydesk_reviewer"_s, &reviewerName);
    const QString otherReviewerUrl = login(u"copydesk_reviewer"_s);
    const QString editorUrl = login(u"copydesk_editor"_s);
    Article article = story();
    QVERIFY(createAs(editorUrl, article));
    const QString id = QString::number(article.id);
    // The reviewer edits the article (a new version), then tries to approve it from psql.
    QVERIFY(runPsql(reviewerUrl, u"UPDATE articles SET version = version + 1, headline ="
                                 " headline || '!' WHERE id = %1"_s.arg(id))
                .exitCode == 0);
    QVERIFY(runPsql(reviewerUrl, u"UPDATE articles SET status = 'review' WHERE id = %1"_s.arg(id))
                .exitCode == 0);
    const CliResult own =
        runPsql(reviewerUrl, u"UPDATE articles SET status = 'approved' WHERE id = %1"_s.arg(id));
    QVERIFY(own.exitCode != 0);
    QVERIFY2(own.err.contains(u"%1 wrote or last edited this article"_s.arg(reviewerName)),
             qPrintable(own.err));
    // Another reviewer may; the audit row written by a client is stamped with the login.
    const CliResult other = runPsql(
        otherReviewerUrl, u"UPDATE articles SET status = 'approved' WHERE id = %1"_s.arg(id));
    QVERIFY2(other.exitCode == 0, qPrintable(other.err));
    QVERIFY(
        runPsql(otherReviewerUrl,
                u"INSERT INTO audit_log(article_id, article_uuid, at, actor, role, action,"
                " version) VALUES (%1, 'u', 'x', 'Forged Name', 'chief', 'approved', 1)"_s.arg(id))
            .exitCode == 0);
    Database admin;
    QVERIFY(!admin.open(m_url));
    QSqlQuery query(admin.connection());
    QVERIFY(query.exec(u"SELECT actor, role FROM audit_log ORDER BY id DESC LIMIT 1"_s));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toString().startsWith(u"rev_"_s));
    QCOMPARE(query.value(1).toString(), u"reviewer"_s);
}

void TestNewsroomServer::editorSaveCarriesReviewsOver()
{
    const QString editorUrl = login(u"copydesk_editor"_s);
    const QString reviewerUrl = login(u"copydesk_reviewer"_s);
    Article article = story();
    {
        Database db;
        QVERIFY(!db.open(editorUrl));
        ArticleStore store(db);
        store.setActor(*NewsroomServer::sessionActor(db));
        QVERIFY(!store.create(article));
    }
    {
        // The reviewer verifies the first paragraph's first source.
        Database db;
        QVERIFY(!db.open(reviewerUrl));
        ArticleStore store(db);
        store.setActor(*NewsroomServer::sessionActor(db));
        Article reviewed = *store.load(article.id);
        reviewed.paragraphs[0].attributions[0].verification = Verification::Verified;
        const StoreError error = store.save(reviewed);
        QVERIFY2(!error, qPrintable(error.message));
    }
    // The editor adds a second source to that paragraph: the save rewrites its attributions,
    // carrying the reviewer's verification over, which the server allows.
    Database db;
    QVERIFY(!db.open(editorUrl));
    ArticleStore store(db);
    store.setActor(*NewsroomServer::sessionActor(db));
    Article edited = *store.load(article.id);
    QCOMPARE(edited.paragraphs[0].attributions[0].verification, Verification::Verified);
    edited.paragraphs[0].attributions.append(
        Attribution{0, u"Harbour authority"_s, {}, {}, Verification::Unchecked, {}, {}, {}});
    const StoreError error = store.save(edited);
    QVERIFY2(!error, qPrintable(error.message));
    const std::optional<Article> stored = store.load(article.id);
    QVERIFY(stored);
    QCOMPARE(stored->paragraphs[0].attributions.size(), edited.paragraphs[0].attributions.size());
    QCOMPARE(stored->paragraphs[0].attributions[0].verification, Verification::Verified);

    // Forging one in the client is refused by the server, and nothing of that save stays.
    Article forged = *stored;
    forged.paragraphs[0].attributions.last().verification = Verification::Verified;
    forged.paragraphs[0].attributions.last().reviewer = u"A Reviewer"_s;
    store.setActor(DeskActor{u"pretender"_s, DeskRole::Reviewer}); // the client lies
    const StoreError refused = store.save(forged);
    QCOMPARE(refused.kind, StoreError::Kind::NotAllowed);
    QVERIFY2(refused.message.contains(u"only a reviewer or a chief can verify"_s),
             qPrintable(refused.message));
    QCOMPARE(store.load(article.id)->paragraphs, stored->paragraphs);
}

void TestNewsroomServer::twoDesksSavingOneArticle()
{
    const QString firstUrl = login(u"copydesk_editor"_s);
    const QString secondUrl = login(u"copydesk_editor"_s);
    Database first;
    Database second;
    QVERIFY(!first.open(firstUrl));
    QVERIFY(!second.open(secondUrl));
    ArticleStore mine(first);
    ArticleStore theirs(second);
    Article article = story();
    QVERIFY(!mine.create(article));

    Article myCopy = *mine.load(article.id);
    Article theirCopy = *theirs.load(article.id);
    myCopy.paragraphs[0].text = u"The first desk's wording."_s;
    theirCopy.paragraphs[1].text = u"The second desk's wording."_s;
    QVERIFY(!mine.save(myCopy));
    const StoreError conflict = theirs.save(theirCopy);
    QCOMPARE(conflict.kind, StoreError::Kind::Conflict);
    // Nothing of the refused save was written; the first desk's edit stands.
    Article stored = *theirs.load(article.id);
    QCOMPARE(stored.paragraphs[0].text, u"The first desk's wording."_s);
    QCOMPARE(stored.paragraphs[1].text, article.paragraphs[1].text);
    // The second desk merges onto the stored version and saves: both edits are there.
    stored.paragraphs[1].text = theirCopy.paragraphs[1].text;
    QVERIFY(!theirs.save(stored));
    const Article merged = *mine.load(article.id);
    QCOMPARE(merged.paragraphs[0].text, u"The first desk's wording."_s);
    QCOMPARE(merged.paragraphs[1].text, u"The second desk's wording."_s);
    QCOMPARE(merged.version, 3);
    QCOMPARE(mine.history(article.id).size(), 3);
}

void TestNewsroomServer::migrateRoundTripKeepsExports()
{
    const QString samples = QStringLiteral(COPYDESK_SHARED_DIR) + u"/samples"_s;
    QStringList files;
    for (const QFileInfo &file : QDir(samples).entryInfoList(QDir::Files, QDir::Name))
        files.append(file.absoluteFilePath());
    if (files.isEmpty())
        files = {QStringLiteral(COPYDESK_TEST_DATA) + u"/good/harbour-bridge.txt"_s};
    const QString original = m_databases->filePath(u"original.sqlite"_s);
    CliResult result = runCli(QStringList{u"--db"_s, original, u"import"_s} + files);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = runCli({u"--db"_s, original, u"status"_s, u"1"_s, u"review"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    // Into a fresh server database (not the one init prepared: migrate goes before init) and
    // back into a new file.
    const QString server = m_databases->location(u"migrated"_s);
    result = runCli({u"migrate"_s, u"--from"_s, original, u"--to"_s, server});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(u"every table's row count and checksum match"_s));
    const QString back = m_databases->filePath(u"back.sqlite"_s);
    result = runCli({u"migrate"_s, u"--from"_s, server, u"--to"_s, back});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // A second copy into a database that is no longer empty is refused.
    result = runCli({u"migrate"_s, u"--from"_s, original, u"--to"_s, server});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"is not empty"_s));

    QMap<QString, QMap<QString, QByteArray>> exports;
    for (const QString &location : {original, server, back}) {
        const QString out = m_databases->filePath(u"export-%1"_s.arg(exports.size()));
        result = runCli({u"--db"_s, location, u"export"_s, u"--all"_s, u"--out"_s, out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QMap<QString, QByteArray> contents;
        for (const QFileInfo &file : QDir(out).entryInfoList(QDir::Files, QDir::Name)) {
            QFile read(file.absoluteFilePath());
            QVERIFY(read.open(QIODevice::ReadOnly));
            contents.insert(file.fileName(), read.readAll());
        }
        QVERIFY(!contents.isEmpty());
        exports.insert(location, contents);
    }
    QCOMPARE(exports.value(server), exports.value(original));
    QCOMPARE(exports.value(back), exports.value(original));
    // Search works on the copy (its index was built there).
    result = runCli({u"--db"_s, server, u"list"_s, u"--search"_s, u"rail"_s, u"--json"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

void TestNewsroomServer::otherDesksHearOfChanges()
{
    Database watcher;
    QVERIFY(!watcher.open(m_url));
    ChangeNotifier notifier(watcher);
    QVERIFY(notifier.isActive());
    QSignalSpy articles(&notifier, &ChangeNotifier::articleChanged);
    QSignalSpy locks(&notifier, &ChangeNotifier::lockChanged);

    Database desk;
    QVERIFY(!desk.open(m_url));
    ArticleStore store(desk);
    Article first = story();
    QVERIFY(!store.create(first));
    QTRY_COMPARE(articles.count(), 1);
    QCOMPARE(articles.at(0).at(0).toLongLong(), first.id);
    QCOMPARE(articles.at(0).at(1).toInt(), 1);

    // A save, a status change and a link are each announced with the row as it is now.
    first.paragraphs[0].text = u"The crane fell at dawn."_s;
    QVERIFY(!store.save(first));
    QTRY_COMPARE(articles.count(), 2);
    QCOMPARE(articles.at(1).at(1).toInt(), 2);
    ReviewStore reviews(desk);
    QVERIFY(
        !reviews.changeStatus(first.id, StatusChangeRequest{ArticleStatus::InReview, {}, {}, {}}));
    QTRY_COMPARE(articles.count(), 3);
    QCOMPARE(articles.at(2).at(2).toString(), u"review"_s);
    Article second = story();
    QVERIFY(!store.create(second));
    QVERIFY(!store.link(first.id, second.id));
    QTRY_VERIFY(articles.count() >= 6); // the new article, then both ends of the link
    QVERIFY(!articles.last().at(3).toBool());

    // Locks: taken and released by another desk.
    ArticleLocks deskLocks(store, u"Anna"_s);
    ArticleLock standing;
    QVERIFY(!deskLocks.acquire(first.id, &standing));
    QTRY_COMPARE(locks.count(), 1);
    QCOMPARE(locks.at(0).at(1).toString(), u"Anna"_s);
    QVERIFY(!deskLocks.release(first.id));
    QTRY_COMPARE(locks.count(), 2);
    QVERIFY(locks.at(1).at(2).toBool());

    // Deleting is announced as such; what the watcher does itself is not announced to it.
    QVERIFY(!store.remove(second.id));
    // (Unlinking its neighbour is announced too, as an update of that neighbour.)
    const auto heardRemoval = [&] {
        for (const QList<QVariant> &change : std::as_const(articles)) {
            if (change.at(0).toLongLong() == second.id && change.at(3).toBool())
                return true;
        }
        return false;
    };
    QTRY_VERIFY(heardRemoval());
    const qsizetype heard = articles.count();
    ArticleStore own(watcher);
    Article mine = *own.load(first.id);
    mine.summary = u"Changed at the watching desk."_s;
    QVERIFY(!own.save(mine));
    QTest::qWait(300);
    QCOMPARE(articles.count(), heard);

    // After the watcher's own statements (kept prepared, as the stores do) a change made
    // elsewhere still arrives at once: Qt's driver used to leave the connection busy with a
    // row-by-row result, and announcements then waited for the watcher's next query.
    QSqlQuery &kept = watcher.prepared(u"SELECT id, status FROM articles WHERE id = ?"_s);
    QVERIFY(watcher.execute(kept, {first.id}));
    QVERIFY(kept.next());
    kept.finish();
    {
        Database elsewhere;
        QVERIFY(!elsewhere.open(m_url));
        ArticleStore theirs(elsewhere);
        Article copy = *theirs.load(first.id);
        copy.summary = u"Changed while the watcher was idle."_s;
        QVERIFY(!theirs.save(copy));
    }
    QTRY_COMPARE_WITH_TIMEOUT(articles.count(), heard + 1, 2000);
}

void TestNewsroomServer::lostConnectionKeepsEditsAndRecovers()
{
    Database desk;
    QVERIFY(!desk.open(m_url));
    ArticleStore store(desk);
    Article article = story();
    QVERIFY(!store.create(article));
    QSqlQuery pid(desk.connection());
    QVERIFY(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
    const qint64 backend = pid.value(0).toLongLong();
    pid.finish();

    // The server ends the session (a restart, a network cut) while the desk edits.
    Article edited = *store.load(article.id);
    QVERIFY(TestDatabase::withAdmin([&](QSqlQuery &query) {
        return query.exec(u"SELECT pg_terminate_backend(%1)"_s.arg(backend));
    }));
    edited.paragraphs[0].text = u"Written while the server was away."_s;
    Article attempt = edited;
    const StoreError lost = store.save(attempt);
    QCOMPARE(lost.kind, StoreError::Kind::Unavailable);
    QVERIFY2(lost.message.contains(u"connection to the newsroom server was lost"_s),
             qPrintable(lost.message));
    QCOMPARE(attempt.paragraphs[0].text, edited.paragraphs[0].text); // the edit is still there

    // The next save connects again and stores it.
    const StoreError saved = store.save(attempt);
    QVERIFY2(!saved, qPrintable(saved.message));
    QCOMPARE(store.load(article.id)->paragraphs[0].text, u"Written while the server was away."_s);
    QCOMPARE(store.load(article.id)->version, 2);
}

void TestNewsroomServer::concurrentSavesConflictAndLoseNothing()
{
    Article article = story();
    {
        Database db;
        QVERIFY(!db.open(m_url));
        QVERIFY(!ArticleStore(db).create(article));
    }
    // Four desks save one article as fast as they can, each reloading after a conflict. Every
    // failure must be a Conflict (not a server error), and every save that succeeded must be
    // a version of its own.
    constexpr int desks = 4;
    constexpr int savesEach = 15;
    std::atomic<int> otherErrors = 0;
    std::atomic<int> conflicts = 0;
    QStringList failures;
    QMutex failuresMutex;
    std::vector<std::thread> threads;
    for (int desk = 0; desk < desks; ++desk) {
        threads.emplace_back([&, desk] {
            Database db;
            if (db.open(m_url)) {
                ++otherErrors;
                return;
            }
            ArticleStore store(db);
            for (int saved = 0; saved < savesEach;) {
                std::optional<Article> copy = store.load(article.id);
                if (!copy) {
                    ++otherErrors;
                    return;
                }
                copy->paragraphs[0].text += u" d%1s%2"_s.arg(desk).arg(saved);
                const StoreError error = store.save(*copy);
                if (!error) {
                    ++saved;
                } else if (error.kind == StoreError::Kind::Conflict) {
                    ++conflicts;
                } else {
                    ++otherErrors;
                    QMutexLocker lock(&failuresMutex);
                    failures.append(error.message);
                    return;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY2(otherErrors == 0, qPrintable(failures.join(u"\n"_s)));
    Database db;
    QVERIFY(!db.open(m_url));
    const Article final = *ArticleStore(db).load(article.id);
    QCOMPARE(final.version, 1 + desks * savesEach);
    for (int desk = 0; desk < desks; ++desk) {
        for (int saved = 0; saved < savesEach; ++saved)
            QVERIFY(final.paragraphs[0].text.contains(u" d%1s%2 "_s.arg(desk).arg(saved)) ||
                    final.paragraphs[0].text.endsWith(u" d%1s%2"_s.arg(desk).arg(saved)));
    }
    qInfo("%d conflicts among %d saves", conflicts.load(), desks * savesEach);
}

QTEST_GUILESS_MAIN(TestNewsroomServer)
#include "tst_newsroomserver.moc"
