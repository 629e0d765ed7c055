#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectServerDialog;
}

// File › Connect to Newsroom Server: where the newsroom's shared PostgreSQL database is (host or
// socket folder, port, database, login, encryption) and, optionally, the password. The address
// it builds is shown as it is typed, without the password; that address is what Copydesk opens
// and remembers. The password is handed to the connection only and never stored: left empty,
// libpq looks in ~/.pgpass (or PGPASSFILE), and Copydesk asks when the server wants one.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget *parent = nullptr);
    ~ConnectServerDialog() override;

    // The postgresql:// URL for these details (no password). A host starting with / is the
    // folder of the server's Unix socket; an empty user name leaves it to libpq (the login
    // name); sslmode is written unless it is libpq's default, prefer.
    static QString serverUrl(const QString &host, int port, const QString &database,
                             const QString &userName, const QString &sslMode);

    // Fills the fields from a server URL (the open server, a recent one); the password stays
    // empty. Returns false, changing nothing, when the URL is not a PostgreSQL one.
    bool setUrl(const QString &url);
    // The URL the fields describe, without the password.
    QString url() const;
    // What was typed as the password; empty means ~/.pgpass or asking later.
    QString password() const;
    // Empty when the fields describe a server to connect to; else what is missing.
    QString problem() const;
    bool isAcceptable() const;

    void accept() override;

private:
    void refreshPreview();

    std::unique_ptr<Ui::ConnectServerDialog> m_ui;
};
