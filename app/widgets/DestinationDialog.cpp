#include "DestinationDialog.h"
#include "ui_DestinationDialog.h"

#include "storage/PublishStore.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

DestinationDialog::DestinationDialog(Database *database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DestinationDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Hot folder"), int(PublishDestination::Kind::Folder));
    m_ui->kindCombo->addItem(tr("HTTP endpoint"), int(PublishDestination::Kind::Http));
    for (const ExportFormat format : ExportFormats::all())
        m_ui->formatCombo->addItem(ExportFormats::label(format), int(format));
    // One label column for the common fields and each kind's page, as if they were one form.
    const QList<QLabel *> labels{m_ui->nameLabel,    m_ui->kindLabel,   m_ui->folderLabel,
                                 m_ui->formatLabel,  m_ui->urlLabel,    m_ui->headersLabel,
                                 m_ui->timeoutLabel, m_ui->retriesLabel};
    int labelWidth = 0;
    for (const QLabel *label : labels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(labelWidth);
    // A few header lines; more scroll.
    m_ui->headersEdit->setMaximumHeight(m_ui->headersEdit->fontMetrics().lineSpacing() * 6);
    // An error in the palette's own terms would be nicer, but no palette role means "error".
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_ui->errorLabel->setPalette(palette);

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &DestinationDialog::showKind);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &DestinationDialog::chooseFolder);
    const auto edited = [this] {
        m_edited = true;
        validate();
    };
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->headersEdit, &QPlainTextEdit::textChanged, this, edited);
    connect(m_ui->timeoutSpin, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_ui->retriesSpin, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DestinationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DestinationDialog::reject);
    setDestination({});
}

DestinationDialog::~DestinationDialog() = default;

void DestinationDialog::setDestination(const PublishDestination &destination)
{
    m_original = destination;
    setWindowTitle(destination.id == 0 ? tr("Add Destination") : tr("Edit Destination"));
    m_ui->nameEdit->setText(destination.name);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(destination.kind)));
    const bool folder = destination.kind == PublishDestination::Kind::Folder;
    m_ui->folderEdit->setText(folder ? QDir::toNativeSeparators(destination.target) : QString());
    m_ui->urlEdit->setText(folder ? QString() : destination.target);
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(destination.format)));
    m_ui->headersEdit->setPlainText(destination.headersText());
    m_ui->timeoutSpin->setValue(destination.timeoutMs / 1000.0);
    m_ui->retriesSpin->setValue(destination.retries);
    m_ui->enabledCheck->setChecked(destination.enabled);
    m_edited = destination.id != 0;
    showKind();
    validate();
}

PublishDestination DestinationDialog::destination() const
{
    PublishDestination destination = m_original;
    destination.name = m_ui->nameEdit->text().trimmed();
    destination.kind = PublishDestination::Kind(m_ui->kindCombo->currentData().toInt());
    destination.enabled = m_ui->enabledCheck->isChecked();
    if (destination.kind == PublishDestination::Kind::Folder) {
        destination.target = QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
        destination.format = ExportFormat(m_ui->formatCombo->currentData().toInt());
    } else {
        destination.target = m_ui->urlEdit->text().trimmed();
        destination.format = ExportFormat::Ninjs; // an endpoint always receives ninjs
        QString ignored;
        PublishDestination::parseHeaders(m_ui->headersEdit->toPlainText(), &destination.headers,
                                         &ignored);
        destination.timeoutMs = qRound(m_ui->timeoutSpin->value() * 1000);
        destination.retries = m_ui->retriesSpin->value();
    }
    return destination;
}

QString DestinationDialog::problem() const
{
    const PublishDestination described = destination();
    if (described.kind == PublishDestination::Kind::Http) {
        QList<std::pair<QByteArray, QByteArray>> headers;
        QString error;
        if (!PublishDestination::parseHeaders(m_ui->headersEdit->toPlainText(), &headers, &error))
            return error;
    }
    return described.validationError();
}

QString DestinationDialog::shownError() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

bool DestinationDialog::isAcceptable() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled();
}

void DestinationDialog::accept()
{
    validate();
    if (!isAcceptable())
        return;
    if (m_database) {
        PublishDestination stored = destination();
        if (const StoreError error = PublishStore(*m_database).saveDestination(&stored)) {
            m_ui->errorLabel->setText(error.message);
            m_ui->errorLabel->show();
            return;
        }
        m_original = stored;
    }
    QDialog::accept();
}

void DestinationDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the Hot Folder"),
                                                             m_ui->folderEdit->text().trimmed());
    if (!folder.isEmpty())
        m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
}

void DestinationDialog::showKind()
{
    const bool folder = PublishDestination::Kind(m_ui->kindCombo->currentData().toInt()) ==
                        PublishDestination::Kind::Folder;
    QWidget *shown = folder ? m_ui->folderPage : m_ui->httpPage;
    // The stack takes the height of the page shown, not of the tallest: the check box and the
    // error stay right under the fields.
    for (QWidget *page : {m_ui->folderPage, m_ui->httpPage}) {
        page->setSizePolicy(page == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                            page == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_ui->kindStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->kindStack->setCurrentWidget(shown);
    m_ui->kindStack->updateGeometry();
}

void DestinationDialog::validate()
{
    const QString problem = this->problem();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    // A new destination's empty form is not an error yet: the disabled OK says enough.
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->setVisible(!problem.isEmpty() && m_edited);
}
