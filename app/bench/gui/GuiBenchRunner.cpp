#include "GuiBenchRunner.h"

#include "PaintWatcher.h"
#include "ProcessMemory.h"
#include "SpellingFigures.h"
#include "models/ArticleDocument.h"
#include "models/ArticleListModel.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "widgets/ArticleEditor.h"
#include "widgets/ArticleView.h"
#include "widgets/AttributionGutter.h"
#include "widgets/BodyEditor.h"
#include "widgets/HistoryInspector.h"
#include "widgets/MainWindow.h"
#include "widgets/Preferences.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QProcess>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextStream>
#include <QThread>
#include <QTimer>

namespace {

double milliseconds(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

double mebibytes(qint64 kibibytes)
{
    return double(kibibytes) / 1024.0;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() >= 3
               ? QString::fromLatin1(fields.at(0) + ' ' + fields.at(1) + ' ' + fields.at(2))
               : QStringLiteral("?");
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Procfs files report size 0, so QFile::atEnd() is true at once: read them whole.
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

// The program serving $DISPLAY, when a local process is recognisably it ("Xvfb :98 ...").
QString xServerName()
{
    const QString display = qEnvironmentVariable("DISPLAY");
    const QStringList processes = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : processes) {
        QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> arguments = file.readAll().split('\0');
        if (arguments.size() < 2)
            continue;
        const QString program = QFileInfo(QString::fromLocal8Bit(arguments.at(0))).fileName();
        if ((program == u"Xvfb" || program == u"Xorg" || program == u"Xwayland") &&
            QString::fromLocal8Bit(arguments.at(1)) == display)
            return program;
    }
    return QCoreApplication::translate("GuiBenchRunner", "an X server");
}

// A letter or a space, pressed and released, delivered straight to the widget.
void sendKey(QWidget *target, QChar character)
{
    const int key = character == QLatin1Char(' ')
                        ? int(Qt::Key_Space)
                        : int(Qt::Key_A) + (character.toLower().unicode() - u'a');
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(character));
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(character));
    QCoreApplication::sendEvent(target, &release);
}

// Mid-article, after a word: where the keystroke and autosave figures type.
QTextBlock placeCursorMidArticle(BodyEditor *body)
{
    QTextDocument *text = body->document();
    const QTextBlock block = text->findBlockByNumber(text->blockCount() / 2);
    const int space = block.text().indexOf(QLatin1Char(' '), block.length() / 2);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + (space >= 0 ? space + 1 : 0));
    body->setTextCursor(cursor);
    body->centerCursor();
    return block;
}

// What is typed in the long article: letters are timed, the spaces between words are not.
const QString typedText =
    QStringLiteral("copy editors check every claim against its source before publication ");

} // namespace

GuiBenchRunner::GuiBenchRunner(const GuiBenchOptions &options, QTextStream &progress)
    : m_options(options)
    , m_progress(progress)
    , m_settingsDir(std::make_unique<QTemporaryDir>())
{
    m_total.start();
    m_loadAtStart = loadAverage();
    // The window reads and writes its geometry, recent files and preferences through QSettings:
    // keep them in a fresh folder, so every run starts like a first run and the user's own
    // settings are untouched.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
    // The longest delay there is: no autosave fires in the middle of a measurement; the
    // autosave figure calls the save itself.
    Preferences::setAutosaveDelayMs(30000);
}

GuiBenchRunner::~GuiBenchRunner()
{
    m_window.reset();
    removeCreatedFiles();
}

void GuiBenchRunner::say(const QString &line)
{
    m_progress << line << Qt::endl;
}

bool GuiBenchRunner::fail(const QString &message)
{
    m_failure = message;
    return false;
}

void GuiBenchRunner::settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool GuiBenchRunner::run()
{
    m_clock.start();
    describeEnvironment();
    return prepareLibrary() && measureStartup() && measureScrolling() && measureLongArticle() &&
           measureKeystrokes() && measureSpelling() && measureAutosave() && measureBreakdown();
}

void GuiBenchRunner::describeEnvironment()
{
    const QString platform = QGuiApplication::platformName();
    QString display = platform;
    if (platform == u"xcb")
        display = tr("X11 (xcb), DISPLAY=%1, served by %2")
                      .arg(qEnvironmentVariable("DISPLAY"), xServerName());
    else if (platform == u"offscreen")
        display = tr("offscreen (QT_QPA_PLATFORM=offscreen: painting to memory, no display)");
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QString screenText = screen ? QStringLiteral("%1x%2 @%3")
                                            .arg(screen->size().width())
                                            .arg(screen->size().height())
                                            .arg(screen->devicePixelRatio())
                                      : QStringLiteral("?");
    say(tr("Platform: %1; screen %2.").arg(display, screenText));
    m_report.setEnvironment({
        {QStringLiteral("platform"), platform},
        {QStringLiteral("display"), qEnvironmentVariable("DISPLAY")},
        {QStringLiteral("screen"), screenText},
        {QStringLiteral("qtRuntime"), QString::fromLatin1(qVersion())},
        {QStringLiteral("qtBuild"), QStringLiteral(QT_VERSION_STR)},
        {QStringLiteral("cpu"), cpuModel()},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("loadAverageAtStart"), m_loadAtStart},
        {QStringLiteral("articles"), m_options.articles},
        {QStringLiteral("words"), m_options.words},
    });
}

// --- the library -------------------------------------------------------------------------------

int GuiBenchRunner::generate(const QString &path, qint64 articles, int words)
{
    LibraryInfo info;
    QTextStream out(stdout);
    if (const StoreError error = BenchLibrary::build(path, articles, words, &info)) {
        QTextStream(stderr) << error.message << Qt::endl;
        return 1;
    }
    out << QJsonDocument(info.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

bool GuiBenchRunner::prepareLibrary()
{
    if (m_options.dir.isEmpty()) {
        m_temporaryDir = std::make_unique<QTemporaryDir>();
        if (!m_temporaryDir->isValid())
            return fail(
                tr("Cannot create a temporary directory: %1").arg(m_temporaryDir->errorString()));
        m_temporaryDir->setAutoRemove(!m_options.keep);
        m_libraryPath =
            m_temporaryDir->filePath(BenchLibrary::fileName(m_options.articles, m_options.words));
    } else {
        if (!QDir().mkpath(m_options.dir))
            return fail(tr("Cannot create the directory %1.").arg(m_options.dir));
        m_libraryPath =
            QDir(m_options.dir)
                .absoluteFilePath(BenchLibrary::fileName(m_options.articles, m_options.words));
    }

    if (QFileInfo::exists(m_libraryPath)) {
        if (const StoreError error = BenchLibrary::inspect(m_libraryPath, m_options.articles,
                                                           m_options.words, &m_library))
            return fail(tr("%1 exists but is not a library this benchmark made with the same "
                           "options; remove it or choose another --dir.\n%2")
                            .arg(m_libraryPath, error.message));
        say(tr("Reusing %1 (left by --keep; the long article carries the edits of earlier runs).")
                .arg(m_libraryPath));
    } else {
        say(tr("Generating %L1 articles in %2 …").arg(m_options.articles).arg(m_libraryPath));
        // In a child process: the generator's page cache and heap must not count towards the
        // memory of the process that then plays the editor.
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--generate"), m_libraryPath, QStringLiteral("--articles"),
                     QString::number(m_options.articles), QStringLiteral("--words"),
                     QString::number(m_options.words)});
        if (!child.waitForStarted() || !child.waitForFinished(-1) ||
            child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            return fail(tr("Generating the library failed (%1).").arg(child.errorString()));
        m_createdLibrary = true;
        const QJsonDocument json = QJsonDocument::fromJson(child.readAllStandardOutput());
        m_library = LibraryInfo::fromJson(json.object());
        if (m_library.longArticleId <= 0)
            return fail(tr("The generator did not describe the library it made."));
    }

    m_report.beginGroup(tr("Library"));
    if (!m_library.reused) {
        m_report.add(Figure::single(
            QStringLiteral("library.listOnly"),
            tr("generate %L1 list-only rows (one INSERT … SELECT)").arg(m_library.listOnlyRows),
            Figure::Unit::Milliseconds, m_library.listOnlySeconds * 1000));
        m_report.add(Figure::single(
            QStringLiteral("library.full"),
            tr("store %1 full articles (ArticleStore::create)").arg(m_library.fullArticles),
            Figure::Unit::Milliseconds, m_library.fullSeconds * 1000));
        m_report.add(Figure::single(QStringLiteral("library.flush"),
                                    tr("write the finished file to disk (fsync)"),
                                    Figure::Unit::Milliseconds, m_library.flushSeconds * 1000));
        m_report.add(Figure::single(QStringLiteral("library.total"),
                                    tr("library generation in total"), Figure::Unit::Milliseconds,
                                    m_library.totalSeconds * 1000));
    }
    m_report.add(Figure::single(QStringLiteral("library.file"), tr("library file size"),
                                Figure::Unit::Mebibytes, double(m_library.fileBytes) / 1048576.0));
    m_report.addNote(
        tr("The library has %L1 articles: %L2 list-only rows and %3 articles stored through "
           "ArticleStore::create (the long one and %4 ordinary ones, newest at the top of the "
           "list). List-only rows are rows of the articles table with everything the list shows "
           "(headline, status, byline, updated, paragraph and attributed counts) but no "
           "paragraphs, attributions or search text: the article list reads only the articles "
           "table (SELECT … FROM articles ORDER BY … LIMIT/OFFSET and count(*)), so they cost it "
           "exactly what real articles would, and a million of them are written in seconds "
           "instead of hours. Opening one shows an empty body; full-text search does not find "
           "them.")
            .arg(m_library.articles)
            .arg(m_library.listOnlyRows)
            .arg(m_library.fullArticles)
            .arg(m_library.fullArticles - 1));
    m_report.addNote(tr("The long article: %L1 words in %2 paragraphs with %3 attributions (1–3 "
                        "per paragraph), id %4.")
                         .arg(m_library.longArticleWords)
                         .arg(m_library.longArticleParagraphs)
                         .arg(m_library.longArticleAttributions)
                         .arg(m_library.longArticleId));
    if (!m_library.reused)
        say(tr("Generated in %1 s (list-only rows %2 s, full articles %3 s, fsync %4 s); file "
               "%5 MB.")
                .arg(m_library.totalSeconds, 0, 'f', 1)
                .arg(m_library.listOnlySeconds, 0, 'f', 1)
                .arg(m_library.fullSeconds, 0, 'f', 2)
                .arg(m_library.flushSeconds, 0, 'f', 1)
                .arg(double(m_library.fileBytes) / 1048576.0, 0, 'f', 0));
    QJsonObject environment = m_report.toJson().value(QLatin1String("environment")).toObject();
    environment.insert(QStringLiteral("sqlite"), m_library.sqliteVersion);
    environment.insert(QStringLiteral("library"), m_library.toJson());
    m_report.setEnvironment(environment);
    return true;
}

void GuiBenchRunner::removeCreatedFiles()
{
    if (m_options.keep || !m_createdLibrary || m_libraryPath.isEmpty())
        return;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_libraryPath + suffix);
}

// --- the window ----------------------------------------------------------------------------------

bool GuiBenchRunner::measureStartup()
{
    m_report.beginGroup(tr("Startup with %L1 articles").arg(m_library.articles));

    // Process start to main(): the copydesk binary asked for its version starts, links, builds
    // its QApplication (connecting to the display), prints and exits.
    const QString copydesk = QStringLiteral(COPYDESK_GUI_PATH);
    Samples versionRuns;
    for (int i = 0; i < VersionRuns; ++i) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(copydesk, {QStringLiteral("--version")});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return fail(tr("%1 --version failed: %2").arg(copydesk, process.errorString()));
        versionRuns.add(timer.nsecsElapsed());
    }
    m_report.add(Figure::duration(QStringLiteral("startup.process"),
                                  tr("process start → main() (`copydesk --version`)"), versionRuns)
                     .noted(tr("a child process: exec, dynamic linking, QApplication (display "
                               "connection), translators, exit.")));

    // main() opens the database once on its own (to create it and import the demo article when
    // it is new) before it builds the window.
    QElapsedTimer timer;
    timer.start();
    {
        Database database;
        if (const StoreError error = database.open(m_libraryPath))
            return fail(error.message);
    }
    const qint64 preOpenNs = timer.nsecsElapsed();
    m_report.add(Figure::single(QStringLiteral("startup.preOpen"),
                                tr("main(): Database::open before the window"),
                                Figure::Unit::Milliseconds, milliseconds(preOpenNs)));

    // The window, exactly as main() makes it.
    const qint64 start = m_clock.nsecsElapsed();
    m_window = std::make_unique<MainWindow>();
    const qint64 constructed = m_clock.nsecsElapsed();
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("articleTable"));
    ArticleListModel *model = m_window->articleModel();
    if (!table)
        return fail(tr("The main window has no articleTable."));
    PaintWatcher listPaint(table->viewport(), m_clock, [model] { return model->rowCount() > 0; });
    if (const StoreError error = m_window->openDatabase(m_libraryPath))
        return fail(error.message);
    const qint64 opened = m_clock.nsecsElapsed();
    m_window->show();
    const qint64 shown = m_clock.nsecsElapsed();
    if (!listPaint.wait())
        return fail(tr("The article list was not painted within 30 s."));
    const qint64 painted = listPaint.paintedNs();

    m_report.add(Figure::single(QStringLiteral("startup.construct"), tr("MainWindow constructor"),
                                Figure::Unit::Milliseconds, milliseconds(constructed - start)));
    m_report.add(Figure::single(QStringLiteral("startup.openDatabase"),
                                tr("openDatabase() (count, first page, opens the first article)"),
                                Figure::Unit::Milliseconds, milliseconds(opened - constructed)));
    m_report.add(Figure::single(QStringLiteral("startup.show"), tr("show()"),
                                Figure::Unit::Milliseconds, milliseconds(shown - opened)));
    m_report.add(Figure::single(QStringLiteral("startup.firstPaint"),
                                tr("show() returned → list viewport painted and flushed"),
                                Figure::Unit::Milliseconds, milliseconds(painted - shown)));
    const double window = milliseconds(painted - start);
    m_report.add(Figure::single(QStringLiteral("startup.window"),
                                tr("MainWindow + openDatabase + show → first screen of the list"),
                                Figure::Unit::Milliseconds, window)
                     .target(300));
    const double total = versionRuns.medianMs() + milliseconds(preOpenNs) + window;
    m_report.add(Figure::single(QStringLiteral("startup.total"),
                                tr("estimated after start: process + pre-open + window"),
                                Figure::Unit::Milliseconds, total)
                     .target(300)
                     .noted(tr("the sum of the median `copydesk --version` run, main()'s own "
                               "Database::open and the window figure; the database file is in "
                               "the OS page cache (it was just written), as on a desk that "
                               "used it today.")));

    m_firstArticleId = m_window->currentArticleId();
    // The long article is opened coming from an ordinary one: the newest stored article that is
    // not the long one (after a --keep run the long article, saved last, is the newest).
    for (int row = 0; row < std::min(model->rowCount(), 50) && m_ordinaryArticleId == 0; ++row) {
        if (model->articleId(row) != m_library.longArticleId)
            m_ordinaryArticleId = model->articleId(row);
    }
    const int firstParagraphs =
        m_window->currentDocument() ? m_window->currentDocument()->paragraphCount() : 0;
    m_report.addNote(tr("At startup the window opened article %1 (%2 paragraphs) and listed %L3 "
                        "rows, %L4 of them read from the database for the first screen.")
                         .arg(m_firstArticleId)
                         .arg(firstParagraphs)
                         .arg(model->rowCount())
                         .arg(model->cachedRowCount()));

    settle(300);
    const ProcessMemory memory = ProcessMemory::current();
    m_report.beginGroup(tr("Memory"));
    m_report.add(Figure::single(QStringLiteral("memory.openedRss"), tr("RSS after opening (VmRSS)"),
                                Figure::Unit::Mebibytes, mebibytes(memory.residentKiB))
                     .target(150));
    m_report.add(Figure::single(QStringLiteral("memory.openedPeak"),
                                tr("peak RSS after opening (VmHWM)"), Figure::Unit::Mebibytes,
                                mebibytes(memory.peakKiB))
                     .target(150));
    return true;
}

bool GuiBenchRunner::measureScrolling()
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("articleTable"));
    ArticleListModel *model = m_window->articleModel();
    PaintWatcher paint(table->viewport(), m_clock);

    const qint64 start = m_clock.nsecsElapsed();
    const int valueBefore = table->verticalScrollBar()->value();
    table->scrollToBottom();
    if (table->verticalScrollBar()->value() == valueBefore)
        table->viewport()->update(); // the list fits: nothing scrolls, paint it anyway
    if (!paint.wait())
        return fail(tr("The list was not repainted after scrollToBottom()."));
    const qint64 painted = paint.paintedNs();
    int lastVisible = table->rowAt(table->viewport()->height() - 1);
    if (lastVisible < 0) // the rows end above the bottom of the view
        lastVisible = model->rowCount() - 1;
    const int lastRow = model->rowCount() - 1;
    const int cachedAfterEnd = model->cachedRowCount();

    m_report.beginGroup(tr("Scrolling"));
    m_report.add(Figure::single(QStringLiteral("scroll.end"),
                                tr("scrollToBottom() → last screen painted"),
                                Figure::Unit::Milliseconds, milliseconds(painted - start))
                     .noted(tr("last visible row %L1 of %L2 (article id %3).")
                                .arg(lastVisible)
                                .arg(lastRow)
                                .arg(model->articleId(lastVisible))));
    m_report.add(Figure::single(QStringLiteral("scroll.cachedRows"),
                                tr("rows held by the model after scrolling to the end"),
                                Figure::Unit::Rows, cachedAfterEnd)
                     .target(double(ArticleListModel::PageSize) * ArticleListModel::MaxCachedPages)
                     .noted(tr("the model keeps at most %L1 pages of %L2 rows; the library has "
                               "%L3.")
                                .arg(ArticleListModel::MaxCachedPages)
                                .arg(ArticleListModel::PageSize)
                                .arg(model->rowCount())));

    const ProcessMemory memory = ProcessMemory::current();

    // Dragging the scroll bar: jumps to positions spread over the whole list.
    QScrollBar *bar = table->verticalScrollBar();
    Samples jumps;
    for (int i = 0; i < ScrollJumps; ++i) {
        const qint64 position = (qint64(i) * 7919 * 104729 + 13) % (qint64(bar->maximum()) + 1);
        paint.arm();
        const qint64 before = m_clock.nsecsElapsed();
        if (bar->value() == int(position))
            table->viewport()->update(); // already there: nothing scrolls, paint it anyway
        bar->setValue(int(position));
        if (!paint.wait())
            return fail(tr("The list was not repainted after a scroll-bar jump."));
        jumps.add(paint.paintedNs() - before);
    }
    m_report.add(Figure::duration(QStringLiteral("scroll.jump"),
                                  tr("scroll-bar jump to a random position → painted"), jumps)
                     .noted(tr("%1 positions spread over the list; afterwards the model holds "
                               "%L2 rows.")
                                .arg(ScrollJumps)
                                .arg(model->cachedRowCount())));

    m_report.beginGroup(tr("Memory"));
    m_report.add(Figure::single(QStringLiteral("memory.scrolledRss"),
                                tr("RSS after scrolling to the end (VmRSS)"),
                                Figure::Unit::Mebibytes, mebibytes(memory.residentKiB))
                     .target(150));
    m_report.add(Figure::single(QStringLiteral("memory.scrolledPeak"),
                                tr("peak RSS after scrolling to the end (VmHWM)"),
                                Figure::Unit::Mebibytes, mebibytes(memory.peakKiB))
                     .target(150));
    table->scrollToTop();
    settle(200);
    return true;
}

bool GuiBenchRunner::measureLongArticle()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centreTabs"));
    if (tabs)
        tabs->setCurrentWidget(m_window->articleEditor());
    BodyEditor *body = m_window->articleEditor()->bodyEditor();
    PaintWatcher paint(body->viewport(), m_clock);
    settle(200);

    Samples reopens;
    Samples synchronous;
    qint64 firstOpenNs = 0;
    for (int i = 0; i < LongArticleOpens; ++i) {
        // Start from an ordinary article each time, as an editor coming from the list would.
        if (!m_window->showArticle(m_ordinaryArticleId))
            return fail(tr("Could not open article %1.").arg(m_ordinaryArticleId));
        settle(150);
        paint.arm();
        const qint64 start = m_clock.nsecsElapsed();
        if (!m_window->showArticle(m_library.longArticleId))
            return fail(tr("Could not open the long article %1.").arg(m_library.longArticleId));
        const qint64 returned = m_clock.nsecsElapsed();
        if (!paint.wait())
            return fail(tr("The body was not painted after opening the long article."));
        if (i == 0)
            firstOpenNs = paint.paintedNs() - start;
        else
            reopens.add(paint.paintedNs() - start);
        synchronous.add(returned - start);
        settle(150);
    }
    m_report.beginGroup(tr("The %L1-word article").arg(m_library.longArticleWords));
    m_report.add(Figure::single(QStringLiteral("article.openFirst"),
                                tr("showArticle() → body painted, first time"),
                                Figure::Unit::Milliseconds, milliseconds(firstOpenNs))
                     .target(100)
                     .noted(tr("the first open in this process (its pages not yet in SQLite's "
                               "cache), coming from article %1.")
                                .arg(m_ordinaryArticleId)));
    m_report.add(Figure::duration(QStringLiteral("article.open"),
                                  tr("showArticle() → body painted, again"), reopens)
                     .target(100)
                     .noted(tr("each time coming from article %1; showArticle() itself (save "
                               "check, load, document, editor, inspectors, reader preview) "
                               "takes %2 ms of it (median of all %3 opens).")
                                .arg(m_ordinaryArticleId)
                                .arg(synchronous.medianMs(), 0, 'f', 1)
                                .arg(LongArticleOpens)));
    return true;
}

bool GuiBenchRunner::measureKeystrokes()
{
    BodyEditor *body = m_window->articleEditor()->bodyEditor();
    AttributionGutter *gutter = body->gutter();
    QTextDocument *text = body->document();
    const QTextBlock block = placeCursorMidArticle(body);
    m_window->activateWindow();
    body->setFocus(Qt::OtherFocusReason);
    settle(200);
    const int charactersBefore = text->characterCount();

    // As the issue defines it: the key press and release, then the body and the gutter repainted
    // synchronously (the whole visible body, more than Qt would repaint for one letter).
    Samples forced;
    qsizetype next = 0;
    while (forced.count() < Keystrokes) {
        const QChar character = typedText.at(next++ % typedText.size());
        const qint64 start = m_clock.nsecsElapsed();
        sendKey(body, character);
        body->viewport()->repaint();
        gutter->repaint();
        const qint64 end = m_clock.nsecsElapsed();
        if (character != QLatin1Char(' '))
            forced.add(end - start);
        QCoreApplication::processEvents();
    }
    // As Qt does it on its own: the key events, then the event loop until every repaint they
    // scheduled (body line, gutter, status bar) is drawn and flushed.
    Samples natural;
    while (natural.count() < Keystrokes) {
        const QChar character = typedText.at(next++ % typedText.size());
        const qint64 start = m_clock.nsecsElapsed();
        sendKey(body, character);
        QCoreApplication::processEvents();
        const qint64 end = m_clock.nsecsElapsed();
        if (character != QLatin1Char(' '))
            natural.add(end - start);
    }
    const int typed = text->characterCount() - charactersBefore;
    if (typed != int(next))
        return fail(tr("%1 keys were sent to the body but it grew by %2 characters (read-only: "
                       "%3, modified: %4).")
                        .arg(next)
                        .arg(typed)
                        .arg(body->isReadOnly())
                        .arg(m_window->currentDocument()->isModified()));
    m_report.add(Figure::duration(QStringLiteral("article.keystroke"),
                                  tr("keystroke + body and gutter repaint()"), forced)
                     .target(2)
                     .noted(tr("%1 letters typed mid-article (paragraph %2 of %3); the spaces "
                               "between words are typed but not timed.")
                                .arg(Keystrokes)
                                .arg(block.blockNumber() + 1)
                                .arg(text->blockCount())));
    m_report.add(Figure::duration(QStringLiteral("article.keystrokeEventLoop"),
                                  tr("keystroke → event loop idle (Qt's own repaints)"), natural)
                     .target(2));
    return true;
}

bool GuiBenchRunner::measureSpelling()
{
    SpellingFigures figures(m_window.get(),
                            {m_libraryPath, m_library.longArticleId, m_ordinaryArticleId}, m_clock,
                            m_report);
    if (!figures.run())
        return fail(figures.failure());
    return true;
}

bool GuiBenchRunner::measureAutosave()
{
    BodyEditor *body = m_window->articleEditor()->bodyEditor();
    // The long article, whichever one the figures before this left open.
    if (m_window->currentArticleId() != m_library.longArticleId) {
        if (!m_window->showArticle(m_library.longArticleId))
            return fail(tr("Could not open the long article %1.").arg(m_library.longArticleId));
        placeCursorMidArticle(body);
        body->setFocus(Qt::OtherFocusReason);
        settle(200);
    }
    if (!m_window->saveCurrentArticle())
        return fail(tr("Saving the typed text failed: %1").arg(m_window->saveStateText()));
    QCoreApplication::processEvents();
    // A letter typed right after a save, next to the letters typed before it: QTextDocument
    // merges it into its last undo command, so no new step reaches the article's undo stack.
    sendKey(body, QLatin1Char('x'));
    QCoreApplication::processEvents();
    const bool mergedTypingNoticed = m_window->currentDocument()->isModified();
    if (!mergedTypingNoticed) {
        m_report.addNote(
            tr("Found while measuring: a letter typed right after a save, where the typing "
               "before the save left off, does not make the article modified "
               "(ArticleDocument::isModified() stays false, the status stays “Saved”, no "
               "autosave is scheduled, and switching articles does not save it): QTextDocument "
               "merges the insertion into its previous undo command and emits no "
               "undoCommandAdded, so no step is pushed on the article's stack after "
               "setClean(). The autosave figure therefore moves the cursor one character back "
               "before each letter, which starts a new undo command."));
    }
    if (!m_window->saveCurrentArticle())
        return fail(tr("Saving the typed text failed: %1").arg(m_window->saveStateText()));
    QCoreApplication::processEvents();

    Samples saves;
    for (int i = 0; i < Saves; ++i) {
        QTextCursor cursor = body->textCursor();
        cursor.movePosition(QTextCursor::Left);
        body->setTextCursor(cursor);
        sendKey(body, QChar(u'a' + i % 26));
        QCoreApplication::processEvents();
        if (!m_window->currentDocument() || !m_window->currentDocument()->isModified())
            return fail(tr("Typing did not modify the long article."));
        const qint64 start = m_clock.nsecsElapsed();
        const bool saved = m_window->saveCurrentArticle();
        saves.add(m_clock.nsecsElapsed() - start);
        if (!saved || m_window->articleSaveState() != MainWindow::SaveState::Saved)
            return fail(tr("Autosave failed: %1").arg(m_window->saveStateText()));
        QCoreApplication::processEvents();
    }
    m_report.add(Figure::duration(QStringLiteral("article.autosave"),
                                  tr("autosave of one changed paragraph (saveCurrentArticle)"),
                                  saves)
                     .target(5)
                     .noted(tr("one letter typed before each save into article %1 (%2 "
                               "paragraphs); every save writes a revision.")
                                .arg(m_window->currentArticleId())
                                .arg(m_window->currentDocument()->paragraphCount())));

    settle(200);
    const ProcessMemory memory = ProcessMemory::current();
    m_report.beginGroup(tr("Memory"));
    m_report.add(Figure::single(QStringLiteral("memory.editedRss"),
                                tr("RSS with the long article open and edited (VmRSS)"),
                                Figure::Unit::Mebibytes, mebibytes(memory.residentKiB))
                     .target(150));
    m_report.add(Figure::single(QStringLiteral("memory.editedPeak"),
                                tr("peak RSS of the whole session (VmHWM)"),
                                Figure::Unit::Mebibytes, mebibytes(memory.peakKiB))
                     .target(150));
    return true;
}

// --- where the time goes -------------------------------------------------------------------------

bool GuiBenchRunner::measureBreakdown()
{
    m_window.reset();
    m_report.beginGroup(tr("Where the time goes (the parts, one by one)"));

    Database database;
    if (const StoreError error = database.open(m_libraryPath))
        return fail(error.message);
    ArticleStore store(database);
    auto time = [](int runs, auto &&operation) {
        Samples samples;
        QElapsedTimer timer;
        for (int i = 0; i < runs; ++i) {
            timer.start();
            operation();
            samples.add(timer.nsecsElapsed());
        }
        return samples;
    };

    const qint64 rows = m_library.articles;
    m_report.add(Figure::duration(QStringLiteral("parts.count"),
                                  tr("ArticleStore::count (all articles)"),
                                  time(5, [&] { store.count(ArticleListQuery{}); })));
    for (const auto &[id, label, offset] :
         {std::tuple{QStringLiteral("parts.pageFirst"), tr("ArticleStore::list, first page"),
                     qint64(0)},
          std::tuple{QStringLiteral("parts.pageMiddle"), tr("ArticleStore::list, middle page"),
                     rows / 2},
          std::tuple{QStringLiteral("parts.pageLast"), tr("ArticleStore::list, last page"),
                     std::max<qint64>(0, rows - ArticleListModel::PageSize)}}) {
        ArticleListQuery query;
        query.limit = ArticleListModel::PageSize;
        query.offset = int(offset);
        m_report.add(Figure::duration(id, label + tr(" (offset %L1)").arg(offset),
                                      time(5, [&] { store.list(query); })));
    }

    StoreError error;
    std::optional<Article> longArticle = store.load(m_library.longArticleId, &error);
    if (!longArticle)
        return fail(error.message);
    m_report.add(Figure::duration(QStringLiteral("parts.load"),
                                  tr("ArticleStore::load (the long article)"),
                                  time(5, [&] { store.load(m_library.longArticleId); })));
    m_report.add(Figure::duration(QStringLiteral("parts.document"),
                                  tr("ArticleDocument from the long article"),
                                  time(5, [&] { ArticleDocument document(*longArticle); })));
    {
        ArticleView view;
        m_report.add(Figure::duration(QStringLiteral("parts.readerPreview"),
                                      tr("ArticleView::setArticle (hidden Reader Preview tab)"),
                                      time(5, [&] { view.setArticle(*longArticle); })));
    }
    {
        ArticleDocument document(*longArticle);
        m_report.add(Figure::duration(QStringLiteral("parts.wordCount"),
                                      tr("ArticleDocument::wordCount (status bar, each new undo "
                                         "step)"),
                                      time(50, [&] { document.wordCount(); })));
        HistoryInspector history;
        history.setDocument(&document, &store);
        m_report.add(Figure::duration(QStringLiteral("parts.historyRefresh"),
                                      tr("HistoryInspector::refresh (hidden dock; twice per save)"),
                                      time(10, [&] { history.refresh(); })));
        history.setDocument(nullptr, nullptr);
        const int previous = longArticle->version - 1;
        m_report.add(Figure::duration(
            QStringLiteral("parts.revision"), tr("ArticleStore::revision (the version before)"),
            time(10, [&] { store.revision(m_library.longArticleId, previous); })));
    }
    {
        // The article list's model on this connection, with and without a table view, going
        // from a status filter back to every article (as on clearing the filter; the same
        // happens at startup): with a view, its vertical header sets up one section per row.
        ArticleListModel model;
        model.setStore(&store);
        ArticleListQuery drafts;
        drafts.status = ArticleStatus::Draft;
        auto resetToAll = [&] {
            Samples samples;
            for (int i = 0; i < 5; ++i) {
                model.setQuery(drafts);
                QElapsedTimer timer;
                timer.start();
                model.setQuery(ArticleListQuery{});
                samples.add(timer.nsecsElapsed());
            }
            return samples;
        };
        m_report.add(Figure::duration(QStringLiteral("parts.modelReset"),
                                      tr("ArticleListModel drafts → all articles, no view"),
                                      resetToAll()));
        QTableView table;
        table.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table.setModel(&model);
        // Shown (though not on screen), as the window's list is.
        table.setAttribute(Qt::WA_DontShowOnScreen);
        table.show();
        m_report.add(Figure::duration(QStringLiteral("parts.viewReset"),
                                      tr("ArticleListModel drafts → all articles, QTableView"),
                                      resetToAll()));
        model.setStore(nullptr);
    }

    // The store's share of an autosave: one paragraph changed, saved on this connection.
    Article edited = *longArticle;
    const qsizetype middle = edited.paragraphs.size() / 2;
    int letter = 0;
    Samples saves = time(20, [&] {
        edited.paragraphs[middle].text += QChar(u'a' + letter++ % 26);
        if (StoreError saveError = store.save(edited))
            error = saveError;
    });
    if (error)
        return fail(error.message);
    m_report.add(Figure::duration(QStringLiteral("parts.storeSave"),
                                  tr("ArticleStore::save, one paragraph changed"), saves)
                     .noted(tr("reading back the state it replaces, as the CLI and imports "
                               "save.")));
    // As the editor saves: over its copy of what it last loaded or saved.
    Article stored = edited;
    saves = time(20, [&] {
        Article next = stored;
        next.paragraphs[middle].text += QChar(u'a' + letter++ % 26);
        if (StoreError saveError = store.save(next, stored))
            error = saveError;
        else
            stored = next;
    });
    if (error)
        return fail(error.message);
    m_report.add(Figure::duration(QStringLiteral("parts.storeSaveKnown"),
                                  tr("ArticleStore::save over the editor's copy, one paragraph "
                                     "changed"),
                                  saves));
    if (m_options.keep) {
        // Saving made the long article the newest, and the window opens the newest article at
        // startup: save the ordinary article again so the next run starts as this one did.
        std::optional<Article> ordinary = store.load(m_ordinaryArticleId, &error);
        if (!ordinary || (error = store.save(*ordinary)))
            return fail(error.message);
    }
    database.close();

    m_report.addNote(tr("Qt %1 (built against %2), SQLite %3; %4, %5 cores; load average "
                        "%6 at the start, %7 at the end; total run time %8 s.")
                         .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                              m_library.sqliteVersion, cpuModel())
                         .arg(QThread::idealThreadCount())
                         .arg(m_loadAtStart, loadAverage())
                         .arg(double(m_total.nsecsElapsed()) / 1e9, 0, 'f', 1));
    QJsonObject environment = m_report.toJson().value(QLatin1String("environment")).toObject();
    environment.insert(QStringLiteral("loadAverageAtEnd"), loadAverage());
    m_report.setEnvironment(environment);
    return true;
}
