#include "PreferencesDialog.h"
#include "ui_PreferencesDialog.h"

#include "DictionariesPage.h"
#include "Preferences.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

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
    m_ui->baseUrlEdit->setText(Preferences::articleBaseUrl());
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
    Preferences::setArticleBaseUrl(base.isEmpty() ? QStringLiteral("https://news.example.com/")
                                                  : base);
    QDialog::accept();
}
