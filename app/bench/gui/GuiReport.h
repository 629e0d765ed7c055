#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

// Wall-clock durations of repeated runs of one operation, in nanoseconds.
class Samples
{
public:
    void add(qint64 nanoseconds) { m_nanoseconds.append(nanoseconds); }
    qsizetype count() const { return m_nanoseconds.size(); }
    double medianMs() const { return percentileMs(50); }
    double percentileMs(double percent) const; // nearest rank
    double maxMs() const { return percentileMs(100); }

private:
    QList<qint64> m_nanoseconds;
};

// One line of the results table: a duration (median of its samples), a size or a count.
struct Figure
{
    enum class Unit { Milliseconds, Mebibytes, Rows };
    enum class Verdict { None, Pass, PassMedianOnly, Miss };

    QString id;    // stable key for --json, e.g. "startup.window"
    QString label; // what was measured, for people
    Unit unit = Unit::Milliseconds;
    double value = 0; // the median for durations
    std::optional<double> p95;
    qsizetype samples = 1;
    std::optional<double> atMost; // the target, in `unit`
    QString note;

    static Figure duration(const QString &id, const QString &label, const Samples &samples);
    static Figure single(const QString &id, const QString &label, Unit unit, double value);
    Figure &target(double limit)
    {
        atMost = limit;
        return *this;
    }
    Figure &noted(const QString &text)
    {
        note = text;
        return *this;
    }

    Verdict verdict() const;
    QJsonObject toJson() const;
};

// The figures in groups, printed as one aligned table (or JSON), followed by notes.
class GuiReport
{
    Q_DECLARE_TR_FUNCTIONS(GuiReport)

public:
    void beginGroup(const QString &title);
    void add(const Figure &figure);
    void addNote(const QString &note) { m_notes.append(note); }
    void setEnvironment(const QJsonObject &environment) { m_environment = environment; }

    void printTable(QTextStream &out) const;
    QJsonObject toJson() const;

private:
    struct Row
    {
        QString group; // a heading row when set
        Figure figure;
    };
    QList<Row> m_rows;
    QStringList m_notes;
    QJsonObject m_environment;
};
