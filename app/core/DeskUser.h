#pragma once

#include <QString>

// Who works at this desk, as recorded with newsroom dictionary words (and later reviews and
// locks): $COPYDESK_USER when set (a shared login, a test), else the login name.
namespace DeskUser {
QString name();
}
