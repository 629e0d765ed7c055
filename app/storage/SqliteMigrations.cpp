#include "Migrations.h"

// Each step runs in one transaction together with the version bump (Database::migrate).
const QList<QStringList> &Migrations::sqlite()
{
    static const QList<QStringList> steps = {
        // 1: articles, paragraphs, the source registry, attributions, meta titles, links,
        // revisions.
        {
            QStringLiteral("CREATE TABLE sources ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " name_key TEXT NOT NULL UNIQUE,"
                           " kind TEXT NOT NULL DEFAULT 'official',"
                           " url TEXT NOT NULL DEFAULT '',"
                           " notes TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE articles ("
                           " id INTEGER PRIMARY KEY,"
                           " uuid TEXT NOT NULL UNIQUE,"
                           " uri TEXT NOT NULL UNIQUE,"
                           " slug TEXT NOT NULL DEFAULT '',"
                           " headline TEXT NOT NULL DEFAULT '',"
                           " summary TEXT NOT NULL DEFAULT '',"
                           " byline TEXT NOT NULL DEFAULT '',"
                           " section TEXT NOT NULL DEFAULT '',"
                           " language TEXT NOT NULL DEFAULT 'en-US',"
                           " status TEXT NOT NULL DEFAULT 'draft',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " published_at TEXT,"
                           " version INTEGER NOT NULL DEFAULT 1,"
                           " prev_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,"
                           " next_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,"
                           " paragraph_count INTEGER NOT NULL DEFAULT 0,"
                           " attributed_count INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE INDEX articles_by_updated ON articles(updated_at DESC, id DESC)"),
            QStringLiteral(
                "CREATE INDEX articles_by_status ON articles(status, updated_at DESC, id DESC)"),
            QStringLiteral("CREATE INDEX articles_by_prev ON articles(prev_id)"),
            QStringLiteral("CREATE INDEX articles_by_next ON articles(next_id)"),
            QStringLiteral("CREATE TABLE paragraphs ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " uuid TEXT NOT NULL UNIQUE,"
                           " position INTEGER NOT NULL,"
                           " text TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX paragraphs_by_article ON paragraphs(article_id, position)"),
            QStringLiteral(
                "CREATE TABLE attributions ("
                " id INTEGER PRIMARY KEY,"
                " paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,"
                " source_id INTEGER NOT NULL REFERENCES sources(id),"
                " position INTEGER NOT NULL,"
                " detail TEXT NOT NULL DEFAULT '',"
                " url TEXT NOT NULL DEFAULT '',"
                " verification TEXT NOT NULL DEFAULT 'unchecked',"
                " reviewer TEXT NOT NULL DEFAULT '',"
                " reviewed_at TEXT,"
                " note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE INDEX attributions_by_paragraph ON attributions(paragraph_id, position)"),
            QStringLiteral("CREATE INDEX attributions_by_source ON attributions(source_id)"),
            QStringLiteral("CREATE TABLE meta_titles ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " text TEXT NOT NULL,"
                           " chosen INTEGER NOT NULL DEFAULT 0,"
                           " notes TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE INDEX meta_titles_by_article ON meta_titles(article_id, position)"),
            QStringLiteral("CREATE TABLE revisions ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " version INTEGER NOT NULL,"
                           " saved_at TEXT NOT NULL,"
                           " headline TEXT NOT NULL,"
                           " snapshot TEXT NOT NULL,"
                           " UNIQUE(article_id, version))"),
        },
        // 2: full-text search. An external-content FTS5 table over one text row per article, kept
        // in
        // sync by triggers; existing articles are indexed by the migration itself.
        {
            QStringLiteral(
                "CREATE TABLE article_text ("
                " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                " headline TEXT NOT NULL,"
                " summary TEXT NOT NULL,"
                " body TEXT NOT NULL,"
                " titles TEXT NOT NULL)"),
            QStringLiteral("CREATE VIRTUAL TABLE article_fts USING fts5("
                           "headline, summary, body, titles,"
                           " content='article_text', content_rowid='article_id',"
                           " tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral(
                "CREATE TRIGGER article_text_ai AFTER INSERT ON article_text BEGIN"
                " INSERT INTO article_fts(rowid, headline, summary, body, titles)"
                " VALUES (new.article_id, new.headline, new.summary, new.body, new.titles);"
                " END"),
            QStringLiteral(
                "CREATE TRIGGER article_text_ad AFTER DELETE ON article_text BEGIN"
                " INSERT INTO article_fts(article_fts, rowid, headline, summary, body, titles)"
                " VALUES ('delete', old.article_id, old.headline, old.summary, old.body,"
                " old.titles);"
                " END"),
            QStringLiteral(
                "CREATE TRIGGER article_text_au AFTER UPDATE ON article_text BEGIN"
                " INSERT INTO article_fts(article_fts, rowid, headline, summary, body, titles)"
                " VALUES ('delete', old.article_id, old.headline, old.summary, old.body,"
                " old.titles);"
                " INSERT INTO article_fts(rowid, headline, summary, body, titles)"
                " VALUES (new.article_id, new.headline, new.summary, new.body, new.titles);"
                " END"),
            QStringLiteral("INSERT INTO article_text(article_id, headline, summary, body, titles)"
                           " SELECT a.id, a.headline, a.summary,"
                           "  COALESCE((SELECT group_concat(text, char(10)) FROM"
                           "   (SELECT text FROM paragraphs p WHERE p.article_id = a.id"
                           "    ORDER BY position)), ''),"
                           "  COALESCE((SELECT group_concat(text, char(10)) FROM"
                           "   (SELECT text FROM meta_titles m WHERE m.article_id = a.id"
                           "    ORDER BY position)), '')"
                           " FROM articles a"),
        },
        // 3: indexes for sorting the article list by any column without a full scan.
        {
            QStringLiteral(
                "CREATE INDEX articles_by_headline ON articles(headline COLLATE NOCASE, id)"),
            QStringLiteral(
                "CREATE INDEX articles_by_byline ON articles(byline COLLATE NOCASE, id)"),
            QStringLiteral("CREATE INDEX articles_by_status_id ON articles(status, id)"),
            QStringLiteral("CREATE INDEX articles_by_coverage ON articles("
                           "(attributed_count * 1000 / max(paragraph_count, 1)), id)"),
        },
        // 4: the store writes the full-text index itself (ArticleStore::indexSearchText). A trigger
        // runs inside a statement savepoint, and FTS5 flushes its pending terms at every savepoint:
        // one tiny index segment per article, merged again and again, most of an import's time.
        // The index and article_text keep their rows; only the triggers go.
        {
            QStringLiteral("DROP TRIGGER IF EXISTS article_text_ai"),
            QStringLiteral("DROP TRIGGER IF EXISTS article_text_ad"),
            QStringLiteral("DROP TRIGGER IF EXISTS article_text_au"),
        },
        // 5: spelling. The newsroom dictionary, shared by every desk on the database (who added
        // each word and when), and each article's ignore list.
        {
            QStringLiteral("CREATE TABLE newsroom_words ("
                           " id INTEGER PRIMARY KEY,"
                           " word TEXT NOT NULL UNIQUE,"
                           " added_by TEXT NOT NULL DEFAULT '',"
                           " added_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE article_ignored_words ("
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " word TEXT NOT NULL,"
                           " PRIMARY KEY (article_id, word))"),
        },
        // 6: review. Who wrote and last edited each article; the audit log (rows can be added,
        // never changed or deleted, and outlive their article); paragraphs marked "no attribution
        // needed" with the reason; the recorded decisions on anonymous sources.
        {
            QStringLiteral("ALTER TABLE articles ADD COLUMN created_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id INTEGER NOT NULL,"
                           " article_uuid TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " role TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " from_status TEXT,"
                           " to_status TEXT,"
                           " version INTEGER NOT NULL,"
                           " paragraph_uuid TEXT,"
                           " source TEXT NOT NULL DEFAULT '',"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " override_reason TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX audit_log_by_article ON audit_log(article_id, id)"),
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
                           " SELECT RAISE(ABORT, 'audit log entries cannot be changed'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN"
                           " SELECT RAISE(ABORT, 'audit log entries cannot be deleted'); END"),
            QStringLiteral("CREATE TABLE attribution_waivers ("
                           " paragraph_uuid TEXT PRIMARY KEY,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " reason TEXT NOT NULL,"
                           " marked_by TEXT NOT NULL,"
                           " marked_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX attribution_waivers_by_article"
                           " ON attribution_waivers(article_id)"),
            QStringLiteral("CREATE TABLE anonymity_approvals ("
                           " paragraph_uuid TEXT NOT NULL,"
                           " source_key TEXT NOT NULL,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " reason TEXT NOT NULL,"
                           " approved_by TEXT NOT NULL,"
                           " approved_at TEXT NOT NULL,"
                           " PRIMARY KEY (paragraph_uuid, source_key))"),
            QStringLiteral("CREATE INDEX anonymity_approvals_by_article"
                           " ON anonymity_approvals(article_id)"),
        },
        // 7: publishing. The destinations approved articles go to (a hot folder or an HTTP
        // endpoint, shared by every desk on the database) and every attempt to deliver an article
        // version there, successful or not.
        {
            QStringLiteral("CREATE TABLE publish_destinations ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE,"
                           " kind TEXT NOT NULL CHECK (kind IN ('folder', 'http')),"
                           " enabled INTEGER NOT NULL DEFAULT 1,"
                           " format TEXT NOT NULL DEFAULT 'ninjs',"
                           " target TEXT NOT NULL,"
                           " headers TEXT NOT NULL DEFAULT '',"
                           " timeout_ms INTEGER NOT NULL DEFAULT 10000,"
                           " retries INTEGER NOT NULL DEFAULT 3)"),
            QStringLiteral("CREATE TABLE publications ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " destination_id INTEGER NOT NULL"
                           "  REFERENCES publish_destinations(id) ON DELETE CASCADE,"
                           " version INTEGER NOT NULL,"
                           " pub_status TEXT NOT NULL,"
                           " at TEXT NOT NULL,"
                           " actor TEXT NOT NULL DEFAULT '',"
                           " succeeded INTEGER NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 1,"
                           " result TEXT NOT NULL DEFAULT '',"
                           " error TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX publications_by_article ON publications(article_id, id)"),
            // Which article a file in a hot folder belongs to (two articles may share a slug).
            QStringLiteral(
                "CREATE INDEX publications_by_result ON publications(destination_id, result)"),
        },
        // 8: article locks. Opening an article for editing takes its lock (who, which session,
        // since when, last seen); others open it read-only until it is released or expires. A
        // chief taking a lock over finds the holder's unsaved edits here (pending) and saves
        // them first.
        {
            QStringLiteral(
                "CREATE TABLE article_locks ("
                " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                " holder TEXT NOT NULL,"
                " session TEXT NOT NULL,"
                " taken_at TEXT NOT NULL,"
                " seen_at TEXT NOT NULL,"
                " pending TEXT)"),
        },
    };
    return steps;
}
