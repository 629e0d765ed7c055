#pragma once

#include <QList>
#include <QStringList>

// The numbered schema migrations of each SQL dialect: element i brings the schema from version i
// to i + 1. Both lists have the same length and step i means the same change in both. Never edit
// a released step; append a new one (to both).
namespace Migrations {

const QList<QStringList> &sqlite();
const QList<QStringList> &postgres();

} // namespace Migrations
