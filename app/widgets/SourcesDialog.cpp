#include "SourcesDialog.h"
#include "ui_SourcesDialog.h"

#include "AttributionStyle.h"
#include "SourceKindDelegate.h"
#include "models/SourceRegistryModel.h"
#include "storage/ArticleStore.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>

SourcesDialog::SourcesDialog(ArticleStore *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SourcesDialog>())
    , m_store(store)
    , m_model(new SourceRegistryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_ui->sourceView->setModel(m_proxy);
    m_ui->sourceView->setItemDelegateForColumn(SourceRegistryModel::KindColumn,
                                               new SourceKindDelegate(this));
    QHeaderView *header = m_ui->sourceView->horizontalHeader();
    header->setSectionResizeMode(SourceRegistryModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SourceRegistryModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SourceRegistryModel::UrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SourceRegistryModel::CitedByColumn, QHeaderView::ResizeToContents);
    m_ui->sourceView->sortByColumn(SourceRegistryModel::NameColumn, Qt::AscendingOrder);
    m_ui->sourceView->setWordWrap(false);
    m_ui->sourceView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    QPalette messagePalette = m_ui->messageLabel->palette();
    messagePalette.setColor(QPalette::WindowText, AttributionStyle::errorTextColor(palette()));
    m_ui->messageLabel->setPalette(messagePalette);
    m_ui->messageLabel->hide();

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->sourceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SourcesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SourcesDialog::updateButtons);
    connect(m_model, &SourceRegistryModel::editFailed, this, &SourcesDialog::showMessage);
    connect(m_model, &SourceRegistryModel::loadFailed, this, [this](const QString &message) {
        showMessage(tr("The source registry could not be read: %1").arg(message));
    });
    connect(m_model, &SourceRegistryModel::sourceEdited, this, [this] {
        showMessage({});
        emit registryChanged();
    });
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &SourcesDialog::chooseMergeTarget);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &SourcesDialog::deleteSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SourcesDialog::reject);

    m_model->setStore(store);
    updateButtons();
}

SourcesDialog::~SourcesDialog() = default;

QList<qint64> SourcesDialog::selectedSourceIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_ui->sourceView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(SourceRegistryModel::SourceIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void SourcesDialog::updateButtons()
{
    const QList<qint64> ids = selectedSourceIds();
    m_ui->mergeButton->setEnabled(m_store && ids.size() >= 2);
    m_ui->deleteButton->setEnabled(m_store && !ids.isEmpty());
}

void SourcesDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

QString SourcesDialog::message() const
{
    return m_ui->messageLabel->text();
}

void SourcesDialog::selectSource(qint64 id)
{
    const int row = m_model->rowOfSource(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->sourceView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
    m_ui->sourceView->scrollTo(index);
}

void SourcesDialog::chooseMergeTarget()
{
    const QList<qint64> ids = selectedSourceIds();
    if (ids.size() < 2)
        return;
    QStringList choices;
    int mostCited = 0;
    int bestCount = -1;
    for (const qint64 id : ids) {
        const int row = m_model->rowOfSource(id);
        const int count = m_model->citationCount(row);
        choices.append(
            tr("%1 (cited by %n paragraph(s))", nullptr, count).arg(m_model->source(row).name));
        if (count > bestCount) {
            bestCount = count;
            mostCited = int(choices.size()) - 1;
        }
    }

    QInputDialog picker(this);
    picker.setObjectName(QStringLiteral("mergeTargetPicker"));
    picker.setWindowTitle(tr("Merge Sources"));
    picker.setLabelText(tr("Keep which source? The other %n source(s) are deleted and every "
                           "paragraph that cites them cites the kept one instead. This cannot "
                           "be undone.",
                           nullptr, int(ids.size()) - 1));
    picker.setComboBoxItems(choices);
    picker.setComboBoxEditable(false);
    picker.setTextValue(choices.at(mostCited));
    picker.setOkButtonText(tr("&Merge"));
    if (picker.exec() != QDialog::Accepted)
        return;
    const qsizetype chosen = choices.indexOf(picker.textValue());
    if (chosen >= 0)
        mergeSelectedInto(ids.at(chosen));
}

bool SourcesDialog::mergeSelectedInto(qint64 keep)
{
    if (!m_store)
        return false;
    QList<qint64> duplicates = selectedSourceIds();
    if (!duplicates.contains(keep))
        return false;
    duplicates.removeAll(keep);
    if (duplicates.isEmpty())
        return false;
    const StoreError error = m_store->mergeSources(keep, duplicates);
    m_model->reload();
    selectSource(keep);
    if (error) {
        showMessage(tr("The sources could not be merged: %1").arg(error.message));
        return false;
    }
    showMessage({});
    emit registryChanged();
    return true;
}

bool SourcesDialog::deleteSelected()
{
    const QList<qint64> ids = selectedSourceIds();
    if (!m_store || ids.isEmpty())
        return false;
    QStringList refusals;
    int deleted = 0;
    for (const qint64 id : ids) {
        const QString name = m_model->source(m_model->rowOfSource(id)).name;
        if (StoreError error = m_store->removeSource(id))
            refusals.append(tr("“%1”: %2").arg(name, error.message));
        else
            ++deleted;
    }
    m_model->reload();
    showMessage(refusals.join(u'\n'));
    if (deleted > 0)
        emit registryChanged();
    return refusals.isEmpty();
}
