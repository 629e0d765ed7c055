#include "GuiReport.h"

#include <QJsonArray>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace {

QString formatValue(double value, Figure::Unit unit)
{
    switch (unit) {
    case Figure::Unit::Milliseconds:
        if (value < 10)
            return QString::number(value, 'f', 3) + QStringLiteral(" ms");
        if (value < 100)
            return QString::number(value, 'f', 2) + QStringLiteral(" ms");
        return QString::number(value, 'f', 1) + QStringLiteral(" ms");
    case Figure::Unit::Mebibytes:
        return QString::number(value, 'f', 1) + QStringLiteral(" MB");
    case Figure::Unit::Rows:
        return QString::number(qint64(std::llround(value)));
    }
    return {};
}

QString unitKey(Figure::Unit unit)
{
    switch (unit) {
    case Figure::Unit::Milliseconds:
        return QStringLiteral("ms");
    case Figure::Unit::Mebibytes:
        return QStringLiteral("MiB");
    case Figure::Unit::Rows:
        return QStringLiteral("rows");
    }
    return {};
}

} // namespace

double Samples::percentileMs(double percent) const
{
    if (m_nanoseconds.isEmpty())
        return 0;
    QList<qint64> sorted = m_nanoseconds;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(sorted.size())));
    return double(sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1))) / 1e6;
}

Figure Figure::duration(const QString &id, const QString &label, const Samples &samples)
{
    Figure figure;
    figure.id = id;
    figure.label = label;
    figure.value = samples.medianMs();
    if (samples.count() > 1)
        figure.p95 = samples.percentileMs(95);
    figure.samples = samples.count();
    return figure;
}

Figure Figure::single(const QString &id, const QString &label, Unit unit, double value)
{
    Figure figure;
    figure.id = id;
    figure.label = label;
    figure.unit = unit;
    figure.value = value;
    return figure;
}

Figure::Verdict Figure::verdict() const
{
    if (!atMost)
        return Verdict::None;
    if (value > *atMost)
        return Verdict::Miss;
    return p95 && *p95 > *atMost ? Verdict::PassMedianOnly : Verdict::Pass;
}

QJsonObject Figure::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("label"), label},
                     {QStringLiteral("unit"), unitKey(unit)},
                     {QStringLiteral("value"), value},
                     {QStringLiteral("samples"), qint64(samples)}};
    if (p95)
        json.insert(QStringLiteral("p95"), *p95);
    if (atMost) {
        json.insert(QStringLiteral("target"), *atMost);
        json.insert(QStringLiteral("pass"), verdict() != Verdict::Miss);
        json.insert(QStringLiteral("p95WithinTarget"), verdict() == Verdict::Pass);
    }
    if (!note.isEmpty())
        json.insert(QStringLiteral("note"), note);
    return json;
}

void GuiReport::beginGroup(const QString &title)
{
    m_rows.append(Row{title, {}});
}

void GuiReport::add(const Figure &figure)
{
    m_rows.append(Row{{}, figure});
}

void GuiReport::printTable(QTextStream &out) const
{
    const QStringList headers = {tr("Figure"), tr("median/value"), tr("p95"),
                                 tr("n"),      tr("target"),       tr("result")};
    QList<QStringList> cells;
    for (const Row &row : m_rows) {
        if (!row.group.isEmpty()) {
            cells.append({row.group});
            continue;
        }
        const Figure &figure = row.figure;
        QString verdict;
        switch (figure.verdict()) {
        case Figure::Verdict::Pass:
            verdict = tr("PASS");
            break;
        case Figure::Verdict::PassMedianOnly:
            verdict = tr("PASS*");
            break;
        case Figure::Verdict::Miss:
            verdict = tr("MISS");
            break;
        case Figure::Verdict::None:
            break;
        }
        cells.append({QStringLiteral("  ") + figure.label, formatValue(figure.value, figure.unit),
                      figure.p95 ? formatValue(*figure.p95, figure.unit) : QString(),
                      QString::number(figure.samples),
                      figure.atMost
                          ? QStringLiteral("<= ") + formatValue(*figure.atMost, figure.unit)
                          : QString(),
                      verdict});
    }
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : std::as_const(cells)) {
        if (row.size() == 1)
            continue; // headings span the table
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    auto printRow = [&out, &widths](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            // Text left, figures right.
            line += i == 0 || i == 5 ? row.at(i).leftJustified(widths.at(i))
                                     : row.at(i).rightJustified(widths.at(i));
        }
        out << QStringView(line).trimmed() << '\n';
    };
    printRow(headers);
    QStringList rules;
    for (qsizetype width : std::as_const(widths))
        rules.append(QString(width, QLatin1Char('-')));
    printRow(rules);
    for (const QStringList &row : std::as_const(cells))
        printRow(row);
    out << '\n'
        << tr("median/value: the median wall time of n runs, or the single value measured. "
              "PASS* = the median meets the target, the p95 does not.")
        << '\n';

    QStringList notes;
    for (const Row &row : m_rows) {
        if (row.group.isEmpty() && !row.figure.note.isEmpty())
            notes.append(row.figure.label + QStringLiteral(": ") + row.figure.note);
    }
    notes += m_notes;
    if (!notes.isEmpty()) {
        out << '\n' << tr("Notes:") << '\n';
        for (const QString &note : std::as_const(notes))
            out << QStringLiteral("  - ") << note << '\n';
    }
    out.flush();
}

QJsonObject GuiReport::toJson() const
{
    QJsonArray figures;
    for (const Row &row : m_rows) {
        if (row.group.isEmpty())
            figures.append(row.figure.toJson());
    }
    return {{QStringLiteral("environment"), m_environment},
            {QStringLiteral("results"), figures},
            {QStringLiteral("notes"), QJsonArray::fromStringList(m_notes)}};
}
