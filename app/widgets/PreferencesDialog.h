#pragma once

#include "core/DeskUser.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}
class ArticleSpelling;
class Database;
class DictionariesPage;
class PublishingPage;

// The user's settings: the General page (who you are, interface language, autosave, article
// URLs) applies on OK; the Dictionaries page changes its word lists at once, and so does the
// Publishing page its destinations (they are stored in the open database).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The spell checking whose dictionaries the Dictionaries page shows and edits (not owned).
    void setSpelling(ArticleSpelling *spelling);
    DictionariesPage *dictionariesPage() const;
    // The open database, whose publishing destinations the Publishing page edits (not owned).
    void setDatabase(Database *database);
    PublishingPage *publishingPage() const;
    // Connected to a newsroom server that decides who works (its login and role): the name and
    // role fields show that and cannot be changed; what Preferences hold stays for local files.
    void setServerUser(const DeskActor &actor, const QString &server);

    void accept() override;

private:
    // The "You" group: name and role, or what the environment sets instead.
    void setUpDeskUser();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};
