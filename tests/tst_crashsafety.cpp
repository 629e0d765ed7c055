// Crash safety (issue 8): a child process saves edits in a loop and is killed with SIGKILL at
// random moments, many times ($COPYDESK_CRASH_KILLS, default 200). After every kill the file
// passes PRAGMA integrity_check, opens in Copydesk, and holds every save the child reported
// as committed. Prints kills survived and data lost.
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothing();
};

void TestCrashSafety::killedWriterLosesNothing()
{
    const int kills = qEnvironmentVariableIsSet("COPYDESK_CRASH_KILLS")
                          ? qEnvironmentVariableIntValue("COPYDESK_CRASH_KILLS")
                          : 200;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"crash.sqlite"_s);
    qint64 id = 0;
    {
        Database db;
        QVERIFY(!db.open(path));
        Article article;
        article.headline = u"Crash-safe story"_s;
        Paragraph paragraph;
        paragraph.text = u"First words."_s;
        article.paragraphs.append(paragraph);
        QVERIFY(!ArticleStore(db).create(article));
        id = article.id;
    }

    QRandomGenerator random(20261129); // the same moments on every run
    int survived = 0;
    int lost = 0;
    int committedTotal = 0;
    for (int kill = 0; kill < kills; ++kill) {
        QProcess child;
        child.start(QStringLiteral(COPYDESK_CRASH_WRITER), {path, QString::number(id)});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // Let it commit a few times, then kill it at a random moment (0-40 ms later).
        QVERIFY2(child.waitForReadyRead(10000), child.readAllStandardError().constData());
        QThread::usleep(random.bounded(40000));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        int lastVersion = 0;
        QString lastMarker;
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() == 3 && words.at(0) == "committed") {
                lastVersion = words.at(1).toInt();
                lastMarker = QString::fromLatin1(words.at(2));
                ++committedTotal;
            }
        }
        const QByteArray errors = child.readAllStandardError();
        QVERIFY2(errors.isEmpty(), errors.constData());

        Database db;
        const StoreError error = db.open(path);
        QVERIFY2(!error, qPrintable(error.message));
        QSqlQuery check(db.connection());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        check.finish();
        const std::optional<Article> stored = ArticleStore(db).load(id);
        QVERIFY(stored);
        // Every reported commit is there: the version is at least the last one reported, and
        // when it is exactly that one, so is its marker.
        const bool kept = stored->version >= lastVersion &&
                          (stored->version != lastVersion ||
                           stored->paragraphs.value(0).text.contains(lastMarker));
        if (kept)
            ++survived;
        else
            ++lost;
        QVERIFY2(kept,
                 qPrintable(u"kill %1: reported version %2 (%3), stored version %4"_s.arg(kill)
                                .arg(lastVersion)
                                .arg(lastMarker)
                                .arg(stored->version)));
    }
    qInfo("crash safety: %d kills, %d survived, %d with data lost; %d commits reported", kills,
          survived, lost, committedTotal);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
