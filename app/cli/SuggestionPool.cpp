#include "SuggestionPool.h"

#include "spelling/Speller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

SuggestionPool::SuggestionPool(Speller &speller, Helper helper)
    : m_speller(speller)
    , m_helper(std::move(helper))
    , m_maximumProcesses(std::max(1, QThread::idealThreadCount()))
{}

QJsonArray SuggestionPool::answer(Speller &speller, const QJsonObject &request)
{
    const int maximum = request.value(QLatin1String("maximum")).toInt();
    const QJsonArray words = request.value(QLatin1String("words")).toArray();
    QJsonArray result;
    for (const QJsonValue &word : words)
        result.append(QJsonArray::fromStringList(speller.suggestions(word.toString(), maximum)));
    return result;
}

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

    const qsizetype helpers = m_helper.program.isEmpty()
                                  ? 0
                                  : std::clamp<qsizetype>(distinct.size() / wordsPerHelper - 1, 0,
                                                          m_maximumProcesses - 1);
    m_processesUsed = int(helpers + 1);

    // Word i goes to process i % processes: a mix of short and long words for each.
    const qsizetype processes = helpers + 1;
    QList<QStringList> shares(processes);
    for (qsizetype i = 0; i < distinct.size(); ++i)
        shares[i % processes].append(distinct.at(i));

    std::vector<std::unique_ptr<QProcess>> running;
    for (qsizetype h = 1; h < processes; ++h) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(m_helper.program, m_helper.arguments);
        QJsonObject request = m_helper.settings;
        request.insert(QStringLiteral("maximum"), maximum);
        request.insert(QStringLiteral("words"), QJsonArray::fromStringList(shares[h]));
        process->write(QJsonDocument(request).toJson(QJsonDocument::Compact));
        process->closeWriteChannel();
        // A helper reads all of its input before it answers, so this cannot deadlock.
        while (process->bytesToWrite() > 0 && process->waitForBytesWritten(30000)) {
        }
        running.push_back(std::move(process));
    }

    QHash<QString, QStringList> byWord;
    byWord.reserve(distinct.size());
    const auto suggestHere = [&](const QStringList &share) {
        for (const QString &word : share)
            byWord.insert(word, m_speller.suggestions(word, maximum));
    };
    suggestHere(shares.first());

    for (qsizetype h = 1; h < processes; ++h) {
        QProcess &process = *running[size_t(h - 1)];
        const QStringList &share = shares[h];
        const bool finished = process.waitForFinished(-1);
        const QJsonArray answers = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
            answers.size() != share.size()) {
            suggestHere(share);
            continue;
        }
        for (qsizetype i = 0; i < share.size(); ++i) {
            QStringList suggestions;
            const QJsonArray list = answers.at(i).toArray();
            for (const QJsonValue &suggestion : list)
                suggestions.append(suggestion.toString());
            byWord.insert(share.at(i), suggestions);
        }
    }
    return byWord;
}
