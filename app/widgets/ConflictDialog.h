#pragma once

#include "core/Article.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConflictDialog;
}

// Shown when a save finds that another window or desk saved the article first. Nothing is
// lost whichever way the user decides.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Resolution { None, KeepMine, TakeTheirs, CopyMine };

    ConflictDialog(const Article &mine, const Article &theirs, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    Resolution resolution() const { return m_resolution; }

    // HTML of one side, paragraphs that differ from the other side highlighted.
    static QString sideHtml(const Article &side, const Article &other, const QColor &highlight);

private:
    void choose(Resolution resolution);

    std::unique_ptr<Ui::ConflictDialog> m_ui;
    Resolution m_resolution = Resolution::None;
};
