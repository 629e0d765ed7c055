#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class Speller;

// Suggestions for many words at once. Hunspell's suggest() takes 10-80 ms per word with a
// full-size dictionary and a Hunspell object is not thread-safe, so each word is asked once
// and the words are shared out among several Spellers, one per thread: the caller's on the
// calling thread and, when there are enough words to repay loading another dictionary, more
// built by a factory on worker threads. Every Speller gives the same answers (the factory
// configures it like the caller's), so the result does not depend on how the work was shared.
class SuggestionPool
{
public:
    // Builds a Speller configured like the caller's, on the thread that will use it; nullptr if
    // it cannot (that thread then does nothing).
    using SpellerFactory = std::function<std::unique_ptr<Speller>()>;

    // Each extra thread loads a dictionary (en_US: some 100 ms), which this many words repay.
    static constexpr int wordsPerExtraThread = 8;

    SuggestionPool(Speller &speller, SpellerFactory makeSpeller);

    // At most this many threads, the caller's included (default: QThread::idealThreadCount()).
    void setMaximumThreads(int threads) { m_maximumThreads = std::max(1, threads); }
    int maximumThreads() const { return m_maximumThreads; }

    // Up to `maximum` suggestions for each distinct word of `words`, best first.
    QHash<QString, QStringList> suggestions(const QStringList &words, int maximum);
    // How many threads the last suggestions() call used, the caller's included.
    int threadsUsed() const { return m_threadsUsed; }

private:
    Speller &m_speller;
    SpellerFactory m_makeSpeller;
    int m_maximumThreads;
    int m_threadsUsed = 0;
};
