#include "Report.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BenchReport", text);
}

QString formatMs(double ms)
{
    if (ms < 10)
        return QString::number(ms, 'f', 3) + QStringLiteral(" ms");
    if (ms < 100)
        return QString::number(ms, 'f', 2) + QStringLiteral(" ms");
    return QString::number(ms, 'f', 1) + QStringLiteral(" ms");
}

QString formatRate(double rate)
{
    return QLocale::c().toString(qint64(std::llround(rate))) + QStringLiteral(" /s");
}

QString targetText(const Target &target, BenchResult::Unit unit)
{
    const QString op =
        target.kind == Target::Kind::AtMost ? QStringLiteral("<= ") : QStringLiteral(">= ");
    if (unit == BenchResult::Unit::ArticlesPerSecond)
        return op + formatRate(target.value);
    return op + QString::number(target.value) + QStringLiteral(" ms");
}

QString unitKey(BenchResult::Unit unit)
{
    return unit == BenchResult::Unit::Milliseconds ? QStringLiteral("ms")
                                                   : QStringLiteral("articles/s");
}

} // namespace

double Samples::percentileMs(double percent) const
{
    if (m_nanoseconds.isEmpty())
        return 0;
    QList<qint64> sorted = m_nanoseconds;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(sorted.size())));
    const qsizetype index = std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1);
    return double(sorted.at(index)) / 1e6;
}

double Samples::meanMs() const
{
    return m_nanoseconds.isEmpty() ? 0 : totalMs() / double(m_nanoseconds.size());
}

double Samples::totalMs() const
{
    double total = 0;
    for (qint64 value : m_nanoseconds)
        total += double(value);
    return total / 1e6;
}

BenchResult BenchResult::fromSamples(const QString &id, const QString &label,
                                     const Samples &samples)
{
    BenchResult result;
    result.id = id;
    result.label = label;
    result.unit = Unit::Milliseconds;
    result.value = samples.medianMs();
    result.p95 = samples.percentileMs(95);
    result.mean = samples.meanMs();
    result.samples = samples.count();
    return result;
}

BenchResult BenchResult::fromRate(const QString &id, const QString &label, qint64 articles,
                                  double seconds)
{
    BenchResult result;
    result.id = id;
    result.label = label;
    result.unit = Unit::ArticlesPerSecond;
    result.value = seconds > 0 ? double(articles) / seconds : 0;
    result.samples = articles;
    return result;
}

BenchResult::Verdict BenchResult::verdict() const
{
    if (!target)
        return Verdict::None;
    if (target->kind == Target::Kind::AtLeast)
        return value >= target->value ? Verdict::Pass : Verdict::Miss;
    if (value > target->value)
        return Verdict::Miss;
    return p95 && *p95 > target->value ? Verdict::PassMedianOnly : Verdict::Pass;
}

std::optional<double> BenchResult::ratio() const
{
    if (!reference || *reference <= 0)
        return std::nullopt;
    if (unit == Unit::ArticlesPerSecond)
        return value > 0 ? std::optional<double>(*reference / value) : std::nullopt;
    return mean ? std::optional<double>(*mean / *reference) : std::nullopt;
}

QJsonObject BenchResult::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("label"), label},
        {QStringLiteral("unit"), unitKey(unit)},
        {QStringLiteral("samples"), qint64(samples)},
    };
    if (unit == Unit::Milliseconds) {
        json.insert(QStringLiteral("median"), value);
        if (p95)
            json.insert(QStringLiteral("p95"), *p95);
        if (mean)
            json.insert(QStringLiteral("mean"), *mean);
    } else {
        json.insert(QStringLiteral("rate"), value);
    }
    if (target) {
        json.insert(QStringLiteral("target"),
                    QJsonObject{{QStringLiteral("op"), target->kind == Target::Kind::AtMost
                                                           ? QStringLiteral("<=")
                                                           : QStringLiteral(">=")},
                                {QStringLiteral("value"), target->value}});
        json.insert(QStringLiteral("pass"), verdict() != Verdict::Miss);
        json.insert(QStringLiteral("p95WithinTarget"), verdict() == Verdict::Pass);
    }
    if (reference && referenceProgram.isEmpty()) {
        json.insert(QStringLiteral("sqlite3"), *reference);
    } else if (reference) {
        json.insert(QStringLiteral("reference"), *reference);
        json.insert(QStringLiteral("referenceProgram"), referenceProgram);
    }
    if (const auto r = ratio())
        json.insert(QStringLiteral("ratio"), *r);
    if (!note.isEmpty())
        json.insert(QStringLiteral("note"), note);
    return json;
}

QString Report::formatValue(double value, BenchResult::Unit unit)
{
    return unit == BenchResult::Unit::Milliseconds ? formatMs(value) : formatRate(value);
}

void Report::printTable(QTextStream &out) const
{
    const QStringList headers = {tr("Benchmark"), tr("median/rate"), tr("p95"),  tr("target"),
                                 tr("result"),    tr("reference"),   tr("ratio")};
    QList<QStringList> rows;
    for (const BenchResult &result : m_results) {
        QString verdict;
        switch (result.verdict()) {
        case BenchResult::Verdict::Pass:
            verdict = tr("PASS");
            break;
        case BenchResult::Verdict::PassMedianOnly:
            verdict = tr("PASS*");
            break;
        case BenchResult::Verdict::Miss:
            verdict = tr("MISS");
            break;
        case BenchResult::Verdict::None:
            break;
        }
        const std::optional<double> ratio = result.ratio();
        rows.append({result.label, formatValue(result.value, result.unit),
                     result.p95 ? formatMs(*result.p95) : QString(),
                     result.target ? targetText(*result.target, result.unit) : QString(), verdict,
                     result.reference ? formatValue(*result.reference, result.unit) : QString(),
                     ratio ? QString::number(*ratio, 'f', 2) + QStringLiteral("x") : QString()});
    }
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    auto printRow = [&out, &widths](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            // Text left, figures right.
            line += i == 0 || i == 4 ? cells.at(i).leftJustified(widths.at(i))
                                     : cells.at(i).rightJustified(widths.at(i));
        }
        out << line.trimmed() << '\n';
    };
    printRow(headers);
    QStringList rules;
    for (qsizetype width : std::as_const(widths))
        rules.append(QString(width, QLatin1Char('-')));
    printRow(rules);
    for (const QStringList &row : std::as_const(rows))
        printRow(row);
    out << '\n'
        << tr("median/rate: median wall time per operation, or articles per second over the "
              "whole run. PASS* = the median meets the target, the p95 does not.\n"
              "reference: the same work done by another program. Storage: the same statements "
              "run by the sqlite3 shell on the same file (mean per operation, process start-up "
              "subtracted). Spelling: the hunspell command named in the label on the same file "
              "(mean wall time of the whole process, like copydesk-cli's). ratio = Copydesk mean "
              "time / reference mean time (for rates: time per article).\n");
    bool first = true;
    for (const BenchResult &result : m_results) {
        if (result.note.isEmpty())
            continue;
        if (first)
            out << '\n' << tr("Notes:") << '\n';
        first = false;
        out << QStringLiteral("  %1: %2").arg(result.label, result.note) << '\n';
    }
    for (const QString &note : m_notes) {
        if (first)
            out << '\n' << tr("Notes:") << '\n';
        first = false;
        out << QStringLiteral("  ") << note << '\n';
    }
    out.flush();
}

QJsonObject Report::toJson() const
{
    QJsonArray results;
    for (const BenchResult &result : m_results)
        results.append(result.toJson());
    return QJsonObject{{QStringLiteral("environment"), m_environment},
                       {QStringLiteral("results"), results},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(m_notes)}};
}
