#include "DeskUser.h"

#include <QtGlobal>

namespace DeskUser {

QString name()
{
    for (const char *variable : {"COPYDESK_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

} // namespace DeskUser
