#include "ConnectServerDialog.h"
#include "ui_ConnectServerDialog.h"

#include "core/DeskUser.h"
#include "storage/PostgresAddress.h"

#include <QPushButton>
#include <QUrl>

namespace {

const QString defaultSslMode = QStringLiteral("prefer"); // libpq's own default

QString percentEncoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

} // namespace

ConnectServerDialog::ConnectServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectServerDialog>())
{
    m_ui->setupUi(this);
    m_ui->userEdit->setText(DeskUser::loginName());
    m_ui->sslModeCombo->addItem(tr("Encrypt when the server offers it (prefer)"), defaultSslMode);
    m_ui->sslModeCombo->addItem(tr("Always encrypt (require)"), QStringLiteral("require"));
    m_ui->sslModeCombo->addItem(tr("Encrypt and verify the server's certificate (verify-full)"),
                                QStringLiteral("verify-full"));
    m_ui->sslModeCombo->addItem(tr("Never encrypt (disable)"), QStringLiteral("disable"));
    m_ui->sslModeCombo->setToolTip(
        tr("Whether the connection is encrypted; not used with a Unix socket folder"));
    // An error in the palette's own terms would be nicer, but no palette role means "error".
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_ui->errorLabel->setPalette(palette);

    connect(m_ui->hostEdit, &QLineEdit::textChanged, this, &ConnectServerDialog::refreshPreview);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectServerDialog::refreshPreview);
    connect(m_ui->databaseEdit, &QLineEdit::textChanged, this,
            &ConnectServerDialog::refreshPreview);
    connect(m_ui->userEdit, &QLineEdit::textChanged, this, &ConnectServerDialog::refreshPreview);
    connect(m_ui->sslModeCombo, &QComboBox::currentIndexChanged, this,
            &ConnectServerDialog::refreshPreview);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectServerDialog::reject);
    m_ui->databaseEdit->setFocus();
    refreshPreview();
    resize(width(), sizeHint().height()); // no empty band above the buttons
}

ConnectServerDialog::~ConnectServerDialog() = default;

QString ConnectServerDialog::serverUrl(const QString &host, int port, const QString &database,
                                       const QString &userName, const QString &sslMode)
{
    QString url = QStringLiteral("postgresql://");
    if (!userName.isEmpty())
        url += percentEncoded(userName) + QLatin1Char('@');
    QStringList options;
    const bool socketFolder = host.isEmpty() || host.startsWith(QLatin1Char('/'));
    if (socketFolder) {
        // libpq takes the socket folder (and the port naming its socket file) from the query.
        if (!host.isEmpty())
            options.append(QStringLiteral("host=") + percentEncoded(host, "/"));
        options.append(QStringLiteral("port=%1").arg(port));
    } else {
        url += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']')
                                               : host; // an IPv6 address in brackets
        url += QStringLiteral(":%1").arg(port);
    }
    url += QLatin1Char('/') + percentEncoded(database);
    if (!socketFolder && !sslMode.isEmpty() && sslMode != defaultSslMode)
        options.append(QStringLiteral("sslmode=") + sslMode);
    if (!options.isEmpty())
        url += QLatin1Char('?') + options.join(QLatin1Char('&'));
    return url;
}

bool ConnectServerDialog::setUrl(const QString &url)
{
    QString error;
    const PostgresAddress address = PostgresAddress::parse(url, &error);
    if (address.isNull())
        return false;
    m_ui->hostEdit->setText(address.host());
    if (address.port() > 0)
        m_ui->portSpin->setValue(address.port());
    m_ui->databaseEdit->setText(address.databaseName());
    m_ui->userEdit->setText(address.userName());
    QString sslMode = defaultSslMode;
    for (const QString &option : address.options()) {
        if (option.startsWith(QLatin1String("sslmode=")))
            sslMode = option.section(QLatin1Char('='), 1);
    }
    const int index = m_ui->sslModeCombo->findData(sslMode);
    if (index >= 0)
        m_ui->sslModeCombo->setCurrentIndex(index);
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus(); // the one thing left to type, if anything
    refreshPreview();
    return true;
}

QString ConnectServerDialog::url() const
{
    return serverUrl(m_ui->hostEdit->text().trimmed(), m_ui->portSpin->value(),
                     m_ui->databaseEdit->text().trimmed(), m_ui->userEdit->text().trimmed(),
                     m_ui->sslModeCombo->currentData().toString());
}

QString ConnectServerDialog::password() const
{
    return m_ui->passwordEdit->text();
}

QString ConnectServerDialog::problem() const
{
    if (m_ui->databaseEdit->text().trimmed().isEmpty())
        return tr("Enter the name of the newsroom's database.");
    QString error;
    if (PostgresAddress::parse(url(), &error).isNull())
        return error;
    return {};
}

bool ConnectServerDialog::isAcceptable() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled();
}

void ConnectServerDialog::accept()
{
    refreshPreview();
    if (!isAcceptable())
        return;
    QDialog::accept();
}

void ConnectServerDialog::refreshPreview()
{
    const QString host = m_ui->hostEdit->text().trimmed();
    m_ui->sslModeCombo->setEnabled(!host.isEmpty() && !host.startsWith(QLatin1Char('/')));
    m_ui->urlPreview->setText(url());
    m_ui->urlPreview->setCursorPosition(0);
    const QString problem = this->problem();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    // An empty database field is the form's start, not an error: the disabled OK says enough.
    const bool shown = !problem.isEmpty() && !m_ui->databaseEdit->text().trimmed().isEmpty();
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->setVisible(shown);
}
