#pragma once

#include "core/ExportFormat.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

// What to export, in which format and where: the choices `copydesk-cli export` offers
// (--format, --attributions, --article-url, --provider, --out), remembered between exports.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { OpenArticle, Selected, Listed, Library };

    explicit ExportDialog(QWidget *parent = nullptr);
    ~ExportDialog() override;

    // How many articles each choice covers; a choice with none is disabled. hasOpenArticle
    // false disables "the open article".
    void setCounts(bool hasOpenArticle, qsizetype selected, qint64 listed, qint64 library);

    Scope scope() const;
    ExportFormat format() const;
    ExportOptions options() const;
    QString folder() const;

    // The last choices (format, options, folder) from QSettings, and back.
    void restoreChoices();
    void saveChoices() const;

private:
    void updateControls();
    void browse();

    std::unique_ptr<Ui::ExportDialog> m_ui;
};
