// Issue 8: exported HTML pages opened in a real browser. Hostile articles (markup, script, event
// handlers, javascript: and data: URLs, CSS url(), meta refresh, a "</script>" aimed at the
// JSON-LD block, ...) are exported with HtmlExporter in every attribution profile and loaded by
// headless Chromium. Every payload, if it ran, would write a marker built at run time into the
// DOM and make a request to a loopback server of this test. The check: no marker in the DOM
// Chromium dumps, no connection to the server, the page rendered (its escaped headline and last
// paragraph are there, its JSON-LD is one script element holding the article's JSON), and the
// DOM holds only the elements, attributes and link schemes the exporter writes. A control page
// with a real <script> must show the marker and a connection: the harness sees execution.
//
// Chromium is a test dependency (scripts/dependencies.sh installs it); without it the test
// fails, unless COPYDESK_ALLOW_NO_CHROMIUM is set, when it skips.
#include "core/HtmlExporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Attributions = HtmlExportProfile::Attributions;

// Counts every connection made to it on the loopback interface and keeps the first line of
// each request (which payload of which page made it).
class LoopbackCounter : public QTcpServer
{
public:
    LoopbackCounter()
    {
        listen(QHostAddress::LocalHost, 0);
        QObject::connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray line = socket->readLine().trimmed();
                    if (!line.isEmpty())
                        requests.append(QString::fromLatin1(line));
                    socket->write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QString base() const { return u"http://127.0.0.1:%1"_s.arg(serverPort()); }

    int connections = 0;
    QStringList requests;
};

// The marker a payload writes when it runs. The page never holds it literally: script builds
// it from two halves, so escaped payload text cannot produce it.
const QString marker = u"PWNED"_s;

// What each payload runs: sets the marker on the root element (which exists wherever a script
// runs, also in <head>) and requests `base`/`id` from the loopback server.
QString script(const QString &base, const QString &id)
{
    return u"document.documentElement.setAttribute('data-x-%2','PW'+'NED');"
           u"new Image().src='%1/%2'"_s.arg(base, id);
}

// A hostile article: every field an export writes carries payloads, each with its own id
// (PAGE-N), so a failure names the page and the payload.
Article hostileArticle(const QString &page, const QString &base)
{
    int counter = 0;
    const auto js = [&] { return script(base, u"%1-%2"_s.arg(page).arg(++counter)); };
    const auto loopback = [&] { return u"%1/%2-%3"_s.arg(base, page).arg(++counter); };

    Article article;
    article.uuid = QUuid::fromString(u"7c1a4c56-2b9e-4d0a-9f51-0b6c8f1e2a33"_s);
    article.uri = u"urn:copydesk:article:x\"></script><script>%1</script>"_s.arg(js());
    article.headline = u"Budget <script>%1</script> vote & \"quotes\" 'too' </script><script>%2"
                       u"</script><!--<script>"_s.arg(js(), js());
    article.summary =
        u"\"><img src=x onerror=\"%1\"> ' onfocus='%2' autofocus=' <svg onload=%3>"_s.arg(
            js(), js(), js());
    article.byline = u"By <b onmouseover=\"%1\">Eve</b></p><script>%2</script>"_s.arg(js(), js());
    article.section = u"<script>%1</script>"_s.arg(js());
    article.language = u"en\"><script>%1</script>"_s.arg(js());
    article.created = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    article.updated = article.created;

    const QStringList texts{
        u"<iframe src=\"%1\"></iframe><iframe srcdoc=\"<script>%2</script>\"></iframe>"_s.arg(
            loopback(), js()),
        u"<link rel=stylesheet href=\"%1\"><style>@import url(%2); body{background:url(%3)}"
        u"</style>"_s.arg(loopback(), loopback(), loopback()),
        u"<meta http-equiv=\"refresh\" content=\"0;url=%1\"><base href=\"%2/\">"_s.arg(loopback(),
                                                                                       base),
        u"<p style=\"background-image:url('%1')\">styled</p><img src=\"%2\" srcset=\"%3 2x\">"_s
            .arg(loopback(), loopback(), loopback()),
        u"<svg><script>%1</script><image href=\"%2\" /></svg><math><mi "
        u"xlink:href=\"javascript:%3\">m</mi></math>"_s.arg(js(), loopback(), js()),
        u"<details open ontoggle=\"%1\"><summary>x</summary></details><input autofocus "
        u"onfocus=\"%2\"><body onload=\"%3\">"_s.arg(js(), js(), js()),
        u"<object data=\"%1\"></object><embed src=\"%2\"><video poster=\"%3\"><source "
        u"onerror=\"%4\"></video>"_s.arg(loopback(), loopback(), loopback(), js()),
        u"<noscript><p title=\"</noscript><img src=x onerror=%1>\"></p></noscript>"
        u"<textarea></textarea><script>%2</script><![CDATA[ ]]><!-- -->"_s.arg(js(), js()),
        u"</p></article></body></html><script>%1</script><plaintext>"_s.arg(js()),
        u"Line\u2028separator\u2029and \\u003cscript\\u003e %1 &lt;script&gt;"_s.arg(js()),
    };
    for (const QString &text : texts) {
        Paragraph paragraph;
        paragraph.uuid = QUuid::createUuid();
        paragraph.text = text;
        article.paragraphs.append(paragraph);
    }

    // Sources, their details and URLs, on the paragraphs; inline and notes write them.
    const auto attribution = [](const QString &name, const QString &detail, const QString &url) {
        Attribution result;
        result.sourceName = name;
        result.detail = detail;
        result.url = url;
        return result;
    };
    const QString scriptName = u"Agency <script>%1</script>"_s.arg(js());
    const QString quoteName = u"\"><img src=x onerror=\"%1\">"_s.arg(js());
    const QString scriptEnd = u"</ScRiPt><script>%1</script><!--<script>"_s.arg(js());
    article.paragraphs[0].attributions = {
        attribution(scriptName, u"<img src=\"%1\">"_s.arg(loopback()),
                    u"javascript:%1"_s.arg(js())),
        attribution(quoteName, u"page 4\"><svg onload=\"%1\">"_s.arg(js()),
                    u"JaVaScRiPt:%1"_s.arg(js())),
    };
    article.paragraphs[1].attributions = {
        attribution(scriptEnd, u"<iframe src=\"%1\">"_s.arg(loopback()),
                    u"data:text/html,<script>%1</script>"_s.arg(js())),
        attribution(scriptName, u"quote"_s, u"java\tscript:%1"_s.arg(js())),
    };
    article.paragraphs[2].attributions = {
        attribution(u"Ministry"_s, u"<a href=\"javascript:%1\">doc</a>"_s.arg(js()),
                    u"https://example.invalid/\" onmouseover=\"%1\" x=\""_s.arg(js())),
        attribution(u"Registry <b>bold</b>"_s, {},
                    u"https://example.invalid/a?b=<script>%1</script>#\"'"_s.arg(js())),
    };
    article.paragraphs[3].attributions = {
        attribution(u"Dataset"_s, u"url(%1)"_s.arg(loopback()), u" javascript:%1"_s.arg(js())),
    };
    const auto source = [](const QString &name, const QString &url) {
        Source result;
        result.name = name;
        result.url = url;
        return result;
    };
    article.sources = {
        source(scriptName, u"vbscript:msgbox(1)"_s),
        source(scriptEnd, u"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="_s),
        source(u"Dataset"_s, u"file:///etc/passwd"_s),
    };

    // The chosen meta title is the page's <title>; the others go into the JSON-LD.
    MetaTitle chosen;
    chosen.text = u"</title><script>%1</script><title>"_s.arg(js());
    chosen.chosen = true;
    MetaTitle other;
    other.text = u"<!--<script>%1</script>--></script><script>%2</script>"_s.arg(js(), js());
    article.metaTitles = {chosen, other};

    ArticleRef previous;
    previous.uuid = QUuid::fromString(u"0a7f3a52-6c1e-4f3e-8f7d-1c2b3a4d5e6f"_s);
    previous.uri = u"javascript:%1"_s.arg(js());
    previous.headline = u"<img src=x onerror=\"%1\">Previous"_s.arg(js());
    article.previous = previous;
    ArticleRef next;
    next.uri = u"urn:a\"><script>%1</script>"_s.arg(js());
    next.headline = u"</a></nav><script>%1</script>"_s.arg(js());
    article.next = next;

    // The last paragraph: seeing it proves the page rendered to the end.
    Paragraph sentinel;
    sentinel.uuid = QUuid::createUuid();
    sentinel.text = u"Sentinel: the last paragraph of the page."_s;
    article.paragraphs.append(sentinel);
    return article;
}

// Text as Chromium serialises a text node: & < > and no-break space as entities.
QString serialisedText(const QString &text)
{
    QString out = text;
    out.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
    return out.replace(QChar(0xa0), u"&nbsp;"_s);
}

// One page loaded by headless Chromium.
struct BrowserRun
{
    QString name;
    QString file;
    std::unique_ptr<QProcess> process;
    QElapsedTimer clock;
    qint64 ms = -1; // -1: not finished
    QString dom;
    QByteArray errors;
};

// What is wrong with the DOM Chromium built from an exported page: elements, attributes or
// link schemes the exporter never writes, or a script other than the one JSON-LD block.
// Empty when it holds only what the exporter writes. *jsonLd receives the JSON-LD text.
QStringList structuralProblems(const QString &dom, QString *jsonLd)
{
    static const QStringList elements{
        u"html"_s,   u"head"_s,  u"meta"_s,    u"title"_s,   u"link"_s, u"style"_s,
        u"script"_s, u"body"_s,  u"article"_s, u"header"_s,  u"h1"_s,   u"p"_s,
        u"time"_s,   u"aside"_s, u"h2"_s,      u"section"_s, u"ol"_s,   u"li"_s,
        u"sup"_s,    u"a"_s,     u"span"_s,    u"nav"_s};
    static const QStringList attributes{u"lang"_s,    u"dir"_s,      u"charset"_s, u"name"_s,
                                        u"content"_s, u"rel"_s,      u"href"_s,    u"type"_s,
                                        u"class"_s,   u"datetime"_s, u"id"_s,      u"aria-label"_s};
    static const QRegularExpression tag(
        u"<([a-zA-Z][a-zA-Z0-9:-]*)((?:\\s+[^\\s=>/]+(?:=\"[^\"]*\")?)*)\\s*/?>"_s);
    static const QRegularExpression attribute(u"([^\\s=>/]+)(?:=\"([^\"]*)\")?"_s);
    static const QRegularExpression safeHref(u"^(https?://[^\\s]+|#source-[0-9]+|urn:[^\\s]+)$"_s);

    QStringList problems;
    int scripts = 0;
    int styles = 0;
    qsizetype at = 0;
    for (;;) {
        const QRegularExpressionMatch match = tag.match(dom, at);
        if (!match.hasMatch())
            break;
        const QString name = match.captured(1).toLower();
        at = match.capturedEnd();
        if (!elements.contains(name))
            problems.append(u"element <%1>"_s.arg(name));
        QMap<QString, QString> values;
        auto it = attribute.globalMatch(match.captured(2));
        while (it.hasNext()) {
            const QRegularExpressionMatch a = it.next();
            const QString key = a.captured(1).toLower();
            values.insert(key, a.captured(2));
            if (!attributes.contains(key))
                problems.append(u"attribute %1 on <%2>"_s.arg(key, name));
        }
        if (values.contains(u"href"_s) && !safeHref.match(values.value(u"href"_s)).hasMatch())
            problems.append(u"href \"%1\" on <%2>"_s.arg(values.value(u"href"_s), name));
        if (name == u"link"_s && values.value(u"rel"_s) != u"canonical"_s)
            problems.append(u"<link rel=\"%1\">"_s.arg(values.value(u"rel"_s)));
        if (name == u"meta"_s && values.contains(u"name"_s) &&
            values.value(u"name"_s) != u"description"_s && values.value(u"name"_s) != u"viewport"_s)
            problems.append(u"<meta name=\"%1\">"_s.arg(values.value(u"name"_s)));
        if (name == u"script"_s || name == u"style"_s) {
            // Raw text up to the end tag (the serialiser does not escape it).
            const qsizetype end = dom.indexOf(u"</"_s + name, at, Qt::CaseInsensitive);
            const QString text = dom.mid(at, end < 0 ? -1 : end - at);
            at = end < 0 ? dom.size() : end;
            if (name == u"style"_s)
                ++styles;
            if (name == u"script"_s) {
                ++scripts;
                if (values.value(u"type"_s) != u"application/ld+json"_s)
                    problems.append(u"a script of type \"%1\""_s.arg(values.value(u"type"_s)));
                else if (jsonLd)
                    *jsonLd = text;
            }
        }
    }
    if (scripts != 1)
        problems.append(u"%1 script elements, not the one JSON-LD block"_s.arg(scripts));
    if (styles != 1)
        problems.append(u"%1 style elements, not the page's own"_s.arg(styles));
    return problems;
}

// The payloads whose marker is in the DOM, for the failure message.
QByteArray ranPayloads(const QString &dom)
{
    QStringList ids;
    static const QRegularExpression set(u"data-x-([^=]*)=\"PWNED\""_s);
    auto it = set.globalMatch(dom);
    while (it.hasNext())
        ids.append(it.next().captured(1));
    return ids.isEmpty() ? QByteArrayLiteral("(the marker is in the DOM)")
                         : ids.join(u", "_s).toUtf8();
}

} // namespace

class TestHtmlSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportedPagesRunNothing();

private:
    // Loads every page in headless Chromium (a few at once) and fills in each run's DOM.
    void render(std::vector<BrowserRun> &runs);

    QString m_chromium;
    QTemporaryDir m_dir;
};

void TestHtmlSandbox::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    m_chromium = QStandardPaths::findExecutable(u"chromium"_s);
    if (m_chromium.isEmpty()) {
        if (qEnvironmentVariableIsSet("COPYDESK_ALLOW_NO_CHROMIUM"))
            QSKIP("chromium is not installed (COPYDESK_ALLOW_NO_CHROMIUM is set)");
        QFAIL("chromium is not installed: this test loads exported pages in headless Chromium. "
              "Install it (apt-get install chromium; scripts/test.sh does) or set "
              "COPYDESK_ALLOW_NO_CHROMIUM=1 to skip.");
    }
}

void TestHtmlSandbox::render(std::vector<BrowserRun> &runs)
{
    constexpr int atOnce = 3;
    constexpr int timeoutMs = 60000;
    QEventLoop loop;
    int started = 0;
    int finished = 0;
    std::function<void()> startNext;
    const auto done = [&](QProcess *process) {
        for (BrowserRun &run : runs) {
            if (run.process.get() == process && run.ms < 0) {
                run.ms = run.clock.elapsed();
                run.dom = QString::fromUtf8(process->readAllStandardOutput());
                run.errors = process->readAllStandardError() + process->errorString().toUtf8();
                ++finished;
            }
        }
        startNext();
        if (finished == int(runs.size()))
            loop.quit();
    };
    startNext = [&] {
        while (started < int(runs.size()) && started - finished < atOnce) {
            BrowserRun &run = runs[std::size_t(started++)];
            run.process = std::make_unique<QProcess>();
            const QString profile = m_dir.filePath(u"profile-"_s + run.name);
            run.process->setProgram(m_chromium);
            run.process->setArguments({
                u"--headless=new"_s,
                u"--no-sandbox"_s, // required as root; the pages are ours
                u"--disable-gpu"_s,
                u"--user-data-dir="_s + profile,
                u"--no-first-run"_s,
                u"--disable-extensions"_s,
                u"--disable-background-networking"_s,
                u"--disable-component-update"_s,
                u"--dump-dom"_s,
                u"--virtual-time-budget=3000"_s,
                QUrl::fromLocalFile(run.file).toString(QUrl::FullyEncoded),
            });
            QProcess *process = run.process.get();
            QObject::connect(process, &QProcess::finished, &loop, [&, process] { done(process); });
            // A program that cannot start never finishes: it is done, with its error.
            QObject::connect(process, &QProcess::errorOccurred, &loop,
                             [&, process](QProcess::ProcessError error) {
                                 if (error == QProcess::FailedToStart)
                                     done(process);
                             });
            run.clock.start();
            process->start();
        }
    };
    startNext();
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    for (BrowserRun &run : runs) {
        if (run.ms < 0 && run.process) {
            QObject::disconnect(run.process.get(), nullptr, &loop, nullptr);
            run.process->kill();
            run.process->waitForFinished(5000);
        }
    }
}

void TestHtmlSandbox::exportedPagesRunNothing()
{
    LoopbackCounter hostileServer;
    LoopbackCounter controlServer;
    QVERIFY(hostileServer.isListening() && controlServer.isListening());

    struct Profile
    {
        QString name;
        HtmlExportProfile profile;
    };
    QList<Profile> profiles;
    for (const Attributions attributions :
         {Attributions::None, Attributions::Inline, Attributions::Notes}) {
        HtmlExportProfile profile;
        profile.attributions = attributions;
        profiles.append({HtmlExportProfile::attributionsKey(attributions), profile});
    }
    HtmlExportProfile withPattern;
    withPattern.articleUrlPattern = u"https://news.example/a/{uuid}"_s;
    profiles.append({u"notes-pattern"_s, withPattern});

    std::vector<BrowserRun> runs;
    QList<Article> articles;
    for (const Profile &profile : std::as_const(profiles)) {
        const Article article = hostileArticle(profile.name, hostileServer.base());
        BrowserRun run;
        run.name = profile.name;
        run.file = m_dir.filePath(profile.name + u".html"_s);
        QFile file(run.file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray page = HtmlExporter(profile.profile).toBytes(article);
        QVERIFY(!page.contains(marker.toUtf8())); // the marker is only ever built by script
        file.write(page);
        file.close();
        runs.push_back(std::move(run));
        articles.append(article);
    }
    // The control: a page of the test's own with a script that runs.
    {
        BrowserRun control;
        control.name = u"control"_s;
        control.file = m_dir.filePath(u"control.html"_s);
        QFile file(control.file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\" /><title>Control</title>"
                   u"</head><body><h1>Control page</h1><script>%1</script></body></html>\n"_s
                       .arg(script(controlServer.base(), u"control"_s))
                       .toUtf8());
        file.close();
        runs.push_back(std::move(control));
    }

    QElapsedTimer total;
    total.start();
    render(runs);
    const qint64 totalMs = total.elapsed();
    // Late requests (an image the page started loading as Chromium quit) still count.
    QTest::qWait(200);

    QStringList timings;
    for (const BrowserRun &run : std::as_const(runs))
        timings.append(u"%1 %2 ms"_s.arg(run.name).arg(run.ms));
    qInfo("chromium: %d pages in %lld ms (%s)", int(runs.size()), totalMs,
          qPrintable(timings.join(u", "_s)));

    // The control proves the harness sees a script that runs: the marker and a request.
    const BrowserRun &control = runs.back();
    QVERIFY2(control.ms >= 0, "chromium did not finish the control page in time");
    QVERIFY2(control.dom.contains(u"Control page"_s),
             qPrintable(u"chromium printed no DOM for the control page: "_s +
                        QString::fromLocal8Bit(control.errors.right(2000))));
    QVERIFY2(control.dom.contains(marker), "the control page's script did not run");
    QVERIFY2(controlServer.connections > 0, "the control page's request did not arrive");
    QVERIFY(!structuralProblems(control.dom, nullptr).isEmpty());

    // Everything each page got wrong, then one verdict: a payload that ran, a request that
    // left, a page that did not render, markup the exporter never writes.
    QStringList failures;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const BrowserRun &run = runs.at(std::size_t(i));
        const Article &article = articles.at(i);
        const auto fail = [&](const QString &what) { failures.append(run.name + u": "_s + what); };
        if (run.ms < 0) {
            fail(u"chromium did not finish in time"_s);
            continue;
        }
        if (run.dom.contains(marker))
            fail(u"payloads ran: "_s + QString::fromUtf8(ranPayloads(run.dom)));
        // It rendered: the escaped headline and the last paragraph are in the DOM.
        if (!run.dom.contains(serialisedText(article.headline))) {
            fail(u"the headline is not in the DOM; chromium said: "_s +
                 QString::fromLocal8Bit(run.errors.right(1000)));
        }
        if (!run.dom.contains(article.paragraphs.last().text))
            fail(u"the page did not render to its last paragraph"_s);
        QString jsonLd;
        const QStringList problems = structuralProblems(run.dom, &jsonLd);
        if (!problems.isEmpty())
            fail(problems.join(u"; "_s));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(jsonLd.toUtf8(), &error).object();
        if (error.error != QJsonParseError::NoError)
            fail(u"the JSON-LD is not JSON: "_s + error.errorString());
        else if (json.value(u"headline"_s).toString() != article.headline)
            fail(u"the JSON-LD headline is "_s + json.value(u"headline"_s).toString());
    }
    if (hostileServer.connections != 0) {
        failures.prepend(
            u"%1 connection(s) left the exported pages: %2"_s.arg(hostileServer.connections)
                .arg(hostileServer.requests.join(u", "_s)));
    }
    for (const QString &failure : std::as_const(failures))
        qWarning("%s", qPrintable(failure)); // all of them: the verdict's message is cut short
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
}

QTEST_GUILESS_MAIN(TestHtmlSandbox)
#include "tst_htmlsandbox.moc"
