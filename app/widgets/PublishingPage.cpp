#include "PublishingPage.h"
#include "ui_PublishingPage.h"

#include "DestinationDialog.h"
#include "models/DestinationModel.h"
#include "storage/PublishStore.h"

#include <QHeaderView>
#include <QMessageBox>

PublishingPage::PublishingPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PublishingPage>())
    , m_model(new DestinationModel(this))
    , m_runDialog([](DestinationDialog &dialog) { return dialog.exec() == QDialog::Accepted; })
    , m_confirm([](QWidget *parent, const QString &question) {
        return QMessageBox::question(parent, tr("Remove Destination"), question,
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    })
{
    m_ui->setupUi(this);
    m_ui->destinationTable->setModel(m_model);
    QHeaderView *header = m_ui->destinationTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DestinationModel::TargetColumn, QHeaderView::Stretch);
    m_ui->destinationTable->setTextElideMode(Qt::ElideMiddle); // a path's ends tell it apart

    connect(m_ui->addButton, &QPushButton::clicked, this, &PublishingPage::addDestination);
    connect(m_ui->editButton, &QPushButton::clicked, this,
            &PublishingPage::editSelectedDestination);
    connect(m_ui->removeButton, &QPushButton::clicked, this,
            &PublishingPage::removeSelectedDestination);
    connect(m_ui->destinationTable, &QAbstractItemView::doubleClicked, this,
            &PublishingPage::editSelectedDestination);
    connect(m_ui->destinationTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PublishingPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PublishingPage::updateButtons);
    connect(m_model, &DestinationModel::saveFailed, this, &PublishingPage::showStatus);
    setDatabase(nullptr);
}

PublishingPage::~PublishingPage() = default;

void PublishingPage::setDatabase(Database *database)
{
    m_database = database;
    m_model->setDatabase(database);
    if (!database)
        showStatus(tr("Open a database to set up where its articles are published."));
    else if (const StoreError error = m_model->lastError())
        showStatus(tr("Could not read the destinations: %1").arg(error.message));
    else if (m_model->rowCount() == 0)
        showStatus(tr("No destination is set up yet: nothing can be published."));
    else
        showStatus({});
    updateButtons();
}

void PublishingPage::selectDestination(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    m_ui->destinationTable->selectRow(row);
    m_ui->destinationTable->scrollTo(m_model->index(row, 0));
}

int PublishingPage::selectedRow() const
{
    const QModelIndexList rows = m_ui->destinationTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool PublishingPage::addDestination()
{
    if (!m_database)
        return false;
    DestinationDialog dialog(m_database, this);
    if (!m_runDialog(dialog))
        return false;
    m_model->refresh();
    selectDestination(dialog.destination().name);
    showStatus({});
    return true;
}

bool PublishingPage::editSelectedDestination()
{
    const int row = selectedRow();
    if (!m_database || row < 0)
        return false;
    DestinationDialog dialog(m_database, this);
    dialog.setDestination(m_model->destination(row));
    if (!m_runDialog(dialog))
        return false;
    m_model->refresh();
    selectDestination(dialog.destination().name);
    return true;
}

bool PublishingPage::removeSelectedDestination()
{
    const int row = selectedRow();
    if (!m_database || row < 0)
        return false;
    const PublishDestination destination = m_model->destination(row);
    if (!m_confirm(this, tr("Remove the destination “%1”? Its record of deliveries goes with it; "
                            "what was published there stays there.")
                             .arg(destination.name))) {
        return false;
    }
    if (const StoreError error = PublishStore(*m_database).removeDestination(destination.id)) {
        showStatus(tr("Could not remove “%1”: %2").arg(destination.name, error.message));
        return false;
    }
    m_model->refresh();
    if (m_model->rowCount() > 0)
        m_ui->destinationTable->selectRow(std::min(row, m_model->rowCount() - 1));
    return true;
}

void PublishingPage::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_ui->addButton->setEnabled(m_database != nullptr);
    m_ui->editButton->setEnabled(m_database && selected);
    m_ui->removeButton->setEnabled(m_database && selected);
    m_ui->destinationTable->setEnabled(m_database != nullptr);
}

void PublishingPage::showStatus(const QString &message)
{
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->setVisible(!message.isEmpty());
}
