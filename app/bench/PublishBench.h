#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// Issue 6's publishing figure: approved articles published to an HTTP endpoint on the
// loopback interface (LoopbackEndpoint, kept-alive connections) through Publisher, as
// copydesk-cli publish does, and to a hot folder for comparison. The articles come from
// SyntheticLibrary in a database of the benchmark's own, so the library is left as it was.
class PublishBench
{
    Q_DECLARE_TR_FUNCTIONS(PublishBench)

public:
    PublishBench(const QString &directory, Report &report,
                 std::function<void(const QString &)> progress);

    void setArticles(int articles) { m_articles = articles; }
    void setKeepFiles(bool keep) { m_keepFiles = keep; }
    bool run();
    QString failure() const { return m_failure; }

private:
    QString m_directory;
    Report &m_report;
    std::function<void(const QString &)> m_progress;
    int m_articles = 5000;
    bool m_keepFiles = false;
    QString m_failure;
};
