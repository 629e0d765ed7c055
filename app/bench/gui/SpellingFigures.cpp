#include "SpellingFigures.h"

#include "PaintWatcher.h"
#include "models/ArticleDocument.h"
#include "spelling/DictionaryCatalog.h"
#include "spelling/Speller.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "widgets/ArticleEditor.h"
#include "widgets/ArticleSpelling.h"
#include "widgets/BodyEditor.h"
#include "widgets/MainWindow.h"
#include "widgets/SpellingHighlighter.h"

#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QKeyEvent>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTimer>

#include <functional>

namespace {

double milliseconds(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

// Measures how long the event loop is kept from running: a 1 ms timer notes the time between
// its timeouts; the longest gap, less the interval, is the longest stall. Input waiting during
// a stall waits at most that long.
class StallProbe : public QObject
{
public:
    explicit StallProbe(const QElapsedTimer &clock)
        : m_clock(clock)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestNs = std::max(m_longestNs, now - m_lastNs);
            m_lastNs = now;
        });
    }
    void start()
    {
        m_longestNs = 0;
        m_lastNs = m_clock.nsecsElapsed();
        m_timer.start();
    }
    // The longest stall since start(), in nanoseconds.
    qint64 stop()
    {
        m_timer.stop();
        const qint64 now = m_clock.nsecsElapsed();
        m_longestNs = std::max(m_longestNs, now - m_lastNs);
        return std::max<qint64>(0, m_longestNs - 1'000'000);
    }

private:
    const QElapsedTimer &m_clock;
    QTimer m_timer;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
};

// Runs the event loop until `done` or `timeoutMs`; false on timeout.
bool runUntil(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
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

// Typed mid-article: misspelled words among correct ones, so underlines come and go.
const QString typedText = QStringLiteral("the edtor chekced teh claim agianst its sorce ");

} // namespace

SpellingFigures::SpellingFigures(MainWindow *window, const Articles &articles,
                                 const QElapsedTimer &clock, GuiReport &report)
    : m_window(window)
    , m_articles(articles)
    , m_clock(clock)
    , m_report(report)
{}

SpellingFigures::~SpellingFigures()
{
    if (m_newsId <= 0)
        return;
    // Leave the library as it was (a --keep run reuses it).
    if (m_window->currentArticleId() == m_newsId)
        m_window->showArticle(m_articles.ordinaryId);
    Database database;
    if (!database.open(m_articles.libraryPath))
        ArticleStore(database).remove(m_newsId);
}

bool SpellingFigures::storeNewsArticle(const QString &dicPath)
{
    QFile file(dicPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(dicPath, file.errorString()));
    static const QRegularExpression plainWord(QStringLiteral("^[a-z]{3,14}$"));
    QStringList stems;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString stem = QString::fromUtf8(lines.at(i).split('/').constFirst()).trimmed();
        if (plainWord.match(stem).hasMatch())
            stems.append(stem);
    }
    if (stems.size() < 1000)
        return fail(tr("%1 has too few plain words for a news vocabulary.").arg(dicPath));

    Database database;
    if (const StoreError error = database.open(m_articles.libraryPath))
        return fail(error.message);
    ArticleStore store(database);
    StoreError error;
    std::optional<Article> article = store.load(m_articles.longId, &error);
    if (!article)
        return fail(error.message);
    QRandomGenerator random(20240917);
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]{3,}$"));
    for (Paragraph &paragraph : article->paragraphs) {
        QStringList words = paragraph.text.split(QLatin1Char(' '));
        for (QString &word : words) {
            if (!letters.match(word).hasMatch())
                continue;
            if (random.bounded(4) == 0) {
                const bool capital = word.at(0).isUpper();
                word = stems.at(random.bounded(int(stems.size())));
                if (capital)
                    word[0] = word.at(0).toUpper();
            }
            if (random.bounded(100) == 0) {
                // A typing slip: two neighbouring letters swapped.
                const int at = 1 + random.bounded(int(word.size()) - 2);
                std::swap(word[at], word[at + 1]);
                ++m_misspelledWords;
            }
        }
        paragraph.text = words.join(QLatin1Char(' '));
        paragraph.uuid = QUuid::createUuid();
    }
    article->id = 0;
    article->uuid = QUuid();
    article->uri.clear();
    article->slug.clear();
    article->version = 0;
    article->previous.reset();
    article->next.reset();
    article->headline = tr("The long article with a news vocabulary");
    if ((error = store.create(*article)))
        return fail(error.message);
    m_newsId = article->id;
    m_newsWords = article->wordCount();
    return true;
}

bool SpellingFigures::fail(const QString &message)
{
    m_failure = message;
    return false;
}

bool SpellingFigures::run()
{
    ArticleSpelling *spelling = m_window->spelling();
    const std::optional<DictionaryCatalog::Dictionary> dictionary =
        spelling->catalog().find(QStringLiteral("en-US"));
    if (!dictionary) {
        m_report.addNote(
            tr("Spelling figures skipped: %1")
                .arg(DictionaryCatalog::missingDictionaryMessage(QStringLiteral("en-US"))));
        return true;
    }
    if (!storeNewsArticle(dictionary->dicPath))
        return false;
    if (!m_window->showArticle(m_newsId))
        return fail(tr("Could not open article %1.").arg(m_newsId));
    if (!spelling->hasDictionary())
        return fail(spelling->dictionaryProblem());
    m_report.beginGroup(
        tr("Spelling in a %L1-word article with a news vocabulary").arg(m_newsWords));
    m_report.addNote(tr("Spelling figures: the long article with one word in four replaced by a "
                        "stem of %1 and %2 typing slips (one word in a hundred), %L3 words. "
                        "The figures above for the library's long article were taken with "
                        "spelling on as well.")
                         .arg(dictionary->dicPath)
                         .arg(m_misspelledWords)
                         .arg(m_newsWords));
    return measureOpening() && measureKeystrokes() && measureDictionaryChange();
}

bool SpellingFigures::measureOpening()
{
    BodyEditor *body = m_window->articleEditor()->bodyEditor();
    SpellingHighlighter *highlighter = body->spellingHighlighter();
    ArticleSpelling *spelling = m_window->spelling();
    Speller *speller = spelling->speller();
    StallProbe probe(m_clock);

    // Opens the article coming from the ordinary one, with a cold word cache (as for an article
    // full of words not seen yet in this session: new tokenizer options, the same ones, empty
    // the Speller's caches). On m_clock: showArticle() called and returned, the first paint of
    // the body that `ready` accepts (when the paint event arrives), the end of the background
    // check; and the longest event-loop stall from showArticle()'s return to that end.
    struct Opening
    {
        qint64 startNs = -1;
        qint64 returnedNs = -1;
        qint64 paintNs = -1;
        qint64 checkedNs = -1;
        qint64 stallNs = 0;
    };
    const auto open = [&](const std::function<bool()> &ready) {
        Opening opening;
        if (!m_window->showArticle(m_articles.ordinaryId) ||
            !runUntil([highlighter] { return highlighter->isComplete(); }))
            return opening;
        settle(100);
        speller->setTokenizerOptions(speller->tokenizerOptions());
        PaintWatcher paint(body->viewport(), m_clock, ready);
        opening.startNs = m_clock.nsecsElapsed();
        if (!m_window->showArticle(m_newsId))
            return opening;
        opening.returnedNs = m_clock.nsecsElapsed();
        probe.start();
        if (!paint.wait() || !runUntil([highlighter] { return highlighter->isComplete(); }))
            return opening;
        opening.checkedNs = m_clock.nsecsElapsed();
        opening.stallNs = probe.stop();
        opening.paintNs = paint.paintStartedNs();
        return opening;
    };

    // Without spelling in the body: what opening costs anyway.
    Samples paintedWithout;
    qint64 stallWithoutNs = 0;
    body->setSpelling(nullptr);
    for (int i = 0; i < Opens; ++i) {
        const Opening opening = open({});
        if (opening.paintNs < 0)
            return fail(tr("Opening the article without spelling failed."));
        paintedWithout.add(opening.paintNs - opening.startNs);
        stallWithoutNs = std::max(stallWithoutNs, opening.stallNs);
        settle(100);
    }
    body->setSpelling(spelling);

    Samples visible;
    Samples checked;
    Samples returned;
    qint64 stallNs = 0;
    for (int i = 0; i < Opens; ++i) {
        const Opening opening =
            open([highlighter] { return highlighter->visibleParagraphsChecked(); });
        if (opening.checkedNs < 0)
            return fail(tr("The article was not underlined and checked within 30 s."));
        visible.add(opening.paintNs - opening.startNs);
        returned.add(opening.returnedNs - opening.startNs);
        checked.add(opening.checkedNs - opening.startNs);
        stallNs = std::max(stallNs, opening.stallNs);
        settle(100);
    }
    const double share = visible.medianMs() - paintedWithout.medianMs();
    const int paragraphs = body->document()->blockCount();
    const int errors = m_window->articleEditor()->spellingErrorCount();
    m_report.add(Figure::duration(QStringLiteral("spelling.openWithout"),
                                  tr("showArticle() → first paint of the body, spelling off"),
                                  paintedWithout)
                     .noted(tr("the same opens with the body's highlighter detached; the time "
                               "the paint event arrives.")));
    m_report.add(
        Figure::duration(QStringLiteral("spelling.openVisible"),
                         tr("showArticle() → first paint with the visible paragraphs underlined"),
                         visible)
            .noted(tr("cold word cache each time; the time the body's first paint with every "
                      "visible paragraph checked arrives. showArticle() returned after %1 ms "
                      "(median): the first screen is checked when the body gets the article, "
                      "so its first paint is underlined.")
                       .arg(returned.medianMs(), 0, 'f', 1)));
    m_report.add(Figure::single(QStringLiteral("spelling.openShare"),
                                tr("spelling's share of it (difference of the medians)"),
                                Figure::Unit::Milliseconds, share)
                     .target(50));
    m_report.add(Figure::duration(QStringLiteral("spelling.openChecked"),
                                  tr("showArticle() → whole article checked (background)"), checked)
                     .noted(tr("%1 paragraphs, %2 misspellings found; checked %3 ms at a time "
                               "between events, visible paragraphs first, then outwards from "
                               "the cursor.")
                                .arg(paragraphs)
                                .arg(errors)
                                .arg(SpellingHighlighter::TickBudgetMs)));
    m_report.add(Figure::single(QStringLiteral("spelling.openStall"),
                                tr("longest event-loop stall from showArticle()'s return until "
                                   "checked"),
                                Figure::Unit::Milliseconds, milliseconds(stallNs))
                     .noted(tr("the longest gap between the timeouts of a 1 ms timer, less 1 "
                               "ms, over all %1 opens (the first paint of the opened article "
                               "included): the longest a key press waits. Spelling off: %2 ms.")
                                .arg(Opens)
                                .arg(milliseconds(stallWithoutNs), 0, 'f', 1)));
    return true;
}

bool SpellingFigures::measureKeystrokes()
{
    BodyEditor *body = m_window->articleEditor()->bodyEditor();
    SpellingHighlighter *highlighter = body->spellingHighlighter();
    QTextDocument *text = body->document();
    const QTextBlock block = text->findBlockByNumber(text->blockCount() / 3);
    const int space = block.text().indexOf(QLatin1Char(' '), block.length() / 2);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + (space >= 0 ? space + 1 : 0));
    body->setTextCursor(cursor);
    body->centerCursor();
    m_window->activateWindow();
    body->setFocus(Qt::OtherFocusReason);
    settle(200);
    const int errorsBefore = m_window->articleEditor()->spellingErrorCount();

    Samples keystrokes;
    qsizetype next = 0;
    while (keystrokes.count() < Keystrokes) {
        const QChar character = typedText.at(next++ % typedText.size());
        const qint64 start = m_clock.nsecsElapsed();
        sendKey(body, character);
        // Until the paragraph is checked again and every repaint is done.
        QCoreApplication::processEvents();
        while (!highlighter->isComplete())
            QCoreApplication::processEvents();
        const qint64 end = m_clock.nsecsElapsed();
        if (character != QLatin1Char(' '))
            keystrokes.add(end - start);
    }
    settle(50);
    const int errorsAfter = m_window->articleEditor()->spellingErrorCount();
    if (errorsAfter <= errorsBefore)
        return fail(tr("Typing misspelled words did not add underlines (%1 before, %2 after).")
                        .arg(errorsBefore)
                        .arg(errorsAfter));
    m_report.add(Figure::duration(QStringLiteral("spelling.keystroke"),
                                  tr("keystroke → paragraph re-checked, event loop idle"),
                                  keystrokes)
                     .target(2)
                     .noted(tr("%1 letters of “%2” typed in paragraph %3 (the spaces typed but "
                               "not timed): the key events, the underlines shifted, the idle "
                               "re-check of the paragraph and Qt's repaints; %4 → %5 "
                               "underlined words.")
                                .arg(Keystrokes)
                                .arg(typedText.trimmed())
                                .arg(block.blockNumber() + 1)
                                .arg(errorsBefore)
                                .arg(errorsAfter)));
    return true;
}

bool SpellingFigures::measureDictionaryChange()
{
    BodyEditor *body = m_window->articleEditor()->bodyEditor();
    SpellingHighlighter *highlighter = body->spellingHighlighter();
    Speller *speller = m_window->spelling()->speller();
    const QStringList ignoredBefore = speller->ignoredWords();
    StallProbe probe(m_clock);

    // The worst case: the word found in the most paragraphs re-marks the most of them.
    QHash<QString, int> paragraphsWith;
    for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next()) {
        QStringList words = block.text().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        words.removeDuplicates();
        for (const QString &candidate : std::as_const(words))
            ++paragraphsWith[candidate];
    }
    QString word;
    int containing = 0;
    for (auto it = paragraphsWith.cbegin(); it != paragraphsWith.cend(); ++it) {
        if (it.value() > containing || (it.value() == containing && it.key() < word)) {
            word = it.key();
            containing = it.value();
        }
    }
    probe.start();
    const qint64 start = m_clock.nsecsElapsed();
    speller->ignoreWord(word);
    const qint64 marked = m_clock.nsecsElapsed();
    int dirty = 0;
    for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next()) {
        const auto *data = static_cast<const SpellingBlockData *>(block.userData());
        dirty += data && data->spelling().dirty ? 1 : 0;
    }
    if (!runUntil([highlighter] { return highlighter->isComplete(); }))
        return fail(tr("The re-marked paragraphs were not checked within 30 s."));
    const qint64 finished = m_clock.nsecsElapsed();
    const qint64 stall = probe.stop();
    speller->setIgnoredWords(ignoredBefore);
    runUntil([highlighter] { return highlighter->isComplete(); });

    m_report.add(Figure::single(QStringLiteral("spelling.layerMark"),
                                tr("a word ignored → its paragraphs marked (synchronous)"),
                                Figure::Unit::Milliseconds, milliseconds(marked - start))
                     .noted(tr("“%1”, the word in the most paragraphs (%2 of %3): %4 "
                               "paragraphs marked, those containing it in any case (also inside "
                               "a longer word); never a full rehighlight.")
                                .arg(word)
                                .arg(containing)
                                .arg(body->document()->blockCount())
                                .arg(dirty)));
    m_report.add(Figure::single(QStringLiteral("spelling.layerComplete"),
                                tr("a word ignored → those paragraphs re-checked (background)"),
                                Figure::Unit::Milliseconds, milliseconds(finished - start)));
    m_report.add(Figure::single(QStringLiteral("spelling.layerStall"),
                                tr("longest event-loop stall meanwhile"),
                                Figure::Unit::Milliseconds, milliseconds(stall)));
    return true;
}
