#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI, so both find the same default database file.
    QCoreApplication::setOrganizationName(QStringLiteral("Copydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));

    CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
