#include "MetaTitleInspector.h"
#include "ui_MetaTitleInspector.h"

#include "models/ArticleDocument.h"
#include "models/MetaTitleModel.h"
#include "widgets/SearchPreview.h"
#include "widgets/SpellingItemDelegate.h"
#include "widgets/TitleWidthDelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>

MetaTitleInspector::MetaTitleInspector(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MetaTitleInspector>())
    , m_model(new MetaTitleModel(this))
{
    m_ui->setupUi(this);

    QTableView *table = m_ui->tableView;
    table->setModel(m_model);
    table->setItemDelegateForColumn(MetaTitleModel::WidthColumn, new TitleWidthDelegate(table));
    m_titleDelegate = new SpellingItemDelegate(table);
    table->setItemDelegateForColumn(MetaTitleModel::TitleColumn, m_titleDelegate);
    table->setDropIndicatorShown(true);
    table->setDragDropOverwriteMode(false);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(MetaTitleModel::ChosenColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MetaTitleModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MetaTitleModel::CharactersColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MetaTitleModel::WidthColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(MetaTitleModel::NotesColumn, QHeaderView::Interactive);
    header->resizeSection(MetaTitleModel::WidthColumn, 112);
    header->resizeSection(MetaTitleModel::NotesColumn, 60);
    header->setMinimumSectionSize(40);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // Add works anywhere in the inspector; the others act on the table's current row.
    m_addAction = createAction(
        tr("&Add Variant"), tr("Add"), tr("Add a meta-title variant"), QStringLiteral("list-add"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this, Qt::WidgetWithChildrenShortcut);
    m_removeAction = createAction(tr("&Remove Variant"), tr("Remove"),
                                  tr("Remove the selected variant"), QStringLiteral("list-remove"),
                                  QKeySequence::Delete, table, Qt::WidgetShortcut);
    m_moveUpAction = createAction(tr("Move &Up"), tr("Up"), tr("Move the selected variant up"),
                                  QStringLiteral("go-up"), QKeySequence(Qt::ALT | Qt::Key_Up),
                                  table, Qt::WidgetShortcut);
    m_moveDownAction = createAction(
        tr("Move &Down"), tr("Down"), tr("Move the selected variant down"),
        QStringLiteral("go-down"), QKeySequence(Qt::ALT | Qt::Key_Down), table, Qt::WidgetShortcut);
    m_chooseAction =
        createAction(tr("&Choose Variant"), tr("Choose"),
                     tr("Use the selected variant as the title in search results"),
                     QStringLiteral("object-select"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                     table, Qt::WidgetShortcut);
    m_ui->addButton->setDefaultAction(m_addAction);
    m_ui->removeButton->setDefaultAction(m_removeAction);
    m_ui->moveUpButton->setDefaultAction(m_moveUpAction);
    m_ui->moveDownButton->setDefaultAction(m_moveDownAction);
    m_ui->chooseButton->setDefaultAction(m_chooseAction);

    connect(m_addAction, &QAction::triggered, this, &MetaTitleInspector::addVariant);
    connect(m_removeAction, &QAction::triggered, this, &MetaTitleInspector::removeVariant);
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveCurrent(+1); });
    connect(m_chooseAction, &QAction::triggered, this, &MetaTitleInspector::chooseCurrent);

    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MetaTitleInspector::updateActions);
    const auto refresh = [this] {
        updateActions();
        updateHint();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, refresh);

    m_ui->previewLabel->setBuddy(m_ui->preview);
    setDocument(nullptr);
}

MetaTitleInspector::~MetaTitleInspector()
{
    // Closing the window commits an open cell editor through the model; the document takes
    // it, but this half-destroyed widget must not hear about it.
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_ui->tableView->selectionModel(), nullptr, this, nullptr);
}

QAction *MetaTitleInspector::createAction(const QString &text, const QString &iconText,
                                          const QString &toolTip, const QString &iconName,
                                          const QKeySequence &shortcut, QWidget *shortcutOwner,
                                          Qt::ShortcutContext context)
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, this);
    action->setIconText(iconText);
    action->setShortcut(shortcut);
    action->setShortcutContext(context);
    action->setToolTip(tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(toolTip);
    shortcutOwner->addAction(action);
    return action;
}

void MetaTitleInspector::setDocument(ArticleDocument *document)
{
    m_model->setDocument(document);
    m_ui->preview->setDocument(document);
    setEnabled(document != nullptr);
    if (document && m_model->rowCount() > 0)
        selectRow(std::max(0, m_model->chosenRow()));
    updateActions();
    updateHint();
}

void MetaTitleInspector::setSpelling(ArticleSpelling *spelling)
{
    m_titleDelegate->setSpelling(spelling, m_ui->tableView->viewport());
    m_ui->tableView->viewport()->update();
}

void MetaTitleInspector::showVariant(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    QTableView *table = m_ui->tableView;
    const QModelIndex title = m_model->index(row, MetaTitleModel::TitleColumn);
    table->selectionModel()->setCurrentIndex(title, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    table->scrollTo(title);
    table->setFocus(Qt::OtherFocusReason);
}

ArticleDocument *MetaTitleInspector::document() const
{
    return m_model->document();
}

QTableView *MetaTitleInspector::view() const
{
    return m_ui->tableView;
}

SearchPreview *MetaTitleInspector::preview() const
{
    return m_ui->preview;
}

QString MetaTitleInspector::hintText() const
{
    return m_ui->hintLabel->isHidden() ? QString() : m_ui->hintLabel->text();
}

int MetaTitleInspector::currentRow() const
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MetaTitleInspector::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    QTableView *table = m_ui->tableView;
    const int column = std::max(table->currentIndex().column(), 0);
    table->selectionModel()->setCurrentIndex(m_model->index(row, column),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
}

void MetaTitleInspector::addVariant()
{
    if (!m_model->addVariant())
        return;
    const QModelIndex title = m_model->index(m_model->rowCount() - 1, MetaTitleModel::TitleColumn);
    QTableView *table = m_ui->tableView;
    table->setFocus(Qt::ShortcutFocusReason);
    table->selectionModel()->setCurrentIndex(title, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    table->scrollTo(title);
    table->edit(title);
}

void MetaTitleInspector::removeVariant()
{
    const int row = currentRow();
    if (!m_model->removeVariant(row))
        return;
    selectRow(std::min(row, m_model->rowCount() - 1));
}

void MetaTitleInspector::moveCurrent(int delta)
{
    // The model reports the move as a row move, so the selection follows the variant.
    m_model->moveVariant(currentRow(), delta);
    m_ui->tableView->scrollTo(m_ui->tableView->currentIndex());
}

void MetaTitleInspector::chooseCurrent()
{
    m_model->choose(currentRow());
}

void MetaTitleInspector::updateActions()
{
    const bool open = m_model->document() != nullptr;
    const int row = open ? currentRow() : -1;
    const int count = m_model->rowCount();
    m_addAction->setEnabled(open);
    m_removeAction->setEnabled(row >= 0);
    m_moveUpAction->setEnabled(row > 0);
    m_moveDownAction->setEnabled(row >= 0 && row < count - 1);
    m_chooseAction->setEnabled(row >= 0 && row != m_model->chosenRow());
}

void MetaTitleInspector::updateHint()
{
    QStringList hints;
    if (m_model->document()) {
        if (m_model->rowCount() == 0)
            hints << tr("No meta-title variants yet: search results show the headline.");
        else if (m_model->chosenRow() < 0)
            hints << tr("No variant is chosen: search results show the headline.");
        const QList<std::pair<int, int>> equivalent = m_model->equivalentRows();
        for (const auto &[first, second] : equivalent) {
            hints << tr("Variants %1 and %2 are the same title apart from case and punctuation.")
                         .arg(first + 1)
                         .arg(second + 1);
        }
    }
    m_ui->hintLabel->setText(hints.join(QLatin1Char('\n')));
    m_ui->hintLabel->setHidden(hints.isEmpty());
}
