#include "DeskUser.h"

#include <QCoreApplication>
#include <QSettings>
#include <QtGlobal>

namespace {
const QString nameKey = QStringLiteral("user/name");
const QString roleKey = QStringLiteral("user/role");

struct RoleName
{
    DeskRole role;
    const char16_t *key;
};
constexpr RoleName roleNames[] = {
    {DeskRole::Editor, u"editor"},
    {DeskRole::Reviewer, u"reviewer"},
    {DeskRole::Chief, u"chief"},
};
} // namespace

QString deskRoleKey(DeskRole role)
{
    for (const RoleName &name : roleNames) {
        if (name.role == role)
            return QString::fromUtf16(name.key);
    }
    return QStringLiteral("editor");
}

DeskRole deskRoleFromKey(const QString &key, bool *ok)
{
    for (const RoleName &name : roleNames) {
        if (key.compare(QStringView(name.key), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return name.role;
        }
    }
    if (ok)
        *ok = false;
    return DeskRole::Editor;
}

QString deskRoleLabel(DeskRole role)
{
    switch (role) {
    case DeskRole::Reviewer:
        return QCoreApplication::translate("DeskRole", "Reviewer");
    case DeskRole::Chief:
        return QCoreApplication::translate("DeskRole", "Chief");
    case DeskRole::Editor:
        break;
    }
    return QCoreApplication::translate("DeskRole", "Editor");
}

QList<DeskRole> allDeskRoles()
{
    QList<DeskRole> roles;
    for (const RoleName &name : roleNames)
        roles.append(name.role);
    return roles;
}

namespace DeskUser {

QString loginName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

QString name()
{
    QString variable = qEnvironmentVariable("COPYDESK_USER").trimmed();
    if (!variable.isEmpty())
        return variable;
    const QString configured = QSettings().value(nameKey).toString().trimmed();
    return configured.isEmpty() ? loginName() : configured;
}

DeskRole role()
{
    bool ok = false;
    const DeskRole fromEnvironment =
        deskRoleFromKey(qEnvironmentVariable("COPYDESK_ROLE").trimmed(), &ok);
    if (ok)
        return fromEnvironment;
    return deskRoleFromKey(QSettings().value(roleKey).toString());
}

DeskActor current()
{
    return {name(), role()};
}

void setName(const QString &name)
{
    if (name.trimmed().isEmpty())
        QSettings().remove(nameKey);
    else
        QSettings().setValue(nameKey, name.trimmed());
}

void setRole(DeskRole role)
{
    QSettings().setValue(roleKey, deskRoleKey(role));
}

} // namespace DeskUser
