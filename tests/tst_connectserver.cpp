// File › Connect to Newsroom Server (issue 7, the editor's half): the dialog's address, connecting
// the window through it (trust on the socket, a scram password over TCP), asking for a password
// only when the server wants one, never storing it, and the server deciding who works.
#include "TestDatabase.h"
#include "core/DeskUser.h"
#include "models/ArticleDocument.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/NewsroomServer.h"
#include "storage/PostgresAddress.h"
#include "widgets/ConnectServerDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

struct ServerFields
{
    QString host;
    int port = 5432;
    QString database;
    QString userName;
    QString password;
    QString sslMode = u"prefer"_s;
};

void fill(ConnectServerDialog *dialog, const ServerFields &fields)
{
    dialog->findChild<QLineEdit *>(u"hostEdit"_s)->setText(fields.host);
    dialog->findChild<QSpinBox *>(u"portSpin"_s)->setValue(fields.port);
    dialog->findChild<QLineEdit *>(u"databaseEdit"_s)->setText(fields.database);
    dialog->findChild<QLineEdit *>(u"userEdit"_s)->setText(fields.userName);
    dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(fields.password);
    auto *ssl = dialog->findChild<QComboBox *>(u"sslModeCombo"_s);
    ssl->setCurrentIndex(ssl->findData(fields.sslMode));
}

// What the modal dialogs opened while `trigger` ran saw: the first ConnectServerDialog is filled
// and accepted (one shown again after a failure is cancelled), each message box's text recorded
// and the box closed.
struct Answers
{
    int connectDialogs = 0;
    QStringList messages;
};

Answers answering(const std::function<void()> &trigger, const ServerFields &fields = {})
{
    Answers answers;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<ConnectServerDialog *>(modal)) {
            if (++answers.connectDialogs == 1) {
                fill(dialog, fields);
                dialog->accept();
            }
            if (dialog->isVisible())
                dialog->reject();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            answers.messages.append(box->text());
            box->done(QMessageBox::Ok);
        } else if (modal) {
            modal->close();
        }
    });
    timer.start();
    trigger();
    return answers;
}

// Every key and value of the settings, and the settings file itself, as one text.
QString everythingInSettings()
{
    QSettings settings;
    settings.sync();
    QString text;
    for (const QString &key : settings.allKeys())
        text += key + u"="_s + settings.value(key).toStringList().join(u","_s) +
                settings.value(key).toString() + u"\n"_s;
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        text += QString::fromUtf8(file.readAll());
    return text;
}

} // namespace

class TestConnectServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dialogBuildsTheUrl_data();
    void dialogBuildsTheUrl();
    void dialogNeedsADatabaseAndReadsUrls();
    void connectsThroughTheDialog();
    void passwordLoginOverTcp();
    void asksForThePasswordOnlyWhenNeeded();
    void serverDecidesWhoWorks();
    void editsWaitForALostConnection();

private:
    QAction *connectAction(MainWindow &window) const;
    // A login with `password` owning a fresh test database; its TCP fields for the dialog.
    ServerFields passwordLogin(const QString &password);

    QTemporaryDir m_config;
    std::unique_ptr<TestDatabase> m_databases;
    QStringList m_logins;
    PostgresAddress m_admin;
};

void TestConnectServer::initTestCase()
{
    // A throwaway configuration: nothing here may reach the user's settings.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CopydeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_connectserver"_s);
    qunsetenv("COPYDESK_USER");
    qunsetenv("COPYDESK_ROLE");
    QString problem;
    const QString adminUrl = TestDatabase::adminUrl(&problem);
    QVERIFY2(!adminUrl.isEmpty(), qPrintable(problem));
    m_admin = PostgresAddress::parse(adminUrl, &problem);
    QVERIFY2(!m_admin.isNull(), qPrintable(problem));
    QVERIFY(m_admin.host().startsWith(u'/')); // the cluster's socket folder
}

void TestConnectServer::init()
{
    QSettings().clear();
    m_databases = std::make_unique<TestDatabase>();
}

void TestConnectServer::cleanup()
{
    m_databases.reset(); // drops the databases, so the logins own nothing any more
    TestDatabase::withAdmin([this](QSqlQuery &query) {
        for (const QString &name : std::as_const(m_logins))
            query.exec(u"DROP ROLE IF EXISTS %1"_s.arg(name));
        return true;
    });
    m_logins.clear();
}

QAction *TestConnectServer::connectAction(MainWindow &window) const
{
    return window.findChild<QAction *>(u"actionConnectServer"_s);
}

ServerFields TestConnectServer::passwordLogin(const QString &password)
{
    const QString url = m_databases->location(uniqueName(u"pw"_s));
    QString problem;
    const PostgresAddress address = PostgresAddress::parse(url, &problem);
    const QString user = uniqueName(u"pw_"_s);
    const bool created = TestDatabase::withAdmin([&](QSqlQuery &query) {
        return query.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(user, password)) &&
               query.exec(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(address.databaseName(), user));
    });
    if (!created)
        return {};
    m_logins.append(user);
    return {u"127.0.0.1"_s, m_admin.port(), address.databaseName(), user, {}, u"disable"_s};
}

void TestConnectServer::dialogBuildsTheUrl_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("url");

    QTest::newRow("defaults") << u"localhost"_s << 5432 << u"newsroom"_s << u"anna"_s << u"prefer"_s
                              << u"postgresql://anna@localhost:5432/newsroom"_s;
    QTest::newRow("ssl required")
        << u"db.example.org"_s << 6543 << u"newsroom"_s << u"anna"_s << u"require"_s
        << u"postgresql://anna@db.example.org:6543/newsroom?sslmode=require"_s;
    QTest::newRow("verify-full")
        << u"db.example.org"_s << 5432 << u"news"_s << u"bo"_s << u"verify-full"_s
        << u"postgresql://bo@db.example.org:5432/news?sslmode=verify-full"_s;
    QTest::newRow("socket folder")
        << u"/var/run/postgresql"_s << 5433 << u"newsroom"_s << u"anna"_s << u"require"_s
        << u"postgresql://anna@/newsroom?host=/var/run/postgresql&port=5433"_s;
    QTest::newRow("special characters")
        << u"localhost"_s << 5432 << u"news room #1?"_s << u"o'brien@desk:ü"_s << u"disable"_s
        << u"postgresql://o%27brien%40desk%3A%C3%BC@localhost:5432/news%20room%20%231%3F"
           u"?sslmode=disable"_s;
    QTest::newRow("socket folder with & and space")
        << u"/tmp/pg & co"_s << 5432 << u"desk"_s << u"anna"_s << u"prefer"_s
        << u"postgresql://anna@/desk?host=/tmp/pg%20%26%20co&port=5432"_s;
    QTest::newRow("IPv6") << u"::1"_s << 5432 << u"desk"_s << u"anna"_s << u"prefer"_s
                          << u"postgresql://anna@[::1]:5432/desk"_s;
}

void TestConnectServer::dialogBuildsTheUrl()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, userName);
    QFETCH(QString, sslMode);
    QFETCH(QString, url);

    ConnectServerDialog dialog;
    fill(&dialog, {host, port, database, userName, u"secret-pw"_s, sslMode});
    QCOMPARE(dialog.url(), url);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"urlPreview"_s)->text(), url); // live preview
    QCOMPARE(dialog.password(), u"secret-pw"_s);
    QVERIFY(!dialog.url().contains(u"secret"_s));
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.problem()));

    // What Database opens is what the fields said, decoded.
    QString problem;
    const PostgresAddress address = PostgresAddress::parse(url, &problem);
    QVERIFY2(!address.isNull(), qPrintable(problem));
    QCOMPARE(address.host(), host);
    QCOMPARE(address.port(), port);
    QCOMPARE(address.databaseName(), database);
    QCOMPARE(address.userName(), userName);
    QVERIFY(address.password().isEmpty());

    // And it reads back into the same fields.
    ConnectServerDialog again;
    QVERIFY(again.setUrl(url));
    QCOMPARE(again.url(), url);
    QVERIFY(again.password().isEmpty());
}

void TestConnectServer::dialogNeedsADatabaseAndReadsUrls()
{
    ConnectServerDialog dialog;
    // The defaults: localhost, 5432, the login name.
    QCOMPARE(dialog.findChild<QLineEdit *>(u"hostEdit"_s)->text(), u"localhost"_s);
    QCOMPARE(dialog.findChild<QSpinBox *>(u"portSpin"_s)->value(), 5432);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"userEdit"_s)->text(), DeskUser::loginName());
    QCOMPARE(dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog.isAcceptable());
    QVERIFY(!dialog.problem().isEmpty());
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.setUrl(u"/tmp/newsroom.sqlite"_s));
}

void TestConnectServer::connectsThroughTheDialog()
{
    const QString url = m_databases->location();
    QString problem;
    const PostgresAddress address = PostgresAddress::parse(url, &problem);
    DeskUser::setName(u"Desk Person"_s);

    MainWindow window;
    int prompts = 0;
    window.setPasswordPrompt([&prompts](const QString &, const QString &) {
        ++prompts;
        return std::optional<QString>();
    });
    QAction *action = connectAction(window);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    const Answers answers = answering([action] { action->trigger(); }, {address.host(),
                                                                        address.port(),
                                                                        address.databaseName(),
                                                                        address.userName(),
                                                                        {},
                                                                        u"prefer"_s});
    QCOMPARE(answers.connectDialogs, 1);
    QVERIFY2(answers.messages.isEmpty(), qPrintable(answers.messages.join(u"\n"_s)));
    QCOMPARE(prompts, 0); // trust: no password asked
    QCOMPARE(window.databasePath(), url);
    QVERIFY(window.windowTitle().contains(url));
    QVERIFY(window.windowFilePath().isEmpty());
    QCOMPARE(MainWindow::recentDatabases().value(0), url);
    // No rules on this database: Preferences say who works.
    QVERIFY(!window.serverDecidesDeskUser());
    QVERIFY(window.deskUserLabel()->text().contains(u"Desk Person"_s));

    // The recent entry reopens the server, still without asking.
    QMenu *recent = window.findChild<QMenu *>(u"menuRecentDatabases"_s);
    QVERIFY(recent);
    QVERIFY(!window.openDatabase(m_databases->filePath(u"local.sqlite"_s)));
    QVERIFY(recent->actions().value(1)->text().contains(QString(url).replace(u'&', u"&&"_s)));
    const Answers reopened = answering([&] { recent->actions().value(1)->trigger(); });
    QVERIFY2(reopened.messages.isEmpty(), qPrintable(reopened.messages.join(u"\n"_s)));
    QCOMPARE(window.databasePath(), url);
    QCOMPARE(prompts, 0);
    // Back on a file, the title is the file's again.
    QVERIFY(!window.openDatabase(m_databases->filePath(u"local.sqlite"_s)));
    QCOMPARE(window.windowFilePath(), m_databases->filePath(u"local.sqlite"_s));
    QVERIFY(!window.windowTitle().contains(u"postgresql"_s));
}

void TestConnectServer::passwordLoginOverTcp()
{
    const QString password = u"Tr0ub4dor&3-"_s + QUuid::createUuid().toString(QUuid::Id128);
    ServerFields fields = passwordLogin(password);
    QVERIFY(!fields.userName.isEmpty());
    const QString expectedUrl = u"postgresql://%1@127.0.0.1:%2/%3?sslmode=disable"_s.arg(
        fields.userName, QString::number(fields.port), fields.database);

    MainWindow window;
    int prompts = 0;
    window.setPasswordPrompt([&prompts](const QString &, const QString &) {
        ++prompts;
        return std::optional<QString>();
    });

    // A wrong password: a clear message naming the server, never the password; nothing asked.
    const QString wrong = u"wrong-"_s + password;
    fields.password = wrong;
    const Answers refused = answering([&] { connectAction(window)->trigger(); }, fields);
    QCOMPARE(refused.messages.size(), 1);
    QCOMPARE(refused.connectDialogs, 2); // back with its fields to correct them
    const QString message = refused.messages.constFirst();
    QVERIFY2(message.contains(expectedUrl), qPrintable(message));
    QVERIFY2(message.contains(u"password authentication failed"_s), qPrintable(message));
    QVERIFY(!message.contains(wrong));
    QVERIFY(!message.contains(password));
    QCOMPARE(prompts, 0);
    QVERIFY(window.databasePath().isEmpty());

    // The right one connects.
    fields.password = password;
    const Answers accepted = answering([&] { connectAction(window)->trigger(); }, fields);
    QVERIFY2(accepted.messages.isEmpty(), qPrintable(accepted.messages.join(u"\n"_s)));
    QCOMPARE(window.databasePath(), expectedUrl);
    QVERIFY(!window.windowTitle().contains(password));
    QCOMPARE(prompts, 0);

    // Nothing about the password reached the settings; the server did.
    window.close();
    const QString settings = everythingInSettings();
    QVERIFY(settings.contains(expectedUrl));
    QVERIFY(!settings.contains(password));
    QVERIFY(!settings.contains(u"Tr0ub4dor"_s));
    QVERIFY(!settings.contains(u"password"_s, Qt::CaseInsensitive));
    // Nor any file under the configuration folder.
    QDirIterator files(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
    }
}

void TestConnectServer::asksForThePasswordOnlyWhenNeeded()
{
    const QString password = u"pw-"_s + QUuid::createUuid().toString(QUuid::Id128);
    const ServerFields fields = passwordLogin(password);
    QVERIFY(!fields.userName.isEmpty());
    // No ~/.pgpass answers for this login.
    qputenv("PGPASSFILE", QFile::encodeName(m_config.filePath(u"no-pgpass"_s)));

    MainWindow window;
    QStringList asked;
    QString answer = u"not-it"_s;
    window.setPasswordPrompt([&](const QString &server, const QString &reason) {
        asked.append(server + u" | "_s + reason);
        return std::optional<QString>(answer);
    });

    // No password in the dialog: asked once; a wrong answer is not asked again but reported.
    const Answers wrong = answering([&] { connectAction(window)->trigger(); }, fields);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.constFirst().contains(fields.userName), qPrintable(asked.constFirst()));
    QCOMPARE(wrong.messages.size(), 1);
    QCOMPARE(wrong.connectDialogs, 2);
    QVERIFY2(wrong.messages.constFirst().contains(u"password authentication failed"_s),
             qPrintable(wrong.messages.constFirst()));
    QVERIFY(!wrong.messages.constFirst().contains(answer));
    QVERIFY(window.databasePath().isEmpty());

    // The right answer connects.
    answer = password;
    const Answers right = answering([&] { connectAction(window)->trigger(); }, fields);
    QCOMPARE(asked.size(), 2);
    QVERIFY2(right.messages.isEmpty(), qPrintable(right.messages.join(u"\n"_s)));
    const QString url = window.databasePath();
    QVERIFY(url.startsWith(u"postgresql://%1@127.0.0.1:"_s.arg(fields.userName)));

    // File › Recent reopens it, asking again (nothing was stored); cancelling keeps the window.
    QVERIFY(!window.openDatabase(m_databases->filePath(u"local.sqlite"_s)));
    QMenu *recent = window.findChild<QMenu *>(u"menuRecentDatabases"_s);
    QAction *entry = recent->actions().value(1);
    QVERIFY(entry->text().contains(url));
    window.setPasswordPrompt([&](const QString &server, const QString &) {
        asked.append(server);
        return std::optional<QString>();
    });
    const Answers cancelled = answering([entry] { entry->trigger(); });
    QCOMPARE(asked.size(), 3);
    QCOMPARE(asked.constLast(), url);
    QVERIFY(cancelled.messages.isEmpty());
    QCOMPARE(window.databasePath(), m_databases->filePath(u"local.sqlite"_s));
    window.setPasswordPrompt([&](const QString &server, const QString &) {
        asked.append(server);
        return std::optional<QString>(password);
    });
    const Answers reopened = answering([entry] { entry->trigger(); });
    QCOMPARE(asked.size(), 4);
    QVERIFY2(reopened.messages.isEmpty(), qPrintable(reopened.messages.join(u"\n"_s)));
    QCOMPARE(window.databasePath(), url);
    qunsetenv("PGPASSFILE");
    QVERIFY(!everythingInSettings().contains(password));
}

void TestConnectServer::serverDecidesWhoWorks()
{
    const QString url = m_databases->location();
    {
        Database admin;
        const StoreError opened = admin.open(url);
        QVERIFY2(!opened, qPrintable(opened.message));
        const StoreError error = NewsroomServer::init(admin);
        QVERIFY2(!error, qPrintable(error.message));
    }
    const QString reviewer = uniqueName(u"rev_"_s);
    QVERIFY(TestDatabase::withAdmin([&](QSqlQuery &query) {
        return query.exec(
            u"CREATE ROLE %1 LOGIN PASSWORD 'unused-here' IN ROLE copydesk_reviewer"_s.arg(
                reviewer));
    }));
    m_logins.append(reviewer);
    QString problem;
    const PostgresAddress address = PostgresAddress::parse(url, &problem);
    const QString reviewerUrl = ConnectServerDialog::serverUrl(
        address.host(), address.port(), address.databaseName(), reviewer, {});

    // Preferences say someone else, an editor: the server's word counts.
    DeskUser::setName(u"Somebody Else"_s);
    DeskUser::setRole(DeskRole::Editor);
    MainWindow window;
    DeskActor announced;
    connect(&window, &MainWindow::deskUserChanged, this,
            [&announced](const DeskActor &actor) { announced = actor; });
    const StoreError error = window.openDatabase(reviewerUrl);
    QVERIFY2(!error, qPrintable(error.message));
    QVERIFY(window.serverDecidesDeskUser());
    QCOMPARE(announced, (DeskActor{reviewer, DeskRole::Reviewer}));
    QLabel *label = window.deskUserLabel();
    QCOMPARE(label->text(), u"%1 · %2"_s.arg(reviewer, deskRoleLabel(DeskRole::Reviewer)));
    QVERIFY2(label->toolTip().contains(u"server"_s), qPrintable(label->toolTip()));
    QVERIFY(label->toolTip().contains(reviewerUrl));
    QVERIFY(!label->text().contains(u"Somebody Else"_s));

    // Preferences show the server's login, not to be changed there.
    bool checked = false;
    QTimer::singleShot(0, &window, [&checked] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
        auto *role = dialog->findChild<QComboBox *>(u"roleCombo"_s);
        checked = !name->isEnabled() && !role->isEnabled() && name->text().contains(u"rev_"_s);
        dialog->accept();
    });
    window.findChild<QAction *>(u"actionPreferences"_s)->trigger();
    QVERIFY(checked);
    QCOMPARE(DeskUser::name(), u"Somebody Else"_s); // what Preferences hold is kept
    QCOMPARE(DeskUser::role(), DeskRole::Editor);

    // A local file: Preferences again.
    QVERIFY(!window.openDatabase(m_databases->filePath(u"local.sqlite"_s)));
    QVERIFY(!window.serverDecidesDeskUser());
    QCOMPARE(window.deskUserLabel()->text(),
             u"Somebody Else · %1"_s.arg(deskRoleLabel(DeskRole::Editor)));
}

void TestConnectServer::editsWaitForALostConnection()
{
    const QString url = m_databases->location(u"lost"_s);
    QString problem;
    const PostgresAddress address = PostgresAddress::parse(url, &problem);
    {
        Database db;
        QVERIFY(!db.open(url));
        Article article;
        article.headline = u"Harbour crane collapses"_s;
        QVERIFY(!ArticleStore(db).create(article));
    }
    MainWindow window;
    QVERIFY(!window.openDatabase(url));
    QTRY_VERIFY(window.currentDocument());
    // The server ends the window's session and takes no new ones for a while (a restart, a
    // network cut).
    const auto allowConnections = [&](bool allow) {
        return TestDatabase::withAdmin([&](QSqlQuery &query) {
            return query.exec(u"ALTER DATABASE %1 ALLOW_CONNECTIONS %2"_s.arg(
                       address.databaseName(), allow ? u"true"_s : u"false"_s)) &&
                   query.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                              " WHERE datname = '%1' AND pid <> pg_backend_pid()"_s.arg(
                                  address.databaseName()));
        });
    };
    QVERIFY(allowConnections(false));
    window.currentDocument()->setField(ArticleDocument::Field::Headline,
                                       u"Harbour crane collapses at dawn"_s);
    QVERIFY(!window.saveCurrentArticle());
    QCOMPARE(window.articleSaveState(), MainWindow::SaveState::Failed);
    QVERIFY(window.currentDocument()->isModified()); // the edit waits in the editor
    QVERIFY(allowConnections(true));
    // Without another keystroke, the retry connects again and saves it.
    QTRY_COMPARE_WITH_TIMEOUT(window.articleSaveState(), MainWindow::SaveState::Saved, 30000);
    Database check;
    QVERIFY(!check.open(url));
    QCOMPARE(ArticleStore(check).list({}).value(0).headline, u"Harbour crane collapses at dawn"_s);
}

QTEST_MAIN(TestConnectServer)
#include "tst_connectserver.moc"
