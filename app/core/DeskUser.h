#pragma once

#include <QList>
#include <QString>

// What a person may do in the review workflow (ReviewWorkflow): editors write and send to
// review; reviewers verify sources, request changes, approve and publish; a chief may also
// approve over blocking findings with a written reason.
enum class DeskRole { Editor, Reviewer, Chief };
QString deskRoleKey(DeskRole role); // "editor" / "reviewer" / "chief"
DeskRole deskRoleFromKey(const QString &key, bool *ok = nullptr);
QString deskRoleLabel(DeskRole role); // translated
QList<DeskRole> allDeskRoles();

// Someone acting on an article: recorded with reviews, status changes and dictionary words.
struct DeskActor
{
    QString name;
    DeskRole role = DeskRole::Editor;

    bool operator==(const DeskActor &) const = default;
};

// Who works at this desk. On a local database the name and role come from Preferences (QSettings
// keys user/name and user/role, shared by the GUI and copydesk-cli); $COPYDESK_USER and
// $COPYDESK_ROLE override them (a shared login, a test, a pipeline); the name falls back to
// the login name and the role to editor.
namespace DeskUser {
QString name();
DeskRole role();
DeskActor current();
void setName(const QString &name); // Preferences; empty = the login name
void setRole(DeskRole role);
QString loginName();
} // namespace DeskUser
