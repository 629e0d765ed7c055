#include "AuditLog.h"

#include "Database.h"
#include "StoredTime.h"

#include <QSqlQuery>

namespace {

struct ActionName
{
    AuditEntry::Action action;
    const char16_t *key;
};
constexpr ActionName actionNames[] = {
    {AuditEntry::Action::StatusChange, u"status"},
    {AuditEntry::Action::Verified, u"verified"},
    {AuditEntry::Action::Disputed, u"disputed"},
    {AuditEntry::Action::NoAttributionNeeded, u"no-attribution-needed"},
    {AuditEntry::Action::AttributionRequired, u"attribution-required"},
    {AuditEntry::Action::AnonymityApproved, u"anonymity-approved"},
};

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

std::optional<ArticleStatus> statusOrNothing(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return articleStatusFromKey(value.toString());
}

} // namespace

QString AuditEntry::actionKey(Action action)
{
    for (const ActionName &name : actionNames) {
        if (name.action == action)
            return QString::fromUtf16(name.key);
    }
    return QStringLiteral("status");
}

std::optional<AuditEntry::Action> AuditEntry::actionFromKey(const QString &key)
{
    for (const ActionName &name : actionNames) {
        if (key == QStringView(name.key))
            return name.action;
    }
    return std::nullopt;
}

QString AuditEntry::describe(int paragraphNumber) const
{
    const QString where = paragraphNumber > 0
                              ? AuditLog::tr("paragraph %1").arg(paragraphNumber)
                              : AuditLog::tr("a paragraph no longer in the article");
    switch (action) {
    case Action::StatusChange: {
        QString text = from ? AuditLog::tr("%1 (was %2)")
                                  .arg(articleStatusLabel(to.value_or(ArticleStatus::Draft)),
                                       articleStatusLabel(*from))
                            : articleStatusLabel(to.value_or(ArticleStatus::Draft));
        if (!overrideReason.isEmpty())
            text += AuditLog::tr(", over blocking findings: %1").arg(overrideReason);
        return text;
    }
    case Action::Verified:
        return AuditLog::tr("Verified “%1” in %2").arg(source, where);
    case Action::Disputed:
        return AuditLog::tr("Disputed “%1” in %2").arg(source, where);
    case Action::NoAttributionNeeded:
        return AuditLog::tr("Marked %1 as needing no attribution").arg(where);
    case Action::AttributionRequired:
        return AuditLog::tr("Took the no-attribution mark off %1").arg(where);
    case Action::AnonymityApproved:
        return AuditLog::tr("Approved the anonymous source “%1” in %2").arg(source, where);
    }
    return {};
}

AuditLog::AuditLog(Database &db)
    : m_db(db)
{}

StoreError AuditLog::append(AuditEntry &entry)
{
    if (!entry.at.isValid())
        entry.at = StoredTime::nowUtc();
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO audit_log(article_id, article_uuid, at, actor, role, action, from_status,"
        " to_status, version, paragraph_uuid, source, comment, override_reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QVariantList values = {
        entry.articleId,
        uuidText(entry.articleUuid),
        StoredTime::isoUtc(entry.at),
        entry.actor.name,
        deskRoleKey(entry.actor.role),
        AuditEntry::actionKey(entry.action),
        entry.from ? QVariant(articleStatusKey(*entry.from)) : textOrNull({}),
        entry.to ? QVariant(articleStatusKey(*entry.to)) : textOrNull({}),
        entry.version,
        entry.paragraph.isNull() ? textOrNull({}) : QVariant(uuidText(entry.paragraph)),
        entry.source,
        entry.comment,
        entry.overrideReason,
    };
    if (StoreError error = m_db.run(query, values, [&] {
            return tr("recording the audit trail of article %1").arg(entry.articleId);
        }))
        return error;
    entry.id = Database::insertedId(query);
    return {};
}

QList<AuditEntry> AuditLog::entries(qint64 articleId, StoreError *error)
{
    QList<AuditEntry> result;
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT id, article_uuid, at, actor, role, action, from_status, to_status, version,"
        " paragraph_uuid, source, comment, override_reason FROM audit_log"
        " WHERE article_id = ? ORDER BY id"));
    StoreError failure = m_db.run(query, {articleId}, [&] {
        return tr("reading the audit trail of article %1").arg(articleId);
    });
    while (!failure && query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.articleId = articleId;
        entry.articleUuid = QUuid::fromString(query.value(1).toString());
        entry.at = StoredTime::fromIso(query.value(2));
        entry.actor = {query.value(3).toString(), deskRoleFromKey(query.value(4).toString())};
        entry.action =
            AuditEntry::actionFromKey(query.value(5).toString()).value_or(AuditEntry::Action{});
        entry.from = statusOrNothing(query.value(6));
        entry.to = statusOrNothing(query.value(7));
        entry.version = query.value(8).toInt();
        if (!query.value(9).isNull())
            entry.paragraph = QUuid::fromString(query.value(9).toString());
        entry.source = query.value(10).toString();
        entry.comment = query.value(11).toString();
        entry.overrideReason = query.value(12).toString();
        result.append(entry);
    }
    query.finish();
    if (error)
        *error = failure;
    return failure ? QList<AuditEntry>{} : result;
}
