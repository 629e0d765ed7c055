// The GUI export (issue 6): the Export dialog's choices, and the export on a worker thread with
// progress, cancel and errors, against a real SQLite file.
#include "core/ExportFormat.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "widgets/ExportController.h"
#include "widgets/ExportDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestExportUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dialogOptionsFollowTheFormat();
    void dialogRemembersItsChoices();
    void dialogPicksTheScope();
    void exportsOnAWorkerThread();
    void exportsWhatTheListShows();
    void cancellingLeavesNothing();
    void unwritableFolderIsReported();
    void progressText();

private:
    QList<qint64> createArticles(int count);
    ExportJob::Result runExport(ExportController &controller, const ExportJob::Request &request);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
};

void TestExportUi::initTestCase()
{
    // Never the user's own settings.
    QCoreApplication::setOrganizationName(u"CopydeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_exportui"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "10,000"
}

void TestExportUi::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    const StoreError error = m_db->open(m_dir->filePath(u"export.sqlite"_s));
    QVERIFY2(!error, qPrintable(error.message));
    m_store = std::make_unique<ArticleStore>(*m_db);
}

void TestExportUi::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

QList<qint64> TestExportUi::createArticles(int count)
{
    QList<qint64> ids;
    m_db->begin();
    for (int i = 0; i < count; ++i) {
        Article article;
        article.headline = u"Story %1"_s.arg(i);
        article.slug = u"story-%1"_s.arg(i);
        article.summary = u"What happened in story %1."_s.arg(i);
        Paragraph paragraph;
        paragraph.text = u"The council said story %1 happened."_s.arg(i);
        Attribution attribution;
        attribution.sourceName = u"City Council"_s;
        paragraph.attributions.append(attribution);
        article.paragraphs.append(paragraph);
        if (m_store->create(article))
            break;
        ids.append(article.id);
    }
    m_db->commit();
    return ids;
}

ExportJob::Result TestExportUi::runExport(ExportController &controller,
                                          const ExportJob::Request &request)
{
    QSignalSpy finished(&controller, &ExportController::finished);
    controller.start(request);
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<ExportJob::Result>();
}

void TestExportUi::dialogOptionsFollowTheFormat()
{
    ExportDialog dialog;
    auto *format = dialog.findChild<QComboBox *>(u"formatCombo"_s);
    auto *html = dialog.findChild<QGroupBox *>(u"htmlGroup"_s);
    auto *newsml = dialog.findChild<QGroupBox *>(u"newsmlGroup"_s);
    auto *folder = dialog.findChild<QLineEdit *>(u"folderEdit"_s);
    auto *provider = dialog.findChild<QLineEdit *>(u"providerEdit"_s);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(format && html && newsml && folder && provider && ok);
    QCOMPARE(format->count(), ExportFormats::all().size());

    format->setCurrentIndex(format->findData(u"ninjs"_s));
    QVERIFY(!html->isEnabled());
    QVERIFY(!newsml->isEnabled());
    QVERIFY(!ok->isEnabled()); // no folder yet
    folder->setText(m_dir->filePath(u"out"_s));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.format(), ExportFormat::Ninjs);

    format->setCurrentIndex(format->findData(u"html"_s));
    QVERIFY(html->isEnabled());
    QVERIFY(!newsml->isEnabled());
    auto *attributions = dialog.findChild<QComboBox *>(u"attributionsCombo"_s);
    attributions->setCurrentIndex(attributions->findData(u"inline"_s));
    dialog.findChild<QLineEdit *>(u"articleUrlEdit"_s)
        ->setText(u" https://news.example/a/{uuid} "_s);
    QCOMPARE(dialog.options().html.attributions, HtmlExportProfile::Attributions::Inline);
    QCOMPARE(dialog.options().html.articleUrlPattern, u"https://news.example/a/{uuid}"_s);

    format->setCurrentIndex(format->findData(u"newsml"_s));
    QVERIFY(newsml->isEnabled());
    QVERIFY(!html->isEnabled());
    provider->clear();
    QVERIFY(!ok->isEnabled()); // NewsML-G2 names its provider
    provider->setText(u"Harbour Daily"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.options().provider, u"Harbour Daily"_s);
}

void TestExportUi::dialogRemembersItsChoices()
{
    const QString folder = m_dir->filePath(u"remembered"_s);
    {
        ExportDialog dialog;
        auto *format = dialog.findChild<QComboBox *>(u"formatCombo"_s);
        format->setCurrentIndex(format->findData(u"html"_s));
        auto *attributions = dialog.findChild<QComboBox *>(u"attributionsCombo"_s);
        attributions->setCurrentIndex(attributions->findData(u"none"_s));
        dialog.findChild<QLineEdit *>(u"folderEdit"_s)->setText(folder);
        dialog.findChild<QLineEdit *>(u"providerEdit"_s)->setText(u"Harbour Daily"_s);
        dialog.saveChoices();
    }
    ExportDialog again;
    QCOMPARE(again.format(), ExportFormat::Ninjs); // until restored
    again.restoreChoices();
    QCOMPARE(again.format(), ExportFormat::Html);
    QCOMPARE(again.options().html.attributions, HtmlExportProfile::Attributions::None);
    QCOMPARE(again.options().provider, u"Harbour Daily"_s);
    QCOMPARE(again.folder(), folder);
}

void TestExportUi::dialogPicksTheScope()
{
    ExportDialog dialog;
    dialog.setCounts(true, 1, 40, 100);
    QCOMPARE(dialog.scope(), ExportDialog::Scope::OpenArticle);
    dialog.setCounts(true, 5, 40, 100);
    QCOMPARE(dialog.scope(), ExportDialog::Scope::Selected);
    dialog.setCounts(false, 0, 40, 100);
    QCOMPARE(dialog.scope(), ExportDialog::Scope::Listed);
    QVERIFY(!dialog.findChild<QRadioButton *>(u"openArticleButton"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QRadioButton *>(u"selectedButton"_s)->isEnabled());
    QVERIFY(dialog.findChild<QRadioButton *>(u"libraryButton"_s)->text().contains(u"100"_s));
    dialog.findChild<QRadioButton *>(u"libraryButton"_s)->setChecked(true);
    QCOMPARE(dialog.scope(), ExportDialog::Scope::Library);
}

void TestExportUi::exportsOnAWorkerThread()
{
    const QList<qint64> ids = createArticles(300);
    QCOMPARE(ids.size(), 300);
    QWidget window;
    ExportController controller(&window);
    QSignalSpy progress(&controller, &ExportController::statusMessage);
    ExportJob::Request request;
    request.databaseLocation = m_db->location();
    request.ids = ids;
    request.folder = m_dir->filePath(u"out"_s);
    request.format = ExportFormat::NewsmlG2;
    request.options.provider = u"Harbour Daily"_s;
    const ExportJob::Result result = runExport(controller, request);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.written, 300);
    QCOMPARE(progress.size(), 1);
    QVERIFY2(progress.first().first().toString().contains(u"300"_s),
             qPrintable(progress.first().first().toString()));

    const QDir out(request.folder);
    QCOMPARE(out.entryList(QDir::Files | QDir::Hidden).size(), 300);
    const auto encode = ExportFormats::encoder(request.format, request.options);
    for (const qint64 id : {ids.first(), ids.at(150), ids.last()}) {
        const std::optional<Article> article = m_store->load(id);
        QVERIFY(article);
        QFile file(out.filePath(u"%1-v%2.newsml.xml"_s.arg(article->slug).arg(article->version)));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(file.readAll(), encode(*article));
    }
}

void TestExportUi::exportsWhatTheListShows()
{
    const QList<qint64> ids = createArticles(20);
    // The list shows what its query finds, here a search for one story.
    ArticleListQuery query;
    query.search = u"story 7"_s;
    const qint64 matching = m_store->count(query);
    QVERIFY(matching >= 1 && matching < 20);
    QWidget window;
    ExportController controller(&window);
    ExportJob::Request request;
    request.databaseLocation = m_db->location();
    request.query = query;
    request.folder = m_dir->filePath(u"listed"_s);
    const ExportJob::Result result = runExport(controller, request);
    QVERIFY2(result.succeeded, qPrintable(result.error));
    QCOMPARE(result.written, matching);
    QVERIFY(QFile::exists(QDir(request.folder).filePath(u"story-7-v1.ninjs.json"_s)));
}

void TestExportUi::cancellingLeavesNothing()
{
    const QList<qint64> ids = createArticles(400);
    QWidget window;
    ExportController controller(&window);
    ExportJob::Request request;
    request.databaseLocation = m_db->location();
    request.ids = ids;
    request.folder = m_dir->filePath(u"cancelled"_s);
    request.format = ExportFormat::Html;
    QSignalSpy messages(&controller, &ExportController::statusMessage);
    QSignalSpy finished(&controller, &ExportController::finished);
    controller.start(request);
    controller.cancel(); // checked before each chunk of 64: long before 400 are written
    QVERIFY(finished.wait(60000));
    const auto result = finished.first().first().value<ExportJob::Result>();
    QVERIFY(result.cancelled);
    QVERIFY(!result.succeeded);
    // The folder was made for this export: it goes again.
    QVERIFY(!QFileInfo::exists(request.folder));
    QCOMPARE(messages.first().first().toString(), u"Export cancelled; nothing was written."_s);
}

void TestExportUi::unwritableFolderIsReported()
{
    const QList<qint64> ids = createArticles(3);
    // A "folder" inside a regular file can never be created.
    QFile blocker(m_dir->filePath(u"a-file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QWidget window;
    ExportController controller(&window);
    ExportJob::Request request;
    request.databaseLocation = m_db->location();
    request.ids = ids;
    request.folder = m_dir->filePath(u"a-file/out"_s);
    const ExportJob::Result result = runExport(controller, request);
    QVERIFY(!result.succeeded);
    QVERIFY(!result.cancelled);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(request.folder)),
             qPrintable(result.error));
    // The window says so without blocking (no exec()).
    auto *box = window.findChild<QMessageBox *>(u"exportFailedBox"_s);
    QVERIFY(box);
    QCOMPARE(box->informativeText(), result.error);
}

void TestExportUi::progressText()
{
    QCOMPARE(ExportController::progressText(0, 10000, 0), u"Exported 0 of 10,000 articles"_s);
    QCOMPARE(ExportController::progressText(2000, 10000, 1000),
             u"Exported 2,000 of 10,000 articles · 2,000 a second · about 4 s left"_s);
    QCOMPARE(ExportController::progressText(10000, 10000, 4000),
             u"Exported 10,000 of 10,000 articles · 2,500 a second"_s);
}

QTEST_MAIN(TestExportUi)
#include "tst_exportui.moc"
