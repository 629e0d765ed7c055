#pragma once

#include "StoreError.h"

#include "core/DeskUser.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class Database;

// The rules a shared PostgreSQL database enforces itself, whatever client connects (Copydesk
// or plain psql): three group roles, copydesk_editor < copydesk_reviewer < copydesk_chief
// (each a member of the one before), table grants per role, and triggers that
//  - record the login as the author and last editor of every article save (created_by,
//    updated_by) and as the actor of every audit-log row;
//  - refuse status moves an editor may not make (anything but sending to review), and anyone
//    approving an article they wrote or last edited;
//  - refuse an editor verifying or disputing attributions (an editor's save may only carry
//    over the verification its attributions had, within the same transaction);
//  - keep the audit log append-only (also by grants: nobody has UPDATE or DELETE on it).
// Installed by `copydesk-cli init`, which a database owner with CREATEROLE runs once (and again
// after an upgrade; it is idempotent). Logins are made members of one role:
//   CREATE ROLE anna LOGIN PASSWORD '...' IN ROLE copydesk_editor;
class NewsroomServer
{
    Q_DECLARE_TR_FUNCTIONS(NewsroomServer)

public:
    static inline const QString editorRole = QStringLiteral("copydesk_editor");
    static inline const QString reviewerRole = QStringLiteral("copydesk_reviewer");
    static inline const QString chiefRole = QStringLiteral("copydesk_chief");

    // Creates the schema (migrations), the roles (when missing), grants and rules.
    static StoreError init(Database &db);
    // Whether init() has run on this database.
    static bool rulesInstalled(Database &db);
    // Who the server takes the session for: the login and its highest Copydesk role. Empty when
    // the database is not a PostgreSQL one with the rules installed (then the desk's own
    // Preferences say who works); an error when the login has none of the roles.
    static std::optional<DeskActor> sessionActor(Database &db, StoreError *error = nullptr);
};
