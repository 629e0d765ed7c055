#include "PublishingInspector.h"

#include "models/PublicationModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

PublishingInspector::PublishingInspector(QWidget *parent)
    : QWidget(parent)
    , m_model(new PublicationModel(this))
    , m_summaryLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_retryButton(new QPushButton(tr("&Retry Failed"), this))
{
    m_summaryLabel->setObjectName(QStringLiteral("publishingSummary"));
    m_summaryLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("publicationTable"));
    m_table->setAccessibleName(tr("Deliveries"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PublicationModel::OutcomeColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    m_retryButton->setObjectName(QStringLiteral("retryFailedButton"));
    m_retryButton->setToolTip(
        tr("Publish the article again: only the destinations whose latest attempt failed are "
           "tried."));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retryButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_retryButton, &QPushButton::clicked, this, &PublishingInspector::retryRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PublishingInspector::showSummary);
    showSummary();
}

void PublishingInspector::setArticle(Database *database, qint64 articleId)
{
    m_model->setArticle(database, articleId);
}

void PublishingInspector::refresh()
{
    m_model->refresh();
}

QString PublishingInspector::summary() const
{
    return m_summaryLabel->text();
}

void PublishingInspector::showSummary()
{
    const QStringList failed = m_model->failedDestinations();
    m_retryButton->setVisible(!failed.isEmpty());
    QString text;
    if (m_model->articleId() <= 0) {
        text = tr("No article is open.");
    } else if (const StoreError error = m_model->lastError()) {
        text = tr("Could not read the deliveries: %1").arg(error.message);
    } else if (m_model->rowCount() == 0) {
        text = tr("Not published yet.");
    } else {
        QSet<QString> destinations;
        for (int row = 0; row < m_model->rowCount(); ++row)
            destinations.insert(m_model->publication(row).destinationName);
        text = failed.isEmpty()
                   ? tr("Delivered to %n destination(s).", nullptr, int(destinations.size()))
                   : tr("The latest delivery to %1 failed.")
                         .arg(QLocale().createSeparatedList(failed));
    }
    m_summaryLabel->setText(text);
}
