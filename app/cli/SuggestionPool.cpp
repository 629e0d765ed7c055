#include "SuggestionPool.h"

#include "spelling/Speller.h"

#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

SuggestionPool::SuggestionPool(Speller &speller, SpellerFactory makeSpeller)
    : m_speller(speller)
    , m_makeSpeller(std::move(makeSpeller))
    , m_maximumThreads(std::max(1, QThread::idealThreadCount()))
{}

QHash<QString, QStringList> SuggestionPool::suggestions(const QStringList &words, int maximum)
{
    QStringList distinct;
    QSet<QString> seen;
    for (const QString &word : words) {
        if (!seen.contains(word)) {
            seen.insert(word);
            distinct.append(word);
        }
    }

    const qsizetype extraThreads =
        m_makeSpeller
            ? std::min<qsizetype>(m_maximumThreads - 1, distinct.size() / wordsPerExtraThread - 1)
            : 0;
    m_threadsUsed = 1 + int(std::max<qsizetype>(0, extraThreads));

    // Each slot is written by exactly one thread: the one that took its index.
    std::vector<QStringList> results(size_t(distinct.size()));
    std::atomic<qsizetype> nextIndex = 0;
    const auto work = [&](Speller &speller) {
        for (qsizetype i = nextIndex++; i < distinct.size(); i = nextIndex++)
            results[size_t(i)] = speller.suggestions(distinct.at(i), maximum);
    };

    std::vector<std::thread> workers;
    for (int i = 1; i < m_threadsUsed; ++i) {
        workers.emplace_back([&] {
            // Built here, so the dictionary loads while the other threads already suggest, and
            // destroyed here, on the thread that owns it.
            const std::unique_ptr<Speller> speller = m_makeSpeller();
            if (speller)
                work(*speller);
        });
    }
    work(m_speller);
    for (std::thread &worker : workers)
        worker.join();

    QHash<QString, QStringList> byWord;
    byWord.reserve(distinct.size());
    for (qsizetype i = 0; i < distinct.size(); ++i)
        byWord.insert(distinct.at(i), std::move(results[size_t(i)]));
    return byWord;
}
