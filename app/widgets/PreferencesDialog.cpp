#include "PreferencesDialog.h"
#include "ui_PreferencesDialog.h"

#include "DictionariesPage.h"
#include "Preferences.h"
#include "PublishingPage.h"
#include "core/DeskUser.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace {

// The variables DeskUser reads before Preferences: while set, what is typed here has no effect.
bool nameFromEnvironment()
{
    return !qEnvironmentVariable("COPYDESK_USER").trimmed().isEmpty();
}

bool roleFromEnvironment()
{
    bool ok = false;
    deskRoleFromKey(qEnvironmentVariable("COPYDESK_ROLE").trimmed(), &ok);
    return ok;
}

QString roleExplanation(DeskRole role)
{
    switch (role) {
    case DeskRole::Reviewer:
        return PreferencesDialog::tr("Verifies sources, requests changes, approves and publishes "
                                     "other people's articles.");
    case DeskRole::Chief:
        return PreferencesDialog::tr("Everything a reviewer does, and may approve over blocking "
                                     "findings with a written reason.");
    case DeskRole::Editor:
        break;
    }
    return PreferencesDialog::tr("Writes and edits articles and sends them to review.");
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    // Each language is named in itself, so anyone can find theirs.
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageCombo->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_ui->languageCombo->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    const int current = m_ui->languageCombo->findData(Preferences::interfaceLanguage());
    m_ui->languageCombo->setCurrentIndex(std::max(0, current));
    m_ui->autosaveSpin->setValue(Preferences::autosaveDelayMs() / 1000.0);
    m_ui->lockIdleSpin->setValue(Preferences::lockIdleTimeoutMinutes());
    m_ui->baseUrlEdit->setText(Preferences::articleBaseUrl());
    setUpDeskUser();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setSpelling(ArticleSpelling *spelling)
{
    m_ui->dictionariesPage->setSpelling(spelling);
}

DictionariesPage *PreferencesDialog::dictionariesPage() const
{
    return m_ui->dictionariesPage;
}

void PreferencesDialog::setDatabase(Database *database)
{
    m_ui->publishingPage->setDatabase(database);
}

PublishingPage *PreferencesDialog::publishingPage() const
{
    return m_ui->publishingPage;
}

void PreferencesDialog::accept()
{
    const QString base = m_ui->baseUrlEdit->text().trimmed();
    const QUrl url(base, QUrl::StrictMode);
    if (!base.isEmpty() && (!url.isValid() || (url.scheme() != QLatin1String("http") &&
                                               url.scheme() != QLatin1String("https")))) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The article URL base must be an http or https address, such as "
                                "https://news.example.com/."));
        m_ui->baseUrlEdit->setFocus();
        return;
    }
    Preferences::setInterfaceLanguage(m_ui->languageCombo->currentData().toString());
    Preferences::setAutosaveDelayMs(int(m_ui->autosaveSpin->value() * 1000));
    Preferences::setLockIdleTimeoutMinutes(m_ui->lockIdleSpin->value());
    Preferences::setArticleBaseUrl(base.isEmpty() ? QStringLiteral("https://news.example.com/")
                                                  : base);
    // What the environment sets is shown, not stored: it would outlive the variable.
    if (m_ui->nameEdit->isEnabled())
        DeskUser::setName(m_ui->nameEdit->text());
    if (m_ui->roleCombo->isEnabled())
        DeskUser::setRole(DeskRole(m_ui->roleCombo->currentData().toInt()));
    QDialog::accept();
}

void PreferencesDialog::setServerUser(const DeskActor &actor, const QString &server)
{
    m_ui->nameEdit->setText(actor.name);
    m_ui->nameEdit->setEnabled(false);
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(actor.role)));
    m_ui->roleCombo->setEnabled(false);
    m_ui->environmentNote->setText(
        tr("The newsroom server %1 decides who you are: its login and role. Your own name and "
           "role apply again when you open a local database.")
            .arg(server));
    m_ui->environmentNote->show();
}

void PreferencesDialog::setUpDeskUser()
{
    const QString login = DeskUser::loginName();
    m_ui->nameEdit->setPlaceholderText(login);
    // The login name is the default, shown as the placeholder: stored, it would stay behind
    // when the login changes.
    const QString current = DeskUser::name();
    m_ui->nameEdit->setText(current == login && !nameFromEnvironment() ? QString() : current);
    for (const DeskRole role : allDeskRoles())
        m_ui->roleCombo->addItem(deskRoleLabel(role), int(role));
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(DeskUser::role())));
    const auto explainRole = [this] {
        m_ui->roleHelpLabel->setText(
            roleExplanation(DeskRole(m_ui->roleCombo->currentData().toInt())));
    };
    explainRole();
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, explainRole);

    const bool nameSet = nameFromEnvironment();
    const bool roleSet = roleFromEnvironment();
    m_ui->nameEdit->setEnabled(!nameSet);
    m_ui->roleCombo->setEnabled(!roleSet);
    QString note;
    if (nameSet && roleSet)
        note = tr("Your name and role are set by the environment (COPYDESK_USER and "
                  "COPYDESK_ROLE) and cannot be changed here.");
    else if (nameSet)
        note = tr("Your name is set by the environment (COPYDESK_USER) and cannot be changed "
                  "here.");
    else if (roleSet)
        note = tr("Your role is set by the environment (COPYDESK_ROLE) and cannot be changed "
                  "here.");
    m_ui->environmentNote->setText(note);
    m_ui->environmentNote->setVisible(!note.isEmpty());
}
