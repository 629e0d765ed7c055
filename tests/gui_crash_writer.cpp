// The child of tst_crashsafety's GUI test: the real MainWindow, offscreen, edits one article the
// way a user does. It types words into the body editor (key events; now and then a new
// paragraph or a backspace), pausing mostly longer and sometimes shorter than the autosave
// delay (300 ms, set through Preferences), so the window's own autosave timer saves. Prints
//   ready VERSION DIGEST      once the article is open for editing
//   committed VERSION DIGEST  after every save the store committed (ArticleDocument::saved())
// flushed, with DIGEST = articleTextDigest() of the saved article, until it is killed.
//
// A killed writer leaves its article lock behind; the next one, an editor on the same machine,
// takes it at once because the session's process is gone (the lock's unsaved edits become a
// version first), as an editor restarting after a crash would.
#include "ArticleDigest.h"

#include "models/ArticleDocument.h"
#include "widgets/ArticleEditor.h"
#include "widgets/BodyEditor.h"
#include "widgets/MainWindow.h"
#include "widgets/Preferences.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSettings>
#include <QTest>
#include <QTextCursor>

#include <cstdio>

namespace {

void report(const char *what, const Article &article)
{
    std::printf("%s %d %s\n", what, article.version, articleTextDigest(article).constData());
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "gui_crash_writer: %s\n", qPrintable(message));
    return 3;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Who works at this desk: an editor, who cannot take over locks; the lock a killed writer
    // left is taken at once because its process is gone (ArticleLocks::isDeadLocalSession).
    qputenv("COPYDESK_USER", "crash-writer");
    qputenv("COPYDESK_ROLE", "editor");
    QApplication app(argc, argv);
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: gui_crash_writer DATABASE ARTICLE_ID SETTINGS_DIR [SEED]\n");
        return 2;
    }
    // Settings of its own (the autosave delay, the window's geometry), never the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("CopydeskCrashTest"));
    QCoreApplication::setApplicationName(QStringLiteral("gui_crash_writer"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       QString::fromLocal8Bit(argv[3]));
    Preferences::setAutosaveDelayMs(300); // the shortest Preferences allows

    MainWindow window;
    if (const StoreError error = window.openDatabase(QString::fromLocal8Bit(argv[1])))
        return fail(error.message);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(QStringLiteral("the window was not shown"));
    const qint64 id = QByteArray(argv[2]).toLongLong();
    if (window.currentArticleId() != id && !window.showArticle(id))
        return fail(QStringLiteral("article %1 did not open").arg(id));
    if (const std::optional<ArticleLock> lock = window.foreignLock())
        return fail(QStringLiteral("article %1 is still locked by the session %2 of %3")
                        .arg(id)
                        .arg(lock->session, lock->holder));
    ArticleDocument *document = window.currentDocument();
    if (!document || !window.holdsArticleLock())
        return fail(QStringLiteral("article %1 is not open for editing").arg(id));
    QObject::connect(document, &ArticleDocument::saved, document,
                     [document] { report("committed", document->savedArticle()); });
    report("ready", document->savedArticle());

    BodyEditor *body = window.articleEditor()->bodyEditor();
    body->setFocus();
    QRandomGenerator random(argc == 5 ? QByteArray(argv[4]).toUInt() : 1);
    QElapsedTimer clock;
    clock.start();
    for (int word = 1;; ++word) {
        // The test kills it within seconds; a writer whose test died stops by itself.
        if (clock.hasExpired(120000))
            return fail(QStringLiteral("not killed after two minutes"));
        QTextCursor cursor = body->textCursor();
        cursor.movePosition(QTextCursor::End);
        body->setTextCursor(cursor);
        const int dice = int(random.bounded(10));
        if (dice == 0)
            QTest::keyClick(body, Qt::Key_Return); // a new paragraph
        else if (dice == 1)
            QTest::keyClick(body, Qt::Key_Backspace);
        QTest::keyClicks(body, QStringLiteral(" w%1").arg(word));
        // Mostly a pause longer than the autosave delay, when the timer saves; now and then a
        // shorter one, when typing goes on and the timer starts again.
        QTest::qWait(word > 1 && random.bounded(4) == 0 ? int(random.bounded(20, 250))
                                                        : int(random.bounded(300, 450)));
        if (window.articleSaveState() == MainWindow::SaveState::Failed ||
            window.articleSaveState() == MainWindow::SaveState::Conflict)
            return fail(QStringLiteral("saving failed: %1").arg(window.saveStateText()));
    }
}
