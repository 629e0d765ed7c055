#include "PublishingInspector.h"

#include "models/PublicationModel.h"

#include <QColor>
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
    , m_detailsLabel(new QLabel(this))
    , m_retryButton(new QPushButton(tr("&Retry Failed"), this))
{
    m_summaryLabel->setObjectName(QStringLiteral("publishingSummary"));
    m_summaryLabel->setWordWrap(true);
    // Destination names and what the endpoints answered are shown as written, never as markup.
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("publicationTable"));
    m_table->setAccessibleName(tr("Deliveries"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // a file's name is at the end of its path
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PublicationModel::OutcomeColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    m_detailsLabel->setObjectName(QStringLiteral("deliveryDetails"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextFormat(Qt::PlainText);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    layout->addWidget(m_detailsLabel);
    layout->addLayout(buttons);

    connect(m_retryButton, &QPushButton::clicked, this, &PublishingInspector::retryRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PublishingInspector::showSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PublishingInspector::showDetails);
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

QString PublishingInspector::details() const
{
    return m_detailsLabel->text();
}

void PublishingInspector::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detailsLabel->clear();
        m_detailsLabel->hide();
        return;
    }
    const Publication &publication = m_model->publication(current.row());
    const QString where =
        publication.canceled
            ? tr("Withdrawal of version %1 from %2")
                  .arg(publication.version)
                  .arg(publication.destinationName)
            : tr("Version %1 to %2").arg(publication.version).arg(publication.destinationName);
    const QString outcome =
        publication.succeeded ? publication.result
                              : tr("Failed after %n attempt(s): %1", nullptr, publication.attempts)
                                    .arg(publication.error);
    m_detailsLabel->setText(
        tr("%1, %2 by %3: %4")
            .arg(where, QLocale().toString(publication.at.toLocalTime(), QLocale::ShortFormat),
                 publication.actor, outcome));
    QPalette palette = m_table->palette();
    if (!publication.succeeded)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_detailsLabel->setPalette(palette);
    m_detailsLabel->show();
}

void PublishingInspector::showSummary()
{
    const QStringList failed = m_model->failedDestinations();
    m_retryButton->setVisible(!failed.isEmpty());
    // The newest delivery is the one to read about first.
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, PublicationModel::OutcomeColumn));
    showDetails();
    QString text;
    if (m_model->articleId() <= 0) {
        text = tr("No article is open.");
    } else if (const StoreError error = m_model->lastError()) {
        text = tr("Could not read the deliveries: %1").arg(error.message);
    } else if (m_model->rowCount() == 0) {
        text = tr("Not published yet.");
    } else {
        // Newest first: the first row of each destination is where it stands now.
        QSet<QString> destinations;
        int withdrawn = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Publication &publication = m_model->publication(row);
            if (destinations.contains(publication.destinationName))
                continue;
            destinations.insert(publication.destinationName);
            if (publication.canceled && publication.succeeded)
                ++withdrawn;
        }
        const int count = int(destinations.size());
        if (!failed.isEmpty())
            text =
                tr("The latest delivery to %1 failed.").arg(QLocale().createSeparatedList(failed));
        else if (withdrawn == count)
            text = tr("Withdrawn from %n destination(s).", nullptr, count);
        else
            text = tr("Delivered to %n destination(s).", nullptr, count);
    }
    m_summaryLabel->setText(text);
}
