#pragma once

#include "core/Article.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class ArticleDocument;

// The meta-title (SEO headline) variants of one open article as a table. The model never
// changes the variants itself: every edit builds the new list and hands it to
// ArticleDocument::setMetaTitles, which pushes one undo command; the model then refreshes from
// ArticleDocument::metaTitlesChanged (with row inserts, removals and moves where it can tell,
// so selections follow the rows through edits, undo and redo).
class MetaTitleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ChosenColumn,
        TitleColumn,
        CharactersColumn,
        WidthColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role {
        PixelWidthRole = Qt::UserRole, // double: TitleWidth::pixels of the title (any column)
        WidthLevelRole,                // int: the WidthLevel of that width
    };
    // Where a title's width stands against the cut of search-results pages.
    enum class WidthLevel { Ok, Warn, Cut };
    Q_ENUM(WidthLevel)

    explicit MetaTitleModel(QObject *parent = nullptr);

    // The document must outlive the model or be replaced first; nullptr empties the model.
    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const;

    // Ok up to TitleWidth::warnAbovePx, Warn up to TitleWidth::cutAbovePx, Cut above.
    static WidthLevel levelFor(double pixels);
    // The title as compared for sameness: case-folded, punctuation dropped, spaces collapsed.
    static QString foldedTitle(const QString &text);

    int chosenRow() const; // -1 when none is chosen
    // Pairs of rows (first < second) whose titles are equal after folding (empty ones skipped).
    QList<std::pair<int, int>> equivalentRows() const;

    // Each of these is one undo step; they return false when there is nothing to do.
    bool addVariant(const QString &text = {}); // the first variant becomes the chosen one
    bool removeVariant(int row);               // removing the chosen one chooses a neighbour
    bool moveVariant(int row, int delta);
    bool choose(int row);
    // Moves `rows` (any order) so they end up, in their current order, before `destination`
    // (rowCount() = to the end).
    bool moveVariants(QList<int> rows, int destination);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Drag and drop reorders rows within this model (one undo step). The base removeRows (which
    // refuses) is kept on purpose: after a move-drop QAbstractItemView calls removeRows on the
    // dragged selection, and that must change nothing because the drop already moved the rows.
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

private:
    void refresh();
    QList<int> rowsFromMime(const QMimeData *data) const;
    int mergeKey(int row, int column) const;

    QPointer<ArticleDocument> m_document;
    QList<MetaTitle> m_titles; // what the views were last told about
};
