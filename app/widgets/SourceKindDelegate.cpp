#include "SourceKindDelegate.h"

#include "core/Source.h"

#include <QComboBox>

QWidget *SourceKindDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Kind of source"));
    for (int kind = int(SourceKind::Official); kind <= int(SourceKind::Website); ++kind)
        combo->addItem(sourceKindLabel(SourceKind(kind)), kind);
    return combo;
}

void SourceKindDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int row = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(std::max(row, 0));
}

void SourceKindDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    const auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}
