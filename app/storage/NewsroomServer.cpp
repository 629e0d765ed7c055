#include "NewsroomServer.h"

#include "Database.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>

namespace {

const QString rulesKey = QStringLiteral("server_rules");

// Every table of the schema and what each role may do with it beyond SELECT (which all have).
// A role is a member of the one before, so it has the privileges listed for it and above.
struct TableGrant
{
    const char *table;
    const char *editor;   // INSERT / UPDATE / DELETE for copydesk_editor
    const char *reviewer; // more for copydesk_reviewer
    const char *chief;    // more for copydesk_chief
};

constexpr TableGrant tableGrants[] = {
    {"copydesk_meta", "", "", ""},
    {"articles", "INSERT, UPDATE, DELETE", "", ""},
    {"paragraphs", "INSERT, UPDATE, DELETE", "", ""},
    {"attributions", "INSERT, UPDATE, DELETE", "", ""},
    {"meta_titles", "INSERT, UPDATE, DELETE", "", ""},
    {"revisions", "INSERT", "", ""},
    {"article_text", "INSERT, UPDATE, DELETE", "", ""},
    {"sources", "INSERT, UPDATE, DELETE", "", ""},
    {"newsroom_words", "INSERT, UPDATE, DELETE", "", ""},
    {"article_ignored_words", "INSERT, DELETE", "", ""},
    {"audit_log", "INSERT", "", ""},
    {"attribution_waivers", "INSERT, UPDATE, DELETE", "", ""},
    {"anonymity_approvals", "", "INSERT, UPDATE, DELETE", ""},
    {"publish_destinations", "", "", "INSERT, UPDATE, DELETE"},
    {"publications", "", "INSERT", ""},
    {"article_locks", "INSERT, UPDATE, DELETE", "", ""},
};

// The rules as SQL, in order. Functions are replaced and triggers dropped and made again, so
// running init() twice (or after an upgrade) leaves one of each.
QStringList ruleStatements()
{
    return {
        // The login's highest Copydesk role; NULL for a login with none (superusers are
        // members of every role: chief).
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION copydesk_session_role() RETURNS text"
            " LANGUAGE sql STABLE AS $$ SELECT CASE"
            " WHEN pg_has_role(session_user, 'copydesk_chief', 'USAGE') THEN 'chief'"
            " WHEN pg_has_role(session_user, 'copydesk_reviewer', 'USAGE') THEN 'reviewer'"
            " WHEN pg_has_role(session_user, 'copydesk_editor', 'USAGE') THEN 'editor' END $$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION copydesk_require_role() RETURNS text"
            " LANGUAGE plpgsql STABLE AS $$ DECLARE r text := copydesk_session_role(); BEGIN"
            " IF r IS NULL THEN RAISE EXCEPTION 'the login % has none of the Copydesk roles"
            " (copydesk_editor, copydesk_reviewer, copydesk_chief)', session_user"
            " USING ERRCODE = '42501'; END IF; RETURN r; END $$"),
        // Articles: the login is the author and last editor; editors only send to review;
        // nobody approves what they wrote or last edited.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION copydesk_articles_rules() RETURNS trigger"
            " LANGUAGE plpgsql AS $$ DECLARE r text := copydesk_require_role(); BEGIN"
            " IF TG_OP = 'INSERT' THEN"
            "  NEW.created_by := session_user; NEW.updated_by := session_user;"
            "  IF r = 'editor' AND NEW.status NOT IN ('draft', 'review') THEN"
            "   RAISE EXCEPTION '% is an editor: a new article can only be a draft or in review,"
            " not %', session_user, NEW.status USING ERRCODE = '42501'; END IF;"
            "  RETURN NEW; END IF;"
            " NEW.created_by := OLD.created_by;"
            " IF NEW.version IS DISTINCT FROM OLD.version THEN NEW.updated_by := session_user;"
            " ELSE NEW.updated_by := OLD.updated_by; END IF;"
            " IF NEW.status IS DISTINCT FROM OLD.status THEN"
            "  IF r = 'editor' AND NOT (NEW.status = 'review'"
            "   AND OLD.status IN ('draft', 'changes-requested')) THEN"
            "   RAISE EXCEPTION '% is an editor: only a reviewer or a chief can move an article"
            " from % to %', session_user, OLD.status, NEW.status USING ERRCODE = '42501'; END IF;"
            "  IF NEW.status = 'approved' AND session_user IN (OLD.created_by, OLD.updated_by)"
            "  THEN RAISE EXCEPTION '% wrote or last edited this article and cannot approve it:"
            " another reviewer must', session_user USING ERRCODE = '42501'; END IF;"
            " END IF;"
            " RETURN NEW; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS copydesk_articles_rules ON articles"),
        QStringLiteral("CREATE TRIGGER copydesk_articles_rules BEFORE INSERT OR UPDATE ON articles"
                       " FOR EACH ROW EXECUTE FUNCTION copydesk_articles_rules()"),
        // Attributions: an editor may take a review back (unchecked) and carry reviews over
        // when a save rewrites a paragraph's attributions (deleted, then inserted again in
        // the same transaction), but never verify or dispute.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION copydesk_attributions_rules() RETURNS trigger"
            " LANGUAGE plpgsql AS $$ DECLARE r text := copydesk_require_role(); BEGIN"
            " IF r <> 'editor' THEN RETURN COALESCE(NEW, OLD); END IF;"
            " IF TG_OP = 'DELETE' THEN"
            "  IF OLD.verification <> 'unchecked' THEN"
            "   CREATE TEMP TABLE IF NOT EXISTS copydesk_carried_reviews(paragraph_id bigint,"
            "    source_id bigint, verification text, reviewer text, reviewed_at text)"
            "    ON COMMIT DELETE ROWS;"
            "   INSERT INTO copydesk_carried_reviews VALUES (OLD.paragraph_id, OLD.source_id,"
            "    OLD.verification, OLD.reviewer, OLD.reviewed_at);"
            "  END IF;"
            "  RETURN OLD; END IF;"
            " IF NEW.verification = 'unchecked' THEN RETURN NEW; END IF;"
            " IF TG_OP = 'UPDATE' AND NEW.verification = OLD.verification"
            "  AND NEW.reviewer IS NOT DISTINCT FROM OLD.reviewer"
            "  AND NEW.reviewed_at IS NOT DISTINCT FROM OLD.reviewed_at THEN RETURN NEW; END IF;"
            " IF TG_OP = 'INSERT' AND to_regclass('pg_temp.copydesk_carried_reviews') IS NOT NULL"
            " THEN"
            "  DELETE FROM pg_temp.copydesk_carried_reviews WHERE ctid = (SELECT ctid FROM"
            "   pg_temp.copydesk_carried_reviews c WHERE c.paragraph_id = NEW.paragraph_id"
            "   AND c.source_id = NEW.source_id AND c.verification = NEW.verification"
            "   AND c.reviewer IS NOT DISTINCT FROM NEW.reviewer"
            "   AND c.reviewed_at IS NOT DISTINCT FROM NEW.reviewed_at LIMIT 1);"
            "  IF FOUND THEN RETURN NEW; END IF;"
            " END IF;"
            " RAISE EXCEPTION '% is an editor: only a reviewer or a chief can verify or dispute"
            " a source', session_user USING ERRCODE = '42501'; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS copydesk_attributions_rules ON attributions"),
        QStringLiteral("CREATE TRIGGER copydesk_attributions_rules"
                       " BEFORE INSERT OR UPDATE OR DELETE ON attributions"
                       " FOR EACH ROW EXECUTE FUNCTION copydesk_attributions_rules()"),
        // The audit log names the login and its role, whatever the client wrote.
        QStringLiteral("CREATE OR REPLACE FUNCTION copydesk_audit_log_rules() RETURNS trigger"
                       " LANGUAGE plpgsql AS $$ BEGIN"
                       " NEW.role := copydesk_require_role(); NEW.actor := session_user;"
                       " RETURN NEW; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS copydesk_audit_log_rules ON audit_log"),
        QStringLiteral("CREATE TRIGGER copydesk_audit_log_rules BEFORE INSERT ON audit_log"
                       " FOR EACH ROW EXECUTE FUNCTION copydesk_audit_log_rules()"),
    };
}

} // namespace

StoreError NewsroomServer::init(Database &db)
{
    if (!db.isPostgres())
        return {StoreError::Kind::Invalid,
                tr("%1: init sets up a shared PostgreSQL database; an SQLite file needs none.")
                    .arg(db.location())};
    if (StoreError error = db.migrate())
        return error;

    QSqlDriver *driver = db.connection().driver();
    const auto identifier = [driver](const QString &name) {
        return driver->escapeIdentifier(name, QSqlDriver::TableName);
    };
    QString schema;
    QString database;
    {
        QSqlQuery names(db.connection());
        if (!names.exec(QStringLiteral("SELECT current_schema(), current_database()")) ||
            !names.next())
            return db.errorFrom(names, tr("reading the schema name"));
        schema = names.value(0).toString();
        database = names.value(1).toString();
    }

    Transaction transaction(db);
    if (transaction.beginError())
        return transaction.beginError();
    // Roles belong to the whole server: two inits at once must not both create them.
    QStringList statements = {
        QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('copydesk init'))"),
        QStringLiteral(
            "DO $$ BEGIN"
            " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'copydesk_editor') THEN"
            "  CREATE ROLE copydesk_editor NOLOGIN; END IF;"
            " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'copydesk_reviewer') THEN"
            "  CREATE ROLE copydesk_reviewer NOLOGIN IN ROLE copydesk_editor; END IF;"
            " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'copydesk_chief') THEN"
            "  CREATE ROLE copydesk_chief NOLOGIN IN ROLE copydesk_reviewer; END IF;"
            " END $$"),
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO copydesk_editor")
            .arg(identifier(database)),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO copydesk_editor").arg(identifier(schema)),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO copydesk_editor")
            .arg(identifier(schema)),
    };
    for (const TableGrant &grant : tableGrants) {
        const QString table = QString::fromLatin1(grant.table);
        statements << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(table)
                   << QStringLiteral("REVOKE ALL ON %1 FROM copydesk_editor, copydesk_reviewer,"
                                     " copydesk_chief")
                          .arg(table)
                   << QStringLiteral("GRANT SELECT ON %1 TO copydesk_editor").arg(table);
        const std::pair<const char *, const char *> extras[] = {
            {grant.editor, "copydesk_editor"},
            {grant.reviewer, "copydesk_reviewer"},
            {grant.chief, "copydesk_chief"},
        };
        for (const auto &[privileges, role] : extras) {
            if (*privileges)
                statements << QStringLiteral("GRANT %1 ON %2 TO %3")
                                  .arg(QString::fromLatin1(privileges), table,
                                       QString::fromLatin1(role));
        }
    }
    statements << ruleStatements();
    statements << QStringLiteral("INSERT INTO copydesk_meta(key, value) VALUES ('%1', '1')"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                      .arg(rulesKey);
    for (const QString &sql : std::as_const(statements)) {
        if (StoreError error = db.exec(sql, tr("setting up the newsroom roles and rules")))
            return error;
    }
    return transaction.commit();
}

bool NewsroomServer::rulesInstalled(Database &db)
{
    if (!db.isPostgres())
        return false;
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT value FROM copydesk_meta WHERE key = ?"));
    if (!db.execute(query, {rulesKey}))
        return false;
    const bool installed = query.next() && query.value(0).toString() == QLatin1String("1");
    query.finish();
    return installed;
}

std::optional<DeskActor> NewsroomServer::sessionActor(Database &db, StoreError *error)
{
    if (error)
        *error = {};
    if (!rulesInstalled(db))
        return std::nullopt;
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT session_user, copydesk_session_role()"));
    if (!db.execute(query, {})) {
        if (error)
            *error = db.errorFrom(query, tr("reading who is logged in"));
        return std::nullopt;
    }
    std::optional<DeskActor> actor;
    if (query.next()) {
        const QString role = query.value(1).toString();
        if (role.isEmpty()) {
            if (error)
                *error = {StoreError::Kind::NotAllowed,
                          tr("%1: the login %2 has none of the Copydesk roles (%3, %4, %5); ask "
                             "the newsroom's database administrator to grant one.")
                              .arg(db.location(), query.value(0).toString(), editorRole,
                                   reviewerRole, chiefRole)};
        } else {
            actor = DeskActor{query.value(0).toString(), deskRoleFromKey(role)};
        }
    }
    query.finish();
    return actor;
}
