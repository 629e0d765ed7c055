#include "SpellingBench.h"

#include "SpellingCorpus.h"

#include "spelling/DictionaryCatalog.h"
#include "spelling/Speller.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SpellingBench", text);
}

QString number(qint64 value)
{
    return QLocale::c().toString(value);
}

QString seconds(double ms)
{
    return QString::number(ms / 1000.0, 'f', 2) + QStringLiteral(" s");
}

// Distinct runs of letters, as a rough count of the distinct words of a text.
qsizetype distinctWords(const QString &text)
{
    static const QRegularExpression letters(QStringLiteral("\\p{L}+"));
    QSet<QStringView> words;
    auto it = letters.globalMatch(text);
    while (it.hasNext())
        words.insert(it.next().capturedView());
    return words.size();
}

// CPU time of the child processes waited for so far (and of their own waited-for children).
double childrenCpuMs()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return 0;
    const auto ms = [](const timeval &time) {
        return double(time.tv_sec) * 1e3 + double(time.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
#else
    return 0;
#endif
}

bool writeText(const QString &path, const QStringList &paragraphs)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(paragraphs.join(QStringLiteral("\n\n")).toUtf8());
    file.write("\n");
    return file.commit();
}

} // namespace

SpellingBench::SpellingBench(const QString &directory, Report &report,
                             std::function<void(const QString &)> progress)
    : m_directory(directory)
    , m_report(report)
    , m_progress(std::move(progress))
    , m_cliPath(QStringLiteral(COPYDESK_CLI_PATH))
{}

bool SpellingBench::run()
{
    const std::optional<DictionaryCatalog::Dictionary> english =
        DictionaryCatalog().find(QStringLiteral("en_US"));
    if (!english) {
        m_report.addNote(
            tr("spell: skipped. %1")
                .arg(DictionaryCatalog::missingDictionaryMessage(QStringLiteral("en-US"))));
        return true;
    }
    m_dictionaryBase = english->affPath.chopped(4);
    m_hunspellPath = QStandardPaths::findExecutable(QStringLiteral("hunspell"));
    if (!QFileInfo(m_cliPath).isExecutable())
        m_cliPath = QStandardPaths::findExecutable(QStringLiteral("copydesk-cli"));

    // Both programs read the same dictionary file and no personal word list (hunspell reads
    // ~/.hunspell_en_US, Copydesk its AppDataLocation), whatever the user running this has.
    const QString home = QDir(m_directory).filePath(QStringLiteral("spell-home"));
    QDir().mkpath(home);
    m_files.append(home);
    m_processEnvironment = QProcessEnvironment::systemEnvironment();
    m_processEnvironment.insert(QStringLiteral("HOME"), home);
    m_processEnvironment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    m_processEnvironment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                                home + QStringLiteral("/config"));
    m_processEnvironment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_processEnvironment.insert(QStringLiteral("DICPATH"), QFileInfo(english->affPath).path());
    m_processEnvironment.remove(QStringLiteral("COPYDESK_DB"));

    QString hunspellVersion;
    if (!m_hunspellPath.isEmpty()) {
        QProcess version;
        version.start(m_hunspellPath, {QStringLiteral("-v")});
        if (version.waitForFinished(10000))
            hunspellVersion = QString::fromUtf8(version.readAllStandardOutput())
                                  .section(QLatin1Char('\n'), 0, 0)
                                  .trimmed();
    }
    m_environment.insert(QStringLiteral("dictionary"), english->affPath);
    m_environment.insert(QStringLiteral("hunspell"), hunspellVersion);
    m_environment.insert(QStringLiteral("copydeskCli"), m_cliPath);

    if (!writeTexts(english->dicPath) || !benchInProcess())
        return false;
    if (m_cliPath.isEmpty()) {
        m_report.addNote(tr("spell: copydesk-cli was not found; its figures are skipped."));
        return true;
    }
    if (m_hunspellPath.isEmpty()) {
        m_report.addNote(tr("spell: the hunspell command is not installed (Debian package "
                            "hunspell): copydesk-cli is timed without the comparison."));
    }
    return describeResults() && benchCommandLine();
}

bool SpellingBench::writeTexts(const QString &dicPath)
{
    m_progress(tr("Generating a %1-word news text and a %2-word article…")
                   .arg(number(m_options.words), number(m_options.articleWords)));
    const QStringList tail = SpellingCorpus::tailWordsFromDictionary(dicPath);
    if (tail.size() < 1000) {
        m_failure = tr("Cannot read the word list of %1.").arg(dicPath);
        return false;
    }
    SpellingCorpus corpus(tail, m_options.misspellingRate);
    const QStringList paragraphs = corpus.paragraphs(m_options.words);
    m_injected = corpus.misspellingsInjected();
    // The same stream continues: another article, not a part of the long text.
    m_articleParagraphs = corpus.paragraphs(m_options.articleWords);
    m_articleInjected = corpus.misspellingsInjected() - m_injected;

    m_textPath = QDir(m_directory).filePath(QStringLiteral("spell-news-text.txt"));
    m_articlePath = QDir(m_directory).filePath(QStringLiteral("spell-article.txt"));
    for (const auto &[path, texts] :
         {std::pair{m_textPath, paragraphs}, std::pair{m_articlePath, m_articleParagraphs}}) {
        if (!writeText(path, texts)) {
            m_failure = tr("Cannot write %1.").arg(path);
            return false;
        }
        m_files.append(path);
    }
    const QString text = paragraphs.join(QLatin1Char('\n'));
    m_environment.insert(QStringLiteral("spellText"),
                         QJsonObject{{QStringLiteral("words"), m_options.words},
                                     {QStringLiteral("distinctWords"), distinctWords(text)},
                                     {QStringLiteral("bytes"), QFileInfo(m_textPath).size()},
                                     {QStringLiteral("misspellingsPutIn"), m_injected},
                                     {QStringLiteral("tailWords"), tail.size()}});
    m_report.addNote(tr("spell: the text is %1 words of generated news copy (%2 distinct, %3 "
                        "paragraphs, %4 KB) with %5 misspellings put in (%6%), vocabulary "
                        "from SyntheticLibrary plus a tail of %7 words of %8; the article is "
                        "%9 more words of the same stream.")
                         .arg(number(m_options.words), number(distinctWords(text)),
                              number(paragraphs.size()),
                              number(QFileInfo(m_textPath).size() / 1024), number(m_injected))
                         .arg(m_options.misspellingRate * 100, 0, 'f', 1)
                         .arg(number(tail.size()), QFileInfo(dicPath).fileName(),
                              number(m_options.articleWords)));
    return true;
}

SpellingBench::Command SpellingBench::cli(const QStringList &arguments, const QString &file) const
{
    return {
        m_cliPath,
        QStringList{QStringLiteral("spell"), QStringLiteral("--lang"), QStringLiteral("en_US")} +
            arguments + QStringList{file},
        {},
        {0, 1}}; // 1: misspelled words were found
}

SpellingBench::Command SpellingBench::hunspell(const QString &mode, const QString &file) const
{
    QStringList arguments = {QStringLiteral("-i"), QStringLiteral("UTF-8"), mode,
                             QStringLiteral("-d"), m_dictionaryBase};
    // -l takes files; -a (the ispell pipe protocol) reads standard input.
    if (mode == QLatin1String("-a"))
        return {m_hunspellPath, arguments, file, {0}};
    return {m_hunspellPath, arguments + QStringList{file}, {}, {0}};
}

bool SpellingBench::runOnce(const Command &command, QByteArray *output)
{
    QProcess process;
    process.setProcessEnvironment(m_processEnvironment);
    // Output that is not read goes to /dev/null, for both programs alike.
    if (!output)
        process.setStandardOutputFile(QProcess::nullDevice());
    if (!command.standardInputFile.isEmpty())
        process.setStandardInputFile(command.standardInputFile);
    process.start(command.program, command.arguments);
    const bool finished = process.waitForFinished(30 * 60 * 1000);
    if (!finished || process.exitStatus() != QProcess::NormalExit ||
        !command.successCodes.contains(process.exitCode())) {
        m_failure = tr("%1 %2 failed (exit code %3): %4 %5")
                        .arg(command.program, command.arguments.join(QLatin1Char(' ')))
                        .arg(process.exitCode())
                        .arg(QString::fromUtf8(process.readAllStandardError()).trimmed(),
                             process.errorString());
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

std::optional<SpellingBench::Timing> SpellingBench::timeCommand(const Command &command, int warmups,
                                                                int runs, qint64 budgetMs,
                                                                int minimumRuns)
{
    m_progress(
        tr("Timing %1 %2…")
            .arg(QFileInfo(command.program).fileName(), command.arguments.join(QLatin1Char(' '))));
    bool failed = false;
    int calls = 0;
    double cpuMs = 0;
    Timing timing;
    timing.wall = measure(
        warmups, runs, budgetMs,
        [&] {
            const double before = childrenCpuMs();
            failed = !runOnce(command, nullptr);
            if (++calls > warmups)
                cpuMs += childrenCpuMs() - before;
            return !failed;
        },
        minimumRuns);
    if (failed || timing.wall.isEmpty())
        return std::nullopt;
    timing.cpuMs = cpuMs / double(timing.wall.count());
    return timing;
}

bool SpellingBench::describeResults()
{
    // What each program flags, untimed: the figures compare the same work.
    QByteArray json;
    if (!runOnce(cli({QStringLiteral("--no-suggestions"), QStringLiteral("--json")}, m_textPath),
                 &json))
        return false;
    const QJsonArray entries = QJsonDocument::fromJson(json).array();
    QSet<QString> ours;
    for (const QJsonValue &entry : entries)
        ours.insert(entry.toObject().value(QLatin1String("word")).toString());
    QJsonObject flagged{{QStringLiteral("copydeskCli"), entries.size()},
                        {QStringLiteral("copydeskCliDistinct"), ours.size()}};
    QString hunspellPart;
    if (!m_hunspellPath.isEmpty()) {
        QByteArray listed;
        if (!runOnce(hunspell(QStringLiteral("-l"), m_textPath), &listed))
            return false;
        const QStringList lines =
            QString::fromUtf8(listed).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QSet<QString> theirs(lines.cbegin(), lines.cend());
        flagged.insert(QStringLiteral("hunspell"), lines.size());
        flagged.insert(QStringLiteral("hunspellDistinct"), theirs.size());
        flagged.insert(QStringLiteral("both"), (ours & theirs).size());
        hunspellPart =
            tr("; hunspell -l flags %1 (%2 distinct), %3 of them the same words")
                .arg(number(lines.size()), number(theirs.size()), number((ours & theirs).size()));
    }
    m_environment.insert(QStringLiteral("spellFlagged"), flagged);
    m_report.addNote(tr("spell: in the %1-word text copydesk-cli flags %2 words (%3 distinct: "
                        "the words it asks Hunspell to suggest for)%4.")
                         .arg(number(m_options.words), number(entries.size()), number(ours.size()),
                              hunspellPart));
    return true;
}

bool SpellingBench::benchCommandLine()
{
    const QString words = number(m_options.words);
    const bool withHunspell = !m_hunspellPath.isEmpty();

    std::optional<Timing> hunspellList;
    if (withHunspell) {
        hunspellList = timeCommand(hunspell(QStringLiteral("-l"), m_textPath), 1, 7, 20000, 3);
        if (!hunspellList)
            return false;
    }
    // The figure, compared with `reference` (wall and CPU time) when there is one.
    const auto add = [&](const QString &id, const QString &label, const Timing &timing,
                         const std::optional<Timing> &reference, const QString &referenceName,
                         bool halfTarget, const QString &note) {
        BenchResult result = BenchResult::fromSamples(id, label, timing.wall);
        QStringList notes;
        if (reference) {
            result.reference = reference->wall.meanMs();
            result.referenceProgram = referenceName;
            if (halfTarget) {
                result.target = Target{Target::Kind::AtMost, 0.5 * reference->wall.meanMs()};
                notes.append(tr("target: half the mean time of %1 on the same file in this run")
                                 .arg(referenceName));
            }
            notes.append(
                tr("CPU time %1 vs %2 for %3 (ratio %4)")
                    .arg(seconds(timing.cpuMs), seconds(reference->cpuMs), referenceName)
                    .arg(reference->cpuMs > 0 ? timing.cpuMs / reference->cpuMs : 0, 0, 'f', 2));
        } else {
            notes.append(tr("CPU time %1").arg(seconds(timing.cpuMs)));
        }
        if (!note.isEmpty())
            notes.append(note);
        result.note = notes.join(QStringLiteral("; "));
        m_report.add(result);
    };
    const QString hunspellListName = QStringLiteral("hunspell -l");

    const std::optional<Timing> plain =
        timeCommand(cli({QStringLiteral("--no-suggestions")}, m_textPath), 1, 7, 20000, 3);
    if (!plain)
        return false;
    add(QStringLiteral("spell.cli.noSuggestions"),
        tr("spell --no-suggestions, %1 words (vs hunspell -l)").arg(words), *plain, hunspellList,
        hunspellListName, true, {});

    const int cores = QThread::idealThreadCount();
    const std::optional<Timing> suggested = timeCommand(cli({}, m_textPath), 0, 3, 60000, 1);
    if (!suggested)
        return false;
    add(QStringLiteral("spell.cli.suggestions"),
        tr("spell with suggestions, %1 words (vs hunspell -l)").arg(words), *suggested,
        hunspellList, hunspellListName, true,
        tr("up to 8 suggestions per distinct misspelled word, in up to %1 processes").arg(cores));

    if (cores > 1) {
        const std::optional<Timing> oneProcess = timeCommand(
            cli({QStringLiteral("--jobs"), QStringLiteral("1")}, m_textPath), 0, 1, 0, 1);
        if (!oneProcess)
            return false;
        add(QStringLiteral("spell.cli.suggestions.oneProcess"),
            tr("spell with suggestions --jobs 1, %1 words (vs hunspell -l)").arg(words),
            *oneProcess, hunspellList, hunspellListName, false, {});
    }

    // hunspell -a suggests for every misspelled occurrence; on the long text that takes many
    // minutes, so the comparison with suggestions runs on the article.
    const std::optional<Timing> article = timeCommand(cli({}, m_articlePath), 0, 3, 30000, 1);
    if (!article)
        return false;
    std::optional<Timing> pipe;
    if (withHunspell) {
        pipe = timeCommand(hunspell(QStringLiteral("-a"), m_articlePath), 0, 1, 0, 1);
        if (!pipe)
            return false;
    }
    add(QStringLiteral("spell.cli.article"),
        tr("spell with suggestions, %1-word article (vs hunspell -a)")
            .arg(number(m_options.articleWords)),
        *article, pipe, QStringLiteral("hunspell -a"), false,
        withHunspell ? tr("hunspell -a suggests for each misspelled occurrence, copydesk-cli "
                          "once per distinct word")
                     : QString());
    return true;
}

bool SpellingBench::benchInProcess()
{
    m_progress(tr("Checking the %1-word article in process…").arg(number(m_options.articleWords)));
    const DictionaryCatalog catalog({QFileInfo(m_dictionaryBase).path()});
    const QString language = QStringLiteral("en_US");
    const QString personal = QDir(m_directory).filePath(QStringLiteral("spell-home/personal.txt"));

    const Samples load = measure(1, 10, 5000, [&] {
        Speller speller;
        return speller.setPersonalDictionaryPath(personal) &&
               speller.setLanguage(language, catalog);
    });
    BenchResult loadResult = BenchResult::fromSamples(
        QStringLiteral("spell.load"), tr("Speller: load the en_US dictionary"), load);
    m_report.add(loadResult);

    // Cold: a Speller that has checked nothing yet, as when the editor opens the article.
    Samples cold;
    qsizetype found = 0;
    QElapsedTimer timer;
    for (int run = 0; run < 6; ++run) {
        Speller speller;
        if (!speller.setPersonalDictionaryPath(personal) ||
            !speller.setLanguage(language, catalog)) {
            m_failure = speller.errorString();
            return false;
        }
        timer.start();
        found = 0;
        for (const QString &paragraph : std::as_const(m_articleParagraphs))
            found += speller.misspellings(paragraph).size();
        if (run > 0) // the first run warms the allocator and QTextBoundaryFinder's data
            cold.add(timer.nsecsElapsed());
    }
    BenchResult coldResult = BenchResult::fromSamples(
        QStringLiteral("spell.article.cold"),
        tr("check a %1-word article, cold word cache").arg(number(m_options.articleWords)), cold);
    coldResult.note = tr("every paragraph, %1 misspelled words found (%2 put in); the editor "
                         "checks the visible paragraphs first (issue 4: underlined within "
                         "50 ms) and the rest in the background")
                          .arg(number(found), number(m_articleInjected));
    m_report.add(coldResult);

    Speller speller;
    if (!speller.setPersonalDictionaryPath(personal) || !speller.setLanguage(language, catalog)) {
        m_failure = speller.errorString();
        return false;
    }
    const Samples warm = measure(1, 50, 3000, [&] {
        for (const QString &paragraph : std::as_const(m_articleParagraphs))
            speller.misspellings(paragraph);
        return true;
    });
    m_report.add(BenchResult::fromSamples(
        QStringLiteral("spell.article.warm"),
        tr("check a %1-word article again, warm word cache").arg(number(m_options.articleWords)),
        warm));
    return true;
}
