#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

// Wall-clock durations of repeated runs of one operation (QElapsedTimer, nanoseconds).
class Samples
{
public:
    void add(qint64 nanoseconds) { m_nanoseconds.append(nanoseconds); }
    qsizetype count() const { return m_nanoseconds.size(); }
    bool isEmpty() const { return m_nanoseconds.isEmpty(); }

    double medianMs() const { return percentileMs(50); }
    double percentileMs(double percent) const; // nearest rank
    double meanMs() const;
    double totalMs() const;

private:
    QList<qint64> m_nanoseconds;
};

// Runs `operation` `warmups` times untimed, then times it `runs` times, stopping early (after
// at least `minimumRuns`) once `budgetMs` of measured time is spent. The operation returns false
// to stop (it failed; the caller reports why).
template <typename Operation>
Samples measure(int warmups, int runs, qint64 budgetMs, Operation &&operation, int minimumRuns = 5)
{
    Samples samples;
    for (int i = 0; i < warmups; ++i) {
        if (!operation())
            return samples;
    }
    QElapsedTimer total;
    total.start();
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        const bool ok = operation();
        samples.add(timer.nsecsElapsed());
        if (!ok)
            break;
        if (i + 1 >= minimumRuns && total.elapsed() > budgetMs)
            break;
    }
    return samples;
}

// A target from the issue: a duration that must not be exceeded or a rate that must be reached.
struct Target
{
    enum class Kind { AtMost, AtLeast };
    Kind kind = Kind::AtMost;
    double value = 0;
};

// One line of the results table.
struct BenchResult
{
    enum class Unit { Milliseconds, ArticlesPerSecond };

    QString id;    // stable key for --json, e.g. "search.rare"
    QString label; // what was measured, for people
    Unit unit = Unit::Milliseconds;
    double value = 0; // the median (ms) or the rate (articles/s)
    std::optional<double> p95;
    std::optional<double> mean; // ms
    qsizetype samples = 0;
    std::optional<Target> target;
    // The same work done by another program: mean ms per operation (or articles/s) of the
    // sqlite3 shell for the storage figures, of `referenceProgram` when that is set (the
    // hunspell command for the spelling figures).
    std::optional<double> reference;
    QString referenceProgram; // empty: the sqlite3 shell
    QString note;

    static BenchResult fromSamples(const QString &id, const QString &label, const Samples &samples);
    static BenchResult fromRate(const QString &id, const QString &label, qint64 articles,
                                double seconds);

    enum class Verdict { None, Pass, PassMedianOnly, Miss };
    Verdict verdict() const;
    // How many times longer Copydesk takes than the reference program for the same work (means).
    std::optional<double> ratio() const;
    QJsonObject toJson() const;
};

class Report
{
public:
    void add(const BenchResult &result) { m_results.append(result); }
    void addNote(const QString &note) { m_notes.append(note); }
    void setEnvironment(const QJsonObject &environment) { m_environment = environment; }

    const QList<BenchResult> &results() const { return m_results; }
    void printTable(QTextStream &out) const;
    QJsonObject toJson() const;

    static QString formatValue(double value, BenchResult::Unit unit);

private:
    QList<BenchResult> m_results;
    QStringList m_notes;
    QJsonObject m_environment;
};
