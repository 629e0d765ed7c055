#pragma once

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class PublishingPage;
}
class Database;
class DestinationDialog;
class DestinationModel;

// The Publishing page of Preferences: the destinations of the open database (name, kind,
// format, folder or URL, an Enabled check box) with Add…, Edit… and Remove. Changes are stored
// at once (DestinationDialog, PublishStore): they are the newsroom's, not this desk's, and the
// dialog's Cancel does not undo them.
class PublishingPage : public QWidget
{
    Q_OBJECT

public:
    // Runs the add/edit dialog; true when it was accepted (and so stored). Asks the user to
    // confirm a removal. Both replaceable so tests need no modal dialog.
    using DialogRunner = std::function<bool(DestinationDialog &dialog)>;
    using Confirmation = std::function<bool(QWidget *parent, const QString &question)>;

    explicit PublishingPage(QWidget *parent = nullptr);
    ~PublishingPage() override;

    // Not owned; nullptr (no database open) disables the page.
    void setDatabase(Database *database);
    DestinationModel *model() const { return m_model; }
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

    void selectDestination(const QString &name);
    int selectedRow() const; // -1 when none

    bool addDestination();
    bool editSelectedDestination();
    bool removeSelectedDestination();

private:
    void updateButtons();
    void showStatus(const QString &message);

    std::unique_ptr<Ui::PublishingPage> m_ui;
    DestinationModel *m_model = nullptr;
    Database *m_database = nullptr;
    DialogRunner m_runDialog;
    Confirmation m_confirm;
};
