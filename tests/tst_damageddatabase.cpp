// Damaged databases (issue 8): a file that is not SQLite (text, random bytes, a PNG image), a real
// Copydesk library cut short at several sizes, one written by a newer Copydesk, a read-only file
// and folder, and a full disk. Through copydesk-cli (list, show, import) each is a non-zero exit
// whose message names the file and says what is wrong; through the window (offscreen) opening
// one shows a message box that says the same. Neither ever changes a byte of the file. With an
// article open and unsaved edits, a read-only file or a full disk makes the save fail with a
// visible message, the edits stay in the editor, and once the condition is cleared the next save
// stores them.
//
// Read-only: as a normal user the file's mode (0444) and the folder's (0555) do it. root ignores
// modes, so as root the file or folder gets the immutable attribute (FS_IMMUTABLE_FL, what
// `chattr +i` sets), which binds root too; where the file system does not support it, only that
// case is skipped, with the reason. Run the test as a normal user as well (e.g. `setpriv
// --reuid=nobody --regid=nogroup --clear-groups tst_damageddatabase`) to cover the mode bits.
//
// Full disk: where the test may mount (root with CAP_SYS_ADMIN, as in a privileged container or
// CI), the library sits on a tmpfs of a few hundred kilobytes that a filler file fills up: the
// kernel's own ENOSPC on SQLite's real write path. A normal user gets the same for the CLI in a
// user namespace of its own (`unshare --user --map-root-user --mount`, where the kernel allows
// them). The window lives in this process, so without mounting here its case uses SQLite's
// `PRAGMA max_page_count` on the window's connection, which makes SQLite return SQLITE_FULL
// ("database or disk is full") from the same write path when the file would grow. Where neither
// mount is possible the CLI's case is skipped (a separate process's connection cannot be limited).
#include "HostileInput.h"
#include "models/ArticleDocument.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace HostileInput;

namespace {

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Sets or clears the immutable attribute (chattr +i); false with *problem when it cannot.
bool setImmutable(const QString &path, bool immutable, QString *problem = nullptr)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    if (fd < 0) {
        if (problem)
            *problem = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = immutable ? flags | FS_IMMUTABLE_FL : flags & ~FS_IMMUTABLE_FL;
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    if (!ok && problem)
        *problem = QString::fromLocal8Bit(strerror(errno));
    ::close(fd);
    return ok;
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// Makes `path` (a file or a folder) read-only in a way that binds the current user, root
// included; undo() makes it writable again. skipReason() says why it could not.
class ReadOnly
{
public:
    explicit ReadOnly(const QString &path)
        : m_path(path)
        , m_folder(QFileInfo(path).isDir())
    {
        if (runningAsRoot()) {
            QString problem;
            if (setImmutable(path, true, &problem)) {
                m_how = ReadOnly::Immutable;
                m_description = u"immutable attribute (chattr +i)"_s;
            } else {
                m_skip = u"running as root, which ignores file modes, and the immutable "
                         "attribute cannot be set on %1 (%2); run this test as a normal user to "
                         "cover this case"_s.arg(path, problem);
            }
            return;
        }
        const QFile::Permissions readOnly =
            m_folder ? QFile::ReadOwner | QFile::ExeOwner : QFile::Permissions(QFile::ReadOwner);
        m_saved = QFile::permissions(path);
        if (QFile::setPermissions(path, readOnly)) {
            m_how = ReadOnly::Mode;
            m_description = m_folder ? u"mode 0500"_s : u"mode 0400"_s;
        } else {
            m_skip = u"cannot change the mode of %1"_s.arg(path);
        }
    }
    ~ReadOnly() { undo(); }
    ReadOnly(const ReadOnly &) = delete;
    ReadOnly &operator=(const ReadOnly &) = delete;

    QString skipReason() const { return m_skip; }
    QString description() const { return m_description; }

    void undo()
    {
        if (m_how == ReadOnly::Immutable)
            setImmutable(m_path, false);
        else if (m_how == ReadOnly::Mode)
            QFile::setPermissions(m_path, m_saved);
        m_how = ReadOnly::None;
    }

private:
    enum How { None, Mode, Immutable };
    QString m_path;
    bool m_folder = false;
    How m_how = None;
    QFile::Permissions m_saved;
    QString m_skip;
    QString m_description;
};

// A size-limited tmpfs mounted on a folder for the life of the object, where mounting is
// permitted.
class Tmpfs
{
public:
    Tmpfs(const QString &folder, qint64 bytes)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
        if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    options.constData()) == 0) {
            m_mounted = true;
        } else {
            m_problem = QString::fromLocal8Bit(strerror(errno));
        }
    }
    ~Tmpfs()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
    }
    Tmpfs(const Tmpfs &) = delete;
    Tmpfs &operator=(const Tmpfs &) = delete;

    bool isMounted() const { return m_mounted; }
    QString problem() const { return m_problem; }

private:
    QString m_folder;
    bool m_mounted = false;
    QString m_problem;
};

// Writes a filler file until the file system refuses more: the disk is full.
bool fillDisk(const QString &filler)
{
    QFile file(filler);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return true; // not even a new file fits
    const QByteArray block(64 * 1024, 'f');
    while (file.write(block) == block.size()) {
    }
    // What is left, a page at a time.
    while (file.write(block.first(4096)) > 0) {
    }
    return file.error() != QFileDevice::NoError;
}

// The names of the files in `folder`: a refused open must not leave new ones behind.
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// Accepts the next modal message box and records its text.
void captureMessageBox(QObject *context, QString *text)
{
    QTimer::singleShot(0, context, [context, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->accept();
        } else {
            captureMessageBox(context, text); // not shown yet: look again
        }
    });
}

} // namespace

class TestDamagedDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void cliRefusesDamagedFiles_data();
    void cliRefusesDamagedFiles();
    void windowRefusesDamagedFiles_data();
    void windowRefusesDamagedFiles();
    void cliOnReadOnlyFile();
    void cliOnFullDisk();
    void windowKeepsEditsOnReadOnlyFile();
    void windowKeepsEditsOnFullDisk();

private:
    // Puts a damaged library of `kind` at a path in its own folder; returns the path and, in
    // *phrase, what the message must say. A read-only folder stays so while *readOnly lives.
    QString damagedLibrary(const QString &kind, QString *phrase,
                           std::unique_ptr<ReadOnly> *readOnly);
    // A copy of the library (four articles) in a folder of its own.
    QString libraryCopy(const QString &folderName);

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_case; // each test's files
    QString m_library;
    int m_casesTried = 0;
};

void TestDamagedDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CopydeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_damageddatabase"_s);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_library = m_dir.filePath(u"library.sqlite"_s);
    const QString problem = createLibrary(m_library);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(databaseDigest(m_library).articles, 4);
    qInfo("running as %s; library %lld bytes", runningAsRoot() ? "root" : "a normal user",
          QFileInfo(m_library).size());
}

void TestDamagedDatabase::cleanupTestCase()
{
    qInfo("%d damaged-database checks (a command or the window on one damaged file)", m_casesTried);
}

void TestDamagedDatabase::init()
{
    QSettings().clear();
    m_case = std::make_unique<QTemporaryDir>(m_dir.filePath(u"case-XXXXXX"_s));
    QVERIFY(m_case->isValid());
}

void TestDamagedDatabase::cleanup()
{
    m_case.reset();
}

QString TestDamagedDatabase::libraryCopy(const QString &folderName)
{
    const QString folder = m_case->filePath(folderName);
    QDir().mkpath(folder);
    const QString path = folder + u"/newsroom.sqlite"_s;
    QFile::copy(m_library, path);
    return path;
}

QString TestDamagedDatabase::damagedLibrary(const QString &kind, QString *phrase,
                                            std::unique_ptr<ReadOnly> *readOnly)
{
    const QString path = libraryCopy(u"damaged"_s);
    const QByteArray library = readBytes(m_library);
    const QString notSqlite = u"is not a Copydesk database (not an SQLite file)"_s;
    const QString cutShort = u"is damaged: the file is cut short"_s;
    if (kind == u"text file"_s) {
        writeBytes(path, "Shopping list: eggs, flour, milk.\n");
        *phrase = notSqlite;
    } else if (kind == u"random bytes"_s) {
        QByteArray random(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(8);
        for (char &byte : random)
            byte = char(generator.bounded(256));
        writeBytes(path, random);
        *phrase = notSqlite;
    } else if (kind == u"PNG image"_s) {
        writeBytes(path, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(4096, '\0'));
        *phrase = notSqlite;
    } else if (kind.startsWith(u"cut to "_s)) {
        const QString size = kind.mid(7);
        qsizetype keep = size.toLongLong();
        if (size == u"half"_s)
            keep = library.size() / 2;
        else if (size == u"all but a page"_s)
            keep = library.size() - 4096;
        else if (size == u"all but a byte"_s)
            keep = library.size() - 1;
        writeBytes(path, library.first(keep));
        *phrase = keep < 16 ? notSqlite : cutShort;
    } else if (kind == u"newer schema"_s) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery(db).exec(
                u"UPDATE copydesk_meta SET value = '999' WHERE key = 'schema_version'"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        *phrase = u"was written by a newer Copydesk (schema version 999"_s;
    } else if (kind == u"read-only folder"_s) {
        *readOnly = std::make_unique<ReadOnly>(QFileInfo(path).absolutePath());
        *phrase = u"is read-only, and SQLite needs to create its write-ahead log"_s;
    }
    return path;
}

void TestDamagedDatabase::cliRefusesDamagedFiles_data()
{
    QTest::addColumn<QString>("kind");
    const QStringList kinds{u"text file"_s,
                            u"random bytes"_s,
                            u"PNG image"_s,
                            u"cut to 10"_s,
                            u"cut to 100"_s,
                            u"cut to 4096"_s,
                            u"cut to half"_s,
                            u"cut to all but a page"_s,
                            u"cut to all but a byte"_s,
                            u"newer schema"_s,
                            u"read-only folder"_s};
    for (const QString &kind : kinds)
        QTest::newRow(qPrintable(kind)) << kind;
}

void TestDamagedDatabase::cliRefusesDamagedFiles()
{
    QFETCH(QString, kind);
    QString phrase;
    std::unique_ptr<ReadOnly> readOnly;
    const QString path = damagedLibrary(kind, &phrase, &readOnly);
    if (readOnly && !readOnly->skipReason().isEmpty())
        QSKIP(qPrintable(readOnly->skipReason()));
    const QByteArray hash = fileSha256(path);
    const QStringList files = filesIn(QFileInfo(path).absolutePath());

    const QList<QStringList> commands{
        {u"list"_s},
        {u"show"_s, u"1"_s},
        {u"import"_s, testData(u"good/harbour-bridge.txt"_s)},
    };
    for (const QStringList &command : commands) {
        const CliRun run = runCli(QStringList{u"--db"_s, path} + command, m_case->path());
        QVERIFY2(
            run.exitCode == 3,
            qPrintable(
                u"%1: exit %2: %3"_s.arg(command.first()).arg(run.exitCode).arg(run.errText())));
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(run.errText().startsWith(u"copydesk-cli: "_s + path), qPrintable(run.errText()));
        QVERIFY2(run.errText().contains(phrase),
                 qPrintable(u"expected \""_s + phrase + u"\" in: "_s + run.errText()));
        QCOMPARE(fileSha256(path), hash);
        QCOMPARE(filesIn(QFileInfo(path).absolutePath()), files);
        ++m_casesTried;
    }
}

void TestDamagedDatabase::windowRefusesDamagedFiles_data()
{
    cliRefusesDamagedFiles_data();
}

void TestDamagedDatabase::windowRefusesDamagedFiles()
{
    QFETCH(QString, kind);
    const QString good = libraryCopy(u"good"_s);
    QString phrase;
    std::unique_ptr<ReadOnly> readOnly;
    const QString path = damagedLibrary(kind, &phrase, &readOnly);
    if (readOnly && !readOnly->skipReason().isEmpty())
        QSKIP(qPrintable(readOnly->skipReason()));
    const QByteArray hash = fileSha256(path);

    MainWindow window;
    QVERIFY(!window.openDatabase(good));
    const qint64 openArticle = window.currentArticleId();
    QVERIFY(openArticle > 0);

    // File › Open Database… and File › Recent Databases go through openDatabaseReportingErrors.
    QString shown;
    captureMessageBox(&window, &shown);
    QVERIFY(!window.openDatabaseReportingErrors(path));
    QVERIFY2(shown.startsWith(u"Copydesk could not open "_s + path), qPrintable(shown));
    QVERIFY2(shown.contains(phrase), qPrintable(u"expected \""_s + phrase + u"\" in: "_s + shown));
    // The window keeps the library it had, and the damaged file is as it was.
    QCOMPARE(window.databasePath(), good);
    QCOMPARE(window.currentArticleId(), openArticle);
    QVERIFY(!MainWindow::recentDatabases().contains(path));
    QCOMPARE(fileSha256(path), hash);
    ++m_casesTried;
}

void TestDamagedDatabase::cliOnReadOnlyFile()
{
    const QString path = libraryCopy(u"read-only"_s);
    ReadOnly readOnly(path);
    if (!readOnly.skipReason().isEmpty())
        QSKIP(qPrintable(readOnly.skipReason()));
    const QByteArray hash = fileSha256(path);

    // Reading works; writing says the file is read-only, names it, and changes nothing.
    const CliRun list = runCli({u"--db"_s, path, u"list"_s, u"--json"_s}, m_case->path());
    QVERIFY2(list.exitCode == 0, qPrintable(list.errText()));
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 4);
    const CliRun import = runCli(
        {u"--db"_s, path, u"import"_s, testData(u"good/harbour-bridge.txt"_s)}, m_case->path());
    QVERIFY2(import.exitCode == 3, qPrintable(import.errText()));
    // "copydesk-cli: ARTICLE FILE: DATABASE: saving ... failed: ... The database is read-only"
    QVERIFY2(import.errText().contains(path + u": "_s), qPrintable(import.errText()));
    QVERIFY2(import.errText().contains(u"The database is read-only"_s),
             qPrintable(import.errText()));
    QVERIFY2(import.errText().contains(u"nothing was imported"_s), qPrintable(import.errText()));
    QCOMPARE(fileSha256(path), hash);
    qInfo("read-only by %s", qPrintable(readOnly.description()));
    readOnly.undo();
    QCOMPARE(databaseDigest(path).articles, 4);
}

namespace {

// What happened to `copydesk-cli import` on a full disk, and after room was made.
struct FullDiskImport
{
    int exitCode = -1;
    QString errors;
    bool fileUnchanged = false;
    int exitCodeWithRoom = -1;
    QString errorsWithRoom;
    qsizetype articlesWithRoom = -1;
};

// The same steps in a user and mount namespace of their own (`unshare --user --map-root-user
// --mount`), where a normal user may mount a tmpfs; the tmpfs goes with the namespace, so the
// results come back as files in `results`.
const char fullDiskScript[] = R"(set -e
folder=$1 library=$2 cli=$3 article=$4 results=$5 size=$6
mount -t tmpfs -o size="$size" tmpfs "$folder"
cp "$library" "$folder/newsroom.sqlite"
dd if=/dev/zero of="$folder/filler" bs=4096 2>/dev/null || true
sha256sum < "$folder/newsroom.sqlite" > "$results/hash-before"
set +e
"$cli" --db "$folder/newsroom.sqlite" import "$article" > /dev/null 2> "$results/errors"
echo $? > "$results/exit"
sha256sum < "$folder/newsroom.sqlite" > "$results/hash-after"
rm "$folder/filler"
"$cli" --db "$folder/newsroom.sqlite" import "$article" > /dev/null 2> "$results/errors-with-room"
echo $? > "$results/exit-with-room"
"$cli" --db "$folder/newsroom.sqlite" list --json > "$results/list"
)";

} // namespace

void TestDamagedDatabase::cliOnFullDisk()
{
    const QString folder = m_case->filePath(u"full"_s);
    const QString path = folder + u"/newsroom.sqlite"_s;
    const QString article = testData(u"good/harbour-bridge.txt"_s);
    // Room for the library and SQLite's shared-memory file, not much more.
    const qint64 size = QFileInfo(m_library).size() + 256 * 1024;
    FullDiskImport result;
    Tmpfs tmpfs(folder, size);
    if (tmpfs.isMounted()) {
        qInfo("full disk: a tmpfs mounted here, filled up");
        QVERIFY(QFile::copy(m_library, path));
        QVERIFY(fillDisk(folder + u"/filler"_s));
        const QByteArray hash = fileSha256(path);
        const CliRun import = runCli({u"--db"_s, path, u"import"_s, article}, m_case->path());
        result.exitCode = import.exitCode;
        result.errors = import.errText();
        result.fileUnchanged = fileSha256(path) == hash;
        QVERIFY(QFile::remove(folder + u"/filler"_s));
        const CliRun again = runCli({u"--db"_s, path, u"import"_s, article}, m_case->path());
        result.exitCodeWithRoom = again.exitCode;
        result.errorsWithRoom = again.errText();
        result.articlesWithRoom = databaseDigest(path).articles;
    } else {
        const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
        QProcess process;
        process.setProcessEnvironment(cliEnvironment(m_case->path()));
        if (!unshare.isEmpty()) {
            process.start(unshare, {u"--user"_s, u"--map-root-user"_s, u"--mount"_s, u"sh"_s,
                                    u"-c"_s, QString::fromUtf8(fullDiskScript), u"sh"_s, folder,
                                    m_library, QStringLiteral(COPYDESK_CLI_PATH), article,
                                    m_case->path(), QString::number(size)});
            process.waitForFinished(60000);
        }
        if (unshare.isEmpty() || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            QSKIP(qPrintable(
                u"cannot mount a size-limited tmpfs here (%1), nor in a user namespace of its "
                "own (%2): a full disk for another process needs a real file system; the "
                "window's full-disk case covers SQLITE_FULL with PRAGMA max_page_count"_s.arg(
                    tmpfs.problem(),
                    unshare.isEmpty()
                        ? u"no unshare command"_s
                        : QString::fromUtf8(process.readAllStandardError()).trimmed())));
        }
        qInfo("full disk: a tmpfs mounted in a user namespace (unshare), filled up");
        const auto result_ = [&](const QString &name) {
            return QString::fromUtf8(readBytes(m_case->filePath(name))).trimmed();
        };
        result.exitCode = result_(u"exit"_s).toInt();
        result.errors = result_(u"errors"_s) + u'\n';
        result.fileUnchanged = result_(u"hash-before"_s) == result_(u"hash-after"_s) &&
                               !result_(u"hash-before"_s).isEmpty();
        result.exitCodeWithRoom = result_(u"exit-with-room"_s).toInt();
        result.errorsWithRoom = result_(u"errors-with-room"_s);
        result.articlesWithRoom =
            QJsonDocument::fromJson(readBytes(m_case->filePath(u"list"_s))).array().size();
    }

    QVERIFY2(result.exitCode == 3, qPrintable(result.errors));
    QVERIFY2(result.errors.startsWith(u"copydesk-cli: "_s + path), qPrintable(result.errors));
    QVERIFY2(result.errors.contains(u"The disk is full"_s), qPrintable(result.errors));
    QVERIFY(result.fileUnchanged);
    // Room again: the same import goes through.
    QVERIFY2(result.exitCodeWithRoom == 0, qPrintable(result.errorsWithRoom));
    QCOMPARE(result.articlesWithRoom, 5);
}

void TestDamagedDatabase::windowKeepsEditsOnReadOnlyFile()
{
    const QString path = libraryCopy(u"read-only"_s);
    ReadOnly readOnly(path);
    if (!readOnly.skipReason().isEmpty())
        QSKIP(qPrintable(readOnly.skipReason()));
    const QByteArray hash = fileSha256(path);

    MainWindow window;
    QVERIFY(!window.openDatabase(path)); // a read-only library opens for reading
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ArticleDocument *document = window.currentDocument();
    QVERIFY(document);
    const qint64 id = window.currentArticleId();
    const QString edit = u"Written while the library was read-only; it must not be lost."_s;
    document->setField(ArticleDocument::Field::Summary, edit);

    QVERIFY(!window.saveCurrentArticle());
    QCOMPARE(window.articleSaveState(), MainWindow::SaveState::Failed);
    QCOMPARE(window.saveStateText(), u"Not saved"_s);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(path) && message.contains(u"The database is read-only"_s),
             qPrintable(message));
    // The edits stay in the editor, still unsaved, and the file is as it was.
    QCOMPARE(window.currentDocument(), document);
    QCOMPARE(document->field(ArticleDocument::Field::Summary), edit);
    QVERIFY(document->isModified());
    QCOMPARE(fileSha256(path), hash);
    // A passing message does not take the reason out of view.
    window.statusBar()->showMessage(u"Something else happened."_s);
    window.statusBar()->clearMessage();
    QCOMPARE(window.statusBar()->currentMessage(), message);

    // Writable again: the next save stores the edits.
    readOnly.undo();
    QVERIFY2(window.saveCurrentArticle(), qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.articleSaveState(), MainWindow::SaveState::Saved);
    QVERIFY(!document->isModified());
    window.close();
    Database database;
    QVERIFY(!database.open(path));
    ArticleStore store(database);
    QCOMPARE(store.load(id)->summary, edit);
}

void TestDamagedDatabase::windowKeepsEditsOnFullDisk()
{
    const QString folder = m_case->filePath(u"full"_s);
    Tmpfs tmpfs(folder, QFileInfo(m_library).size() + 1024 * 1024);
    const QString path = folder + u"/newsroom.sqlite"_s;
    QVERIFY(QFile::copy(m_library, path));
    const QString filler = folder + u"/filler"_s;
    qInfo("full disk by %s",
          tmpfs.isMounted() ? "a size-limited tmpfs filled up" : "PRAGMA max_page_count");

    MainWindow window;
    QVERIFY(!window.openDatabase(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ArticleDocument *document = window.currentDocument();
    QVERIFY(document);
    const qint64 id = window.currentArticleId();

    // The window's connection: the only Copydesk connection of this process.
    const auto windowConnections = [] {
        QList<QSqlDatabase> connections;
        const QStringList names = QSqlDatabase::connectionNames();
        for (const QString &name : names) {
            if (name.startsWith(u"copydesk-"_s))
                connections.append(QSqlDatabase::database(name, false));
        }
        return connections;
    };
    const auto setPageLimit = [&](bool limited) {
        for (const QSqlDatabase &connection : windowConnections()) {
            QSqlQuery query(connection);
            qint64 pages = 1073741823;
            if (limited && query.exec(u"PRAGMA page_count"_s) && query.next())
                pages = query.value(0).toLongLong();
            query.finish();
            if (!query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)))
                return false;
        }
        return !windowConnections().isEmpty();
    };
    if (tmpfs.isMounted())
        QVERIFY(fillDisk(filler));
    else
        QVERIFY(setPageLimit(true));
    const QByteArray hash = fileSha256(path);

    // A long edit: the save needs new pages whatever room is left in the last ones.
    QString edit = u"Written on a full disk; it must not be lost. "_s.repeated(2000);
    document->setField(ArticleDocument::Field::Summary, edit);
    QVERIFY(!window.saveCurrentArticle());
    QCOMPARE(window.articleSaveState(), MainWindow::SaveState::Failed);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(path) && message.contains(u"The disk is full"_s),
             qPrintable(message));
    QCOMPARE(document->field(ArticleDocument::Field::Summary), edit);
    QVERIFY(document->isModified());
    if (tmpfs.isMounted())
        QCOMPARE(fileSha256(path), hash);

    // Space again: the next save (the retry timer's, or the user's) stores the edits.
    if (tmpfs.isMounted())
        QVERIFY(QFile::remove(filler));
    else
        QVERIFY(setPageLimit(false));
    QVERIFY(window.saveCurrentArticle());
    QCOMPARE(window.articleSaveState(), MainWindow::SaveState::Saved);
    QVERIFY(!document->isModified());
    window.close();
    Database database;
    QVERIFY(!database.open(path));
    ArticleStore store(database);
    QCOMPARE(store.load(id)->summary, edit);
}

QTEST_MAIN(TestDamagedDatabase)
#include "tst_damageddatabase.moc"
