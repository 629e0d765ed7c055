#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class Speller;

// Suggestions for many words at once. Hunspell's suggest() takes 10-80 ms per word with a
// full-size dictionary, so each distinct word is asked once, and the words are shared out
// between this process and helper processes running at the same time.
//
// Processes rather than threads: Hunspell bounds its slower suggestion steps by clock(), the
// CPU time of the whole process (50 ms per step, 100 ms per kind of mistake, 250 ms per
// word), so N busy threads in one process would reach those limits N times sooner and get
// fewer suggestions for hard words than the hunspell command does. A helper process has its
// own clock, and suggests exactly as one Hunspell does.
//
// A helper is started as `program arguments`, reads one JSON object on its standard input (the
// settings given to the constructor plus "words" and "maximum") and writes a JSON array holding
// the suggestions of each word, in order. A helper that fails costs only time: its words are
// then done here.
class SuggestionPool
{
public:
    struct Helper
    {
        QString program;
        QStringList arguments;
        QJsonObject settings; // what the helper needs to configure its Speller like `speller`
    };

    // A helper loads its own dictionary (en_US: some 100 ms with the process start), which
    // this many words repay.
    static constexpr int wordsPerHelper = 8;

    SuggestionPool(Speller &speller, Helper helper);

    // At most this many processes, this one included (default: QThread::idealThreadCount()).
    void setMaximumProcesses(int processes) { m_maximumProcesses = std::max(1, processes); }
    int maximumProcesses() const { return m_maximumProcesses; }

    // Up to `maximum` suggestions for each distinct word of `words`, best first.
    QHash<QString, QStringList> suggestions(const QStringList &words, int maximum);
    // How many processes the last suggestions() call used, this one included.
    int processesUsed() const { return m_processesUsed; }

    // The helper side: the suggestions of each word of `request` ("words", "maximum").
    static QJsonArray answer(Speller &speller, const QJsonObject &request);

private:
    Speller &m_speller;
    Helper m_helper;
    int m_maximumProcesses;
    int m_processesUsed = 0;
};
