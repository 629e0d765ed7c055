#pragma once

#include "core/PublishDestination.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DestinationDialog;
}
class Database;

// Adds or edits one publishing destination: a hot folder (folder and format) or an HTTP
// endpoint (URL, request headers, timeout, retries). What is wrong is shown under the fields
// as it is typed and OK stays disabled; OK stores the destination in the database, and a
// refusal from the store (a name another destination has) keeps the dialog open with the reason.
class DestinationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DestinationDialog(Database *database, QWidget *parent = nullptr);
    ~DestinationDialog() override;

    // Fills the fields from a stored destination (editing it) or a new one (id 0).
    void setDestination(const PublishDestination &destination);
    // The destination as the fields describe it; after OK, as stored (with its id).
    PublishDestination destination() const;
    // Empty when the fields describe a destination that can be stored; else what is wrong.
    QString problem() const;
    QString shownError() const;
    bool isAcceptable() const;

    void accept() override;

private:
    void chooseFolder();
    void showKind();
    void validate();

    std::unique_ptr<Ui::DestinationDialog> m_ui;
    Database *m_database = nullptr;
    PublishDestination m_original;
    bool m_edited = false; // a new destination's empty fields are not yet an error
};
